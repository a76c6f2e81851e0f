//! Raw deflate (RFC 1951) inflated after zlib's `puff.c`: the packed lexicon (build.rs) is the one
//! deflate stream the engine reads, once per worker. miniz_oxide's inflate (zlib headers, Adler-32,
//! ring buffers) was ~7 KB of the Wasm after wasm-opt; this one looks codes of up to 9 bits up in a
//! table and decodes longer ones bit by bit (docs/BENCHMARKS.md, "Wasm size").
//! `lexicon::tests::inflates_as_miniz_does` checks it against miniz_oxide on the lexicon and on
//! streams of every block type.

/// Length and distance symbols' base values and extra bits (RFC 1951, 3.2.5).
const LEN_BASE: [u16; 29] = [
    3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131,
    163, 195, 227, 258,
];
const LEN_EXTRA: [u8; 29] = [
    0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
];
const DIST_BASE: [u16; 30] = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
    2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
];
const DIST_EXTRA: [u8; 30] = [
    0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13,
    13,
];
/// The order in which a dynamic block gives the code-length code's lengths.
const ORDER: [u8; 19] = [
    16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15,
];

/// Codes of up to this many bits are decoded by one look-up.
const FAST: usize = 9;

/// A canonical Huffman code: how many codes of each length, the symbols in code order, and for
/// each `FAST` next bits of the stream the symbol (`<< 4`) and length of the short code they
/// start with (0: a longer code, decoded bit by bit).
struct Code {
    count: [u16; 16],
    symbol: [u16; 288],
    fast: [u16; 1 << FAST],
}

impl Code {
    /// The code of these lengths (0: unused symbol); `None` if over-subscribed.
    #[cfg_attr(hangup_size, optimize(size))]
    fn new(lengths: &[u8]) -> Option<Code> {
        let mut c = Code {
            count: [0; 16],
            symbol: [0; 288],
            fast: [0; 1 << FAST],
        };
        for &l in lengths {
            c.count[usize::from(l)] += 1;
        }
        let mut offs = [0u16; 16];
        let mut left: i32 = 1;
        for len in 1..16 {
            left = (left << 1) - i32::from(c.count[len]);
            if left < 0 {
                return None;
            }
        }
        for len in 1..15 {
            offs[len + 1] = offs[len] + c.count[len];
        }
        for (sym, &l) in lengths.iter().enumerate() {
            if l != 0 {
                let o = &mut offs[usize::from(l)];
                c.symbol[usize::from(*o)] = sym as u16;
                *o += 1;
            }
        }
        // The codes in order are consecutive numbers, one bit longer after each length; the
        // stream gives a code's first bit first, so its look-up index is the code reversed.
        let (mut next, mut k) = (0usize, 0usize);
        for len in 1..=FAST {
            for _ in 0..c.count[len] {
                let rev = (0..len).fold(0, |r, b| r | ((next >> b) & 1) << (len - 1 - b));
                for i in (rev..1 << FAST).step_by(1 << len) {
                    c.fast[i] = (c.symbol[k] << 4) | len as u16;
                }
                next += 1;
                k += 1;
            }
            next <<= 1;
        }
        Some(c)
    }
}

struct Bits<'a> {
    data: &'a [u8],
    pos: usize,
    buf: u32,
    cnt: u32,
}

impl Bits<'_> {
    /// More than 24 bits in `buf`, unless the data ends first.
    #[cfg_attr(hangup_size, optimize(size))]
    fn fill(&mut self) {
        while self.cnt <= 24 {
            let Some(&b) = self.data.get(self.pos) else {
                break;
            };
            self.buf |= u32::from(b) << self.cnt;
            self.pos += 1;
            self.cnt += 8;
        }
    }

    /// The next `n` bits (at most 16), least significant first; `None` past the end.
    #[cfg_attr(hangup_size, optimize(size))]
    fn take(&mut self, n: u32) -> Option<usize> {
        if self.cnt < n {
            self.fill();
            if self.cnt < n {
                return None;
            }
        }
        let v = self.buf & ((1 << n) - 1);
        self.buf >>= n;
        self.cnt -= n;
        Some(v as usize)
    }

    /// The next symbol of `code`: a short code by one look-up, a longer one bit by bit (a code's
    /// first bit is its most significant).
    #[cfg_attr(hangup_size, optimize(size))]
    fn decode(&mut self, code: &Code) -> Option<usize> {
        if self.cnt < 15 {
            self.fill();
        }
        let e = code.fast[self.buf as usize & ((1 << FAST) - 1)];
        let len = u32::from(e & 15);
        if e != 0 && len <= self.cnt {
            (self.buf, self.cnt) = (self.buf >> len, self.cnt - len);
            return Some(usize::from(e >> 4));
        }
        let (mut bits, mut first, mut index, mut buf) = (0usize, 0usize, 0usize, self.buf);
        for (len, &count) in (1..=self.cnt).zip(&code.count[1..]) {
            bits |= (buf & 1) as usize;
            buf >>= 1;
            let count = usize::from(count);
            if bits < first + count {
                (self.buf, self.cnt) = (buf, self.cnt - len);
                return Some(usize::from(code.symbol[index + bits - first]));
            }
            index += count;
            first = (first + count) << 1;
            bits <<= 1;
        }
        None
    }
}

