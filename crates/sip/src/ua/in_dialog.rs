//! Inside a call's dialog (RFC 3261 12.2, 14, 15): hanging up, re-INVITEs both ways (hold and
//! resume), and the far end's BYE, INFO and OPTIONS; requests for no known dialog get 481.

use super::call::{event, CallState, Reinvite};
use super::local::ALLOW;
use super::transactions::Purpose;
use super::types::{EndReason, Output, PhoneEvent};
use super::UserAgent;
use crate::dialog::DialogError;
use crate::message::{Request, Response};
use crate::method::Method;
use crate::transaction::TransactionKey;

impl UserAgent {
    /// BYE when the call is up, CANCEL when our INVITE is unanswered, 486 when it rings here.
    pub fn hang_up(&mut self, call: &str, now_ms: u64) -> Vec<Output> {
        let mut out = Vec::new();
        let Some(index) = self.live_call(call) else {
            return out;
        };
        let Some(state) = self.calls.get(index).map(|c| c.state) else {
            return out;
        };
        match state {
            CallState::RingingIn => {
                self.refuse_ringing(index, 486, now_ms, &mut out);
                self.end_call(index, EndReason::Declined, &mut out);
            }
            CallState::AnsweredIn => {
                // The BYE waits for the ACK (15.1.1); the owner is done with the call now.
                event(
                    &mut out,
                    PhoneEvent::Ended {
                        call: call.to_string(),
                        reason: EndReason::LocalHangup,
                    },
                );
                if let Some(found) = self.calls.get_mut(index) {
                    found.over = true;
                }
            }
            CallState::Calling => {
                if let Some(found) = self.calls.get_mut(index) {
                    found.cancel_wanted = true;
                }
            }
            CallState::Proceeding => self.send_cancel(index, now_ms, &mut out),
            CallState::Cancelling => {}
            CallState::Confirmed => {
                if let Some(Reinvite::Theirs { request }) =
                    self.calls.get(index).map(|c| c.reinvite.clone())
                {
                    self.reply(&request, 487, &[], now_ms, &mut out);
                }
                self.send_bye(index, now_ms, &mut out);
                self.end_call(index, EndReason::LocalHangup, &mut out);
            }
        }
        out
    }

    /// Our re-INVITE with a new offer (hold: sendonly, resume: sendrecv).
    pub fn reinvite(&mut self, call: &str, offer_sdp: &str, now_ms: u64) -> Vec<Output> {
        let mut out = Vec::new();
        let branch = self.me.ids.branch();
        let Some(found) = self.live_call(call).and_then(|i| self.calls.get_mut(i)) else {
            return out;
        };
        if found.state != CallState::Confirmed || !matches!(found.reinvite, Reinvite::None) {
            return out;
        }
        let Some(dialog) = found.dialog.as_mut() else {
            return out;
        };
        let mut request = dialog.request(Method::Invite, &self.me.endpoint, &branch);
        self.me.finish(&mut request, false);
        let request = request.with_body("application/sdp", offer_sdp);
        found.reinvite = Reinvite::Ours {
            offer: offer_sdp.to_string(),
        };
        let purpose = Purpose::Reinvite(found.id.clone());
        self.txs.start(request, purpose, now_ms, &mut out);
        out
    }

    /// Answers the far end's re-INVITE (after RemoteOffer) with our SDP.
    pub fn answer_reinvite(&mut self, call: &str, answer_sdp: &str, now_ms: u64) -> Vec<Output> {
        let mut out = Vec::new();
        let Some(request) = self.take_their_reinvite(call, Some(answer_sdp)) else {
            return out;
        };
        let mut ok = Response::from_request(&request, 200, None);
        ok.headers.push("Contact", self.me.contact());
        self.me.decorate(&mut ok.headers);
        let ok = ok.with_body("application/sdp", answer_sdp);
        if let Some(key) = TransactionKey::of_request(&request) {
            self.txs.respond(&key, ok, now_ms, &mut out);
        }
        out
    }

    /// Refuses the far end's re-INVITE: 488 Not Acceptable Here; the call goes on as it was.
    pub fn reject_reinvite(&mut self, call: &str, now_ms: u64) -> Vec<Output> {
        let mut out = Vec::new();
        if let Some(request) = self.take_their_reinvite(call, None) {
            self.reply(&request, 488, &[], now_ms, &mut out);
        }
        out
    }

    fn take_their_reinvite(&mut self, call: &str, sdp: Option<&str>) -> Option<Request> {
        let found = self.live_call(call).and_then(|i| self.calls.get_mut(i))?;
        let Reinvite::Theirs { request } = std::mem::replace(&mut found.reinvite, Reinvite::None)
        else {
            return None;
        };
        if let Some(sdp) = sdp {
            found.local_sdp = sdp.to_string();
        }
        Some(request)
    }

