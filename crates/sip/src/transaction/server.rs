//! Server transactions (RFC 3261 17.2, RFC 6026) over a reliable transport.

use super::{arm, Action, Timer, TransactionError, TransactionKey};
use crate::message::{Message, Request, Response};
use crate::method::Method;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ServerState {
    /// Non-INVITE received, the TU has not answered.
    Trying,
    /// INVITE received, or a provisional response sent.
    Proceeding,
    /// INVITE answered 3xx-6xx; waiting for the ACK (Timer H).
    Completed,
    /// INVITE answered 2xx; the TU may resend the 2xx until its ACK (Timer L).
    Accepted,
    Terminated,
}

#[derive(Debug, Clone)]
pub struct ServerTransaction {
    request: Request,
    key: TransactionKey,
    state: ServerState,
    /// Resent when the request is retransmitted.
    last_response: Option<Response>,
}

impl ServerTransaction {
    /// A transaction for a request that matched none: delivers the request to the TU; for an
    /// INVITE also sends `100 Trying`.
    pub fn new(
        request: Request,
        _now_ms: u64,
    ) -> Result<(ServerTransaction, Vec<Action>), TransactionError> {
        if request.method == Method::Ack {
            return Err(TransactionError::Ack);
        }
        let key = TransactionKey::of_request(&request).ok_or(TransactionError::NoBranch)?;
        let mut actions = Vec::new();
        let (state, last_response) = if request.method == Method::Invite {
            let trying = Response::from_request(&request, 100, None);
            actions.push(Action::Send(Message::Response(trying.clone())));
            (ServerState::Proceeding, Some(trying))
        } else {
            (ServerState::Trying, None)
        };
        actions.push(Action::Deliver(Message::Request(request.clone())));
        let transaction = ServerTransaction {
            request,
            key,
            state,
            last_response,
        };
        Ok((transaction, actions))
    }

    pub fn key(&self) -> &TransactionKey {
        &self.key
    }

    pub fn state(&self) -> ServerState {
        self.state
    }

    pub fn request(&self) -> &Request {
        &self.request
    }

    fn is_invite(&self) -> bool {
        self.request.method == Method::Invite
    }

    /// The TU's response. Ignored once the transaction has sent its final response, except a
    /// resent 2xx to INVITE in the Accepted state.
    pub fn respond(&mut self, response: Response, now_ms: u64) -> Vec<Action> {
        let open = matches!(self.state, ServerState::Trying | ServerState::Proceeding);
        let send = Action::Send(Message::Response(response.clone()));
        match (self.state, response.status) {
            (_, 100..=199) if open => {
                self.state = ServerState::Proceeding;
                self.last_response = Some(response);
                vec![send]
            }
            (_, 200..=299) if open && self.is_invite() => {
                self.state = ServerState::Accepted;
                vec![send, arm(Timer::L, now_ms)]
            }
            (ServerState::Accepted, 200..=299) => vec![send],
            (_, 300..=699) if open && self.is_invite() => {
                self.state = ServerState::Completed;
                self.last_response = Some(response);
                vec![send, arm(Timer::H, now_ms)]
            }
            (_, 200..=699) if open => {
                // Non-INVITE: Completed, then at once Terminated (Timer J is zero).
                self.state = ServerState::Terminated;
                vec![send, Action::Terminated]
            }
            _ => Vec::new(),
        }
    }

    /// A request that matched this transaction's key: a retransmission, or the ACK.
    pub fn on_request(&mut self, request: Request, _now_ms: u64) -> Vec<Action> {
        if TransactionKey::of_request(&request).as_ref() != Some(&self.key) {
            return Vec::new();
        }
        let is_ack = request.method == Method::Ack;
        match self.state {
            ServerState::Completed if is_ack => {
                // Confirmed, then at once Terminated: Timer I is zero on a reliable transport.
                self.state = ServerState::Terminated;
                vec![Action::Terminated]
            }
            ServerState::Accepted if is_ack => vec![Action::Deliver(Message::Request(request))],
            ServerState::Proceeding | ServerState::Completed if !is_ack => self
                .last_response
                .iter()
                .map(|response| Action::Send(Message::Response(response.clone())))
                .collect(),
            _ => Vec::new(),
        }
    }

    pub fn on_timer(&mut self, timer: Timer, _now_ms: u64) -> Vec<Action> {
        match (self.state, timer) {
            (ServerState::Completed, Timer::H) => {
                self.state = ServerState::Terminated;
                vec![Action::Timeout, Action::Terminated]
            }
            (ServerState::Accepted, Timer::L) => {
                self.state = ServerState::Terminated;
                vec![Action::Terminated]
            }
            _ => Vec::new(),
        }
    }

    /// The WebSocket failed: responses can no longer be sent.
    pub fn on_transport_error(&mut self) -> Vec<Action> {
        if self.state == ServerState::Terminated {
            return Vec::new();
        }
        self.state = ServerState::Terminated;
        vec![Action::TransportError, Action::Terminated]
    }
}
