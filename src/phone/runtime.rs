//! The phone's loop: read the agent's extension, hold the tab lock, connect to the phone server
//! with the event socket's backoff and jitter, and run the user agent: frames and ticks in,
//! frames and events out. Calls and media live in `calls`.

use super::calls::Calls;
use super::model::PhoneStatus;
use super::server;
use super::tabs::{self, Ask, LockNews, TabLock};
use super::{Command, Phone, Words};
use crate::live::backoff::{Backoff, BackoffOptions};
use crate::msg;
use crate::session::Session;
use futures::channel::mpsc::{UnboundedReceiver, UnboundedSender};
use futures::{FutureExt, SinkExt, StreamExt};
use gloo_net::websocket::{futures::WebSocket, Message};
use gloo_timers::future::{IntervalStream, TimeoutFuture};
use leptos::prelude::*;
use voipbin_sip::ua::{Account, UaSettings, UserAgent};

pub use super::calls::Done;

/// How often the user agent's timers and the call statistics are looked at.
const TICK_MS: u32 = 250;
/// Asked of the registrar; VoIPBIN's Kamailio and the stand-in allow 60..3600.
const REGISTER_EXPIRES_S: u32 = 600;

pub fn spawn(
    phone: Phone,
    session: Session,
    setting: String,
    receiver: UnboundedReceiver<Command>,
    sender: UnboundedSender<Command>,
) {
    leptos::task::spawn_local(async move {
        run(phone, session, setting, receiver, sender).await;
    });
}

fn set_status(phone: Phone, status: PhoneStatus) {
    phone.model.update(|m| {
        if m.status != status {
            m.status = status;
        }
    });
}

/// Waits for Stop, answering nothing: the phone cannot work, and the status says why.
async fn idle(mut rx: UnboundedReceiver<Command>) {
    while let Some(command) = rx.next().await {
        if matches!(command, Command::Stop) {
            return;
        }
    }
}

async fn run(
    phone: Phone,
    session: Session,
    setting: String,
    mut rx: UnboundedReceiver<Command>,
    tx: UnboundedSender<Command>,
) {
    if session.no_softphone {
        set_status(
            phone,
            PhoneStatus::NoPhone(Words::new(msg!("phone-turned-off"))),
        );
        return idle(rx).await;
    }
    set_status(phone, PhoneStatus::Registering);
    let origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    let server = match server::resolve(&setting, &session.server, &origin) {
        Ok(server) => server,
        Err(problem) => {
            set_status(phone, PhoneStatus::NoPhone(problem.words()));
            return idle(rx).await;
        }
    };
    let extension = match crate::api::my_extensions(&session.api()).await {
        Ok(list) => list.into_iter().next(),
        Err(error) => {
            set_status(
                phone,
                PhoneStatus::Unregistered(
                    Words::new(msg!("phone-extension-unreadable")).with("error", error.to_string()),
                ),
            );
            return idle(rx).await;
        }
    };
    let Some(extension) = extension else {
        set_status(
            phone,
            PhoneStatus::NoPhone(Words::new(msg!("phone-no-extension"))),
        );
        return idle(rx).await;
    };
    let realm_domain = server::registrar_domain(&server, &extension);
    let mut ua = UserAgent::new(
        UaSettings {
            account: Account {
                username: extension.username.clone(),
                password: extension.password.clone(),
                domain: realm_domain,
                display_name: Some(session.me.name.clone()).filter(|n| !n.is_empty()),
            },
            secure: server.url.starts_with("wss:"),
            register_expires_s: REGISTER_EXPIRES_S,
            user_agent: concat!("VoIPBIN-Desk/", env!("CARGO_PKG_VERSION")).to_string(),
        },
        (js_sys::Math::random() * 9.0e15) as u64,
    );
    let mut calls = Calls::new(phone, tx.clone());
    let lock_name = format!("voipbin-desk.phone.{}", session.me.id);
    let mut _lock = ask_lock(&lock_name, Ask::IfFree, &tx);
    let mut holds_phone = false;
    let mut backoff = Backoff::new(BackoffOptions::default());
    loop {
        // Without the lock this tab only waits: for the lock, a take-over or the end.
        while !holds_phone {
            match rx.next().await {
                Some(Command::Internal(Done::Lock(LockNews::Granted))) => holds_phone = true,
                Some(Command::Internal(Done::Lock(LockNews::Held))) => {
                    set_status(phone, PhoneStatus::Elsewhere);
                    _lock = ask_lock(&lock_name, Ask::Wait, &tx);
                }
                Some(Command::TakeOver) => _lock = ask_lock(&lock_name, Ask::Steal, &tx),
                Some(Command::Stop) | None => return,
                Some(other) => calls.on_command_without_phone(other),
            }
        }
        set_status(phone, PhoneStatus::Registering);
        let ended = match open(&server) {
            Some(socket) => connected(&mut ua, &mut calls, socket, &mut rx, &mut backoff).await,
            None => Ended::Dropped,
        };
        let now = now_ms();
        let outputs = ua.on_disconnected(now);
        calls.handle(&mut ua, outputs, &mut Vec::new(), now);
        match ended {
            Ended::Stop => {
                calls.close_all();
                return;
            }
            Ended::LostLock => {
                holds_phone = false;
                calls.close_all();
                set_status(phone, PhoneStatus::Elsewhere);
                _lock = ask_lock(&lock_name, Ask::Wait, &tx);
                continue;
            }
            Ended::Reconnect => {
                backoff.reset();
                continue;
            }
            Ended::Dropped => backoff.on_disconnected(now as f64),
        }
        let delay = backoff.next_delay_ms(js_sys::Math::random());
        if !phone.model.with_untracked(|m| m.refused) {
            set_status(
                phone,
                PhoneStatus::Unregistered(
                    Words::new(msg!("phone-server-unreachable"))
                        .with("seconds", delay.div_ceil(1000)),
                ),
            );
        }
        let wait = TimeoutFuture::new(delay.min(u32::MAX as u64) as u32).fuse();
        futures::pin_mut!(wait);
        loop {
            futures::select! {
                _ = wait => break,
                command = rx.next() => match command {
                    Some(Command::ReconnectNow) => { backoff.reset(); break }
                    Some(Command::Stop) | None => return,
                    Some(Command::Internal(Done::Lock(LockNews::Lost))) => {
                        holds_phone = false;
                        set_status(phone, PhoneStatus::Elsewhere);
                        _lock = ask_lock(&lock_name, Ask::Wait, &tx);
                        break;
                    }
                    Some(other) => calls.on_command_without_phone(other),
                },
            }
        }
    }
}

