//! HTTP digest authentication (RFC 2617 / RFC 8760, MD5) as SIP uses it for REGISTER and INVITE:
//! `qop=auth` or no qop, algorithm MD5. Both sides: a server builds a [`Challenge`] and verifies
//! [`Credentials`]; a client answers a challenge with [`Credentials::answer`].
//!
//! Written by hand because the parameter grammar is small and the available crates pull in HTTP
//! types or other hashes; every input is handled without panicking (fuzz-tested).

use std::fmt::Write as _;

use md5::{Digest as _, Md5};

mod params;

use params::{param, push_quoted, push_token};
pub use params::{parse_digest, parse_params};

/// Why a header value could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DigestError {
    /// The scheme is not `Digest`.
    NotDigest,
    /// The parameter list does not follow `name=token / name="quoted"`, separated by commas.
    Syntax(&'static str),
    /// A parameter the scheme needs is absent.
    Missing(&'static str),
}

impl std::fmt::Display for DigestError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DigestError::NotDigest => f.write_str("not a Digest header"),
            DigestError::Syntax(why) => write!(f, "malformed digest parameters: {why}"),
            DigestError::Missing(name) => write!(f, "digest parameter {name} missing"),
        }
    }
}

impl std::error::Error for DigestError {}

/// A `WWW-Authenticate` / `Proxy-Authenticate` digest challenge.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Challenge {
    pub realm: String,
    pub nonce: String,
    pub opaque: Option<String>,
    /// The nonce was valid once but has expired: retry with the new one, same credentials.
    pub stale: bool,
    pub algorithm: Option<String>,
    /// The offered qop list as sent, e.g. `auth` or `auth,auth-int`; None for RFC 2069 style.
    pub qop: Option<String>,
}

/// An `Authorization` / `Proxy-Authorization` digest answer.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Credentials {
    pub username: String,
    pub realm: String,
    pub nonce: String,
    pub uri: String,
    /// 32 lowercase hex digits.
    pub response: String,
    pub algorithm: Option<String>,
    pub opaque: Option<String>,
    /// `auth` when present (then `cnonce` and `nc` are required).
    pub qop: Option<String>,
    pub cnonce: Option<String>,
    /// Nonce count, 8 hex digits as sent.
    pub nc: Option<String>,
}

impl Challenge {
    /// Reads a header value such as `Digest realm="x", nonce="y", qop="auth"`.
    pub fn parse(value: &str) -> Result<Challenge, DigestError> {
        let params = parse_digest(value)?;
        let get = |name: &str| param(&params, name);
        Ok(Challenge {
            realm: get("realm").ok_or(DigestError::Missing("realm"))?,
            nonce: get("nonce").ok_or(DigestError::Missing("nonce"))?,
            opaque: get("opaque"),
            stale: get("stale").is_some_and(|s| s.eq_ignore_ascii_case("true")),
            algorithm: get("algorithm"),
            qop: get("qop"),
        })
    }

    /// Whether the challenge offers `qop=auth`.
    pub fn offers_auth(&self) -> bool {
        self.qop.as_deref().is_some_and(|list| {
            list.split(',')
                .any(|q| q.trim().eq_ignore_ascii_case("auth"))
        })
    }

    /// The header value, e.g. `Digest realm="r", nonce="n", algorithm=MD5, qop="auth"`.
    pub fn to_header_value(&self) -> String {
        let mut out = String::from("Digest ");
        push_quoted(&mut out, "realm", &self.realm);
        push_quoted(&mut out, "nonce", &self.nonce);
        if let Some(opaque) = &self.opaque {
            push_quoted(&mut out, "opaque", opaque);
        }
        if self.stale {
            push_token(&mut out, "stale", "true");
        }
        if let Some(algorithm) = &self.algorithm {
            push_token(&mut out, "algorithm", algorithm);
        }
        if let Some(qop) = &self.qop {
            push_quoted(&mut out, "qop", qop);
        }
        out
    }
}

impl Credentials {
    /// Reads a header value such as `Digest username="u", realm="r", ..., response="..."`.
    pub fn parse(value: &str) -> Result<Credentials, DigestError> {
        let params = parse_digest(value)?;
        let get = |name: &str| param(&params, name);
        Ok(Credentials {
            username: get("username").ok_or(DigestError::Missing("username"))?,
            realm: get("realm").ok_or(DigestError::Missing("realm"))?,
            nonce: get("nonce").ok_or(DigestError::Missing("nonce"))?,
            uri: get("uri").ok_or(DigestError::Missing("uri"))?,
            response: get("response").ok_or(DigestError::Missing("response"))?,
            algorithm: get("algorithm"),
            opaque: get("opaque"),
            qop: get("qop"),
            cnonce: get("cnonce"),
            nc: get("nc"),
        })
    }

