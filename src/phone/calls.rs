//! Calls on the phone: carries out the user agent's events with WebRTC media and the agent's
//! commands with the user agent. Media work is asynchronous in the browser, so it runs as its own
//! task and comes back through the command channel as a [`Done`].

use super::devices;
use super::level::LevelMeter;
use super::media::CallMedia;
use super::model::{why_ended, CallState};
use super::stats::{self, Totals};
use super::tabs::LockNews;
use super::{CallQuality, Command, Phone, Words};
use crate::msg;
use futures::channel::mpsc::UnboundedSender;
use leptos::prelude::*;
use std::collections::HashMap;
use std::rc::Rc;
use voipbin_sip::ua::{Output, Party, PhoneEvent, UserAgent};

/// Statistics are read once a second (every 4th tick).
const STATS_EVERY_TICKS: u32 = 4;

pub enum Done {
    Lock(LockNews),
    AnswerReady {
        call: String,
        sdp: String,
        media: Rc<CallMedia>,
    },
    DialReady {
        target: String,
        sdp: String,
        media: Rc<CallMedia>,
    },
    HoldReady {
        call: String,
        held: bool,
        sdp: String,
    },
    ReinviteAnswer {
        call: String,
        sdp: String,
    },
    /// Media could not be set up: `call` None for a dial that never started.
    MediaFailed {
        call: Option<String>,
        why: Words,
    },
    Stats {
        call: String,
        totals: Totals,
    },
    Meter(Option<Rc<LevelMeter>>),
}

pub struct Calls {
    phone: Phone,
    tx: UnboundedSender<Command>,
    media: HashMap<String, Rc<CallMedia>>,
    offers: HashMap<String, String>,
    holding: HashMap<String, bool>,
    last_totals: Option<(String, Totals)>,
    meter: Option<Rc<LevelMeter>>,
    mic_check: bool,
    ticks: u32,
    /// The user agent found the socket dead: the loop reconnects.
    pub dead: bool,
}

impl Calls {
    pub fn new(phone: Phone, tx: UnboundedSender<Command>) -> Calls {
        Calls {
            phone,
            tx,
            media: HashMap::new(),
            offers: HashMap::new(),
            holding: HashMap::new(),
            last_totals: None,
            meter: None,
            mic_check: false,
            ticks: 0,
            dead: false,
        }
    }

    pub fn handle(
        &mut self,
        ua: &mut UserAgent,
        outputs: Vec<Output>,
        outbox: &mut Vec<String>,
        now: u64,
    ) {
        for output in outputs {
            match output {
                Output::Send(frame) => outbox.push(frame),
                Output::TransportDead => self.dead = true,
                Output::Event(event) => self.on_event(ua, event, outbox, now),
            }
        }
    }

    fn on_event(
        &mut self,
        ua: &mut UserAgent,
        event: PhoneEvent,
        outbox: &mut Vec<String>,
        now: u64,
    ) {
        match &event {
            PhoneEvent::Incoming {
                call, offer_sdp, ..
            } => {
                // One call at a time: a second caller goes back to the queue for the next agent.
                if self
                    .phone
                    .model
                    .with_untracked(|m| m.is_busy() || m.ringing().is_some())
                {
                    let outputs = ua.decline(call, now);
                    self.handle(ua, outputs, outbox, now);
                    return;
                }
                if let Some(offer) = offer_sdp {
                    self.offers.insert(call.clone(), offer.clone());
                }
            }
            PhoneEvent::Answered { call, answer_sdp } => {
                if let Some(media) = self.media.get(call).cloned() {
                    let (tx, call, sdp) = (self.tx.clone(), call.clone(), answer_sdp.clone());
                    leptos::task::spawn_local(async move {
                        if let Err(why) = media.accept_answer(&sdp).await {
                            let _ = tx.unbounded_send(Command::Internal(Done::MediaFailed {
                                call: Some(call),
                                why: why.words(),
                            }));
                        }
                    });
                }
            }
            PhoneEvent::RemoteOffer { call, sdp } => match self.media.get(call).cloned() {
                Some(media) => {
                    let (tx, call, sdp) = (self.tx.clone(), call.clone(), sdp.clone());
                    leptos::task::spawn_local(async move {
                        let done = match media.answer(&sdp).await {
                            Ok(sdp) => Done::ReinviteAnswer { call, sdp },
                            Err(why) => Done::MediaFailed {
                                call: Some(call),
                                why: why.words(),
                            },
                        };
                        let _ = tx.unbounded_send(Command::Internal(done));
                    });
                }
                None => {
                    let outputs = ua.reject_reinvite(call, now);
                    self.handle(ua, outputs, outbox, now);
                }
            },
            PhoneEvent::ReinviteAnswered { call, answer_sdp } => {
                let held = self.holding.remove(call);
                if let Some(media) = self.media.get(call).cloned() {
                    let sdp = answer_sdp.clone();
                    leptos::task::spawn_local(async move {
                        let _ = media.accept_answer(&sdp).await;
                    });
                }
                if let Some(held) = held {
                    self.phone
                        .model
                        .update(|m| m.with_call(call, |c| c.held = held));
                }
            }
            PhoneEvent::ReinviteFailed { call, status } if self.holding.remove(call).is_some() => {
                self.problem(
                    Words::new(msg!("phone-hold-refused")).with("status", status.to_string()),
                );
            }
            PhoneEvent::Ended { call, .. } => {
                self.offers.remove(call);
                self.holding.remove(call);
                if let Some(media) = self.media.remove(call) {
                    media.close();
                }
                if self.last_totals.as_ref().is_some_and(|(c, _)| c == call) {
                    self.last_totals = None;
                    self.phone.quality.set(None);
                }
            }
            _ => {}
        }
        self.phone.model.update(|m| m.apply(&event, now as f64));
        self.update_meter();
    }

