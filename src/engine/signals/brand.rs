//! Brand impersonation: a brand named as an identity on a host it does not own.

use crate::verdict::{Detail, Group, ReasonId};

use super::super::lexicon::lexicon;
use super::super::weights::{
    BRAND_IDENTITY, BRAND_IDENTITY_IN_TITLE, BRAND_MAX, BRAND_REPEATED, BRAND_REPEATED_IDENTITY,
    BRAND_REPEATED_MENTIONS, BRAND_TITLE_ONLY, TITLE_IDENTITY,
};
use super::excerpt::excerpt;
use super::page::{Page, Text};
use super::{reason, Evidence};

/// `disclaimed`: the page says it is not the brand it names ("not affiliated with Microsoft").
pub(super) fn signals(text: &Text, page: &Page, disclaimed: bool, ev: &mut Evidence) {
    let lex = lexicon();
    let base = &text.base;

    // Brand impersonation: a brand named as an identity on a host it does not own.
    let mut best: Option<(f32, Detail)> = None;
    for ((brand, (strong, weak_id)), owned) in
        lex.brands.iter().zip(&page.mentions).zip(&page.owned)
    {
        let mentions = strong.len() + weak_id.len();
        if mentions == 0 || *owned || page.brand_site {
            continue;
        }
        let identity = weak_id.len() + strong.iter().filter(|h| page.near_role(h)).count();
        let in_title = strong
            .iter()
            .chain(weak_id.iter())
            .any(|h| h.start < text.title_end);
        // A brand merely mentioned ("share on Facebook", news about Microsoft) is no evidence:
        // it must be presented as an identity ("Windows Security") or be the page's title.
        let mut w = match (identity > 0, in_title) {
            (false, false) => continue,
            (false, true) => BRAND_TITLE_ONLY,
            (true, _) => BRAND_IDENTITY,
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
    if best.is_none() && !page.on_brand_host && !page.brand_site {
        if let Some(h) = page.roles.hits.iter().find(|h| h.end <= text.title_end) {
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
