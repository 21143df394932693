//! A test SIP phone: a user agent over WebSocket (RFC 7118, subprotocol `sip`) written apart from
//! the stand-in's SIP code (messages via `rsip`, MD5 digest computed here), with a real WebRTC
//! media leg (the stand-in's `MediaLeg`, a str0m peer). Used by the socket tests and by
//! `examples/phone_load.rs` (which includes this file by path).
//!
//! ```ignore
//! let mut phone = PhoneClient::register("ws://127.0.0.1:9000/sip", "2001", password, realm).await?;
//! let invite = phone.next_invite(WAIT).await?;
//! let call = phone.answer(&invite).await?;
//! call.send_dtmf("123#");
//! call.hold().await?; call.resume().await?; call.bye().await?;
//! let out = phone.dial("+15550100123").await?.answered(WAIT).await?;
//! ```

#![allow(dead_code)]

#[path = "phone_client/call.rs"]
mod call;
#[path = "phone_client/dialing.rs"]
mod dialing;
#[path = "phone_client/link.rs"]
mod link;
#[path = "phone_client/sip.rs"]
mod sip;

use std::net::{IpAddr, Ipv4Addr};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use rsip::headers::{self, Header, UntypedHeader};
use rsip::Method;
use voipbin_standin::media::{MediaLeg, MediaSettings, Sound};

use call::{final_response, Dialog};
pub use call::{Call, IncomingInvite};
pub use dialing::Dialing;
pub use link::Phase;
use link::{CallEntry, InviteQueue, Shared};

#[derive(Debug)]
pub enum PhoneError {
    Connect(String),
    Closed,
    Timeout(&'static str),
    /// Final statuses received, in order (a wrong password gives `[401, 403]`).
    Rejected {
        statuses: Vec<u16>,
    },
    Cancelled,
    Sip(String),
    Media(String),
}

const REGISTER_WAIT: Duration = Duration::from_secs(5);
const REGISTER_EXPIRES: u32 = 600;
/// Challenges answered before giving up: a second one may be a stale nonce, or a registrar
/// that challenges a wrong answer once more before refusing it.
const CHALLENGES_ANSWERED: usize = 2;

pub struct PhoneClient {
    shared: Arc<Shared>,
    invites: InviteQueue,
    registration: Mutex<(String, String, u32)>, // Call-ID, From tag, last CSeq
}

impl PhoneClient {
    /// Connects to `server_url` (`ws://host:port/sip`) and registers `username` (digest with
    /// `password` in `realm`). Media is offered on 127.0.0.1.
    pub async fn register(
        server_url: &str,
        username: &str,
        password: &str,
        realm: &str,
    ) -> Result<PhoneClient, PhoneError> {
        let identity = sip::Identity::new(username, password, realm);
        let media = MediaSettings {
            ip: IpAddr::V4(Ipv4Addr::LOCALHOST),
        };
        let (shared, invites) = Shared::connect(server_url, identity, media).await?;
        let client = PhoneClient {
            shared,
            invites,
            registration: Mutex::new((sip::token(12), sip::token(6), 0)),
        };
        client.send_register(REGISTER_EXPIRES).await?;
        Ok(client)
    }

    /// Removes this phone's contact (REGISTER with Expires 0).
    pub async fn unregister(&self) -> Result<(), PhoneError> {
        self.send_register(0).await
    }

    async fn send_register(&self, expires: u32) -> Result<(), PhoneError> {
        let identity = &self.shared.identity;
        let uri = format!("sip:{}", identity.realm);
        let mut statuses = Vec::new();
        let mut authorization: Option<Header> = None;
        loop {
            let (call_id, tag, seq) = {
                let mut registration = self.registration.lock().unwrap_or_else(|p| p.into_inner());
                registration.2 += 1;
                registration.clone()
            };
            let mut headers: Vec<Header> = vec![
                identity.via(&sip::new_branch()),
                headers::MaxForwards::new("70").into(),
                headers::From::new(format!("<{}>;tag={tag}", identity.aor)).into(),
                headers::To::new(format!("<{}>", identity.aor)).into(),
                headers::CallId::new(call_id).into(),
                headers::CSeq::new(format!("{seq} REGISTER")).into(),
                headers::Contact::new(identity.contact.clone()).into(),
                headers::Expires::new(expires.to_string()).into(),
                headers::UserAgent::new("voipbin-standin test phone (rsip)").into(),
            ];
            headers.extend(authorization.clone());
            let request =
                sip::request(Method::Register, &uri, headers, "").map_err(PhoneError::Sip)?;
            let response = final_response(&self.shared, request, REGISTER_WAIT).await?;
            let code = response.status_code.code();
            statuses.push(code);
            match code {
                200..=299 => return Ok(()),
                401 | 407 if statuses.len() <= CHALLENGES_ANSWERED => {
                    authorization = Some(
                        sip::answer_challenge(&response, &Method::Register, &uri, identity)
                            .map_err(PhoneError::Sip)?,
                    );
                }
                _ => return Err(PhoneError::Rejected { statuses }),
            }
        }
    }

