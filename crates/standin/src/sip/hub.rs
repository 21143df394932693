//! The SIP side's shared state: open WebSocket connections (each with its outgoing queue) and
//! the registrations made over them. A browser's contact has a made-up host, so a contact is
//! reached over the connection it registered on (`conn_id`).

use std::collections::{BTreeSet, HashMap};
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard, PoisonError};

use tokio::sync::mpsc;

use super::nonce::NonceKey;
use super::ConnId;

/// Messages a connection may have queued before new ones are refused.
const OUTGOING_CAPACITY: usize = 1024;

/// One registered contact of an extension.
#[derive(Clone, Debug)]
pub struct Contact {
    pub conn_id: ConnId,
    pub extension_id: String,
    pub agent_id: String,
    /// `sip:<username>@<realm>`.
    pub aor: String,
    /// The Contact URI as registered.
    pub uri: String,
    pub expires_at_ms: i64,
    pub user_agent: String,
}

/// What a connection's task is told to do.
#[derive(Debug)]
pub enum Outgoing {
    Message(String),
    /// Close the socket (the `drop_sip` fault, shutdown).
    Close,
}

struct Connection {
    outgoing: mpsc::Sender<Outgoing>,
    /// Failed digest attempts in a row (401 the first time, 403 after).
    auth_failures: u32,
}

#[derive(Default)]
struct Inner {
    connections: HashMap<ConnId, Connection>,
    contacts: Vec<Contact>,
}

pub struct SipHub {
    inner: Mutex<Inner>,
    next_conn: AtomicU64,
    /// The earliest `expires_at_ms` of any contact (i64::MAX when none), so the periodic sweep
    /// costs nothing until something is due.
    next_expiry_ms: AtomicI64,
    pub(super) nonces: NonceKey,
}

impl Default for SipHub {
    fn default() -> Self {
        SipHub {
            inner: Mutex::default(),
            next_conn: AtomicU64::new(1),
            next_expiry_ms: AtomicI64::new(i64::MAX),
            nonces: NonceKey::random(),
        }
    }
}

impl SipHub {
    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }

    pub fn contacts_of_agent(&self, agent_id: &str) -> Vec<Contact> {
        self.contacts_where(|c| c.agent_id == agent_id)
    }

    pub fn contacts_of_extension(&self, extension_id: &str) -> Vec<Contact> {
        self.contacts_where(|c| c.extension_id == extension_id)
    }

    /// Every registration, oldest first.
    pub fn all_contacts(&self) -> Vec<Contact> {
        self.contacts_where(|_| true)
    }

    fn contacts_where(&self, keep: impl Fn(&Contact) -> bool) -> Vec<Contact> {
        self.lock()
            .contacts
            .iter()
            .filter(|c| keep(c))
            .cloned()
            .collect()
    }

    /// Queues a message on the WebSocket it names; false when that socket is gone (or its
    /// queue is full, which only a phone that stopped reading causes).
    pub fn send(&self, conn_id: ConnId, message: String) -> bool {
        let inner = self.lock();
        let Some(connection) = inner.connections.get(&conn_id) else {
            return false;
        };
        match connection.outgoing.try_send(Outgoing::Message(message)) {
            Ok(()) => true,
            Err(error) => {
                tracing::warn!(conn = conn_id, %error, "sip message not queued");
                false
            }
        }
    }

    /// Who registered on a connection: (agent_id, extension_id) of its newest live contact.
    pub fn connection_identity(&self, conn_id: ConnId) -> Option<(String, String)> {
        self.lock()
            .contacts
            .iter()
            .rev()
            .find(|c| c.conn_id == conn_id)
            .map(|c| (c.agent_id.clone(), c.extension_id.clone()))
    }

    pub fn connection_count(&self) -> usize {
        self.lock().connections.len()
    }

    /// A new connection: its id and the receiving end of its outgoing queue.
    pub(super) fn open(&self) -> (ConnId, mpsc::Receiver<Outgoing>) {
        let id = self.next_conn.fetch_add(1, Ordering::Relaxed);
        let (outgoing, receiver) = mpsc::channel(OUTGOING_CAPACITY);
        let connection = Connection {
            outgoing,
            auth_failures: 0,
        };
        self.lock().connections.insert(id, connection);
        (id, receiver)
    }

    /// The connection is gone: forgets it and its contacts. Returns the agents that lost a contact.
    pub(super) fn close(&self, conn_id: ConnId) -> BTreeSet<String> {
        let mut inner = self.lock();
        inner.connections.remove(&conn_id);
        remove_contacts(&mut inner.contacts, |c| c.conn_id == conn_id)
    }

    /// Tells every connection to close and forgets all of them and their contacts (`drop_sip`).
    /// Returns how many connections there were and the agents that lost contacts.
    pub(super) fn close_all(&self) -> (usize, BTreeSet<String>) {
        let mut inner = self.lock();
        let count = inner.connections.len();
        for (_, connection) in inner.connections.drain() {
            // A full queue still ends: dropping the sender ends the connection's loop.
            let _ = connection.outgoing.try_send(Outgoing::Close);
        }
        let agents = remove_contacts(&mut inner.contacts, |_| true);
        (count, agents)
    }

    /// Removes every contact that expires at or before `now_ms`; all of them with `i64::MAX`.
    /// Returns the agents that lost contacts.
    pub(super) fn expire(&self, now_ms: i64) -> BTreeSet<String> {
        if now_ms < self.next_expiry_ms.load(Ordering::Relaxed) {
            return BTreeSet::new();
        }
        let mut inner = self.lock();
        let agents = remove_contacts(&mut inner.contacts, |c| c.expires_at_ms <= now_ms);
        self.store_next_expiry(&inner);
        agents
    }

    /// Counts a failed digest attempt on a connection; returns the count including this one.
    pub(super) fn note_auth_failure(&self, conn_id: ConnId) -> u32 {
        let mut inner = self.lock();
        match inner.connections.get_mut(&conn_id) {
            Some(connection) => {
                connection.auth_failures = connection.auth_failures.saturating_add(1);
                connection.auth_failures
            }
            None => u32::MAX,
        }
    }

    pub(super) fn clear_auth_failures(&self, conn_id: ConnId) {
        if let Some(connection) = self.lock().connections.get_mut(&conn_id) {
            connection.auth_failures = 0;
        }
    }

    /// Applies one REGISTER's changes to an AOR: removes the contacts with the URIs in
    /// `remove` (all of the AOR's when `remove_all`), then adds or refreshes `upsert`.
    /// Returns the AOR's contacts afterwards. A connection closed meanwhile gets no contacts.
    pub(super) fn update_aor(&self, aor: &str, change: AorChange) -> Vec<Contact> {
        let mut inner = self.lock();
        let Inner {
            connections,
            contacts,
        } = &mut *inner;
        contacts.retain(|c| c.aor != aor || !(change.remove_all || change.remove.contains(&c.uri)));
        for contact in change.upsert {
            if !connections.contains_key(&contact.conn_id) {
                continue;
            }
            match contacts
                .iter_mut()
                .find(|c| c.aor == aor && c.uri == contact.uri)
            {
                Some(existing) => *existing = contact,
                None => contacts.push(contact),
            }
        }
        let current = contacts.iter().filter(|c| c.aor == aor).cloned().collect();
        self.store_next_expiry(&inner);
        current
    }

    fn store_next_expiry(&self, inner: &Inner) {
        let next = inner
            .contacts
            .iter()
            .map(|c| c.expires_at_ms)
            .min()
            .unwrap_or(i64::MAX);
        self.next_expiry_ms.store(next, Ordering::Relaxed);
    }

    pub(super) fn agent_has_contacts(&self, agent_id: &str) -> bool {
        self.lock().contacts.iter().any(|c| c.agent_id == agent_id)
    }
}

