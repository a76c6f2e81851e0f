//! Whether a claim is addressed to the reader, and the claims of call-us scams beyond infection:
//! an account or device taken over, a charge or renewal the reader never made, a system screen.
//!
//! A scam *states* that the reader's account is blocked or their card charged ("Your account has
//! been suspended"). An honest page asks or advises: a repair shop asks "Is your computer
//! infected?", a bank writes "If your account was hacked, call us" or "your account has not been
//! blocked". A claim inside a question, right after a condition word or denied, is therefore not
//! a claim.

use super::super::lexicon::{Cat, Hit};
use super::super::weights::{
    ACCOUNT_CLAIM, CHARGE_CLAIM, CHARGE_CLAIM_MANY, CHARGE_MANY_PHRASES, LOCKOUT_WINDOW,
    SYSTEM_SCREEN_MORE, SYSTEM_SCREEN_ONE, SYSTEM_SCREEN_TWO, UNDO_CALL_WINDOW,
};
use super::super::{
    any_match, has, trim, trim_by, trim_end, trim_end_by, trim_start, trim_start_by,
};

/// Bytes between a claim and the phrase that makes it the reader's ("your account … suspended").
pub const CLAIM_WINDOW: usize = 90;
/// A possessive ("your", "Ihr", "votre") a little before the claim: "your Netflix account has
/// been suspended" (the brand sits between the possessive and its noun).
const POSSESSIVE_WINDOW: usize = 40;
/// How far a verb-final claim may stand after the possessive that opens its clause (bytes): a
/// German or Dutch participle after a long reason ("… wegen verdächtiger Aktivitäten aus dem
/// Ausland … gesperrt").
const VERB_FINAL_WINDOW: usize = 160;
/// Bytes between a protection or service word and the claim it qualifies ("protection against
/// hackers", "we remove malware").
const PROTECT_WINDOW: usize = 24;
/// Bytes between a claim and a condition marked on the verb after it ("… girişimi fark
/// ederseniz").
const CONDITION_AFTER_WINDOW: usize = 40;
/// The reversal a call buys, between a claim and a condition marked after it (en, sv/da/nb, folded
/// text): the condition is the reversal's ("… is suspended and will be reactivated once you call
/// us", "… sperret og åpnes igjen når du har ringt"), not the claim's. Any other second step keeps
/// it the bank's process ("your card is blocked and a replacement is sent as soon as you call
/// us", review 20 M1), whatever joins the clauses ("and", "then", "which", "&").
const REVERSALS: &str = "unlock unblock unfr unsuspend reactivat re-activat restor reinstat lifted releas reopen re-open reenabl re-enabl igjen reaktiv ateraktiv gjenapn genabn opphev ophæv ophaev upphav oppn opplas upplas oplas kembali semula";
/// (The one-word "opplåst", "upplåst", "oplåst" are stems above: review 21 M4.)
/// The particles of "låses upp", "låses opp", "låses op" (sv, nb, da), "igen" (sv, da: again)
/// and vi "lại" (again): whole words only, or "operator", "open the app", "opening hours",
/// "igennem", "laid" would be reversals (review 20).
const REVERSAL_WORDS: [&str; 5] = ["upp", "opp", "op", "igen", "lai"];
/// Bytes between a condition word and the claim it opens ("if the activation failed").
const CONDITION_CLAIM_GAP: usize = 5;
/// Bytes between a denial and the claim it denies: room for an auxiliary ("has not been
/// blocked", "no ha sido bloqueada", "nie został zablokowany"); an article ends it (see
/// `negated`).
const NEGATION_GAP: usize = 10;
/// Longest line read as a headline claim (bytes).
const HEADLINE_MAX: usize = 48;
/// How far a sentence end is looked for (bytes); text without punctuation ends nowhere.
const SENTENCE_MAX: usize = 240;
/// Longest sentence read as a failure headline (bytes: "Falha na ativação da TV.", a
/// Japanese headline of some twenty characters).
const FAILURE_HEADLINE_MAX: usize = 96;

/// Hits of a few categories sorted by start, for proximity queries.
struct Index<'a> {
    hits: Vec<&'a Hit>,
}

impl<'a> Index<'a> {
    fn sorted(mut hits: Vec<&'a Hit>) -> Index<'a> {
        crate::engine::sort::by_key(&mut hits, |h| h.start as u64);
        Index { hits }
    }

    /// Hits starting in `lo..hi`.
    fn within(&self, lo: usize, hi: usize) -> &[&'a Hit] {
        let a = self.hits.partition_point(|h| h.start < lo);
        let b = self.hits.partition_point(|h| h.start < hi);
        &self.hits[a..b.max(a)]
    }
}

/// Sentence-ending characters ("\n" ends an element: kits rarely punctuate their headlines).
pub(super) fn ends_sentence(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '\n' | '。' | '！' | '？' | ';')
}

/// The question or condition context of the claims on one page.
pub struct Mood<'a> {
    base: &'a str,
    /// Headline claims are read before this byte only: the title and the page's text, not the
    /// image texts, labels and button values after them (a stock photo's "Virus detected").
    headlines_end: usize,
    /// The site is one its title names (page.rs `self_named`): a transaction or a receipt's
    /// sum is its own alert's, no charge claim (`charge`).
    own_site: bool,
    victims: Index<'a>,
    /// Things named bare that only a fine makes the reader's ("the access to the device",
    /// lexicon weight 0.5), and whether the page states a fine with its sum (`fined`).
    weak_victims: Index<'a>,
    fined: bool,
    possessives: Index<'a>,
    conditionals: Index<'a>,
    conditionals_after: Index<'a>,
    clauses: Index<'a>,
    protects: Index<'a>,
    calls: Index<'a>,
    negations: Index<'a>,
    negations_after: Index<'a>,
    speakers: Index<'a>,
    lockouts: Index<'a>,
    compromises: Index<'a>,
    errors: Index<'a>,
    verdicts: Index<'a>,
    selves: Index<'a>,
    urgencies: Index<'a>,
    /// A kit's pressure anywhere on the page (do not close, a threat of loss, malware): no lockout
    /// policy explained on an IT or help page comes with it (urgency does: "call at once if it
    /// was not you").
    pressure: bool,
    /// A threat anywhere on the page: "do not close" or a threat of loss (a symptom list is a
    /// shop's only where none is: [`Mood::listed`]).
    threat: bool,
    /// The page asks for help from someone: it shows a number or names a technician, a support
    /// team or a remote-access tool. An emulator's fatal error asks for none of these.
    helpline: bool,
    /// The page does not press: no urgency, no data loss (stated or conditional: "your files
    /// will be deleted if …", review 33) and no toll-free number or words (`calm`). An IT
    /// notice or a help article offers its own line calmly; kits press.
    calm: bool,
    /// A full-screen exam on its institution's host (`exam_page`): its numbered questions
    /// quote what they ask about ([`Mood::quizzed`]).
    exam_page: bool,
}

