//! Stateless digest nonces: the issue time and an HMAC of it under a per-server key, so any
//! nonce this server issued can be checked without remembering it, and an old one is "stale".

use hmac::{Hmac, Mac};
use sha2::Sha256;

/// How long a nonce is accepted; after that the phone is told `stale=true` and retries.
pub const NONCE_LIFETIME_MS: i64 = 5 * 60 * 1000;

/// Hex digits of the HMAC kept in a nonce (64 bits is plenty for a test server).
const MAC_HEX_LEN: usize = 16;

#[derive(Debug, PartialEq, Eq)]
pub enum NonceCheck {
    Fresh,
    /// Issued here but too old (or from the future beyond a little clock skew).
    Stale,
    /// Not issued by this server.
    Invalid,
}

pub struct NonceKey([u8; 32]);

impl NonceKey {
    pub fn random() -> NonceKey {
        NonceKey(rand::random())
    }

    /// `<issue time ms, hex>.<hmac, hex>`.
    pub fn issue(&self, now_ms: i64) -> String {
        format!("{now_ms:x}.{}", self.mac(now_ms))
    }

    pub fn check(&self, nonce: &str, now_ms: i64) -> NonceCheck {
        let Some((time, mac)) = nonce.split_once('.') else {
            return NonceCheck::Invalid;
        };
        let Ok(issued_ms) = i64::from_str_radix(time, 16) else {
            return NonceCheck::Invalid;
        };
        if mac != self.mac(issued_ms) {
            return NonceCheck::Invalid;
        }
        let age = now_ms.saturating_sub(issued_ms);
        if (-1000..=NONCE_LIFETIME_MS).contains(&age) {
            NonceCheck::Fresh
        } else {
            NonceCheck::Stale
        }
    }

    fn mac(&self, issued_ms: i64) -> String {
        let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(&self.0) else {
            return String::new(); // unreachable: HMAC takes keys of any length
        };
        mac.update(&issued_ms.to_be_bytes());
        let bytes = mac.finalize().into_bytes();
        let mut hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
        hex.truncate(MAC_HEX_LEN);
        hex
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issued_nonces_check_fresh_then_stale_and_forgeries_fail() {
        let key = NonceKey::random();
        let nonce = key.issue(1_000_000);
        assert_eq!(key.check(&nonce, 1_000_000), NonceCheck::Fresh);
        assert_eq!(
            key.check(&nonce, 1_000_000 + NONCE_LIFETIME_MS),
            NonceCheck::Fresh
        );
        assert_eq!(
            key.check(&nonce, 1_000_001 + NONCE_LIFETIME_MS),
            NonceCheck::Stale
        );
        assert_eq!(
            NonceKey::random().check(&nonce, 1_000_000),
            NonceCheck::Invalid
        );
        let forged = format!("{:x}.{}", 2_000_000, nonce.split_once('.').unwrap().1);
        assert_eq!(key.check(&forged, 2_000_000), NonceCheck::Invalid);
        for junk in ["", ".", "zz.zz", "ffffffffffffffffffff.00", "\u{fffd}"] {
            assert_eq!(key.check(junk, 0), NonceCheck::Invalid);
        }
    }
}
