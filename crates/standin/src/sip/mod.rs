//! The stand-in as the agents' phone system: SIP over WebSocket (RFC 7118) at `GET /sip`.
//! This module reads frames, answers REGISTER (registrar.rs) and OPTIONS itself, and hands every
//! other message to `calls` (ringing, answering, in-dialog requests, calls from phones).

pub mod auth;
mod bridge;
pub mod call_media;
pub mod calls;
mod contact;
mod dial;
mod dialog;
mod hub;
mod nonce;
pub mod reader;
mod registrar;
pub mod responses;
mod ring;
mod teardown;
pub mod transport;
mod wire;

use rsip::headers::UntypedHeader;
use rsip::{Header, Method, Request, SipMessage};

pub use auth::{authenticate, Authenticated};
pub use hub::{Contact, SipHub};
pub use registrar::{MAX_EXPIRES_SECS, MIN_EXPIRES_SECS};
pub use transport::ws::sip_ws_handler;
pub use wire::seed_of;

use crate::clock::now_ms;
use crate::state::AppState;
use reader::Frame;

/// A SIP WebSocket connection's id (unique for the server's lifetime).
pub type ConnId = u64;

/// Methods the stand-in takes (the Allow header of OPTIONS answers).
const ALLOW: &str = "REGISTER, OPTIONS, INVITE, ACK, BYE, CANCEL, INFO";

/// One frame from a connection: answered, handed to `calls`, or dropped with a log line.
pub fn on_frame(state: &AppState, conn: ConnId, bytes: &[u8]) {
    match reader::read_frame(bytes) {
        Ok(Frame::KeepAlive { pong }) => {
            if pong {
                state.sip.send(conn, "\r\n".to_owned());
            }
        }
        Ok(Frame::Message(SipMessage::Request(request))) if request.method == Method::Register => {
            let response = registrar::register(state, conn, &request);
            state.sip.send(conn, response.to_string());
        }
        Ok(Frame::Message(SipMessage::Request(request))) if request.method == Method::Options => {
            state.sip.send(conn, options(&request));
        }
        Ok(Frame::Message(message)) => calls::on_message(state, conn, message),
        Err(rejected) => {
            tracing::info!(conn, why = %rejected.why, answered = rejected.reply.is_some(), "sip message rejected");
            if let Some(reply) = rejected.reply {
                state.sip.send(conn, reply);
            }
        }
    }
}

/// A connection ended: its contacts go (agents without any are no longer registered), then
/// `calls` ends what ran over it.
pub fn on_connection_closed(state: &AppState, conn: ConnId) {
    let agents = state.sip.close(conn);
    sync_phone_registration(state, agents);
    calls::on_connection_closed(state, conn);
}

/// Removes expired registrations; cheap when none is due (the server's ticker calls it).
pub fn sweep_expired(state: &AppState) {
    let agents = state.sip.expire(now_ms());
    if !agents.is_empty() {
        sync_phone_registration(state, agents);
    }
}

/// The `drop_sip` fault: closes every SIP socket; their registrations go with them.
/// Returns how many sockets were open.
pub fn drop_all_connections(state: &AppState) -> usize {
    let (count, agents) = state.sip.close_all();
    sync_phone_registration(state, agents);
    count
}

/// The `expire_registrations` fault: every registration ends now; sockets stay open.
/// Returns how many registrations there were.
pub fn expire_all_registrations(state: &AppState) -> usize {
    let count = state.sip.all_contacts().len();
    let agents = state.sip.expire(i64::MAX);
    sync_phone_registration(state, agents);
    count
}

/// Tells the simulation which of `agents` have a phone registered, from the hub's current
/// contacts read under the simulation's lock, so concurrent changes cannot leave it stale.
fn sync_phone_registration(state: &AppState, agents: impl IntoIterator<Item = String>) {
    let mut sim = state.sim();
    for agent in agents {
        let registered = state.sip.agent_has_contacts(&agent);
        if sim.phone_registered(&agent) != registered {
            tracing::debug!(agent = %agent, registered, "phone registration changed");
            sim.set_phone_registered(&agent, registered);
        }
    }
}

/// OPTIONS (keep-alive and capability query): 200 with what the stand-in accepts.
fn options(request: &Request) -> String {
    let mut response = responses::reply(request, 200);
    responses::push_header(
        &mut response,
        Header::Allow(rsip::headers::Allow::new(ALLOW)),
    );
    responses::push_header(
        &mut response,
        Header::Accept(rsip::headers::Accept::new("application/sdp")),
    );
    response.to_string()
}
