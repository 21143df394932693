//! Who is signed in, where, and with what: kept in sessionStorage so a reload within the tab keeps
//! the desk, and a closed tab or sign-out forgets it.

use crate::api::{Api, Credential};
use serde::{de, Deserialize, Deserializer, Serialize};
use voipbin_protocol::{Agent, Resource, ResourceKind};

const STORAGE_KEY: &str = "voipbin-desk.session";
/// Where the user was when the session ended, to return there after signing in again.
const RETURN_KEY: &str = "voipbin-desk.return-to";

/// VoIPBIN permission bits (shared/PROTOCOL.md).
pub const PERMISSION_SUPER_ADMIN: u64 = 1;
pub const PERMISSION_AGENT: u64 = 16;
pub const PERMISSION_ADMIN: u64 = 32;
pub const PERMISSION_MANAGER: u64 = 64;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Session {
    /// Empty for the page's own origin (the stand-in behind `trunk serve`).
    pub server: String,
    pub credential: Credential,
    /// The sign-in page's "Phone server" (empty: the page's own `/sip`), see `phone::server`.
    #[serde(default)]
    pub phone_server: String,
    /// The agent chose at sign-in to answer on another phone (a desk phone, another softphone):
    /// this browser then does not register.
    #[serde(default)]
    pub no_softphone: bool,
    #[serde(deserialize_with = "agent_leniently")]
    pub me: Agent,
}

/// The stored agent goes through the lenient decoder that `service_agents/me` uses, not the
/// derived one: one decoder for agents in the download, not two (bench/size).
fn agent_leniently<'de, D: Deserializer<'de>>(d: D) -> Result<Agent, D::Error> {
    match Resource::from_json(&ResourceKind::Agent, serde_json::Value::deserialize(d)?) {
        Resource::Agent(agent) => Ok(agent),
        _ => Err(de::Error::custom(
            "the stored session's agent is not an agent",
        )),
    }
}

impl Session {
    pub fn api(&self) -> Api {
        Api::new(&self.server, Some(self.credential.clone()))
    }

    /// Admin or manager: may watch the whole customer (dashboard, customer topics).
    pub fn is_supervisor(&self) -> bool {
        self.me.permission & (PERMISSION_ADMIN | PERMISSION_MANAGER | PERMISSION_SUPER_ADMIN) != 0
    }

    pub fn is_admin(&self) -> bool {
        self.me.permission & (PERMISSION_ADMIN | PERMISSION_SUPER_ADMIN) != 0
    }

    /// Seconds since the epoch when the token expires, read from a JWT's payload (no signature
    /// check: the server decides; this only avoids reconnecting with a token known to be dead).
    pub fn token_expiry(&self) -> Option<i64> {
        match &self.credential {
            Credential::Token(token) => jwt_expiry(token),
            Credential::AccessKey(_) => None,
        }
    }

    pub fn load() -> Option<Session> {
        let text = storage()?.get_item(STORAGE_KEY).ok()??;
        serde_json::from_str(&text).ok()
    }

    pub fn save(&self) {
        if let (Some(storage), Ok(text)) = (storage(), serde_json::to_string(self)) {
            let _ = storage.set_item(STORAGE_KEY, &text);
        }
    }

    pub fn clear() {
        if let Some(storage) = storage() {
            let _ = storage.remove_item(STORAGE_KEY);
        }
    }
}

pub fn remember_return_to(path: &str) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(RETURN_KEY, path);
    }
}

pub fn take_return_to() -> Option<String> {
    let storage = storage()?;
    let path = storage.get_item(RETURN_KEY).ok()??;
    let _ = storage.remove_item(RETURN_KEY);
    // Only our own paths: never an open redirect.
    (path.starts_with('/') && !path.starts_with("//")).then_some(path)
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok()?
}

pub fn jwt_expiry(token: &str) -> Option<i64> {
    let payload = token.split('.').nth(1)?;
    let bytes = base64url_decode(payload)?;
    let value: serde_json::Value = serde_json::from_slice(&bytes).ok()?;
    value.get("exp")?.as_i64()
}

/// base64url without padding, by hand: a whole crate for the one JWT field we read is not worth
/// its bytes in every agent's download.
fn base64url_decode(input: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(input.len() * 3 / 4);
    let mut buffer = 0u32;
    let mut bits = 0;
    for c in input.bytes() {
        let value = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' | b'+' => 62,
            b'_' | b'/' => 63,
            b'=' => break,
            _ => return None,
        };
        buffer = (buffer << 6) | u32::from(value);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
            buffer &= (1 << bits) - 1;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_jwt_expiry() {
        // {"alg":"HS256"} . {"exp":1700000000,"sub":"x"} . sig
        let token = "eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjE3MDAwMDAwMDAsInN1YiI6IngifQ.c2ln";
        assert_eq!(jwt_expiry(token), Some(1_700_000_000));
        assert_eq!(jwt_expiry("not a jwt"), None);
        assert_eq!(jwt_expiry("a.!!!.c"), None);
        assert_eq!(jwt_expiry(""), None);
    }

    #[test]
    fn a_stored_session_reads_back_as_saved() {
        let me = match Resource::from_json(
            &ResourceKind::Agent,
            serde_json::json!({"id": "a-1", "name": "Ann <b>", "permission": 48, "status": "busy",
                "addresses": [{"type": "tel", "target": "+15550001"}], "tag_ids": ["t-1"]}),
        ) {
            Resource::Agent(agent) => agent,
            other => panic!("not an agent: {other:?}"),
        };
        let session = Session {
            server: "https://api.example".into(),
            credential: Credential::Token("t".into()),
            phone_server: "wss://sip.example:5066".into(),
            no_softphone: true,
            me,
        };
        let text = serde_json::to_string(&session).unwrap();
        assert_eq!(serde_json::from_str::<Session>(&text).unwrap(), session);
    }

    #[test]
    fn a_stored_session_with_odd_agent_fields_still_loads() {
        let text = r#"{"server":"","credential":{"Token":"t"},"me":{"id":"a-1","permission":"48","status":7}}"#;
        let session: Session = serde_json::from_str(text).unwrap();
        assert_eq!(session.me.id, "a-1");
        assert!(serde_json::from_str::<Session>(
            r#"{"server":"","credential":{"Token":"t"},"me":[1]}"#
        )
        .is_err());
    }
}