    /// A request with a To tag: it belongs to a dialog, or gets 481.
    pub(super) fn on_in_dialog_request(
        &mut self,
        request: Request,
        now_ms: u64,
        out: &mut Vec<Output>,
    ) {
        let Some(index) = self.calls.iter().position(|c| c.matches_request(&request)) else {
            return self.reply(&request, 481, &[], now_ms, out);
        };
        let checked = self
            .calls
            .get_mut(index)
            .and_then(|c| c.dialog.as_mut())
            .map(|d| d.on_request(&request));
        match checked {
            Some(Ok(())) => {}
            Some(Err(DialogError::OutOfOrder)) => {
                return self.reply(&request, 500, &[], now_ms, out)
            }
            _ => return self.reply(&request, 400, &[], now_ms, out),
        }
        match request.method {
            Method::Bye => {
                self.reply(&request, 200, &[], now_ms, out);
                if self
                    .calls
                    .get(index)
                    .is_some_and(|c| c.state == CallState::RingingIn)
                {
                    self.refuse_ringing(index, 487, now_ms, out);
                }
                self.end_call(index, EndReason::RemoteHangup, out);
            }
            Method::Invite => self.their_reinvite(index, request, now_ms, out),
            Method::Info | Method::Options => self.reply(&request, 200, &[], now_ms, out),
            _ => self.reply(&request, 405, &[("Allow", ALLOW)], now_ms, out),
        }
    }

    fn their_reinvite(
        &mut self,
        index: usize,
        request: Request,
        now_ms: u64,
        out: &mut Vec<Output>,
    ) {
        let Some(call) = self.calls.get_mut(index).filter(|c| !c.over) else {
            return self.reply(&request, 481, &[], now_ms, out);
        };
        let status = match (&call.reinvite, call.state) {
            (Reinvite::Theirs { .. }, _) => Some(500),
            (Reinvite::Ours { .. }, _) => Some(491),
            (Reinvite::None, CallState::Confirmed) => None,
            _ => Some(491),
        };
        if let Some(status) = status {
            return self.reply(&request, status, &[], now_ms, out);
        }
        let offer = request
            .body_text()
            .filter(|text| !text.is_empty())
            .map(str::to_string);
        match offer {
            Some(sdp) => {
                call.reinvite = Reinvite::Theirs { request };
                let id = call.id.clone();
                event(out, PhoneEvent::RemoteOffer { call: id, sdp });
            }
            None if request.body.is_empty() => {
                // No offer (a session refresh): ours is our last SDP; the ACK's answer changes
                // nothing we keep.
                let id = call.id.clone();
                let local = call.local_sdp.clone();
                call.reinvite = Reinvite::Theirs { request };
                out.extend(self.answer_reinvite(&id, &local, now_ms));
            }
            None => self.reply(&request, 400, &[], now_ms, out),
        }
    }

    /// A response to our re-INVITE.
    pub(super) fn on_reinvite_response(
        &mut self,
        id: &str,
        response: Response,
        now_ms: u64,
        out: &mut Vec<Output>,
    ) {
        let branch = self.me.ids.branch();
        let Some(index) = self.live_call(id) else {
            return;
        };
        let Some(call) = self.calls.get_mut(index) else {
            return;
        };
        let Some(dialog) = call.dialog.as_mut() else {
            return;
        };
        let seq = response.headers.cseq().map_or(0, |c| c.seq);
        // Its transaction matched it; a mismatched To tag (a stray fork) only leaves the
        // dialog as it was.
        let _ = dialog.on_response(&response);
        match response.status {
            100..=199 => {}
            200..=299 => {
                let mut ack = dialog.ack(seq, &self.me.endpoint, &branch);
                self.me.finish(&mut ack, false);
                out.push(super::transactions::frame(&crate::Message::Request(ack)));
                if let Reinvite::Ours { offer } =
                    std::mem::replace(&mut call.reinvite, Reinvite::None)
                {
                    call.local_sdp = offer;
                    let answer_sdp = response.body_text().unwrap_or_default().to_string();
                    event(
                        out,
                        PhoneEvent::ReinviteAnswered {
                            call: call.id.clone(),
                            answer_sdp,
                        },
                    );
                }
            }
            status => {
                call.reinvite = Reinvite::None;
                event(
                    out,
                    PhoneEvent::ReinviteFailed {
                        call: call.id.clone(),
                        status,
                    },
                );
                // 12.2.1.2: the far end no longer knows the dialog (481) or did not answer (408).
                match status {
                    481 => self.end_call(
                        index,
                        EndReason::Rejected {
                            status,
                            reason: response.reason.clone(),
                        },
                        out,
                    ),
                    408 => self.reinvite_timed_out(index, now_ms, out),
                    _ => {}
                }
            }
        }
    }

    /// No final response to our re-INVITE: the call is considered gone.
    pub(super) fn reinvite_timed_out(&mut self, index: usize, now_ms: u64, out: &mut Vec<Output>) {
        if let Some(call) = self.calls.get_mut(index) {
            if matches!(call.reinvite, Reinvite::Ours { .. }) {
                call.reinvite = Reinvite::None;
                let id = call.id.clone();
                event(
                    out,
                    PhoneEvent::ReinviteFailed {
                        call: id,
                        status: 408,
                    },
                );
            }
        }
        self.send_bye(index, now_ms, out);
        self.end_call(index, EndReason::Timeout, out);
    }
}
