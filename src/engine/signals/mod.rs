//! Turns lexicon hits, phone numbers, the host and the behaviour counts into [`Reason`]s.
//!
//! Every signal is a technique or an intent, never a string of a known kit: "a claim that *your*
//! computer is infected", "a phone number next to a call to action", "the page went full screen".
//!
//! [`collect`] normalises the page's text once ([`page::page_text`]), finds the lexicon hits once,
//! works out the facts several signals read once ([`page::Page`]: the host, the brands it names and
//! owns), then runs each family: [`brand`], [`claims`], [`calls`] (phone numbers), [`behaviour`].

mod addressed;
mod behaviour;
mod brand;
mod calls;
mod claims;
mod excerpt;
mod footer;
mod near;
pub mod page;
mod reported;

use crate::snapshot::Snapshot;
use crate::verdict::{Detail, Group, Reason, ReasonId};

use super::domain::host_of;
use super::lexicon::{lexicon, Cat, Hit};
use super::phone::find_phones;
use super::weights::{PROMISE, PROMISE_ALONE, WARNED};

use excerpt::excerpt;
use near::of;
pub use page::{page_text, Page, Text};

/// Everything the scorer needs besides the reasons.
#[derive(Debug, Default, Clone)]
pub struct Evidence {
    pub reasons: Vec<Reason>,
    /// Numbers shown with a call to action, as printed.
    pub phones: Vec<String>,
    /// Weighted count of words that talk about scams (benign context).
    pub awareness: f32,
    /// Count of second-person claims (infection, lock, do-not-close).
    pub victim_claims: usize,
    /// Where the page's own alert ends: its last claim stated to the reader (claims.rs) and its
    /// last number shown with a call to action (calls.rs), in the title or text; 0 if none.
    pub claims_end: usize,
    pub calls_end: usize,
    /// Where each number shown with a call to action in the text starts (calls.rs).
    pub call_starts: Vec<usize>,
    /// Where the last toll-free number shown with a call to action in the text ends (calls.rs),
    /// 0 if none: a kit's number, whatever its line says (footer.rs `alert_judged`).
    pub free_calls_end: usize,
    /// A claim stated to the reader is inside quotation marks (footer.rs).
    pub claim_quoted: bool,
    /// A claim or number of the text is inside a quote opened after a colon or a reporting
    /// word; one is not (reported.rs).
    pub reported_claims: bool,
    pub unreported_claims: bool,
    /// A claim outside the quotes (text or title) is about the reader's things in words; else
    /// each is a bare headline ("Locked screen", "a blocked PC that was fine") that a story's
    /// heading may hold (reported.rs).
    pub yours_claimed: bool,
    /// The first number with a call outside every quote (calls.rs): a kit's own line, or a
    /// shop's after its story (reported.rs `own_line`).
    pub own_call: Option<(usize, usize)>,
    /// The quotes (opening mark to closing mark) that hold the reported claims and numbers.
    pub quotes: Vec<(usize, usize)>,
    /// A claim stated to the reader in the title, outside quotation marks (footer.rs).
    pub title_claim: bool,
    /// The page tells the reader not to call right after a quote it reports (reported.rs).
    pub warned: bool,
    /// The page reports its alert: it quotes every claim and number of its text and says
    /// outside the quotes what they are (reported.rs).
    pub reports_alert: bool,
    /// An infection claim is a headline of its own (the title or the whole text: "VIRUS
    /// DETECTED!"), the way brandless kits head their alert.
    pub headline_infection: bool,
    /// A verdict on the page's own alert follows it ("It was a scam.", "Is this legit?",
    /// footer.rs): the page is about the alert, however few its words about scams.
    pub alert_judged: bool,
    /// The words about scams are only a footer under the page's own alert (footer.rs): they do
    /// not make it a page about scams.
    pub awareness_footer: bool,
    /// A number from the URL query is displayed on the page with a call to action.
    pub injected_phone: bool,
    /// The page is on a domain owned by a brand it names.
    pub on_brand_host: bool,
    /// Number of distinct lock behaviours (excluding audio and DOM-only fakes).
    pub lock_kinds: usize,
    /// Lock behaviour no full-screen app (a game, an exam, a kiosk) uses (behaviour.rs
    /// `kit_trap`): beside it a bare number is a kit's.
    pub kit_trap: bool,
    /// The page's lock is a full-screen app's (behaviour.rs `app_lock`); with no way to reach
    /// anyone it backs no rule (score.rs).
    pub app_lock: bool,
    /// A full-screen page that traps no one says it is a game, or names an exam on its
    /// institution's host (signals/mod.rs `app_lock`).
    pub game: bool,
    pub exam: bool,
    /// The page tells the reader not to close it ("do not close", claims.rs).
    pub told_open: bool,
    /// A number is shown, called or not, or a `tel:` link: a way to reach someone.
    pub shows_number: bool,
    /// The page went full screen (an app page is only a full-screen app's: claims.rs).
    pub full_screen: bool,
    /// The page traps loudly where the lexicon reads no ask (calls.rs): its numbers are calls.
    pub trapped: bool,
    /// A number shown to be called is toll-free (calls.rs).
    pub toll_free: bool,
    /// The page says little more than a title and its call (calls.rs): an image-only kit's.
    pub bare: bool,
    /// The page says no more than a title and a few lines (at most 20 words, calls.rs): an error
    /// screen's code and its number, nothing to read around them.
    pub terse: bool,
    /// An error code shown: an error phrase of its own (not a ticket or reference number) or a
    /// `0x…` code (claims.rs).
    pub error_shown: bool,
    /// A brand named in the title only (no identity) is named again in the text ("DHL Express"
    /// as title, "DHL Express: your parcel is held"): the page presents itself as the brand.
    pub title_brand_in_text: bool,
    /// The page states a ransom: distinct `ransom` phrases (a fine, an accusation, unlocking
    /// against a code) weighing at least `RANSOM_WORDS`, not asked, denied or conditional.
    pub ransom: bool,
    /// The ransom's words, a lock stated to the reader outside quotation marks and an authority
    /// named, not denied, with or without a payment (a police lock screen that asks for a call).
    pub police_lock: bool,
    /// On a police lock screen, the fine stated with its sum ("eine Geldstrafe von 200 €").
    pub police_fine: bool,
    /// On a lock screen, the fine with its sum in a sentence that lifts the lock.
    pub fine_release: bool,
    /// A lock stated to the reader and a fine stated with its sum (a number after a role label
    /// is then a call: calls.rs).
    pub fine_lock: bool,
    /// A fine stated with its sum and a payment named in its sentence ("Die Strafe von 120 €
    /// ist mit einer Paysafecard zu begleichen").
    pub fine_paid: bool,
    /// The page asks for the account's password (a sign-in box inside its alert), not denied.
    pub asks_password: bool,
    /// Distinct infection phrases stated anywhere on the page (not selling protection), outside
    /// sentences in which the page's author reports ("our antivirus found …").
    pub infection_words: usize,
    /// The page puts the reader's own thing under a condition ("if your computer shows …, call
    /// the IT desk"): what to do if it happens, no claim that it has.
    pub reader_conditional: bool,
    /// A claim to the reader that is only hedged ("might be compromised").
    pub hedged_claim: bool,
    /// A sales context (an `offer` phrase: "per month", "order now").
    pub offer: bool,
    /// Troubleshooting steps (a `retry` phrase: "try again", "if the problem persists").
    pub retry: bool,
    /// A charge is stated and the reader is told to call for money back or about a charge they
    /// did not make (a `refund` phrase beside a call word): what a refund lure asks.
    pub refund_asked: bool,
    /// A tax refund or a benefit owed to the reader is stated and the reader is told to call to
    /// receive it ("you are due a tax refund … to receive your refund, call"), not on a
    /// government's host: a refund lure whose pretext is money owed, not a renewal.
    pub owed_asked: bool,
    /// The money owed is stated with its cents in the same sentence (claims.rs).
    pub owed_sum: bool,
    /// The money owed as the claim the warning shows, where no charge is claimed (score.rs
    /// pushes it when the refund rule fires: review 39 B-L1).
    pub owed_claim: Option<Reason>,
    /// A deadline within hours set to the reader ("today", "within 48 hours", "final notice").
    pub deadline: bool,
    /// The host is shared hosting or a brand's user content (domain.rs `shared_hosting`).
    pub shared_host: bool,
    /// The reader's arrest threatened beside a sum of money, by an authority speaking (claims.rs).
    pub arrest: bool,
    /// The same threat over a sum, whoever speaks (a number after a role label is a call).
    pub debt_threat: bool,
    /// That threat told as what will be done to the reader (claims.rs), for the call-off.
    pub debt_threat_told: bool,
    /// That told threat names the reader in its sentence ("against you", "your arrest"): a
    /// news story's suspect is no reader (signals `call_off`, forty-sixth session).
    pub debt_threat_you: bool,
    /// With that threat, the act called off by the call: a halting word and a number in one
    /// sentence ("to stop the seizure, call … today", signals::collect).
    pub call_off: bool,
    /// Where that number starts: the one to call, with or without a call verb (calls.rs).
    pub call_off_at: Option<usize>,
    /// Vouchers that pay a debt so threatened: their sentence and the next (claims.rs); a
    /// number there is a call (calls.rs).
    pub voucher_span: Option<(usize, usize)>,
    /// Police or a tax office named in the title or the line under it (signals::collect).
    pub authority_speaks: bool,
    /// A refund stated beside a remote-access tool (claims.rs): the money sent back through it.
    pub remote_refund: bool,
    /// Vouchers asked as payment and their codes to be read out by phone (claims.rs).
    pub codes_read: bool,
    /// The host is a government's (domain.rs `GOVERNMENT`).
    pub government: bool,
    /// A wallet's recovery phrase is asked of the reader (not denied, asked about or under a
    /// condition): "your recovery phrase must be verified", "enter your seed phrase".
    pub seed_asked: bool,
    /// Money gone from the reader's account, or another claim, stated to them, and a call to get
    /// it back ("a suspicious transfer … was sent from your account. To recover your funds,
    /// call"): what a recovery lure asks (score.rs `recover_call`).
    pub recover_asked: bool,
    /// A claim or a held payment stated, and a call to the page's own fraud team ("call our fraud
    /// team", "appelez notre service fraude"): read as a recovery lure where the page names no
    /// site of its own (score.rs `recover_call`).
    pub fraud_asked: bool,
    /// That call is for the return of coins taken from the reader (claims.rs, thirty-eighth
    /// session): the loss's sentence. An exchange's own notice names itself by a part of its host
    /// outside it.
    pub coin_return: Option<(usize, usize)>,
    /// The money gone as an account claim, when no other claim is stated: shown if the recovery
    /// rule decides (score.rs).
    pub recover_claim: Option<Reason>,
    /// The host is a mailbox's web client (`mail.`, `webmail.` …): the letters it shows are
    /// their senders', a bank's or a vendor's.
    pub mailbox: bool,
    /// A refund lure's page names its site in its words (page.rs `names_host`): a vendor's own
    /// account page or a payment service's receipt.
    pub names_host: bool,
    /// The site is one its title names, or whose product it names (page.rs `self_named`,
    /// `names_product`), not a listed brand's: read by the refund and failure rules only.
    pub self_named: bool,
    /// An activation that failed or a licence that expired, stated to the reader or inside a
    /// lock claim ("Activation failed.", "Your license has expired").
    pub failure_claim: bool,
    /// That failure is also a headline of its own ("Activation failed.").
    pub failure_headline: bool,
    /// Every number shown to be called is offered for a case on a calm page ("If your PC shows
    /// a stop code afterwards, call the IT Service Desk on …", calls.rs).
    pub advised_call: bool,
    /// A stop code is shown as a screen shows it (addressed.rs `code_shown`), or the title is the
    /// screen's own words (`screen_titled`): the page is the screen.
    pub screen_shown: bool,
}

