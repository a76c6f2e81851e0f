//! A byte trie of the lexicon's phrases, walked from the positions where a phrase may start.
//!
//! The lexicon used to run one overlapping Aho-Corasick scan of every byte against all ~7 000
//! phrases: two or three failure links followed per byte in a 1 MB automaton, the largest cost of
//! a 64 KB page. But most phrases only count where a word starts, so [`super::lexicon`] walks this
//! trie from each word start (a walk ends at the first byte no phrase continues with, usually
//! within a few bytes), and a second, small trie of the phrases that may start anywhere (CJK,
//! written open at the left) from the positions their first bytes occur.

/// No phrase ends at this node.
const NONE: u32 = u32::MAX;

/// Bits of [`Trie`]'s table of first three bytes (2^17: a few thousand prefixes set a few % of it).
const TRIPLE_BITS: u32 = 17;
const TRIPLE_WORDS: usize = 1 << (TRIPLE_BITS - 6);

/// Bits of [`Trie`]'s table of first four bytes (2^18: ~13 000 prefixes set ~5 % of it).
const QUAD_BITS: u32 = 18;
const QUAD_WORDS: usize = 1 << (QUAD_BITS - 6);

/// The bit of a phrase's first four bytes (a multiplicative hash, as [`triple`]).
#[inline]
fn quad(a: u8, b: u8, c: u8, d: u8) -> usize {
    let key = u32::from_le_bytes([a, b, c, d]);
    (key.wrapping_mul(0x9E37_79B1) >> (32 - QUAD_BITS)) as usize
}

/// The bit of a phrase's first three bytes (a multiplicative hash: collisions only cost a walk).
#[inline]
fn triple(a: u8, b: u8, c: u8) -> usize {
    let key = u32::from(a) << 16 | u32::from(b) << 8 | u32::from(c);
    (key.wrapping_mul(0x9E37_79B1) >> (32 - TRIPLE_BITS)) as usize
}

/// Phrases as a trie: nodes numbered breadth first, the edges of node `n` at
/// `edge_start[n]..edge_start[n + 1]`, sorted by byte.
#[derive(Debug)]
pub struct Trie {
    /// The root's child for each byte (0: none; the root is node 0 and no edge leads to it).
    root: Box<[u32; 256]>,
    edge_start: Vec<u32>,
    labels: Vec<u8>,
    child: Vec<u32>,
    /// The phrase id that ends at each node, or [`NONE`].
    phrase: Vec<u32>,
    /// Bit `a * 256 + b`: a phrase starts with bytes `a b` (or is the one byte `a`); tested
    /// two bytes before the end of the text.
    pairs: Box<[u64; 1024]>,
    /// Bit [`triple`]`(a, b, c)`: a phrase may start with bytes `a b c` (or is shorter and starts
    /// with `a b` or `a`). Most positions fail this test and cost no walk: a walk that passes only
    /// the first two bytes usually ends at the third.
    triples: Box<[u64; TRIPLE_WORDS]>,
    /// Bit [`quad`]`(a, b, c, d)`: a phrase may start with bytes `a b c d` (a phrase of three
    /// bytes sets its bit for every fourth byte). Half the word walks that passed the first three
    /// bytes ended at the fourth (`the`, `com`, `you` begin phrases, `them`, `comm`, `youn` do
    /// not): tested wherever four bytes are left.
    quads: Box<[u64; QUAD_WORDS]>,
    /// Bit `a * 256 + b`: a phrase of one or two bytes is `a b` or `a` (its start passes
    /// whatever follows: it sets no bit of `quads`).
    short: Box<[u64; 1024]>,
    /// The root's children (nodes `1..=dense.len()`, numbered first) step through a full
    /// table: their fan-out is the widest, and every walk takes that step.
    dense: Vec<[u32; 256]>,
}

