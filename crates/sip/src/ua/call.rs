//! One call as the UA keeps it, whichever side started it, and the helpers every call
//! handler shares (finding a call, ending it, answering a request).

use super::transactions::Purpose;
use super::types::{CallId, EndReason, Output, Party, PhoneEvent};
use super::UserAgent;
use crate::dialog::Dialog;
use crate::message::{Request, Response};
use crate::method::Method;
use crate::name_addr::NameAddr;
use crate::transaction::TransactionKey;

/// Incoming calls beyond this many at once are refused with 486: a desk handles one or two, and
/// the bound keeps a misbehaving server from growing the UA without limit.
pub const MAX_CALLS: usize = 8;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CallState {
    /// Incoming: INVITE received, 180 sent.
    RingingIn,
    /// Incoming: 200 sent, waiting for the ACK.
    AnsweredIn,
    /// Outgoing: INVITE sent, no provisional response beyond what allows a CANCEL yet.
    Calling,
    /// Outgoing: a provisional response arrived (a CANCEL may be sent).
    Proceeding,
    /// Outgoing: CANCEL sent, waiting for the INVITE's final response.
    Cancelling,
    Confirmed,
}

/// A re-INVITE in progress on a confirmed call.
#[derive(Debug, Clone)]
pub enum Reinvite {
    None,
    /// Ours, with the offer we sent.
    Ours {
        offer: String,
    },
    /// Theirs, waiting for `answer_reinvite` / `reject_reinvite`.
    Theirs {
        request: Request,
    },
}

/// Work a call has scheduled for `on_tick`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Deadline {
    /// Our 200 was never ACKed (RFC 3261 13.3.1.4): BYE.
    Ack,
    /// Our CANCEL brought no final response for the INVITE (9.1): give up on it.
    Cancel,
}

#[derive(Debug, Clone)]
pub struct Call {
    pub id: CallId,
    pub state: CallState,
    /// Incoming: the INVITE received. Outgoing: the last INVITE sent (for CANCEL and a retry).
    pub invite: Request,
    /// Our tag: the To tag we gave an incoming INVITE, the From tag of ours.
    pub local_tag: String,
    pub dialog: Option<Dialog>,
    /// Outgoing: hang_up came before any provisional response; CANCEL follows the first one.
    pub cancel_wanted: bool,
    pub ringing_reported: bool,
    /// Outgoing: a 401/407 has been answered once.
    pub auth_answered: bool,
    /// The SDP we last sent (an offerless re-INVITE gets it again).
    pub local_sdp: String,
    /// Outgoing: the ACK of the 2xx, sent again if the 2xx is.
    pub ack: Option<Request>,
    pub reinvite: Reinvite,
    pub deadline: Option<(u64, Deadline)>,
    /// Ended for the owner (who was told) but still waiting for an ACK before its BYE.
    pub over: bool,
}

impl Call {
    pub fn new(id: CallId, state: CallState, invite: Request, local_tag: String) -> Call {
        Call {
            id,
            state,
            invite,
            local_tag,
            dialog: None,
            cancel_wanted: false,
            ringing_reported: false,
            auth_answered: false,
            local_sdp: String::new(),
            ack: None,
            reinvite: Reinvite::None,
            deadline: None,
            over: false,
        }
    }

    pub fn matches_request(&self, request: &Request) -> bool {
        self.dialog
            .as_ref()
            .is_some_and(|d| d.matches_request(request))
    }

    /// The key of the INVITE's server transaction (incoming calls).
    pub fn invite_key(&self) -> Option<TransactionKey> {
        TransactionKey::of_request(&self.invite)
    }
}

/// Who is calling, from a From header.
pub fn party(from: &NameAddr) -> Party {
    Party {
        display_name: from.display.clone().filter(|name| !name.is_empty()),
        user: from.uri.user.clone().unwrap_or_default(),
        uri: from.uri.without_headers().to_string(),
    }
}

/// How a final failure to our INVITE ends the call.
pub fn end_reason(response: &Response, we_cancelled: bool) -> EndReason {
    match response.status {
        _ if we_cancelled => EndReason::LocalHangup,
        487 => EndReason::Cancelled,
        486 | 600 | 603 => EndReason::Busy,
        404 | 484 => EndReason::NotFound,
        408 => EndReason::Timeout,
        status => EndReason::Rejected {
            status,
            reason: response.reason.clone(),
        },
    }
}

pub fn event(out: &mut Vec<Output>, event: PhoneEvent) {
    out.push(Output::Event(event));
}

impl UserAgent {
    /// The index of a live call (not one already reported ended).
    pub(super) fn live_call(&self, id: &str) -> Option<usize> {
        self.calls.iter().position(|c| c.id == id && !c.over)
    }

    /// Removes the call; tells the owner unless it already was.
    pub(super) fn end_call(&mut self, index: usize, reason: EndReason, out: &mut Vec<Output>) {
        if index < self.calls.len() {
            let call = self.calls.remove(index);
            if !call.over {
                event(
                    out,
                    PhoneEvent::Ended {
                        call: call.id,
                        reason,
                    },
                );
            }
        }
    }

    /// Answers a request through its server transaction: `status`, a To tag when it had none,
    /// and `extra` headers.
    pub(super) fn reply(
        &mut self,
        request: &Request,
        status: u16,
        extra: &[(&str, &str)],
        now_ms: u64,
        out: &mut Vec<Output>,
    ) {
        if request.method == Method::Ack {
            return;
        }
        let tag = self.me.ids.tag();
        let mut response = Response::from_request(request, status, Some(&tag));
        for (name, value) in extra {
            response.headers.push(name, *value);
        }
        if let Some(key) = TransactionKey::of_request(request) {
            self.txs.respond(&key, response, now_ms, out);
        }
    }

    /// BYE in the call's dialog, sent and forgotten: the call ends here whatever the answer.
    pub(super) fn send_bye(&mut self, index: usize, now_ms: u64, out: &mut Vec<Output>) {
        let branch = self.me.ids.branch();
        let Some(dialog) = self.calls.get_mut(index).and_then(|c| c.dialog.as_mut()) else {
            return;
        };
        let mut bye = dialog.request(Method::Bye, &self.me.endpoint, &branch);
        self.me.finish(&mut bye, false);
        self.txs.start(bye, Purpose::NoReply, now_ms, out);
    }

    /// Calls whose deadline has passed: an unACKed 200 ends with BYE, an unanswered CANCEL
    /// gives up on its INVITE.
    pub(super) fn call_deadlines(&mut self, now_ms: u64, out: &mut Vec<Output>) {
        while let Some(index) = self
            .calls
            .iter()
            .position(|c| c.deadline.is_some_and(|(at, _)| at <= now_ms))
        {
            let deadline = self.calls.get_mut(index).and_then(|c| c.deadline.take());
            match deadline {
                Some((_, Deadline::Ack)) => {
                    self.send_bye(index, now_ms, out);
                    self.end_call(index, EndReason::Timeout, out);
                }
                Some((_, Deadline::Cancel)) => {
                    if let Some(call) = self.calls.get(index) {
                        self.txs.forget(&Purpose::Invite(call.id.clone()));
                    }
                    self.end_call(index, EndReason::LocalHangup, out);
                }
                None => {}
            }
        }
    }
}
