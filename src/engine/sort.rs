//! One stable sort for the engine.
//!
//! Every `sort_by` / `sort_by_key` on a new element type or closure puts another copy of std's
//! driftsort in the Wasm (3-7 KB each; the engine had five). Sorting `(key, position)` pairs
//! shares one copy of the sort for all callers, and is stable because no two positions are equal.

/// Sorts `v` ascending by `key`; elements with equal keys keep their order.
pub fn by_key<T: Clone>(v: &mut [T], key: impl Fn(&T) -> u64) {
    if v.len() < 2 {
        return;
    }
    let mut keyed: Vec<(u64, usize)> = v.iter().enumerate().map(|(i, t)| (key(t), i)).collect();
    keyed.sort_unstable();
    let original = v.to_vec();
    for (slot, &(_, i)) in v.iter_mut().zip(&keyed) {
        *slot = original[i].clone();
    }
}

/// Two offsets as one key ordering by `a`, then `b` (offsets into a snapshot's text fit in u32).
pub fn pair(a: usize, b: usize) -> u64 {
    let fit = |x: usize| {
        u64::try_from(x)
            .unwrap_or(u64::MAX)
            .min(u64::from(u32::MAX))
    };
    (fit(a) << 32) | fit(b)
}

/// A key that orders weights from the largest down (`-0.0` counts as `0.0`, as `partial_cmp`
/// has them equal).
pub fn descending(weight: f32) -> u64 {
    let w = if weight == 0.0 { 0.0f32 } else { weight };
    let bits = w.to_bits();
    // IEEE 754 bits made to order as the numbers do: negatives flipped, positives above them.
    let ascending = if bits >> 31 == 1 {
        !bits
    } else {
        bits | 1 << 31
    };
    u64::from(!ascending)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stable_by_key() {
        let mut v = [(3, 'a'), (1, 'b'), (3, 'c'), (0, 'd'), (1, 'e'), (3, 'f')];
        by_key(&mut v, |&(k, _)| k);
        assert_eq!(
            v,
            [(0, 'd'), (1, 'b'), (1, 'e'), (3, 'a'), (3, 'c'), (3, 'f')]
        );
    }

    #[test]
    fn matches_std_stable_sort() {
        // A fixed pseudo-random sequence with many ties.
        let mut x = 12345u32;
        let mut v: Vec<(usize, usize, usize)> = (0..2000)
            .map(|i| {
                x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
                ((x >> 16) as usize % 50, (x >> 8) as usize % 7, i)
            })
            .collect();
        let mut want = v.clone();
        want.sort_by_key(|&(a, b, _)| (a, b));
        by_key(&mut v, |&(a, b, _)| pair(a, b));
        assert_eq!(v, want);
    }

    #[test]
    fn weights_from_largest() {
        let mut w = [0.5f32, -1.0, 3.0, 0.0, -0.0, 2.5, -0.25, 3.0];
        let mut want = w;
        want.sort_by(|a, b| b.partial_cmp(a).unwrap());
        by_key(&mut w, |&x| descending(x));
        assert_eq!(w.map(f32::to_bits), want.map(f32::to_bits));
    }
}