impl<'a> Mood<'a> {
    /// Built once per page (`signals::collect`): one pass over the hits, whatever their number.
    pub fn new(base: &'a str, hits: &'a [Hit]) -> Mood<'a> {
        let mut by = [(); 17].map(|_| Vec::new());
        let mut pressure = false;
        let mut threat = false;
        let mut helpline = false;
        let mut calm = true;
        // "Recovery" inside a wallet's "recovery phrase" names the key asked for, not a recovery
        // service ("Recuperación de ransomware"): no protection word beside a claim.
        let seeds = super::near::kept(hits, &mut |h| h.cat == Cat::Seed);
        // A loss inside the reader's own cause of a lock ("lost or stolen", "Karte verloren oder
        // gestohlen") is the bank's topic, no threat (review 44 M2).
        let causes = super::near::kept(hits, &mut |h| h.cat == Cat::Lockout);
        for h in hits {
            calm &=
                !(h.weight > 0.0 && matches!(h.cat, Cat::Urgency | Cat::TollFree | Cat::DataLoss));
            let press = h.weight > 0.0
                && matches!(h.cat, Cat::DoNotClose | Cat::DataLoss | Cat::Infection)
                && !causes.iter().any(|c| c.start <= h.start && h.end <= c.end);
            pressure |= press;
            threat |= press && h.cat != Cat::Infection;
            helpline |= h.weight > 0.0
                && matches!(h.cat, Cat::SupportRole | Cat::RemoteAccess | Cat::TollFree);
            let slot = match h.cat {
                Cat::Victim if h.weight < 1.0 => 16,
                Cat::Victim => 0,
                Cat::Possessive => 1,
                Cat::Conditional => 2,
                Cat::ConditionalAfter => 3,
                Cat::ConditionalClause => 4,
                Cat::Protect if seeds.iter().any(|s| s.start <= h.start && h.end <= s.end) => {
                    continue
                }
                Cat::Protect => 5,
                Cat::Cta => 6,
                // Russian "не", "нет" are look-alikes of Latin "he", "het" (normalize.rs folds
                // a word of look-alikes only): before a Latin word they are English "he" and
                // Dutch "het" ("het selfserviceportaal"), no denial.
                Cat::Negation if look_alike_denial(base, h) => continue,
                Cat::Negation => 7,
                Cat::NegationAfter => 8,
                Cat::Speaker => 9,
                Cat::Lockout => 10,
                Cat::Compromise => 11,
                Cat::Error => 12,
                Cat::Verdict => 13,
                Cat::SelfServe => 14,
                Cat::Urgency => 15,
                _ => continue,
            };
            by[slot].push(h);
        }
        let [victims, possessives, conditionals, conditionals_after, clauses, protects, calls, negations, negations_after, speakers, lockouts, compromises, errors, verdicts, selves, urgencies, weak_victims] =
            by.map(Index::sorted);
        Mood {
            base,
            headlines_end: base.len(),
            own_site: false,
            victims,
            weak_victims,
            fined: false,
            possessives,
            conditionals,
            conditionals_after,
            clauses,
            protects,
            calls,
            negations,
            negations_after,
            speakers,
            lockouts,
            compromises,
            errors,
            verdicts,
            selves,
            urgencies,
            pressure,
            threat,
            helpline,
            calm,
            exam_page: false,
        }
    }

    /// Whether the page is a full-screen exam (`on`: full screen on an institution's host) that
    /// names itself one ([`Mood::quizzed`]).
    pub fn exam_page(mut self, on: bool) -> Self {
        self.exam_page = on && self.exam_named();
        self
    }

    /// Whether the page is a full-screen exam on its institution's host ([`Mood::exam_page`]).
    pub fn on_exam_page(&self) -> bool {
        self.exam_page
    }

    /// Whether the byte `at` stands in one of an exam page's numbered questions: a question's
    /// label and number ("Question 3:", "Pytanie 4.", "문제 7.") opens a word at most
    /// `QUIZ_REACH` bytes before it, and no question mark ends the question between them. A
    /// question quotes the screen it asks about ("A window claims the laptop is blocked and shows a
    /// number to ring. Which answer is right?"): its lock and number are the question's
    /// matter, not the page's claim and call (review 43 R43-M1).
    #[inline(never)]
    pub fn quizzed(&self, at: usize) -> bool {
        let lo = floor(self.base, at.saturating_sub(QUIZ_REACH));
        let before = &self.base[lo..floor(self.base, at)];
        self.exam_page
            && QUESTION.split('|').any(|w| {
                // (The engine's search, not std's `match_indices`: Wasm size.)
                any_match(before, w, &mut |i| {
                    let r = &before[i + w.len()..];
                    trim_start_by(r, |c| c == ' ').starts_with(|c: char| c.is_ascii_digit())
                        && !r.contains(['?', '？'])
                        && !before[..i].ends_with(char::is_alphanumeric)
                })
            })
    }

    /// Whether the page shows a number to call (see `helpline`); technicians, support teams and
    /// remote-access tools are read from the hits.
    pub fn shows_number(mut self, number: bool) -> Self {
        self.helpline |= number;
        self
    }

    /// Whether the page shows no toll-free number (see `calm`: urgency and toll-free words are
    /// read from the hits).
    pub fn calm(mut self, no_toll_free: bool) -> Self {
        self.calm &= no_toll_free;
        self
    }

    /// Whether the call word before `at` (a number) in its sentence opens the main clause after
    /// a condition on the reader's thing ("If your PC shows a stop code afterwards, call the IT
    /// Service Desk on …", "Si votre écran affiche « … », appelez le support informatique au
    /// …"), on a calm page: help offered for a case, not the page's demand. Not about the page
    /// itself ("if your screen shows this message, call …": [`Mood::after_reader_condition`]),
    /// not pressed ("call the help desk now"), no brand named as the one to call (an IT notice
    /// names its own desk; "call Windows Support on …" is a kit's), and no infection or
    /// intrusion in the sentence ("If your computer is infected, call …", review 32).
    #[inline(never)]
    pub fn advised_call(&self, at: usize, hits: &[Hit]) -> bool {
        let (s, e) = (self.sentence_start(at), self.sentence_from(at).1);
        let Some(c) = self
            .calls
            .within(s, at)
            .iter()
            .find(|c| self.after_reader_condition(c))
        else {
            return false;
        };
        self.calm
            && !has_word(&self.base[s..floor(self.base, at)], NOW)
            && !hits.iter().any(|h| {
                h.start < e
                    && match h.cat {
                        Cat::Brand(_) | Cat::WeakBrand(_) => h.start >= c.start,
                        Cat::Infection | Cat::Compromise => h.start >= s,
                        _ => false,
                    }
            })
    }

    /// Whether the system screen's phrase `h` is told to the reader: stated (not conditional),
    /// with the reader's possessive shortly before it in its sentence ("Your PC ran into a
    /// problem", "votre PC a rencontré un problème"), not a "do not turn off your computer" (an
    /// IT notice says that too), not after a colon that ends the possessive's clause ("Your
    /// screen will look like this: Working on updates …" announces the screen: review 34
    /// HN34-M2). A kit's screen speaks so; an IT notice announces updates to every PC, a help
    /// article says what "the PC" shows.
    #[inline(never)]
    pub fn screen_told(&self, h: &Hit) -> bool {
        // (A "do not turn off your computer" phrase holds its possessive: none before it.)
        !self.conditional(h)
            && self
                .possessives
                .within(h.start.saturating_sub(POSSESSIVE_WINDOW), h.start + 1)
                .iter()
                .any(|p| {
                    p.end <= h.start
                        && h.start - p.end <= POSSESSIVE_WINDOW
                        && !self.base.as_bytes()[p.end..h.start]
                            .iter()
                            .any(|b| matches!(b, b'.' | b'!' | b'?' | b'\n' | b';' | b':'))
                })
    }

    /// Whether the system screen's phrase `h` is shown: its sentence holds at most
    /// [`SHOWN_BYTES`] bytes besides screen and do-not-turn-off phrases ("Working on updates 27%
    /// complete. Don't turn off your computer.", "Installation des mises à jour 40 %"): the page
    /// is the screen (review 33 HN33-M1). An IT notice tells of updates in a sentence ("every
    /// office PC will be installing updates on Thursday"), a help article quotes or asks
    /// ("Stuck on "Working on updates"?"). Not a do-not-turn-off phrase itself: an IT notice
    /// writes that alone too. Not after a condition or a word of time in its sentence (`WHILE`:
    /// "Zolang de updates worden geïnstalleerd: zet uw computer niet uit").
    #[inline(never)]
    pub fn screen_shown(&self, h: &Hit, hits: &[Hit]) -> bool {
        let (s, e) = self.sentence(h);
        let mut outside = e - s;
        let mut dnc = false;
        for x in hits {
            if matches!(x.cat, Cat::System | Cat::DoNotClose) && s <= x.start && x.end <= e {
                outside = outside.saturating_sub(x.end - x.start);
            }
            dnc |= x.cat == Cat::DoNotClose && x.start < h.end && h.start < x.end;
        }
        // A do-not-turn-off phrase holds a denial or is read as one.
        !dnc && self.negations.within(h.start, h.end).is_empty()
            && !self.asked(h)
            && !self.described(h)
            && !has_word(&self.base[s..h.start], WHILE)
            && !super::footer::quoted(self.base, h.start)
            && outside <= SHOWN_BYTES
    }

    /// Whether `h` stands after a condition or "when" earlier in its sentence (a heading before
    /// it runs into the sentence: the text's line breaks are spaces), with no word pointing at
    /// the page between ("If you see this screen, your PC …" is a kit's): "Lorsque Windows
    /// rencontre une erreur grave, le PC a rencontré un problème" describes when a screen shows.
    #[inline(never)]
    pub fn described(&self, h: &Hit) -> bool {
        let s = self.sentence_start(h.start);
        // Or shortly after a colon that ends a lead-in with a verb of seeing ("Your screen will
        // look like this:", "So sieht Ihr Bildschirm aus:", "Verá esta pantalla:", "Sullo
        // schermo vedrete:"): the screen's lines are shown as an example (review 35 HN35-H1).
        // The verb starts a word ("voir", not "recevoir"; "look", not "Outlook"): the first
        // word the reach cuts is none.
        let before = &self.base[floor(self.base, h.start.saturating_sub(SHOWN_REACH))..h.start];
        let before = if before.len() < h.start {
            before
                .bytes()
                .position(|c| c == b' ')
                .map_or("", |i| &before[i + 1..])
        } else {
            before
        };
        before.rfind(':').is_some_and(|c| {
            let lead = &before[..c];
            let from = lead
                .bytes()
                .rposition(|b| matches!(b, b'.' | b'!' | b'?'))
                .map_or(0, |i| i + 1);
            starts_word(&lead[from..], SEE)
        }) || self
            .conditionals
            .within(s, h.start)
            .iter()
            .chain(self.clauses.within(s, h.start))
            .any(|c| self.undetermined(c, h))
    }

    /// Whether condition `c` ends before `h` with no deictic word between them (`described`; out
    /// of line: the chain's two halves each inlined it, forty-fourth session, Wasm size).
    #[inline(never)]
    fn undetermined(&self, c: &Hit, h: &Hit) -> bool {
        c.end <= h.start
            && !has_word(
                &self.base[floor(self.base, c.end)..floor(self.base, h.start)],
                DEICTIC,
            )
    }

    /// Whether the site is one its title names (see `own_site`).
    /// Whether the page states a fine with its sum (signals/mod.rs `fine_due`).
    pub fn fined(mut self, fined: bool) -> Self {
        self.fined = fined;
        self
    }

    pub fn own_site(mut self, own: bool) -> Self {
        self.own_site = own;
        self
    }

    /// Headline claims only before `end` (see `headlines_end`).
    pub fn headlines_until(mut self, end: usize) -> Mood<'a> {
        self.headlines_end = end;
        self
    }

    /// Start of the sentence that holds byte `i`.
    #[inline(never)]
    pub(super) fn sentence_start(&self, i: usize) -> usize {
        let lo = floor(self.base, i.saturating_sub(SENTENCE_MAX));
        let i = floor(self.base, i);
        self.base[lo..i]
            .char_indices()
            .rev()
            .find(|&(j, c)| stops_sentence(self.base, lo + j, c))
            .map_or(lo, |(j, c)| lo + j + c.len_utf8())
    }

    /// Whether the sentence holding `h` is a question: it ends with `?` (or starts with `¿`).
    /// "Is your computer slow or infected?" asks; it does not claim.
    pub fn asked(&self, h: &Hit) -> bool {
        if self.quizzed(h.start) {
            return true;
        }
        let end = floor(self.base, (h.end + SENTENCE_MAX).min(self.base.len()));
        let from = floor(self.base, h.end.min(end));
        let stop = self.base[from..end]
            .char_indices()
            .find(|&(j, c)| stops_sentence(self.base, from + j, c))
            .map(|(_, c)| c);
        if matches!(stop, Some('?' | '？')) {
            return true;
        }
        let s = self.sentence_start(h.start);
        trim_start(&self.base[s..floor(self.base, h.start.max(s))]).starts_with('¿')
    }

    /// Whether a condition word sits right before the reader's thing in the claim's sentence:
    /// "if your account has been compromised" is advice.
    pub fn conditional(&self, h: &Hit) -> bool {
        // A condition marked on the verb right after the claim, in the same sentence ("hesabınız
        // bloke edildiyse", "… girişimi fark ederseniz"). After a reversal it conditions that
        // verb, not the claim: "your account is suspended and will be reactivated once you call
        // us", "har spärrats och öppnas igen när du har ringt" (review 19 M1); a bank's "Ditt
        // kort spärras direkt när du ringer oss" is the block the call makes (REVERSALS).
        let after = self
            .conditionals_after
            .within(h.start, h.end + CONDITION_AFTER_WINDOW)
            .iter()
            .any(|c| {
                let between =
                    &self.base[floor(self.base, h.end.min(c.start))..floor(self.base, c.start)];
                // A topic marker (weight 0.5) after the reader's thing names what the sentence
                // is about (「お使いのコンピューターについて、…」, R44-M3), no condition on it.
                (c.weight >= 1.0 || h.cat != Cat::Victim)
                    && !any_stop(between)
                    // Word starts ("låses upp", "unlocked"): no substring search (Wasm size).
                    && !between
                        .split(|c: char| !c.is_alphanumeric() && c != '-')
                        .any(|w| {
                            !w.is_empty()
                                && (REVERSALS.split(' ').any(|r| w.starts_with(r))
                                    || REVERSAL_WORDS.contains(&w))
                        })
            });
        if after {
            return true;
        }
        let s = self.sentence_start(h.start);
        // "If you notice …" earlier in the sentence, and no comma closes its clause before the
        // claim ("if you see this message, your PC is blocked" states the claim).
        let in_clause =
            self.clauses.within(s, h.start).iter().any(|c| {
                c.end <= h.start && clause_open(&self.base[c.end..floor(self.base, h.start)])
            });
        if in_clause {
            return true;
        }
        self.conditionals.within(s, h.start).iter().any(|c| {
            // What someone else says, under the condition ("If a web page says your computer is
            // infected …, close it", "wenn eine Seite meldet, Ihr PC sei …"): the page's advice.
            let told = c.end <= h.start && self.told(c.end, h.start);
            let next = |ix: &Index| {
                ix.within(c.end, c.end + 3)
                    .iter()
                    .any(|v| v.start >= c.end && v.start <= c.end + 2)
            };
            // Or the claim itself right after the condition, an article between at most ("if
            // activation failed", "si l'activation a échoué", "if the activation failed").
            let claim_next = c.end <= h.start
                && h.start - c.end <= CONDITION_CLAIM_GAP
                && !self.base[floor(self.base, c.end)..floor(self.base, h.start)]
                    .contains([',', '.', ':', ';']);
            told || claim_next || next(&self.victims) || next(&self.possessives)
        })
    }

    /// Whether the claim `h` is about the reader's things: in words (see
    /// [`Mood::about_reader_in_words`]) or as a headline of its own ([`Mood::headline`]).
    pub fn about_reader(&self, h: &Hit) -> bool {
        self.about_reader_in_words(h) || self.headline(h) || self.failure_headline(h)
    }

    /// Whether the lock claim `h` is a short sentence of its own, the failure named with at
    /// most three more words ("Activation failed.", "Falha na ativação da TV.",
    /// "Aktivierung fehlgeschlagen."), and the next sentence names the reader's thing or shows
    /// the failure's error code ("Your StreamBox player could not be linked to your account.",
    /// "Código de erro: TV-5-18.", "Errore 4012."): the headline states what happened to it. Kits put "your TV"
    /// after the headline, beyond the possessive's reach; a help page asks ("Activation
    /// failed?") or puts it under a condition ("If activation fails, your code may …").
    #[inline(never)]
    fn failure_headline(&self, h: &Hit) -> bool {
        let b = self.base;
        if h.cat != Cat::Lock || h.start >= self.headlines_end {
            return false;
        }
        let (s, e) = self.sentence(h);
        let Some(stop) = b[e..]
            .chars()
            .next()
            .filter(|c| ends_sentence(*c) && *c != '?')
        else {
            return false;
        };
        let words = |t: &str| t.split_whitespace().count();
        let before = words(&b[s..h.start]);
        if before > 2 || self.after_condition(h) {
            return false;
        }
        // A headline element has no full stop of its own: the page's text runs on into the next
        // sentence ("Windows のプロダクトキーの有効期限が切れました お客様のWindowsは…"). The reader's
        // thing in the first two words after the failure, before any comma, starts that sentence
        // ("Activation failed, your code may have expired" goes on explaining).
        let rest = &b[h.end..e];
        let two = rest.split(',').next().unwrap_or("");
        let two = two.split_whitespace().take(2).map(str::len).sum::<usize>() + 2;
        if self.reader_in(h.end, h.end + two.min(rest.len())) {
            return true;
        }
        if e - s > FAILURE_HEADLINE_MAX || before + words(rest) > 3 {
            return false;
        }
        // The next sentence: the reader's thing, or an error code (an error phrase, or a short
        // sentence with a number: "Errore 4012.").
        let from = e + stop.len_utf8();
        let (_, end) = self.sentence_from(from);
        let next = trim(&b[from..end]);
        self.reader_in(from, end)
            || !self.errors.within(from, end).is_empty()
            || (words(next) <= 3 && next.contains(|c: char| c.is_ascii_digit()))
    }

    /// Whether the transaction `h` ("unauthorized transaction") is stated as having happened to
    /// the reader: its sentence names the reader's thing and shows a sum ("an unauthorized
    /// transaction of $1,249.00 on your account", "€ 1.870,00") or says it was found or made ("we
    /// detected", "there is", "has been made", "wykryto", "er is … gedaan"), with no condition in
    /// it and not opened by a question word. A
    /// consumer page's headline names the topic ("Disputing an unauthorized transaction on your
    /// account", "What to do about an unauthorized transaction"); a bank kit states the event.
    #[inline(never)]
    pub(super) fn transaction_happened(&self, h: &Hit) -> bool {
        let b = self.base;
        // The sentence, a dot or comma between digits not ending it ("$1,249.00").
        let stop = |i: usize, c: char| stops_sentence(b, i, c);
        let lo = floor(b, h.start.saturating_sub(SENTENCE_MAX));
        let s = b[lo..h.start]
            .char_indices()
            .rev()
            .find(|(j, c)| stop(lo + j, *c))
            .map_or(lo, |(j, c)| lo + j + c.len_utf8());
        let hi = floor(b, (h.end + SENTENCE_MAX).min(b.len()));
        let e = b[h.end..hi]
            .char_indices()
            .find(|(j, c)| stop(h.end + j, *c))
            .map_or(hi, |(j, _)| h.end + j);
        let sentence = &b[s..e];
        let first = sentence.split_whitespace().next().unwrap_or("");
        // The reader's thing in the sentence ("on your account", "op uw rekening"), and no
        // condition anywhere in it: "An unauthorized transaction has been made when someone
        // uses a card without permission" defines one.
        let reader =
            !self.possessives.within(s, e).is_empty() || !self.victims.within(s, e).is_empty();
        // (A condition word inside the phrase is its own: Spanish "se ha realizado un pago"
        // holds the Italian "se".)
        if !reader
            || QUESTION_WORDS.contains(&first)
            || self
                .conditionals
                .within(s, e)
                .iter()
                .any(|c| c.end <= h.start || c.start >= h.end)
            || !self.clauses.within(s, h.start).is_empty()
        {
            return false;
        }
        shows_money(sentence)
            || HAPPENED.iter().any(|w| {
                any_match(sentence, w, &mut |i| {
                    let word = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
                    word(sentence[..i].chars().next_back())
                        && word(sentence[i + w.len()..].chars().next())
                })
            })
    }

    /// Whether a possessive or victim phrase in `from..to` is stated (not asked, not conditional).
    #[inline(never)]
    pub(super) fn reader_in(&self, from: usize, to: usize) -> bool {
        self.possessives
            .within(from, to)
            .iter()
            .chain(self.victims.within(from, to))
            .any(|v| !(self.conditional(v) || self.asked(v)))
    }

    /// Whether the words around the claim make it the reader's: a victim phrase within
    /// [`CLAIM_WINDOW`] bytes, or a possessive shortly before it (a headline does not count).
    pub fn about_reader_in_words(&self, h: &Hit) -> bool {
        // The reader's thing named under a condition or in a question ("If your computer shows
        // a warning, call the IT desk") is no statement about it: it makes no claim of another
        // sentence theirs (a claim in its own sentence is conditional or asked itself). After
        // the claim, the reader's thing is named in its sentence or opens a later one ("Windows
        // has been locked. Your computer …", a title and the line under it), or anywhere on a
        // page with a kit's pressure (do not close, a threat of loss, malware) or one that asks
        // for help (a number shown, a technician, a remote-access tool: "El acceso ha sido
        // bloqueado. Un técnico certificado debe conectarse a su ordenador …", review 27 M3): an
        // emulator's "The current application will be terminated. Press any key to continue"
        // and its note "This is an emulator running Windows 95 in your browser" claim nothing of
        // the reader's.
        let near = self
            .victims
            .within(
                h.start.saturating_sub(CLAIM_WINDOW + 96),
                h.end + CLAIM_WINDOW,
            )
            .iter()
            .any(|v| {
                gap(v, h) <= CLAIM_WINDOW
                    && v.start != h.start
                    && !(self.conditional(v) || self.asked(v))
                    && (self.pressure || self.helpline || {
                        // In the claim's sentence, or at most two words into a later one.
                        let s = self.sentence_start(v.start);
                        s <= h.end
                            || self.base[s..floor(self.base, v.start.max(s))]
                                .bytes()
                                .filter(|b| *b == b' ')
                                .count()
                                <= 3
                    })
            });
        near || self.possessed(h)
    }

    /// Whether a possessive of the reader stands shortly before the claim `h` ("your PC is
    /// blocked", "Ihr Konto … gesperrt"); a heading's "Locked screen" has none.
    #[inline(never)]
    pub fn possessed(&self, h: &Hit) -> bool {
        self.possessives
            .within(h.start.saturating_sub(VERB_FINAL_WINDOW), h.start)
            .iter()
            .any(|p| {
                p.end <= h.start && (h.start - p.end <= POSSESSIVE_WINDOW || self.verb_final(p, h))
            })
    }

    /// Whether the claim `h` ends a main clause whose subject the German or Dutch possessive `p`
    /// opens, with the finite verb of a done event or a state right after that subject: the
    /// participle goes last, often beyond [`POSSESSIVE_WINDOW`] ("Ihr Vodafone-Kundenkonto wurde
    /// wegen verdächtiger Aktivitäten aus dem Ausland gesperrt", "Uw account is vanwege …
    /// geblokkeerd"). Not "wird"/"wordt" (a rule or what will happen: "wird nach Ablauf Ihres
    /// Vertrags gesperrt"), not reported speech ("sei gesperrt", "… zou zijn"), not a
    /// subordinate clause ("wenn Ihr Konto … gesperrt wurde": its verb comes last).
    #[inline(never)]
    fn verb_final(&self, p: &Hit, h: &Hit) -> bool {
        let b = self.base;
        let owner = b.get(p.start..p.end).unwrap_or("");
        let between = &b[floor(b, p.end)..floor(b, h.start)];
        VERB_FINAL_POSSESSIVES.contains(&owner)
            && !any_stop(between)
            && between
                .split_whitespace()
                .take(3)
                .any(|w| DONE_AUX.contains(&trim_by(w, |c| !c.is_alphanumeric())))
    }

    /// Whether the claim is a headline of its own: a part of the page (the title or the text:
    /// parts are joined by `\n`; image texts and labels are not read as headlines) of at most
    /// [`HEADLINE_MAX`] bytes that is the claim and at most two more words ("Computer blocked", "VIRUS DETECTED!", "iCloud
    /// account hacked."), not asked and with no colon or comma (a news headline goes on:
    /// "Computer blocked: ransomware hits city hall"). A kit's screen speaks to whoever reads it.
    pub fn headline(&self, h: &Hit) -> bool {
        if h.start >= self.headlines_end {
            return false;
        }
        let b = self.base;
        // Line breaks looked for only within HEADLINE_MAX of the claim: a longer line is no
        // headline, and a page with no line breaks made each claim scan the whole text.
        let lo = floor(b, h.start.saturating_sub(HEADLINE_MAX + 4));
        let ls = match b[lo..floor(b, h.start)].rfind('\n') {
            Some(i) => lo + i + 1,
            None if lo == 0 => 0,
            None => return false,
        };
        let hi = floor(b, (h.end + HEADLINE_MAX + 4).min(b.len()));
        let le = match b.get(h.end..hi).and_then(|r| r.find('\n')) {
            Some(i) => h.end + i,
            None if hi == b.len() => b.len(),
            None => return false,
        };
        if le.saturating_sub(ls) > HEADLINE_MAX {
            return false;
        }
        let line = trim(&b[ls..floor(b, le)]);
        let words = |t: &str| t.split_whitespace().count();
        let claim = b.get(h.start..h.end).unwrap_or("");
        // A takeover word beside a site's name ("不正利用 | さくら銀行", "Unauthorized access |
        // Example Bank") or in a breadcrumb is the page's topic: a help page's title, not an
        // alert (nineteenth session). Kits state the takeover in their text.
        if h.cat == Cat::Compromise && line.contains(['|', '｜']) {
            return false;
        }
        !line
            .chars()
            .any(|c| matches!(c, '?' | '？' | ':' | ',' | '，' | '：' | '¿'))
            && words(line) <= words(claim) + 2
    }

    /// A claim stated to the reader: about their things, not asked, not conditional.
    pub fn addressed(&self, h: &Hit) -> bool {
        (self.about_reader(h) || self.device_fined(h)) && self.stated(h)
    }

    /// Forty-fourth session (review 43 R43-H2): a calm police screen restricts or suspends "the
    /// access to the device", bare, with no "your": a lock in the sentence of such a weak victim
    /// is the reader's on a page that states a fine with its sum. A school's or a company's
    /// device policy says the same words and fines no one, or puts the lock under a condition
    /// in its clause ("… is suspended if a check fails": a rule, not an event; a condition
    /// before it is read by `stated`).
    fn device_fined(&self, h: &Hit) -> bool {
        let (s, e) = self.sentence(h);
        let clause = self.base.get(h.end..e).unwrap_or("");
        let clause = h.end + clause.find([',', '，', '、']).unwrap_or(clause.len());
        self.fined
            && h.cat == Cat::Lock
            && !self.weak_victims.within(s, e).is_empty()
            && self.conditionals.within(h.end, clause).is_empty()
    }

    /// Whether a protection or service word qualifies the claim word ("protect your PC against
    /// hackers", "we remove malware"): a product or a service, not a claim.
    pub fn shielded(&self, h: &Hit) -> bool {
        self.protects
            .within(
                h.start.saturating_sub(PROTECT_WINDOW + 96),
                h.end + PROTECT_WINDOW,
            )
            .iter()
            .any(|p| gap(p, h) <= PROTECT_WINDOW)
    }

    /// Whether a call word sits next to `h` ("to cancel and get a refund, call …", "call us if
    /// you did not authorize this"): `h` says what the call is for.
    #[inline(never)]
    pub fn call_for(&self, h: &Hit) -> bool {
        self.calls
            .within(
                h.start.saturating_sub(UNDO_CALL_WINDOW + 96),
                h.end + UNDO_CALL_WINDOW,
            )
            .iter()
            .any(|c| gap(c, h) <= UNDO_CALL_WINDOW)
    }

    /// Whether the claim is denied: a negation at most [`NEGATION_GAP`] bytes before it, or
    /// marked on the verb right after it, with no punctuation between ("your account has not been
    /// blocked", "no viruses found", "ロックされていません").
    pub fn negated(&self, h: &Hit) -> bool {
        self.denied(h, 0.0)
    }

    /// Whether the claim is only hedged: denied by a modal ("may be", "might be", "kan worden":
    /// weight 0.5 in the `negation` lists) and by no real negation. A bank's rule ("your account
    /// may be locked") and a kit that hedges every claim both read so; the rules tell them apart.
    #[inline(never)]
    pub fn hedged(&self, h: &Hit) -> bool {
        self.denied(h, 0.0) && !self.denied(h, 1.0)
    }

    /// A claim about the reader that is only hedged: not asked, not a condition, not selling
    /// protection ("your computer might be compromised").
    #[inline(never)]
    pub fn hedged_claim(&self, h: &Hit) -> bool {
        matches!(h.cat, Cat::Infection | Cat::Lock | Cat::Compromise)
            && self.about_reader(h)
            && self.hedged(h)
            && !self.asked(h)
            && !self.conditional(h)
            && !self.shielded(h)
    }

    /// Whether the sentence of `h` opens with a condition ("Si tiene fiebre, llame ahora", "If
    /// you have symptoms, call now"): advice for whoever meets it.
    #[inline(never)]
    pub fn after_condition(&self, h: &Hit) -> bool {
        let s = self.sentence_start(h.start);
        let opens = |ix: &Index| self.opens(ix, s, h.start);
        // Or a condition marked on the verb earlier in the sentence closes its clause before `h`
        // (「身に覚えのない請求がある場合は、すぐにご連絡ください」, "… 경우 즉시"): the same advice.
        // Not a topic marker (weight 0.5: 「について」, "about"): 「お使いのコンピューターについて、
        // …ロックされました」 states the lock (forty-fifth session, review 44 R44-M3).
        let marked = self
            .conditionals_after
            .within(s, h.start)
            .iter()
            .any(|c| c.end <= h.start && c.weight >= 1.0);
        opens(&self.conditionals) || opens(&self.clauses) || marked
    }

    /// Whether a phrase of `ix` in `s..at` opens the sentence that starts at `s` (`after_condition`
    /// reads two lists so: one copy of the loop, forty-fourth session, Wasm size).
    #[inline(never)]
    fn opens(&self, ix: &Index, s: usize, at: usize) -> bool {
        ix.within(s, at)
            .iter()
            .any(|c| trim(&self.base[s..floor(self.base, c.start)]).is_empty())
    }

    /// Whether a reporting verb stands in the open clause from `from` (a condition word's end) to
    /// `to` (the claim).
    #[inline(never)]
    fn told(&self, from: usize, to: usize) -> bool {
        let between = &self.base[floor(self.base, from)..floor(self.base, to)];
        // Someone or something else, not named ("if a web page says", "wenn eine Seite meldet"):
        // a kit reports its own scan or alert ("if the scan shows your PC is infected, call").
        let first = trim_start(between).split(' ').next().unwrap_or("");
        has_word(first, INDEFINITE) && clause_open(between) && has_word(between, REPORTING)
    }

    /// Whether `h` opens the main clause after a condition on the reader's thing ("If your laptop
    /// shows a warning from our endpoint protection, do not restart it"): an IT page's advice for
    /// when it happens, not a kit's order. (A heading before the condition runs into its
    /// sentence: the text has no full stop after it.)
    #[inline(never)]
    pub fn after_reader_condition(&self, h: &Hit) -> bool {
        let s = self.sentence_start(h.start);
        self.conditionals.within(s, h.start).iter().any(|c| {
            // Or a device named just after it: an IT notice's condition may name "the PC" ("Se
            // il PC mostra un errore, chiama l'Help Desk"): help for whoever meets the case.
            let reader = !self.victims.within(c.end, c.end + 3).is_empty()
                || !self.possessives.within(c.end, c.end + 3).is_empty()
                || contains_any(
                    &self.base[floor(self.base, c.end)..floor(self.base, c.end + 12)],
                    DEVICES,
                );
            // One comma in the condition's clause, right before `h`; a clause about the page
            // itself ("if your screen shows this message, do not restart") is the kit's order.
            let clause = trim_end(&self.base[floor(self.base, c.end)..floor(self.base, h.start)]);
            reader
                && clause.ends_with(',')
                && clause.bytes().filter(|b| *b == b',').count() == 1
                && !has_word(clause, DEICTIC)
        })
    }

    /// [`Mood::negated`] by negations weighing at least `min` (1: not the hedging modals).
    #[inline(never)]
    fn denied(&self, h: &Hit, min: f32) -> bool {
        // Only auxiliaries between: no punctuation, no number ("invoice no 123 has been
        // charged"), no conjunction ("not safe and infected" claims the infection), no article
        // ("could not stop the virus": a verb and its object, the virus still claimed).
        let clear = |from: usize, to: usize| {
            let gap = &self.base[floor(self.base, from)..floor(self.base, to)];
            !gap.chars().any(|c| {
                ends_sentence(c)
                    || c.is_ascii_digit()
                    || matches!(c, ',' | ':' | '、' | '，' | '：')
            }) && !gap
                .split_whitespace()
                .any(|w| AND_WORDS.contains(&w) || DETERMINERS.contains(&w))
        };
        let before = self
            .negations
            .within(h.start.saturating_sub(NEGATION_GAP + 32), h.start)
            .iter()
            .any(|n| {
                n.weight >= min
                    && n.end <= h.start
                    && h.start - n.end <= NEGATION_GAP
                    && clear(n.end, h.start)
            });
        before
            || self
                .negations_after
                .within(h.end, h.end + NEGATION_GAP + 1)
                .iter()
                .any(|n| {
                    n.weight >= min && n.start - h.end <= NEGATION_GAP && clear(h.end, n.start)
                })
    }

    /// Whether `b` stands in the sentence of `a`, after it.
    pub fn same_sentence(&self, a: &Hit, b: &Hit) -> bool {
        b.start >= a.end && self.sentence_start(b.start) <= a.start
    }

    /// Whether `h` is what a "never ask" promise names ("your adviser will never ask for your PIN
    /// or to install remote access software", "ne vous demandera jamais … d'installer un logiciel
    /// de prise de contrôle à distance"): a bank's or a vendor's promise, the advice HangUp gives
    /// itself, not a kit's instruction. A "never" earlier in the sentence with a verb of asking
    /// next to it (within [`NEVER_ASK_REACH`] bytes), and no clause break between the "never"
    /// and `h`: kits say "never" about their own orders ("you will never unlock it unless you
    /// call … and let our technician connect with AnyDesk", "never close this page until our
    /// agent has connected"). Review 20 H2.
    #[inline(never)]
    pub fn never_asked(&self, h: &Hit) -> bool {
        let s = self.sentence_start(h.start);
        self.negations.within(s, h.start).iter().any(|n| {
            let word = &self.base[floor(self.base, n.start)..floor(self.base, n.end)];
            if n.end > h.start || !has_word(word, NEVER) {
                return false;
            }
            let between = &self.base[floor(self.base, n.end)..floor(self.base, h.start)];
            let from = n.start.saturating_sub(NEVER_ASK_REACH).max(s);
            let to = (n.end + NEVER_ASK_REACH).min(h.start);
            // Elided words are words ("n'installez jamais").
            let around =
                self.base[floor(self.base, from)..floor(self.base, to)].replace(['\'', '’'], " ");
            !between.contains([',', ';', ':'])
                && !has_word(between, NEVER_BREAKS)
                && has_word(&around, ASK_VERBS)
        })
    }

    /// Whether the page's author speaks of itself in the sentence of `h` ("Our antivirus found
    /// ransomware on the school network", "Wir haben … gefunden"): a report of what its
    /// organisation saw, not a screen's claim about the reader's machine.
    #[inline(never)]
    pub fn reported(&self, h: &Hit) -> bool {
        let (s, e) = self.sentence(h);
        !self.speakers.within(s, e).is_empty()
    }

    /// The sentence (or line) that holds `h`, at most [`SENTENCE_MAX`] bytes on each side.
    pub fn sentence(&self, h: &Hit) -> (usize, usize) {
        (self.sentence_start(h.start), self.sentence_from(h.end).1)
    }

    /// From `at` to the next sentence end (at most [`SENTENCE_MAX`] bytes on).
    pub(super) fn sentence_from(&self, at: usize) -> (usize, usize) {
        let end = floor(self.base, (at + SENTENCE_MAX).min(self.base.len()));
        let from = floor(self.base, at.min(end));
        let e = self.base[from..end]
            .char_indices()
            .find(|&(j, c)| stops_sentence(self.base, from + j, c))
            .map_or(end, |(j, _)| from + j);
        (from, e)
    }

    /// Whether the page puts the reader's own thing under a condition ("if your computer shows
    /// a warning", "wenn Ihr Rechner …", "si su equipo …"): it tells what to do if it happens,
    /// so it does not claim that it has.
    #[inline(never)]
    pub fn reader_conditional(&self) -> bool {
        self.victims
            .hits
            .iter()
            .chain(self.possessives.hits.iter())
            .any(|v| self.conditional(v))
    }

    /// Whether the lock or sign-in claim `h` is a routine lockout: the reader's own failed entries
    /// are named as its cause within [`CLAIM_WINDOW`] bytes ("your account is locked after too
    /// many failed sign-in attempts", "nach drei falschen PIN-Eingaben gesperrt"), and nobody
    /// else is said to have got in (a compromise phrase there that is not those failed entries:
    /// "failed sign-in attempts from an unknown device"). An IT or help page explains its
    /// lockout policy so; a kit blames an intruder or malware, or it would have nothing to fear,
    /// and presses (do not close, your files at risk): with any of that on the page the
    /// failed entries are its pretext, not a policy (review, fifteenth session).
    #[inline(never)]
    pub fn routine_lockout(&self, h: &Hit) -> bool {
        let around = |ix: &Index<'a>, w: usize| -> Vec<&'a Hit> {
            ix.within(h.start.saturating_sub(w + 96), h.end + w)
                .iter()
                .copied()
                .filter(|x| gap(x, h) <= w)
                .collect()
        };
        // The cause may stand a sentence away: "Lost your card? Call 0800 … (24 hours a day).
        // Your card will be blocked" (review 44 M2): `LOCKOUT_WINDOW`.
        // Not a cause denied ("if you have not lost your card, call …", "카드 분실이 아니라면"):
        // a kit rules out the reader's own reason (review 45 M7).
        let mut lockouts = around(&self.lockouts, LOCKOUT_WINDOW);
        lockouts.retain(|l| !self.cause_denied(l));
        let inside = |c: &Hit| lockouts.iter().any(|l| l.start < c.end && c.start < l.end);
        !self.pressure
            && !lockouts.is_empty()
            && around(&self.compromises, CLAIM_WINDOW)
                .iter()
                .all(|c| inside(c))
    }

    /// Whether the reader's own cause of a lock is denied: a negation before it ("if you have
    /// not lost your card", "si no ha perdido su tarjeta") or inside it ("Bent u uw pas niet
    /// kwijt?").
    fn cause_denied(&self, l: &Hit) -> bool {
        self.denied(l, 1.0)
            || self
                .negations
                .within(l.start + 1, l.end)
                .iter()
                // Not its first word: French "pas" (not) is Dutch "pas" (card).
                .any(|n| n.weight >= 1.0 && n.end <= l.end)
    }

    /// banks46 (review 45 M7): a lock stated to the reader whose own cause the page denies, with
    /// a call for it ("Your card has been blocked after a payment of $980.00 abroad. If you have
    /// not lost your card, call …"): someone else used the card, the kit's compromise. A bank's
    /// "Lost your card? Call us … your card will be blocked" states no lock and denies nothing.
    pub fn disowned_lock(&self, locks: &[&Hit]) -> Option<&'a Hit> {
        self.lockouts.hits.iter().copied().find(|l| {
            self.cause_denied(l)
                && self.call_for(l)
                && locks.iter().any(|k| gap(k, l) <= LOCKOUT_WINDOW)
        })
    }

    /// Whether the lock `h` is one still to come that the reader avoids alone: an IT desk's
    /// password-expiry notice ("if you do not change your password, your account will be
    /// locked; change it on the self-service portal; if you need help, call the service desk",
    /// review 25 H5 and review 26 H1) names the reader's own remedy and makes its absence the
    /// lock's condition in the lock's sentence (weight 2 in the lists), and offers its call only
    /// as help. A lock already made ("has been locked … reset your password yourself, or call")
    /// is no avoidable one (review 27 H2). Not what a call is for: a call word before a remedy
    /// in its sentence ("call us to reset your password"), or after it with no "or" right before
    /// ("to reset your password, call now"); not a remedy denied ("do not change your
    /// password"); not a device's lock, nor beside an intrusion ("after a suspicious sign-in");
    /// and no kit's pressure on the page.
    #[inline(never)]
    pub fn self_served(&self, h: &Hit) -> bool {
        let from = self.sentence_start(h.start);
        let (_, end) = self.sentence(h);
        let device = self.victims.within(from, end).iter().any(|v| {
            let w = &self.base[floor(self.base, v.start)..floor(self.base, v.end)];
            contains_any(w, DEVICES)
        });
        let selves = self.selves.within(from, h.end + SENTENCE_MAX).to_vec();
        // No call in the remedy's sentence: not what a call is for ("call us to reset your
        // password"), nor the call as the other way out ("… or call our security desk"): a desk
        // offers its number as help, in a sentence of its own.
        let uncalled = |r: &Hit| {
            let (s, e) = self.sentence(r);
            self.calls.within(s, e).is_empty()
        };
        let conditioned = |r: &Hit| r.weight > 1.0;
        let inside = |r: &Hit| {
            selves
                .iter()
                .any(|c| conditioned(c) && c.start <= r.start && r.start < c.end)
        };
        // Nor pressure anywhere on the page but in a sentence of the reader's own remedy: a desk
        // presses the remedy ("ändern Sie Ihr Passwort umgehend"), a kit the way out, whether in
        // the call's sentence ("rufen Sie sofort an"), the one before it ("Handeln Sie sofort!"),
        // a headline ("Letzte Warnung!") or a paragraph on (review 29 B-H2).
        let remedy = |u: &Hit| {
            self.selves.hits.iter().any(|r| {
                let (s, e) = self.sentence(r);
                s <= u.start && u.start < e && uncalled(r)
            })
        };
        let pressed = self.urgencies.hits.iter().any(|u| !remedy(u));
        !self.pressure
            && !device
            && !pressed
            && self
                .compromises
                .within(from, h.end + SENTENCE_MAX)
                .is_empty()
            && selves
                .iter()
                .any(|r| conditioned(r) && r.start < end && uncalled(r))
            && selves
                .iter()
                .any(|r| !conditioned(r) && !inside(r) && !self.negated(r) && uncalled(r))
    }

    /// Whether the "do not close" `h` waits for a payment or an order to finish ("Please do not
    /// close your browser until the receipt appears", 「決済が完了するまでブラウザを閉じないで
    /// ください」): a checkout's instruction, not a kit's threat. Its sentence says until or
    /// while and names the process; a kit's "do not close this window until you call" names none.
    #[inline(never)]
    pub fn while_processing(&self, h: &Hit) -> bool {
        let (s, e) = self.sentence(h);
        let t = &self.base[s..e];
        // Not when the sentence gives a number: "do not close this page, call 0120-555-144 until
        // the payment is stopped" is a kit's (review 19 M3).
        contains_any(t, UNTIL)
            && contains_any(t, PROCESS)
            && t.bytes().filter(u8::is_ascii_digit).count() < 6
    }

    /// Whether the lock or "do not close" `h` is an exam's rule: its sentence names the exam,
    /// the lock until or during it ("Your screen is locked until the exam ends", "Ihr Bildschirm
    /// ist bis zum Ende der Prüfung gesperrt"; "do not close" beside it: "Verlassen Sie diese
    /// Seite nicht, sonst wird die Prüfung beendet"), and gives no number. A proctored exam locks
    /// the screen in full screen and shows its helpline (eval23). Read only on a page that poses
    /// as no brand and claims no infection or error (claims.rs): a kit's "security exam" does.
    #[inline(never)]
    pub fn exam(&self, h: &Hit) -> bool {
        let (s, end) = self.sentence(h);
        // With its stop: " exam." ends the sentence that names it ("Your screen is locked during
        // the exam."), and `end` stands before that stop.
        let t = &self.base[s..floor(self.base, (end + 1).min(self.base.len()))];
        // The lock's subject from the reader's possessive before it on: a heading with no stop
        // runs into the sentence ("Secure exam browser Your screen is locked …"), and its
        // browser is the exam's, not the reader's device.
        let from = self
            .possessives
            .within(s, h.start)
            .last()
            .map_or(s, |p| p.start);
        contains_any(t, EXAM)
            && (h.cat != Cat::Lock
                || contains_any(t, UNTIL)
                    // An exam locks its screen or window, never the computer (review 27 H1:
                    // "Your computer has been locked until the exam ends").
                    && contains_any(t, SCREEN)
                    && !device_in(&self.base[from..end]))
            && t.bytes().filter(u8::is_ascii_digit).count() < 6
    }

    /// Whether the sentence of `h` names the reader's device, its system or its browser, which
    /// no exam or game locks or forbids to restart (review 27 H1, review 28: "Windows has been
    /// locked until the exam ends", "start uw computer niet opnieuw op").
    #[inline(never)]
    pub fn device(&self, h: &Hit) -> bool {
        let (s, e) = self.sentence(h);
        device_in(&self.base[s..e])
    }

    /// Whether a sentence that asks for a call is about unlocking something ("To unlock your
    /// computer, call the exam technician"): an exam's helpline answers problems, a kit sells the
    /// unlock (review 27 H1).
    #[inline(never)]
    pub fn unlock_call(&self) -> bool {
        self.calls.hits.iter().any(|c| {
            let (s, e) = self.sentence(c);
            contains_any(&self.base[s..e], UNLOCK)
        })
    }

    /// Whether the page shows two parts of an exam's or a game's own frame: a question counter
    /// ("Question 7 of 30", "Aufgabe 5 von 12"), a level, a score or lives with their number, the
    /// time left, an automatic submission, a proctor, "game over", high scores, progress to lose
    /// (review 24 M2). Read only where no kit's pressure is (claims.rs).
    #[inline(never)]
    pub fn app(&self) -> bool {
        let b = self.base;
        // The rest after `w` and a number ("level 3", "question 7 of 30").
        let numbered = |(k, w): (usize, &str)| {
            any_match(b, w, &mut |i| {
                let r = trim_start_by(&b[i + w.len()..], |c| c == ' ' || c == ':');
                let n = trim_start_by(r, |c| c.is_ascii_digit());
                n.len() < r.len()
                    // A fake scan's "Threat level 5. Risk score 98." is no game (review 27 M4),
                    // nor its "Dreigingsniveau 5", "Riesgo nivel 5" (review 28): the 12 bytes
                    // before the word.
                    && !contains_any(&b[floor(b, i.saturating_sub(12))..i], RISK)
                    && (k >= 7
                        || n.split(' ')
                            .nth(2)
                            .is_some_and(|d| d.starts_with(|c: char| c.is_ascii_digit())))
            })
        };
        // One word is a list of one: the shared search, not another inlined copy.
        APP.split('|').filter(|w| contains_any(b, w)).count()
            + NUMBERED
                .split('|')
                .enumerate()
                .filter(|x| numbered(*x))
                .count()
            >= 2
    }

    /// Whether the page says it is a game: it names itself one ("typing game", "jeu de
    /// réflexion", 「ゲーム」), its story says it is the game's ("(dans le jeu)", "这是游戏剧情"),
    /// or it shows a game's or an exam's frame ([`Mood::app`]). Its theme is then play (review 40
    /// H4; signals/mod.rs).
    #[inline(never)]
    pub fn game(&self) -> bool {
        starts_word(self.base, GAME) || self.app()
    }

    /// Whether the page names an exam anywhere (its title, its course's heading).
    /// Or shows a test by its shape (review 44 R44-H2: a "QCM", a "Timed assessment" that name
    /// no exam): answer choices marked "b)" and "c)" (or "b." and "c.").
    pub fn exam_named(&self) -> bool {
        contains_any(self.base, EXAM)
            || contains_any(self.base, " b) | b. ") && contains_any(self.base, " c) | c. ")
    }

    /// Whether `h` stands in a sentence that asks for a call, and the sentence before it is no
    /// question: "Call now: …" presses, "Technical problem during the exam? Call the exam
    /// helpdesk immediately on …" answers one (an app's clock is no call: [`Mood::app`]).
    #[inline(never)]
    pub fn stated_call(&self, h: &Hit) -> bool {
        let (s, e) = self.sentence(h);
        !self.calls.within(s, e).is_empty() && !self.after_question(s)
    }

    /// Whether the sentence that starts at `s` comes right after a question.
    #[inline(never)]
    fn after_question(&self, s: usize) -> bool {
        trim_end(&self.base[..s]).ends_with(['?', '？'])
    }

    /// Neither a question, a condition nor denied, nor an item of a list that answers a question.
    #[inline(never)]
    pub fn stated(&self, h: &Hit) -> bool {
        !self.asked(h)
            && !self.conditional(h)
            && !self.negated(h)
            && !self.quoted_verdict(h)
            && !self.listed(h)
    }

    /// Whether the claim `h` is one item of a list of three or more (two separators or more in
    /// its sentence) that names no reader's thing and comes right after a question: a repair
    /// shop's symptoms ("Does your laptop show any of these signs? Infected with a virus, screen
    /// locked, fans running loud", 「こんな症状はありませんか？ウイルスに感染した、画面がロックされた、
    /// 警告音が鳴り止まない」, "您的电脑是否有以下症状？感染病毒、屏幕被锁定、…"): what a customer
    /// may have, not what the reader's device has (review 45 R45-H7). A kit states its claims
    /// of the reader's thing ("Is your PC safe? Your computer is infected, your files …") or
    /// threatens beside its list ("do not close this window", a loss of data).
    #[inline(never)]
    fn listed(&self, h: &Hit) -> bool {
        if !matches!(h.cat, Cat::Infection | Cat::Lock | Cat::Compromise) {
            return false;
        }
        let (s, e) = self.sentence(h);
        // Thai writes no spaces between words: a space parts its items (and its clauses).
        let (mut items, mut spaces, mut thai) = (0, 0, false);
        for c in self.base[s..e].chars() {
            match c {
                ',' | '、' | '，' | '،' => items += 1,
                ' ' => spaces += 1,
                '\u{e00}'..='\u{e7f}' => thai = true,
                _ => {}
            }
        }
        items + if thai { spaces } else { 0 } >= 2
            && !self.threat
            && self.after_question(s)
            && self.victims.within(s, e).is_empty()
            && self.possessives.within(s, e).is_empty()
    }

    /// Whether `h` stands inside a quotation on its line that a verdict follows right after the
    /// closing mark ('si aparece "su equipo está bloqueado, llame a Microsoft", es una estafa',
    /// '"máy tính của bạn bị khóa, hãy gọi Microsoft", đó là lừa đảo'): a repair shop or a news
    /// story telling what an alert says and what it is, beside its own number (twentieth
    /// session). A kit does not call its own words a scam.
    #[inline(never)]
    pub fn quoted_verdict(&self, h: &Hit) -> bool {
        if self.verdicts.hits.is_empty() {
            return false;
        }
        let lo = floor(self.base, h.start.saturating_sub(QUOTE_REACH));
        let before = &self.base[lo..floor(self.base, h.start)];
        let before = &before[before.rfind('\n').map_or(0, |i| i + 1)..];
        // The quotation still open at the claim: an odd count of straight quotes, or an opening
        // mark after the last closing one.
        let straight = before.matches('"').count() % 2 == 1;
        let curly = before
            .rfind(['“', '„', '«', '「', '‘'])
            .is_some_and(|o| !before[o..].contains(['”', '»', '」', '’']));
        if !straight && !curly {
            return false;
        }
        let hi = floor(self.base, (h.end + QUOTE_REACH).min(self.base.len()));
        let after = &self.base[floor(self.base, h.end)..hi];
        let after = &after[..after.find('\n').unwrap_or(after.len())];
        let Some(close) = after.find(['"', '”', '»', '」', '’', '“']) else {
            return false;
        };
        let at = h.end + close;
        self.verdicts
            .within(at, at + VERDICT_AFTER_QUOTE)
            .iter()
            .any(|v| !self.base[at..v.start].contains(['.', '!', '?', '\n']))
    }
}

