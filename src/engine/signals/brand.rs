//! Brand impersonation: a brand named as an identity on a host it does not own.

use crate::verdict::{Detail, Group, ReasonId};

use super::super::lexicon::lexicon;
use super::excerpt::excerpt;
use super::page::{Page, Text};
use super::{reason, Evidence};

pub(super) fn signals(text: &Text, page: &Page, ev: &mut Evidence) {
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
            (false, true) => 1.0,
            (true, _) => 2.5,
        };
        if identity > 0 && in_title {
            w += 1.0;
        }
        if identity >= 3 || mentions >= 5 {
            w += 0.5;
        }
        let w: f32 = f32::min(w, 4.0);
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
    // "Support technique"): weak (1.0), enough only next to lock behaviour. Image-only kits keep
    // little text besides their title.
    if best.is_none() && !page.on_brand_host && !page.brand_site {
        if let Some(h) = page.roles.hits.iter().find(|h| h.end <= text.title_end) {
            let title = excerpt(&base[..text.title_end], h.start, h.end, 24);
            best = Some((
                1.0,
                Detail::Identity {
                    title,
                    host: page.host.clone(),
                },
            ));
        }
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