/// The bytes a raw deflate stream holds; `None` if it is not one (miniz_oxide's
/// `decompress_to_vec` would fail too).
#[cfg_attr(hangup_size, optimize(size))]
pub fn inflate(data: &[u8]) -> Option<Vec<u8>> {
    let mut s = Bits {
        data,
        pos: 0,
        buf: 0,
        cnt: 0,
    };
    let mut out = Vec::with_capacity(data.len() * 2);
    loop {
        let last = s.take(1)?;
        let kind = s.take(2)?;
        if kind == 0 {
            // Stored: the rest of this byte dropped (the whole bytes read ahead given back),
            // then LEN, its complement, LEN bytes.
            s.pos -= (s.cnt / 8) as usize;
            (s.buf, s.cnt) = (0, 0);
            let head = data.get(s.pos..s.pos + 4)?;
            let len = usize::from(u16::from_le_bytes([head[0], head[1]]));
            if len != usize::from(!u16::from_le_bytes([head[2], head[3]])) {
                return None;
            }
            s.pos += 4;
            out.extend_from_slice(data.get(s.pos..s.pos + len)?);
            s.pos += len;
        } else {
            let mut lengths = [0u8; 320];
            let (nlen, ndist) = if kind == 1 {
                // Fixed codes (RFC 1951, 3.2.6).
                for (i, l) in lengths.iter_mut().enumerate().take(288 + 30) {
                    *l = match i {
                        0..=143 => 8,
                        144..=255 => 9,
                        256..=279 => 7,
                        280..=287 => 8,
                        _ => 5,
                    };
                }
                (288, 30)
            } else if kind == 2 {
                let nlen = s.take(5)? + 257;
                let ndist = s.take(5)? + 1;
                let ncode = s.take(4)? + 4;
                if nlen > 286 || ndist > 30 {
                    return None;
                }
                let mut cl = [0u8; 19];
                for &o in &ORDER[..ncode] {
                    cl[usize::from(o)] = s.take(3)? as u8;
                }
                let clcode = Code::new(&cl)?;
                let mut i = 0;
                while i < nlen + ndist {
                    let sym = s.decode(&clcode)?;
                    let (fill, times) = match sym {
                        0..=15 => (sym as u8, 1),
                        16 => (*lengths.get(i.checked_sub(1)?)?, 3 + s.take(2)?),
                        17 => (0, 3 + s.take(3)?),
                        _ => (0, 11 + s.take(7)?),
                    };
                    if i + times > nlen + ndist {
                        return None;
                    }
                    lengths[i..i + times].fill(fill);
                    i += times;
                }
                (nlen, ndist)
            } else {
                return None;
            };
            let lit = Code::new(&lengths[..nlen])?;
            let dist = Code::new(&lengths[nlen..nlen + ndist])?;
            loop {
                let sym = s.decode(&lit)?;
                if sym < 256 {
                    out.push(sym as u8);
                    continue;
                }
                if sym == 256 {
                    break;
                }
                let sym = sym - 257;
                let len = usize::from(*LEN_BASE.get(sym)?) + s.take(LEN_EXTRA[sym].into())?;
                let d = s.decode(&dist)?;
                let back = usize::from(*DIST_BASE.get(d)?) + s.take(DIST_EXTRA[d].into())?;
                let from = out.len().checked_sub(back)?;
                if back >= len {
                    out.extend_from_within(from..from + len);
                } else {
                    for k in from..from + len {
                        out.push(out[k]);
                    }
                }
            }
        }
        if last == 1 {
            return Some(out);
        }
    }
}