    /// The next INVITE that rings this phone (already answered 180 Ringing).
    pub async fn next_invite(&mut self, wait: Duration) -> Result<IncomingInvite, PhoneError> {
        let (request, to_tag) = tokio::time::timeout(wait, self.invites.recv())
            .await
            .map_err(|_| PhoneError::Timeout("INVITE"))?
            .ok_or(PhoneError::Closed)?;
        let call_id = sip::call_id(&request).unwrap_or_default();
        let phase = self
            .shared
            .lock_calls()
            .get(&call_id)
            .map(|entry| entry.phase.subscribe())
            .ok_or(PhoneError::Closed)?;
        Ok(IncomingInvite {
            request,
            to_tag,
            phase,
        })
    }

    /// Answers with a WebRTC answer to the INVITE's offer (200 OK); fails if it was CANCELled.
    pub async fn answer(&self, invite: &IncomingInvite) -> Result<Call, PhoneError> {
        let (leg, answer) = MediaLeg::answer(&self.shared.media, &invite.offer(), voice())
            .await
            .map_err(|e| PhoneError::Media(format!("{e:?}")))?;
        let call_id = invite.call_id();
        {
            let mut calls = self.shared.lock_calls();
            let entry = calls.get_mut(&call_id).filter(|e| e.pending.is_some());
            let Some(entry) = entry else {
                leg.close();
                return Err(PhoneError::Cancelled);
            };
            entry.pending = None;
            entry.leg = Some(leg.clone());
            entry.phase.send_replace(Phase::Answered);
            let ok = sip::response_to(
                &invite.request,
                200,
                Some(&invite.to_tag),
                Some(&self.shared.identity.contact),
                &answer,
            );
            self.shared.send(ok.into())?;
        }
        use rsip::prelude::HeadersExt;
        let request = &invite.request;
        let dialog = Dialog {
            call_id,
            local: format!(
                "{};tag={}",
                request
                    .to_header()
                    .map(|h| h.value().to_owned())
                    .unwrap_or_default(),
                invite.to_tag
            ),
            remote: request
                .from_header()
                .map(|h| h.value().to_owned())
                .unwrap_or_default(),
            remote_target: sip::contact_uri(request).unwrap_or_else(|| request.uri.to_string()),
            cseq: 0,
        };
        Ok(Call {
            shared: Arc::clone(&self.shared),
            dialog: Mutex::new(dialog),
            leg,
            phase: invite.phase.clone(),
        })
    }

    /// Declines with `code` (486 Busy Here, 603 Decline).
    pub fn decline(&self, invite: &IncomingInvite, code: u16) -> Result<(), PhoneError> {
        let mut calls = self.shared.lock_calls();
        let entry = calls
            .get_mut(&invite.call_id())
            .filter(|e| e.pending.is_some())
            .ok_or(PhoneError::Cancelled)?;
        entry.pending = None;
        entry.phase.send_replace(Phase::Failed(code));
        self.shared
            .send(sip::response_to(&invite.request, code, Some(&invite.to_tag), None, "").into())
    }

    /// Calls out: `+E164`, `agent:<id>`, `extension:<name>`, … (the request URI's user part).
    pub async fn dial(&self, target: &str) -> Result<Dialing, PhoneError> {
        let (leg, offer) = MediaLeg::offer(&self.shared.media, voice())
            .await
            .map_err(|e| PhoneError::Media(format!("{e:?}")))?;
        let identity = &self.shared.identity;
        let call_id = sip::token(12);
        self.shared.lock_calls().insert(
            call_id.clone(),
            CallEntry {
                phase: tokio::sync::watch::channel(Phase::Ringing).0,
                leg: Some(leg.clone()),
                pending: None,
            },
        );
        let mut dialing = Dialing {
            shared: Arc::clone(&self.shared),
            uri: format!("sip:{target}@{}", identity.realm),
            local: format!("<{}>;tag={}", identity.aor, sip::token(6)),
            call_id,
            offer,
            leg,
            seq: 0,
            request: None,
            responses: tokio::sync::mpsc::unbounded_channel().1,
            early_final: None,
        };
        dialing.send_invite(None)?;
        Ok(dialing)
    }

    /// Start lines of every message sent (`->`) and received (`<-`), for assertion messages.
    pub fn transcript(&self) -> Vec<String> {
        self.shared.transcript()
    }

    pub fn is_closed(&self) -> bool {
        *self.shared.closed.borrow()
    }

    /// Closes the WebSocket (no un-REGISTER): what a browser tab that goes away does.
    pub fn close(&self) {
        self.shared.close();
    }
}

impl Drop for PhoneClient {
    fn drop(&mut self) {
        self.shared.close();
    }
}

fn voice() -> Sound {
    Sound::Voice {
        seed: rand::random(),
    }
}