/// At most this many bytes from a claim to its quotation's marks ([`Mood::quoted_verdict`]).
const QUOTE_REACH: usize = 240;

/// At most this many bytes from a quotation's closing mark to the verdict on it.
const VERDICT_AFTER_QUOTE: usize = 24;

/// "Never" in the `negation` lists (normalised: accents dropped). Not German/Polish "nie"
/// (Polish "not"). Slovenian and Croatian "nikoli", "nikada": a shop's "we will never ask you for
/// remote access" beside its refund terms (forty-third session).
const NEVER: &str = "never jamais nunca jamas mai nooit niemals nigdy aldrig aldri nikdy nikoli \
    nikada никогда asla 从未 從未";

/// At most this many bytes between a "never" and its verb of asking ("will never ask", "ne vous
/// demandera jamais").
const NEVER_ASK_REACH: usize = 24;

/// Verbs of asking a "never" promise is made with, and the advice's own verbs ("never give
/// remote access to someone who calls you", "n'installez jamais AnyDesk"; normalised).
const ASK_VERBS: &str = "ask asks request requests demand require demandera demanderons demande \
    demander pedira pediremos pide pedir solicitara chiedera chiederemo chiede chiedere vraagt \
    vragen fragen fragt bitten auffordern fordern pede pedimos prosi poprosi prosili traziti ber \
    beder kraver \
    give grant install download share allow donnez donner installez installer telechargez \
    instale instalar descargue descargar geben installieren herunterladen installeer geef \
    installare scaricare dare verlangen verlangt exigeons exiger";

