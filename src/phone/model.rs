//! What the phone is doing, as views see it: registration and calls, moved by the user agent's
//! events. Pure (time is passed in) and tested natively.

use super::Words;
use crate::msg;
use voipbin_sip::ua::{EndReason, Party, PhoneEvent, RegistrationFailure, RegistrationState};

/// The phone status a view shows (`data-state` of `phone-status`).
#[derive(Clone, Debug, Default, PartialEq)]
pub enum PhoneStatus {
    /// Signed out, or the phone is being set up.
    #[default]
    Off,
    Registering,
    Registered,
    /// Not registered, and why, in words for the agent.
    Unregistered(Words),
    /// Another tab of this browser holds the phone.
    Elsewhere,
    /// This agent has no phone to register (no extension, no phone server), and why.
    NoPhone(Words),
}

impl PhoneStatus {
    pub fn data_state(&self) -> &'static str {
        match self {
            PhoneStatus::Registered => "registered",
            PhoneStatus::Registering => "registering",
            PhoneStatus::Off | PhoneStatus::Unregistered(_) | PhoneStatus::NoPhone(_) => {
                "unregistered"
            }
            PhoneStatus::Elsewhere => "elsewhere",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Incoming,
    Outgoing,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CallState {
    /// Incoming, not answered yet.
    Ringing,
    /// Outgoing, no answer yet (`far_end_ringing` says whether it rings there).
    Dialing,
    /// Answer clicked: microphone and media being set up.
    Answering,
    Active,
}

#[derive(Clone, Debug, PartialEq)]
pub struct PhoneCall {
    pub id: String,
    pub direction: Direction,
    pub state: CallState,
    pub party: Party,
    /// The VoIPBIN call (the agent's leg) this SIP call carries, once the agent's call events
    /// show it: the INVITE does not say ([`super::leg`]).
    pub voipbin_call_id: Option<String>,
    pub far_end_ringing: bool,
    pub held: bool,
    pub muted: bool,
    pub digits: String,
    pub started_ms: f64,
    pub answered_ms: Option<f64>,
}

/// A call that ended, kept for a few seconds so the agent sees why.
#[derive(Clone, Debug, PartialEq)]
pub struct EndedCall {
    pub call: PhoneCall,
    pub why: Words,
    pub at_ms: f64,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct PhoneModel {
    pub status: PhoneStatus,
    pub calls: Vec<PhoneCall>,
    pub last_ended: Option<EndedCall>,
    /// A problem with media or devices the agent must see (cleared by the next success).
    pub problem: Option<Words>,
    /// The registrar's last refusal (wrong password, forbidden), until a registration succeeds:
    /// a dropped socket must not hide it.
    pub refused: bool,
}

impl PhoneModel {
    pub fn apply(&mut self, event: &PhoneEvent, now_ms: f64) {
        match event {
            PhoneEvent::Registration(state) => {
                match state {
                    RegistrationState::Registered { .. } => self.refused = false,
                    RegistrationState::Failed(
                        RegistrationFailure::WrongPassword | RegistrationFailure::Forbidden,
                    ) => self.refused = true,
                    _ => {}
                }
                if !(self.refused && *state == RegistrationState::Unregistered) {
                    self.status = status_of(state);
                }
            }
            PhoneEvent::Incoming { call, caller, .. } => self.calls.push(PhoneCall {
                id: call.clone(),
                direction: Direction::Incoming,
                state: CallState::Ringing,
                party: caller.clone(),
                voipbin_call_id: None,
                far_end_ringing: false,
                held: false,
                muted: false,
                digits: String::new(),
                started_ms: now_ms,
                answered_ms: None,
            }),
            PhoneEvent::Ringing { call } => self.with_call(call, |c| c.far_end_ringing = true),
            PhoneEvent::Answered { call, .. } | PhoneEvent::Confirmed { call } => {
                self.with_call(call, |c| {
                    c.state = CallState::Active;
                    c.answered_ms.get_or_insert(now_ms);
                })
            }
            PhoneEvent::Ended { call, reason } => self.end(call, why_ended(reason), now_ms),
            PhoneEvent::RemoteOffer { .. }
            | PhoneEvent::ReinviteAnswered { .. }
            | PhoneEvent::ReinviteFailed { .. } => {}
        }
    }

    /// An outgoing call the agent just placed.
    pub fn dialing(&mut self, call: &str, party: Party, now_ms: f64) {
        self.calls.push(PhoneCall {
            id: call.to_string(),
            direction: Direction::Outgoing,
            state: CallState::Dialing,
            party,
            voipbin_call_id: None,
            far_end_ringing: false,
            held: false,
            muted: false,
            digits: String::new(),
            started_ms: now_ms,
            answered_ms: None,
        });
    }

    /// The phone call `call` is the VoIPBIN call `leg` ([`super::leg::new_links`]).
    pub fn link_leg(&mut self, call: &str, leg: &str) {
        self.with_call(call, |c| c.voipbin_call_id = Some(leg.to_owned()));
    }

    pub fn end(&mut self, call: &str, why: Words, now_ms: f64) {
        if let Some(index) = self.calls.iter().position(|c| c.id == call) {
            let call = self.calls.remove(index);
            self.last_ended = Some(EndedCall {
                call,
                why,
                at_ms: now_ms,
            });
        }
    }

    pub fn with_call(&mut self, call: &str, f: impl FnOnce(&mut PhoneCall)) {
        if let Some(c) = self.calls.iter_mut().find(|c| c.id == call) {
            f(c);
        }
    }

    pub fn call(&self, call: &str) -> Option<&PhoneCall> {
        self.calls.iter().find(|c| c.id == call)
    }

    /// The oldest incoming call still ringing.
    pub fn ringing(&self) -> Option<&PhoneCall> {
        self.calls.iter().find(|c| c.state == CallState::Ringing)
    }

    /// The call the controls act on: answered or being set up, else an outgoing one ringing.
    pub fn current(&self) -> Option<&PhoneCall> {
        self.calls
            .iter()
            .find(|c| matches!(c.state, CallState::Active | CallState::Answering))
            .or_else(|| self.calls.iter().find(|c| c.state == CallState::Dialing))
    }

    /// Why the agent should not go available now: its phone cannot ring.
    pub fn blocks_available(&self) -> Option<Words> {
        match &self.status {
            PhoneStatus::Unregistered(why) => {
                Some(Words::new(msg!("phone-not-registered-blocks")).with_words("why", why.clone()))
            }
            _ => None,
        }
    }

    pub fn is_busy(&self) -> bool {
        self.current().is_some()
    }
}

fn status_of(state: &RegistrationState) -> PhoneStatus {
    match state {
        RegistrationState::Unregistered => {
            PhoneStatus::Unregistered(Words::new(msg!("phone-signed-out-of-server")))
        }
        RegistrationState::Registering => PhoneStatus::Registering,
        RegistrationState::Registered { .. } => PhoneStatus::Registered,
        RegistrationState::Failed(failure) => PhoneStatus::Unregistered(match failure {
            RegistrationFailure::WrongPassword => Words::new(msg!("phone-wrong-password")),
            RegistrationFailure::Forbidden => Words::new(msg!("phone-forbidden")),
            RegistrationFailure::Timeout => Words::new(msg!("phone-server-silent")),
            RegistrationFailure::Rejected { status, reason } => {
                Words::new(msg!("phone-registration-refused"))
                    .with("status", status.to_string())
                    .with("reason", reason.as_str())
            }
        }),
    }
}

pub fn why_ended(reason: &EndReason) -> Words {
    match reason {
        EndReason::LocalHangup => Words::new(msg!("phone-ended-you")),
        EndReason::RemoteHangup => Words::new(msg!("phone-ended-other-side")),
        EndReason::Cancelled => Words::new(msg!("phone-ended-caller-gone")),
        EndReason::Declined => Words::new(msg!("phone-ended-declined")),
        EndReason::Busy => Words::new(msg!("phone-ended-busy")),
        EndReason::NotFound => Words::new(msg!("phone-ended-not-found")),
        EndReason::Rejected { status, reason } => Words::new(msg!("phone-ended-refused"))
            .with("status", status.to_string())
            .with("reason", reason.as_str()),
        EndReason::Timeout => Words::new(msg!("phone-ended-timeout")),
        EndReason::TransportLost => Words::new(msg!("phone-ended-transport-lost")),
    }
}

#[cfg(test)]
mod tests;
