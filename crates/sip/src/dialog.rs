//! Dialogs (RFC 3261 12, 13.2.2.4, 14): the state an INVITE creates on either side, matching of
//! later messages to it, and the requests sent inside it (BYE, re-INVITE, INFO, ACK for 2xx).
//!
//! The TU sends the ACK for a 2xx ([`Dialog::ack`]) and, as UAS, resends its 2xx until the ACK
//! arrives (13.3.1.4); a 2xx from a second fork of the same INVITE makes a second dialog (its
//! id differs) that the UA should ACK and BYE.

use crate::header::Headers;
use crate::message::{Request, Response};
use crate::method::{CSeq, Method};
use crate::name_addr::NameAddr;
use crate::uri::Uri;
use crate::via::Via;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DialogState {
    /// Created by a provisional response with a To tag.
    Early,
    Confirmed,
    Terminated,
}

/// Call-ID plus both tags, from this UA's point of view (12).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct DialogId {
    pub call_id: String,
    pub local_tag: String,
    pub remote_tag: String,
}

impl DialogId {
    /// The dialog a request from the far end belongs to: its To tag is ours.
    pub fn of_incoming_request(request: &Request) -> Option<DialogId> {
        let headers = &request.headers;
        Self::new(headers, headers.to()?.tag()?, headers.from()?.tag()?)
    }

    /// The dialog a response to our request belongs to: its From tag is ours.
    pub fn of_incoming_response(response: &Response) -> Option<DialogId> {
        let headers = &response.headers;
        Self::new(headers, headers.from()?.tag()?, headers.to()?.tag()?)
    }

    fn new(headers: &Headers, local_tag: &str, remote_tag: &str) -> Option<DialogId> {
        Some(DialogId {
            call_id: headers.call_id()?.to_string(),
            local_tag: local_tag.to_string(),
            remote_tag: remote_tag.to_string(),
        })
    }
}