/// Words that end the clause a "never" governs: what follows is the kit's order ("unless you
/// call", "until our agent has connected").
const NEVER_BREAKS: &str =
    "unless until before sauf avant jusqu hasta antes salvo bis bevor ausser \
    finche prima tranne tenzij voordat totdat";

/// Verbs that report what someone or something else says or shows (normalised: lower case,
/// accents dropped).
const REPORTING: &str = "says shows claims tells warns sagt zeigt meldet dit affiche dice muestra mostra diz zegt toont";

/// "Until", "while", "during" (normalised, `|`-separated; spaced words keep a space so that they
/// are words).
const UNTIL: &str = "duration |dauer |duree |duracion |durata |duur |tijdens |until |till |while |during |bis |wahrend |solange |jusqu|pendant |hasta |mientras |finche |fino a |durante |ate |totdat |tot |zolang |まで|中は|dopoki |пока |до конца |kadar|까지|直到|tills |indtil ";

/// Bytes before a screen phrase read for a lead-in that announces it (`SEE`).
const SHOWN_REACH: usize = 120;

/// Verbs of seeing, showing, saying or reading (en de fr es it nl pl pt; normalised): a lead-in that
/// announces the screen shown after it. Each starts a word; one ending in `=` is a whole word
/// ("see", not "seems"; "look", not "lookup"); Spanish "verá" only before its object ("verá esta
/// pantalla"; Italian "la vera causa" is "true").
const SEE: &str = "see=|look=|looks=|will display|displays=|reads=|says=|shows=|sieht|sehen=|aussehen=|angezeigt=|verrez|voir=|affiche=|affichera|vera est|vera el=|vera la=|vera lo=|vera un|ver=|mostrara=|mostrar=|mostrera|mostrato=|vedr|visualizz|ziet|zien=|zobacz";

