//! Claims and pressure in the page's words: infection and lock claims addressed to the reader,
//! error codes, urgency, "do not close", data-loss threats, remote-access tools, payment demands.

use crate::verdict::{Detail, Group, ReasonId};

use super::super::lexicon::{Cat, Hit};
use super::super::weights::{
    Ladder, ACCOUNT_CLAIM, CHARGE_CLAIM, CLAIM_WINDOW, DATA_LOSS, DO_NOT_CLOSE, ERROR_BOTH,
    ERROR_HEX_ONLY, ERROR_PHRASE, INFECTION_CLAIM, INFECTION_WORDS, INFECTION_WORDS_MIN,
    LOCK_CLAIM, PAYMENT, PAYMENT_SEVERAL, PRODUCT_GAP, PROTECT_WINDOW, RANSOM_WORDS, REMOTE_ACCESS,
    URGENCY,
};
use super::addressed::{self, Mood};
use super::excerpt::excerpt;
use super::near::{claims, distinct_phrases, of, picked, Near};
use super::page::Text;
use super::{excerpt_of, footer, reason, Evidence};

pub(super) fn signals(text: &Text, hits: &[Hit], mood: &Mood, ev: &mut Evidence) {
    let base = &text.base;

    // Claims addressed to the reader. An infection word right next to a protection word ("protect
    // your PC against viruses", "virus removal") sells a product or a service: not a claim.
    let victim = [Cat::Victim];
    // Stated, not asked or conditional: "Is your computer infected?" is a repair shop's question.
    let protect = Near::new(hits, &|c| c == Cat::Protect);
    let shielded = |h: &Hit| h.cat == Cat::Infection && protect.any(h, PROTECT_WINDOW);
    let near_victim = claims(hits, Cat::Infection, &victim, CLAIM_WINDOW);
    let infection = picked(hits, Cat::Infection, &mut |h| {
        (near_victim.iter().any(|v| std::ptr::eq(*v, h)) || mood.headline(h))
            && !shielded(h)
            && mood.stated(h)
    });
    ev.headline_infection = infection.iter().any(|h| mood.headline(h));
    let all_infection = picked(hits, Cat::Infection, &mut |h| !shielded(h));
    // Under a headline claim ("VIRUS DETECTED!") the malware the page names is the reader's too,
    // unless the page's author reports what its organisation found ("Our antivirus found
    // ransomware, trojans and spyware on the school network").
    let named: Vec<&Hit> = all_infection
        .iter()
        .copied()
        .filter(|h| mood.stated(h) && !mood.reported(h))
        .collect();
    ev.infection_words = distinct_phrases(&named);
    ev.reader_conditional = mood.reader_conditional();
    // A claim only hedged ("your computer might be compromised", "kan worden geblokkeerd").
    ev.hedged_claim = hits.iter().any(|h| mood.hedged_claim(h));
    // A price or "order now": hedges on such a page may be an offer (score.rs).
    ev.offer = hits.iter().any(|h| h.cat == Cat::Offer);
    // "Try again", "restart your router": a help article's steps (score.rs failure headline).
    ev.retry = hits.iter().any(|h| h.cat == Cat::Retry);
    let k = distinct_phrases(&infection);
    let w_inf = if k > 0 {
        INFECTION_CLAIM.of(k)
    } else if distinct_phrases(&all_infection) >= INFECTION_WORDS_MIN {
        INFECTION_WORDS
    } else {
        0.0
    };
    if w_inf > 0.0 {
        let h = infection.first().or(all_infection.first());
        let detail = Detail::Excerpt {
            text: h
                .map(|h| excerpt(base, h.start, h.end, 30))
                .unwrap_or_default(),
        };
        let mut r = reason(
            ReasonId::InfectionClaim,
            Group::Scare,
            w_inf,
            detail,
            english!("The page claims your device is infected with a virus or spyware. Web pages cannot scan your computer."),
        );
        // Three or more infection words without "your": alarming vocabulary, not a claim.
        r.addressed = k > 0;
        for h in &infection {
            footer::note_claim(text, mood, h, ev);
        }
        ev.reasons.push(r);
    }
    // A possessive shortly before counts too: "your Netflix account has been suspended". On a
    // page that sells, a lock word right before the malware it names is the product at work
    // ("Vireo blockiert Trojaner", "bloque les chevaux de Troie"), not the reader's thing locked.
    let malware = Near::new(hits, &|c| c == Cat::Infection);
    let blocks = |h: &Hit| {
        ev.offer
            && malware.hits.iter().any(|m| {
                m.start >= h.end
                    && m.start <= h.end + PRODUCT_GAP
                    && !super::addressed::any_stop(&base[h.end..m.start])
            })
    };
    // An exam or a game (its frame: question 7 of 30, time left, level, score, lives: `Mood::app`)
    // with none of a kit's pressure: no brand identity, infection claim, error code or toll-free
    // number (a kit's "security exam" names none of the frame and has them: review 24 H4). There
    // the exam's rules ("your screen is locked until the exam ends"), its "do not leave this
    // window" and its clock are the app's, not a kit's lock, pressure and urgency (review 24 M2).
    let calm = k == 0
        && !ev
            .reasons
            .iter()
            .any(|r| r.id == ReasonId::BrandImpersonation && r.weight >= 2.0)
        && !hits
            .iter()
            .any(|h| matches!(h.cat, Cat::Error | Cat::TollFree | Cat::Charge) && h.weight >= 1.0)
        && !mood.unlock_call();
    let app_page = ev.full_screen
        && calm
        // An exam locks its window; a lock claim about the reader's device that is no exam rule
        // ("Your computer has been locked for your security. Level 4. Time remaining: 04:59") and
        // a pressed call ("Call now", not after a question) are a kit's (review 25 H1).
        && of(hits, Cat::Lock).all(|h| !mood.addressed(h) || mood.routine_lockout(h) || mood.exam(h))
        && !of(hits, Cat::Urgency).any(|h| mood.stated_call(h))
        // Nor a "do not close" that names the device: an exam keeps its window open, a fake
        // scan forbids restarting the computer ("start uw computer niet opnieuw op", review 28).
        && !of(hits, Cat::DoNotClose).any(|h| mood.device(h))
        && mood.app()
        && !super::super::phone::find_phones(base)
            .iter()
            .any(|p| p.toll_free);
    let exam = |h: &Hit| app_page && (h.cat != Cat::Lock || mood.exam(h));
    // A screen locked for or during an exam ("Ihr Bildschirm ist für die Dauer der Prüfung
    // gesperrt", "verrouillé pendant l'examen") states the exam's own rule even with no frame and
    // a proctor's "do not turn off the computer": no lock claim on a calm page (review 45 H1).
    let exam_lock = |h: &Hit| calm && mood.exam(h);
    // Nor a lock still to come that the reader avoids alone (an IT desk's password expiry:
    // `Mood::self_served`).
    let lock = picked(hits, Cat::Lock, &mut |h| {
        mood.addressed(h)
            && !blocks(h)
            && !mood.routine_lockout(h)
            && !exam(h)
            && !exam_lock(h)
            && !mood.self_served(h)
    });
    let kl = distinct_phrases(&lock);
    if kl > 0 {
        let mut r = reason(
            ReasonId::LockClaim,
            Group::Scare,
            LOCK_CLAIM.of(kl),
            excerpt_of(base, lock[0], 30),
            english!("The page claims your computer or account has been blocked or locked."),
        );
        r.addressed = true;
        for h in &lock {
            footer::note_claim(text, mood, h, ev);
        }
        ev.reasons.push(r);
    }
    // An activation failed or a licence expired, the reader's (stated to them, or inside their
    // lock claim): the claim of brandless activation screens (score.rs `failure_call`).
    ev.failure_claim = of(hits, Cat::Failure).any(|f| {
        (mood.addressed(f) && !mood.routine_lockout(f))
            || lock.iter().any(|l| l.start < f.end && f.start < l.end)
    });
    // The failure as a headline of its own ("Activation failed.", the title "Échec de
    // l'activation"): the way a screen shows it; an account page lists it in a sentence ("Your
    // licence has expired on 01/12/2026. Renew it from your account").
    ev.failure_headline =
        ev.failure_claim && of(hits, Cat::Failure).any(|f| mood.headline(f) && mood.stated(f));
    let account = addressed::account(mood, hits).or_else(|| {
        mood.disowned_lock(&lock).map(|hit| addressed::Claim {
            weight: ACCOUNT_CLAIM.first,
            hit,
        })
    });
    if let Some(c) = account {
        footer::note_claim(text, mood, c.hit, ev);
        let mut r = reason(
            ReasonId::AccountClaim,
            Group::Scare,
            c.weight,
            excerpt_of(base, c.hit, 30),
            english!("The page claims your account or device has been hacked, accessed by someone else or leaked."),
        );
        r.addressed = true;
        ev.reasons.push(r);
    }
    let charge = addressed::charge(mood, hits);
    let charged = charge.is_some();
    // A refund lure's pretext is a renewal the reader never asked for: an order, a booking or a
    // ticket with a refund policy and its number names none (review of the step, same session).
    let refund_call = charged
        && hits
            .iter()
            .any(|h| h.cat == Cat::Refund && mood.call_for(h) && !mood.negated(h));
    ev.refund_asked = refund_call
        // (Not `stated`: Spanish "se ha renovado" reads as Italian/Portuguese "se", if; a
        // sentence that opens with a condition is a policy: "If your plan is renewed, …".)
        && of(hits, Cat::Renewal)
            .any(|h| !(mood.asked(h) || mood.negated(h) || mood.after_condition(h)));
    // Or money an office owes the reader, a tax refund named where nothing asks or conditions it
    // ("you are due a tax refund … to receive your refund, call"; not "Are you due a tax
    // refund? We claim it for you").
    // Thirty-ninth session: or an overpayment (`owed` weight 0.5: "you overpaid £318.44",
    // "eine Überzahlung von 412,60 €") whose return needs the reader's details given by phone
    // (`refund` weight 0.3 beside a call word: "confirm your details by phone"). A utility's or
    // an insurer's bill states the overpayment too, and pays it back without a call.
    let by_phone =
        of(hits, Cat::Refund).any(|h| h.weight < 0.4 && mood.stated(h) && mood.call_for(h));
    // The sum owed, to the cent, right after the refund it names ("you are due a tax refund of
    // £326.40", "un remboursement d'impôt de 412,50 €"): a reckoning of the reader's own, which
    // an adviser's advert cannot make (its sums are averages: "1.072 €").
    // A deadline within hours set to the reader ("today", "within 48 hours", "final notice").
    // (Not `negated`: "if you do not pay today" sets it too.)
    ev.deadline = of(hits, Cat::Deadline).any(|h| !mood.asked(h));
    // Fortieth session (review 39 B-M1): an overpayment's details asked by phone count only
    // against such a deadline ("… by phone today", "entro oggi"), or on shared hosting, where no
    // biller has its site: a utility's own customer area asks the same within 30 days, or pays
    // the credit back unasked. A tax refund owed
    // with the card asked by phone ("have your card at hand when you call", R39-M1)
    // is asked as a call to receive it is.
    for h in of(hits, Cat::Owed) {
        if mood.stated(h)
            && if h.weight < 1.0 {
                by_phone && (ev.deadline || ev.shared_host)
            } else {
                refund_call || by_phone
            }
        {
            ev.owed_asked = true;
            ev.owed_sum |= addressed::cents_after(base, h.end);
            // The money owed is the claim the warning shows (review 39 B-L1).
            if !charged && ev.owed_claim.is_none() {
                let mut r = reason(
                    ReasonId::ChargeClaim,
                    Group::Payment,
                    CHARGE_CLAIM,
                    excerpt_of(base, h, 30),
                    english!("The page claims you are owed money (an overpayment, a tax refund), so that you call and give your details."),
                );
                r.addressed = true;
                ev.owed_claim = Some(r);
            }
        }
    }
    // The reader's arrest threatened by an authority speaking (signals::collect), with a sum of
    // money in the 300 bytes up to its sentence's end: a tax or debt lure's threat (score.rs
    // `arrest_call`). Stated, or under a condition of not paying ("if you do not pay today");
    // a lawyer's or a court's page asks about a warrant, or puts it under the reader's case
    // ("if there is a warrant against you").
    // (The threat alone, whoever speaks, makes a number after a role label a call: calls.rs.)
    // Forty-fourth session (review 43 R43-H1): or the sum in the next sentence, the price that
    // lifts the threat ("… the court has a warrant out for you. Bail of $900 lifts it."); and
    // a condition word glued to the threat's verb, the only one before it, is the Spanish,
    // Portuguese or Slovak reflexive "se" ("esta tarde se embargará su sueldo"), not the
    // Italian "if", which opens a clause before it ("se non paga, …"): no condition to match.
    // (Not a next sentence that asks: a lawyer's heading "Pfändung durch das Finanzamt" over
    // "Droht Ihnen … ab 3.000 € eine Pfändung? …", forty-fifth session.)
    let threat = |h: &Hit| {
        let (s, e) = mood.sentence(h);
        let n = mood.sentence_from((e + 1).min(base.len())).1;
        let e = if base.get(n..).is_some_and(|t| t.starts_with(['?', '？'])) {
            e
        } else {
            n
        };
        let a = addressed::floor(base, h.start.saturating_sub(300));
        let mut conds = of(hits, Cat::Conditional).filter(|c| c.start >= s && c.end <= h.start);
        let glued = conds.next().is_some_and(|c| c.end + 1 == h.start) && conds.next().is_none();
        // A denial earlier in its sentence is advice ("no tax office will demand … to stop
        // an arrest warrant") unless it is the condition's: "if you do not pay".
        !mood.asked(h)
            && (glued
                || (mood.conditional(h) || mood.after_condition(h))
                    == of(hits, Cat::Negation).any(|n| {
                        // (A hedge is a denial only as a modal, "may be", "kann": "will be" is
                        // the future a threat is told in, "Deputies will be sent to take you
                        // into custody", forty-sixth session.)
                        n.start >= s
                            && n.end <= h.start
                            && (n.weight >= 1.0
                                || of(hits, Cat::Possible)
                                    .any(|p| p.start < n.end && n.start < p.end))
                    }))
            && addressed::shows_money(base.get(a..e).unwrap_or(""))
    };
    ev.debt_threat = of(hits, Cat::Arrest).any(threat);
    // Told as what will be done, for the call-off (signals `call_off`, forty-fourth session,
    // review 44 L44-H1): not what a creditor can do ("a creditor can garnish your wages", "un
    // commissaire peut pratiquer une saisie": a modal in its sentence, which takes in a heading
    // run into it), nor the act a halt names in its clause ("to stop the garnishment, a
    // counsellor can help", "Um die Pfändung abzuwenden, …"): a debt adviser's page.
    // Where the sum is only in the next sentence (a heading run into the text), that
    // sentence's modal counts too.
    // (Every told threat is read for the reader: a title's bare "Арест счёта" runs into the
    // first sentence, the threat told to "ваш" comes later.)
    let mut you = false;
    ev.debt_threat_told = of(hits, Cat::Arrest).fold(false, |any, h| {
        let (s, e) = mood.sentence(h);
        let a = addressed::floor(base, h.start.saturating_sub(300));
        let m_end = if addressed::shows_money(base.get(a..e).unwrap_or("")) {
            e
        } else {
            mood.sentence_from((e + 1).min(base.len())).1
        };
        let within = |c, end| of(hits, c).filter(move |m| m.start >= s && m.end <= end);
        // (Not "unless you call" after it, weight 0.5: the call is the way out, not the act's
        // own clause.)
        let halts = within(Cat::Halt, e).filter(|m| m.weight >= 1.0).any(|m| {
            let (a, b) = (m.end.min(h.end), m.start.max(h.start));
            // (A sum's comma or dot between digits ends no clause: "$1,240".)
            let t = base.get(a..b).unwrap_or(",");
            let digit = |i: usize| t.as_bytes().get(i).is_some_and(u8::is_ascii_digit);
            !t.char_indices().any(|(i, c)| {
                matches!(c, ',' | '，' | '、' | '。') && !(i > 0 && digit(i - 1) && digit(i + 1))
            })
        });
        let told = threat(h) && within(Cat::Possible, m_end).next().is_none() && !halts;
        you |= told && mood.reader_in(s, m_end);
        any || told
    });
    ev.debt_threat_you = you;
    ev.arrest = ev.authority_speaks && ev.debt_threat;
    // A wallet's recovery phrase asked of the reader; "never share your recovery phrase",
    // "if you entered your recovery phrase on a website" are a vendor's advice.
    ev.seed_asked = of(hits, Cat::Seed).any(|h| mood.stated(h));
    if let Some(c) = charge {
        footer::note_claim(text, mood, c.hit, ev);
        let mut r = reason(
            ReasonId::ChargeClaim,
            Group::Payment,
            c.weight,
            excerpt_of(base, c.hit, 30),
            english!("The page claims you were charged or a subscription was renewed, so that you call to cancel or for a refund."),
        );
        r.addressed = true;
        ev.reasons.push(r);
    }
    ev.screen_shown =
        addressed::code_shown(mood, hits) || addressed::screen_titled(base, text.title_end, hits);
    if let Some(c) = addressed::system_screen(mood, hits, ev.screen_shown) {
        ev.reasons.push(reason(
            ReasonId::SystemScreen,
            Group::Impersonation,
            c.weight,
            excerpt_of(base, c.hit, 30),
            english!("The page imitates a system screen of your computer (blue screen, update, activation, sign-in or scan). A web page cannot show these."),
        ));
    }
    let dnc: Vec<&Hit> = of(hits, Cat::DoNotClose).collect();
    ev.victim_claims = infection.len() + lock.len() + dnc.len() + usize::from(account.is_some());

    // Error and ticket codes.
    // A ticket or reference number (lexicon weight 0.5) is an error code only beside a claim of
    // infection, lock, takeover or a system screen: a booking confirmation quotes its "booking
    // reference number" and an order its own (nineteenth session).
    let scared = k > 0
        || kl > 0
        || account.is_some()
        || ev.reasons.iter().any(|r| r.id == ReasonId::SystemScreen);
    let errors = picked(hits, Cat::Error, &mut |h| scared || h.weight >= 1.0);
    let hex = hex_code(base);
    ev.error_shown = hex.is_some() || errors.iter().any(|h| h.weight >= 1.0);
    if !errors.is_empty() || hex.is_some() {
        let mut w: f32 = if errors.is_empty() {
            ERROR_HEX_ONLY
        } else {
            ERROR_PHRASE
        };
        if hex.is_some() && !errors.is_empty() {
            w += ERROR_BOTH;
        }
        let detail = match (errors.first(), hex) {
            (Some(h), _) => excerpt_of(base, h, 16),
            (None, Some(code)) => Detail::Code { code },
            _ => Detail::Code {
                code: String::new(),
            },
        };
        ev.reasons.push(reason(
            ReasonId::ErrorCode,
            Group::Scare,
            w,
            detail,
            english!("The page shows an error or ticket code to make its warning look technical."),
        ));
    }

    let simple: [(ReasonId, Cat, Ladder, &str); 3] = [
        (ReasonId::Urgency, Cat::Urgency, URGENCY, english!("The page pressures you to act immediately.")),
        (
            ReasonId::DoNotClose,
            Cat::DoNotClose,
            DO_NOT_CLOSE,
            english!("The page tells you not to close it or restart your computer: closing it is exactly what is safe to do."),
        ),
        (
            ReasonId::DataLossThreat,
            Cat::DataLoss,
            DATA_LOSS,
            english!("The page threatens that your data, passwords or identity are being stolen or lost."),
        ),
    ];
    // "Inserisci la tua password", "Forgot your password?": the password asked for, not stolen.
    let asked_for = |h: &Hit| {
        mood.asked(h)
            || hits
                .iter()
                .any(|p| p.cat == Cat::Password && p.start < h.end && h.start < p.end)
    };
    for (id, cat, ladder, sentence) in simple {
        // "Si tiene fiebre, llame ahora": urgency under a condition is advice. "Protects you from
        // identity theft", "protection contre le vol d'identité": a product, not a threat.
        let found = picked(hits, cat, &mut |h| {
            (cat != Cat::Urgency || !(mood.after_condition(h) || exam(h) && !mood.stated_call(h)))
                && (cat != Cat::DoNotClose
                    || !(mood.after_reader_condition(h) || mood.while_processing(h) || exam(h)))
                && (cat != Cat::DataLoss || !(mood.shielded(h) || asked_for(h)))
        });
        let k = distinct_phrases(&found);
        if k > 0 {
            let mut r = reason(
                id,
                Group::Scare,
                ladder.of(k),
                excerpt_of(base, found[0], 20),
                sentence,
            );
            // "Do not close" is addressed to the reader by its nature.
            r.addressed = id == ReasonId::DoNotClose;
            ev.told_open |= r.addressed;
            ev.reasons.push(r);
        }
    }

    // A promise never to ask for remote access is advice ("we will never ask you to install …").
    // The tools a promise lists after the first ("never give remote access, for example with
    // AnyDesk or TeamViewer, to …") are the promise's too: a tool after a promised one in the same
    // sentence.
    let mut promised: Option<&Hit> = None;
    let tools = picked(hits, Cat::RemoteAccess, &mut |h| {
        let listed = promised.is_some_and(|p| mood.same_sentence(p, h));
        let kept = !listed && !mood.never_asked(h);
        if !kept {
            promised = Some(h);
        }
        kept
    });
    if let Some(h) = tools.first() {
        ev.reasons.push(reason(
            ReasonId::RemoteAccessTool,
            Group::Payment,
            REMOTE_ACCESS,
            excerpt_of(base, h, 0),
            english!("The page mentions remote-access software: scammers use it to take control of your computer."),
        ));
    }
    // Fortieth session (R39-M2, B40-M1): the refund paid through remote access: the money back
    // or owed to the reader in the sentence of a remote-access tool ("the agent connects with
    // AnyDesk to send your refund"), or stated with its sum as the page's news beside one ("Your
    // refund of $89.00 is ready … install AnyDesk"). A helper's guarantee answers a question or
    // holds a condition ("Not fixed? Full refund of $49.", "a full refund if it stays broken");
    // an IT desk connects to remove software.
    /// Bytes after a refund's sentence within which a remote session is its way of payment.
    const REMOTE_NEXT: usize = 160;
    ev.remote_refund = !tools.is_empty()
        && hits.iter().any(|h| {
            let s = mood.sentence(h).0;
            matches!(h.cat, Cat::Refund | Cat::Owed)
                && !(mood.negated(h) || mood.asked(h) || mood.after_condition(h))
                && (tools.iter().any(|t| {
                    mood.same_sentence(t, h)
                        || mood.same_sentence(h, t)
                        // Or the session told right after the refund's news, in other words
                        // ("Your refund of 120 € is ready. An agent will connect to your PC …";
                        // review 42 R42-H1), the refund stated to the reader.
                        // Not a session denied ("remote access is not needed"), nor a refund
                        // under a condition ("Refunds: if you were charged twice, …").
                        || (mood.stated(h)
                            && !mood.negated(t)
                            && t.start >= mood.sentence(h).1
                            && t.start - mood.sentence(h).1 <= REMOTE_NEXT
                            && !hits.iter().any(|c| {
                                matches!(c.cat, Cat::Conditional | Cat::ConditionalClause)
                                    && c.start >= mood.sentence(h).0
                                    && c.start < mood.sentence(h).1
                            }))
                }) || (mood.stated(h)
                        && !base
                            .as_bytes()
                            .get(..s)
                            .unwrap_or(&[])
                            .trim_ascii_end()
                            .ends_with(b"?")
                        // (A sum's cents end no sentence here: the condition follows it.)
                        && !hits.iter().any(|c| {
                            matches!(c.cat, Cat::Conditional | Cat::ConditionalClause)
                                && c.start >= s
                                && c.start < h.end + 30
                        })
                        && addressed::cents_after(base, h.end)))
        });
    // A ransom lock screen's words and a password asked: read by the rules (score.rs), not
    // reasons of their own (the lock claim and the payment demand they go with are).
    let stated = |cat: Cat| -> Vec<&Hit> { picked(hits, cat, &mut |h| mood.stated(h)) };
    let ransom = stated(Cat::Ransom);
    let mut seen: Vec<usize> = Vec::new();
    let mut w = 0.0;
    for h in &ransom {
        if !seen.contains(&h.phrase) {
            seen.push(h.phrase);
            w += h.weight;
        }
    }
    ev.ransom = w >= RANSOM_WORDS;
    ev.asks_password = !stated(Cat::Password).is_empty();
    // A payment asked about or put under a condition is a demand only where the page states
    // what it asks about (a lock, a takeover, a charge: "your card has been blocked … if you did
    // not make this purchase, call us"); with nothing stated it is a help page's advice, what to
    // do "if there is a charge you do not recognise" (「身に覚えのない請求がある場合は」,
    // nineteenth session).
    let claimed = k > 0 || kl > 0 || account.is_some() || charged;
    // A recovery lure: money gone from the reader's account stated ("a suspicious transfer of
    // $2,480.00 was sent from your account": a sum or "we detected", the reader's account, no
    // condition) or another claim, and the call to get it back ("to recover your funds, call our
    // recovery team"). A bank's help page puts both under a condition ("If you notice a
    // suspicious transaction on your account, call us: we will try to recover your money").
    let plain = |h: &Hit| mood.stated(h) && !mood.after_condition(h);
    let loss = of(hits, Cat::Recover)
        .find(|h| h.weight >= 1.0 && plain(h) && mood.transaction_happened(h));
    ev.recover_asked = of(hits, Cat::Recover)
        .any(|h| h.weight >= 0.5 && h.weight < 1.0 && plain(h) && mood.call_for(h))
        && (claimed || loss.is_some());
    // A held payment's call to the page's own fraud team ("If you did not make this payment, call
    // our fraud team now"): a bank's own alert says it under the same condition, so only where
    // the page names no site of its own (score.rs `recover_call`).
    // The payment held is shown with its sum before the call: a shop or an ISP that locked an
    // account asks its security team to be called too, a help page tells what happens "if we hold
    // a payment".
    // Thirty-eighth session: coins taken from the reader, found again, and the call for their
    // return ("We traced 0.92 BTC that was stolen from you … to begin the return, call your case
    // officer"; weight 0.4): a recovery lure's, read as such a call (a bank's message refunding a
    // card fraud in euros, a shop's return after a charge are not; an exchange names itself).
    // Not inside quotation marks: a news story quotes such a caller's message.
    // (Its start found again past a decimal point: "traced 0.61 BTC that was stolen from you".)
    // Nor retold after a narration and a colon ("One message, seen by this newspaper, read: We
    // traced …").
    let lost = loss
        .map(|l| {
            let (mut s, e) = mood.sentence(l);
            let b = base.as_bytes();
            while s > 1 && b[s - 1] == b'.' && b[s - 2].is_ascii_digit() {
                s = mood.sentence_start(s - 2);
            }
            (l, s, e)
        })
        .filter(|(l, s, _)| !super::quoted(base, l.start) && !super::retold(base, *s, l.start))
        .map(|(_, s, e)| (s, e));
    ev.fraud_asked = of(hits, Cat::Recover).any(|h| {
        if h.weight > 0.3 {
            // The coin named from the loss's sentence to the call ("… have been located. They
            // amount to 0.61 BTC. To begin the return, call …").
            if let Some((s, e)) = lost.filter(|_| h.weight < 0.5 && plain(h) && mood.call_for(h)) {
                if addressed::shows_coins(&base[s.min(h.start)..e.max(h.end)]) {
                    ev.coin_return = Some((s, e));
                }
            }
            return ev.coin_return.is_some();
        }
        !mood.negated(h) && mood.call_for(h) && addressed::shows_money(&base[..h.start])
    }) && (claimed || loss.is_some());
    ev.recover_claim = loss.filter(|_| !claimed).map(|h| {
        let mut r = reason(
            ReasonId::AccountClaim,
            Group::Scare,
            ACCOUNT_CLAIM.first,
            excerpt_of(base, h, 30),
            english!("The page claims your account or device has been hacked, accessed by someone else or leaked."),
        );
        r.addressed = true;
        r
    });
    // A promise never to ask for a payment is advice, as for remote access ("we never ask for
    // payment by gift card", a courier's customs page: review 22 H1).
    let pay = picked(hits, Cat::Payment, &mut |h| {
        h.weight >= 0.5
            && !mood.never_asked(h)
            && !app_store(base, h)
            && (claimed || (mood.stated(h) && !mood.after_condition(h)))
    });
    // Fortieth session (R39-M2): vouchers as the payment, their codes to be read out by phone
    // ("purchase gift cards … call our technician to read the codes": `payment` weight 0.3
    // beside a call word). A warning says never to.
    // The vouchers bought for a sum ("gift cards worth $300"): a gift-card balance line asks for
    // the codes of a card the reader already holds, as does a call to hear a card's balance.
    // Forty-third session (review 42 R42-H1): or the page states a fine (`ransom` words of
    // weight 0.5, any language) and the vouchers pay a sum with no denial before them in their
    // sentence: the lure, whatever is said of their codes ("your fine of 380 € is settled today
    // with store cards, then call …"). A shop's gift-card page names no fine; a warning denies
    // ("we never ask you, as a rule, to pay a fine with gift cards").
    let sums = |denied: bool| {
        pay.iter().any(|h| {
            let (s, e) = mood.sentence(h);
            addressed::shows_money(base.get(s..e).unwrap_or(""))
                && !(denied && of(hits, Cat::Negation).any(|n| n.start >= s && n.end <= h.start))
        })
    };
    // Forty-fourth session (review 43 LU43-M1): or the page threatens a seizure or an arrest over
    // a sum (`debt_threat`) and the vouchers pay it, the sum in their sentence or the one before
    // ("Your arrears of 840 € mean a seizure. Payment today is possible in store cards."), with
    // no denial before them in their sentence: a tax debt, a bond or bail in vouchers.
    // A number in their sentence or the next is the one to call (calls.rs): the codes go to
    // the officer ("… read the codes to your case worker at 0800 …").
    ev.voucher_span = pay
        .iter()
        .filter(|_| ev.debt_threat)
        .find(|h| {
            let (s, e) = mood.sentence(h);
            let before = mood.sentence_start(s.saturating_sub(1));
            addressed::shows_money(base.get(before..e).unwrap_or(""))
                && !of(hits, Cat::Negation).any(|n| n.start >= s && n.end <= h.start)
        })
        .map(|h| {
            let (s, e) = mood.sentence(h);
            (s, mood.sentence_from((e + 1).min(base.len())).1)
        });
    let debt_paid = ev.voucher_span.is_some();
    ev.codes_read = (sums(true) && of(hits, Cat::Ransom).any(|h| h.weight < 1.0 && mood.stated(h)))
        || debt_paid
        || (sums(false)
            && of(hits, Cat::Payment).any(|h| {
                h.weight < 0.5
                    && mood.stated(h)
                    && !mood.never_asked(h)
                    && !mood.after_condition(h)
                    && mood.call_for(h)
                    && {
                        let (s, e) = mood.sentence(h);
                        !addressed::balance_check(base.get(s..e).unwrap_or(""))
                    }
            }));
    if let Some(h) = pay.first() {
        let w = if distinct_phrases(&pay) >= 2 {
            PAYMENT_SEVERAL
        } else {
            PAYMENT
        };
        ev.reasons.push(reason(
            ReasonId::PaymentDemand,
            Group::Payment,
            w,
            excerpt_of(base, h, 20),
            english!("The page talks about gift cards, fees or unauthorised charges to make you pay or call."),
        ));
    }
}

