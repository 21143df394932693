//! The desk's SIP user agent core: registration with digest, refresh, keep-alive and dead-socket
//! detection, calls both ways with CANCEL, BYE and re-INVITE (hold), as a pure state machine.
//!
//! The owner (the desk's wasm phone) holds the WebSocket, the RtcPeerConnection and the timers:
//! it feeds frames, socket changes, the owner's actions and clock ticks in, and carries out the
//! [`Output`]s, in order (frames to send, [`PhoneEvent`]s, [`Output::TransportDead`]). Times are
//! milliseconds on any monotonic clock; tags, branches and Call-IDs come from the seed. No input
//! makes it panic (fuzz-tested): a bad frame is dropped or answered 400.
//!
//! ```
//! use voipbin_sip::ua::{Account, Output, PhoneEvent, RegistrationState, UaSettings, UserAgent};
//! let account = Account {
//!     username: "2001".into(),
//!     password: "secret".into(),
//!     domain: "c1.registrar.voipbin.test".into(),
//!     display_name: None,
//! };
//! let settings = UaSettings {
//!     account,
//!     secure: false,
//!     register_expires_s: 600,
//!     user_agent: "desk".into(),
//! };
//! let mut ua = UserAgent::new(settings, 42);
//! let out = ua.on_connected(0);
//! let registering = PhoneEvent::Registration(RegistrationState::Registering);
//! assert_eq!(out[0], Output::Event(registering));
//! assert!(matches!(&out[1], Output::Send(frame) if frame.starts_with("REGISTER sip:c1.")));
//! // Feed every frame to `on_frame`, call `on_tick` at `next_deadline_ms`, carry out outputs.
//! assert_eq!(ua.next_deadline_ms(), Some(30_000));
//! ```

mod call;
mod ids;
mod in_dialog;
mod incoming;
mod keepalive;
mod local;
mod outgoing;
mod registration;
mod transactions;
mod types;

#[cfg(test)]
mod tests;

pub use keepalive::{IDLE_BEFORE_PING_MS, PING, PONG_WAIT_MS};
pub use outgoing::{escape_user, target_uri};
pub use registration::{refresh_delay_ms, RETRY_AFTER_MS};
pub use types::{
    Account, CallId, EndReason, Output, Party, PhoneEvent, RegistrationFailure, RegistrationState,
    UaSettings,
};

use call::Call;
use keepalive::KeepAlive;
use local::{Me, ALLOW};
use registration::Registration;
use transactions::{Delivered, Incoming, Purpose, Transactions};

use crate::message::{Message, Request, Response, MAX_MESSAGE_BYTES};
use crate::method::Method;
use crate::transaction::TransactionKey;

#[derive(Debug, Clone)]
pub struct UserAgent {
    me: Me,
    registration: Registration,
    keepalive: KeepAlive,
    txs: Transactions,
    calls: Vec<Call>,
    connected: bool,
}

impl UserAgent {
    /// The Via host and Contact user are picked from `seed` (RFC 7118 5), as are all tags.
    pub fn new(settings: UaSettings, seed: u64) -> UserAgent {
        let mut me = Me::new(settings, seed);
        let registration = Registration::new(&mut me);
        UserAgent {
            me,
            registration,
            keepalive: KeepAlive::default(),
            txs: Transactions::default(),
            calls: Vec::new(),
            connected: false,
        }
    }

    /// The socket is open: REGISTER.
    pub fn on_connected(&mut self, now_ms: u64) -> Vec<Output> {
        let mut out = Vec::new();
        self.connected = true;
        self.keepalive.connected(now_ms);
        self.registration
            .begin(&mut self.me, &mut self.txs, false, now_ms, &mut out);
        out
    }

    /// The socket is gone: the registration with it, and every call ends (TransportLost).
    pub fn on_disconnected(&mut self, _now_ms: u64) -> Vec<Output> {
        let mut out = Vec::new();
        self.connected = false;
        self.keepalive.disconnected();
        self.txs.clear();
        for call in std::mem::take(&mut self.calls) {
            if !call.over {
                let reason = EndReason::TransportLost;
                call::event(
                    &mut out,
                    PhoneEvent::Ended {
                        call: call.id,
                        reason,
                    },
                );
            }
        }
        self.registration.disconnected(&mut out);
        out
    }

    /// REGISTER with Expires 0 (sign-out, another tab takes over).
    pub fn unregister(&mut self, now_ms: u64) -> Vec<Output> {
        let mut out = Vec::new();
        if self.connected {
            self.registration
                .begin(&mut self.me, &mut self.txs, true, now_ms, &mut out);
        }
        out
    }

    pub fn registration(&self) -> &RegistrationState {
        self.registration.state()
    }