/// "While", "during", "until" (en de fr es it nl pt): a screen phrase after one tells when a
/// screen shows ("Zolang de updates worden geïnstalleerd: zet uw computer niet uit").
const WHILE: &str =
    "while during until wahrend solange pendant mientras durante mentre zolang terwijl tijdens enquanto";

/// What a checkout waits for: the payment, the order, its receipt or confirmation being
/// processed (normalised stems; the Nordic "til"/"mens" are too common to be told apart).
const PROCESS: &str = "payment|receipt|confirmation|processed|processing|transaction|zahlung|bestatigung|verarbeit|paiement|recu |traitement|pago|recibo|procesa|pagamento|ricevuta|elabora|betaling|verwerk|決済|処理|支払|platno|płatno|платеж|odeme|결제|처리|支付|处理|betalning|kvitt";

/// An exam, in its sentence (normalised; spaced words keep a space so that they are words, and
/// "example", "examination" or "Überprüfung", a check, are none): "exam", "examen", "Prüfung",
/// "Klausur", "esame", "exame", "egzamin", "tentamen", "zkouška", "vizsga", "экзамен", 「試験」,
/// "시험", "考试".
const EXAM: &str = " exam | exam.| exams|examen| prueba|epreuve| partiel| prufung|klausur|esame|exame|egzamin|tentam|zkousk|vizsga|экзамен|試験|시험|考试";

/// A game, named or played (normalised; each starts a word, one ending in `=` is a whole word:
/// "jeu", not "enjeu"; "spiel", not "Beispiel"; "gra", not "graphic"): en fr de es it pt nl sv pl
/// cs ru tr ja zh ko, and a game's controls.
const GAME: &str = "game|jeu=|jeux=|spiel|juego|gioc|jogo|spel|gra=|grze=|hra=|oyun| игр|wasd=|play=|ゲーム|游戏|게임";

/// Whether `host` is a school's or a university's: an `edu` or inner `ac` label (`example.edu`,
/// `example.ac.uk`, `example.edu.au`) or a word of it that names the institution. "uni" at a
/// word's start (`uni-beispiel.de`, `univ-lyon.fr`, and the one-word hosts many universities use:
/// `unibo.it`, `unistra.fr`, `unizar.es`), not a common English word that starts so
/// ("unicorn-support", "unity-desk": review 42 HN42-H1); inside a word it is no mark
/// ("community", "myuniverse").
pub fn institution(host: &str) -> bool {
    starts_word(host, "edu=|education=|educacion=|educacao=|educazione=")
        || starts_word(host, "uni") && !starts_word(host, "unicorn|unity|unique|united|union|unix")
        || contains_any(host, ".ac.|hochschul|college|school")
}

/// What an exam locks: its screen, window or page (normalised).
const SCREEN: &str = "screen|bildschirm|ecran|ecra|pantalla|schermo|scherm|tela|window|fenster|fenetre|ventana|finestra|venster|janela|seite|page|pagina|画面|экран|屏幕|화면|ekran";

/// The reader's device, its system or its browser, which no exam locks (normalised; a lockdown
/// browser says the exam's window is locked).
const DEVICE: &str = "computer|ordinateur|rechner|equipo|ordenador|computador|pc |pc,|pc)|device|gerat|appareil|dispositivo|apparaat|laptop|notebook|portable|tablet|ipad|chromebook|handy|smartphone|system|windows|mac |mac,|mac)|macbook|iphone|android|browser|navega|navigat";

/// Unlocking, unblocking, restoring or getting access back, in a call's sentence (normalised; an
/// exam's helpline answers problems, review 28 E-H1 and review 29 E-H4).
const UNLOCK: &str = "unlock|unblock|restor|regain|reactiv|riattiv|recuper|entsperr|freischalt|freigeb|freizugeb|entriegel|wiederherst|deverrouill|debloqu|retabl|desbloque|restablec|sblocc|ripristin|ontgrendel|deblokk|ontblok|herstel|vrij te geven|vrijgeven|acces|acesso|zugang|toegang";

/// Words that make a level or a score a threat's, not a game's (normalised; just before it, or a
/// compound's first part: "Dreigingsniveau", "Risicoscore", "Bedrohungslevel").
const RISK: &str = "threat|risk|risic|risq|riesg|rischi|risco|secur|segur|sicher|sicurezza|veilig|danger|gefahr|pelig|pericol|perig|virus|infect|malware|dreiging|bedrohung|menace|amenaza|minacc|ameaca";

/// An exam's or a game's frame, in words (normalised; see [`Mood::app`]).
/// At most this many bytes from a question's label to what it quotes ([`Mood::quizzed`]).
const QUIZ_REACH: usize = 240;

/// Labels of an exam's numbered questions (normalised; [`Mood::quizzed`]).
const QUESTION: &str = "question|frage|aufgabe|pregunta|domanda|vraag|questao|pytanie|otazka|kerdes|intrebarea|soru|cau|вопрос|задание|питання|問題|問|문제|문항|问题|題|题";

const APP: &str = "time remaining|time left|restzeit|temps restant|tiempo restante|tempo rimanente|resterende tijd|tempo restante|submitted|automatisch abgegeben|proctor|game over|high score|progress will be lost|fortschritt geht verloren|vote for|lines close|calls cost";

/// Words an exam's or a game's frame gives a number ([`Mood::app`]); the first seven count
/// questions, with a second number two words on ("question 7 of 30", "Aufgabe 5 von 12").
const NUMBERED: &str = "question |frage |aufgabe |pregunta |domanda |vraag |questao |level|niveau|nivel|livello|score|punkte|puntos|punti|lives|leben|vies|vidas|vite";

/// "Now", "at once" in a call's sentence (normalised): a kit presses its call ("If your
/// computer shows an error, call the help desk now on …"); a desk offers its line.
/// Bytes a shown screen's sentence holds besides its phrases ([`Mood::screen_shown`]: " 27%
/// complete ", " Please wait ").
const SHOWN_BYTES: usize = 24;

const NOW: &str = "now immediately today asap jetzt sofort umgehend heute maintenant immediatement aujourd ahora inmediatamente hoy ya ora subito adesso oggi agora imediatamente hoje nu direct meteen vandaag";

/// Indefinite subjects: someone or something the page does not name ("a", "eine", "un" …).
const INDEFINITE: &str = "a an any some someone somebody anyone ein eine einer jemand un une una uno quelqu alguien qualcuno een iemand";

/// Words pointing at the page itself ("this message", "diese Meldung", "ce message" …).
const DEICTIC: &str =
    "this these diese dieser dieses ce cet cette ces este esta estos estas questo questa deze dit";

/// Whether `t` holds one of the `|`-separated strings of `list` (one copy of the substring
/// search for every list: each `split('|').any(contains)` inlined its own, review 27 size).
#[inline(never)]
fn contains_any(t: &str, list: &str) -> bool {
    list.split('|').any(|w| has(t, w))
}