/// Whether a "Google Play" payment word is the app store a bank's or a shop's app comes from
/// ("download the app from the App Store or Google Play", "Google Play Store"; review 41 R41-M3),
/// not a card to pay with (a kit's "Google Play card" also hits the gift-card words).
fn app_store(base: &str, h: &Hit) -> bool {
    // (Page text: a window that cuts a character is not read, and the word stays a payment.)
    let around = base.get(h.start.saturating_sub(40)..(h.end + 40).min(base.len()));
    base.get(h.start..).is_some_and(|t| t.starts_with("google"))
        && around.is_some_and(|w| {
            crate::engine::has(w, "app store") || crate::engine::has(w, "play store")
        })
}

/// A `0x` hexadecimal code of 6 to 8 digits (STOP-error style).
pub(super) fn hex_code(base: &str) -> Option<String> {
    let b = base.as_bytes();
    // From each `x`: rare in text, and a char search is memchr-fast where a byte loop is not.
    for (x, _) in base.match_indices('x') {
        let starts_code =
            x >= 1 && b[x - 1] == b'0' && (x < 2 || !b[x - 2].is_ascii_alphanumeric());
        if !starts_code {
            continue;
        }
        let mut j = x + 1;
        while j < b.len() && b[j].is_ascii_alphanumeric() {
            j += 1;
        }
        if (6..=10).contains(&(j - x - 1)) {
            return Some(base[x - 1..j].to_string());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::hex_code;

    #[test]
    fn hex_codes() {
        assert_eq!(
            hex_code("stop 0x0000007b here").as_deref(),
            Some("0x0000007b")
        );
        assert_eq!(hex_code("0x1"), None);
        assert_eq!(hex_code("x0x12345678 ab0x123456 0x12x0x123456"), None);
        assert_eq!(hex_code("0x1 (0x80070424)").as_deref(), Some("0x80070424"));
    }
}
