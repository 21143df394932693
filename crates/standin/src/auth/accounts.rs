//! The demo accounts (admin@demo, manager@demo, agent1@demo …) and their access keys.

use std::collections::HashMap;

use hmac::{Hmac, Mac};
use sha2::Sha256;

#[derive(Clone, Debug)]
pub struct AccountEntry {
    pub username: String,
    pub password: String,
    pub agent_id: String,
    pub customer_id: String,
    pub permission: u64,
    /// Long-lived credential for `?accesskey=`; derived from the seed so scripts can rely on it.
    pub access_key: String,
}

#[derive(Default)]
pub struct Directory {
    entries: Vec<AccountEntry>,
    by_username: HashMap<String, usize>,
    by_agent_id: HashMap<String, usize>,
    by_access_key: HashMap<String, usize>,
}

impl Directory {
    pub fn new(entries: Vec<AccountEntry>) -> Directory {
        let mut directory = Directory::default();
        for (index, entry) in entries.iter().enumerate() {
            directory
                .by_username
                .insert(entry.username.to_ascii_lowercase(), index);
            directory.by_agent_id.insert(entry.agent_id.clone(), index);
            directory
                .by_access_key
                .insert(entry.access_key.clone(), index);
        }
        directory.entries = entries;
        directory
    }

    pub fn entries(&self) -> &[AccountEntry] {
        &self.entries
    }

    /// Usernames are case-insensitive (they are e-mail addresses).
    pub fn by_username(&self, username: &str) -> Option<&AccountEntry> {
        let index = *self.by_username.get(&username.to_ascii_lowercase())?;
        self.entries.get(index)
    }

    pub fn by_agent_id(&self, agent_id: &str) -> Option<&AccountEntry> {
        let index = *self.by_agent_id.get(agent_id)?;
        self.entries.get(index)
    }

    pub fn by_access_key(&self, key: &str) -> Option<&AccountEntry> {
        let index = *self.by_access_key.get(key)?;
        self.entries.get(index)
    }

    /// Checks a login; the comparison does not stop at the first differing byte.
    pub fn check_password(&self, username: &str, password: &str) -> Option<&AccountEntry> {
        let entry = self.by_username(username)?;
        constant_time_eq(entry.password.as_bytes(), password.as_bytes()).then_some(entry)
    }
}

/// `ak_` + 32 hex digits of HMAC-SHA256(seed, username): stable for a seed, distinct per account.
pub fn derive_access_key(seed: u64, username: &str) -> String {
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(&seed.to_be_bytes()) else {
        // HMAC accepts keys of any length; unreachable, but never panic.
        return format!("ak_{seed:016x}");
    };
    mac.update(b"voipbin-standin access key\0");
    mac.update(username.as_bytes());
    let digest = mac.finalize().into_bytes();
    let hex: String = digest.iter().take(16).map(|b| format!("{b:02x}")).collect();
    format!("ak_{hex}")
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn access_keys_are_stable_and_distinct() {
        assert_eq!(
            derive_access_key(7, "admin@demo"),
            derive_access_key(7, "admin@demo")
        );
        assert_ne!(
            derive_access_key(7, "admin@demo"),
            derive_access_key(7, "agent1@demo")
        );
        assert_ne!(
            derive_access_key(7, "admin@demo"),
            derive_access_key(8, "admin@demo")
        );
        assert_eq!(derive_access_key(7, "x").len(), 35);
    }

    #[test]
    fn password_check() {
        let dir = Directory::new(vec![AccountEntry {
            username: "admin@demo".into(),
            password: "demo".into(),
            agent_id: "a".into(),
            customer_id: "c".into(),
            permission: 32,
            access_key: "k".into(),
        }]);
        assert!(dir.check_password("ADMIN@demo", "demo").is_some());
        assert!(dir.check_password("admin@demo", "demo2").is_none());
        assert!(dir.check_password("nobody", "demo").is_none());
        assert!(dir.by_access_key("k").is_some());
    }
}