/// Whether one of the `|`-separated strings of `list` starts a word of `t` (no ASCII letter or
/// digit before it); one that ends in `=` must also end the word ("see=" is not in "seems").
#[inline(never)]
fn starts_word(t: &str, list: &str) -> bool {
    let b = t.as_bytes();
    let letter = |i: usize| b.get(i).is_some_and(u8::is_ascii_alphanumeric);
    list.split('|').any(|e| {
        let e = e.as_bytes();
        let whole = e.last() == Some(&b'=');
        let w = &e[..e.len() - usize::from(whole)];
        (0..b.len()).any(|i| {
            b[i..].starts_with(w) && !(i > 0 && letter(i - 1)) && !(whole && letter(i + w.len()))
        })
    })
}

/// Whether a word of `t` (split at spaces) is one of the space-separated words of `list`.
#[inline(never)]
fn has_word(t: &str, list: &str) -> bool {
    t.split(' ')
        .any(|w| !w.is_empty() && list.split(' ').any(|x| x == w))
}

/// "Or" in the languages with a `conditional_clause` list: ", or your account has been locked"
/// continues the condition's clause (words of spaced scripts end with their space).
const OR_WORDS: [&str; 11] = [
    "or ", "oder ", "ou ", "o ", "of ", "eller ", "lub ", "albo ", "nebo ", "или ", "或",
];

/// A device's names in the victim phrases ("your computer", "Ihr Rechner"; `|`-separated for
/// `contains_any`): its lock is no password expiry (`Mood::self_served`).
const DEVICES: &str =
    "computer|pc|device|laptop|mac|ordinateur|appareil|rechner|gerat|apparaat|equipo|dispositiv|computador|ordenador";

/// Whether `t` names the reader's device, its system or its browser ([`Mood::device`]).
fn device_in(t: &str) -> bool {
    // "Mac" and "PC" are words ("mac " in DEVICE): also where they end the sentence ("or
    // restart this Mac.", review 28 E-M2).
    contains_any(t, DEVICE) || t.ends_with(" mac") || t.ends_with(" pc")
}

/// Whether the negation `n` is Russian "не" or "нет" read as Latin "he" or "het" before a Latin
/// word (see `Mood::new`).
fn look_alike_denial(base: &str, n: &Hit) -> bool {
    matches!(base.get(n.start..n.end), Some("he" | "het"))
        && base
            .get(n.end..)
            .and_then(|r| trim_start(r).chars().next())
            .is_some_and(|c| c.is_ascii_alphabetic())
}

/// The German and Dutch possessives of the reader that open a verb-final claim.
const VERB_FINAL_POSSESSIVES: [&str; 7] = ["ihr", "ihre", "dein", "deine", "uw", "jouw", "je"];

/// Finite verbs of a done event or a state in German and Dutch (past and perfect passive,
/// "ist gesperrt"): not "wird"/"wordt" (a rule or a future), not the subjunctive of reported
/// speech ("sei", "zou").
const DONE_AUX: [&str; 12] = [
    "wurde", "wurden", "ist", "sind", "war", "waren", "is", "zijn", "werd", "werden", "was",
    "waren",
];

/// "And", "or", "but" in the languages HangUp reads: a denial does not reach past them. (Not
/// Italian and Portuguese "e": accents folded, it is also "è" of "non è stato bloccato".)
const AND_WORDS: [&str; 30] = [
    "and", "or", "but", "und", "oder", "aber", "et", "ou", "mais", "y", "o", "pero", "ma", "mas",
    "en", "of", "maar", "og", "eller", "men", "och", "i", "lub", "ale", "a", "и", "или", "но",
    "ve", "ama",
];

/// Articles and determiners: a noun phrase starts, so the denial was about a verb before it.
const DETERMINERS: [&str; 34] = [
    "the", "a", "an", "this", "that", "these", "those", "any", "der", "die", "das", "den", "dem",
    "ein", "eine", "einen", "le", "la", "les", "un", "une", "des", "du", "el", "los", "las", "una",
    "il", "lo", "gli", "os", "het", "een", "de",
];

/// Whether a condition's clause still runs over `between` (the text from the condition to the
/// claim): no comma, or only commas followed by "or".
fn clause_open(between: &str) -> bool {
    // A comma right after the clause's words opens reported speech ("wenn jemand behauptet, Ihr
    // Konto sei gehackt"): it does not close the clause.
    let between = trim_start(between);
    let between = between.strip_prefix([',', '、', '，']).unwrap_or(between);
    between.split([',', '、', '，']).skip(1).all(|rest| {
        let rest = trim_start(rest);
        // German "dass" goes on with the condition's clause ("Wenn sich aus dem Bescheid
        // ergibt, dass Sie Anspruch auf eine Erstattung haben, …": review 21 H4).
        OR_WORDS.iter().any(|w| rest.starts_with(w)) || rest.starts_with("dass ")
    })
}

fn gap(a: &Hit, b: &Hit) -> usize {
    if a.end <= b.start {
        b.start - a.end
    } else {
        a.start.saturating_sub(b.end)
    }
}

/// `i` (at most `s.len()`) moved back to a char boundary of `s`.
#[inline(never)]
pub(super) fn floor(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// One family's claim: its strength and the hit to quote.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Claim<'a> {
    pub weight: f32,
    pub hit: &'a Hit,
}

/// "Your account has been compromised", "unusual sign-in to your account", "your data leaked":
/// [`ACCOUNT_CLAIM`] by distinct phrases.
pub fn account<'a>(mood: &Mood, hits: &'a [Hit]) -> Option<Claim<'a>> {
    let found = super::near::kept(hits, &mut |h| {
        h.cat == Cat::Compromise
            && mood.addressed(h)
            && !mood.shielded(h)
            && !mood.routine_lockout(h)
    });
    let first = *found.first()?;
    Some(Claim {
        weight: ACCOUNT_CLAIM.of(super::near::distinct_phrases(&found)),
        hit: first,
    })
}

/// "You have been charged $399", "your subscription has been renewed … to cancel, call": a
/// charge stated, addressed to the reader or with a second charge or refund phrase (an invoice
/// lure rarely says "your"). [`CHARGE_CLAIM`], more from several distinct phrases.
pub fn charge<'a>(mood: &Mood, hits: &'a [Hit]) -> Option<Claim<'a>> {
    stated_charge(mood, hits).or_else(|| {
        receipt(mood, hits)
            .filter(|_| !mood.own_site)
            .map(|hit| Claim {
                weight: CHARGE_CLAIM,
                hit,
            })
    })
}

fn stated_charge<'a>(mood: &Mood, hits: &'a [Hit]) -> Option<Claim<'a>> {
    let stated = super::near::kept(hits, &mut |h| match h.cat {
        Cat::Charge | Cat::Refund => mood.stated(h),
        Cat::Transaction => !mood.own_site && mood.stated(h) && mood.transaction_happened(h),
        _ => false,
    });
    // A charge itself must be stated ("has been renewed"); "to cancel" or "refund" (lexicon
    // weight 0.5) only say what the call is for.
    let event = *stated
        .iter()
        .find(|h| matches!(h.cat, Cat::Charge | Cat::Transaction) && h.weight >= 1.0)?;
    // And the page must send the reader to a phone to undo it: a shop's product page describes
    // its renewal ("subscription automatically renewed each year") next to a sales number.
    // Not a word of the charge itself: "Anspruch auf eine Erstattung" (an entitlement to a
    // refund) holds "Erstattung", what a call about a charge is for; one phrase is one claim, not
    // the event and its undoing (review 21 H4, M5).
    let events = || {
        hits.iter()
            .filter(|e| matches!(e.cat, Cat::Charge | Cat::Transaction) && e.weight >= 1.0)
    };
    let undo = |h: &&Hit| {
        (h.cat == Cat::Refund || h.weight < 1.0)
            && mood.call_for(h)
            && !events().any(|e| e.start < h.end && h.start < e.end)
    };
    if !hits
        .iter()
        .filter(|h| matches!(h.cat, Cat::Charge | Cat::Refund))
        .any(|h| undo(&h))
    {
        return None;
    }
    let addressed = stated.iter().any(|h| mood.about_reader(h));
    let k = super::near::distinct_phrases(&stated);
    if !(addressed || k >= 2) {
        return None;
    }
    Some(Claim {
        weight: if k >= CHARGE_MANY_PHRASES {
            CHARGE_CLAIM_MANY
        } else {
            CHARGE_CLAIM
        },
        hit: event,
    })
}

/// Question words that open a help page's headline ("What to do about an unauthorized
/// transaction", "Wie melde ich eine nicht autorisierte Transaktion?"): the topic, not the event.
const QUESTION_WORDS: [&str; 14] = [
    "what", "how", "when", "why", "wie", "was", "wann", "warum", "wat", "hoe", "wanneer", "jak",
    "co", "kiedy",
];

/// Words that state a transaction happened (en, de, nl, pl; lower-case, accents folded):
/// found, made, or there.
const HAPPENED: [&str; 30] = [
    "detected",
    "we noticed",
    "we have noticed",
    "we've noticed",
    "identified",
    "flagged",
    "we blocked",
    "there is",
    "there was",
    "there has been",
    "has been",
    "have been",
    "was made",
    "were made",
    "festgestellt",
    "erkannt",
    "wurde",
    "es gab",
    "gedetecteerd",
    "vastgesteld",
    "er is",
    "is er",
    "uitgevoerd",
    "gedaan",
    "wykryto",
    "wykrylismy",
    "odnotowalismy",
    "zarejestrowano",
    "dokonano",
    "została",
];

/// How far before the reader's "not you?" a receipt's sum may stand (bytes).
const RECEIPT_WINDOW: usize = 240;

/// A receipt as refund lures show it: a sum of money, then the reader asked whether it was them,
/// with a call to undo it ("You sent $980.00 … Didn't authorize this payment? Call …",
/// "… 1.149,00 € … Nicht von Ihnen? Rufen Sie … an, um die Zahlung zu stornieren", 「¥128,000 …
/// このご請求に心当たりがない場合は…お電話ください」): the sum is the charge stated. A shop's
/// receipt says so too; the rules want the brand off its own site besides (score.rs).
fn receipt<'a>(mood: &Mood, hits: &'a [Hit]) -> Option<&'a Hit> {
    let b = mood.base;
    hits.iter().find(|h| {
        h.cat == Cat::Refund
            && (mood.asked(h) || mood.conditional(h) || mood.after_condition(h))
            && mood.call_for(h)
            && shows_money(&b[floor(b, h.start.saturating_sub(RECEIPT_WINDOW))..floor(b, h.start)])
    })
}

/// Whether char `c` at byte `i` of `b` ends its sentence, a dot between digits not
/// (`transaction_happened` reads both ways: one copy, forty-fourth session, Wasm size).
/// Forty-fifth session (L44-H1): every sentence of `Mood` too ("R$ 1.250,00" is one sum, so a
/// modal after it is in the threat's sentence), and a gap's stops ([`any_stop`]).
#[inline(never)]
pub(super) fn stops_sentence(b: &str, i: usize, c: char) -> bool {
    let digit_at = |i: usize| b.as_bytes().get(i).is_some_and(u8::is_ascii_digit);
    ends_sentence(c) && !(c == '.' && i > 0 && digit_at(i - 1) && digit_at(i + 1))
}

/// Whether `t` holds a sentence's end ([`stops_sentence`]: a sum's dot is none).
pub(super) fn any_stop(t: &str) -> bool {
    t.char_indices().any(|(i, c)| stops_sentence(t, i, c))
}

/// Whether `t` shows a sum of money: a currency sign or code in a word with a digit or next to
/// one ("$980.00", "1.149,00 €", "1 299,00 zł", "EUR 699", "¥128,000").
#[inline(never)]
pub(super) fn shows_money(t: &str) -> bool {
    let (mut digit_before, mut money_before) = (false, false);
    t.split(' ').any(|w| {
        let digit = w.bytes().any(|c| c.is_ascii_digit());
        // Korean won after its number, with a particle or glued ("30만 원을", "50000원").
        // A code glued before its sum ("RM1,500", "Rp50.000": forty-sixth session, police47)
        // is money too: the letters before the first digit.
        let glued = w.split(|c: char| c.is_ascii_digit()).next().unwrap_or("");
        let money = w.contains([
            '$', '€', '£', '¥', '￥', '₩', '₹', '₺', '₽', '₪', '₴', '円', '元',
        ]) || w.starts_with('원')
            || digit && (has(w, "원") || has(w, "บาท"))
            || digit && glued.len() < w.len() && CURRENCY_CODES[..COINS].contains(&glued)
            || CURRENCY_CODES.contains(&trim_by(w, |c| c.is_ascii_punctuation()))
            || CURRENCY_STEMS.iter().any(|s| w.starts_with(s));
        let found = (money && (digit || digit_before)) || (money_before && digit);
        (digit_before, money_before) = (digit, money);
        found
    })
}

/// Whether `t` asks for a card's codes to tell its balance ("call us and read us the codes on the
/// back of your card to hear its balance"): a shop's service for a card the reader holds, not a
/// payment (forty-second session: brands41's voucher rule warned such a balance line).
pub(super) fn balance_check(t: &str) -> bool {
    starts_word(
        t,
        "balance|guthaben|solde|saldo|kontostand|egyenleg|bakiye|zustatek|баланс|残高|余额|잔액",
    )
}

/// Whether `t` names a coin a sum is written in ("0.92 BTC", "(1,36 ETH)", "12.400 USDT",
/// "1.8 ether"): the coins of [`CURRENCY_CODES`] (thirty-eighth session, a recovery lure's loss).
pub(super) fn shows_coins(t: &str) -> bool {
    t.split(' ')
        .any(|w| CURRENCY_CODES[COINS..].contains(&trim_by(w, |c| c.is_ascii_punctuation())))
}

