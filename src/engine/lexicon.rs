//! Multilingual phrase lists, compiled once into two tries (phrases that start a word, walked
//! from each word start; phrases that may start anywhere, walked wherever they may start).
//!
//! Each language is one data file in `lexicons/` (see `en.txt` for the format); adding a language
//! is adding a file and one line to `LANGUAGES` (lexicon_source.rs). Brands and the domains they
//! own live in `lexicons/brands.txt`. Every phrase goes through `pattern_skeleton`, the same
//! normalisation as page text, so the lists are written plainly; build.rs does that, merges the
//! files and sorts the phrases (lexicon_source.rs), and the engine only builds the tries.

use std::cell::Cell;
use std::sync::OnceLock;

use super::lexicon_source::decimal;
pub use super::lexicon_source::is_wordy;
#[cfg(test)]
pub use super::lexicon_source::LANGUAGES;
use super::trie::Trie;

/// The lexicon as build.rs compiled and packed it (merged skeletons, sorted; layout in
/// build.rs), deflated.
const PACKED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/lexicons.z"));

/// The lexicon file `name` (`"en"`, `"brands"` …) as written, less blank and comment lines, for
/// the tests that check how the files are written.
#[cfg(test)]
pub fn file(name: &str) -> String {
    let path = format!(
        "{}/src/engine/lexicons/{name}.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{path}: {e}"))
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .fold(String::new(), |acc, l| acc + l + "\n")
}

/// What a phrase is evidence of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Cat {
    /// "your computer", "this PC": the reader is addressed as the victim.
    Victim,
    Infection,
    Lock,
    Error,
    Urgency,
    DoNotClose,
    DataLoss,
    /// "call", "contact support": asks the reader to phone.
    Cta,
    TollFree,
    /// "technician", "engineer": the person at the other end.
    SupportRole,
    RemoteAccess,
    Payment,
    /// Words of pages that talk about scams rather than run one.
    Awareness,
    /// Words only a write-up about ClickFix uses ("fake CAPTCHA", "the victim", "threat
    /// actor"): a kit may say "scammers" or "phishing" in its own pretext, never these.
    WriteUp,
    /// A shell window named as the place to paste ("open PowerShell"): tutorials say it too.
    RunShell,
    /// "protect against", "virus removal": an infection word next to one names a product or a
    /// service (a shop, a repair desk), not a claim about the reader's machine.
    Protect,
    /// "support", "security": makes a brand name an identity ("Windows Security").
    BrandRole,
    /// Someone else got in: "unusual sign-in", "hacked", "your data leaked".
    Compromise,
    /// A charge or renewal: "has been charged", "auto-renewed", "to cancel".
    Charge,
    /// What a call about a charge is for: money back or a charge the reader did not make ("get a
    /// refund", "did not authorize"). Read with the charges; it is what makes an invoice a lure.
    Refund,
    /// A charge's event named as a noun ("unauthorized transaction"): a charge only where the
    /// page states it happened (a sum, "we detected"), not in a headline naming the topic.
    Transaction,
    /// Wording of a system screen: blue screen, update, activation, lock screen, scan dashboard.
    System,
    /// "not affiliated with": a business names a brand it does not speak for.
    Disclaimer,
    /// "your", "Ihr", "votre": the reader's thing, possibly with a brand between ("your Netflix
    /// account").
    Possessive,
    /// "if", "wenn", "si" right before the reader's thing: advice, not a claim.
    Conditional,
    /// "If you notice …", "wenn Sie …", "si vous constatez …": a condition whose clause runs to
    /// the next comma; a claim inside it is advice ("if you notice an unusual sign-in on your
    /// account or your account has been locked, call us").
    ConditionalClause,
    /// A condition that follows the claim it qualifies, in languages that mark it on the verb
    /// (Turkish "… bloke edildiyse", "… fark ederseniz"): advice, not a claim.
    ConditionalAfter,
    /// "not", "never", "nicht", "pas": right before a claim it denies it ("your account has not
    /// been blocked", "we will never lock your account"): what banks' and help pages write.
    Negation,
    /// A denial marked on the verb after the claim (Japanese "…されていません", Korean "…되지
    /// 않았습니다").
    NegationAfter,
    /// ClickFix: how to open a place that runs what is pasted on Windows ("Win+R", "Run dialog",
    /// "File Explorer address bar", "PowerShell (Admin)"). Read only next to a clipboard command.
    RunDialog,
    /// ClickFix: paste-and-run steps that developer docs use too ("Ctrl+V", "press Enter").
    PasteStep,
    /// ClickFix on macOS: opening Terminal ("Cmd+Space", "Spotlight", "open Terminal").
    RunTerminal,
    /// ClickFix pretext: "verify you are human", "I am not a robot".
    VerifyHuman,
    /// ClickFix: the page frames the command as a repair, an update it says is missing, or a
    /// file to open ("how to fix", "out of date", "open the document").
    FixPretext,
    /// ClickFix: documentation framing an installation ("install", "the following command").
    /// Read only to let install docs tell people to open PowerShell (Admin).
    InstallDocs,
    /// ClickFix: a docs section ("Troubleshooting", "FAQ") after which problems are described for
    /// whoever meets them, not claimed about the reader's machine.
    Troubleshooting,
    /// A verdict on a text just shown: "it was a scam", "is this legit", "het was oplichting".
    /// After the page's own alert it makes the page a story or a thread about it (footer.rs).
    Verdict,
    /// The words of a ransom lock screen (a "police" fine to unlock the computer): a fine (0.5),
    /// an accusation ("illegal content", "criminal prosecution"), unlocking the computer against
    /// a voucher code, encrypted files (signals/claims.rs).
    Ransom,
    /// The page asks for the account's password ("enter your password", "sign in with your
    /// password"): a sign-in box inside an alert asks for something, as a number to call does.
    Password,
    /// The page's author speaking of itself ("we", "our", "unser", "notre"): "our antivirus found
    /// a Trojan on the school network" reports what its organisation saw, not a screen's claim.
    Speaker,
    /// A sales context ("per month", "order now", "included with"): a hedged claim next to it is
    /// an offer ("your router could be compromised … add Norton for $4.99 a month").
    Offer,
    /// An authority's name ("Polizei", "policja", "МВД", 「警察」, the criminal code): news and
    /// warnings about scams quote it (it is in `awareness` too), and a ransom lock screen signs
    /// with it. On a page that itself accuses the reader and demands the fine it is the kit's
    /// signature, not talk about scams (signals/mod.rs).
    Authority,
    /// The reader's own failed entries as the cause of a lock ("after too many failed sign-in
    /// attempts", "nach drei falschen PIN-Eingaben"): a routine lockout an IT or help page
    /// explains, not a kit's claim (signals/addressed.rs).
    Lockout,
    /// An activation that failed or a licence that expired ("activation failed", "Lizenz ist
    /// abgelaufen", 「ライセンスの有効期限が切れ」): the claim of brandless activation screens
    /// (signals/claims.rs, score.rs `failure_call`).
    Failure,
    /// A renewal ("auto-renewed", "rinnovo", 「自動更新」): the pretext of refund lures (score.rs
    /// `refund_call`); an order or a booking with a refund policy names none.
    Renewal,
    /// Troubleshooting steps a help page gives before its number ("try again", "if the problem
    /// persists", "restart your router"): a failure headline over them is a help article's.
    Retry,
    /// A news story's or a report's own narration ("said", "according to", "staff reporter",
    /// "published", "Photo:", "sagte", "a déclaré", "dijo"): outside the quotes of a page that
    /// quotes its whole alert, it tells that alert, not states it (signals/reported.rs).
    Narration,
    /// The reader doing the remedy alone ("self-service", "change your password", "if you do
    /// not change your password"): a lock still to come that they avoid so is no claim
    /// (addressed.rs `Mood::self_served`).
    SelfServe,
    /// A tax refund or a benefit an office owes the reader ("tax refund", "Steuererstattung",
    /// 「還付金」): stated with a call to receive it, the pretext of a refund lure as a renewal is
    /// (score.rs `refund_call`); a tax office pays refunds without a call.
    Owed,
    /// A wallet's recovery phrase asked of the reader ("verify your recovery phrase", "enter
    /// your seed phrase"): the key to the funds, which no wallet vendor asks for (score.rs
    /// `seed_call`).
    Seed,
    /// Money gone from the reader's account (weight 1: "suspicious transfer", "verdächtige
    /// Überweisung") and the call to get it back (0.5: "recover your funds", "Rückholteam"): a
    /// recovery lure's claim and pretext (score.rs `recover_call`).
    Recover,
    /// ClickFix: the page itself failed ("did not load", "something went wrong", "Fehler beim
    /// Laden"), as a kit's fake error says; a help page quotes, asks about or lists it.
    PageFailure,
    /// ClickFix: others' machines a failure happened on ("for some users", "auf einigen PCs", "en
    /// algunos equipos"): a vendor's report of its product, not a kit's claim about this page.
    Scope,
    /// A deadline set to the reader within hours ("today", "within 24 hours", "final notice",
    /// "entro oggi"): a lure's urgency for the money rules (score.rs), not a reason of its own
    /// (a shop's "order today" is no pressure).
    Deadline,
    /// The reader's arrest threatened ("a warrant for your arrest", "Haftbefehl", "mandat
    /// d'arrêt"): with a sum owed and a number off a government's host, a tax lure's threat.
    Arrest,
    /// A lock lifted ("the suspension is lifted", "wird aufgehoben", "sera levée"): in the
    /// sentence of a fine with its sum, the unlocking sold (signals/mod.rs `fine_release`).
    Release,
    /// The threatened act called off ("to stop", "abzuwenden", "pour suspendre"): in the sentence
    /// of a number on a page that threatens a seizure or an arrest over a sum, the call sold as
    /// the way out (signals/mod.rs `call_off`).
    Halt,
    /// A modal of possibility ("can", "may", "kann", "peut", "może"): before a seizure or an
    /// arrest in its sentence, what a creditor can do, not what is done to the reader (claims.rs
    /// `debt_threat_told`).
    Possible,
    /// A brand name (index into [`Lexicon::brands`]).
    Brand(u8),
    /// A brand name that is also an ordinary word; counts only next to a role word.
    WeakBrand(u8),
}