pub(super) fn reason(
    id: ReasonId,
    group: Group,
    weight: f32,
    detail: Detail,
    text: &str,
) -> Reason {
    Reason {
        id,
        group,
        weight: (weight * 100.0).round() / 100.0,
        detail,
        addressed: false,
        text: text.to_string(),
    }
}

pub(super) fn excerpt_of(base: &str, h: &Hit, pad: usize) -> Detail {
    Detail::Excerpt {
        text: excerpt(base, h.start, h.end, pad),
    }
}

/// Computes every signal of a snapshot.
pub fn collect(snap: &Snapshot) -> Evidence {
    let lex = lexicon();
    let text = page_text(snap);
    let hits = lex.find(&text.skel);
    let mut ev = Evidence::default();
    let mut page = Page::new(host_of(&snap.url), &text.base, text.title_end, &hits);
    // A brand's user-content path is nobody's own site (review 39 R39-L2).
    if super::domain::user_content_path(&page.host, &snap.url) {
        page.on_brand_host = false;
        page.brand_site = false;
        page.owned.iter_mut().for_each(|o| *o = false);
    }
    ev.on_brand_host = page.on_brand_host;

    // Whether each claim is stated, asked or conditional: worked out once for every family.
    // On a site its title names, a bank's own alert names the transaction or shows the sum it
    // asks about ("We noticed an unauthorized transaction on your account ending 4417: $212.40 …
    // if this wasn't you, call us"): no charge claim from those, as before the sixteenth session
    // (a kit's other claims still count, below).
    let self_named = page.self_named && !page.on_brand_host;
    ev.self_named = self_named || (page.names_product && !page.on_brand_host);
    let phones = find_phones(&text.base);
    let mood = addressed::Mood::new(&text.base, &hits)
        .calm(!phones.iter().any(|p| p.toll_free))
        .headlines_until(text.alts_start)
        .own_site(self_named)
        .shows_number(!phones.is_empty() || !snap.tel_links.is_empty())
        .exam_page(snap.behaviour.fullscreen > 0 && addressed::institution(&page.host));
    // A fine stated with its sum ("eine Geldstrafe von 200 €", "Nałożono mandat w kwocie
    // 400 zł"), and whether a payment is named in its sentence (a fine payable by voucher).
    let (mut fine_due, mut fine_paid) = (false, false);
    for h in of(&hits, Cat::Ransom) {
        let (s, mut e) = mood.sentence(h);
        // A dot between digits groups thousands ("una multa de 4.800 pesos"), it ends no
        // sentence (forty-fourth session: the sum was cut off its fine).
        let b = text.base.as_bytes();
        for _ in 0..3 {
            let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
            if b.get(e) == Some(&b'.') && digit(e.wrapping_sub(1)) && digit(e + 1) {
                e = mood.sentence_from(e + 1).1;
            }
        }
        if h.weight < 1.0 && mood.stated(h) && addressed::shows_money(&text.base[s..e]) {
            fine_due = true;
            fine_paid |= any_within(&hits, s, e, &[Cat::Payment], 0.0);
        }
    }
    let mood = mood.fined(fine_due);
    ev.shows_number = !phones.is_empty() || !snap.tel_links.is_empty();
    brand::signals(
        &text,
        &hits,
        &mood,
        &page,
        addressed::disclaims_brands(&hits),
        &mut ev,
    );
    // An app page (claims.rs) is a full-screen app's: a static page's countdown, "submitted" or
    // "Level 5. Score 98." is a kit's frame as well as a game's (review 28).
    ev.full_screen = snap.behaviour.fullscreen > 0;
    ev.shared_host = super::domain::shared_hosting(&page.host);
    // An authority as the page's speaker: police or a tax office named in the title or at the top
    // of the text before any sentence ends, not asked about ("Facing IRS charges?" is a lawyer's
    // heading; "… blocked. The police reported …" a campus page's report).
    let head = |h: &Hit| heads(&text, &mood, h);
    ev.authority_speaks = hits.iter().any(|h| h.cat == Cat::Authority && head(h))
        || lex.brands.iter().zip(&page.mentions).any(|(b, (m, w))| {
            b.domains.iter().any(|d| d == "gov")
                && (m.iter().any(|h| head(h)) || w.iter().any(|h| head(h)))
        });
    claims::signals(&text, &hits, &mood, &mut ev);
    // A site its title names ("Help | Example Bank" on www.examplebank.com) speaks for itself, as
    // a listed brand's own site does: its number is its own. Only on a page that claims nothing:
    // anyone registers the name a kit's title spells ("Account Alert | Secure Account Services"
    // on secureaccountservices.com), so a charge, lock, account or infection claim, a threat of
    // loss, a system screen, "do not close", a remote-access tool or another brand as itself
    // keeps the page read as any site's (review of the sixteenth session: a bank's own fraud
    // alert with a lock claim is read as a kit's again).
    // A charge alone is a receipt's: a vendor confirms its own renewal on its own site ("Your
    // Shieldwise subscription has been renewed … to cancel and get a refund, call us"); with
    // urgency or an error code besides, it is a refund lure's pressure (nineteenth session).
    // So does a site whose title and text name it by one part of its hyphenated name ("Your
    // account | FitZone" on fitzone-members.example: review 33 MAIN-M1); only here, where a claim beyond a
    // charge makes it anyone's again.
    if self_named || (page.titled && !page.on_brand_host) {
        let pressed = ev
            .reasons
            .iter()
            .any(|r| matches!(r.id, ReasonId::Urgency | ReasonId::ErrorCode));
        let foreign = ev.reasons.iter().any(|r| match r.id {
            ReasonId::ChargeClaim => pressed,
            ReasonId::InfectionClaim
            | ReasonId::LockClaim
            | ReasonId::AccountClaim
            | ReasonId::DataLossThreat
            | ReasonId::DoNotClose
            | ReasonId::RemoteAccessTool => true,
            ReasonId::SystemScreen | ReasonId::BrandImpersonation => r.weight >= 2.0,
            _ => false,
        }) || (!self_named
            && (ev.recover_asked || ev.seed_asked || ev.owed_asked || ev.failure_claim));
        page.on_brand_host = !foreign;
        ev.on_brand_host = !foreign;
    }
    // A tax office tells the reader of the refund it owes on its own site ("You are due a tax
    // refund … to receive it, call us with your bank details"): no refund lure, and no charge
    // claim for the payment rule either.
    ev.government = page.government;
    ev.names_host = (ev.refund_asked || ev.owed_sum)
        && page
            .own_label
            .as_deref()
            .is_some_and(|l| page::names_host(&text.base, text.title_end, l, &hits));
    // A call to the page's own fraud team about a held payment: a bank's own alert says it on
    // its site, which it names apart from its lure ("Payment held - Northfield Bank"), or in a
    // mailbox; a kit names no bank, or a site made of its heading (page.rs `names_apart`).
    // (Read only where such a call was found: the name search walks the whole text.)
    if ev.fraud_asked {
        ev.fraud_asked = !page.own_label.as_deref().is_some_and(|l| {
            page::names_apart(&text.base, text.title_end, l, &hits, ev.coin_return)
        });
    }
    ev.mailbox = matches!(
        page.host.split('.').next(),
        Some("mail" | "webmail" | "email" | "correo" | "posta" | "poczta" | "messagerie")
    );
    if page.government && ev.owed_asked {
        ev.owed_asked = false;
        ev.reasons.retain(|r| r.id != ReasonId::ChargeClaim);
    }
    // A ransom lock screen signs with the police's name ("Your computer has been locked by the
    // Police … pay the fine"): on a page that makes the demand itself, an authority's name is the
    // kit's, not talk about scams. The demand is the page's own when the lock is stated to the
    // reader outside quotation marks (a story or a police note quotes the screen: „Ihr Computer
    // wurde gesperrt …“, 「…ロックされました」) and a payment is named.
    // The same screen with a number to call instead of a voucher ("Ihr Computer wurde gesperrt
    // … illegale Aktivitäten … um Ihren Computer zu entsperren, rufen Sie … an"): read by the
    // police call rule (score.rs), not as a signature that switches awareness off.
    let told = of(&hits, Cat::Lock).any(|h| {
        mood.addressed(h)
            && !quoted(&text.base, h.start)
            && !retold(&text.base, mood.sentence(h).0, h.start)
    });
    let locked = ev.ransom && told;
    ev.ransom = locked && hits.iter().any(|h| h.cat == Cat::Payment);
    // A lock stated to the reader and a fine with its sum: a number after a role label
    // ("Officer in charge: …") is the one to call (calls.rs).
    ev.fine_lock = told && fine_due;
    ev.fine_paid = fine_paid;
    // Only a name in a sentence that speaks to the reader or makes the demand ("Die
    // Bundespolizei hat Ihren Computer gesperrt", "Twój adres IP został zapisany przez policję"):
    // a police note's or a news story's own sentences ("Policjanci prowadzą postępowanie") keep
    // counting. Not a name in a sentence that denies ("The police will never lock your
    // computer"; a condition is no denial: "if you do not pay, the police will …"), nor inside
    // quotation marks: a kit cannot switch its whole demand off with a decoy sentence, only that
    // sentence's name.
    let in_sentence = |a: &Hit, cats: &[Cat], min: f32| in_sentence_of(&hits, &mood, a, cats, min);
    let denies = |a: &Hit| denied(&hits, &mood, a);
    // A lock screen whose only words about crime are its authorities' names ("Popełniono
    // przestępstwo … Sprawa zostanie przekazana do prokuratury") and where no authority denies
    // anything: a name in any sentence is the kit's. A police note or a news story also speaks of
    // fraud, fraudsters, warnings, or has the police advise not to pay (a kit that adds such a
    // sentence falls back to the names in sentences that speak to the reader).
    let authorities = || of(&hits, Cat::Authority);
    // A police call screen names the authority that locked the computer ("Die Abteilung für
    // Cyberkriminalität hat Ihre Dateien beschlagnahmt"), not denied and not quoted: a campus
    // network's own block page ("Illegal activity was detected … to unlock your computer's
    // access, call the ResNet Help Desk") names none.
    let mut signed = false;
    for a in authorities() {
        if told && !denies(a) && !quoted(&text.base, a.start) {
            ev.police_lock |= locked;
            signed |= a.end <= text.title_end || in_sentence(a, &[Cat::Lock], 0.0);
        }
    }
    // A calm police screen (thirty-ninth session) states the fine with its sum ("Sie müssen eine
    // Geldstrafe von 200 € bezahlen", "U krijgt een boete van 300 euro") and signs with its
    // authority, in the title or in a sentence that locks ("Uw computer is
    // geblokkeerd door de politie"): a campus network's or an ISP's block page reports the same
    // accusation and gives its desk's line, demands no money, or is itself what blocks and fines
    // ("Your computer has been blocked from the residence network. The police reported illegal
    // activity … a fine of $50 is charged to your student account"). The fine is then the kit's
    // demand, as a voucher is.
    // Since the forty-second session with no other ransom word (review 41 R41-L1: "Your device
    // has been restricted … A fixed penalty of £250 is payable"): the signed fine is the
    // police's own demand, and no police force locks a computer for one. Not on a page that
    // says it is a game: a police chase game's "Dein Wagen wurde von der Polizei gesperrt …
    // Geldstrafe von 200 € Spielgeld" is its story.
    ev.police_fine = signed && fine_due && (locked || !mood.game());
    ev.police_lock |= ev.police_fine;
    // Fortieth session (R39-M5, B40-M2): a calm authority lock in any words: the reader's device
    // locked, an accusation stated or an authority speaking, and a fine with its sum that pays
    // the lock off: lifted in its sentence, or settled by the call next to it that the authority
    // asks. A campus network adds its penalty to the student's account and restores access after
    // a course.
    let accused = of(&hits, Cat::Ransom).any(|h| h.weight >= 1.0 && mood.stated(h));
    ev.fine_release = told
        && (ev.authority_speaks || accused)
        && of(&hits, Cat::Ransom).any(|h| {
            let (s, e) = mood.sentence(h);
            // (Not `stated`: the lifting is the fine's condition, "wird nach Zahlung …
            // aufgehoben".)
            h.weight < 1.0
                && !(mood.asked(h) || mood.negated(h))
                && addressed::shows_money(text.base.get(s..e).unwrap_or(""))
                && (ev.authority_speaks && mood.call_for(h)
                    || of(&hits, Cat::Release).any(|r| r.start >= s && r.end <= e))
        });
    // A lock a fine with its sum lifts is a fine on a lock too: its labelled officer is the one
    // to call ("Nach Zahlung des Verwarnungsgeldes (90 €) wird die Sperre
    // aufgehoben." above "Sachbearbeiterin: …", forty-third session, PO42-M1).
    ev.fine_lock |= ev.fine_release;
    // Forty-fourth session (review 43 R43-H1): the seizure or arrest threatened over a sum is
    // called off by the call itself: a halting word stated in the sentence that gives the number
    // ("to close the file before the officers are sent, ring …", "Um die Pfändung abzuwenden,
    // erreichen Sie …: 0800 …"). An office stops its measure on payment through its own
    // channels or a court's ruling; a lawyer's page offers a consultation, not the stop.
    // (A story's narration, "said", "according to": only there must the reader be named; a
    // seizure notice leaves the reader implicit, 「差押えを執行します」.)
    let narrated = of(&hits, Cat::Narration).any(|n| n.weight < 2.0);
    ev.call_off_at = of(&hits, Cat::Halt)
        .filter(|_| ev.debt_threat_told)
        .find_map(|h| {
            let (s, e) = mood.sentence(h);
            // Nor where the page's author speaks in it: a law firm's "to stop the seizure, call
            // our attorneys today" sells its help; the lure names an officer or "your" agent.
            // Forty-sixth session (lures49): the act undone under the call as its only condition
            // ("Der Haftbefehl wird aufgehoben, wenn Sie heute … anrufen", "le mandat sera levé
            // si vous appelez"): a condition after the halt whose clause holds a call verb and no
            // denial. And on a narrated page, the reader named in the threat's sentence or the
            // halt's: a news story's "To recall the warrant, call the county clerk" tells of a
            // suspect.
            let called = of(&hits, Cat::Conditional).any(|c| {
                c.start >= h.end
                    && c.end <= e
                    && of(&hits, Cat::Cta).any(|k| k.start >= c.end && k.end <= e)
                    && !of(&hits, Cat::Negation).any(|n| n.start >= c.end && n.end <= e)
            });
            if mood.asked(h)
                || mood.negated(h)
                || ((mood.conditional(h) || mood.after_condition(h)) && !called)
                || mood.reported(h)
                || (narrated && !(ev.debt_threat_you || mood.reader_in(s, e)))
            {
                return None;
            }
            // In the sentence, or right after its end with no word between ("… today:\n
            // 0800 …"); "Questions: 0300 …" after a court's "to stop it, pay online" is not it.
            // Forty-fifth session (review 44 R44-H1): or the first number after it, under a
            // short role label right after its end that names what the sentence told the reader
            // to contact ("… speak to the enforcement desk.\nEnforcement desk: +1 …", "…
            // comuníquese con el departamento de ejecución. Departamento de ejecución: …"); not
            // "Consultas: …" after "para paralizar el embargo, pague en la sede electrónica",
            // nor a label after another sentence.
            let p = phones.iter().find(|p| p.start >= s)?;
            let gap = text.base.get(e..p.start).unwrap_or("x");
            let label = gap.trim_start_matches(['.', ':', '!', ' ', '\n']);
            let sentence = text.base.get(s..e).unwrap_or("");
            // (Bytes: a stem cut inside a letter is the whole word.)
            let named = label.split(' ').filter(|w| w.len() >= 4).any(|w| {
                let stem = w.get(..5).unwrap_or(w);
                sentence.split(' ').any(|x| x.starts_with(stem))
            });
            let next_label =
                named && !addressed::any_stop(label) && calls::labelled(&text.base, p.start, false);
            (p.start <= e || !gap.chars().any(char::is_alphabetic) || next_label).then_some(p.start)
        });
    ev.call_off = ev.call_off_at.is_some();
    calls::signals(snap, &text, phones, &hits, &mood, &page, &mut ev);
    behaviour::signals(&snap.behaviour, &snap.dom, &mut ev);
    app_lock(&mut ev, &mood, &page.host);

    // (Only on a ransom screen: no other page pays for these scans.)
    let names = of(&hits, Cat::Awareness).all(|h| overlaps(&hits, Cat::Authority, h))
        && !authorities().any(&denies);
    // Forty-third session (review 42 R42-M1): a page whose only words about crime are its
    // authorities' names, that speaks to the reader with an authority and a sum in the same
    // sentence or the one before or after it ("Din restskatt är 7 200 kr. Polisen griper dig
    // i kväll"), names the police who will act on the reader's debt or fine: a threat, not a
    // police note (which warns about fraud or denies: "Polisen ringer aldrig") or quotes the
    // screen that says so. A sum and a "you" elsewhere on the page do not count (forty-third
    // session). Not on a government's host (its own fine-payment page).
    let owes = names
        && !page.government
        && hits
            .iter()
            .filter(|h| matches!(h.cat, Cat::Victim | Cat::Possessive))
            .any(|h| {
                let (s, e) = mood.sentence(h);
                // (Past the end's mark, of up to three bytes: "。".)
                let (before, after) = (
                    mood.sentence_start(s.saturating_sub(1)),
                    mood.sentence_from(e + 3).1,
                );
                mood.stated(h)
                    && !quoted(&text.base, h.start)
                    && !retold(&text.base, s, h.start)
                    && any_within(&hits, before, after, &[Cat::Authority], 0.0)
                    && addressed::shows_money(text.base.get(before..after).unwrap_or(""))
            });
    let demand = ev.ransom || ev.police_fine || ev.fine_release || owes;
    let names_only = demand && names;
    let to_reader = |a: &Hit| {
        !denies(a)
            && !quoted(&text.base, a.start)
            && (names_only
                || in_sentence(
                    a,
                    &[
                        Cat::Victim,
                        Cat::Possessive,
                        Cat::Ransom,
                        Cat::Lock,
                        Cat::Payment,
                    ],
                    0.0,
                ))
    };
    let signature = |a: &Hit| demand && overlaps(&hits, Cat::Authority, a) && to_reader(a);
    // A page that traps the person (dialogs in a loop, the keyboard locked, a leave prompt) is
    // damped by nothing in its title ("Polisen", "Emniyet Genel Müdürlüğü"), nor by an
    // authority's name in its text ("Polisen, …"): its identity claim, not talk
    // about scams (review 39 H1). (A calm police advice page off a government's host keeps its
    // name: "Polizei-Trojaner | Polizeiliche Beratung".)
    let b = &snap.behaviour;
    let traps = ev.kit_trap || b.keyboard_lock > 0 || b.beforeunload > 0;
    let own = |h: &Hit| h.end <= text.title_end || overlaps(&hits, Cat::Authority, h);
    // Not on a page that traps or goes full screen: a kit can borrow an IT page's "If you see
    // \"…\", do not call" (review 41 H41-H1), not its calm.
    ev.warned = !traps && b.fullscreen == 0 && reported::warned(&text.base, &hits, &ev.call_starts);
    ev.awareness = awareness(
        &text.base,
        &mood,
        // A full-screen page that makes the demand signs with its title too (R42-M1: a calm
        // police lock with full screen and sound only, "경찰청 사이버수사국").
        of(&hits, Cat::Awareness)
            .filter(|h| !(signature(h) || (traps || b.fullscreen > 0 && demand) && own(h))),
        &ev.call_starts,
    ) + if ev.warned { WARNED } else { 0.0 };
    ev.alert_judged = footer::alert_judged(&text, &hits, &ev);
    ev.reports_alert =
        reported::reports_alert(&text, &hits, &mood, &ev, !snap.tel_links.is_empty());
    ev.awareness_footer = footer::awareness_is_footer(&text, &hits, &ev);
    super::sort::by_key(&mut ev.reasons, |r| super::sort::descending(r.weight));
    ev
}

