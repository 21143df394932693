//! Calls to and from registered phones: the SIP side of ringing, answering, in-dialog requests
//! and calls placed from a phone. The WebSocket reader (sip/mod.rs) hands every message other
//! than REGISTER/OPTIONS here.

use crate::state::AppState;

use super::ConnId;

/// A SIP request or response from a phone's connection.
pub fn on_message(state: &AppState, conn: ConnId, message: rsip::SipMessage) {
    let _ = (state, conn);
    tracing::debug!(
        kind = if message.is_request() { "request" } else { "response" },
        "sip message for calls (not handled yet)"
    );
}

/// The phone's WebSocket closed: its ringing INVITEs count as unanswered, its calls end.
pub fn on_connection_closed(state: &AppState, conn: ConnId) {
    let _ = (state, conn);
}