    /// Registration refresh, keep-alive, transaction and call timers that are due.
    pub fn on_tick(&mut self, now_ms: u64) -> Vec<Output> {
        let mut out = Vec::new();
        if !self.connected {
            return out;
        }
        for purpose in self.txs.on_tick(now_ms, &mut out) {
            match purpose {
                Purpose::Register => self.registration.on_timeout(now_ms, &mut out),
                Purpose::Invite(id) => self.on_invite_timeout(&id, &mut out),
                Purpose::Reinvite(id) => {
                    if let Some(index) = self.live_call(&id) {
                        self.reinvite_timed_out(index, now_ms, &mut out);
                    }
                }
                Purpose::NoReply => {}
            }
        }
        self.call_deadlines(now_ms, &mut out);
        self.registration
            .on_tick(&mut self.me, &mut self.txs, now_ms, &mut out);
        self.keepalive.on_tick(now_ms, &mut out);
        out
    }

    /// When `on_tick` next has work (None: nothing scheduled).
    pub fn next_deadline_ms(&self) -> Option<u64> {
        if !self.connected {
            return None;
        }
        let calls = self
            .calls
            .iter()
            .filter_map(|c| c.deadline.map(|(at, _)| at));
        [
            self.txs.next_deadline_ms(),
            self.registration.next_deadline_ms(),
            self.keepalive.next_deadline_ms(),
        ]
        .into_iter()
        .flatten()
        .chain(calls)
        .min()
    }

    /// One WebSocket text frame from the server, including CRLF keep-alive pongs.
    pub fn on_frame(&mut self, text: &str, now_ms: u64) -> Vec<Output> {
        let mut out = Vec::new();
        if !self.connected {
            return out;
        }
        self.keepalive.received(now_ms);
        if text.bytes().all(|b| b == b'\r' || b == b'\n') || text.len() > MAX_MESSAGE_BYTES {
            return out;
        }
        match Message::parse(text.as_bytes()) {
            Ok(Message::Response(response)) => self.on_response(response, now_ms, &mut out),
            Ok(Message::Request(request)) => self.on_request(request, now_ms, &mut out),
            // Unreadable: nothing in it can be trusted enough to answer.
            Err(_) => {}
        }
        out
    }

    fn on_response(&mut self, response: Response, now_ms: u64, out: &mut Vec<Output>) {
        let Some((purpose, delivered)) = self.txs.on_response(response, now_ms, out) else {
            return;
        };
        for item in delivered {
            let Delivered::Response(response) = item else {
                continue;
            };
            match &purpose {
                Purpose::Register => self.registration.on_response(
                    &mut self.me,
                    &mut self.txs,
                    &response,
                    now_ms,
                    out,
                ),
                Purpose::Invite(id) => self.on_invite_response(id, response, now_ms, out),
                Purpose::Reinvite(id) => self.on_reinvite_response(id, response, now_ms, out),
                Purpose::NoReply => {}
            }
        }
    }

    fn on_request(&mut self, request: Request, now_ms: u64, out: &mut Vec<Output>) {
        if !well_formed(&request) {
            // 400 straight back (no transaction: a CSeq that does not fit could not match one).
            if request.method != Method::Ack && request.headers.top_via().is_some() {
                let response = Response::from_request(&request, 400, None);
                out.push(transactions::frame(&Message::Response(response)));
            }
            return;
        }
        // well_formed checked the branch, so a transaction takes every request.
        match self.txs.on_request(request, now_ms, out) {
            Some(Incoming::New(request)) => self.on_new_request(request, now_ms, out),
            Some(Incoming::Matched(delivered)) => {
                for item in delivered {
                    if let Delivered::Request(ack) = item {
                        self.on_ack(&ack, now_ms, out);
                    }
                }
            }
            Some(Incoming::Ack(ack)) => self.on_ack(&ack, now_ms, out),
            None => {}
        }
    }

    fn on_new_request(&mut self, request: Request, now_ms: u64, out: &mut Vec<Output>) {
        let in_dialog = request.headers.to().is_some_and(|to| to.tag().is_some());
        match request.method {
            Method::Cancel => self.on_cancel(request, now_ms, out),
            _ if in_dialog => self.on_in_dialog_request(request, now_ms, out),
            Method::Invite => self.on_new_invite(request, now_ms, out),
            Method::Options => {
                let extra = [("Allow", ALLOW), ("Accept", "application/sdp")];
                self.reply(&request, 200, &extra, now_ms, out)
            }
            Method::Bye | Method::Info | Method::Update | Method::Prack => {
                self.reply(&request, 481, &[], now_ms, out)
            }
            _ => self.reply(&request, 405, &[("Allow", ALLOW)], now_ms, out),
        }
    }
}

/// The headers RFC 3261 8.1.1 makes mandatory, readable, with a CSeq of the request's method.
fn well_formed(request: &Request) -> bool {
    let headers = &request.headers;
    headers.cseq().is_some_and(|c| c.method == request.method)
        && headers.from().is_some()
        && headers.to().is_some()
        && headers.call_id().is_some()
        && TransactionKey::of_request(request).is_some()
}
