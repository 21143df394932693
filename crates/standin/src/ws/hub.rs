//! All open connections, and fan-out: each event is encoded once per topic and the same bytes
//! go to every matching connection's queue (cloning a `Message::Text` shares the buffer).

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, PoisonError, RwLock, RwLockReadGuard};

use axum::extract::ws::Message;
use serde::Serialize;
use voipbin_protocol::Dialect;

use super::conn::{Conn, ConnControl, ConnEnds, ConnStats, Enqueue};
use super::subscriptions::MatchKey;
use crate::auth::{Caller, Credential};

/// One frame for the connections whose subscriptions match `key`.
#[derive(Clone, Debug)]
pub struct Delivery {
    pub key: MatchKey,
    pub frame: Message,
}

pub struct Hub {
    dialect: Dialect,
    conns: RwLock<HashMap<u64, Arc<Conn>>>,
    next_id: AtomicU64,
    accepted: AtomicU64,
    /// Counters of connections already closed, so totals survive disconnects.
    closed_sent: AtomicU64,
    closed_dropped: AtomicU64,
    events_published: AtomicU64,
    frames_enqueued: AtomicU64,
}

#[derive(Serialize, Debug, Clone)]
pub struct HubStats {
    pub dialect: &'static str,
    pub connections: usize,
    pub connections_total: u64,
    pub subscriptions: usize,
    pub events_published: u64,
    pub frames_enqueued: u64,
    pub frames_sent: u64,
    pub frames_dropped: u64,
    pub per_connection: Vec<ConnStats>,
}

/// Which connections a fault applies to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    All,
    /// The longest-connected one.
    One,
    Id(u64),
}

impl Hub {
    pub fn new(dialect: Dialect) -> Hub {
        Hub {
            dialect,
            conns: RwLock::new(HashMap::new()),
            next_id: AtomicU64::new(1),
            accepted: AtomicU64::new(0),
            closed_sent: AtomicU64::new(0),
            closed_dropped: AtomicU64::new(0),
            events_published: AtomicU64::new(0),
            frames_enqueued: AtomicU64::new(0),
        }
    }

    pub fn dialect(&self) -> Dialect {
        self.dialect
    }

    fn read(&self) -> RwLockReadGuard<'_, HashMap<u64, Arc<Conn>>> {
        self.conns.read().unwrap_or_else(PoisonError::into_inner)
    }

    pub fn register(&self, caller: Caller) -> (Arc<Conn>, ConnEnds) {
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        let (conn, ends) = Conn::new(id, caller);
        let conn = Arc::new(conn);
        self.conns
            .write()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(id, Arc::clone(&conn));
        self.accepted.fetch_add(1, Ordering::Relaxed);
        (conn, ends)
    }

    pub fn unregister(&self, id: u64) {
        let removed = self
            .conns
            .write()
            .unwrap_or_else(PoisonError::into_inner)
            .remove(&id);
        if let Some(conn) = removed {
            self.closed_sent.fetch_add(conn.sent(), Ordering::Relaxed);
            self.closed_dropped
                .fetch_add(conn.dropped(), Ordering::Relaxed);
        }
    }

    pub fn connection_count(&self) -> usize {
        self.read().len()
    }

    /// Queues each delivery on every connection that subscribed to it. Per connection, the
    /// subscription lock is taken once for the whole batch and frames keep their order.
    pub fn fan_out(&self, deliveries: &[Delivery], events: u64) {
        self.events_published.fetch_add(events, Ordering::Relaxed);
        if deliveries.is_empty() {
            return;
        }
        let mut enqueued = 0u64;
        for conn in self.read().values() {
            let subscriptions = conn.subscriptions();
            if subscriptions.is_empty() {
                continue;
            }
            for delivery in deliveries {
                if subscriptions.matches(&delivery.key) {
                    if let Enqueue::Queued = conn.enqueue(delivery.frame.clone()) {
                        enqueued += 1;
                    }
                }
            }
        }
        self.frames_enqueued.fetch_add(enqueued, Ordering::Relaxed);
    }

    /// The id the next connection will get: connections below it exist or existed already.
    pub fn connection_watermark(&self) -> u64 {
        self.next_id.load(Ordering::Relaxed)
    }

    /// Sends earlier deliveries again (the `duplicate` and `reorder` faults), each only to
    /// connections that were open when it was first published: a real server never sends a
    /// socket what happened before it connected.
    pub fn replay(&self, deliveries: &[(Delivery, u64)]) {
        for conn in self.read().values() {
            let subscriptions = conn.subscriptions();
            for (delivery, watermark) in deliveries {
                if conn.id < *watermark && subscriptions.matches(&delivery.key) {
                    conn.enqueue(delivery.frame.clone());
                }
            }
        }
    }

    /// Queues one frame on every connection, subscribed or not (the `malformed` fault).
    pub fn broadcast(&self, frame: &Message) {
        for conn in self.read().values() {
            conn.enqueue(frame.clone());
        }
    }

    fn targets(&self, target: &Target) -> Vec<Arc<Conn>> {
        let conns = self.read();
        match target {
            Target::All => conns.values().cloned().collect(),
            Target::One => conns
                .values()
                .filter(|c| c.control() == ConnControl::Run)
                .min_by_key(|c| c.id)
                .cloned()
                .into_iter()
                .collect(),
            Target::Id(id) => conns.get(id).cloned().into_iter().collect(),
        }
    }

    /// Applies a control to the targeted connections; returns how many were affected.
    pub fn control(&self, target: &Target, control: ConnControl) -> usize {
        let conns = self.targets(target);
        for conn in &conns {
            conn.set_control(control.clone());
        }
        conns.len()
    }

    /// Closes every connection authenticated by a token (access keys stay valid).
    pub fn close_token_connections(&self, code: u16, reason: &str) -> usize {
        let conns: Vec<Arc<Conn>> = self
            .read()
            .values()
            .filter(|c| matches!(c.caller.credential, Credential::Token { .. }))
            .cloned()
            .collect();
        for conn in &conns {
            conn.set_control(ConnControl::Close {
                code,
                reason: reason.to_owned(),
            });
        }
        conns.len()
    }

    pub fn stats(&self) -> HubStats {
        let conns: Vec<Arc<Conn>> = self.read().values().cloned().collect();
        let mut per_connection: Vec<ConnStats> = conns.iter().map(|c| c.stats()).collect();
        per_connection.sort_by_key(|c| c.id);
        let live_sent: u64 = per_connection.iter().map(|c| c.frames_sent).sum();
        let live_dropped: u64 = per_connection.iter().map(|c| c.frames_dropped).sum();
        HubStats {
            dialect: self.dialect.as_str(),
            connections: per_connection.len(),
            connections_total: self.accepted.load(Ordering::Relaxed),
            subscriptions: per_connection.iter().map(|c| c.subscriptions).sum(),
            events_published: self.events_published.load(Ordering::Relaxed),
            frames_enqueued: self.frames_enqueued.load(Ordering::Relaxed),
            frames_sent: self.closed_sent.load(Ordering::Relaxed) + live_sent,
            frames_dropped: self.closed_dropped.load(Ordering::Relaxed) + live_dropped,
            per_connection,
        }
    }
}