/// Whether the 24 bytes of `base` from `at` show a sum to the cent: a number whose last
/// separator (`.` or `,`) has exactly two digits after it ("a tax refund of £326.40", "412,50 €";
/// not "1.072 €" nor "$1,249").
pub(super) fn cents_after(base: &str, at: usize) -> bool {
    let b = base.as_bytes();
    let d = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    (at..(at + 24).min(b.len())).any(|i| {
        matches!(b[i], b'.' | b',') && d(i.wrapping_sub(1)) && d(i + 1) && d(i + 2) && !d(i + 3)
    })
}

/// Currency names written as words beside a sum, in their declined forms ("800 złotych", "7 000
/// рублей", "4,800 pesos"): a word that starts with one of these (forty-fourth session, review 43
/// R43-H2: calm police fines in local money were no sum).
const CURRENCY_STEMS: [&str; 26] = [
    "zlot",
    "złot",
    "peso",
    "forint",
    "lira",
    "reais",
    "rubl",
    "руб",
    "гривн",
    "гривен",
    "лева",
    "ευρω",
    // (Forty-fourth session, brands44: Swiss francs, Thai baht.)
    "franken",
    "francs",
    "บาท",
    // (Forty-fifth session, police46: kroner, ringgit, shekels, riyals, dirhams, dinars, pounds.)
    "kron",
    "ringgit",
    "שקל",
    "ש\"ח",
    "ريال",
    "درهم",
    "دراهم",
    "دينار",
    "جنيه",
    // (Forty-sixth session, police47: hryvnias abbreviated, shekels with gershayim.)
    "грн",
    "ש״ח",
];

/// Where the coins start in [`CURRENCY_CODES`].
const COINS: usize = 38;

/// Currency codes and names written after or before a sum (lower-cased, accents folded); the
/// coins a wallet's sum is written in ("1.42 BTC", "3,8 ETH").
const CURRENCY_CODES: [&str; 45] = [
    "rm", "eur", "usd", "gbp", "chf", "pln", "zl", "zł", "kr", "sek", "nok", "dkk", "czk", "kc",
    "jpy", "brl", "ft", "lei", "tl", "euron", "euroa", "euro", "euros", "đong", "dong", "vnd",
    "rp", // (Forty-sixth session, police47: the codes of uk ms he ar ko zh pages.)
    "uah", "myr", "ils", "nis", "aed", "sar", "krw", "cny", "rmb", "twd", "hkd", "btc", "eth",
    "usdt", "usdc", "tether", "ether", "bitcoin",
];

/// A system screen imitated in the page: blue screen, update or activation screen, a lock screen
/// asking for the account password, a scan dashboard. Its wording, not asked about, weighed by
/// distinct phrases (one is a mention). When every phrase stands under a condition ("If your PC
/// ran into a problem and needs to restart, Windows shows a stop code such as …") the page tells
/// what a screen says, as a help article does; a screen states at least one line (a kit's own
/// "Wenn Ihr PC auf ein Problem gestoßen ist, …" still shows "Stoppcode: …").
pub fn system_screen<'a>(mood: &Mood, hits: &'a [Hit], shown: bool) -> Option<Claim<'a>> {
    let found = super::near::kept(hits, &mut |h| h.cat == Cat::System && !mood.asked(h));
    if found.iter().all(|h| mood.conditional(h)) {
        return None;
    }
    let first = *found.first()?;
    let words: Vec<&Hit> = found.iter().copied().filter(|h| h.weight >= 1.0).collect();
    // A help article describes the screen in a sentence opened by "when" or "if" ("Lorsque
    // Windows rencontre une erreur grave, le PC a rencontré un problème et doit redémarrer",
    // "Quando Windows incontra un errore grave, …") and names a stop code only as an example: on
    // a calm page with no code shown (no bug-check name as a screen shows it, no `0x…` code:
    // "Codice di errore 0x0000007B", review 32), such phrases are the article's, as conditional ones are;
    // not a phrase told to the reader ("When Windows found a serious error, your PC ran into a
    // problem": review 32).
    if !shown
        && mood.calm
        && !has(mood.base, "0x")
        && words.iter().all(|h| {
            mood.conditional(h)
                || (mood.described(h) && (!mood.screen_told(h) || explained(mood, hits, h)))
        })
    {
        return None;
    }
    let distinct = super::near::distinct_phrases(&words) + usize::from(shown);
    let weight = match distinct {
        0 => return None,
        1 => SYSTEM_SCREEN_ONE,
        2 => SYSTEM_SCREEN_TWO,
        _ => SYSTEM_SCREEN_MORE,
    };
    Some(Claim { weight, hit: first })
}

/// Whether the page asks what a screen phrase of the sentence of `h` means before it describes
/// it ("O que significa "O seu PC encontrou um problema"? Quando o Windows encontra um erro
/// grave, o seu PC encontrou um problema e precisa ser reiniciado"): the same phrase inside a
/// question earlier on the page. A help article explains the words it asked about; a kit's
/// told screen answers no question of its own.
#[inline(never)]
fn explained(mood: &Mood, hits: &[Hit], h: &Hit) -> bool {
    let s = mood.sentence(h).0;
    for x in hits {
        if x.cat == Cat::System && x.end <= s && mood.asked(x) {
            return true;
        }
    }
    false
}

/// Whether the page shows a stop code as a screen does: after its label ("Stop code:
/// CRITICAL_PROCESS_DIED", "Stoppcode: …", "停止コード: …") or on a line of its own; an article
/// names codes in its prose as examples ("Windows zeigt einen Stoppcode wie MEMORY_MANAGEMENT",
/// "such as … or …"). The bug-check names (the `system` phrases weighing 0.9) count as one
/// phrase together, and only so shown (`system_screen`).
pub fn code_shown(mood: &Mood, hits: &[Hit]) -> bool {
    hits.iter().any(|h| {
        if h.cat != Cat::System || h.weight >= 1.0 || mood.asked(h) {
            return false;
        }
        // The rest of a longer name glued before it ("DRIVER_" of DRIVER_IRQL_…) is its own.
        let before = trim_end_by(&mood.base[..h.start], |c| c.is_alphanumeric() || c == '_');
        let before = trim_end_by(before, |c| c == ' ');
        let before = if mood.base[..h.start].ends_with(' ') {
            trim_end_by(&mood.base[..h.start], |c| c == ' ')
        } else {
            before
        };
        before.is_empty() || before.ends_with([':', '：', '\n'])
    })
}

/// Whether the title is a system screen's words and nothing else but figures ("Installing
/// updates", "Mise à jour en cours", "Updates werden installiert"): the page is the screen (review 34 HN34-M3). An
/// IT notice or a help article titles its subject ("Patch night: Working on updates").
#[inline(never)]
pub fn screen_titled(base: &str, title_end: usize, hits: &[Hit]) -> bool {
    hits.iter().any(|h| {
        h.cat == Cat::System
            && h.start == 0
            && !base.as_bytes()[h.end.min(title_end)..title_end]
                .iter()
                .any(u8::is_ascii_alphabetic)
    })
}

/// Whether the page says it is not the brand it names ("not affiliated with Microsoft").
pub fn disclaims_brands(hits: &[Hit]) -> bool {
    hits.iter().any(|h| h.cat == Cat::Disclaimer)
}

#[cfg(test)]
mod tests {
    use super::super::super::lexicon::lexicon;
    use super::super::super::normalize::normalize;
    use super::*;

    fn with<T>(text: &str, f: impl FnOnce(&Mood, &[Hit]) -> T) -> T {
        let n = normalize(text);
        let hits = lexicon().find(&n.skel);
        let mood = Mood::new(&n.base, &hits);
        f(&mood, &hits)
    }

    #[test]
    fn coins_are_named_by_code_or_word() {
        // Thirty-eighth session: a recovery lure's loss written in coins, not a bank's euros.
        assert!(shows_coins("traced 0.92 btc (about $58,300) that"));
        assert!(shows_coins("we found 2,450 usdc that was stolen"));
        assert!(shows_coins("1.8 ether was taken"));
        assert!(!shows_coins("die 240,00 €, die ihnen entwendet wurden"));
        assert!(!shows_coins("the method was stolen from you"));
        // Thirty-ninth session: a fine written in euros by name is money, not coins.
        assert!(shows_money("u krijgt een boete van 300 euro."));
        assert!(shows_money("una sanzione di 250 euros"));
        assert!(!shows_coins("una sanzione di 250 euros"));
        assert!(!shows_money("die euro-zone"));
        // Forty-sixth session (police47): a code glued before its sum, hryvnias abbreviated or
        // by their sign, shekels with gershayim; not a word that only starts like a code.
        assert!(shows_money("bayar denda rm1,500 dalam"));
        assert!(shows_money("штраф 2 800 грн."));
        assert!(shows_money("штраф 1 700 ₴ ваучером"));
        assert!(shows_money("קנס של 900 ש״ח."));
        assert!(!shows_money("model x5 2024"));
        assert!(!shows_money("rumah 12 tingkat"));
    }

    fn addressed(text: &str, cat: Cat) -> bool {
        with(text, |m, hits| {
            hits.iter().any(|h| h.cat == cat && m.addressed(h))
        })
    }

    /// A claim in one of the page's parts (title, then text), joined as `page_text` does.
    fn headline_in(parts: &[&str]) -> bool {
        let (mut base, mut skel) = (String::new(), String::new());
        for p in parts {
            let n = normalize(p);
            if !base.is_empty() {
                base.push_str(" \n ");
                skel.push_str(" \n ");
            }
            base.push_str(&n.base);
            skel.push_str(&n.skel);
        }
        let hits = lexicon().find(&skel);
        let mood = Mood::new(&base, &hits);
        hits.iter()
            .any(|h| matches!(h.cat, Cat::Lock | Cat::Infection) && mood.addressed(h))
    }

    #[test]
    fn a_headline_claim_speaks_to_the_reader() {
        // A title, or a short page text, that is only the claim. (Image texts are never
        // headlines: engine tests, image_texts_and_labels_are_not_headline_claims.)
        assert!(headline_in(&["Computer Blocked", "Call support now."]));
        assert!(headline_in(&["Alert", "VIRUS DETECTED!"]));
        assert!(headline_in(&["Ordinateur bloqué !", "Appelez le support."]));
        // A news headline goes on, a forum asks, a sentence reports.
        for parts in [
            [
                "Computer blocked: ransomware hits city hall",
                "Staff found the screens locked.",
            ],
            ["Computer blocked after update?", "Any ideas?"],
            [
                "Apple ID outage",
                "Apple ID accounts locked for thousands of users.",
            ],
            [
                "Account suspended - Help Center",
                "Why was my account suspended?",
            ],
        ] {
            assert!(!headline_in(&parts), "{parts:?}");
        }
    }

    #[test]
    fn questions_and_conditions_are_not_claims() {
        assert!(addressed("Your account has been locked.", Cat::Lock));
        assert!(!addressed(
            "Has your account been locked? We can help.",
            Cat::Lock
        ));
        assert!(!addressed(
            "¿Su cuenta ha sido bloqueada por error",
            Cat::Lock
        ));
        assert!(!addressed(
            "If your account has been hacked, call the number on your card.",
            Cat::Compromise
        ));
        assert!(!addressed(
            "Wenn Ihr Konto gehackt wurde, rufen Sie uns an.",
            Cat::Compromise
        ));
        // A later statement still counts after a question.
        assert!(addressed(
            "Why am I seeing this? Your account has been hacked.",
            Cat::Compromise
        ));
    }

    #[test]
    fn a_brand_between_possessive_and_noun_is_still_the_readers() {
        assert!(addressed(
            "Your Netflix account will be closed today",
            Cat::Lock
        ));
        assert!(addressed("Ihr Amazon-Konto wurde gehackt", Cat::Compromise));
    }

    #[test]
    fn russian_denials_read_as_latin_deny_no_latin_word() {
        // "не", "нет" fold to "he", "het" (look-alike letters only): before a Russian word they
        // deny; before a Latin one they are English "he" and Dutch "het".
        let negated = |text: &str, cat: Cat| {
            with(text, |m, hits| {
                hits.iter().any(|h| h.cat == cat && m.negated(h))
            })
        };
        assert!(negated("Ваш аккаунт не заблокирован.", Cat::Lock));
        assert!(!negated("Gebruik het selfserviceportaal.", Cat::SelfServe));
        assert!(!negated(
            "Wijzig het in het selfserviceportaal.",
            Cat::SelfServe
        ));
    }

    #[test]
    fn a_routine_lockout_is_the_policy_explained_not_a_claim() {
        // Counted as claims.rs and `account` count them: addressed, and not a routine lockout.
        let claimed = |text: &str| {
            with(text, |m, hits| {
                hits.iter().any(|h| {
                    matches!(h.cat, Cat::Lock | Cat::Compromise)
                        && m.addressed(h)
                        && !m.routine_lockout(h)
                })
            })
        };
        // The reader's own failed entries as the cause: what IT and help pages explain.
        for honest in [
            "Your account is temporarily locked after several unsuccessful login attempts.",
            "Your Microsoft 365 account is locked for 30 minutes after too many failed sign-in attempts.",
            "Ihr Konto ist nach fünf falschen Passworteingaben für 30 Minuten gesperrt.",
            "Uw account is geblokkeerd na vijf mislukte inlogpogingen.",
            "Votre compte a été verrouillé après plusieurs tentatives de connexion échouées.",
            "Twoje konto zostało zablokowane po kilku nieudanych próbach logowania.",
            "Ditt konto har låsts efter för många misslyckade inloggningsförsök.",
        ] {
            assert!(!claimed(honest), "{honest}");
        }
        // An intruder or another cause keeps the claim.
        for scam in [
            "Your account has been locked due to suspicious activity.",
            "Your account is locked after failed sign-in attempts from an unknown device.",
            "Ihr Konto wurde wegen ungewöhnlicher Anmeldeversuche gesperrt.",
            "Uw account is geblokkeerd. Iemand heeft geprobeerd in te loggen.",
        ] {
            assert!(claimed(scam), "{scam}");
        }
    }