// `collect`'s helpers that it used as closures at several places each: LLVM inlined their
// loops at every use (forty-fourth session, Wasm size).

/// Whether the sentence of `a` holds a hit of one of `cats` of at least weight `min`.
#[inline(never)]
fn in_sentence_of(hits: &[Hit], mood: &addressed::Mood, a: &Hit, cats: &[Cat], min: f32) -> bool {
    let (s, e) = mood.sentence(a);
    any_within(hits, s, e, cats, min)
}

/// Whether the sentence of `a` denies (a negation of weight 1) and holds no condition: "if you
/// do not pay" is no denial.
#[inline(never)]
fn denied(hits: &[Hit], mood: &addressed::Mood, a: &Hit) -> bool {
    in_sentence_of(hits, mood, a, &[Cat::Negation, Cat::NegationAfter], 1.0)
        && !in_sentence_of(
            hits,
            mood,
            a,
            &[
                Cat::Conditional,
                Cat::ConditionalClause,
                Cat::ConditionalAfter,
            ],
            0.0,
        )
}

/// Whether `h` overlaps a hit of `cat`.
#[inline(never)]
fn overlaps(hits: &[Hit], cat: Cat, h: &Hit) -> bool {
    of(hits, cat).any(|o| o.start < h.end && h.start < o.end)
}

