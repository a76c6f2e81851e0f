//! From reasons to a level: group strengths, benign context, corroboration rules.
//!
//! The model is a handful of hand-set weights summed per group with a cap, and the explicit rules
//! below; every weight and bar is in `weights.rs`. Every rule needs two independent groups, so no single kind of
//! evidence (scary words, a phone number, a full-screen video) can put the overlay up alone.

use crate::verdict::{Detail, Group, Level, Options, Reason, ReasonId, Verdict};

use super::signals::Evidence;
use super::weights::{
    cap, rule, AWARENESS_DAMPING, AWARENESS_MIN, AWARENESS_PER_CLAIM, CALL, CALL_TOLL_FREE,
    HISTORY_FLOOD_MANY, STRICT_FACTOR, URGENCY,
};

/// Group strengths after caps.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
pub struct Strengths {
    pub impersonation: f32,
    pub scare: f32,
    pub cta: f32,
    pub payment: f32,
    pub lock: f32,
}

impl Strengths {
    /// The strengths of `reasons`, but those whose id is in `skip`.
    fn of(reasons: &[Reason], skip: &[ReasonId]) -> Strengths {
        let sum = |g: Group| group_sum(reasons, skip, g);
        Strengths {
            impersonation: sum(Group::Impersonation),
            scare: sum(Group::Scare),
            cta: sum(Group::CallToAction),
            payment: sum(Group::Payment),
            lock: sum(Group::Lock),
        }
    }

    fn total(&self) -> f32 {
        self.impersonation + self.scare + self.cta + self.payment + self.lock
    }
}

/// The strength of group `g`: the weights of its reasons but those in `skip`, summed and capped
/// (out of line: `Strengths::of` reads five groups).
#[inline(never)]
fn group_sum(reasons: &[Reason], skip: &[ReasonId], g: Group) -> f32 {
    let s: f32 = reasons
        .iter()
        .filter(|r| r.group == g && r.weight > 0.0 && !skip.contains(&r.id))
        .map(|r| r.weight)
        .sum();
    // `+ 0.0`: an empty float sum is -0.0, which would print as "-0".
    s.min(cap(g)) + 0.0
}

/// The greatest weight of the reasons `id` (0 without one). Out of line: `decide` reads it fifteen
/// times, and each inlined loop cost the Wasm its own copy.
#[inline(never)]
fn weight_in(reasons: &[Reason], id: ReasonId) -> f32 {
    reasons
        .iter()
        .filter(|r| r.id == id)
        .map(|r| r.weight)
        .fold(0.0f32, f32::max)
}

