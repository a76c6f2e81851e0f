//! Proximity between lexicon hits: "your computer" within a few words of "infected".

use super::super::lexicon::{Cat, Hit};

/// Byte distance between two ranges (0 if they overlap).
pub(super) fn gap(a: &Hit, b: &Hit) -> usize {
    if a.end <= b.start {
        b.start - a.end
    } else {
        a.start.saturating_sub(b.end)
    }
}

pub(super) fn of<'a>(hits: &'a [Hit], cat: Cat) -> impl Iterator<Item = &'a Hit> + 'a {
    hits.iter().filter(move |h| h.cat == cat)
}

/// The hits of `cat` that `keep` keeps, in order, `keep` called on each of them in order (as
/// `of(hits, cat).filter(keep).collect()`, which is an iterator instance of ~0.3-1.8 KB of Wasm
/// for each caller's closures: this is one loop for all).
#[inline(never)]
pub(super) fn picked<'a>(
    hits: &'a [Hit],
    cat: Cat,
    keep: &mut dyn FnMut(&'a Hit) -> bool,
) -> Vec<&'a Hit> {
    kept(hits, &mut |h| h.cat == cat && keep(h))
}

/// The hits that `keep` keeps, in order, `keep` called on each hit in order (as
/// `hits.iter().filter(keep).collect()`: one loop for all callers).
#[inline(never)]
pub(super) fn kept<'a>(hits: &'a [Hit], keep: &mut dyn FnMut(&'a Hit) -> bool) -> Vec<&'a Hit> {
    let mut out = Vec::new();
    for h in hits {
        if keep(h) {
            out.push(h);
        }
    }
    out
}

/// Hits of some categories sorted by start, for proximity queries in O(log n).
pub(super) struct Near<'a> {
    pub(super) hits: Vec<&'a Hit>,
}

/// Longest phrase span considered when looking back for neighbours (bytes).
pub(super) const MAX_PHRASE: usize = 96;

impl<'a> Near<'a> {
    // `&dyn`: one sort in the Wasm instead of one copy per caller's closure (~3 KB each).
    pub(super) fn new(hits: &'a [Hit], cats: &dyn Fn(Cat) -> bool) -> Near<'a> {
        let mut v = kept(hits, &mut |h| cats(h.cat));
        crate::engine::sort::by_key(&mut v, |h| h.start as u64);
        Near { hits: v }
    }

    /// Whether a hit other than `h` itself lies within `window` bytes of `h`.
    pub(super) fn any(&self, h: &Hit, window: usize) -> bool {
        let lo = h.start.saturating_sub(window + MAX_PHRASE);
        let first = self.hits.partition_point(|o| o.start < lo);
        self.hits[first..]
            .iter()
            .take_while(|o| o.start <= h.end + window)
            .any(|o| o.start != h.start && gap(h, o) <= window)
    }
}

/// Hits of `cat` that have a hit of one of `near` within `window` bytes.
pub(super) fn claims<'a>(hits: &'a [Hit], cat: Cat, near: &[Cat], window: usize) -> Vec<&'a Hit> {
    let index = Near::new(hits, &|c| near.contains(&c));
    picked(hits, cat, &mut |h| index.any(h, window))
}

pub(super) fn distinct_phrases(hits: &[&Hit]) -> usize {
    // The engine's one sort (a `usize` sort_unstable was another ~3 KB of Wasm).
    let mut ids: Vec<usize> = hits.iter().map(|h| h.phrase).collect();
    crate::engine::sort::by_key(&mut ids, |&i| i as u64);
    ids.dedup();
    ids.len()
}
