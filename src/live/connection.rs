//! The connection manager: connect, subscribe, resync, watch, and reconnect with backoff.
//!
//! Written by hand over gloo-net rather than leptos-use's `use_websocket`, which retries on a fixed
//! interval with no backoff, never resets its retry count and cannot detect a dead socket.

use super::backoff::{Backoff, BackoffOptions};
use super::intake::{take_frame, Control};
use super::resync::resync;
use super::subscriptions::{ScopeKey, Subscriptions, TopicNeed};
use super::watchdog::{Verdict, Watchdog, WatchdogOptions};
use crate::api::ApiError;
use crate::session::Session;
use crate::state::DeskState;
use futures::channel::mpsc::{unbounded, UnboundedReceiver, UnboundedSender};
use futures::{FutureExt, SinkExt, StreamExt};
use gloo_net::websocket::{futures::WebSocket, Message, WebSocketError};
use gloo_timers::future::{IntervalStream, TimeoutFuture};
use leptos::prelude::*;
use voipbin_protocol::{ClientMessage, Dialect, ResourceKind};

/// How long the desk waits for the first ack before it concludes the server speaks the deployed
/// dialect (which never acks) and subscribes by prefix instead.
const DIALECT_PROBE_MS: f64 = 1_500.0;
/// Close codes the stand-in and VoIPBIN use when a token is no longer valid.
const AUTH_CLOSE_CODES: [u16; 2] = [1008, 4001];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConnectionState {
    SignedOut,
    Disconnected,
    Connecting,
    Connected,
    Reconnecting,
}

impl ConnectionState {
    pub fn as_str(self) -> &'static str {
        match self {
            ConnectionState::SignedOut => "signed-out",
            ConnectionState::Disconnected => "disconnected",
            ConnectionState::Connecting => "connecting",
            ConnectionState::Connected => "connected",
            ConnectionState::Reconnecting => "reconnecting",
        }
    }
}

pub enum Command {
    Need(TopicNeed),
    Release(TopicNeed),
    ReconnectNow,
    Stop,
}

/// What views see of the connection, and how they talk to it.
#[derive(Clone, Copy)]
pub struct Live {
    pub state: RwSignal<ConnectionState>,
    pub last_event_ms: RwSignal<Option<f64>>,
    pub next_retry_ms: RwSignal<Option<f64>>,
    pub attempts: RwSignal<u32>,
    pub dialect: RwSignal<Option<Dialect>>,
    pub synced: RwSignal<bool>,
    /// Problems the user must know about (refused subscriptions, failed resync).
    pub notices: RwSignal<Vec<String>>,
    /// Which connection is current; a resync from an older one does not claim to be in sync.
    pub generation: RwSignal<u64>,
    commands: StoredValue<Option<UnboundedSender<Command>>, LocalStorage>,
}

impl Live {
    pub fn new() -> Self {
        Live {
            state: RwSignal::new(ConnectionState::SignedOut),
            last_event_ms: RwSignal::new(None),
            next_retry_ms: RwSignal::new(None),
            attempts: RwSignal::new(0),
            dialect: RwSignal::new(None),
            synced: RwSignal::new(false),
            notices: RwSignal::new(Vec::new()),
            generation: RwSignal::new(0),
            commands: StoredValue::new_local(None),
        }
    }

    fn send(&self, command: Command) {
        self.commands.with_value(|tx| {
            if let Some(tx) = tx {
                let _ = tx.unbounded_send(command);
            }
        });
    }

    /// A view watches `need` until it calls `release`.
    pub fn need(&self, need: TopicNeed) {
        self.send(Command::Need(need));
    }

    pub fn release(&self, need: TopicNeed) {
        self.send(Command::Release(need));
    }

    /// Skip the backoff wait: the network is back or the user asked.
    pub fn reconnect_now(&self) {
        self.send(Command::ReconnectNow);
    }

    pub fn stop(&self) {
        self.send(Command::Stop);
        self.commands.set_value(None);
        self.state.set(ConnectionState::SignedOut);
    }

    /// Declares `need` for as long as the calling component lives.
    pub fn use_topic(&self, need: TopicNeed) {
        self.need(need.clone());
        let live = *self;
        on_cleanup(move || live.release(need));
    }
}

impl Default for Live {
    fn default() -> Self {
        Self::new()
    }
}

