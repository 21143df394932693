//! One WebSocket connection as the hub sees it: who, what it subscribed to, its bounded
//! outgoing queue, its counters, and the switch the faults use to stall or drop it.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::Instant;

use axum::extract::ws::Message;
use serde::Serialize;
use tokio::sync::{mpsc, watch};

use super::subscriptions::SubscriptionSet;
use crate::auth::Caller;

/// Frames a connection may have queued before new ones are dropped (the deployed value).
pub const OUTBOX_CAPACITY: usize = 2000;

/// What the connection's tasks should be doing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConnControl {
    Run,
    /// Stop writing (and pinging) without closing: the client sees a silent socket.
    Stall,
    /// Drop the TCP connection without a close frame (the browser reports 1006).
    Drop,
    /// Send a close frame with this code and reason, then end.
    Close {
        code: u16,
        reason: String,
    },
}

pub struct Conn {
    pub id: u64,
    pub caller: Caller,
    pub connected_at: Instant,
    subscriptions: Mutex<SubscriptionSet>,
    outbox: mpsc::Sender<Message>,
    control: watch::Sender<ConnControl>,
    sent: AtomicU64,
    dropped: AtomicU64,
    /// Drops not yet reported to the client (documented dialect: one OVERFLOW notice).
    unreported_drops: AtomicU64,
}

/// What the connection's own tasks hold: the queue's receiving end and a control receiver.
pub struct ConnEnds {
    pub outbox: mpsc::Receiver<Message>,
    pub control: watch::Receiver<ConnControl>,
}

#[derive(Serialize, Debug, Clone)]
pub struct ConnStats {
    pub id: u64,
    pub username: String,
    pub agent_id: String,
    pub subscriptions: usize,
    pub frames_sent: u64,
    pub frames_dropped: u64,
    pub queued: usize,
    pub connected_secs: u64,
    pub state: &'static str,
}

pub enum Enqueue {
    Queued,
    /// The queue was full: the frame was dropped and counted.
    Dropped,
    /// The connection is ending.
    Closed,
}

impl Conn {
    pub fn new(id: u64, caller: Caller) -> (Conn, ConnEnds) {
        let (outbox, outbox_rx) = mpsc::channel(OUTBOX_CAPACITY);
        let (control, control_rx) = watch::channel(ConnControl::Run);
        let conn = Conn {
            id,
            caller,
            connected_at: Instant::now(),
            subscriptions: Mutex::new(SubscriptionSet::default()),
            outbox,
            control,
            sent: AtomicU64::new(0),
            dropped: AtomicU64::new(0),
            unreported_drops: AtomicU64::new(0),
        };
        (
            conn,
            ConnEnds {
                outbox: outbox_rx,
                control: control_rx,
            },
        )
    }

    /// The subscription set; a poisoned lock (a panic elsewhere) still yields the data.
    pub fn subscriptions(&self) -> MutexGuard<'_, SubscriptionSet> {
        self.subscriptions
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }

    /// Never waits: a full queue drops the frame and counts it.
    pub fn enqueue(&self, frame: Message) -> Enqueue {
        match self.outbox.try_send(frame) {
            Ok(()) => Enqueue::Queued,
            Err(mpsc::error::TrySendError::Full(_)) => {
                self.dropped.fetch_add(1, Ordering::Relaxed);
                self.unreported_drops.fetch_add(1, Ordering::Relaxed);
                Enqueue::Dropped
            }
            Err(mpsc::error::TrySendError::Closed(_)) => Enqueue::Closed,
        }
    }

    pub fn set_control(&self, control: ConnControl) {
        // Once told to drop or close, a connection never goes back to running or stalling.
        self.control.send_if_modified(|current| {
            let ending = matches!(current, ConnControl::Drop | ConnControl::Close { .. });
            if ending || *current == control {
                return false;
            }
            *current = control;
            true
        });
    }

    pub fn control(&self) -> ConnControl {
        self.control.borrow().clone()
    }

    pub fn add_sent(&self, n: u64) {
        self.sent.fetch_add(n, Ordering::Relaxed);
    }

    pub fn sent(&self) -> u64 {
        self.sent.load(Ordering::Relaxed)
    }

    pub fn dropped(&self) -> u64 {
        self.dropped.load(Ordering::Relaxed)
    }

    pub fn take_unreported_drops(&self) -> u64 {
        self.unreported_drops.swap(0, Ordering::Relaxed)
    }

    pub fn queued(&self) -> usize {
        OUTBOX_CAPACITY.saturating_sub(self.outbox.capacity())
    }

    pub fn stats(&self) -> ConnStats {
        ConnStats {
            id: self.id,
            username: self.caller.username.clone(),
            agent_id: self.caller.agent_id.clone(),
            subscriptions: self.subscriptions().len(),
            frames_sent: self.sent(),
            frames_dropped: self.dropped(),
            queued: self.queued(),
            connected_secs: self.connected_at.elapsed().as_secs(),
            state: match self.control() {
                ConnControl::Run => "open",
                ConnControl::Stall => "stalled",
                ConnControl::Drop | ConnControl::Close { .. } => "closing",
            },
        }
    }
}