/// Whether `h` stands in the title or at the top of the text before any sentence ends, not
/// asked about (`collect`'s authority as the page's speaker).
#[inline(never)]
fn heads(text: &page::Text, mood: &addressed::Mood, h: &Hit) -> bool {
    // (Bytes, not a char pattern search: Wasm size.)
    let gap = text
        .base
        .as_bytes()
        .get(text.title_end..h.start)
        .unwrap_or(&[]);
    (h.start < text.title_end || gap.len() < 100 && !gap.iter().any(|c| b".!?:".contains(c)))
        && !mood.asked(h)
}

/// Whether a hit of one of `cats` with at least weight `min` lies within `s..e` (one out-of-line
/// copy of the loop for `collect`'s three uses).
#[inline(never)]
fn any_within(hits: &[Hit], s: usize, e: usize, cats: &[Cat], min: f32) -> bool {
    hits.iter()
        .any(|h| h.start >= s && h.end <= e && cats.contains(&h.cat) && h.weight >= min)
}

/// A full-screen page that does nothing no app does (`kit_trap`) and says it is a game
/// (`Mood::game`), or names an exam on its institution's host (`addressed::institution`) and
/// asks for no unlock call: score.rs reads its lock as an app's (review 40 H4).
#[inline(never)]
fn app_lock(ev: &mut Evidence, mood: &addressed::Mood, host: &str) {
    if ev.full_screen && !ev.kit_trap {
        ev.game = mood.game();
        ev.exam = mood.exam_named() && addressed::institution(host) && !mood.unlock_call();
    }
}

