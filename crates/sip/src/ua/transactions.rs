//! The UA's running transactions (crate::transaction) and what their actions mean to it: sends
//! become frames, armed timers are kept for `on_tick`, delivered messages and timeouts go back
//! to the UA with the purpose the transaction was started for.

use super::types::{CallId, Output};
use crate::message::{Message, Request, Response};
use crate::transaction::{
    Action, ClientTransaction, ServerState, ServerTransaction, Timer, TransactionKey,
};

/// Why a client transaction was started: where its responses go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Purpose {
    Register,
    Invite(CallId),
    Reinvite(CallId),
    /// BYE, CANCEL and anything else whose answer changes nothing.
    NoReply,
}

/// What a transaction handed to the UA.
#[derive(Debug)]
pub enum Delivered {
    Response(Response),
    Request(Request),
    Timeout,
}

#[derive(Debug, Clone)]
struct Client {
    transaction: ClientTransaction,
    timer: Option<(Timer, u64)>,
    purpose: Purpose,
}

#[derive(Debug, Clone)]
struct Server {
    transaction: ServerTransaction,
    timer: Option<(Timer, u64)>,
}

/// A request as the server transactions saw it.
pub enum Incoming {
    /// A new request: the UA answers it through [`Transactions::respond`].
    New(Request),
    /// Matched a running transaction; what it delivered (an ACK in the Accepted state).
    Matched(Vec<Delivered>),
    /// Matched none and starts none: an ACK for a 2xx (its own branch), for the dialog.
    Ack(Request),
}

#[derive(Debug, Clone, Default)]
pub struct Transactions {
    clients: Vec<Client>,
    servers: Vec<Server>,
}

/// Writes a message as one text frame (everything this UA sends is text).
pub fn frame(message: &Message) -> Output {
    Output::Send(String::from_utf8_lossy(&message.to_bytes()).into_owned())
}

/// Carries out actions: sends, the latest timer; returns what was delivered and whether the
/// transaction ended.
fn perform(
    actions: Vec<Action>,
    timer: &mut Option<(Timer, u64)>,
    out: &mut Vec<Output>,
) -> (Vec<Delivered>, bool) {
    let mut delivered = Vec::new();
    let mut ended = false;
    for action in actions {
        match action {
            Action::Send(message) => out.push(frame(&message)),
            Action::Deliver(Message::Response(response)) => {
                delivered.push(Delivered::Response(response))
            }
            Action::Deliver(Message::Request(request)) => {
                delivered.push(Delivered::Request(request))
            }
            Action::ArmTimer {
                timer: which,
                at_ms,
            } => *timer = Some((which, at_ms)),
            Action::Timeout => delivered.push(Delivered::Timeout),
            Action::TransportError => {}
            Action::Terminated => ended = true,
        }
    }
    (delivered, ended)
}

impl Transactions {
    /// Sends `request` in a new client transaction (it must carry a fresh branch).
    pub fn start(
        &mut self,
        request: Request,
        purpose: Purpose,
        now_ms: u64,
        out: &mut Vec<Output>,
    ) {
        // Every request this UA starts carries a branch and is not an ACK, so this succeeds.
        if let Ok((transaction, actions)) = ClientTransaction::start(request, now_ms) {
            let mut timer = None;
            perform(actions, &mut timer, out);
            self.clients.push(Client {
                transaction,
                timer,
                purpose,
            });
        }
    }

    /// Drops client transactions started for `purpose` (a REGISTER replaced by a newer one).
    pub fn forget(&mut self, purpose: &Purpose) {
        self.clients.retain(|c| c.purpose != *purpose);
    }