impl Trie {
    /// Builds the trie of `phrases` (bytes and id; ids are returned by [`Trie::walk`]), which
    /// must come sorted by their bytes (build.rs sorts the lexicon's). A phrase given twice
    /// keeps the last id; empty phrases are ignored.
    #[cfg_attr(hangup_size, optimize(size))]
    pub fn new(phrases: &[(&[u8], u32)]) -> Trie {
        debug_assert!(
            phrases.windows(2).all(|w| w[0].0 <= w[1].0),
            "phrases unsorted"
        );
        let order: Vec<usize> = (0..phrases.len())
            .filter(|&i| !phrases[i].0.is_empty())
            .collect();
        // At most one node per byte of the phrases, and the root.
        let nodes = 1 + order.iter().map(|&i| phrases[i].0.len()).sum::<usize>();
        let mut t = Trie {
            root: Box::new([0; 256]),
            edge_start: Vec::with_capacity(nodes + 1),
            labels: Vec::with_capacity(nodes),
            child: Vec::with_capacity(nodes),
            phrase: Vec::with_capacity(nodes),
            pairs: Box::new([0; 1024]),
            triples: Box::new([0; TRIPLE_WORDS]),
            quads: Box::new([0; QUAD_WORDS]),
            short: Box::new([0; 1024]),
            dense: Vec::new(),
        };
        t.phrase.push(NONE);
        // Breadth first over ranges of `order` sharing a prefix of `depth` bytes (sorted, so each
        // range is contiguous): a node's edges are appended when it is visited, nodes are visited
        // in the order they are numbered (the queue is a list read from its front).
        let mut queue = Vec::with_capacity(nodes);
        queue.push((0usize, order.len(), 0usize));
        let mut next = 0;
        while let Some(&(mut lo, hi, depth)) = queue.get(next) {
            next += 1;
            t.edge_start.push(t.labels.len() as u32);
            let node = t.edge_start.len() - 1;
            while lo < hi && phrases[order[lo]].0.len() == depth {
                t.phrase[node] = phrases[order[lo]].1;
                lo += 1;
            }
            while lo < hi {
                let byte = phrases[order[lo]].0[depth];
                let mut end = lo + 1;
                while end < hi && phrases[order[end]].0[depth] == byte {
                    end += 1;
                }
                t.labels.push(byte);
                t.child.push(t.phrase.len() as u32);
                t.phrase.push(NONE);
                queue.push((lo, end, depth + 1));
                lo = end;
            }
        }
        t.edge_start.push(t.labels.len() as u32);
        let mut set = |a: usize, b: usize| t.pairs[(a * 256 + b) / 64] |= 1 << ((a * 256 + b) % 64);
        for &i in &order {
            match phrases[i].0 {
                [a] => (0..256).for_each(|b| set(usize::from(*a), b)),
                [a, b, ..] => set(usize::from(*a), usize::from(*b)),
                [] => {}
            }
        }
        let mut set =
            |a: u8, b: u8, c: u8| t.triples[triple(a, b, c) / 64] |= 1 << (triple(a, b, c) % 64);
        for &i in &order {
            match *phrases[i].0 {
                [a] => (0..=255).for_each(|b| (0..=255).for_each(|c| set(a, b, c))),
                [a, b] => (0..=255).for_each(|c| set(a, b, c)),
                [a, b, c, ..] => set(a, b, c),
                [] => {}
            }
        }
        for &i in &order {
            let mut set = |a: u8, b: u8, c: u8, d: u8| {
                t.quads[quad(a, b, c, d) / 64] |= 1 << (quad(a, b, c, d) % 64)
            };
            let mut set_short = |a: u8, b: u8| {
                let bit = (usize::from(a) << 8) | usize::from(b);
                t.short[bit >> 6] |= 1 << (bit & 63);
            };
            match *phrases[i].0 {
                [a] => (0..=255).for_each(|b| set_short(a, b)),
                [a, b] => set_short(a, b),
                [a, b, c] => (0..=255).for_each(|d| set(a, b, c, d)),
                [a, b, c, d, ..] => set(a, b, c, d),
                [] => {}
            }
        }
        for k in 0..t.edge_start[1] as usize {
            t.root[usize::from(t.labels[k])] = t.child[k];
        }
        for node in 1..=t.edge_start[1] as usize {
            let mut table = [0u32; 256];
            for k in t.edge_start[node] as usize..t.edge_start[node + 1] as usize {
                table[usize::from(t.labels[k])] = t.child[k];
            }
            t.dense.push(table);
        }
        t
    }

