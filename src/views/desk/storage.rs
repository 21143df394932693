//! The desk's small per-browser memory (quick replies, what was read, choices made once), in
//! localStorage as JSON. Every failure (private mode, full quota, bad JSON) reads as "nothing
//! saved": these are conveniences, never worth an error in front of an agent.

use serde::{de::DeserializeOwned, Serialize};

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

pub fn load<T: DeserializeOwned>(key: &str) -> Option<T> {
    let text = storage()?.get_item(key).ok()??;
    serde_json::from_str(&text).ok()
}

/// Whether it was written (callers that only want a convenience may ignore it).
pub fn save<T: Serialize>(key: &str, value: &T) -> bool {
    match (storage(), serde_json::to_string(value)) {
        (Some(storage), Ok(text)) => storage.set_item(key, &text).is_ok(),
        _ => false,
    }
}

/// A key scoped to the signed-in agent, so two agents sharing a browser keep their own.
pub fn agent_key(what: &str, agent_id: &str) -> String {
    format!("voipbin-desk.{what}.{agent_id}")
}
