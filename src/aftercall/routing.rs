//! When the desk sets the agent's status, so that queues route to it exactly when it can take a
//! call. VoIPBIN sets a rung agent `ringing`, then `busy` once anyone answers, and never sets it
//! back; a call the agent dials is no group call and leaves it `available` (queues would ring it
//! mid-call). What an unanswered ring puts back is the freshest word on the status before it: any
//! read from the ring on, over what the desk remembered from before it (the status may have
//! changed in another tab or by a supervisor unread). The ring itself says nothing: VoIPBIN's
//! INVITE names no queue (src/phone/leg.rs). Pure: the runtime
//! feeds it the phone's call events and the status it last read.

use crate::phone::{CallState, Direction, PhoneModel};
use voipbin_protocol::AgentStatus;

use super::wrap_up::NextStatus;

/// How long after putting the status back it is read again: VoIPBIN's own `busy` for a ring
/// answered elsewhere may land after the desk's write.
pub const RECHECK_AFTER_MS: f64 = 1_500.0;

/// What happened to one of this desk's phone calls.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CallEvent {
    /// An incoming call rings.
    Rang,
    Dialed,
    Answered,
    Ended {
        answered: bool,
    },
}

/// A call as last seen, to tell what changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Seen {
    pub id: String,
    pub state: CallState,
}

pub fn seen(model: &PhoneModel) -> Vec<Seen> {
    model
        .calls
        .iter()
        .map(|c| Seen {
            id: c.id.clone(),
            state: c.state,
        })
        .collect()
}

/// The events between the calls seen before and the phone's model now.
pub fn call_events(before: &[Seen], model: &PhoneModel) -> Vec<(String, CallEvent)> {
    let mut events = Vec::new();
    for call in &model.calls {
        let was = before.iter().find(|s| s.id == call.id).map(|s| s.state);
        if was.is_none() {
            let first = match call.direction {
                Direction::Incoming => CallEvent::Rang,
                Direction::Outgoing => CallEvent::Dialed,
            };
            events.push((call.id.clone(), first));
        }
        if call.state == CallState::Active && was != Some(CallState::Active) {
            events.push((call.id.clone(), CallEvent::Answered));
        }
    }
    for gone in before.iter().filter(|s| model.call(&s.id).is_none()) {
        let answered = match &model.last_ended {
            Some(ended) if ended.call.id == gone.id => ended.call.answered_ms.is_some(),
            _ => gone.state == CallState::Active,
        };
        events.push((gone.id.clone(), CallEvent::Ended { answered }));
    }
    events
}

/// Where the desk stands when something happens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Now {
    /// The agent's status as last read.
    pub status: AgentStatus,
    /// Calls on the phone after the event.
    pub calls: usize,
    pub wrapping_up: bool,
}

/// What the runtime must do.
#[derive(Clone, Debug, PartialEq)]
pub enum Order {
    Set(AgentStatus),
    /// Read the agent now, then call [`Routing::restore`].
    Restore,
    WrapUp {
        call_key: String,
        next: NextStatus,
    },
}

#[derive(Clone, Debug, Default)]
pub struct Routing {
    /// The agent's status while idle (no call, no wrap-up): what an unanswered ring puts back.
    settled: Option<AgentStatus>,
    before_call: Option<AgentStatus>,
    /// An unanswered ring ended: the status before it, until the read that decides.
    restore: Option<AgentStatus>,
    /// The status put back, to put back once more if VoIPBIN's write lands after it.
    recheck: Option<AgentStatus>,
    /// The agent chose a status by hand during the call or wrap-up: the desk holds nothing
    /// against it, and it becomes the next status.
    picked: Option<AgentStatus>,
}

/// Values only VoIPBIN's group-call handling writes.
fn set_by_voipbin(status: &AgentStatus) -> bool {
    matches!(status, AgentStatus::Ringing | AgentStatus::Busy)
}

/// What a status read from a ring on says the agent's own status was: `ringing` that it was
/// `available` (agent-manager's groupcall_created rings no other), a value only a person sets
/// that it is that one; `busy` tells nothing (VoIPBIN sets every rung agent busy once anyone
/// answers, whatever it was).
fn own_status(read: &AgentStatus) -> Option<AgentStatus> {
    match read {
        AgentStatus::Ringing => Some(AgentStatus::Available),
        AgentStatus::Busy | AgentStatus::None => None,
        own => Some(own.clone()),
    }
}

