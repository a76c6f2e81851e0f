//! One stable sort for the engine.
//!
//! Every `sort_by` / `sort_by_key` on a new element type or closure puts another copy of std's
//! driftsort in the Wasm (3-7 KB each; the engine had five). Sorting `(key, position)` pairs
//! shares one copy of the sort for all callers, and is stable because no two positions are equal.
//! The pairs are sorted by a merge sort of this file (~0.3 KB of Wasm) instead of std's
//! `sort_unstable` (ipnsort: its quicksort, small sorts and pivot were ~4.5 KB): the same order,
//! since no two pairs are equal; most callers' lists come in order already (hits by start), and
//! those return after one pass.

/// Sorts `v` ascending by `key`; elements with equal keys keep their order.
pub fn by_key<T: Clone>(v: &mut [T], key: impl Fn(&T) -> u64) {
    if v.len() < 2 {
        return;
    }
    let keyed: Vec<(u64, usize)> = v.iter().enumerate().map(|(i, t)| (key(t), i)).collect();
    if keyed.windows(2).all(|w| w[0].0 <= w[1].0) {
        return; // in order already: a stable sort leaves it as it is
    }
    let keyed = merge_sort(keyed);
    let original = v.to_vec();
    for (slot, &(_, i)) in v.iter_mut().zip(&keyed) {
        *slot = original[i].clone();
    }
}

/// `a` in ascending order: runs of `RUN` put in order by insertion (nearly ordered lists, such as
/// hits by start, cost one pass), then merged pairwise between `a` and a second buffer, a pair
/// already in order copied as it is (O(n log n) whatever the input; no two pairs are equal, so the
/// order is the only one).
fn merge_sort(mut a: Vec<(u64, usize)>) -> Vec<(u64, usize)> {
    const RUN: usize = 16;
    let n = a.len();
    for run in a.chunks_mut(RUN) {
        for k in 1..run.len() {
            let mut m = k;
            while m > 0 && run[m] < run[m - 1] {
                run.swap(m, m - 1);
                m -= 1;
            }
        }
    }
    let mut b = a.clone();
    let mut width = RUN;
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            if mid == hi || a[mid - 1] < a[mid] {
                b[lo..hi].copy_from_slice(&a[lo..hi]);
            } else {
                let (mut i, mut j) = (lo, mid);
                for slot in &mut b[lo..hi] {
                    if j >= hi || (i < mid && a[i] < a[j]) {
                        *slot = a[i];
                        i += 1;
                    } else {
                        *slot = a[j];
                        j += 1;
                    }
                }
            }
            lo = hi;
        }
        core::mem::swap(&mut a, &mut b);
        width *= 2;
    }
    a
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
    fn every_length_and_shape_as_std() {
        // Lengths around the merge widths, in order, reversed, sawtooth and pseudo-random keys.
        let mut x = 7u32;
        for n in 0..140usize {
            for shape in 0..4 {
                let mut v: Vec<(u64, usize)> = (0..n)
                    .map(|i| {
                        x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
                        let k = match shape {
                            0 => i as u64,
                            1 => (n - i) as u64,
                            2 => (i % 5) as u64,
                            _ => u64::from(x >> 16) % 9,
                        };
                        (k, i)
                    })
                    .collect();
                let mut want = v.clone();
                want.sort_by_key(|&(k, _)| k);
                by_key(&mut v, |&(k, _)| k);
                assert_eq!(v, want, "n {n} shape {shape}");
            }
        }
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