/// The categories of `SECTIONS` (lexicon_source.rs), in its order: the packed lexicon names a
/// category by its index there. A new category: its variant, its section name there, here and in
/// `from_section` (a test checks the three agree).
const CATS: [Cat; 58] = [
    Cat::Victim,
    Cat::Infection,
    Cat::Lock,
    Cat::Error,
    Cat::Urgency,
    Cat::DoNotClose,
    Cat::DataLoss,
    Cat::Cta,
    Cat::TollFree,
    Cat::SupportRole,
    Cat::RemoteAccess,
    Cat::Payment,
    Cat::Awareness,
    Cat::WriteUp,
    Cat::RunShell,
    Cat::Protect,
    Cat::BrandRole,
    Cat::Compromise,
    Cat::Charge,
    Cat::Refund,
    Cat::Transaction,
    Cat::System,
    Cat::Disclaimer,
    Cat::Possessive,
    Cat::Conditional,
    Cat::ConditionalAfter,
    Cat::ConditionalClause,
    Cat::Negation,
    Cat::NegationAfter,
    Cat::RunDialog,
    Cat::PasteStep,
    Cat::RunTerminal,
    Cat::VerifyHuman,
    Cat::FixPretext,
    Cat::InstallDocs,
    Cat::Troubleshooting,
    Cat::Verdict,
    Cat::Ransom,
    Cat::Password,
    Cat::Speaker,
    Cat::Offer,
    Cat::Authority,
    Cat::Lockout,
    Cat::Failure,
    Cat::Renewal,
    Cat::Retry,
    Cat::Narration,
    Cat::SelfServe,
    Cat::Owed,
    Cat::Seed,
    Cat::Recover,
    Cat::PageFailure,
    Cat::Scope,
    Cat::Deadline,
    Cat::Arrest,
    Cat::Release,
    Cat::Halt,
    Cat::Possible,
];

