//! The runtime behind the listen panel, provided as context by the dashboard (a help request
//! can call `Listener::listen` too): one call at a time; the stream reopens with backoff when it
//! drops; the microphone is fed to the stream only while barging; text whispers go to the
//! agent's leg. The panel's rules are in `panel.rs`, what is played when in `jitter.rs`.

use super::agent_leg::agent_leg;
use super::jitter::{JitterBuffer, JitterOptions};
use super::panel::{Note, Panel, PanelEffect, PanelEvent, PanelState};
use super::player::{Player, PlayerNews};
use crate::api::{speakings, urlencode, Api, ApiError};
use crate::live::backoff::{Backoff, BackoffOptions};
use crate::msg;
use crate::phone::devices::microphone;
use crate::state::DeskState;
use futures::channel::mpsc::{unbounded, UnboundedSender};
use futures::{FutureExt, SinkExt, StreamExt};
use gloo_net::websocket::{futures::WebSocket, Message};
use gloo_timers::callback::Interval;
use gloo_timers::future::TimeoutFuture;
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use voipbin_protocol::media_stream::{payload, Encapsulation};
use voipbin_protocol::{CallStatus, Resource, ResourceKind};

/// Whisper lines shown on the call.
pub const WHISPERS_SHOWN: usize = 5;
const LANGUAGE: &str = "en-US";
const METER_MS: u32 = 100;

#[derive(Clone, Copy)]
pub struct Listener {
    pub panel: RwSignal<Panel>,
    /// The level of what is played, dBFS.
    pub level_dbfs: RwSignal<f64>,
    /// The last lines whispered on the current call, oldest first.
    pub whispers: RwSignal<Vec<String>>,
    pub whisper_problem: RwSignal<Option<Note>>,
    desk: DeskState,
    api: StoredValue<Api>,
    runtime: StoredValue<Rc<RefCell<Runtime>>, LocalStorage>,
}

struct Runtime {
    player: Option<Rc<Player>>,
    jitter: Rc<RefCell<JitterBuffer<Vec<u8>>>>,
    /// The current stream's outbox (the microphone's frames); dropping it ends the stream.
    outbox: Option<UnboundedSender<Vec<u8>>>,
    generation: u64,
    /// The speaking made on an agent's leg: (leg, speaking id).
    speaking: Option<(String, String)>,
    meter: Option<Interval>,
}

fn now_ms() -> f64 {
    js_sys::Date::now()
}

impl Listener {
    pub fn new(desk: DeskState, api: Api) -> Self {
        Listener {
            panel: RwSignal::new(Panel::default()),
            level_dbfs: RwSignal::new(crate::phone::level::FLOOR_DBFS),
            whispers: RwSignal::new(Vec::new()),
            whisper_problem: RwSignal::new(None),
            desk,
            api: StoredValue::new(api),
            runtime: StoredValue::new_local(Rc::new(RefCell::new(Runtime {
                player: None,
                jitter: Rc::new(RefCell::new(JitterBuffer::new(JitterOptions::default()))),
                outbox: None,
                generation: 0,
                speaking: None,
                meter: None,
            }))),
        }
    }

    /// Listens to `call_id`, leaving any other call.
    pub fn listen(&self, call_id: &str) {
        self.apply(PanelEvent::Listen(call_id.to_string()));
    }

    pub fn stop(&self) {
        self.apply(PanelEvent::Stop);
    }

    pub fn set_barge(&self, on: bool) {
        self.apply(if on {
            PanelEvent::BargeOn
        } else {
            PanelEvent::BargeOff
        });
    }

    /// The store says the call hung up.
    pub fn call_ended(&self) {
        self.apply(PanelEvent::CallEnded);
    }

    fn rt(&self) -> Rc<RefCell<Runtime>> {
        self.runtime.get_value()
    }

    fn apply(&self, event: PanelEvent) {
        let Some(effects) = self.panel.try_update(|p| p.apply(event)) else {
            return;
        };
        for effect in effects {
            match effect {
                PanelEffect::Connect(call_id) => self.connect(call_id),
                PanelEffect::Disconnect => self.disconnect(),
                PanelEffect::StartMic => self.start_mic(),
                PanelEffect::StopMic => {
                    if let Some(player) = self.rt().borrow().player.clone() {
                        let _ = player.capture(None);
                    }
                }
            }
        }
    }

    fn connect(&self, call_id: String) {
        let generation = {
            let rt = self.rt();
            let mut rt = rt.borrow_mut();
            rt.generation += 1;
            rt.outbox = None;
            rt.speaking = None;
            rt.generation
        };
        self.whispers.set(Vec::new());
        self.whisper_problem.set(None);
        let this = *self;
        leptos::task::spawn_local(async move { this.stream(generation, call_id).await });
    }

