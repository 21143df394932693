//! Calls this phone places (RFC 3261 13.2): INVITE with our offer, a 401/407 answered once with
//! digest credentials, provisional responses as Ringing, the 2xx ACKed (13.2.2.4) and a
//! failure mapped to an end reason; hanging up before the answer CANCELs (9.1), once a
//! provisional response has arrived.

use super::call::{end_reason, event, Call, CallState, Deadline};
use super::transactions::Purpose;
use super::types::{CallId, EndReason, Output, PhoneEvent};
use super::UserAgent;
use crate::build::NewRequest;
use crate::dialog::Dialog;
use crate::digest::Credentials;
use crate::message::{Request, Response};
use crate::method::Method;
use crate::name_addr::NameAddr;
use crate::transaction::TIMEOUT_MS;
use crate::uri::Uri;

impl UserAgent {
    /// Calls `target`: `+15551234567`, `2002`, `agent:<id>`, `extension:<name>`,
    /// `conference:<id>` (the user part at our domain, escaped), or a full `sip:` URI.
    pub fn dial(&mut self, target: &str, offer_sdp: &str, now_ms: u64) -> (CallId, Vec<Output>) {
        let mut out = Vec::new();
        let call_id = self.me.ids.call_id();
        let uri = target_uri(target, &self.me.settings.account.domain);
        let (Some(uri), true) = (uri, self.connected) else {
            let reason = if self.connected {
                EndReason::NotFound
            } else {
                EndReason::TransportLost
            };
            event(
                &mut out,
                PhoneEvent::Ended {
                    call: call_id.clone(),
                    reason,
                },
            );
            return (call_id, out);
        };
        let tag = self.me.ids.tag();
        let mut invite = Request::new(NewRequest {
            method: Method::Invite,
            uri: uri.clone(),
            from: self.me.from(&tag),
            to: NameAddr::new(uri),
            call_id: call_id.clone(),
            cseq: 1,
            via: self.me.via(),
        });
        self.me.finish(&mut invite, true);
        let invite = invite.with_body("application/sdp", offer_sdp);
        let mut call = Call::new(call_id.clone(), CallState::Calling, invite.clone(), tag);
        call.local_sdp = offer_sdp.to_string();
        self.calls.push(call);
        self.txs
            .start(invite, Purpose::Invite(call_id.clone()), now_ms, &mut out);
        (call_id, out)
    }

    /// A response to our INVITE (or its retry with credentials).
    pub(super) fn on_invite_response(
        &mut self,
        id: &str,
        response: Response,
        now_ms: u64,
        out: &mut Vec<Output>,
    ) {
        let Some(index) = self.calls.iter().position(|c| c.id == id) else {
            return;
        };
        match response.status {
            100..=199 => self.provisional(index, &response, now_ms, out),
            200..=299 => self.accepted(index, &response, now_ms, out),
            401 | 407 => self.challenged(index, &response, now_ms, out),
            _ => {
                let cancelled = self.calls.get(index).is_some_and(wanted_off);
                self.end_call(index, end_reason(&response, cancelled), out);
            }
        }
    }

    /// Timer B: no response at all to our INVITE.
    pub(super) fn on_invite_timeout(&mut self, id: &str, out: &mut Vec<Output>) {
        if let Some(index) = self.calls.iter().position(|c| c.id == id) {
            let reason = match self.calls.get(index).is_some_and(wanted_off) {
                true => EndReason::LocalHangup,
                false => EndReason::Timeout,
            };
            self.end_call(index, reason, out);
        }
    }

    fn provisional(
        &mut self,
        index: usize,
        response: &Response,
        now_ms: u64,
        out: &mut Vec<Output>,
    ) {
        let Some(call) = self.calls.get_mut(index) else {
            return;
        };
        if call.state == CallState::Calling {
            call.state = CallState::Proceeding;
            if call.cancel_wanted {
                return self.send_cancel(index, now_ms, out);
            }
        }
        if response.status > 100 && call.state == CallState::Proceeding && !call.ringing_reported {
            call.ringing_reported = true;
            event(
                out,
                PhoneEvent::Ringing {
                    call: call.id.clone(),
                },
            );
        }
    }

    /// CANCEL for our unanswered INVITE; the call ends at the 487 (or after Timer B's time).
    pub(super) fn send_cancel(&mut self, index: usize, now_ms: u64, out: &mut Vec<Output>) {
        let Some(call) = self.calls.get_mut(index) else {
            return;
        };
        let mut cancel = call.invite.cancel();
        call.state = CallState::Cancelling;
        call.deadline = Some((now_ms.saturating_add(TIMEOUT_MS), Deadline::Cancel));
        self.me.finish(&mut cancel, false);
        self.txs.start(cancel, Purpose::NoReply, now_ms, out);
    }