    pub fn on_command(
        &mut self,
        ua: &mut UserAgent,
        command: Command,
        outbox: &mut Vec<String>,
        now: u64,
    ) {
        match command {
            Command::Answer(call) => self.answer(call),
            Command::Decline(call) => {
                let outputs = ua.decline(&call, now);
                self.handle(ua, outputs, outbox, now);
            }
            Command::HangUp(call) => {
                let outputs = ua.hang_up(&call, now);
                self.handle(ua, outputs, outbox, now);
            }
            Command::Mute(call, muted) => {
                if let Some(media) = self.media.get(&call) {
                    media.set_muted(muted);
                    self.phone
                        .model
                        .update(|m| m.with_call(&call, |c| c.muted = muted));
                }
            }
            Command::Hold(call, held) => self.hold(call, held),
            Command::Digits(call, digits) => {
                let sent = self
                    .media
                    .get(&call)
                    .is_some_and(|m| m.send_digits(&digits));
                if sent {
                    self.phone
                        .model
                        .update(|m| m.with_call(&call, |c| c.digits.push_str(&digits)));
                }
            }
            Command::Dial(target) => self.dial(target),
            Command::Internal(done) => self.on_done(ua, done, outbox, now),
            other => self.on_command_without_phone(other),
        }
    }

    /// Commands that need no registration (or must be refused without one).
    pub fn on_command_without_phone(&mut self, command: Command) {
        match command {
            Command::MicCheck(on) => {
                self.mic_check = on;
                self.update_meter();
            }
            Command::SetSpeaker(id) => {
                for media in self.media.values() {
                    media.set_speaker(&id);
                }
            }
            Command::Internal(Done::Meter(meter)) => {
                self.meter = meter;
                if self.meter.is_none() {
                    self.phone.mic_level.set(None);
                }
            }
            Command::Dial(_) => self.problem(Words::new(msg!("phone-cannot-dial-unregistered"))),
            _ => {}
        }
    }

    fn on_done(&mut self, ua: &mut UserAgent, done: Done, outbox: &mut Vec<String>, now: u64) {
        match done {
            Done::AnswerReady { call, sdp, media } => {
                self.media.insert(call.clone(), media);
                let outputs = ua.answer(&call, &sdp, now);
                self.handle(ua, outputs, outbox, now);
            }
            Done::DialReady { target, sdp, media } => {
                let (call, outputs) = ua.dial(&target, &sdp, now);
                self.media.insert(call.clone(), media);
                let party = Party {
                    display_name: None,
                    user: target.clone(),
                    uri: target,
                };
                self.phone
                    .model
                    .update(|m| m.dialing(&call, party, now as f64));
                self.handle(ua, outputs, outbox, now);
            }
            Done::HoldReady { call, held, sdp } => {
                self.holding.insert(call.clone(), held);
                let outputs = ua.reinvite(&call, &sdp, now);
                self.handle(ua, outputs, outbox, now);
            }
            Done::ReinviteAnswer { call, sdp } => {
                let outputs = ua.answer_reinvite(&call, &sdp, now);
                self.handle(ua, outputs, outbox, now);
            }
            Done::MediaFailed { call, why } => {
                self.problem(why);
                if let Some(call) = call {
                    // A call without audio is no call: end it rather than leave silence.
                    let outputs = ua.hang_up(&call, now);
                    self.handle(ua, outputs, outbox, now);
                }
            }
            Done::Stats { call, totals } => self.on_stats(call, totals),
            other => self.on_command_without_phone(Command::Internal(other)),
        }
    }

    fn answer(&mut self, call: String) {
        let Some(offer) = self.offers.remove(&call) else {
            return;
        };
        self.phone
            .model
            .update(|m| m.with_call(&call, |c| c.state = CallState::Answering));
        let tx = self.tx.clone();
        let speaker = self.phone.choice.with_untracked(|c| c.speaker.clone());
        leptos::task::spawn_local(async move {
            let done = match prepare(&speaker).await {
                Ok(media) => match media.answer(&offer).await {
                    Ok(sdp) => Done::AnswerReady { call, sdp, media },
                    Err(why) => Done::MediaFailed {
                        call: Some(call),
                        why: why.words(),
                    },
                },
                Err(why) => Done::MediaFailed {
                    call: Some(call),
                    why,
                },
            };
            let _ = tx.unbounded_send(Command::Internal(done));
        });
    }

