//! The webhook signature: `X-VoIPBIN-Signature: sha256=<hex HMAC-SHA256(body, secret)>`.

use std::fmt::Write;

use hmac::{Hmac, Mac};
use sha2::Sha256;

/// The header that carries [`sign`]'s value.
pub const SIGNATURE_HEADER: &str = "X-VoIPBIN-Signature";

/// The signature header value for `body`: `sha256=` followed by the lowercase hex
/// HMAC-SHA256 of the exact body bytes, keyed with the customer's webhook secret.
pub fn sign(secret: &str, body: &[u8]) -> String {
    format!("sha256={}", hex(&mac(secret, body)))
}

/// Checks a received header value against `body` in constant time (for receivers and tests).
pub fn verify(secret: &str, body: &[u8], header_value: &str) -> bool {
    let Some(given) = header_value.trim().strip_prefix("sha256=") else {
        return false;
    };
    let expected = hex(&mac(secret, body));
    given.len() == expected.len()
        && given
            .bytes()
            .zip(expected.bytes())
            .fold(0u8, |acc, (a, b)| acc | (a.to_ascii_lowercase() ^ b))
            == 0
}

fn mac(secret: &str, body: &[u8]) -> Vec<u8> {
    // HMAC accepts keys of any length, so this never takes the fallback branch.
    match Hmac::<Sha256>::new_from_slice(secret.as_bytes()) {
        Ok(mut m) => {
            m.update(body);
            m.finalize().into_bytes().to_vec()
        }
        Err(_) => Vec::new(),
    }
}

fn hex(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        // Writing to a String cannot fail.
        let _ = write!(out, "{b:02x}");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc4231_test_case_2() {
        // HMAC-SHA256("Jefe", "what do ya want for nothing?")
        assert_eq!(
            sign("Jefe", b"what do ya want for nothing?"),
            "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }

    #[test]
    fn verify_accepts_only_the_right_signature() {
        let sig = sign("s3cret", b"{\"type\":\"x\"}");
        assert!(verify("s3cret", b"{\"type\":\"x\"}", &sig));
        assert!(verify(
            "s3cret",
            b"{\"type\":\"x\"}",
            &sig.to_uppercase().replace("SHA256=", "sha256=")
        ));
        assert!(!verify("other", b"{\"type\":\"x\"}", &sig));
        assert!(!verify("s3cret", b"{\"type\":\"y\"}", &sig));
        assert!(!verify("s3cret", b"{\"type\":\"x\"}", "md5=abc"));
        assert!(!verify("s3cret", b"{\"type\":\"x\"}", "sha256=ab"));
    }
}
