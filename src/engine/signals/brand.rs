//! Brand impersonation: a brand named as an identity on a host it does not own.

use crate::verdict::{Detail, Group, ReasonId};

use super::super::lexicon::lexicon;
use super::super::lexicon::{Cat, Hit};
use super::super::weights::{
    BRAND_IDENTITY, BRAND_IDENTITY_IN_TITLE, BRAND_MAX, BRAND_REPEATED, BRAND_REPEATED_IDENTITY,
    BRAND_REPEATED_MENTIONS, BRAND_TITLE_ONLY, CLAIMED_BRAND, CLAIMED_BRAND_WINDOW, INVOICE_BRAND,
    INVOICE_WINDOW, TITLE_IDENTITY,
};
use super::addressed::{ends_sentence, Mood};
use super::excerpt::excerpt;
use super::page::{Page, Text};
use super::{reason, Evidence};

/// `disclaimed`: the page says it is not the brand it names ("not affiliated with Microsoft").
pub(super) fn signals(
    text: &Text,
    hits: &[Hit],
    mood: &Mood,
    page: &Page,
    disclaimed: bool,
    ev: &mut Evidence,
) {
    let lex = lexicon();
    let base = &text.base;
    let charges = invoice_charges(mood, hits);
    // Lock and compromise claims stated to the reader: a brand named inside one is the reader's
    // account with that brand ("your WhatsApp account has been suspended").
    let claims = super::near::kept(hits, &mut |h| {
        matches!(h.cat, Cat::Lock | Cat::Compromise) && mood.addressed(h)
    });

    // Brand impersonation: a brand named as an identity on a host it does not own.
    let mut best: Option<(f32, Detail)> = None;
    for ((brand, (strong, weak_id)), owned) in
        lex.brands.iter().zip(&page.mentions).zip(&page.owned)
    {
        let mentions = strong.len() + weak_id.len();
        if mentions == 0 || *owned || page.brand_site {
            continue;
        }
        let in_title = strong
            .iter()
            .chain(weak_id.iter())
            .any(|h| h.start < text.title_end);
        let roled = weak_id
            .iter()
            .chain(strong.iter())
            // Not a brand desk inside a quoted alert the page calls a scam (a repair shop's
            // '"… call Microsoft Support", it is a scam').
            .filter(|h| page.near_role(h) && !mood.quoted_verdict(h));
        // The page's title names the brand and its text says to call it: the page speaks for it.
        let called = in_title && weak_id.iter().chain(strong.iter()).any(|h| page.called(h));
        let identity = roled.count() + usize::from(called);
        // An invoice speaks as the brand that bills the reader, naming it once next to the charge
        // ("your Norton 360 plan has been renewed … to cancel and get a refund, call").
        let billed = strong
            .iter()
            .chain(weak_id.iter())
            .any(|h| billed_near(h, &charges));
        let claimed = strong
            .iter()
            .chain(weak_id.iter())
            .any(|h| claims.iter().any(|c| names_in_claim(base, h, c)));
        // A brand merely mentioned ("share on Facebook", news about Microsoft) is no evidence:
        // it must be presented as an identity ("Windows Security"), bill the reader, hold the
        // reader's account in a claim ("your Instagram account has been disabled"), or be the
        // page's title.
        let mut w = if identity > 0 {
            BRAND_IDENTITY
        } else if billed {
            INVOICE_BRAND
        } else if claimed {
            CLAIMED_BRAND
        } else if in_title {
            ev.title_brand_in_text |= strong.iter().any(|h| h.start >= text.title_end);
            BRAND_TITLE_ONLY
        } else {
            continue;
        };
        if identity > 0 && in_title {
            w += BRAND_IDENTITY_IN_TITLE;
        }
        if identity >= BRAND_REPEATED_IDENTITY || mentions >= BRAND_REPEATED_MENTIONS {
            w += BRAND_REPEATED;
        }
        let w: f32 = f32::min(w, BRAND_MAX);
        if best.as_ref().is_none_or(|(bw, _)| w > *bw) {
            // Language-neutral: the brand and the host; the UI words the sentence.
            best = Some((
                w,
                Detail::Brand {
                    brand: brand.name.clone(),
                    host: page.host.clone(),
                },
            ));
        }
    }
    // No brand, but the title is a security or support identity ("Security Centre", "Defender",
    // "Support technique"): weak, enough only next to lock behaviour. Image-only kits keep
    // little text besides their title.
    // Nor on a full-screen exam on its institution's host: "Quiz: Network Security" names the
    // course (review 43 R43-M1).
    if best.is_none()
        && !page.on_brand_host
        && !page.brand_site
        && !page.names_product
        && !mood.on_exam_page()
    {
        // Not a role word beside the part that names the site by its registered name ("Card fraud
        // alert | Example Credit Union" on examplecreditunion.org): the site's own topic (review 39
        // R39-L1). A title that is the name with its role inside ("Router Security Alert" on
        // router-security-alert.example) is anyone's: a kit registers the name it spells.
        let title_of = &base[..text.title_end];
        let topic = |h: &&Hit| {
            page.self_named && {
                let cut = |c: char| matches!(c, '|' | ':' | '·' | '•' | ',' | '/' | '-');
                // (Past the whole separator: '·' and '•' are two and three bytes; page text, so
                // every slice is checked.)
                let before = title_of.get(..h.start).unwrap_or("");
                let a = h.start - crate::engine::after_last(before, cut).len();
                let after = title_of.get(h.end..).unwrap_or("");
                let b = after.find(cut).map_or(title_of.len(), |i| h.end + i);
                !page
                    .own_label
                    .as_deref()
                    .is_some_and(|l| super::page::names_site(title_of.get(a..b).unwrap_or(""), l))
            }
        };
        if let Some(h) = page
            .roles
            .hits
            .iter()
            .find(|h| h.end <= text.title_end && !topic(h))
        {
            let title = excerpt(&base[..text.title_end], h.start, h.end, 24);
            best = Some((
                TITLE_IDENTITY,
                Detail::Identity {
                    title,
                    host: page.host.clone(),
                },
            ));
        }
    }
    // A business naming a brand it does not speak for keeps a mention-level identity at most.
    if disclaimed {
        best = best.map(|(w, d)| (w.min(1.0), d));
    }
    if let Some((w, detail)) = best {
        ev.reasons.push(reason(
            ReasonId::BrandImpersonation,
            Group::Impersonation,
            w,
            detail,
            english!("The page presents itself as a well-known company, but it is not on that company's website."),
        ));
    }
}