/// The weight of the page's words about scams. The promise never to call (weights.rs PROMISE)
/// is a kit's decoy when its own call to action with a number follows in the same or the next
/// sentence ("Apple will never call you. To unlock your account call Apple Support at
/// 1-888-…"): it does not count. Alone, it weighs PROMISE_ALONE (review 20 H1).
fn awareness<'a>(
    base: &str,
    mood: &addressed::Mood,
    hits: impl Iterator<Item = &'a Hit>,
    calls: &[usize],
) -> f32 {
    let ends = |c: &u8| matches!(c, b'.' | b'!' | b'?' | b'\n' | b';');
    let (mut sum, mut promises, mut other, mut promised) = (0.0, 0.0, false, false);
    for h in hits {
        if h.weight != PROMISE {
            sum += h.weight;
            other |= h.weight > 0.0;
            continue;
        }
        // Its sentence and the next one (up to the first end after a run of them).
        let (s, e) = mood.sentence(h);
        let rest = base.as_bytes().get(e..).unwrap_or(&[]);
        let lead = rest.iter().take_while(|c| ends(c)).count();
        let next = e
            + lead
            + rest[lead..]
                .iter()
                .position(ends)
                .unwrap_or(rest.len() - lead);
        if !calls.iter().any(|&p| s <= p && p < next) {
            promises += h.weight;
            promised = true;
        }
    }
    sum + match (other, promised) {
        (true, _) => promises,
        (false, true) => PROMISE_ALONE,
        _ => 0.0,
    }
}

