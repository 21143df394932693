//! RFC 3261 17 transactions over a reliable transport (WebSocket), as pure state machines:
//! events in (`start`/`new`, a response or request from the network, a response from the TU,
//! a timer firing at `now_ms`), [`Action`]s out (send, deliver to the TU, arm a timer, time out,
//! end).
//!
//! Choices for WebSocket (RFC 7118 is reliable):
//! - Timers A, E, G (retransmission) are never armed; D, I, J, K are zero, so the Completed
//!   and Confirmed states are left at once.
//! - Timers B and F (64*T1) time out a request without a final response; H (64*T1) ends an
//!   INVITE server transaction whose non-2xx response was never ACKed.
//! - RFC 6026 Accepted states (Timers L and M, 64*T1) absorb and pass on 2xx retransmissions.
//! - An INVITE server transaction answers `100 Trying` at once (allowed by 17.2.1; simpler than
//!   waiting 200 ms for the TU).
//! - Retransmitting a 2xx to INVITE until the ACK arrives (13.3.1.4) and sending the ACK for a
//!   2xx (13.2.2.4) are the TU's job, as RFC 3261 says: see [`crate::dialog`]. Over WebSocket
//!   straight to the server the 2xx is not lost, so a UA may choose to send it once.

mod client;
mod server;

pub use client::{ClientState, ClientTransaction};
pub use server::{ServerState, ServerTransaction};

use crate::message::{Message, Request, Response};
use crate::method::Method;

/// RFC 3261's round-trip estimate.
pub const T1_MS: u64 = 500;
/// Timers B, F, H, L and M.
pub const TIMEOUT_MS: u64 = 64 * T1_MS;

/// The timers a transaction arms on a reliable transport (RFC 3261 17, RFC 6026).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Timer {
    /// INVITE client: no response at all.
    B,
    /// Non-INVITE client: no final response.
    F,
    /// INVITE server: no ACK for a non-2xx final response.
    H,
    /// INVITE server: end of the Accepted state.
    L,
    /// INVITE client: end of the Accepted state.
    M,
}

/// What the transaction asks its owner to do, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Write this message to the WebSocket.
    Send(Message),
    /// Pass this to the transaction user (a response for a client transaction; the request,
    /// or an ACK in the Accepted state, for a server transaction).
    Deliver(Message),
    /// Call `on_timer(timer, t)` once `t >= at_ms`. A transaction has at most one timer armed.
    ArmTimer { timer: Timer, at_ms: u64 },
    /// No final response (B, F) or no ACK (H) in time. For a client the TU acts as on a 408.
    Timeout,
    /// The transport failed while the transaction was running (17.1.4, 17.2.4).
    TransportError,
    /// The transaction is over: forget it.
    Terminated,
}

/// What matches a message to a transaction (17.1.3, 17.2.3): top Via branch and sent-by, and
/// the method (CSeq method for responses; ACK counts as INVITE).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TransactionKey {
    pub branch: String,
    pub sent_by: String,
    pub method: Method,
}

/// Why a transaction could not be created.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TransactionError {
    /// The request has no readable top Via with a branch.
    NoBranch,
    /// ACK never starts a transaction (17.1: it is sent by the transaction or the TU).
    Ack,
}

impl TransactionKey {
    /// The key of a request: a server transaction's, or the one its client transaction's
    /// responses will carry. For a CANCEL, the INVITE it cancels has the same key with
    /// `method: Method::Invite`.
    pub fn of_request(request: &Request) -> Option<TransactionKey> {
        let method = match request.method {
            Method::Ack => Method::Invite,
            ref method => method.clone(),
        };
        Self::from_via(request.headers.top_via()?, method)
    }

    pub fn of_response(response: &Response) -> Option<TransactionKey> {
        Self::from_via(response.headers.top_via()?, response.headers.cseq()?.method)
    }

    fn from_via(via: crate::via::Via, method: Method) -> Option<TransactionKey> {
        Some(TransactionKey {
            branch: via.branch().filter(|b| !b.is_empty())?.to_string(),
            sent_by: via.sent_by().to_ascii_lowercase(),
            method,
        })
    }
}

fn arm(timer: Timer, now_ms: u64) -> Action {
    Action::ArmTimer {
        timer,
        at_ms: now_ms.saturating_add(TIMEOUT_MS),
    }
}

#[cfg(test)]
mod client_tests;
#[cfg(test)]
mod server_tests;
#[cfg(test)]
mod test_messages;
