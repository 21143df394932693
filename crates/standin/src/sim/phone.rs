//! The agents' phones as the simulation sees them. An agent whose extension has a registered
//! phone is not answered by the simulation: routing a call to it asks the SIP layer to ring the
//! phone ([`PhoneCommand::Ring`]) and waits for what the phone does (answer, decline, hang up,
//! hold). Commands are queued here and drained by the SIP layer after each tick and action, so
//! the simulation stays pure. Calls placed from a phone are in phone_dial.rs.

use std::collections::{HashMap, HashSet};

use voipbin_protocol::{Address, Call, HangupReason};

use super::jobs::Step;
use super::state::Stage;
use super::{Published, Sim, SimError};

/// An agent who declined (or missed) a call is not rung for it again for this long.
const DECLINE_MEMORY_MS: i64 = 30_000;

/// Phone work for the SIP layer.
// A handful per call and drained at once: the Ring variant's size does not matter.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum PhoneCommand {
    /// Ring the agent's phone(s) for a queue call's leg (the leg is the VoIPBIN call id). The
    /// INVITE names neither the call nor the queue (see sip/ring.rs): only the caller.
    Ring {
        leg_id: String,
        session_id: String,
        agent_id: String,
        caller: Address,
    },
    /// Stop ringing: the caller abandoned, the call was kicked or timed out.
    Cancel { leg_id: String },
    /// End the answered call on the phone: the customer hung up, the call moved away.
    Bye { leg_id: String },
}

/// Which agents have a phone, and the legs on phones.
#[derive(Default)]
pub struct Phones {
    registered: HashSet<String>,
    commands: Vec<PhoneCommand>,
    /// Leg id -> whether the phone answered it (ringing otherwise).
    legs: HashMap<String, bool>,
    /// Session id -> (agent id, time it declined) for the agents that declined its ring.
    declined: HashMap<String, Vec<(String, i64)>>,
}

type Outcome<T> = Result<(T, Vec<Published>), SimError>;

impl Sim {
    /// The registrar tells the simulation which agents have a phone registered.
    pub fn set_phone_registered(&mut self, agent_id: &str, registered: bool) {
        if registered {
            if let Some(entry) = self.agents.get_mut(agent_id) {
                entry.phone_seen = true;
            }
            self.phones.registered.insert(agent_id.to_owned());
        } else {
            self.phones.registered.remove(agent_id);
        }
    }

    /// Whether the agent's calls ring its phone instead of being answered by the simulation.
    pub fn phone_registered(&self, agent_id: &str) -> bool {
        self.phones.registered.contains(agent_id)
    }

    /// Phone work produced by ticks and actions since the last call, in order.
    pub fn take_phone_commands(&mut self) -> Vec<PhoneCommand> {
        std::mem::take(&mut self.phones.commands)
    }

    /// The phone answered the leg: the call is connected to the agent (as when a simulated
    /// agent answers). An error when the call is no longer ringing (the SIP layer hangs up).
    pub fn phone_answered(&mut self, leg_id: &str, now_ms: i64) -> Outcome<()> {
        self.begin_phone(now_ms);
        let (session_id, agent_id) = self.ringing_session(leg_id)?;
        self.within(&session_id.clone(), |sim| {
            sim.agent_answer(&session_id, &agent_id)
        });
        if !matches!(self.stage_of(&session_id), Some(Stage::Service { .. })) {
            return Err(SimError::InvalidState(
                "the call was not answered".to_owned(),
            ));
        }
        self.phones.legs.insert(leg_id.to_owned(), true);
        self.phone_done(())
    }

    /// The phone declined the leg (486/603) or nobody answered: when no other leg rings for it,
    /// the call goes back to the head of its queue and to another agent; this one is not rung
    /// for it again for a while, and keeps its status (`ringing`, as on VoIPBIN).
    pub fn phone_declined(&mut self, leg_id: &str, now_ms: i64) -> Outcome<()> {
        self.begin_phone(now_ms);
        let (session_id, agent_id) = self.ringing_session(leg_id)?;
        self.phones.legs.remove(leg_id);
        self.within(&session_id.clone(), |sim| {
            sim.not_answered(&session_id, leg_id, &agent_id)
        });
        self.phone_done(())
    }