    /// A response: the purpose of the transaction it matched and what it delivered; None when
    /// it matched no transaction.
    pub fn on_response(
        &mut self,
        response: Response,
        now_ms: u64,
        out: &mut Vec<Output>,
    ) -> Option<(Purpose, Vec<Delivered>)> {
        let key = TransactionKey::of_response(&response)?;
        let index = self
            .clients
            .iter()
            .position(|c| *c.transaction.key() == key)?;
        let client = self.clients.get_mut(index)?;
        let actions = client.transaction.on_response(response, now_ms);
        let (delivered, ended) = perform(actions, &mut client.timer, out);
        let purpose = client.purpose.clone();
        if ended {
            self.clients.remove(index);
        }
        Some((purpose, delivered))
    }

    /// A request; None when it has no Via branch to match or start a transaction with.
    pub fn on_request(
        &mut self,
        request: Request,
        now_ms: u64,
        out: &mut Vec<Output>,
    ) -> Option<Incoming> {
        let key = TransactionKey::of_request(&request)?;
        let is_ack = request.method == crate::method::Method::Ack;
        if let Some(index) = self
            .servers
            .iter()
            .position(|s| *s.transaction.key() == key)
        {
            if let Some(server) = self.servers.get_mut(index) {
                let actions = server.transaction.on_request(request, now_ms);
                let (delivered, ended) = perform(actions, &mut server.timer, out);
                if ended {
                    self.servers.remove(index);
                }
                return Some(Incoming::Matched(delivered));
            }
        }
        if is_ack {
            return Some(Incoming::Ack(request));
        }
        let (transaction, actions) = ServerTransaction::new(request.clone(), now_ms).ok()?;
        let mut timer = None;
        // The request itself is returned below; only sends (100 Trying) matter here.
        perform(actions, &mut timer, out);
        self.servers.push(Server { transaction, timer });
        Some(Incoming::New(request))
    }

    /// The UA's response to the request of the server transaction `key`; false when that
    /// transaction is gone or has already answered.
    pub fn respond(
        &mut self,
        key: &TransactionKey,
        response: Response,
        now_ms: u64,
        out: &mut Vec<Output>,
    ) -> bool {
        let Some(index) = self.servers.iter().position(|s| s.transaction.key() == key) else {
            return false;
        };
        let Some(server) = self.servers.get_mut(index) else {
            return false;
        };
        let actions = server.transaction.respond(response, now_ms);
        let sent = !actions.is_empty();
        let (_, ended) = perform(actions, &mut server.timer, out);
        if ended {
            self.servers.remove(index);
        }
        sent
    }

    pub fn server_state(&self, key: &TransactionKey) -> Option<ServerState> {
        self.servers
            .iter()
            .find(|s| s.transaction.key() == key)
            .map(|s| s.transaction.state())
    }

    pub fn next_deadline_ms(&self) -> Option<u64> {
        let clients = self.clients.iter().filter_map(|c| c.timer);
        let servers = self.servers.iter().filter_map(|s| s.timer);
        clients.chain(servers).map(|(_, at)| at).min()
    }

    /// Fires due timers; returns the timeouts of client transactions, by purpose.
    pub fn on_tick(&mut self, now_ms: u64, out: &mut Vec<Output>) -> Vec<Purpose> {
        let mut timed_out = Vec::new();
        self.clients.retain_mut(|client| {
            let Some((timer, _)) = client.timer.filter(|(_, at)| *at <= now_ms) else {
                return true;
            };
            client.timer = None;
            let actions = client.transaction.on_timer(timer, now_ms);
            let (delivered, ended) = perform(actions, &mut client.timer, out);
            if delivered.iter().any(|d| matches!(d, Delivered::Timeout)) {
                timed_out.push(client.purpose.clone());
            }
            !ended
        });
        self.servers.retain_mut(|server| {
            let Some((timer, _)) = server.timer.filter(|(_, at)| *at <= now_ms) else {
                return true;
            };
            server.timer = None;
            let actions = server.transaction.on_timer(timer, now_ms);
            !perform(actions, &mut server.timer, out).1
        });
        timed_out
    }

    /// The socket is gone: every transaction with it.
    pub fn clear(&mut self) {
        self.clients.clear();
        self.servers.clear();
    }
}