impl Routing {
    /// A status read from the server.
    pub fn observe(&mut self, now: &Now) {
        let idle =
            now.calls == 0 && !now.wrapping_up && self.restore.is_none() && self.recheck.is_none();
        if idle && !matches!(now.status, AgentStatus::Ringing | AgentStatus::None) {
            self.settled = Some(now.status.clone());
        }
        // A read from the ring on is fresher than what the desk remembered before it, also when
        // it lands after the ring ended (asked for at the ring, answered late).
        let Some(own) = own_status(&now.status) else {
            return;
        };
        if self.restore.is_some() {
            self.restore = Some(own);
        } else if now.calls > 0 && !now.wrapping_up && self.before_call.is_some() {
            self.before_call = Some(own);
        }
    }

    /// The agent chose `status` in the status control; returns the wrap-up's next status if it
    /// is one.
    pub fn picked(&mut self, status: &AgentStatus, now: &Now) -> Option<NextStatus> {
        if now.calls == 0 && !now.wrapping_up {
            self.settled = Some(status.clone());
            return None;
        }
        self.picked = Some(status.clone());
        NextStatus::of(status)
    }

    pub fn on_call(&mut self, call_key: &str, event: &CallEvent, now: &Now) -> Vec<Order> {
        let mut orders = Vec::new();
        let hold_busy = self.picked.is_none()
            && matches!(now.status, AgentStatus::Available | AgentStatus::Ringing);
        match event {
            CallEvent::Rang | CallEvent::Dialed => {
                if now.calls == 1 && !now.wrapping_up {
                    self.before_call = self.settled.clone();
                    self.recheck = None;
                }
                // VoIPBIN leaves an agent who dials `available`: a queue would ring it mid-call.
                let dialed_available =
                    *event == CallEvent::Dialed && now.status == AgentStatus::Available;
                if dialed_available && self.picked.is_none() {
                    orders.push(Order::Set(AgentStatus::Busy));
                }
            }
            CallEvent::Answered => {
                if hold_busy {
                    orders.push(Order::Set(AgentStatus::Busy));
                }
            }
            CallEvent::Ended { answered: true } => {
                if hold_busy {
                    orders.push(Order::Set(AgentStatus::Busy));
                }
                let next = self.picked.as_ref().and_then(NextStatus::of);
                orders.push(Order::WrapUp {
                    call_key: call_key.to_string(),
                    next: next.unwrap_or_default(),
                });
            }
            CallEvent::Ended { answered: false } => {
                if now.calls > 0 || now.wrapping_up {
                    return orders;
                }
                let earlier = self.before_call.take();
                match (self.picked.take(), earlier) {
                    // The agent chose during the ring: that stands.
                    (Some(_), _) => {}
                    (None, Some(earlier)) if earlier != AgentStatus::Ringing => {
                        self.restore = Some(earlier);
                        orders.push(Order::Restore);
                    }
                    _ => {}
                }
            }
        }
        orders
    }

    /// The status read after an unanswered ring, and what to put back: the desk's idea of the
    /// status before the ring may be stale (a supervisor or another tab changed it since the
    /// last read), so the read decides. `ringing` means VoIPBIN rang an `available` agent
    /// (agent-manager's groupcall_created touches no other); `busy` is VoIPBIN's (a ring-all
    /// answered elsewhere) or the desk's own for a call it dialed: the earlier status goes back.
    /// Anything else is nobody's doing but a person's: it stands.
    pub fn restore(&mut self, now: &Now) -> Option<AgentStatus> {
        let earlier = self.restore.take()?;
        if now.calls > 0 || now.wrapping_up || self.picked.is_some() {
            return None;
        }
        let back = match now.status {
            AgentStatus::Ringing => AgentStatus::Available,
            AgentStatus::Busy => earlier,
            _ => return None,
        };
        self.recheck = Some(back.clone());
        Some(back)
    }

    /// The status read again after putting it back: VoIPBIN's `ringing`/`busy` that landed
    /// later is overwritten once more, if the agent still has no call.
    pub fn recheck(&mut self, now: &Now) -> Option<AgentStatus> {
        let earlier = self.recheck.take()?;
        let undo = now.calls == 0
            && !now.wrapping_up
            && self.picked.is_none()
            && set_by_voipbin(&now.status)
            && now.status != earlier;
        undo.then_some(earlier)
    }

    /// Done: the status to set now (none while a call is still up: it is set when that call's
    /// own end comes).
    pub fn finish(&mut self, next: &AgentStatus, now: &Now) -> Option<AgentStatus> {
        self.picked = None;
        if now.calls > 0 {
            self.before_call = Some(next.clone());
            return None;
        }
        self.before_call = None;
        self.settled = Some(next.clone());
        Some(next.clone())
    }
}

#[cfg(test)]
mod tests;