/// How this UA appears in the requests it builds: its Via sent-by (RFC 7118 uses a random
/// `.invalid` name) and transport, and its Contact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalEndpoint {
    /// `WSS` or `WS`.
    pub transport: String,
    pub sent_by: String,
    pub contact: Uri,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DialogError {
    /// A header the dialog needs is absent or unreadable.
    Missing(&'static str),
    /// Only 101..=299 responses to INVITE create dialogs.
    NotDialogCreating,
    /// The message belongs to another dialog.
    OtherDialog,
    /// The request's CSeq is below the last one seen (12.2.2): answer 500.
    OutOfOrder,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dialog {
    pub id: DialogId,
    pub state: DialogState,
    /// Our URI and tag (From of our requests).
    pub local: NameAddr,
    /// The far end's URI and tag (To of our requests).
    pub remote: NameAddr,
    /// Where requests go: the far end's Contact, refreshed by re-INVITE and UPDATE.
    pub remote_target: Uri,
    /// Route values for our requests, in the order they are sent.
    pub route_set: Vec<NameAddr>,
    /// The CSeq of our last request in the dialog (0 before the first one as UAS).
    pub local_cseq: u32,
    /// The highest CSeq seen from the far end.
    pub remote_cseq: Option<u32>,
}

impl Dialog {
    /// The dialog our INVITE and a 1xx/2xx response with a To tag create (12.1.2).
    pub fn from_uac(invite: &Request, response: &Response) -> Result<Dialog, DialogError> {
        let id = DialogId::of_incoming_response(response).ok_or(DialogError::Missing("tags"))?;
        let state = creating_state(response)?;
        let mut route_set = response.headers.record_routes();
        route_set.reverse();
        Ok(Dialog {
            id,
            state,
            local: invite.headers.from().ok_or(DialogError::Missing("From"))?,
            remote: response.headers.to().ok_or(DialogError::Missing("To"))?,
            remote_target: remote_target(&response.headers, response.is_provisional(), invite)?,
            route_set,
            local_cseq: invite
                .headers
                .cseq()
                .ok_or(DialogError::Missing("CSeq"))?
                .seq,
            remote_cseq: None,
        })
    }

    /// The dialog an INVITE we received and our 1xx/2xx (with our To tag) create (12.1.1).
    pub fn from_uas(invite: &Request, response: &Response) -> Result<Dialog, DialogError> {
        let id = DialogId::of_incoming_response(response)
            .map(|id| DialogId {
                local_tag: id.remote_tag,
                remote_tag: id.local_tag,
                call_id: id.call_id,
            })
            .ok_or(DialogError::Missing("tags"))?;
        let state = creating_state(response)?;
        Ok(Dialog {
            id,
            state,
            local: response.headers.to().ok_or(DialogError::Missing("To"))?,
            remote: invite.headers.from().ok_or(DialogError::Missing("From"))?,
            remote_target: remote_target(&invite.headers, false, invite)?,
            route_set: invite.headers.record_routes(),
            local_cseq: 0,
            remote_cseq: Some(
                invite
                    .headers
                    .cseq()
                    .ok_or(DialogError::Missing("CSeq"))?
                    .seq,
            ),
        })
    }

    pub fn matches_request(&self, request: &Request) -> bool {
        DialogId::of_incoming_request(request).as_ref() == Some(&self.id)
    }

    pub fn matches_response(&self, response: &Response) -> bool {
        DialogId::of_incoming_response(response).as_ref() == Some(&self.id)
    }

    /// A response to a request we sent in this dialog (or to the INVITE that made it).
    pub fn on_response(&mut self, response: &Response) -> Result<(), DialogError> {
        if !self.matches_response(response) {
            return Err(DialogError::OtherDialog);
        }
        let method = response
            .headers
            .cseq()
            .ok_or(DialogError::Missing("CSeq"))?
            .method;
        let refreshes = matches!(method, Method::Invite | Method::Update);
        match response.status {
            200..=299 if method == Method::Invite && self.state == DialogState::Early => {
                // 13.2.2.4: the 2xx recomputes the route set and confirms the dialog.
                self.state = DialogState::Confirmed;
                self.route_set = response.headers.record_routes();
                self.route_set.reverse();
                self.refresh_target(&response.headers);
            }
            200..=299 if method == Method::Bye => self.state = DialogState::Terminated,
            200..=299 if refreshes => self.refresh_target(&response.headers),
            300..=699 if method == Method::Invite && self.state == DialogState::Early => {
                self.state = DialogState::Terminated;
            }
            // 12.2.1.2: the far end no longer knows the dialog.
            408 | 481 => self.state = DialogState::Terminated,
            _ => {}
        }
        Ok(())
    }

    /// A request from the far end in this dialog (12.2.2). On `OutOfOrder` answer 500 and
    /// leave the dialog as it was.
    pub fn on_request(&mut self, request: &Request) -> Result<(), DialogError> {
        if !self.matches_request(request) {
            return Err(DialogError::OtherDialog);
        }
        let seq = request
            .headers
            .cseq()
            .ok_or(DialogError::Missing("CSeq"))?
            .seq;
        if self.remote_cseq.is_some_and(|last| seq < last) {
            return Err(DialogError::OutOfOrder);
        }
        self.remote_cseq = Some(seq);
        match request.method {
            Method::Bye => self.state = DialogState::Terminated,
            Method::Invite | Method::Update => self.refresh_target(&request.headers),
            _ => {}
        }
        Ok(())
    }

    fn refresh_target(&mut self, headers: &Headers) {
        if let Some(contact) = headers.contacts().into_iter().next() {
            self.remote_target = contact.uri;
        }
    }

    /// A new request in the dialog (12.2.1.1): BYE, re-INVITE, INFO, UPDATE, ... with the next
    /// CSeq. INVITE and UPDATE carry our Contact. `branch` must be fresh.
    pub fn request(&mut self, method: Method, local: &LocalEndpoint, branch: &str) -> Request {
        self.local_cseq = self.local_cseq.wrapping_add(1).max(1);
        let mut request = self.build(method.clone(), self.local_cseq, local, branch);
        if matches!(method, Method::Invite | Method::Update) {
            let contact = NameAddr::new(local.contact.clone());
            request.headers.push("Contact", contact.to_string());
        }
        request
    }

    /// The ACK for a 2xx to our INVITE with CSeq `invite_cseq` (13.2.2.4): same number, its own
    /// fresh `branch`. Sent by the TU, for every 2xx received (including retransmissions).
    pub fn ack(&self, invite_cseq: u32, local: &LocalEndpoint, branch: &str) -> Request {
        self.build(Method::Ack, invite_cseq, local, branch)
    }

    fn build(&self, method: Method, seq: u32, local: &LocalEndpoint, branch: &str) -> Request {
        let (uri, routes) = self.routing();
        let mut headers = Headers::default();
        headers.push(
            "Via",
            Via::new(&local.transport, &local.sent_by, branch).to_string(),
        );
        headers.push("Max-Forwards", "70");
        headers.push("To", self.remote.to_string());
        headers.push("From", self.local.to_string());
        headers.push("Call-ID", self.id.call_id.clone());
        headers.push(
            "CSeq",
            CSeq {
                seq,
                method: method.clone(),
            }
            .to_string(),
        );
        for route in routes {
            headers.push("Route", route.to_string());
        }
        Request {
            method,
            uri,
            headers,
            body: Vec::new(),
        }
    }

    /// Request-URI and Route values (12.2.1.1): loose routing when the first route has `lr`,
    /// else strict routing (the first route becomes the Request-URI, the target goes last).
    fn routing(&self) -> (Uri, Vec<NameAddr>) {
        match self.route_set.split_first() {
            Some((first, rest)) if !first.uri.params.has("lr") => {
                let mut routes = rest.to_vec();
                routes.push(NameAddr::new(self.remote_target.clone()));
                let mut uri = first.uri.without_headers();
                uri.params.remove("method");
                (uri, routes)
            }
            _ => (self.remote_target.without_headers(), self.route_set.clone()),
        }
    }
}

fn creating_state(response: &Response) -> Result<DialogState, DialogError> {
    match response.status {
        101..=199 => Ok(DialogState::Early),
        200..=299 => Ok(DialogState::Confirmed),
        _ => Err(DialogError::NotDialogCreating),
    }
}

/// The Contact of the message; a provisional response without one (seen from some gateways)
/// leaves the INVITE's Request-URI as the target until the 2xx brings a Contact.
fn remote_target(
    headers: &Headers,
    provisional: bool,
    invite: &Request,
) -> Result<Uri, DialogError> {
    match headers.contacts().into_iter().next() {
        Some(contact) => Ok(contact.uri),
        None if provisional => Ok(invite.uri.clone()),
        None => Err(DialogError::Missing("Contact")),
    }
}

#[cfg(test)]
#[path = "dialog_tests.rs"]
mod tests;