    #[test]
    fn a_verb_final_claim_closes_the_clause_its_possessive_opens() {
        // German and Dutch put the participle last, far after "Ihr"/"Uw": the reader's, when a
        // done event or a state ("wurde", "ist", "is", "werd") follows the subject.
        for far in [
            "Ihr Vodafone-Kundenkonto wurde wegen verdächtiger Aktivitäten aus dem Ausland gesperrt.",
            "Ihr Vodafone-Kundenkonto wurde, wegen verdächtiger Aktivitäten aus dem Ausland, gesperrt.",
            "Ihr Telekom-Festnetzanschluss ist wegen ungewöhnlicher Aktivitäten vorübergehend gesperrt worden.",
            "Uw KPN-klantaccount is vanwege verdachte activiteiten vanuit het buitenland geblokkeerd.",
        ] {
            assert!(addressed(far, Cat::Lock), "{far}");
        }
        // A rule or what will happen ("wird"), reported speech ("sei"), a subordinate clause.
        for not_claimed in [
            "Ihr Hochschulkonto wird nach dem Ende des Studiums automatisch gesperrt.",
            "Betrüger behaupten, Ihr Girokonto sei wegen verdächtiger Zahlungen aus dem Ausland gesperrt.",
            "Prüfen Sie, ob Ihr Konto aus dem Ausland wegen verdächtiger Zahlungen gesperrt wurde.",
        ] {
            assert!(!addressed(not_claimed, Cat::Lock), "{not_claimed}");
        }
    }

    #[test]
    fn a_failure_headline_is_the_readers_when_the_next_sentence_says_whose() {
        // A short sentence naming the failure, then the reader's thing or the error code.
        for kit in [
            "Activation failed. Your StreamBox player could not be linked to your account.",
            "Falha na ativação da TV. Código de erro: NF-7-2.",
            "Aktivierung fehlgeschlagen. Ihr Fernseher konnte nicht verbunden werden.",
            "L'activation a échoué.\nVotre appareil n'a pas pu être lié.",
            "Windows のプロダクトキーの有効期限が切れました お客様のWindowsは認証されていません。",
            "Aktivierung fehlgeschlagen Ihr Fernseher konnte nicht verbunden werden.",
        ] {
            assert!(addressed(kit, Cat::Lock), "{kit}");
        }
        // Asked, under a condition, said of nobody, or a long sentence that reports.
        for honest in [
            "Activation failed? Your box must be connected to the internet.",
            "If activation failed, your code may have expired.",
            "Si l'activation a échoué, votre code a peut-être expiré.",
            "Activation failed. Restart the box and try again.",
            "Activation failed on thousands of smart TVs, the provider said on Tuesday. Error 4012.",
        ] {
            assert!(!addressed(honest, Cat::Lock), "{honest}");
        }
    }

    #[test]
    fn a_lock_the_subject_will_undergo_is_a_rule_not_a_claim() {
        // "wordt"/"wird" after the reader's thing: what will happen, a rule.
        let (claimed, hedged) = with(
            "Uw studentaccount wordt na het einde van uw inschrijving automatisch geblokkeerd.",
            |m, hits| {
                let locks = || hits.iter().filter(|h| h.cat == Cat::Lock);
                (
                    locks().any(|h| m.addressed(h)),
                    locks().any(|h| m.hedged_claim(h)),
                )
            },
        );
        assert!(!claimed && !hedged);
        assert!(!addressed(
            "Ihr Uni-Konto wird nach dem Ende Ihres Studiums automatisch gesperrt.",
            Cat::Lock
        ));
        assert!(addressed(
            "Uw account is vanwege verdachte activiteiten geblokkeerd.",
            Cat::Lock
        ));
    }

    #[test]
    fn an_unauthorized_transaction_is_a_charge_only_when_it_happened() {
        let charged = |text: &str| with(text, |m, h| charge(m, h).is_some());
        // A sum in its sentence, or a statement that it was found or made.
        for kit in [
            "We detected an unauthorized transaction of $1,249.00 on your account. Call 1-555-013-0101 to reverse the payment.",
            "There has been an unauthorized transaction on your account. Call us at 1-555-013-0102 to reverse it.",
            "Er is een onbevoegde transactie van € 1.870,00 op uw rekening gedaan. Bel 020 555 0101 om deze terug te draaien.",
            "Na Twoim koncie wykryto nieautoryzowaną transakcję na kwotę 3 200,00 zł. Zadzwoń pod 22 555 01 01, aby ją anulować.",
        ] {
            assert!(charged(kit), "{kit}");
        }
        // A headline naming the topic, a question word, or a condition.
        for honest in [
            "What to do about an unauthorized transaction\nIf you spot one on your statement, call your bank to reverse it. Helpline 1-555-013-0103.",
            "Reporting an unauthorized transaction\nIf you spot one, call your bank to reverse it. Helpline 1-555-013-0103.",
            "Disputing an unauthorized transaction on your account\nIf you spot one, call your bank to reverse it. Helpline 1-555-013-0103.",
            "What happens when an unauthorized transaction has been made? Call your bank to reverse it: 1-555-013-0103.",
            "An unauthorized transaction has been made when someone uses your card without permission. Call your bank to reverse it: 1-555-013-0103.",
        ] {
            assert!(!charged(honest), "{honest}");
        }
    }

    #[test]
    fn a_receipt_asking_not_you_states_its_sum() {
        let charged = |text: &str| with(text, |m, h| charge(m, h).is_some());
        for kit in [
            "You sent $980.00 to J. Doe. Didn't authorize this payment? Call 1-844-555-0654.",
            "Zahlung über 1.149,00 € an Beispiel GmbH. Nicht von Ihnen? Rufen Sie uns an.",
            "Recibo: 2.049,00 €. ¿No reconoce esta compra? Llame al 900 555 067.",
        ] {
            assert!(charged(kit), "{kit}");
        }
        // No sum, or no "not you?" (a shop's receipt with its number for questions).
        for honest in [
            "Didn't authorize a payment? Call the number on your card.",
            "You paid $49.99 for your order. Questions? Call us at 1-800-555-0160.",
        ] {
            assert!(!charged(honest), "{honest}");
        }
    }

    #[test]
    fn account_and_charge_claims() {
        let c = with(
            "Unusual sign-in activity on your account. Someone has your password.",
            |m, h| account(m, h).map(|c| c.weight),
        );
        assert_eq!(c, Some(2.5));
        let c = with(
            "Your subscription has been renewed. To cancel and get a refund, call us.",
            |m, h| charge(m, h).map(|c| c.weight),
        );
        assert_eq!(c, Some(2.5));
        assert!(!with("Subscriptions renew each year.", |m, h| charge(m, h)
            .is_some()));
        // A renewal described next to a sales number: nothing sends the reader to undo it.
        assert!(!with(
            "Your subscription is automatically renewed each year; cancel anytime in your \
             account. Questions before you buy? Call our sales team.",
            |m, h| charge(m, h).is_some()
        ));
        // "Call … if you did not authorize": the refund phrase may follow the call word.
        assert!(with(
            "Your card has been charged $399. Call us now if you did not authorize it.",
            |m, h| charge(m, h).is_some()
        ));
    }

    #[test]
    fn a_condition_after_the_claim_or_around_it_is_advice() {
        let claimed = |text: &str| {
            with(text, |m, hits| {
                hits.iter()
                    .any(|h| matches!(h.cat, Cat::Lock | Cat::Compromise) && m.addressed(h))
            })
        };
        assert!(claimed("Hesabınız geçici olarak bloke edilmiştir."));
        assert!(!claimed(
            "Hesabınız geçici olarak bloke edildiyse bizi arayın."
        ));
        assert!(claimed(
            "Hesabınızda olağandışı bir oturum açma girişimi tespit edildi."
        ));
        assert!(!claimed(
            "Hesabınızda olağandışı bir oturum açma girişimi fark ederseniz bizi arayın."
        ));
        // Only in the same sentence: the next sentence's condition does not undo a claim.
        assert!(claimed(
            "Hesabınız bloke edildi. Bu işlemi siz yapmadıysanız ve fark ederseniz arayın."
        ));
        // "If you notice …": the condition runs to the next comma.
        assert!(!claimed(
            "If you notice an unusual sign-in on your account or your account has been locked, call us."
        ));
        assert!(claimed(
            "If you see this message, your account has been locked."
        ));
        assert!(!claimed(
            "If you notice an unusual sign-in on your account, or your account has been locked, call."
        ));
        assert!(!claimed(
            "Wenn Sie eine ungewöhnliche Anmeldung bemerken oder Ihr Konto gesperrt wurde, rufen Sie an."
        ));
        assert!(!claimed(
            "如果您发现账户有异常登录，或者您的账户已被冻结，请立即致电客服。"
        ));
        assert!(claimed("如果您关闭此页面，您的账户已被冻结。"));
        // English words are not read as Turkish endings.
        assert!(claimed(
            "Your account has been locked because of worse misuse."
        ));
    }

    #[test]
    fn a_denied_claim_is_not_a_claim() {
        let claimed = |text: &str| {
            with(text, |m, hits| {
                hits.iter().any(|h| {
                    matches!(h.cat, Cat::Lock | Cat::Compromise | Cat::Infection) && m.addressed(h)
                })
            })
        };
        // What banks' and help pages write.
        for honest in [
            "Your account is not blocked and has not been compromised.",
            "We will never lock your account by phone.",
            "Your account has not yet been suspended.",
            "Ihr Konto wurde nicht gesperrt.",
            "Votre compte n'a pas été bloqué.",
            "Su cuenta no ha sido bloqueada.",
            "Il tuo account non è stato bloccato.",
            "A sua conta não foi bloqueada.",
            "Uw account is niet geblokkeerd.",
            "Ditt konto har inte blivit spärrat.",
            "Twoje konto nie zostało zablokowane.",
            "Ваш аккаунт не был заблокирован.",
            "您的账户没有被锁定。",
            "お客様のアカウントはロックされていません。",
            "고객님의 계정은 차단되지 않았습니다.",
            "If someone calls you claiming your account has been suspended, hang up.",
            "Wenn jemand behauptet, Ihr Konto sei gehackt worden, legen Sie auf.",
        ] {
            assert!(!claimed(honest), "{honest}");
        }
        // Scams keep their claims: a denial reaches neither past punctuation, a number or a
        // conjunction, nor over a verb and its object.
        for scam in [
            "Your account has been blocked.",
            "Do not close this page, your computer has been blocked.",
            "Your PC is not safe and infected with spyware.",
            "Windows could not stop the virus on your computer.",
            "Windows could not kill the spyware on your computer.",
            "No time to lose: your account has been suspended.",
            "お客様のコンピュータはロックされています。",
        ] {
            assert!(claimed(scam), "{scam}");
        }
        assert!(with(
            "Invoice no 4471 has been charged to your card. To cancel and get a refund, call us.",
            |m, h| charge(m, h).is_some()
        ));
        assert!(!with(
            "Your card has not been charged. To cancel and get a refund, call us.",
            |m, h| charge(m, h).is_some()
        ));
    }

    #[test]
    fn system_screens_by_their_wording() {
        let w = with(
            ":( Your PC ran into a problem and needs to restart. We're just collecting some error info.",
            |m, h| system_screen(m, h, code_shown(m, h)).map(|c| c.weight),
        );
        assert_eq!(w, Some(3.0));
        let w = with(
            "Did your PC run into a problem and need to restart? Bring it in.",
            |m, h| system_screen(m, h, code_shown(m, h)).map(|c| c.weight),
        );
        assert_eq!(w, None);
    }

    #[test]
    fn a_screen_announced_by_a_verb_of_seeing_is_an_example() {
        let described = |text: &str| {
            with(text, |m, hits| {
                let h = hits.iter().find(|h| h.cat == Cat::System).expect(text);
                m.described(h)
            })
        };
        assert!(described(
            "Your screen will look like this: Working on updates 30% complete."
        ));
        assert!(described(
            "So sieht Ihr Bildschirm aus: Updates werden installiert 30 %."
        ));
        assert!(described(
            "Verá esta pantalla: Trabajando en actualizaciones 30 %."
        ));
        // The verb starts a word (honest35's stems matched inside "several", "recevoir",
        // "Outlook", "veramente").
        assert!(!described(
            "Several steps left: Working on updates 30% complete."
        ));
        assert!(!described(
            "Pour recevoir la suite : mise à jour en cours 30 %."
        ));
        assert!(!described("Outlook: Working on updates 30% complete."));
        assert!(!described(
            "Il sistema è veramente lento: Working on updates 30% complete."
        ));
        assert!(!described("La vera causa: Aggiornamenti in corso 30%."));
        assert!(!described("Seems slow: Updates werden installiert 30 %."));
        assert!(!described("Mostra dettagli: Aggiornamenti in corso 30%."));
        assert!(!described("Lookup: Updates werden installiert 30 %."));
        assert!(!described(
            "Wie es der Wartungsplan vorsieht: Updates werden installiert 30 %."
        ));
        assert!(described(
            "Sie werden Folgendes sehen: Updates werden installiert 30 %."
        ));
        assert!(described(
            "The screen will display: Working on updates 30% complete."
        ));
    }

    #[test]
    fn hedged_claims_and_advice_under_a_condition() {
        let hedged = |text: &str, cat: Cat| {
            with(text, |m, hits| {
                hits.iter().any(|h| h.cat == cat && m.hedged(h))
            })
        };
        // A modal hedges; a real negation denies, with or without one.
        assert!(hedged(
            "Your computer might be compromised.",
            Cat::Infection
        ));
        assert!(hedged("Uw computer kan worden geblokkeerd.", Cat::Lock));
        assert!(!hedged("Your computer is not infected.", Cat::Infection));
        assert!(!hedged("Your computer is infected.", Cat::Infection));
        let advice = |text: &str| {
            with(text, |m, hits| {
                hits.iter()
                    .filter(|h| h.cat == Cat::Urgency)
                    .all(|h| m.after_condition(h))
            })
        };
        assert!(advice("Si tiene fiebre, llame ahora al centro de salud."));
        assert!(advice(
            "Si vous voyez ce message, appelez maintenant le service."
        ));
        assert!(!advice(
            "Votre PC est bloqué. Appelez maintenant le support."
        ));
    }
}