    fn disconnect(&self) {
        let rt = self.rt();
        let mut rt = rt.borrow_mut();
        rt.generation += 1;
        rt.outbox = None;
        rt.meter = None;
        rt.player = None;
        self.level_dbfs.set(crate::phone::level::FLOOR_DBFS);
    }

    fn current(&self, generation: u64) -> bool {
        self.runtime
            .try_get_value()
            .is_some_and(|rt| rt.borrow().generation == generation)
    }

    /// The player, started on first use and kept while the panel is open.
    async fn player(&self) -> Result<Rc<Player>, String> {
        if let Some(player) = self.rt().borrow().player.clone() {
            return Ok(player);
        }
        let rt = Rc::downgrade(&self.rt());
        let player = Rc::new(
            Player::start(move |news| {
                let Some(rt) = rt.upgrade() else { return };
                let rt = rt.borrow();
                match news {
                    PlayerNews::Depth(ms) => rt.jitter.borrow_mut().player_report(now_ms(), ms),
                    PlayerNews::MicFrame(frame) => {
                        if let Some(outbox) = &rt.outbox {
                            let _ = outbox.unbounded_send(frame);
                        }
                    }
                }
            })
            .await?,
        );
        let meter = {
            let (player, level) = (Rc::downgrade(&player), self.level_dbfs);
            Interval::new(METER_MS, move || {
                if let Some(player) = player.upgrade() {
                    let _ = level.try_set(player.level_dbfs());
                }
            })
        };
        let rt = self.rt();
        let mut rt = rt.borrow_mut();
        rt.player = Some(player.clone());
        rt.meter = Some(meter);
        Ok(player)
    }

    async fn stream(self, generation: u64, call_id: String) {
        let player = match self.player().await {
            Ok(player) => player,
            Err(why) => {
                if self.current(generation) {
                    self.apply(PanelEvent::Refused(Note::new(
                        msg!("dash-listen-audio-failed"),
                        why,
                    )));
                }
                return;
            }
        };
        let (outbox, mut mic) = unbounded::<Vec<u8>>();
        {
            let rt = self.rt();
            let mut rt = rt.borrow_mut();
            if rt.generation != generation {
                return;
            }
            rt.outbox = Some(outbox);
        }
        let path = format!(
            "/v1.0/calls/{}/media_stream?encapsulation={}",
            urlencode(&call_id),
            Encapsulation::Sln.as_str()
        );
        let origin = web_sys::window()
            .and_then(|w| w.location().origin().ok())
            .unwrap_or_default();
        let url = self.api.get_value().websocket_url_for(&origin, &path);
        let mut backoff = Backoff::new(BackoffOptions {
            initial_ms: 250,
            cap_ms: 5_000,
            jitter: 0.2,
            stable_after_ms: 5_000,
        });
        let jitter = self.rt().borrow().jitter.clone();
        let mut seq: u32 = 0;
        loop {
            jitter.borrow_mut().reset();
            player.clear();
            // The URL carries the token: it is never logged, nor put in an error shown.
            let Ok(socket) = WebSocket::open(&url) else {
                self.apply(PanelEvent::Refused(Note::new(
                    msg!("dash-listen-bad-address"),
                    "",
                )));
                return;
            };
            let (mut send, receive) = socket.split();
            let mut receive = receive.fuse();
            let mut opened = false;
            loop {
                futures::select! {
                    frame = receive.next() => match frame {
                        Some(Ok(Message::Bytes(bytes))) => {
                            if !opened {
                                opened = true;
                                backoff.on_connected(now_ms());
                                self.apply(PanelEvent::Opened);
                            }
                            seq = seq.wrapping_add(1);
                            let Some(pcm) = payload(Encapsulation::Sln, &bytes) else { continue };
                            for frame in jitter.borrow_mut().push(now_ms(), pcm.to_vec()) {
                                player.play(&frame, seq);
                            }
                        }
                        // Text frames mean nothing on this socket.
                        Some(Ok(Message::Text(_))) => {}
                        Some(Err(_)) | None => break,
                    },
                    frame = mic.next() => match frame {
                        Some(frame) => {
                            let barging = self.panel.with_untracked(|p| p.state == PanelState::Barging);
                            if opened && barging {
                                let _ = send.send(Message::Bytes(frame)).await;
                            }
                        }
                        // Stopped, or another call chosen.
                        None => return,
                    },
                }
            }
            if !self.current(generation) {
                return;
            }
            backoff.on_disconnected(now_ms());
            self.apply(PanelEvent::Lost);
            if let Some(ended) = self.why_gone(&call_id).await {
                if self.current(generation) {
                    self.apply(ended);
                }
                return;
            }
            let delay = backoff.next_delay_ms(js_sys::Math::random()) as u32;
            let mut wait = TimeoutFuture::new(delay).fuse();
            loop {
                futures::select! {
                    _ = wait => break,
                    frame = mic.next() => if frame.is_none() { return },
                }
            }
            if !self.current(generation) {
                return;
            }
        }
    }