    fn accepted(&mut self, index: usize, response: &Response, now_ms: u64, out: &mut Vec<Output>) {
        let branch = self.me.ids.branch();
        let Some(call) = self.calls.get_mut(index) else {
            return;
        };
        let seq = call.invite.headers.cseq().map_or(1, |c| c.seq);
        if let (Some(dialog), Some(ack)) = (&call.dialog, &call.ack) {
            if dialog.matches_response(response) {
                // The 2xx again: so is its ACK.
                out.push(super::transactions::frame(&crate::Message::Request(
                    ack.clone(),
                )));
                return;
            }
        }
        let Ok(mut dialog) = Dialog::from_uac(&call.invite, response) else {
            if call.dialog.is_none() {
                let reason = EndReason::Rejected {
                    status: response.status,
                    reason: "2xx without a usable Contact or tags".to_string(),
                };
                self.end_call(index, reason, out);
            }
            return;
        };
        let mut ack = dialog.ack(seq, &self.me.endpoint, &branch);
        self.me.finish(&mut ack, false);
        out.push(super::transactions::frame(&crate::Message::Request(
            ack.clone(),
        )));
        let answer_sdp = response.body_text().unwrap_or_default().to_string();
        if call.dialog.is_some() || wanted_off(call) {
            // A second fork's answer, or an answer to a call we are cancelling: ACK and BYE.
            let bye_branch = self.me.ids.branch();
            let mut bye = dialog.request(Method::Bye, &self.me.endpoint, &bye_branch);
            self.me.finish(&mut bye, false);
            let first = call.dialog.is_none();
            self.txs.start(bye, Purpose::NoReply, now_ms, out);
            if first {
                self.end_call(index, EndReason::LocalHangup, out);
            }
            return;
        }
        call.dialog = Some(dialog);
        call.ack = Some(ack);
        call.state = CallState::Confirmed;
        call.deadline = None;
        event(
            out,
            PhoneEvent::Answered {
                call: call.id.clone(),
                answer_sdp,
            },
        );
    }

    fn challenged(
        &mut self,
        index: usize,
        response: &Response,
        now_ms: u64,
        out: &mut Vec<Output>,
    ) {
        let Some(call) = self.calls.get_mut(index) else {
            return;
        };
        let proxy = response.status == 407;
        let challenge = match proxy {
            true => response.headers.proxy_authenticate(),
            false => response.headers.www_authenticate(),
        }
        .into_iter()
        .next();
        let (false, false, Some(challenge)) = (call.auth_answered, wanted_off(call), challenge)
        else {
            let cancelled = wanted_off(call);
            return self.end_call(index, end_reason(response, cancelled), out);
        };
        call.auth_answered = true;
        let mut invite = call.invite.clone();
        let seq = invite.headers.cseq().map_or(1, |c| c.seq).wrapping_add(1);
        invite.headers.set("Via", self.me.via().to_string());
        invite.headers.set("CSeq", format!("{seq} INVITE"));
        let account = &self.me.settings.account;
        let uri = invite.uri.to_string();
        let cnonce = self.me.ids.tag();
        let credentials = Credentials::answer(
            &challenge,
            "INVITE",
            &uri,
            &account.username,
            &account.password,
            &cnonce,
            1,
        );
        let name = if proxy {
            "Proxy-Authorization"
        } else {
            "Authorization"
        };
        invite.headers.set(name, credentials.to_header_value());
        call.invite = invite.clone();
        call.state = CallState::Calling;
        let purpose = Purpose::Invite(call.id.clone());
        self.txs.start(invite, purpose, now_ms, out);
    }
}

/// The owner hung up before the answer.
fn wanted_off(call: &Call) -> bool {
    call.cancel_wanted || call.state == CallState::Cancelling
}

/// The Request-URI for a dial target: a `sip:`/`sips:` URI as given, anything else as the user
/// part at `domain`.
pub fn target_uri(target: &str, domain: &str) -> Option<Uri> {
    let target = target.trim();
    let lower: String = target
        .chars()
        .take(5)
        .collect::<String>()
        .to_ascii_lowercase();
    if lower.starts_with("sip:") || lower.starts_with("sips:") {
        return Uri::parse(target).ok();
    }
    if target.is_empty() {
        return None;
    }
    Some(Uri::sip(Some(&escape_user(target)), domain))
}

/// Escapes what RFC 3261 25.1 does not allow in a user part (`:` becomes `%3A`, which the
/// stand-in reads back).
pub fn escape_user(user: &str) -> String {
    const USER_UNRESERVED: &str = "-_.!~*'()&=+$,;/";
    let mut out = String::with_capacity(user.len());
    for byte in user.bytes() {
        if byte.is_ascii_alphanumeric() || USER_UNRESERVED.as_bytes().contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}