#[cfg(test)]
impl Cat {
    /// The category of a section name as the files write it (the tests' reference for [`CATS`]).
    fn from_section(name: &str) -> Option<Cat> {
        Some(match name {
            "victim" => Cat::Victim,
            "infection" => Cat::Infection,
            "lock" => Cat::Lock,
            "error" => Cat::Error,
            "urgency" => Cat::Urgency,
            "do_not_close" => Cat::DoNotClose,
            "data_loss" => Cat::DataLoss,
            "cta" => Cat::Cta,
            "toll_free" => Cat::TollFree,
            "support_role" => Cat::SupportRole,
            "remote_access" => Cat::RemoteAccess,
            "payment" => Cat::Payment,
            "awareness" => Cat::Awareness,
            "write_up" => Cat::WriteUp,
            "run_shell" => Cat::RunShell,
            "protect" => Cat::Protect,
            "brand_role" => Cat::BrandRole,
            "compromise" => Cat::Compromise,
            "charge" => Cat::Charge,
            "refund" => Cat::Refund,
            "transaction" => Cat::Transaction,
            "system" => Cat::System,
            "disclaimer" => Cat::Disclaimer,
            "possessive" => Cat::Possessive,
            "conditional" => Cat::Conditional,
            "conditional_after" => Cat::ConditionalAfter,
            "conditional_clause" => Cat::ConditionalClause,
            "negation" => Cat::Negation,
            "negation_after" => Cat::NegationAfter,
            "run_dialog" => Cat::RunDialog,
            "paste_step" => Cat::PasteStep,
            "run_terminal" => Cat::RunTerminal,
            "verify_human" => Cat::VerifyHuman,
            "fix_pretext" => Cat::FixPretext,
            "install_docs" => Cat::InstallDocs,
            "troubleshooting" => Cat::Troubleshooting,
            "verdict" => Cat::Verdict,
            "ransom" => Cat::Ransom,
            "password" => Cat::Password,
            "speaker" => Cat::Speaker,
            "offer" => Cat::Offer,
            "authority" => Cat::Authority,
            "lockout" => Cat::Lockout,
            "failure" => Cat::Failure,
            "renewal" => Cat::Renewal,
            "retry" => Cat::Retry,
            "narration" => Cat::Narration,
            "self_serve" => Cat::SelfServe,
            "owed" => Cat::Owed,
            "seed" => Cat::Seed,
            "recover" => Cat::Recover,
            "page_failure" => Cat::PageFailure,
            "scope" => Cat::Scope,
            "deadline" => Cat::Deadline,
            "arrest" => Cat::Arrest,
            "release" => Cat::Release,
            "halt" => Cat::Halt,
            "possible" => Cat::Possible,
            _ => return None,
        })
    }
}

/// A brand and the registrable domains it owns.
#[derive(Debug, Clone)]
pub struct Brand {
    pub name: String,
    /// Registrable domains; `name.*` entries are stored as `name.` prefixes.
    pub domains: Vec<String>,
    /// What the brand is (brands.txt `sector`): `b't'` tech, `b'a'` an account the reader
    /// holds, `b'p'` a parcel carrier. Words the warning (verdict `kind`).
    pub sector: u8,
}

#[derive(Debug, Clone, Copy)]
struct Entry {
    cat: Cat,
    weight: f32,
    left_open: bool,
    right_open: bool,
}

/// One phrase found in the text (byte offsets into the skeleton, which align with `base`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hit {
    pub start: usize,
    pub end: usize,
    pub cat: Cat,
    pub weight: f32,
    /// Index of the phrase in the lexicon: equal phrases have equal ids.
    pub phrase: usize,
}

/// The compiled lexicon.
#[derive(Debug)]
pub struct Lexicon {
    /// Phrases that start with a letter or digit and are never open at the left: they can only
    /// count where a word starts (see [`Lexicon::find`]).
    words: Trie,
    /// The others (CJK, open at the left, starting with a symbol), found wherever they occur.
    inner: Trie,
    /// Per byte: [`WORD_FIRST`] and [`INNER_FIRST`] when a phrase of `words` / `inner` starts
    /// with it (most bytes of a page start none: one test each).
    first: [u8; 256],
    /// The entries of phrase `i` are `entries[entry_start[i]..entry_start[i + 1]]` (one per
    /// category the phrase was read under, in the order of first reading).
    entries: Vec<Entry>,
    entry_start: Vec<u32>,
    /// Every phrase's skeleton, for the test that checks `find` against an overlapping scan.
    #[cfg(test)]
    patterns: Vec<String>,
    pub brands: Vec<Brand>,
}

/// The process-wide lexicon, built on first use.
pub fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(Lexicon::build)
}

/// The lines of the inflated lexicon, as `split(|&b| b == b'\n')` gives them (a last empty
/// line after a final `\n`), with one out-of-line `next`: `build` reads them in three loops,
/// each of which inlined std's split (forty-fourth session, Wasm size).
struct Lines<'a>(Option<&'a [u8]>);

impl<'a> Iterator for Lines<'a> {
    type Item = &'a [u8];

    #[inline(never)]
    #[cfg_attr(hangup_size, optimize(size))]
    fn next(&mut self) -> Option<&'a [u8]> {
        let rest = self.0?;
        let Some(i) = rest.iter().position(|&b| b == b'\n') else {
            self.0 = None;
            return Some(rest);
        };
        self.0 = rest.get(i + 1..);
        rest.get(..i)
    }
}

