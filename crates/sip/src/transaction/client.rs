//! Client transactions (RFC 3261 17.1, RFC 6026) over a reliable transport.

use super::{arm, Action, Timer, TransactionError, TransactionKey};
use crate::build::same_transaction;
use crate::message::{Message, Request, Response};
use crate::method::Method;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClientState {
    /// INVITE sent, nothing heard yet.
    Calling,
    /// Non-INVITE sent, nothing heard yet.
    Trying,
    /// A provisional response arrived.
    Proceeding,
    /// INVITE answered 2xx; further 2xx (retransmissions, forks) still go to the TU.
    Accepted,
    Terminated,
}

#[derive(Debug, Clone)]
pub struct ClientTransaction {
    request: Request,
    key: TransactionKey,
    state: ClientState,
}

impl ClientTransaction {
    /// Starts a transaction for `request` (which carries a top Via with a fresh branch):
    /// sends it and arms Timer B (INVITE) or F.
    pub fn start(
        request: Request,
        now_ms: u64,
    ) -> Result<(ClientTransaction, Vec<Action>), TransactionError> {
        if request.method == Method::Ack {
            return Err(TransactionError::Ack);
        }
        let key = TransactionKey::of_request(&request).ok_or(TransactionError::NoBranch)?;
        let (state, timer) = match request.method {
            Method::Invite => (ClientState::Calling, Timer::B),
            _ => (ClientState::Trying, Timer::F),
        };
        let actions = vec![
            Action::Send(Message::Request(request.clone())),
            arm(timer, now_ms),
        ];
        Ok((
            ClientTransaction {
                request,
                key,
                state,
            },
            actions,
        ))
    }

    pub fn key(&self) -> &TransactionKey {
        &self.key
    }

    pub fn state(&self) -> ClientState {
        self.state
    }

    pub fn request(&self) -> &Request {
        &self.request
    }

    fn is_invite(&self) -> bool {
        self.request.method == Method::Invite
    }

    /// A response from the network. Responses that do not match the transaction's key are
    /// ignored (no actions).
    pub fn on_response(&mut self, response: Response, now_ms: u64) -> Vec<Action> {
        if TransactionKey::of_response(&response).as_ref() != Some(&self.key) {
            return Vec::new();
        }
        let waiting = matches!(
            self.state,
            ClientState::Calling | ClientState::Trying | ClientState::Proceeding
        );
        match (self.state, response.status) {
            (_, 100..=199) if waiting => {
                self.state = ClientState::Proceeding;
                vec![Action::Deliver(Message::Response(response))]
            }
            (_, 200..=299) if waiting && self.is_invite() => {
                self.state = ClientState::Accepted;
                vec![
                    Action::Deliver(Message::Response(response)),
                    arm(Timer::M, now_ms),
                ]
            }
            (ClientState::Accepted, 200..=299) => {
                vec![Action::Deliver(Message::Response(response))]
            }
            (_, 300..=699) if waiting && self.is_invite() => {
                // Completed, then at once Terminated: Timer D is zero on a reliable transport.
                self.state = ClientState::Terminated;
                let ack = ack_for_non_2xx(&self.request, &response);
                vec![
                    Action::Send(Message::Request(ack)),
                    Action::Deliver(Message::Response(response)),
                    Action::Terminated,
                ]
            }
            (_, 200..=699) if waiting => {
                // Non-INVITE: Completed, then at once Terminated (Timer K is zero).
                self.state = ClientState::Terminated;
                vec![
                    Action::Deliver(Message::Response(response)),
                    Action::Terminated,
                ]
            }
            _ => Vec::new(),
        }
    }

    /// A timer armed by this transaction fired.
    pub fn on_timer(&mut self, timer: Timer, _now_ms: u64) -> Vec<Action> {
        let fires = match timer {
            // Timer B only matters before any response (17.1.1.2); afterwards the TU decides
            // when to CANCEL.
            Timer::B => self.state == ClientState::Calling,
            Timer::F => matches!(self.state, ClientState::Trying | ClientState::Proceeding),
            Timer::M => self.state == ClientState::Accepted,
            Timer::H | Timer::L => false,
        };
        if !fires {
            return Vec::new();
        }
        self.state = ClientState::Terminated;
        match timer {
            Timer::M => vec![Action::Terminated],
            _ => vec![Action::Timeout, Action::Terminated],
        }
    }

    /// The WebSocket failed: the request is lost.
    pub fn on_transport_error(&mut self) -> Vec<Action> {
        if self.state == ClientState::Terminated {
            return Vec::new();
        }
        self.state = ClientState::Terminated;
        vec![Action::TransportError, Action::Terminated]
    }
}

/// The ACK for a 3xx-6xx final response to INVITE (17.1.1.3): same Request-URI, top Via,
/// Call-ID, From and CSeq number as the INVITE, To from the response, and the INVITE's Routes.
fn ack_for_non_2xx(invite: &Request, response: &Response) -> Request {
    same_transaction(invite, Method::Ack, response.headers.get("To"))
}