    /// After a drop: whether the call is over or the stream refused (the browser does not say
    /// why a WebSocket upgrade failed, so the call is read over REST).
    async fn why_gone(&self, call_id: &str) -> Option<PanelEvent> {
        let hung_up = self.desk.peek(|s| {
            s.calls
                .get(call_id)
                .is_some_and(|c| c.status == CallStatus::Hangup)
        });
        if hung_up {
            return Some(PanelEvent::CallEnded);
        }
        let api = self.api.get_value();
        match api
            .get(&format!("/v1.0/calls/{}", urlencode(call_id)))
            .await
        {
            Ok(value) => match Resource::from_json(&ResourceKind::Call, value) {
                Resource::Call(c) if c.status == CallStatus::Hangup => Some(PanelEvent::CallEnded),
                _ => None,
            },
            Err(ApiError::NotFound(_)) => Some(PanelEvent::CallEnded),
            Err(ApiError::Forbidden(why)) => Some(PanelEvent::Refused(Note::new(
                msg!("dash-listen-forbidden"),
                why,
            ))),
            Err(ApiError::Unauthorized(why)) => Some(PanelEvent::Refused(Note::new(
                msg!("dash-listen-unauthorized"),
                why,
            ))),
            Err(_) => None,
        }
    }

    fn start_mic(&self) {
        let this = *self;
        leptos::task::spawn_local(async move {
            let stream = match microphone().await {
                Ok(stream) => stream,
                Err(problem) => return this.apply(PanelEvent::MicFailed(problem.to_string())),
            };
            let player = this.rt().borrow().player.clone();
            let barging = this
                .panel
                .with_untracked(|p| p.state == PanelState::Barging);
            match player {
                Some(player) if barging => {
                    if let Err(why) = player.capture(Some(&stream)) {
                        this.apply(PanelEvent::MicFailed(why));
                    }
                }
                _ => {}
            }
        });
    }

    /// Whispers `text` to the agent of the call listened to: only the agent's leg hears it.
    pub fn whisper(&self, text: String) {
        let text = text.trim().to_string();
        let Some(call_id) = self.panel.with_untracked(|p| p.call_id.clone()) else {
            return;
        };
        if text.is_empty() {
            return;
        }
        let Some(leg) = self
            .desk
            .peek(|s| agent_leg(s, &call_id).map(|c| c.id.clone()))
        else {
            self.whisper_problem
                .set(Some(Note::new(msg!("dash-whisper-no-agent"), "")));
            return;
        };
        let this = *self;
        leptos::task::spawn_local(async move {
            let api = this.api.get_value();
            let known = this
                .rt()
                .borrow()
                .speaking
                .clone()
                .filter(|(l, _)| *l == leg)
                .map(|(_, id)| id);
            let mut said = Err(ApiError::Decode(String::new()));
            // A kept speaking may have ended with the leg's media; a fresh one is tried once.
            for speaking in [known, None] {
                let id = match speaking {
                    Some(id) => id,
                    None => match speakings::create_whisper(&api, &leg, LANGUAGE).await {
                        Ok(id) => id,
                        Err(e) => {
                            said = Err(e);
                            break;
                        }
                    },
                };
                said = speakings::say(&api, &id, &text).await;
                if said.is_ok() {
                    this.rt().borrow_mut().speaking = Some((leg.clone(), id));
                    break;
                }
            }
            if this
                .panel
                .with_untracked(|p| p.call_id.as_deref() != Some(&call_id))
            {
                return;
            }
            match said {
                Ok(()) => {
                    this.whisper_problem.set(None);
                    this.whispers.update(|lines| {
                        lines.push(text);
                        let extra = lines.len().saturating_sub(WHISPERS_SHOWN);
                        lines.drain(..extra);
                    });
                }
                Err(e) => this
                    .whisper_problem
                    .set(Some(Note::new(msg!("dash-whisper-failed"), e.to_string()))),
            }
        });
    }
}