    /// Whether a phrase may start at `hay[at..]` (tests its first four bytes, or as many as
    /// there are; a shorter phrase passes with anything after it, or with nothing). Inlined
    /// by force: it runs at every word start, and the Wasm build called it out of line.
    #[inline(always)]
    pub fn may_start(&self, hay: &[u8], at: usize) -> bool {
        if let Some(&[a, b, c, d]) = hay.get(at..at + 4) {
            let (q, s) = (quad(a, b, c, d), (usize::from(a) << 8) | usize::from(b));
            return self.quads[q / 64] & (1 << (q % 64)) != 0
                || self.short[s >> 6] & (1 << (s & 63)) != 0;
        }
        match hay.get(at..at + 3) {
            Some(&[a, b, c]) => {
                self.triples[triple(a, b, c) / 64] & (1 << (triple(a, b, c) % 64)) != 0
            }
            _ => match hay.get(at..) {
                Some(&[a, b]) => {
                    let bit = (usize::from(a) << 8) | usize::from(b);
                    self.pairs[bit >> 6] & (1 << (bit & 63)) != 0
                }
                Some(&[a]) => self.root[usize::from(a)] != 0,
                _ => false,
            },
        }
    }

    /// Whether a phrase starts with the byte pair at `hay[at..]` (exact; a one-byte phrase
    /// passes with any byte after it, the last byte of a text with its own first byte): a
    /// cheaper first test where few positions pass it (the phrases open at the left, tested
    /// inside every word).
    #[inline(always)]
    pub fn may_start_pair(&self, hay: &[u8], at: usize) -> bool {
        match hay.get(at..at + 2) {
            Some(&[a, b]) => {
                let bit = (usize::from(a) << 8) | usize::from(b);
                self.pairs[bit >> 6] & (1 << (bit & 63)) != 0
            }
            _ => hay.get(at).is_some_and(|&a| self.root[usize::from(a)] != 0),
        }
    }