/// One entry as build.rs packed it (see its layout), or `None` if it is not one.
#[cfg_attr(hangup_size, optimize(size))]
fn entry(code: &[u8]) -> Option<Entry> {
    let (&kind, rest) = code.split_first()?;
    let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
    let index = || -> Option<u8> {
        let n = rest[..digits]
            .iter()
            .try_fold(0u32, |n, &d| Some(n * 10 + u32::from(d - b'0')))
            .filter(|_| digits > 0 && digits <= 3)?;
        u8::try_from(n).ok()
    };
    let (cat, mut rest) = match kind {
        b'#' => (Cat::Brand(index()?), &rest[digits..]),
        b'~' => (Cat::WeakBrand(index()?), &rest[digits..]),
        _ => (*CATS.get(usize::from(kind.checked_sub(b'A')?))?, rest),
    };
    let mut e = Entry {
        cat,
        weight: 1.0,
        left_open: false,
        right_open: false,
    };
    if let Some(r) = rest.strip_prefix(b"<") {
        (e.left_open, rest) = (true, r);
    }
    if let Some(r) = rest.strip_prefix(b">") {
        (e.right_open, rest) = (true, r);
    }
    if let Some(w) = rest.strip_prefix(b"=") {
        e.weight = decimal(std::str::from_utf8(w).ok()?)?;
    } else if !rest.is_empty() {
        return None;
    }
    Some(e)
}

impl Lexicon {
    /// Inflates the packed lexicon and builds the tries. The data is ours (build.rs): a line it
    /// cannot read is skipped, never a panic; the tests check that nothing is.
    #[cfg_attr(hangup_size, optimize(size))]
    fn build() -> Lexicon {
        let all = super::inflate::inflate(PACKED).unwrap_or_default();
        let mut lines = Lines(Some(&all));
        let mut brands = Vec::new();
        for line in lines.by_ref().take_while(|l| !l.is_empty()) {
            let line = super::lossy(line);
            let mut parts = line.split('\t');
            let name = parts.next().unwrap_or_default();
            let domains = parts.next().unwrap_or_default();
            brands.push(Brand {
                name: name.to_string(),
                domains: domains.split_whitespace().map(str::to_string).collect(),
                sector: parts.next().and_then(|s| s.bytes().next()).unwrap_or(b't'),
            });
        }
        // Every phrase's skeleton one after the other (ends at `ends[i]`), front-coded lines
        // undone; the two lists (words, then inner) are each sorted by their bytes. Their
        // entries follow, a line per skeleton in the same order: a phrase without one it can
        // read is dropped.
        let mut skeletons: [Vec<&[u8]>; 2] = Default::default();
        for list in &mut skeletons {
            list.extend(lines.by_ref().take_while(|l| !l.is_empty()));
        }
        let (mut bytes, mut ends) = (Vec::with_capacity(all.len()), Vec::new());
        let (mut entries, mut entry_start) = (Vec::new(), vec![0u32]);
        let mut words_end = 0;
        for (k, list) in skeletons.iter().enumerate() {
            let mut prev = 0..0;
            let mut codes = lines.by_ref().take_while(|l| !l.is_empty());
            for (line, code) in list.iter().zip(codes.by_ref()) {
                // The first byte is the shared prefix's length.
                let shared = usize::from(line[0].saturating_sub(0x20)).min(prev.len());
                if shared + line.len() == 1 {
                    continue; // no phrase is empty
                }
                let kept = entries.len();
                entries.extend(code.split(|&b| b == b',').filter_map(entry));
                if entries.len() == kept {
                    continue;
                }
                let start = bytes.len();
                bytes.extend_from_within(prev.start..prev.start + shared);
                bytes.extend_from_slice(&line[1..]);
                prev = start..bytes.len();
                ends.push(bytes.len());
                entry_start.push(entries.len() as u32);
            }
            codes.for_each(drop); // the next list's entries start after this one's empty line
            if k == 0 {
                words_end = ends.len();
            }
        }
        let phrases: Vec<(&[u8], u32)> = (0..ends.len())
            .map(|i| {
                (
                    &bytes[if i == 0 { 0 } else { ends[i - 1] }..ends[i]],
                    i as u32,
                )
            })
            .collect();
        let (words, inner) = phrases.split_at(words_end);
        let mut first = [0u8; 256];
        for x in (0..=255u8).filter(u8::is_ascii_alphanumeric) {
            first[usize::from(x)] = ALNUM;
        }
        for (list, bit) in [(words, WORD_FIRST), (inner, INNER_FIRST)] {
            for (p, _) in list {
                first[usize::from(p[0])] |= bit;
            }
        }
        Lexicon {
            first,
            words: Trie::new(words),
            inner: Trie::new(inner),
            #[cfg(test)]
            patterns: phrases
                .iter()
                .map(|(p, _)| String::from_utf8(p.to_vec()).expect("skeletons are UTF-8"))
                .collect(),
            entries,
            entry_start,
            brands,
        }
    }

    /// The entries of phrase `pat`.
    fn entries_of(&self, pat: usize) -> &[Entry] {
        let (s, e) = (self.entry_start[pat], self.entry_start[pat + 1]);
        &self.entries[s as usize..e as usize]
    }