/// The topics every signed-in desk watches: its own agent scope always, the customer scope only
/// with admin or manager permission (the server refuses it otherwise).
pub fn base_needs(session: &Session) -> Vec<TopicNeed> {
    let agent_kinds = [
        ResourceKind::Call,
        ResourceKind::Queuecall,
        ResourceKind::Agent,
        ResourceKind::Conversation,
        ResourceKind::ConversationMessage,
        ResourceKind::Message,
        ResourceKind::Recording,
        ResourceKind::Transcribe,
        ResourceKind::Transcript,
        // Team talk: every chat, message and participant event of the agent's chats.
        ResourceKind::Chat,
    ];
    let mut needs: Vec<TopicNeed> = agent_kinds
        .into_iter()
        .map(|k| TopicNeed::new(ScopeKey::Agent, &session.me.id, k))
        .collect();
    if session.is_supervisor() {
        let customer_kinds = [
            ResourceKind::Call,
            ResourceKind::Queuecall,
            ResourceKind::Queue,
            ResourceKind::Agent,
            ResourceKind::Message,
            ResourceKind::Conversation,
            ResourceKind::ConversationMessage,
            ResourceKind::Recording,
            ResourceKind::Transcribe,
            ResourceKind::Transcript,
            ResourceKind::Activeflow,
            ResourceKind::Conference,
        ];
        needs.extend(
            customer_kinds
                .into_iter()
                .map(|k| TopicNeed::new(ScopeKey::Customer, &session.me.customer_id, k)),
        );
    }
    needs
}

/// Starts the connection for `session`; it runs until `Live::stop` or a rejected token.
pub fn start(live: Live, desk: DeskState, session: Session, on_signed_out: impl Fn() + 'static) {
    let (tx, rx) = unbounded();
    live.commands.set_value(Some(tx));
    live.synced.set(false);
    leptos::task::spawn_local(async move {
        let ended = run(live, desk, session, rx).await;
        if ended == Ended::SignedOut {
            live.commands.set_value(None);
            live.state.set(ConnectionState::SignedOut);
            on_signed_out();
        }
    });
}

#[derive(PartialEq, Eq)]
enum Ended {
    Stopped,
    SignedOut,
}

enum Closed {
    /// The socket ended; `opened` says whether it ever carried our subscription.
    Dropped {
        opened: bool,
        code: Option<u16>,
    },
    Reconnect,
    Stop,
}

async fn run(
    live: Live,
    desk: DeskState,
    session: Session,
    mut rx: UnboundedReceiver<Command>,
) -> Ended {
    let mut backoff = Backoff::new(BackoffOptions::default());
    let mut subs = Subscriptions::new(live.dialect.get_untracked().unwrap_or(Dialect::Documented));
    for need in base_needs(&session) {
        subs.add(need);
    }
    let api = session.api();
    let origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    let mut generation = 0u64;
    loop {
        if token_expired(&session) {
            return Ended::SignedOut;
        }
        live.state.set(if backoff.attempt() == 0 {
            ConnectionState::Connecting
        } else {
            ConnectionState::Reconnecting
        });
        live.attempts.update(|n| *n += 1);
        generation += 1;
        live.generation.set(generation);
        let closed = match WebSocket::open(&api.websocket_url(&origin)) {
            Ok(socket) => {
                connected(live, desk, &session, socket, &mut subs, &mut rx, generation).await
            }
            Err(_) => Closed::Dropped {
                opened: false,
                code: None,
            },
        };
        subs.on_disconnected();
        live.synced.set(false);
        backoff.on_disconnected(js_sys::Date::now());
        match closed {
            Closed::Stop => return Ended::Stopped,
            Closed::Reconnect => {
                backoff.reset();
                continue;
            }
            Closed::Dropped { opened, code } => {
                let auth_close = code.is_some_and(|c| AUTH_CLOSE_CODES.contains(&c));
                // A socket refused before it opened may be a 401: ask REST, which can tell.
                if (!opened || auth_close)
                    && matches!(crate::api::me(&api).await, Err(ApiError::Unauthorized(_)))
                {
                    return Ended::SignedOut;
                }
            }
        }
        let delay = backoff.next_delay_ms(js_sys::Math::random());
        live.state.set(ConnectionState::Reconnecting);
        live.next_retry_ms
            .set(Some(js_sys::Date::now() + delay as f64));
        let wait = TimeoutFuture::new(delay.min(u32::MAX as u64) as u32).fuse();
        futures::pin_mut!(wait);
        loop {
            futures::select! {
                _ = wait => break,
                command = rx.next() => match command {
                    Some(Command::ReconnectNow) => { backoff.reset(); break }
                    Some(Command::Need(need)) => { subs.add(need); }
                    Some(Command::Release(need)) => { subs.remove(&need); }
                    Some(Command::Stop) | None => return Ended::Stopped,
                },
            }
        }
        live.next_retry_ms.set(None);
    }
}