    fn hold(&mut self, call: String, held: bool) {
        let Some(media) = self.media.get(&call).cloned() else {
            return;
        };
        if self.holding.contains_key(&call) {
            return;
        }
        let tx = self.tx.clone();
        leptos::task::spawn_local(async move {
            let done = match media.hold_offer(held).await {
                Ok(sdp) => Done::HoldReady { call, held, sdp },
                Err(why) => Done::MediaFailed {
                    call: None,
                    why: why.words(),
                },
            };
            let _ = tx.unbounded_send(Command::Internal(done));
        });
    }

    fn dial(&mut self, target: String) {
        if target.is_empty() {
            return;
        }
        if self.phone.model.with_untracked(|m| m.is_busy()) {
            self.problem(Words::new(msg!("phone-finish-call-first")));
            return;
        }
        let tx = self.tx.clone();
        let speaker = self.phone.choice.with_untracked(|c| c.speaker.clone());
        leptos::task::spawn_local(async move {
            let done = match prepare(&speaker).await {
                Ok(media) => match media.offer().await {
                    Ok(sdp) => Done::DialReady { target, sdp, media },
                    Err(why) => Done::MediaFailed {
                        call: None,
                        why: why.words(),
                    },
                },
                Err(why) => Done::MediaFailed { call: None, why },
            };
            let _ = tx.unbounded_send(Command::Internal(done));
        });
    }

    pub fn on_tick(&mut self, _now: u64) {
        self.ticks = self.ticks.wrapping_add(1);
        if let Some(meter) = &self.meter {
            let level = meter.dbfs();
            self.phone
                .mic_level
                .set(Some((level * 10.0).round() / 10.0));
        }
        if !self.ticks.is_multiple_of(STATS_EVERY_TICKS) {
            return;
        }
        let current = self
            .phone
            .model
            .with_untracked(|m| m.current().map(|c| c.id.clone()));
        let Some(call) = current else { return };
        let Some(media) = self.media.get(&call).cloned() else {
            return;
        };
        let tx = self.tx.clone();
        leptos::task::spawn_local(async move {
            let totals = stats::read(media.connection()).await;
            let _ = tx.unbounded_send(Command::Internal(Done::Stats { call, totals }));
        });
    }

    fn on_stats(&mut self, call: String, totals: Totals) {
        let earlier = match &self.last_totals {
            Some((c, t)) if *c == call => Some(*t),
            _ => None,
        };
        let quality = earlier.map(|earlier| super::quality::assess(&totals.since(&earlier)));
        self.last_totals = Some((call.clone(), totals));
        self.phone.quality.set(Some(CallQuality {
            call,
            quality,
            totals,
        }));
    }

    /// The meter runs while a call is up or the mic check is open.
    fn update_meter(&mut self) {
        let wanted = self.mic_check || self.phone.model.with_untracked(|m| m.current().is_some());
        if wanted == self.meter.is_some() {
            return;
        }
        if !wanted {
            self.meter = None;
            self.phone.mic_level.set(None);
            return;
        }
        let tx = self.tx.clone();
        let phone = self.phone;
        leptos::task::spawn_local(async move {
            let meter = match devices::microphone().await {
                Ok(stream) => LevelMeter::new(&stream).map(Rc::new),
                Err(problem) => {
                    phone.model.update(|m| m.problem = Some(problem.words()));
                    None
                }
            };
            let _ = tx.unbounded_send(Command::Internal(Done::Meter(meter)));
        });
    }

    fn problem(&self, why: Words) {
        self.phone.model.update(|m| m.problem = Some(why));
    }

    /// Sign-out or hand-over: every call is ended on the wire first.
    pub fn hang_up_all(&mut self, ua: &mut UserAgent, outbox: &mut Vec<String>, now: u64) {
        let calls: Vec<String> = self
            .phone
            .model
            .with_untracked(|m| m.calls.iter().map(|c| c.id.clone()).collect());
        for call in calls {
            let outputs = ua.hang_up(&call, now);
            self.handle(ua, outputs, outbox, now);
        }
    }

    /// Closes every call's media and forgets the calls (the socket is gone).
    pub fn close_all(&mut self) {
        for (_, media) in self.media.drain() {
            media.close();
        }
        self.offers.clear();
        self.holding.clear();
        self.meter = None;
        self.phone.quality.set(None);
        self.phone.mic_level.set(None);
        let now = js_sys::Date::now();
        self.phone.model.update(|m| {
            let ids: Vec<String> = m.calls.iter().map(|c| c.id.clone()).collect();
            for id in ids {
                m.end(
                    &id,
                    why_ended(&voipbin_sip::ua::EndReason::TransportLost),
                    now,
                );
            }
        });
    }
}

/// The microphone (asked for once per session) and a connection for a new call.
async fn prepare(speaker: &str) -> Result<Rc<CallMedia>, Words> {
    let microphone = devices::microphone().await.map_err(|p| p.words())?;
    CallMedia::new(&microphone, speaker).map_err(|e| e.words())
}