    /// Finds every phrase in `skel` (a skeleton from [`super::normalize::normalize`]), with word
    /// boundaries checked for alphabetic scripts and substring matching for CJK.
    ///
    /// At most [`MAX_HITS_PER_PHRASE`] occurrences are kept per phrase: a page that repeats one
    /// phrase hundreds of times (adversarially dense text) gains nothing from the later copies,
    /// and every signal downstream then works on a bounded list. Only occurrences that pass the
    /// boundary test count (copies glued inside other words do not use up the cap).
    ///
    /// Phrases that need a word start are walked in a trie from each word start only; the others
    /// (CJK, open at the left, starting with a symbol) from every position their first bytes
    /// occur at (a walk starts only where a phrase may begin with the next three bytes). This replaced one overlapping Aho-Corasick scan of every byte (two or three
    /// failure links per byte in a 1 MB automaton; see docs/BENCHMARKS.md), and a test checks
    /// that both find the same hits.
    pub fn find(&self, skel: &str) -> Vec<Hit> {
        let mut hits = Vec::with_capacity(256);
        let mut seen = vec![0u8; self.entry_start.len() - 1];
        // One occurrence: its hits (one per entry that passes the boundary test), unless the
        // phrase already has its cap. A phrase's occurrences come in the order of their start,
        // which for one phrase is the order of their end: the cap keeps the same ones as in the
        // order of an overlapping scan.
        let mut add = |start: usize, end: usize, pat: usize| {
            if usize::from(seen[pat]) >= MAX_HITS_PER_PHRASE {
                return;
            }
            let kept = hits.len();
            let matched = &skel[start..end];
            let first_wordy = matched.chars().next().is_some_and(is_wordy);
            let last_wordy = matched.chars().next_back().is_some_and(is_wordy);
            let before_wordy = skel[..start].chars().next_back().is_some_and(is_wordy);
            let after_wordy = skel[end..].chars().next().is_some_and(is_wordy);
            for e in self.entries_of(pat) {
                if !e.left_open && first_wordy && before_wordy {
                    continue;
                }
                if !e.right_open && last_wordy && after_wordy {
                    continue;
                }
                hits.push(Hit {
                    start,
                    end,
                    cat: e.cat,
                    weight: e.weight,
                    phrase: pat,
                });
            }
            if hits.len() > kept {
                seen[pat] += 1;
            }
        };
        let b = skel.as_bytes();
        // Taken from the last call: a page's chars are mostly the previous page's.
        let mut wordy = WORDY.take().unwrap_or_else(|| Box::new(WordyMemo::new()));
        // Two passes; the hits are sorted below, and one phrase's occurrences are found in
        // the order of their start in either pass (what the cap needs).
        // First, the phrases that start a word, from each word start: eight ASCII bytes at a
        // time, their word starts found by bit arithmetic (most bytes are inside a word).
        let (mut p, mut prev_wordy) = (0, false);
        while p < b.len() {
            if let Some(&[b0, b1, b2, b3, b4, b5, b6, b7]) = b.get(p..p + 8) {
                let w = u64::from_le_bytes([b0, b1, b2, b3, b4, b5, b6, b7]);
                if w & HIGH == 0 {
                    let alnum = ascii_alnum(w);
                    let mut starts = alnum & !(alnum << 8 | u64::from(prev_wordy) << 7);
                    while starts != 0 {
                        let at = p + (starts.trailing_zeros() / 8) as usize;
                        starts &= starts - 1;
                        if self.first[usize::from(b[at])] & WORD_FIRST != 0
                            && self.words.may_start(b, at)
                        {
                            self.words.walk(b, at, |end, id| add(at, end, id as usize));
                        }
                    }
                    prev_wordy = alnum >> 63 != 0;
                    p += 8;
                    continue;
                }
            }
            // A char at a time near one outside ASCII, and at the end.
            let (x, at) = (b[p], p);
            let f = self.first[usize::from(x)];
            if f & WORD_FIRST != 0 && !prev_wordy && self.words.may_start(b, at) {
                self.words.walk(b, at, |end, id| add(at, end, id as usize));
            }
            if x.is_ascii() {
                prev_wordy = f & ALNUM != 0;
                p += 1;
            } else {
                let c = skel[p..].chars().next().unwrap_or(' ');
                prev_wordy = wordy.get(c);
                p += c.len_utf8();
            }
        }
        // Then the phrases that may start anywhere, from each byte that may begin one (an ASCII
        // byte or the first byte of a char: always a char boundary). The exact pair test first:
        // inside a word the phrases open at the left (a few dozen) are tested at every `e`,
        // `s`, `t` …, and most fail on the pair.
        let mut p = 0;
        while let Some(k) = b.get(p..).and_then(|rest| {
            rest.iter()
                .position(|&x| self.first[usize::from(x)] & INNER_FIRST != 0)
        }) {
            let at = p + k;
            if self.inner.may_start_pair(b, at) && self.inner.may_start(b, at) {
                self.inner.walk(b, at, |end, id| add(at, end, id as usize));
            }
            p = at + 1;
        }
        WORDY.set(Some(wordy));
        // The order of one overlapping scan, which the signals read in: by end, the longest
        // first; a stable sort keeps an occurrence's hits in entry order.
        super::sort::by_key(&mut hits, |h| super::sort::pair(h.end, h.start));
        hits
    }
}

/// Hits kept per phrase (see [`Lexicon::find`]). Proximity signals look for a claim next to a
/// victim word; 48 copies of the same phrase leave ample room for that.
pub const MAX_HITS_PER_PHRASE: usize = 48;

/// The high bit of each byte of a `u64`.
const HIGH: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `w` (all bytes ASCII) that is an ASCII letter or digit: a byte
/// is in `lo..=hi` when adding `0x80 - lo` sets its high bit and adding `0x7F - hi` does not (no
/// carry leaves a byte below 0x80).
fn ascii_alnum(w: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let within = |lo: u64, hi: u64| (w + ONES * (0x80 - lo)) & !(w + ONES * (0x7F - hi)) & HIGH;
    within(0x30, 0x39) | within(0x41, 0x5A) | within(0x61, 0x7A)
}

/// Bits of [`Lexicon`]'s `first` table.
const WORD_FIRST: u8 = 1;
const INNER_FIRST: u8 = 2;
/// An ASCII letter or digit.
const ALNUM: u8 = 4;

thread_local! {
    /// The memo of [`Lexicon::find`], reused by the next call ([`is_wordy`] never changes): a
    /// fresh one missed on each distinct char again, ~1 000 instructions of Unicode table search
    /// each (a few hundred per English 64 KB page).
    static WORDY: Cell<Option<Box<WordyMemo>>> = const { Cell::new(None) };
}