/// Decides the level. `ev.reasons` may gain an `awareness_context` reason.
pub fn decide(mut ev: Evidence, options: &Options) -> Verdict {
    // Benign context: a page that describes scams ("scammers claim your computer is infected")
    // rather than addressing the reader as a victim. Text evidence is damped; behaviour is not.
    let text_groups = [
        Group::Impersonation,
        Group::Scare,
        Group::CallToAction,
        Group::Payment,
    ];
    let has_text = ev.reasons.iter().any(|r| text_groups.contains(&r.group));
    let awareness = ev.alert_judged
        || ev.reports_alert
        || (!ev.awareness_footer
            && ev.awareness >= AWARENESS_MIN
            && ev.awareness >= AWARENESS_PER_CLAIM * ev.victim_claims as f32);
    let damped = awareness && has_text;
    if damped {
        let before = Strengths::of(&ev.reasons, &[]).total();
        for r in ev
            .reasons
            .iter_mut()
            .filter(|r| text_groups.contains(&r.group))
        {
            r.weight = (r.weight * AWARENESS_DAMPING * 100.0).round() / 100.0;
        }
        let after = Strengths::of(&ev.reasons, &[]).total();
        ev.reasons.push(Reason {
            id: ReasonId::AwarenessContext,
            group: Group::Scare,
            weight: ((after - before) * 100.0).round() / 100.0,
            detail: Detail::Score {
                score: (ev.awareness * 100.0).round() / 100.0,
            },
            addressed: false,
            text: english!("The page talks about scams (scammers, fraud, beware) rather than addressing you as a victim; its warnings count for less.").into(),
        });
    }

    // Recovery lures (thirty-third session): money gone from the reader's account, or another
    // claim stated to them, and the call to get it back ("A suspicious transfer of $2,480.00 was
    // sent from your account. To recover your funds, call our recovery team"), with a shown
    // number. Not on a page about scams, never on a brand's own site, one its title names, a
    // government's, nor in a mailbox: a bank's letter after the reader's report asks the same.
    // The loss is then the claim the warning shows (someone else used the account).
    // Thirty-seventh session: or a call to the page's own fraud team about a held payment, on a
    // site that is no bank's it names (signals/mod.rs `fraud_asked`).
    let recover_call = ((ev.recover_asked && !ev.self_named) || ev.fraud_asked)
        && ev.reasons.iter().any(|r| {
            r.id == ReasonId::PhoneCallToAction && r.weight >= rule::brand_call::NUMBER_CALL
        })
        && !damped
        && !ev.on_brand_host
        && !ev.government
        && !ev.mailbox;
    if let Some(r) = ev.recover_claim.take().filter(|_| recover_call) {
        ev.reasons.push(r);
    }

    let s = Strengths::of(&ev.reasons, &[]);
    // Strict mode lowers the bars by a quarter.
    let k = if options.strict { STRICT_FACTOR } else { 1.0 };
    let score = (s.total() * 100.0).round() / 100.0;

    let has = |id: ReasonId| ev.reasons.iter().any(|r| r.id == id);
    // Impersonation + scare needs the page to ask for something: a call, not to close it, a
    // payment. On a page that talks about scams, "do not close" is more likely quoted.
    // A sign-in box inside the alert asks for the password, as a number asks for a call.
    let asks = s.cta >= rule::asks::CALL
        || s.payment >= rule::asks::PAYMENT
        || ((has(ReasonId::DoNotClose) || ev.asks_password) && !damped);
    let impersonation_scare = {
        use rule::impersonation_scare::*;
        s.impersonation >= IMPERSONATION * k
            && s.scare >= SCARE * k
            && asks
            && s.impersonation + s.scare + s.cta + s.payment >= TEXT_TOTAL * k
    };
    let weight_of = |id: ReasonId| weight_in(&ev.reasons, id);
    let threat = [
        ReasonId::ErrorCode,
        ReasonId::DataLossThreat,
        ReasonId::DoNotClose,
    ]
    .iter()
    .any(|id| weight_of(*id) >= rule::brand_call::PRESSURE);
    // A product page sells protection ("Shieldly stops trojans, spyware and ransomware before they
    // reach your computer … from $34.99 a year"): with an offer and no threat, the malware it
    // names is what it sells against. Not beside a system screen's wording: a fake scan's results
    // ("Security Scan Results … may be infected with 5 viruses … order now") are no product page.
    // Nor with more than one phrase of urgency: a product page sells calmly ("Buy now"), a kit
    // that adds a price or a "Pricing" link still presses ("Security Alert … call immediately").
    let sells = ev.offer
        && !threat
        && weight_of(ReasonId::SystemScreen) == 0.0
        && weight_of(ReasonId::Urgency) < URGENCY.first + URGENCY.step;
    // A claim addressed to the reader, not just alarming vocabulary. On a page that talks about
    // scams an infection claim is most likely quoted ("they say your PC is infected"): it no
    // longer counts there (lock and do-not-close claims still do); nor on a product page.
    let claim = ev
        .reasons
        .iter()
        .any(|r| r.addressed && !((damped || sells) && r.id == ReasonId::InfectionClaim));
    // An IT notice's number offered for a case ("If your PC shows a stop code afterwards, call
    // the IT Service Desk on …", calls.rs `advised_call`), on a page that states nothing to the
    // reader but "do not turn off your PC": help, not the page's demand.
    // Not beside a brand the page poses as ("Windows Update - Microsoft … If your PC shows an
    // error, call the support team on …", review 32 HN32-H1): an IT notice names no identity.
    // Nor with any lock behaviour (a "leave this page?" prompt, audio, full screen: review 33
    // HN33-H1): an IT notice is a page to read, a kit holds its reader.
    // (Nothing stated to the reader but "do not close".)
    let only_close = !ev
        .reasons
        .iter()
        .any(|r| r.addressed && r.weight > 0.0 && r.id != ReasonId::DoNotClose);
    let brand_w = weight_of(ReasonId::BrandImpersonation);
    let advised = ev.advised_call && s.lock == 0.0 && brand_w == 0.0 && only_close;
    let scare_call = {
        use rule::scare_call::*;
        claim
            && !advised
            && s.scare >= SCARE * k
            && s.cta >= CALL * k
            && (s.impersonation >= ALSO_IMPERSONATION
                || s.scare >= ALSO_SCARE * k
                || s.payment >= ALSO_PAYMENT)
    };
    // A scam needs a way to reach the scammer: a number shown, called or not, a call asked, a
    // payment, a remote-access tool, the account's password (a copied command is ClickFix's).
    // A page with none whose lock is a full-screen app's (`app_lock`) is a game, however loud
    // its theme (a camp "under lockdown", a horror game's "Your PC is infected"
    // line): its lock backs no rule (review 39 H2). A kit with no number that loops
    // dialogs, floods the history or hides the cursor behind a leave prompt keeps it.
    // Review 40 H4: a page that says it is a game has an app's lock whatever its keys and its
    // leave prompt do, unless it tells the reader not to close it (a game's story does not, a
    // kit does). An exam's page on its institution's host that states nothing to the reader but
    // "do not leave", shows no free number and names no brand has one too, and its number is
    // its helpdesk's, not the lock's remedy.
    let helpdesk = ev.exam && only_close && !ev.toll_free && brand_w == 0.0;
    let app = ev.app_lock || ev.game && !ev.told_open;
    let unreachable = (helpdesk || app && !ev.shows_number && s.cta == 0.0)
        && !ev.asks_password
        && s.payment == 0.0;
    let scare_lock = {
        use rule::scare_lock::*;
        claim && s.scare >= SCARE * k && s.lock >= LOCK * k && !unreachable
    };
    // Scare text other than bare urgency words ("hurry", "immediately" also fill game pages).
    let scare_beyond_urgency: f32 = ev
        .reasons
        .iter()
        .filter(|r| r.group == Group::Scare && r.id != ReasonId::Urgency && r.weight > 0.0)
        .map(|r| r.weight)
        .sum();
    // Lock behaviour that traps the person: more than full screen, a hidden cursor and a "leave
    // this page?" prompt, which prank pages (a fake blue screen "press Esc to exit") use too; and
    // more than a few history entries, which a game's levels or a single-page app push.
    let traps = ev.reasons.iter().any(|r| {
        r.group == Group::Lock
            && !matches!(
                r.id,
                ReasonId::Fullscreen
                    | ReasonId::HiddenCursor
                    | ReasonId::LeaveTrap
                    | ReasonId::Audio
                    | ReasonId::FakeDialog
            )
            && !(r.id == ReasonId::HistoryFlood && r.weight < HISTORY_FLOOD_MANY)
    });
    // Several lock techniques plus any scare, identity or call text: image-only kits show little
    // more than a title or one line, and benign pages that use lock APIs (games, videos, quizzes,
    // slides) show none of it. With only the prank toolkit for a lock, a shown number or a named
    // brand as an identity is wanted (an image-only "Windows Defender Security Center" kit).
    // Beside the prank toolkit alone, a call is a shown number and an identity a brand named as
    // itself: a blue screen's "if you call a support person" and its system wording are what
    // prank pages copy. A call with no other text counts only beside lock behaviour no
    // full-screen app uses (`kit_trap`), or on a page that traps loudly in words the lexicon
    // cannot read (`trapped`, calls.rs): a game locks the keyboard and the pointer and shows its
    // studio's number ("Questions? Call our support"), an exam locks the keyboard, asks before
    // it is left and shows its helpline (eval23).
    let pressure = [
        ReasonId::Urgency,
        ReasonId::ErrorCode,
        ReasonId::DataLossThreat,
        ReasonId::DoNotClose,
        ReasonId::PaymentDemand,
        ReasonId::ChargeClaim,
    ]
    .iter()
    .any(|id| weight_of(*id) >= rule::brand_call::PRESSURE);
    // A kit's pressure stands in for `kit_trap`: "Call now", a toll-free number, "do not
    // close", an error code, or a page that says little more than its number (review 24 H3:
    // image-only kits under a neutral title); an app writes its own words and asks for its
    // number as a question ("Questions? Call our support").
    let kit_call = ev.kit_trap || ev.trapped || pressure || ev.toll_free || ev.bare;
    let shown_number = weight_of(ReasonId::PhoneCallToAction) >= rule::brand_call::NUMBER_CALL;
    let named_brand =
        weight_of(ReasonId::BrandImpersonation) >= rule::lock_multi::NAMED_IMPERSONATION;
    let lock_multi = {
        use rule::lock_multi::*;
        s.lock >= LOCK * k
            && ev.lock_kinds >= KINDS
            && !unreachable
            && if traps {
                scare_beyond_urgency >= ALSO_SCARE_BEYOND_URGENCY
                    || s.impersonation >= ALSO_IMPERSONATION
                    || (s.cta >= ALSO_CALL && kit_call)
            } else {
                (shown_number && kit_call) || named_brand
            }
    };
    // Corroboration across three independent groups, one of them behaviour: a page that poses as
    // a brand, asks for a call and presses not to leave (any two of those) while using two or more
    // lock techniques. Each text piece may be weak on its own (a number written by script, one
    // pressure line), which is why the rules above, that want a strong group, miss it.
    let lock_backed = {
        use rule::lock_backed::*;
        let supports = [
            if traps {
                s.impersonation >= SUPPORT_IMPERSONATION * k
            } else {
                named_brand
            },
            if traps {
                s.cta >= SUPPORT_CALL * k
            } else {
                shown_number
            },
            claim && s.scare >= SUPPORT_CLAIMED_SCARE * k,
            s.payment >= SUPPORT_PAYMENT * k,
        ]
        .iter()
        .filter(|b| **b)
        .count();
        s.lock >= LOCK * k && ev.lock_kinds >= KINDS && supports >= SUPPORTS && !unreachable
    };
    let payment_call = {
        use rule::payment_call::*;
        s.payment >= PAYMENT * k
            && s.cta >= CALL * k
            && (s.impersonation >= ALSO_IMPERSONATION * k || s.scare >= ALSO_SCARE * k)
    };
    // A number from the URL shown with a call to action: on the brand's own site that is search-
    // result injection; elsewhere it needs a scare claim or impersonation too (a form that echoes
    // "we will call you at …" is not a scam).
    let injected = {
        use rule::injected::*;
        ev.injected_phone
            && (ev.on_brand_host
                || s.scare >= ALSO_SCARE * k
                || s.impersonation >= ALSO_IMPERSONATION * k)
    };

    // Other brands' call-us scams: a claim addressed to the reader (account blocked or taken over,
    // an infection, a charge they never made) + a number to call + the brand on a site that is
    // not the brand's. A brand named only in the title needs one more piece of pressure, or to be
    // named again in the text.
    let brand_imp = weight_of(ReasonId::BrandImpersonation);
    let number_cta =
        !advised && weight_of(ReasonId::PhoneCallToAction) >= rule::brand_call::NUMBER_CALL;
    // A kit may hedge every claim ("your computer might be compromised"): with a brand identity,
    // a number and pressure, on a page not about scams, that still is its claim. Next to a price
    // or "order now" the hedge may be an offer ("your router could be compromised … add Norton
    // for $4.99 a month, call now"); a kit that shows a price too keeps its other pressure (an
    // error code, "your bank details could be stolen", "do not close"), which no offer needs.
    // Brandless money lures: a charge, a payment from the reader's account or money sent to it
    // by mistake, stated to the reader, a number to call about it, and what no bank or shop adds:
    // "do not close", an error code, or urgency and a threat of loss together ("call immediately
    // … or legal action"). A bank's own fraud alert, read in webmail with no host, says "Urgent:
    // did you make this purchase? … call us"; a shop's receipt names the bank card it charged (a
    // data-loss phrase): each of those alone does not count. Not a remote-access tool: an IT
    // desk reverses a licence charged by mistake and connects with Quick Assist.
    let pressed = |id: ReasonId| weight_of(id) >= rule::brand_call::PRESSURE;
    // Not on a government's host: a tax office or a court states there what the reader owes
    // or is owed, with its number ("You are due a tax refund … to receive it, call us with your
    // bank details"); a listed brand's kit planted on one is still read by the brand rules.
    let charge_call = weight_of(ReasonId::ChargeClaim) > 0.0
        && number_cta
        && !damped
        && !ev.on_brand_host
        && !ev.government
        && (pressed(ReasonId::DoNotClose)
            || pressed(ReasonId::ErrorCode)
            || ((pressed(ReasonId::Urgency) || ev.deadline) && pressed(ReasonId::DataLossThreat)));
    // Refund lures (nineteenth session): "you were charged $399.99 for the auto-renewal … to
    // cancel and get your refund, call". A charge stated to the reader, a call for money back or
    // about a charge the reader did not make, and a number, on a site that is neither the brand's
    // nor one its title names: a vendor confirms its own renewal on its own site, a bank its own
    // alert; a gym or a hotel says "to cancel, call" (a `to cancel` alone is not a refund).
    // And one piece of a kit's pressure or a security or support identity: a bank's own alert, a
    // vendor's receipt in webmail or on its shop's domain say the same words without it (review
    // 19 H1).
    // A tax refund owed to the reader is such a pretext too ("you are due a tax refund … to
    // receive your refund, call"): a tax office pays its refunds without a call and speaks of
    // them on its own host (`owed_asked` is never set on a government's). The same pressure or
    // identity: a tax adviser's advert says the same words with a free number ("Im
    // Durchschnitt steht Ihnen eine Steuererstattung von 1.072 € zu. Um Ihre Erstattung zu
    // erhalten, rufen Sie uns kostenlos an").
    let refund_call = (ev.refund_asked || ev.owed_asked)
        && number_cta
        && !damped
        && !ev.on_brand_host
        && !ev.self_named
        && (pressed(ReasonId::Urgency)
            || pressed(ReasonId::ErrorCode)
            || pressed(ReasonId::DoNotClose)
            || brand_imp >= rule::brand_call::TITLE_IMPERSONATION
            || (ev.owed_asked && ev.deadline)
            || ((ev.refund_asked || ev.owed_sum) && !(ev.mailbox || ev.names_host)));
    // Tax and debt lures (fortieth session, R39-M1, B40-H1): an authority speaking threatens the
    // reader's arrest over a sum (claims.rs), with a number and a deadline or urgency. No office
    // threatens an arrest to be called off by phone; off a government's host that is the lure.
    // Whoever speaks (forty-fourth session, R43-H1): the threat over a sum called off by the call
    // in the number's own sentence (signals `call_off`) is the pressure itself, with or without
    // a deadline word the lexicon reads ("vor 17 Uhr", "до 17:00").
    let arrest_call = (ev.arrest && (ev.deadline || pressed(ReasonId::Urgency)) || ev.call_off)
        && number_cta
        && !damped
        && !ev.government
        && !ev.on_brand_host;
    // Refund and voucher lures (review 39 R39-M2): the refund sent through a remote-access
    // tool, or vouchers as the payment with their codes read out by phone, and a number to
    // call; not on a site that names itself or the brand's (a vendor's refund page), nor on a
    // page about scams or a sales page (a remote-support plan with its refund terms).
    let remote_call = ((ev.remote_refund && !ev.offer) || ev.codes_read)
        && number_cta
        && !damped
        && !ev.on_brand_host
        && !ev.self_named
        && !ev.government;
    // Wallet lures: the recovery phrase asked of the reader ("must be verified", "enter your
    // seed phrase", "read your 24 words to the agent") with a number to call and a claim stated
    // to the reader (the wallet compromised, the funds frozen). Not urgency alone: a setup
    // guide says "write down the 24 words immediately … verify your recovery phrase on the
    // device", a vendor's advisory "update immediately … enter your recovery phrase only on the
    // device"; its support page says never to share it.
    let seed_call =
        ev.seed_asked && number_cta && claim && !damped && !ev.on_brand_host && !ev.self_named;
    // Brandless activation screens (nineteenth session): "Activation failed. Your licence has
    // expired. Call support …", stated to the reader, a shown number with a call to action, on a
    // site that is not the brand's, not one its title names, and not a page about scams; and a
    // kit's threat ("do not close", an error code with urgency, urgency with a threat of loss:
    // not urgency alone, an account page says "Renew immediately"; not an error code alone, a
    // help article is headed "Error 0x… activation failed"), or the failure as a headline of its
    // own with both a security or support title and a toll-free number, on a page that sells
    // nothing and gives no troubleshooting steps (a TV maker's "Activation error … restart your
    // router and try again, or call our toll-free line" is help). Review 19 H2. "Do not …" among
    // troubleshooting steps is one of them ("Do not turn off the printer while it updates").
    let failure_call = ev.failure_claim
        && number_cta
        && !damped
        && !ev.on_brand_host
        && !ev.self_named
        && ((pressed(ReasonId::DoNotClose) && !ev.retry)
            || (pressed(ReasonId::ErrorCode) && pressed(ReasonId::Urgency))
            || (pressed(ReasonId::Urgency) && pressed(ReasonId::DataLossThreat))
            || (ev.failure_headline
                && !ev.offer
                && !ev.retry
                && brand_imp >= rule::brand_call::TITLE_IMPERSONATION
                && weight_of(ReasonId::PhoneCallToAction) >= CALL + CALL_TOLL_FREE));
    let hedged = ev.hedged_claim
        && pressure
        && (!ev.offer || threat)
        && !damped
        && brand_imp >= rule::brand_call::IMPERSONATION * k;
    let brand_call = {
        use rule::brand_call::*;
        (claim || hedged)
            && number_cta
            && !ev.on_brand_host
            && (brand_imp >= IMPERSONATION * k
                || (brand_imp >= TITLE_IMPERSONATION && (pressure || ev.title_brand_in_text)))
    };
    // Brandless kits headed by the infection itself ("VIRUS DETECTED!" as the title) with a
    // number to call, pressure (urgency, an error code, "do not close") and more than the word
    // "virus": a repair shop asks ("Virus detected?"), a news headline says more ("Virus detected
    // on 40 city computers"), a health page titled "Virus detected" names only the virus.
    // The malware words count without "your" only on a page that does not put the reader's
    // machine under a condition: an IT notice tells what to do "if your computer shows …".
    let headline_call = claim
        && ev.headline_infection
        && (weight_of(ReasonId::InfectionClaim) >= rule::headline_call::INFECTION
            || (ev.infection_words >= rule::headline_call::WORDS && !ev.reader_conditional))
        && !damped
        && number_cta
        && !ev.on_brand_host
        && pressure;
    // Ransom lock screens: "your browser has been locked", a fine and an accusation, pay by
    // voucher to unlock. A news story or a police warning about them is damped or conditional.
    // Thirty-fourth session: the same screen asking for a call instead of a voucher ("Votre
    // ordinateur a été bloqué … activité illégale … pour débloquer votre ordinateur, appelez
    // l'agent chargé du dossier"): the ransom's words, an authority, the lock stated to the
    // reader, a shown number, and a kit's pressure (urgency, a threat of loss …) or a free
    // number: a campus network's block page says the police reported the reader's file sharing
    // and gives the steps and the help desk's line, with none (a deadline in hours is no
    // pressure: honest notices set them too). Never on a government's host or a site its title
    // names (a police force's page on its own site tells what such a screen says, and is damped
    // besides).
    // Fortieth session (R39-M5): or a lock lifted against a fine with its sum, in any words
    // (signals/mod.rs `fine_release`), authority named or not.
    let ransom_lock = ((ev.ransom && s.payment >= rule::ransom_lock::PAYMENT * k)
        || ((ev.police_lock && (pressure || ev.toll_free || ev.police_fine)) || ev.fine_release)
            && number_cta
            && !ev.self_named
            && !ev.government)
        && has(ReasonId::LockClaim)
        && !damped
        && !ev.on_brand_host;
    // A fine stated with its sum and paid by a payment named in its sentence ("Die Strafe von
    // 120 € ist mit einer Paysafecard zu begleichen. Geben Sie den Code unten ein"), on a
    // page that traps the person: a voucher's code typed into the screen for a fine, with or
    // without a lock word (review 41 R41-M1). A court's or a police force's page on paying a fine
    // traps no one.
    // Forty-fourth session (LU43-M1): or full screen alone where the fine's lock is stated to
    // the reader (`fine_lock`): a calm police screen asks the voucher's code in a field.
    let fine_voucher = ev.fine_paid
        && (traps || (ev.full_screen && ev.fine_lock))
        && s.payment >= rule::ransom_lock::PAYMENT * k
        && !damped
        && !ev.on_brand_host
        && !ev.government;
    // Fake system screens: the wording of a blue screen, update, activation or lock screen (two
    // distinct phrases at least) with a number to call and anything addressed to the reader, or
    // with behaviour that traps the person (not only full screen, a hidden cursor and a "leave
    // this page?" prompt, which prank pages use too).
    use rule::system_screen as sys;
    let screen = weight_of(ReasonId::SystemScreen);
    let system = screen >= sys::SCREEN;
    // Forty-sixth session (review 45 R45-M3): or the screen in full screen; a prank in full
    // screen shows no number, a forum or a help page quoting a screen is no full-screen page.
    let system_call = system
        && number_cta
        && (claim
            || weight_of(ReasonId::ErrorCode) >= sys::ALSO_ERROR_CODE
            || brand_imp >= sys::ALSO_IMPERSONATION
            || ev.full_screen);
    // Brandless error screens (forty-sixth session, R45-M3): the page goes full screen to show
    // an error code (an error phrase or a `0x…` code, not a ticket number) and a number to
    // call, with a claim stated to the reader and a kit's pressure ("Error # 0x80072ee7. Your
    // computer has been locked. Do not restart. Call …": "do not close", urgency, a threat of
    // loss or a free number) or nothing else to read ("Error # 0x268d3 … Call …"). A device
    // management page says "This device is locked by ACME IT (error 0x80180014). If you found
    // it, please call …" without pressure. Not a game's or an exam's screen, nor a site's own
    // (a brand's, one its title names, a government's), nor a page about scams.
    let error_call = ev.full_screen
        && ev.error_shown
        && number_cta
        && ((claim
            && (pressed(ReasonId::DoNotClose)
                || pressed(ReasonId::Urgency)
                || pressed(ReasonId::DataLossThreat)
                || ev.toll_free))
            || ev.terse)
        && !damped
        && !ev.on_brand_host
        && !ev.self_named
        && !ev.government
        && !ev.exam
        && !ev.game
        && !unreachable;
    let system_lock = system
        && s.lock >= sys::LOCK * k
        && ev.lock_kinds >= sys::LOCK_KINDS
        && traps
        && !unreachable;
    // A system screen with no number to call and no lock behaviour is a picture of one (a prank
    // page, a tutorial): it does not count toward the badge either.
    let badge = if screen > 0.0 && !number_cta && s.lock < sys::PICTURE_LOCK * k {
        Strengths::of(&ev.reasons, &[ReasonId::SystemScreen, ReasonId::ErrorCode])
    } else {
        s
    };

    let suspicious = {
        use rule::suspicious::*;
        badge.total() >= SCORE * k
            // On the brand's own site its warnings and numbers are its own: only behaviour counts.
            && (!ev.on_brand_host || badge.lock >= LOCK * k)
            && (badge.scare >= SCARE * k
                || badge.lock >= LOCK * k
                || (badge.impersonation >= IMPERSONATION
                    && badge.cta + badge.scare + badge.payment >= IMPERSONATION_OTHER_TEXT))
    };

    let level = if impersonation_scare
        || brand_call
        || charge_call
        || refund_call
        || arrest_call
        || remote_call
        || seed_call
        || recover_call
        || failure_call
        || headline_call
        || ransom_lock
        || fine_voucher
        || system_call
        || error_call
        || system_lock
        || scare_call
        || scare_lock
        || lock_multi
        || lock_backed
        || payment_call
        || injected
    {
        Level::Scam
    } else if suspicious {
        Level::Suspicious
    } else {
        Level::Safe
    };
    // The money owed is the claim a refund lure's warning shows (review 39 B-L1).
    if refund_call && !has(ReasonId::ChargeClaim) {
        // (Last: the reasons are shown in their order, and its weight counts in no score.)
        ev.reasons.extend(ev.owed_claim.take());
    }
    Verdict {
        level,
        score,
        reasons: ev.reasons,
        phones: ev.phones,
        ..Verdict::default()
    }
}