    /// The agent hung up on its phone (BYE): the call ends as when an agent hangs up.
    pub fn phone_hangup(&mut self, leg_id: &str, now_ms: i64) -> Outcome<()> {
        self.begin_phone(now_ms);
        if self.phones.legs.get(leg_id) == Some(&false) {
            return self.phone_declined(leg_id, now_ms);
        }
        if self.phones.legs.remove(leg_id).is_none() {
            return Err(SimError::NotFound("call on a phone"));
        }
        let session_id = self.session_of_call(leg_id)?;
        self.within(&session_id.clone(), |sim| {
            sim.end_session(&session_id, HangupReason::Normal, "remote")
        });
        self.phone_done(())
    }

    /// The phone put the call on hold (re-INVITE sendonly/inactive) or took it off hold.
    pub fn phone_hold(&mut self, leg_id: &str, held: bool, now_ms: i64) -> Outcome<Call> {
        if held {
            self.hold(leg_id, now_ms)
        } else {
            self.unhold(leg_id, now_ms)
        }
    }

    /// Ringing hook: rings the agent's phone for the leg if it has one (true), instead of the
    /// simulated answer.
    pub(super) fn ring_phone(&mut self, session_id: &str, leg_id: &str, agent_id: &str) -> bool {
        if !self.phone_registered(agent_id) {
            return false;
        }
        if !self.sessions.contains_key(session_id) {
            return false;
        }
        let caller = self
            .calls
            .get(session_id)
            .map(|c| c.source.clone())
            .unwrap_or_default();
        self.phones.legs.insert(leg_id.to_owned(), false);
        self.phones.commands.push(PhoneCommand::Ring {
            leg_id: leg_id.to_owned(),
            session_id: session_id.to_owned(),
            agent_id: agent_id.to_owned(),
            caller,
        });
        true
    }

    /// Teardown hook (every call hangup goes through it): a leg still on a phone is
    /// cancelled (ringing) or hung up (answered) there.
    pub(super) fn phone_call_ended(&mut self, call_id: &str) {
        self.phones.declined.remove(call_id);
        if let Some(answered) = self.phones.legs.remove(call_id) {
            let leg_id = call_id.to_owned();
            self.phones.commands.push(if answered {
                PhoneCommand::Bye { leg_id }
            } else {
                PhoneCommand::Cancel { leg_id }
            });
        }
    }

    /// Routing hook: drops the agents that declined this call recently.
    pub(super) fn without_decliners(&self, session_id: &str, agents: &mut Vec<String>) {
        if let Some(declined) = self.phones.declined.get(session_id) {
            let since = self.clock_ms - DECLINE_MEMORY_MS;
            agents.retain(|a| !declined.iter().any(|(d, at)| d == a && *at > since));
        }
    }

    /// Nobody answered in time (a SIP layer that never reported back, or an agent taken over
    /// by a person while the simulation was to answer): every leg still ringing ends.
    pub(super) fn ring_timeout(&mut self, session_id: &str) {
        for (leg_id, agent_id) in self.ringing_legs(session_id) {
            tracing::info!(leg_id, "ring timed out in the simulation");
            // The leg's hangup cancels it on the phone, if one rings.
            self.not_answered(session_id, &leg_id, &agent_id);
        }
    }

    /// The agent did not take the call: its leg ends, it is not rung for this call again for a
    /// while.
    fn not_answered(&mut self, session_id: &str, leg_id: &str, agent_id: &str) {
        let clock = self.clock_ms;
        self.phones
            .declined
            .entry(session_id.to_owned())
            .or_default()
            .push((agent_id.to_owned(), clock));
        self.leg_unanswered(session_id, leg_id);
        // Routing runs again once the decline is forgotten, if nothing else wakes it.
        self.schedule_step(session_id, DECLINE_MEMORY_MS + 1, Step::RouteAgain);
    }

    /// The session a ringing phone leg belongs to, while it still rings, and the leg's agent.
    fn ringing_session(&self, leg_id: &str) -> Result<(String, String), SimError> {
        if self.phones.legs.get(leg_id) != Some(&false) {
            return Err(SimError::InvalidState("the call is not ringing".to_owned()));
        }
        let session_id = self.session_of_call(leg_id)?;
        let agent_id = self
            .ringing_legs(&session_id)
            .into_iter()
            .find(|(leg, _)| leg == leg_id)
            .map(|(_, agent_id)| agent_id)
            .ok_or_else(|| SimError::InvalidState("the call is not ringing".to_owned()))?;
        Ok((session_id, agent_id))
    }

    pub(super) fn begin_phone(&mut self, now_ms: i64) {
        self.clock_ms = now_ms.max(self.now_ms);
    }

    pub(super) fn phone_done<T>(&mut self, value: T) -> Outcome<T> {
        Ok((value, std::mem::take(&mut self.out)))
    }
}
