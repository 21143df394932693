//! JWT-shaped tokens (`header.payload.signature`, base64url, HS256) signed with a key drawn at
//! start-up: a restarted server never accepts an old token, as with a real key rotation.

use std::sync::atomic::{AtomicU64, Ordering};

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use hmac::{Hmac, Mac};
use rand::RngCore;
use serde::{Deserialize, Serialize};
use sha2::Sha256;

/// Fixed header: the same bytes for every token.
const HEADER_JSON: &str = r#"{"alg":"HS256","typ":"JWT"}"#;
/// Tokens longer than this are refused before any decoding work.
const MAX_TOKEN_BYTES: usize = 4096;

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct Claims {
    pub agent_id: String,
    pub customer_id: String,
    pub username: String,
    pub permission: u64,
    /// Issued at, Unix seconds.
    pub iat: i64,
    /// Expires at, Unix seconds.
    pub exp: i64,
    /// Issue serial; `expire_tokens` revokes every serial issued so far.
    pub jti: u64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TokenError {
    Malformed,
    BadSignature,
    Expired,
    Revoked,
    UnknownAccount,
}

impl std::fmt::Display for TokenError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            TokenError::Malformed => "malformed token",
            TokenError::BadSignature => "invalid token signature",
            TokenError::Expired => "token expired",
            TokenError::Revoked => "token revoked",
            TokenError::UnknownAccount => "unknown account",
        })
    }
}

pub struct TokenSigner {
    /// Keyed once; cloned per use (cheap: two hash states).
    mac: Hmac<Sha256>,
    ttl_ms: i64,
    next_jti: AtomicU64,
    /// Tokens with a smaller serial are revoked.
    revoked_below: AtomicU64,
}

impl TokenSigner {
    pub fn new(ttl_secs: u64) -> Result<TokenSigner, hmac::digest::InvalidLength> {
        let mut key = [0u8; 32];
        rand::rng().fill_bytes(&mut key);
        Ok(TokenSigner {
            mac: Hmac::<Sha256>::new_from_slice(&key)?,
            ttl_ms: i64::try_from(ttl_secs.saturating_mul(1000)).unwrap_or(i64::MAX),
            next_jti: AtomicU64::new(1),
            revoked_below: AtomicU64::new(0),
        })
    }

    pub fn ttl_ms(&self) -> i64 {
        self.ttl_ms
    }

    /// Signs a token for an account; returns the token and its claims.
    pub fn issue(
        &self,
        agent_id: &str,
        customer_id: &str,
        username: &str,
        permission: u64,
        now_ms: i64,
    ) -> (String, Claims) {
        let exp_ms = now_ms.saturating_add(self.ttl_ms);
        let claims = Claims {
            agent_id: agent_id.to_owned(),
            customer_id: customer_id.to_owned(),
            username: username.to_owned(),
            permission,
            iat: now_ms.div_euclid(1000),
            // Rounded up, so a token is never shorter-lived than asked.
            exp: exp_ms.saturating_add(999).div_euclid(1000),
            jti: self.next_jti.fetch_add(1, Ordering::Relaxed),
        };
        let payload = serde_json::to_vec(&claims).unwrap_or_default();
        let signing_input = format!(
            "{}.{}",
            URL_SAFE_NO_PAD.encode(HEADER_JSON),
            URL_SAFE_NO_PAD.encode(payload)
        );
        let signature = URL_SAFE_NO_PAD.encode(self.sign(signing_input.as_bytes()));
        (format!("{signing_input}.{signature}"), claims)
    }

    pub fn verify(&self, token: &str, now_ms: i64) -> Result<Claims, TokenError> {
        if token.len() > MAX_TOKEN_BYTES {
            return Err(TokenError::Malformed);
        }
        let mut parts = token.split('.');
        let (Some(header), Some(payload), Some(signature), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(TokenError::Malformed);
        };
        let signature = URL_SAFE_NO_PAD
            .decode(signature)
            .map_err(|_| TokenError::Malformed)?;
        let signed_len = header.len() + 1 + payload.len();
        let signing_input = token.get(..signed_len).ok_or(TokenError::Malformed)?;
        let mut mac = self.mac.clone();
        mac.update(signing_input.as_bytes());
        mac.verify_slice(&signature)
            .map_err(|_| TokenError::BadSignature)?;
        let payload = URL_SAFE_NO_PAD
            .decode(payload)
            .map_err(|_| TokenError::Malformed)?;
        let claims: Claims = serde_json::from_slice(&payload).map_err(|_| TokenError::Malformed)?;
        if claims.exp.saturating_mul(1000) <= now_ms {
            return Err(TokenError::Expired);
        }
        if claims.jti < self.revoked_below.load(Ordering::Relaxed) {
            return Err(TokenError::Revoked);
        }
        Ok(claims)
    }

    /// Every token issued so far becomes invalid; later logins work again.
    pub fn revoke_all(&self) {
        let next = self.next_jti.load(Ordering::Relaxed);
        self.revoked_below.fetch_max(next, Ordering::Relaxed);
    }

    pub fn is_revoked(&self, jti: u64) -> bool {
        jti < self.revoked_below.load(Ordering::Relaxed)
    }

    fn sign(&self, input: &[u8]) -> Vec<u8> {
        let mut mac = self.mac.clone();
        mac.update(input);
        mac.finalize().into_bytes().to_vec()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn signer() -> TokenSigner {
        TokenSigner::new(60).unwrap()
    }

    #[test]
    fn round_trip() {
        let s = signer();
        let (token, claims) = s.issue("a", "c", "u", 32, 1_000_000);
        assert_eq!(token.split('.').count(), 3);
        assert_eq!(s.verify(&token, 1_000_500), Ok(claims));
    }

    #[test]
    fn expiry_and_revocation() {
        let s = signer();
        let (token, _) = s.issue("a", "c", "u", 32, 1_000_000);
        assert_eq!(
            s.verify(&token, 1_000_000 + 61_000),
            Err(TokenError::Expired)
        );
        s.revoke_all();
        assert_eq!(s.verify(&token, 1_000_001), Err(TokenError::Revoked));
        let (fresh, _) = s.issue("a", "c", "u", 32, 1_000_000);
        assert!(s.verify(&fresh, 1_000_001).is_ok());
    }

    #[test]
    fn tampering_and_garbage() {
        let s = signer();
        let (token, _) = s.issue("a", "c", "u", 16, 1_000_000);
        let mut parts: Vec<&str> = token.split('.').collect();
        let forged = URL_SAFE_NO_PAD.encode(br#"{"agent_id":"a","customer_id":"c","username":"u","permission":32,"iat":0,"exp":99999999999,"jti":1}"#);
        parts[1] = &forged;
        assert_eq!(
            s.verify(&parts.join("."), 1_000_001),
            Err(TokenError::BadSignature)
        );
        for junk in [
            "",
            ".",
            "..",
            "a.b.c",
            "a.b.c.d",
            "ééé.é.é",
            &"x".repeat(10_000),
        ] {
            assert!(s.verify(junk, 0).is_err(), "{junk:?}");
        }
        let other = signer();
        assert_eq!(
            other.verify(&token, 1_000_001),
            Err(TokenError::BadSignature)
        );
    }
}