async fn connected(
    live: Live,
    desk: DeskState,
    session: &Session,
    socket: WebSocket,
    subs: &mut Subscriptions,
    rx: &mut UnboundedReceiver<Command>,
    generation: u64,
) -> Closed {
    let secret = session.credential.secret().to_string();
    let (mut write, read) = socket.split();
    let mut read = read.fuse();
    let mut opened = false;
    if let Some(subscribe) = subs.on_connected() {
        // gloo-net holds a send until the socket is open, so success means we are connected.
        opened = write.send(Message::Text(subscribe.encode())).await.is_ok();
    }
    if !opened {
        return Closed::Dropped { opened, code: None };
    }
    let connected_at = js_sys::Date::now();
    mark("desk:subscribed");
    live.state.set(ConnectionState::Connected);
    live.attempts.set(0);
    live.notices.set(Vec::new());
    leptos::task::spawn_local(resync(live, desk, session.clone(), generation));

    let mut dialect_known = live.dialect.get_untracked().is_some();
    let mut watchdog = Watchdog::new(WatchdogOptions::default(), connected_at);
    let mut ticks = IntervalStream::new(500).fuse();
    loop {
        let mut outgoing: Vec<ClientMessage> = Vec::new();
        let mut resync_after_sending = false;
        futures::select! {
            frame = read.next() => {
                let now = js_sys::Date::now();
                match frame {
                    Some(Ok(Message::Text(text))) => {
                        watchdog.on_frame(now);
                        // Shown to the second: setting it once per second, not per frame, spares
                        // the shell a reactive update for every event.
                        let shown_second = |t: f64| (t / 1000.0).floor();
                        if live.last_event_ms.get_untracked().map(shown_second) != Some(shown_second(now)) {
                            live.last_event_ms.set(Some(now));
                        }
                        match take_frame(&desk, &text, &secret, now) {
                            Control::None => {}
                            Control::Ack(topics) => {
                                dialect_known |= settle_dialect(live, Dialect::Documented);
                                subs.on_ack(&topics);
                                desk.inspector.notify();
                            }
                            Control::Error { topics, code, message } => {
                                dialect_known |= settle_dialect(live, Dialect::Documented);
                                subs.on_error(&topics, &code);
                                let topics = topics.join(", ");
                                let explained = crate::i18n::t(super::subscriptions::explain(&code));
                                let notice = crate::t!("shell-refused-notice", explained = explained, code = code.as_str(), message = message, topics = topics);
                                live.notices.update(|n| n.push(notice));
                                desk.inspector.notify();
                            }
                        }
                    }
                    Some(Ok(Message::Bytes(bytes))) => {
                        watchdog.on_frame(now);
                        desk.update_inspector(|log| log.record(now, "invalid", "", &format!("<{} binary bytes>", bytes.len()), Some("binary frame".into()), &secret));
                        desk.inspector.notify();
                    }
                    Some(Err(WebSocketError::ConnectionClose(event))) => {
                        return Closed::Dropped { opened, code: Some(event.code) };
                    }
                    Some(Err(_)) | None => return Closed::Dropped { opened, code: None },
                }
            }
            command = rx.next() => match command {
                Some(Command::Need(need)) => outgoing.extend(subs.add(need)),
                Some(Command::Release(need)) => outgoing.extend(subs.remove(&need)),
                Some(Command::ReconnectNow) => return Closed::Reconnect,
                Some(Command::Stop) | None => return Closed::Stop,
            },
            _ = ticks.next() => {
                let now = js_sys::Date::now();
                if !dialect_known && now - connected_at > DIALECT_PROBE_MS {
                    // No ack: the deployed server. Subscribe by prefix from now on. It sent
                    // nothing for the wildcard topics, so whatever changed since the first
                    // resync's lists were taken is fetched again once the prefixes are in.
                    dialect_known = settle_dialect(live, Dialect::Deployed);
                    outgoing.extend(subs.switch_dialect(Dialect::Deployed));
                    resync_after_sending = true;
                }
                match watchdog.check(now, subs.dialect()) {
                    Verdict::Alive => {}
                    Verdict::SendProbe => outgoing.extend(subs.probe()),
                    Verdict::Dead => return Closed::Dropped { opened, code: None },
                }
            }
        }
        for message in outgoing {
            if write.send(Message::Text(message.encode())).await.is_err() {
                return Closed::Dropped { opened, code: None };
            }
        }
        if resync_after_sending {
            leptos::task::spawn_local(resync(live, desk, session.clone(), generation));
        }
    }
}

fn settle_dialect(live: Live, dialect: Dialect) -> bool {
    if live.dialect.get_untracked().is_none() {
        live.dialect.set(Some(dialect));
    }
    true
}

fn token_expired(session: &Session) -> bool {
    session
        .token_expiry()
        .is_some_and(|exp| (exp as f64) * 1000.0 <= js_sys::Date::now())
}

/// A `performance.mark` for the navigation-to-subscribed benchmark.
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}
