//! Tags, branches, Call-IDs and cnonces from a seeded PRNG: the crate has no random source,
//! and a seed makes every test reproducible (the desk seeds it from `crypto.getRandomValues`).

use crate::via::branch_from;

/// splitmix64: tiny, fast, and well distributed for identifiers (not for secrets; the digest
/// cnonce only needs to be unpredictable enough to vary).
#[derive(Debug, Clone)]
pub struct Ids(u64);

impl Ids {
    pub fn new(seed: u64) -> Ids {
        Ids(seed)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// `len` lowercase letters and digits (a hostname label, a contact user).
    pub fn token(&mut self, len: usize) -> String {
        const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
        let mut out = String::with_capacity(len);
        let mut bits = self.next();
        for i in 0..len {
            if i % 10 == 9 {
                bits = self.next();
            }
            let index = (bits % ALPHABET.len() as u64) as usize;
            bits /= ALPHABET.len() as u64;
            out.push(char::from(ALPHABET.get(index).copied().unwrap_or(b'x')));
        }
        out
    }

    pub fn tag(&mut self) -> String {
        format!("{:016x}", self.next())
    }

    pub fn branch(&mut self) -> String {
        branch_from(self.next())
    }

    pub fn call_id(&mut self) -> String {
        format!("{:016x}{:016x}", self.next(), self.next())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_ids_and_tokens_use_the_alphabet() {
        let (mut a, mut b) = (Ids::new(7), Ids::new(7));
        assert_eq!(a.call_id(), b.call_id());
        assert_ne!(a.tag(), a.tag());
        let token = a.token(25);
        assert_eq!(token.len(), 25);
        assert!(token
            .bytes()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()));
        assert!(a.branch().starts_with("z9hG4bK"));
    }
}