/// The charges an invoice lure states ("has been renewed", "a été débité"), when the page also
/// sends the reader to a phone for their money back ("to cancel and get a refund, call", "if
/// you did not authorize this, call"). A shop's order confirmation names the products it sold
/// and may say "to cancel your order, call us", but does not offer a refund by phone for a
/// charge the buyer did not make; a "money back guarantee" banner far from "call" is no call.
fn invoice_charges<'h>(mood: &Mood, hits: &'h [Hit]) -> Vec<&'h Hit> {
    if !hits
        .iter()
        .any(|h| h.cat == Cat::Refund && mood.call_for(h))
    {
        return Vec::new();
    }
    hits.iter()
        .filter(|h| h.cat == Cat::Charge && h.weight >= 1.0 && mood.stated(h))
        .collect()
}

/// Whether the brand `h` is named inside the claim `c`, between the reader's possessive and what
/// is done to it ("your Instagram account has been disabled", "Ваша страница ВКонтакте
/// заблокирована"): before the claim, in the same sentence. A brand after a quoted claim ("… has
/// been held", says the post office) is who the page is about, not whose account it is.
fn names_in_claim(base: &str, h: &Hit, c: &Hit) -> bool {
    h.end <= c.start
        && c.start - h.end <= CLAIMED_BRAND_WINDOW
        && base.get(h.end..c.start).is_some_and(|between| {
            !between
                .chars()
                .any(|c| ends_sentence(c) || matches!(c, '"' | '«' | '»' | '“' | '”' | '„'))
        })
}

/// Whether a charge of `charges` stands within [`INVOICE_WINDOW`] bytes of `h` (out of line: the
/// mentions' chain inlined the loop for each of its halves, forty-fourth session, Wasm size).
#[inline(never)]
fn billed_near(h: &Hit, charges: &[&Hit]) -> bool {
    charges.iter().any(|c| gap(h, c) <= INVOICE_WINDOW)
}

fn gap(a: &Hit, b: &Hit) -> usize {
    if a.end <= b.start {
        b.start - a.end
    } else {
        a.start.saturating_sub(b.end)
    }
}