    /// Calls `found(end, id)` for each phrase that `hay[at..]` starts with, shortest first.
    #[inline]
    pub fn walk(&self, hay: &[u8], at: usize, mut found: impl FnMut(usize, u32)) {
        let Some(&first) = hay.get(at) else { return };
        let mut node = self.root[usize::from(first)] as usize;
        if node == 0 {
            return;
        }
        if self.phrase[node] != NONE {
            found(at + 1, self.phrase[node]);
        }
        let Some(&second) = hay.get(at + 1) else {
            return;
        };
        node = self
            .dense
            .get(node - 1)
            .map_or(0, |t| t[usize::from(second)]) as usize;
        let mut i = at + 2;
        while node != 0 {
            let id = self.phrase[node];
            if id != NONE {
                found(i, id);
            }
            let Some(&byte) = hay.get(i) else { return };
            let (s, e) = (
                self.edge_start[node] as usize,
                self.edge_start[node + 1] as usize,
            );
            // Deep in a phrase a node has one edge: the common step, tested first.
            let k = if e == s + 1 {
                (self.labels[s] == byte).then_some(0)
            } else {
                let labels = &self.labels[s..e];
                if labels.len() <= 8 {
                    labels.iter().position(|&l| l == byte)
                } else {
                    labels.binary_search(&byte).ok()
                }
            };
            node = match k {
                Some(k) => self.child[s + k] as usize,
                None => 0,
            };
            i += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A trie of phrases in any order (`Trie::new` takes them sorted; a stable sort keeps the
    /// last of equal phrases last).
    fn trie(phrases: &[(&[u8], u32)]) -> Trie {
        let mut sorted = phrases.to_vec();
        sorted.sort_by(|a, b| a.0.cmp(b.0));
        Trie::new(&sorted)
    }

    fn walk(t: &Trie, hay: &str, at: usize) -> Vec<(usize, u32)> {
        let mut v = Vec::new();
        t.walk(hay.as_bytes(), at, |e, id| v.push((e, id)));
        v
    }

    #[test]
    fn finds_every_phrase_starting_at_a_position() {
        let t = trie(&[
            (b"call", 0),
            (b"call now", 1),
            (b"cal", 2),
            (b"virus", 3),
            (b"", 4),
            (b"\xe3\x82\xa6", 5),
        ]);
        assert_eq!(walk(&t, "call now!", 0), vec![(3, 2), (4, 0), (8, 1)]);
        assert_eq!(walk(&t, "call no", 0), vec![(3, 2), (4, 0)]);
        assert_eq!(walk(&t, "a virus", 2), vec![(7, 3)]);
        assert_eq!(walk(&t, "a virus", 1), vec![]);
        assert_eq!(walk(&t, "ウイルス", 0), vec![(3, 5)]);
        assert_eq!(walk(&t, "vir", 0), vec![]);
        assert_eq!(walk(&t, "x", 5), vec![]);
        let may = |hay: &str, at: usize| t.may_start(hay.as_bytes(), at);
        assert!(may("call", 0) && may("cal", 0) && may("ca", 0) && may("c", 0));
        assert!(!may("cx", 0) && !may("x", 0) && !may("cax", 0) && !may("cxl", 0));
        assert!(may("a virus", 2) && !may("a virus", 1));
        let one = trie(&[(b"a", 0)]);
        assert!(one.may_start(b"abc", 0) && one.may_start(b"ab", 0) && one.may_start(b"a", 0));
        // (Three bytes are hashed: that a one-byte phrase sets every bit of its byte only costs
        // walks; two bytes and one are tested exactly.)
        assert!(!one.may_start(b"ba", 0) && !one.may_start(b"b", 0));
        let two = trie(&[(b"ab", 0)]);
        assert!(two.may_start(b"abc", 0) && two.may_start(b"ab", 0) && !two.may_start(b"ba", 0));
        assert!(!trie(&[]).may_start(b"abc", 0) && !trie(&[]).may_start(b"ab", 0));
        let pair = |hay: &str, at: usize| t.may_start_pair(hay.as_bytes(), at);
        assert!(pair("call", 0) && pair("ca", 0) && pair("c", 0) && pair("a virus", 2));
        assert!(!pair("cx", 0) && !pair("x", 0) && !pair("a virus", 1));
        // Four bytes are tested wherever four are left: a walk that would end at the fourth
        // byte is not started, a phrase of two or three bytes passes whatever follows it.
        let deep = trie(&[(b"your computer", 0), (b"ab", 1), (b"xyz", 2)]);
        let may = |hay: &[u8]| deep.may_start(hay, 0);
        assert!(may(b"your pc") && may(b"your") && !may(b"youth"));
        assert!(may(b"abcd") && may(b"ab!?") && may(b"xyz!") && may(b"xyz") && !may(b"xy z"));
        assert_eq!(walk(&deep, "xyz!", 0), vec![(3, 2)]);
    }

    /// Against a brute-force search: phrases with long shared prefixes (deeper than
    /// seven bytes), given twice, holding bytes 0 and 255, in a scrambled order.
    #[test]
    fn matches_brute_force_on_shared_prefixes() {
        let mut x = 7u32;
        let mut next = |n: u32| {
            x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
            (x >> 16) % n
        };
        let alphabet = [b'a', b'b', 0, 255];
        let phrases: Vec<Vec<u8>> = (0..400)
            .map(|_| {
                let len = next(20) as usize;
                (0..len)
                    .map(|j| {
                        if j < 9 {
                            b'a'
                        } else {
                            alphabet[next(4) as usize]
                        }
                    })
                    .collect()
            })
            .collect();
        let with_ids: Vec<(&[u8], u32)> = phrases
            .iter()
            .enumerate()
            .map(|(i, p)| (&p[..], i as u32))
            .collect();
        let t = trie(&with_ids);
        for _ in 0..300 {
            let hay: Vec<u8> = (0..24)
                .map(|j| {
                    if j < 9 {
                        b'a'
                    } else {
                        alphabet[next(4) as usize]
                    }
                })
                .collect();
            let mut want: Vec<(usize, u32)> = Vec::new();
            for (p, id) in &with_ids {
                if !p.is_empty() && hay.starts_with(p) {
                    match want.iter_mut().find(|(e, _)| *e == p.len()) {
                        Some(w) => w.1 = *id,
                        None => want.push((p.len(), *id)),
                    }
                }
            }
            want.sort_unstable();
            let mut got = Vec::new();
            t.walk(&hay, 0, |e, id| got.push((e, id)));
            assert_eq!(got, want, "haystack {hay:?}");
        }
    }
}