/// [`is_wordy`] of recent chars outside ASCII: Unicode's alphanumeric test is a table search, and
/// a page in one script repeats a few dozen chars. 1 024 slots: a wiki page's list of languages
/// alone has ~300 distinct chars, which thrashed 128.
struct WordyMemo {
    keys: [u32; 1024],
    vals: [bool; 1024],
}

impl WordyMemo {
    fn new() -> WordyMemo {
        WordyMemo {
            keys: [0; 1024],
            vals: [false; 1024],
        }
    }

    fn get(&mut self, c: char) -> bool {
        let u = c as u32;
        let slot = ((u ^ (u >> 10)) & 0x3FF) as usize;
        if self.keys[slot] != u {
            self.keys[slot] = u;
            self.vals[slot] = is_wordy(c);
        }
        self.vals[slot]
    }
}

#[cfg(test)]
mod tests {
    use super::super::lexicon_source::{self, SrcCat, SECTIONS};
    use super::super::normalize::{is_cjk, normalize};
    use super::*;

    #[test]
    fn lines_match_std_split() {
        // `build`'s line reader gives std's pieces, the empty ones included (an empty line ends
        // each list), on every cut of these texts.
        for t in [
            "",
            "\n",
            "\n\n",
            "a",
            "a\n",
            "ab\n\ncd",
            "\nx\n\ny\n",
            "über\n\n語\n",
        ] {
            let b = t.as_bytes();
            for cut in 0..=b.len() {
                let ours: Vec<&[u8]> = Lines(Some(&b[..cut])).collect();
                let std: Vec<&[u8]> = b[..cut].split(|&c| c == b'\n').collect();
                assert_eq!(ours, std, "{:?}", &b[..cut]);
            }
        }
    }

