//! The signals' longer word lists (`words.txt`), packed with the lexicon: build.rs puts them
//! before the lexicon's own lines, deflated, and `Lexicon::build` keeps them when it inflates
//! the lexicon. As string constants and `[&str]` arrays in the code they were ~9 KB of plain
//! text and pointers in the Wasm; packed, the Wasm is 4,186 bytes smaller (forty-seventh
//! session, Wasm size: 399,655 -> 395,469 bytes). A list is read with `.get()` and `split`.

use std::sync::OnceLock;

/// A word list: where it lies in the packed lists (from, to).
#[derive(Clone, Copy)]
pub struct Words(u32, u32);

include!(concat!(env!("OUT_DIR"), "/words.rs"));

/// All the lists, one after the other, as `Lexicon::build` found them.
pub(super) static TEXT: OnceLock<&'static str> = OnceLock::new();

impl Words {
    /// The list as written in words.txt. Out of line: inlined, its ~30 callers cost ~1 KB.
    #[inline(never)]
    pub fn get(self) -> &'static str {
        super::lexicon::lexicon();
        let text = TEXT.get().copied().unwrap_or_default();
        text.get(self.0 as usize..self.1 as usize)
            .unwrap_or_default()
    }
}
