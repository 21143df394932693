//! Calls that ring this phone (RFC 3261 13.3): 180 with our To tag at once, then answer (200
//! with our SDP, confirmed by the ACK) or decline (486); the caller may CANCEL while it rings.

use super::call::{event, party, Call, CallState, Deadline, MAX_CALLS};
use super::types::{EndReason, Output, PhoneEvent};
use super::UserAgent;
use crate::dialog::{Dialog, DialogState};
use crate::message::{Request, Response};
use crate::method::Method;
use crate::transaction::{TransactionKey, TIMEOUT_MS};

impl UserAgent {
    /// An INVITE outside any dialog (its server transaction has sent 100 Trying).
    pub(super) fn on_new_invite(&mut self, invite: Request, now_ms: u64, out: &mut Vec<Output>) {
        let Some(call_id) = invite.headers.call_id().map(str::to_string) else {
            return self.reply(&invite, 400, &[], now_ms, out);
        };
        if self.calls.iter().any(|c| c.id == call_id) {
            // Same Call-ID on another branch: a merged or looped request (8.2.2.2).
            return self.reply(&invite, 482, &[], now_ms, out);
        }
        if self.calls.len() >= MAX_CALLS {
            return self.reply(&invite, 486, &[], now_ms, out);
        }
        let offer = match (invite.body.is_empty(), invite.body_text()) {
            (true, _) => None,
            (false, Some(text)) => Some(text.to_string()),
            (false, None) => return self.reply(&invite, 400, &[], now_ms, out),
        };
        let (Some(from), Some(key)) = (invite.headers.from(), TransactionKey::of_request(&invite))
        else {
            return self.reply(&invite, 400, &[], now_ms, out);
        };
        let tag = self.me.ids.tag();
        let mut ringing = Response::from_request(&invite, 180, Some(&tag));
        ringing.headers.push("Contact", self.me.contact());
        let Ok(dialog) = Dialog::from_uas(&invite, &ringing) else {
            return self.reply(&invite, 400, &[], now_ms, out);
        };
        self.txs.respond(&key, ringing, now_ms, out);
        let incoming = PhoneEvent::Incoming {
            call: call_id.clone(),
            caller: party(&from),
            offer_sdp: offer,
        };
        let mut call = Call::new(call_id, CallState::RingingIn, invite, tag);
        call.dialog = Some(dialog);
        self.calls.push(call);
        event(out, incoming);
    }

    /// Answers a ringing incoming call with our SDP (200 OK); the call is up at the ACK.
    pub fn answer(&mut self, call: &str, answer_sdp: &str, now_ms: u64) -> Vec<Output> {
        let mut out = Vec::new();
        let Some(index) = self.live_call(call) else {
            return out;
        };
        let Some(found) = self
            .calls
            .get(index)
            .filter(|c| c.state == CallState::RingingIn)
        else {
            return out;
        };
        let (invite, tag) = (found.invite.clone(), found.local_tag.clone());
        let mut ok = Response::from_request(&invite, 200, Some(&tag));
        ok.headers.push("Contact", self.me.contact());
        self.me.decorate(&mut ok.headers);
        let ok = ok.with_body("application/sdp", answer_sdp);
        let sent = TransactionKey::of_request(&invite)
            .is_some_and(|key| self.txs.respond(&key, ok.clone(), now_ms, &mut out));
        let dialog = Dialog::from_uas(&invite, &ok).ok();
        let Some(call) = self.calls.get_mut(index) else {
            return out;
        };
        match dialog.filter(|_| sent) {
            Some(dialog) => {
                call.dialog = Some(dialog);
                call.state = CallState::AnsweredIn;
                call.local_sdp = answer_sdp.to_string();
                call.deadline = Some((now_ms.saturating_add(TIMEOUT_MS), Deadline::Ack));
            }
            None => self.end_call(index, EndReason::Cancelled, &mut out),
        }
        out
    }

    /// Declines a ringing incoming call: 486 Busy Here.
    pub fn decline(&mut self, call: &str, now_ms: u64) -> Vec<Output> {
        let mut out = Vec::new();
        if let Some(index) = self.live_call(call) {
            if self
                .calls
                .get(index)
                .is_some_and(|c| c.state == CallState::RingingIn)
            {
                self.refuse_ringing(index, 486, now_ms, &mut out);
                self.end_call(index, EndReason::Declined, &mut out);
            }
        }
        out
    }

    /// A final failure response to the ringing INVITE of call `index`, with our To tag.
    pub(super) fn refuse_ringing(
        &mut self,
        index: usize,
        status: u16,
        now_ms: u64,
        out: &mut Vec<Output>,
    ) {
        let Some(call) = self.calls.get(index) else {
            return;
        };
        let response = Response::from_request(&call.invite, status, Some(&call.local_tag));
        if let Some(key) = call.invite_key() {
            self.txs.respond(&key, response, now_ms, out);
        }
    }

    /// CANCEL (9.2): 200 to it; a ringing call also gets 487 and ends.
    pub(super) fn on_cancel(&mut self, cancel: Request, now_ms: u64, out: &mut Vec<Output>) {
        let Some(mut key) = TransactionKey::of_request(&cancel) else {
            return;
        };
        key.method = Method::Invite;
        let ringing = self
            .calls
            .iter()
            .position(|c| c.state == CallState::RingingIn && c.invite_key().as_ref() == Some(&key));
        let known = ringing.is_some() || self.txs.server_state(&key).is_some();
        self.reply(&cancel, if known { 200 } else { 481 }, &[], now_ms, out);
        if let Some(index) = ringing {
            self.refuse_ringing(index, 487, now_ms, out);
            self.end_call(index, EndReason::Cancelled, out);
        }
    }

    /// An ACK that is not the non-2xx one of a server transaction: the ACK of our 200 to an
    /// INVITE or re-INVITE.
    pub(super) fn on_ack(&mut self, ack: &Request, now_ms: u64, out: &mut Vec<Output>) {
        let Some(index) = self.calls.iter().position(|c| c.matches_request(ack)) else {
            return;
        };
        let Some(call) = self.calls.get_mut(index) else {
            return;
        };
        if call.state != CallState::AnsweredIn {
            return;
        }
        let acked = ack.headers.cseq().map(|c| c.seq) == call.invite.headers.cseq().map(|c| c.seq);
        if !acked {
            return;
        }
        call.state = CallState::Confirmed;
        call.deadline = None;
        if let Some(dialog) = call.dialog.as_mut() {
            dialog.state = DialogState::Confirmed;
        }
        if call.over {
            // Hung up before the ACK: the BYE may go now (15.1.1).
            self.send_bye(index, now_ms, out);
            self.end_call(index, EndReason::LocalHangup, out);
        } else {
            let id = call.id.clone();
            event(out, PhoneEvent::Confirmed { call: id });
        }
    }
}
