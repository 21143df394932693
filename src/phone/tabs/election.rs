//! Which tab has the phone, where the browser has no Web Locks (an insecure origin, e.g. the desk
//! served over plain HTTP on a LAN address): tabs of one agent talk over a BroadcastChannel.
//! The holder says so once a second and answers "who?" at once; a tab that asks listens
//! briefly before it claims; two tabs that claim together keep the lower tab id's claim.
//!
//! Pure (messages and the clock in, messages and news out) so that it is tested natively;
//! `channel.rs` carries it over the browser's BroadcastChannel.

use super::{Ask, LockNews};

/// How long an asking tab listens for a holder before it claims.
pub const PROBE_MS: u64 = 300;
/// How often the holder says it holds.
pub const HEARTBEAT_MS: u64 = 1_000;
/// A holder unheard for this long is gone (a crashed tab; a closing tab says so). Above a
/// minute because Chromium throttles the timers of a tab hidden for a while to one a minute.
pub const STALE_MS: u64 = 65_000;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Message {
    Who,
    Held(u64),
    Steal(u64),
    Released(u64),
}

impl Message {
    pub fn encode(&self) -> String {
        match self {
            Message::Who => "who".into(),
            Message::Held(tab) => format!("held:{tab}"),
            Message::Steal(tab) => format!("steal:{tab}"),
            Message::Released(tab) => format!("released:{tab}"),
        }
    }

    /// `None` for anything else on the channel.
    pub fn decode(text: &str) -> Option<Message> {
        if text == "who" {
            return Some(Message::Who);
        }
        let (kind, tab) = text.split_once(':')?;
        let tab = tab.parse().ok()?;
        match kind {
            "held" => Some(Message::Held(tab)),
            "steal" => Some(Message::Steal(tab)),
            "released" => Some(Message::Released(tab)),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Out {
    Post(Message),
    News(LockNews),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    Idle,
    Probing { until: u64, wait: bool },
    Waiting,
    Holding { next_heartbeat: u64 },
}

#[derive(Debug)]
pub struct Election {
    me: u64,
    state: State,
    /// The other tab last heard holding the phone, and when.
    holder: Option<(u64, u64)>,
}

impl Election {
    pub fn new(me: u64) -> Self {
        Election {
            me,
            state: State::Idle,
            holder: None,
        }
    }

    pub fn holds(&self) -> bool {
        matches!(self.state, State::Holding { .. })
    }

    pub fn ask(&mut self, how: Ask, now: u64) -> Vec<Out> {
        match how {
            Ask::IfFree | Ask::Wait => {
                self.state = State::Probing {
                    until: now + PROBE_MS,
                    wait: how == Ask::Wait,
                };
                vec![Out::Post(Message::Who)]
            }
            Ask::Steal => {
                let mut out = vec![Out::Post(Message::Steal(self.me))];
                out.extend(self.claim(now));
                out
            }
        }
    }

    pub fn release(&mut self) -> Vec<Out> {
        let held = self.holds();
        self.state = State::Idle;
        if held {
            vec![Out::Post(Message::Released(self.me))]
        } else {
            Vec::new()
        }
    }

    pub fn heard(&mut self, message: Message, now: u64) -> Vec<Out> {
        match message {
            Message::Who if self.holds() => vec![Out::Post(Message::Held(self.me))],
            Message::Who => Vec::new(),
            Message::Held(tab) if tab == self.me => Vec::new(),
            Message::Held(tab) => {
                self.holder = Some((tab, now));
                match self.state {
                    // Two claims at once: the lower tab id keeps the phone.
                    State::Holding { .. } if tab < self.me => self.lose(),
                    State::Holding { .. } => vec![Out::Post(Message::Held(self.me))],
                    _ => Vec::new(),
                }
            }
            Message::Steal(tab) if tab == self.me => Vec::new(),
            Message::Steal(tab) => {
                self.holder = Some((tab, now));
                if self.holds() {
                    self.lose()
                } else {
                    Vec::new()
                }
            }
            Message::Released(tab) => {
                if self.holder.is_some_and(|(holder, _)| holder == tab) {
                    self.holder = None;
                    if self.state == State::Waiting {
                        return self.claim(now);
                    }
                }
                Vec::new()
            }
        }
    }

    pub fn tick(&mut self, now: u64) -> Vec<Out> {
        let holder_alive = self
            .holder
            .is_some_and(|(_, heard)| now.saturating_sub(heard) < STALE_MS);
        match self.state {
            State::Idle => Vec::new(),
            State::Probing { until, .. } if now < until => Vec::new(),
            State::Probing { wait, .. } if holder_alive => {
                if wait {
                    self.state = State::Waiting;
                    Vec::new()
                } else {
                    self.state = State::Idle;
                    vec![Out::News(LockNews::Held)]
                }
            }
            State::Probing { .. } => self.claim(now),
            State::Waiting if holder_alive => Vec::new(),
            State::Waiting => self.claim(now),
            State::Holding { next_heartbeat } if now >= next_heartbeat => {
                self.state = State::Holding {
                    next_heartbeat: now + HEARTBEAT_MS,
                };
                vec![Out::Post(Message::Held(self.me))]
            }
            State::Holding { .. } => Vec::new(),
        }
    }

    fn claim(&mut self, now: u64) -> Vec<Out> {
        self.holder = None;
        self.state = State::Holding {
            next_heartbeat: now + HEARTBEAT_MS,
        };
        vec![
            Out::Post(Message::Held(self.me)),
            Out::News(LockNews::Granted),
        ]
    }

    fn lose(&mut self) -> Vec<Out> {
        self.state = State::Idle;
        vec![Out::News(LockNews::Lost)]
    }
}

#[cfg(test)]
mod tests;