enum Ended {
    Dropped,
    Reconnect,
    LostLock,
    Stop,
}

fn open(server: &server::PhoneServer) -> Option<WebSocket> {
    match server.subprotocol {
        Some(protocol) => WebSocket::open_with_protocol(&server.url, protocol).ok(),
        None => WebSocket::open(&server.url).ok(),
    }
}

async fn connected(
    ua: &mut UserAgent,
    calls: &mut Calls,
    socket: WebSocket,
    rx: &mut UnboundedReceiver<Command>,
    backoff: &mut Backoff,
) -> Ended {
    let (mut write, read) = socket.split();
    let mut read = read.fuse();
    let mut ticks = IntervalStream::new(TICK_MS).fuse();
    let mut outbox: Vec<String> = Vec::new();
    let now = now_ms();
    let outputs = ua.on_connected(now);
    calls.handle(ua, outputs, &mut outbox, now);
    let mut opened = false;
    loop {
        for frame in outbox.drain(..) {
            if write.send(Message::Text(frame)).await.is_err() {
                return Ended::Dropped;
            }
            if !opened {
                // gloo-net holds a send until the socket is open: this one went out.
                opened = true;
                backoff.on_connected(js_sys::Date::now());
            }
        }
        if calls.dead {
            calls.dead = false;
            return Ended::Dropped;
        }
        futures::select! {
            frame = read.next() => {
                let now = now_ms();
                match frame {
                    Some(Ok(Message::Text(text))) => {
                        let outputs = ua.on_frame(&text, now);
                        calls.handle(ua, outputs, &mut outbox, now);
                    }
                    Some(Ok(Message::Bytes(bytes))) => {
                        let text = String::from_utf8_lossy(&bytes).into_owned();
                        let outputs = ua.on_frame(&text, now);
                        calls.handle(ua, outputs, &mut outbox, now);
                    }
                    Some(Err(_)) | None => return Ended::Dropped,
                }
            }
            command = rx.next() => {
                let now = now_ms();
                match command {
                    Some(Command::Stop) | None => {
                        let outputs = ua.unregister(now);
                        calls.hang_up_all(ua, &mut outbox, now);
                        calls.handle(ua, outputs, &mut outbox, now);
                        for frame in outbox.drain(..) {
                            let _ = write.send(Message::Text(frame)).await;
                        }
                        return Ended::Stop;
                    }
                    Some(Command::ReconnectNow) => return Ended::Reconnect,
                    Some(Command::Internal(Done::Lock(LockNews::Lost))) => {
                        // Another tab took the phone: leave the registrar to it.
                        let outputs = ua.unregister(now);
                        calls.handle(ua, outputs, &mut outbox, now);
                        for frame in outbox.drain(..) {
                            let _ = write.send(Message::Text(frame)).await;
                        }
                        return Ended::LostLock;
                    }
                    Some(command) => calls.on_command(ua, command, &mut outbox, now),
                }
            }
            _ = ticks.next() => {
                let now = now_ms();
                let outputs = ua.on_tick(now);
                calls.handle(ua, outputs, &mut outbox, now);
                calls.on_tick(now);
            }
        }
    }
}

fn ask_lock(name: &str, how: Ask, tx: &UnboundedSender<Command>) -> TabLock {
    let tx = tx.clone();
    tabs::ask(name, how, move |news| {
        let _ = tx.unbounded_send(Command::Internal(Done::Lock(news)));
    })
}

pub fn now_ms() -> u64 {
    js_sys::Date::now().max(0.0) as u64
}