    /// The client side: answers `challenge` for a request `method uri` with a password.
    /// `cnonce` should be fresh random text; `nc` counts requests made with this nonce (from 1).
    pub fn answer(
        challenge: &Challenge,
        method: &str,
        uri: &str,
        username: &str,
        password: &str,
        cnonce: &str,
        nc: u32,
    ) -> Credentials {
        let ha1 = ha1(username, &challenge.realm, password);
        let (qop, cnonce, nc) = if challenge.offers_auth() {
            let nc = format!("{nc:08x}");
            (Some("auth".to_owned()), Some(cnonce.to_owned()), Some(nc))
        } else {
            (None, None, None)
        };
        let qop_parts = qop.as_ref().and(nc.as_deref()).zip(cnonce.as_deref());
        let response = response(&ha1, &challenge.nonce, method, uri, qop_parts);
        Credentials {
            username: username.to_owned(),
            realm: challenge.realm.clone(),
            nonce: challenge.nonce.clone(),
            uri: uri.to_owned(),
            response,
            algorithm: challenge.algorithm.clone(),
            opaque: challenge.opaque.clone(),
            qop,
            cnonce,
            nc,
        }
    }

    /// The server side: whether the response matches `password` for a request with `method`.
    /// Only MD5 (or no algorithm) with `qop=auth` or no qop is accepted. The caller checks that
    /// nonce, realm, username and uri are the ones it expects.
    pub fn verify(&self, method: &str, password: &str) -> bool {
        if self
            .algorithm
            .as_deref()
            .is_some_and(|a| !a.eq_ignore_ascii_case("MD5"))
        {
            return false;
        }
        let qop_parts = match (self.qop.as_deref(), &self.nc, &self.cnonce) {
            (None, _, _) => None,
            (Some(q), Some(nc), Some(cnonce)) if q.eq_ignore_ascii_case("auth") => {
                Some((nc.as_str(), cnonce.as_str()))
            }
            _ => return false,
        };
        let ha1 = ha1(&self.username, &self.realm, password);
        let expected = response(&ha1, &self.nonce, method, &self.uri, qop_parts);
        constant_time_eq(
            expected.as_bytes(),
            self.response.to_ascii_lowercase().as_bytes(),
        )
    }

    /// The header value for `Authorization`.
    pub fn to_header_value(&self) -> String {
        let mut out = String::from("Digest ");
        push_quoted(&mut out, "username", &self.username);
        push_quoted(&mut out, "realm", &self.realm);
        push_quoted(&mut out, "nonce", &self.nonce);
        push_quoted(&mut out, "uri", &self.uri);
        push_quoted(&mut out, "response", &self.response);
        if let Some(algorithm) = &self.algorithm {
            push_token(&mut out, "algorithm", algorithm);
        }
        if let Some(opaque) = &self.opaque {
            push_quoted(&mut out, "opaque", opaque);
        }
        if let Some(qop) = &self.qop {
            push_token(&mut out, "qop", qop);
        }
        if let Some(cnonce) = &self.cnonce {
            push_quoted(&mut out, "cnonce", cnonce);
        }
        if let Some(nc) = &self.nc {
            push_token(&mut out, "nc", nc);
        }
        out
    }
}

/// `HA1 = MD5(username:realm:password)`, lowercase hex.
pub fn ha1(username: &str, realm: &str, password: &str) -> String {
    md5_hex(&[username, realm, password])
}

/// The request digest: `MD5(HA1:nonce:nc:cnonce:auth:HA2)` with qop (`qop` = `(nc, cnonce)`),
/// `MD5(HA1:nonce:HA2)` without, where `HA2 = MD5(method:uri)`.
pub fn response(
    ha1: &str,
    nonce: &str,
    method: &str,
    uri: &str,
    qop: Option<(&str, &str)>,
) -> String {
    let ha2 = md5_hex(&[method, uri]);
    match qop {
        Some((nc, cnonce)) => md5_hex(&[ha1, nonce, nc, cnonce, "auth", &ha2]),
        None => md5_hex(&[ha1, nonce, &ha2]),
    }
}

fn md5_hex(parts: &[&str]) -> String {
    let mut hasher = Md5::new();
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            hasher.update(b":");
        }
        hasher.update(part.as_bytes());
    }
    let mut hex = String::with_capacity(32);
    for byte in hasher.finalize() {
        let _ = write!(hex, "{byte:02x}");
    }
    hex
}

/// Compares without an early exit, so timing does not reveal how much of a response matched.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests;