/// Whether the lock at `at` is retold after a colon that ends a narration of five words or more
/// in its sentence ("Mieszkaniec gminy zobaczył na ekranie komunikat: Twój komputer …",
/// "Пенсионер увидел на экране надпись: Ваш компьютер …"): a story quoting the screen without
/// quotation marks. A screen's own heading before a colon is short ("ВНИМАНИЕ:", "Windows
/// Defender:") or stands on its own line.
fn retold(base: &str, sentence_start: usize, at: usize) -> bool {
    base.get(sentence_start..at)
        .and_then(|before| before.rfind(':').map(|i| &before[..i]))
        .is_some_and(|told| told.split_whitespace().count() >= 5)
}

/// Whether `at` lies inside quotation marks opened on its line and not closed before it (a
/// quote may run over several sentences: „Achtung! Ihr Computer wurde gesperrt …“; British
/// ‘…’ since the thirty-eighth session: a right single mark is an apostrophe too, and only
/// closes).
#[inline(never)]
fn quoted(base: &str, at: usize) -> bool {
    // At most the last 2 KB of the line: a quote that opened further back is no screen's.
    let mut from = at.saturating_sub(2048);
    while !base.is_char_boundary(from) {
        from += 1;
    }
    let line = base[from..at].rfind('\n').map_or(from, |i| from + i + 1);
    // (Single marks apart: a ’ inside “We’ve …” is an apostrophe and closes no double mark.)
    let (mut depth, mut single) = (0i32, 0i32);
    let mut plain = false;
    for c in base[line..at].chars() {
        match c {
            '„' | '«' | '「' | '『' => depth += 1,
            '»' | '」' | '』' | '”' => depth = (depth - 1).max(0),
            '“' => depth = if depth > 0 { depth - 1 } else { 1 },
            '‘' => single += 1,
            '’' => single = (single - 1).max(0),
            '"' => plain = !plain,
            _ => {}
        }
    }
    depth > 0 || single > 0 || plain
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn british_single_quotes_quote() {
        // Thirty-eighth session: ‘…’ opens and closes a quotation; a lone ’ is an apostrophe.
        let t = "‘we traced 0.6 btc that was stolen from you,’ one message read";
        assert!(quoted(t, t.find("stolen").unwrap()));
        assert!(!quoted(t, t.find("one message").unwrap()));
        let a = "don’t worry: we traced 0.6 btc";
        assert!(!quoted(a, a.find("traced").unwrap()));
        // (Review 38 B38-H1: an apostrophe inside a double quote closes nothing.)
        let d = "“we’ve traced 0.6 btc that was stolen from you,” one message read";
        assert!(quoted(d, d.find("stolen").unwrap()));
    }

    fn ids(snap: &Snapshot) -> Vec<ReasonId> {
        collect(snap).reasons.into_iter().map(|r| r.id).collect()
    }

    #[test]
    fn second_person_infection_claim() {
        let snap = Snapshot {
            text: "Warning: your computer is infected with spyware.".into(),
            ..Default::default()
        };
        assert!(ids(&snap).contains(&ReasonId::InfectionClaim));
    }

    #[test]
    fn phone_with_cta_is_listed() {
        let snap = Snapshot {
            url: "https://help-desk.example/".into(),
            text: "Please call toll free 1-888-555-0147 immediately".into(),
            ..Default::default()
        };
        let ev = collect(&snap);
        assert_eq!(ev.phones, vec!["1-888-555-0147".to_string()]);
    }

    #[test]
    fn phone_without_cta_is_not_listed() {
        let snap = Snapshot {
            text: "Our office: 020 7946 0321. Opening hours 9-17.".into(),
            ..Default::default()
        };
        assert!(collect(&snap).phones.is_empty());
    }

    #[test]
    fn a_bare_number_after_a_lock_claim_is_to_be_called() {
        let listed = |text: &str| {
            collect(&Snapshot {
                text: text.into(),
                ..Default::default()
            })
            .phones
        };
        assert_eq!(
            listed("Your Apple ID has been locked. Apple Support 1-888-555-0109"),
            vec!["1-888-555-0109".to_string()]
        );
        // An infection word, or a lock asked about, is no reason to call.
        assert!(
            listed("Scan results and threats found in one dashboard. Sales: 1-877-555-0100")
                .is_empty()
        );
        assert!(listed("Has your account been locked? Office: 020 7946 0321").is_empty());
    }

    #[test]
    fn tel_links_count() {
        let snap = Snapshot {
            tel_links: vec!["tel:+18885550147".into()],
            ..Default::default()
        };
        let ev = collect(&snap);
        assert_eq!(ev.phones.len(), 1);
    }
}