    #[test]
    fn inflates_as_miniz_does() {
        // The engine's inflate gives miniz_oxide's bytes on the packed lexicon (zopfli's
        // dynamic blocks) and on miniz's own streams of every block type: stored (level 0),
        // fixed codes (short inputs) and dynamic codes, long matches and runs included.
        use miniz_oxide::{deflate::compress_to_vec, inflate::decompress_to_vec};
        let lexicon = decompress_to_vec(PACKED).expect("miniz inflates the lexicon");
        assert!(lexicon.len() > 100_000);
        assert_eq!(
            super::super::inflate::inflate(PACKED),
            Some(lexicon.clone())
        );
        let mut texts: Vec<Vec<u8>> = vec![
            Vec::new(),
            b"a".to_vec(),
            b"call 555-0100 now".to_vec(),
            vec![0; 70_000],
            (0..=255u8).cycle().take(100_000).collect(),
        ];
        // Bytes that do not compress: stored blocks after the first one, and after a dynamic
        // block (the bits read ahead given back).
        let mut x = 0x9E37_79B9u32;
        let noise: Vec<u8> = (0..50_000)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 17;
                x ^= x << 5;
                x as u8
            })
            .collect();
        texts.push([&lexicon[..20_000], &noise[..], &lexicon[..20_000]].concat());
        texts.push(noise);
        texts.push(lexicon[..5_000].to_vec());
        texts.push(lexicon);
        for t in &texts {
            for level in [0, 1, 6, 10] {
                let packed = compress_to_vec(t, level);
                assert_eq!(
                    super::super::inflate::inflate(&packed).as_ref(),
                    Some(t),
                    "{} bytes at level {level}",
                    t.len()
                );
            }
        }
        // Not deflate: no bytes, as miniz gives none (`unwrap_or_default`).
        for bad in [&b""[..], &[0xff; 8], &[0x07], &PACKED[..PACKED.len() / 2]] {
            assert!(decompress_to_vec(bad).is_err());
            assert_eq!(super::super::inflate::inflate(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn the_packed_lexicon_is_the_files_read() {
        // build.rs packs what lexicon_source.rs reads from the files; `build` must give back
        // every phrase with its entries, in the same trie, and the brands.
        assert_eq!(CATS.len(), SECTIONS.len());
        for (cat, name) in CATS.iter().zip(SECTIONS) {
            assert_eq!(Cat::from_section(name), Some(*cat), "{name}");
        }
        let src = lexicon_source::read(file);
        let lex = lexicon();
        assert_eq!(lex.patterns.len(), src.phrases.len());
        assert_eq!(
            lex.entries.len(),
            src.phrases.iter().map(|p| p.1.len()).sum::<usize>()
        );
        let ids: std::collections::HashMap<&str, usize> = lex
            .patterns
            .iter()
            .enumerate()
            .map(|(i, p)| (p.as_str(), i))
            .collect();
        let in_words = |p: &str| {
            let mut found = false;
            lex.words
                .walk(p.as_bytes(), 0, |end, _| found |= end == p.len());
            found
        };
        for (skel, want) in &src.phrases {
            let id = ids[skel.as_str()];
            let got = lex.entries_of(id);
            assert_eq!(got.len(), want.len(), "{skel}");
            for (g, w) in got.iter().zip(want) {
                let cat = match w.cat {
                    SrcCat::Section(i) => CATS[usize::from(i)],
                    SrcCat::Brand(i) => Cat::Brand(i),
                    SrcCat::WeakBrand(i) => Cat::WeakBrand(i),
                };
                assert_eq!(
                    (g.cat, g.weight.to_bits(), g.left_open, g.right_open),
                    (cat, w.weight.to_bits(), w.left_open, w.right_open),
                    "{skel}"
                );
            }
            assert_eq!(
                in_words(skel),
                lexicon_source::at_word_start(skel, want),
                "{skel}"
            );
        }
        let brands: Vec<(String, Vec<String>)> = lex
            .brands
            .iter()
            .map(|b| (b.name.clone(), b.domains.clone()))
            .collect();
        assert_eq!(brands, src.brands);
        let sectors: Vec<u8> = lex.brands.iter().map(|b| b.sector).collect();
        assert_eq!(sectors, src.sectors);
        let sector = |name: &str| lex.brands.iter().find(|b| b.name == name).map(|b| b.sector);
        assert_eq!(
            [
                sector("Microsoft"),
                sector("DHL"),
                sector("Facebook"),
                sector("HP")
            ],
            [Some(b't'), Some(b'p'), Some(b'a'), Some(b't')]
        );
        assert!(src.phrases.len() > 10_000, "{}", src.phrases.len());
    }

    #[test]
    fn packed_entries_are_read_or_refused() {
        let e = entry(b"B<>=0.5").expect("an entry");
        assert_eq!(
            (e.cat, e.weight, e.left_open, e.right_open),
            (Cat::Infection, 0.5, true, true)
        );
        assert_eq!(
            entry(b"#12>").map(|e| (e.cat, e.right_open)),
            Some((Cat::Brand(12), true))
        );
        assert_eq!(entry(b"~3").map(|e| e.cat), Some(Cat::WeakBrand(3)));
        for bad in [
            &b""[..],
            b"#",
            b"#256",
            b"#1234",
            b"~x",
            b"A=",
            b"A=x",
            b"Ax",
            b"A><",
            b"@",
            b"\xff",
        ] {
            assert!(entry(bad).is_none(), "{}", String::from_utf8_lossy(bad));
        }
    }

    #[test]
    fn weights_read_as_str_parse_reads_them() {
        let mut seen = 0;
        for lang in LANGUAGES {
            for line in file(lang).lines().map(str::trim) {
                if line.starts_with('#') {
                    continue;
                }
                if let Some((_, w)) = line.rsplit_once(" =") {
                    assert_eq!(decimal(w.trim()), w.trim().parse::<f32>().ok(), "{line}");
                    seen += 1;
                }
            }
        }
        assert!(seen > 400, "{seen} weights");
        for w in [
            "0", "1", "0.5", "0.75", "0.35", "2.25", "0.1", ".5", "5.", "1234567", "0.123457",
            "9.999999",
        ] {
            assert_eq!(decimal(w), w.parse::<f32>().ok(), "{w}");
        }
        for w in [
            "",
            ".",
            "x",
            "0.5x",
            "-1",
            "1e3",
            "12345678",
            "123456.123456",
            "0.12345678",
        ] {
            assert_eq!(decimal(w), None, "{w}");
        }
    }

    fn cats(text: &str) -> Vec<Cat> {
        let n = normalize(text);
        lexicon().find(&n.skel).into_iter().map(|h| h.cat).collect()
    }

    /// What `find` gives with one overlapping Aho-Corasick scan of every phrase (the reference).
    fn find_in_one_scan(lex: &Lexicon, ac: &aho_corasick::AhoCorasick, skel: &str) -> Vec<Hit> {
        let mut hits = Vec::new();
        let mut seen = vec![0u8; lex.entry_start.len() - 1];
        for m in ac.find_overlapping_iter(skel) {
            let (start, end, pat) = (m.start(), m.end(), m.pattern().as_usize());
            if usize::from(seen[pat]) >= MAX_HITS_PER_PHRASE {
                continue;
            }
            let kept = hits.len();
            let matched = &skel[start..end];
            let first_wordy = matched.chars().next().is_some_and(is_wordy);
            let last_wordy = matched.chars().next_back().is_some_and(is_wordy);
            let before_wordy = skel[..start].chars().next_back().is_some_and(is_wordy);
            let after_wordy = skel[end..].chars().next().is_some_and(is_wordy);
            for e in lex.entries_of(pat) {
                if (e.left_open || !first_wordy || !before_wordy)
                    && (e.right_open || !last_wordy || !after_wordy)
                {
                    hits.push(Hit {
                        start,
                        end,
                        cat: e.cat,
                        weight: e.weight,
                        phrase: pat,
                    });
                }
            }
            if hits.len() > kept {
                seen[pat] += 1;
            }
        }
        hits
    }

    #[test]
    fn ascii_alnum_flags_letters_and_digits() {
        for x in 0..0x80u8 {
            for at in 0..8 {
                let mut bytes = [b' '; 8];
                bytes[at] = x;
                let want = if x.is_ascii_alphanumeric() {
                    0x80 << (8 * at)
                } else {
                    0
                };
                assert_eq!(
                    ascii_alnum(u64::from_le_bytes(bytes)),
                    want,
                    "{x:#x} at {at}"
                );
            }
        }
    }

    #[test]
    fn tries_find_what_one_overlapping_scan_finds() {
        let lex = lexicon();
        let mut texts: Vec<String> = vec![
            "Your computer is infected! Call Microsoft Support +1-800-555-0142 now. xvirusx virus"
                .into(),
            "Votre ordinateur est bloqué. Appelez le support technique (sicherheitsupport) 0x80070005"
                .into(),
            "आपका कंप्यूटर संक्रमित है। माइक्रोसॉफ्ट सहायता को कॉल करें: 555-0100".into(),
            "お使いのコンピューターはウイルスに感染しています。サポートに電話してください".into(),
            "您的电脑已被锁定，请立即拨打微软技术支持 ⊞ Win + R ⌘ 「Ctrl+V」".into(),
            "Ваш компьютер заблокирован! Позвоните в службу поддержки Microsoft".into(),
            "컴퓨터가 감염되었습니다 Windows 보안 지원에 전화하세요".into(),
            "virus ".repeat(120) + &"xvirus ".repeat(60),
        ];
        let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
        let mut paths: Vec<_> = std::fs::read_dir(fixtures)
            .expect("tests/fixtures")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        paths.sort();
        for p in paths {
            if let Ok(html) = std::fs::read_to_string(&p) {
                texts.push(crate::engine::html::from_html(&html).text);
                texts.push(html);
            }
        }
        assert!(texts.len() > 40, "fixtures read");
        let ac = aho_corasick::AhoCorasick::new(&lex.patterns).expect("patterns");
        for t in &texts {
            let skel = normalize(t).skel;
            let got = lex.find(&skel);
            assert_eq!(
                got,
                find_in_one_scan(lex, &ac, &skel),
                "{}",
                &t[..t.len().min(80)]
            );
        }
    }

    #[test]
    fn the_cap_counts_words_not_copies_inside_other_words() {
        // 60 copies glued inside other words are not hits and do not use up the phrase's cap.
        let lex = lexicon();
        let padded = "xinfectedx ".repeat(60) + "infected";
        let at = padded.len() - "infected".len();
        let hits = lex.find(&normalize(&padded).skel);
        assert!(hits.iter().any(|h| h.start == at), "{hits:?}");
        assert!(hits.iter().all(|h| h.start == at), "{hits:?}");
    }

    #[test]
    fn every_language_file_has_phrases() {
        for (lang, n) in &lexicon_source::read(file).counts {
            assert!(*n > 10 || *lang == "common", "{lang} has only {n} phrases");
        }
        assert!(lexicon().brands.iter().any(|b| b.name == "Microsoft"));
    }

    #[test]
    fn every_lexicon_file_is_packed_and_read() {
        // A file in lexicons/ that LANGUAGES does not name would be silently ignored.
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/engine/lexicons");
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .expect("src/engine/lexicons")
            .filter_map(|e| {
                e.ok()?
                    .file_name()
                    .to_str()?
                    .strip_suffix(".txt")
                    .map(String::from)
            })
            .collect();
        names.sort_unstable();
        let mut want: Vec<&str> = LANGUAGES.iter().copied().chain(["brands"]).collect();
        want.sort_unstable();
        assert_eq!(names, want);
        for name in want {
            assert!(file(name).lines().count() > 10, "{name} is (nearly) empty");
        }
    }

    #[test]
    fn stars_only_at_the_ends_of_phrases() {
        // `*` inside a phrase would be matched literally and never fire.
        let brands = file("brands");
        let files: Vec<(&str, String)> = LANGUAGES.iter().map(|l| (*l, file(l))).collect();
        let names = brands.lines().filter_map(|l| {
            l.strip_prefix("alias ")
                .or_else(|| l.strip_prefix("weak "))
                .map(|p| ("brands", p))
        });
        let phrases = files
            .iter()
            .flat_map(|(lang, text)| text.lines().map(move |l| (*lang, l)));
        for (lang, line) in phrases.chain(names) {
            let core = line
                .split(" =")
                .next()
                .unwrap_or("")
                .trim()
                .trim_matches('*');
            assert!(!core.contains('*'), "{lang}: `{line}`");
        }
    }

    #[test]
    fn a_phrase_in_two_languages_counts_once() {
        // "virus" and "trojan" are in several language files.
        let n = normalize("a trojan virus");
        let hits = lexicon().find(&n.skel);
        let infection = hits.iter().filter(|h| h.cat == Cat::Infection).count();
        assert_eq!(infection, 2, "{hits:?}");
    }

    #[test]
    fn words_need_boundaries() {
        assert!(cats("you must call now").contains(&Cat::Cta));
        // "recall" does not contain the word "call".
        assert!(!cats("product recall").contains(&Cat::Cta));
    }

    #[test]
    fn stems_match_inside_words() {
        assert!(cats("Trojaner entdeckt").contains(&Cat::Infection));
        assert!(cats("computer infected").contains(&Cat::Infection));
    }

    #[test]
    fn japanese_matches_substrings() {
        let c = cats("お使いのコンピュータはウイルスに感染しています");
        assert!(c.contains(&Cat::Victim));
        assert!(c.contains(&Cat::Infection));
    }

    #[test]
    fn greek_ukrainian_and_hebrew_phrases_match_their_scripts() {
        // Phrases go through the same normalisation as page text: Greek in capitals or small
        // letters with final ς, Ukrainian with і and the apostrophe, Hebrew as written.
        for text in [
            "Ο ΥΠΟΛΟΓΙΣΤΗΣ ΣΑΣ ΕΙΝΑΙ ΜΟΛΥΣΜΕΝΟΣ",
            "Ο υπολογιστής σας είναι μολυσμένος",
            "Ваш комп'ютер заражений",
            "ВАШ КОМПʼЮТЕР ЗАРАЖЕНИЙ",
            "המחשב שלך נגוע בווירוס",
        ] {
            let c = cats(text);
            assert!(c.contains(&Cat::Victim), "{text}: {c:?}");
            assert!(c.contains(&Cat::Infection), "{text}: {c:?}");
        }
        assert!(cats("ΚΑΛΕΣΤΕ ΤΩΡΑ").contains(&Cat::Urgency));
        assert!(cats("Ο λογαριασμός σας κλειδώθηκε").contains(&Cat::Lock));
    }

    #[test]
    fn thai_is_matched_as_substrings() {
        // Thai (and Lao, Myanmar, Khmer) write no spaces between words: a phrase inside a run of
        // them must pass the boundary test, as in Japanese. An English phrase glued to Thai text
        // ("please" before it, "immediately" after) is such a word.
        for c in ['ก', 'ທ', 'က', 'ក'] {
            assert!(is_cjk(c), "{c}");
        }
        assert!(cats("กรุณาcall nowทันที").contains(&Cat::Cta));
        // "Your computer is infected, call now" as one run of Thai.
        let c = cats("คอมพิวเตอร์ของคุณติดไวรัสโทรหาเราทันที");
        assert!(c.contains(&Cat::Victim));
        assert!(c.contains(&Cat::Infection));
        assert!(c.contains(&Cat::Urgency));
    }

    #[test]
    fn evasions_still_match() {
        assert!(cats("Y0ur c0mputer is 1nfected").contains(&Cat::Infection));
        assert!(cats("M i c r o s o f t")
            .iter()
            .any(|c| matches!(c, Cat::Brand(_))));
        assert!(cats("Міcrоsоft").iter().any(|c| matches!(c, Cat::Brand(_))));
    }
}