/// One REGISTER's effect on an AOR's contacts.
#[derive(Default)]
pub(super) struct AorChange {
    pub remove_all: bool,
    pub remove: Vec<String>,
    pub upsert: Vec<Contact>,
}

fn remove_contacts(
    contacts: &mut Vec<Contact>,
    gone: impl Fn(&Contact) -> bool,
) -> BTreeSet<String> {
    let mut agents = BTreeSet::new();
    contacts.retain(|c| {
        if gone(c) {
            agents.insert(c.agent_id.clone());
            false
        } else {
            true
        }
    });
    agents
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contact(conn_id: ConnId, uri: &str, expires_at_ms: i64) -> Contact {
        Contact {
            conn_id,
            extension_id: "ext-1".into(),
            agent_id: "agent-1".into(),
            aor: "sip:2001@c.registrar.voipbin.test".into(),
            uri: uri.into(),
            expires_at_ms,
            user_agent: String::new(),
        }
    }

    fn upsert(contacts: Vec<Contact>) -> AorChange {
        AorChange {
            upsert: contacts,
            ..AorChange::default()
        }
    }

    #[test]
    fn contacts_expire_by_time_and_go_with_their_connection() {
        let hub = SipHub::default();
        let aor = "sip:2001@c.registrar.voipbin.test";
        let (a, _a_rx) = hub.open();
        let (b, _b_rx) = hub.open();
        hub.update_aor(aor, upsert(vec![contact(a, "sip:a@x.invalid", 1_000)]));
        let both = hub.update_aor(aor, upsert(vec![contact(b, "sip:b@y.invalid", 2_000)]));
        assert_eq!(both.len(), 2);
        assert!(hub.expire(999).is_empty());
        assert_eq!(hub.expire(1_000), BTreeSet::from(["agent-1".to_owned()]));
        assert_eq!(hub.contacts_of_agent("agent-1").len(), 1);
        assert!(hub.agent_has_contacts("agent-1"));
        assert_eq!(
            hub.connection_identity(b),
            Some(("agent-1".into(), "ext-1".into()))
        );
        assert_eq!(hub.connection_identity(a), None);
        hub.close(b);
        assert!(!hub.agent_has_contacts("agent-1"));
        assert!(!hub.send(b, "x".into()));
        // A REGISTER that finishes after its connection closed leaves nothing behind.
        let after = hub.update_aor(aor, upsert(vec![contact(b, "sip:b@y.invalid", 9_000)]));
        assert!(after.is_empty());
    }

    #[test]
    fn send_queues_on_the_named_connection_and_close_all_ends_them() {
        let hub = SipHub::default();
        let (a, mut a_rx) = hub.open();
        assert!(hub.send(a, "hello".into()));
        assert!(matches!(a_rx.try_recv(), Ok(Outgoing::Message(m)) if m == "hello"));
        let (count, _) = hub.close_all();
        assert_eq!(count, 1);
        assert!(matches!(a_rx.try_recv(), Ok(Outgoing::Close)));
        assert_eq!(hub.connection_count(), 0);
    }
}
