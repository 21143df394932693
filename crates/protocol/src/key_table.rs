//! A tiny perfect-enough hash table from a fixed list of keys to their positions, built at
//! compile time. Looking up a JSON key costs one hash and one comparison, where a `match` on
//! strings (or a binary search) costs many comparisons; that mattered most in the
//! size-optimized build the browser gets, where comparisons are not inlined.

/// Table slots; must be a power of two and well above the number of keys (open addressing).
const SLOTS: usize = 256;
const EMPTY: u8 = u8::MAX;

/// FNV-1a over the key's bytes (usable in const context).
const fn hash(bytes: &[u8]) -> usize {
    let mut h: u32 = 0x811c_9dc5;
    let mut rest = bytes;
    while let [byte, tail @ ..] = rest {
        h ^= *byte as u32;
        h = h.wrapping_mul(0x0100_0193);
        rest = tail;
    }
    h as usize
}

/// Builds the slot table for `names` (at most 128 distinct keys). Only evaluated in const
/// items, so its indexing and assertion are checked at compile time, never at run time.
pub(crate) const fn build(names: &[&str]) -> [u8; SLOTS] {
    assert!(names.len() <= SLOTS / 2, "too many keys for the table");
    let mut table = [EMPTY; SLOTS];
    let mut i = 0;
    while i < names.len() {
        let mut slot = hash(names[i].as_bytes()) & (SLOTS - 1);
        while table[slot] != EMPTY {
            slot = (slot + 1) & (SLOTS - 1);
        }
        table[slot] = i as u8;
        i += 1;
    }
    table
}

/// The position of `key` in `names`, given the table [`build`] made from them.
pub(crate) fn find(names: &[&str], table: &[u8; SLOTS], key: &str) -> Option<usize> {
    let mut slot = hash(key.as_bytes()) & (SLOTS - 1);
    // Bounded by the table size, and the table always has empty slots.
    for _ in 0..SLOTS {
        let index = usize::from(*table.get(slot)?);
        if index == usize::from(EMPTY) {
            return None;
        }
        if names.get(index) == Some(&key) {
            return Some(index);
        }
        slot = (slot + 1) & (SLOTS - 1);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const NAMES: &[&str] = &["id", "status", "tm_update", "source", ""];
    const TABLE: [u8; SLOTS] = build(NAMES);

    #[test]
    fn finds_every_key_and_nothing_else() {
        for (i, name) in NAMES.iter().enumerate() {
            assert_eq!(find(NAMES, &TABLE, name), Some(i));
        }
        for other in ["ID", "statu", "statuss", "tm_updatE", "x"] {
            assert_eq!(find(NAMES, &TABLE, other), None);
        }
    }
}
