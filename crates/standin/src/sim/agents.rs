//! Agent states as VoIPBIN sets them around a call (ringing when rung while available, busy
//! when the call is answered, nothing after it), and what simulated agents (nobody drives them)
//! do by themselves: wrap up and become available again, take breaks.

use voipbin_protocol::{Address, AgentStatus, EventType};

use super::jobs::Job;
use super::Sim;

/// Status stretches: a shortest time, plus an exponential with these means. They keep the mix
/// the floor starts with (world.rs: about 60% available, 25% away, 15% offline) steady, since
/// time spent per status is 930 s available : 0.9 x 430 s away : 0.1 x 2,330 s offline.
const STRETCH_MIN_MS: i64 = 30_000;
const WORK_MEAN_MS: f64 = 900_000.0;
const AWAY_MEAN_MS: f64 = 400_000.0;
const OFFLINE_MEAN_MS: f64 = 2_300_000.0;
/// Share of breaks taken offline rather than away.
const OFFLINE_SHARE: f64 = 0.1;
/// A simulated agent's wrap-up after a call, before it sets itself available again.
const WRAP_UP_MIN_MS: i64 = 3_000;
const WRAP_UP_MAX_MS: i64 = 10_000;

impl Sim {
    /// Where a leg to this agent is dialed: its extension, else its first address.
    pub(super) fn agent_address(&self, agent_id: &str) -> Option<Address> {
        let entry = self.agents.get(agent_id)?;
        let addresses = &entry.agent.addresses;
        addresses
            .iter()
            .find(|a| a.r#type == "extension")
            .or_else(|| addresses.first())
            .cloned()
    }

    /// The agent's leg rings for the session. Only an `available` agent shows `ringing`; the
    /// others keep their status (bin-agent-manager/pkg/agenthandler/event.go
    /// `EventGroupcallCreated`).
    pub(super) fn ring_agent(&mut self, agent_id: &str, session_id: &str) {
        if let Some(entry) = self.agents.get_mut(agent_id) {
            entry.on_call = Some(session_id.to_owned());
        }
        self.ring_status(agent_id);
    }

    /// `ringing` if the agent is `available`: what a group call to the agent does, rung or not.
    pub(super) fn ring_status(&mut self, agent_id: &str) {
        let available = self
            .agents
            .get(agent_id)
            .is_some_and(|e| e.agent.status == AgentStatus::Available);
        if available {
            self.change_agent_status(agent_id, AgentStatus::Ringing);
        }
    }

    /// The agent's part in the call ended (answered or not). Its status stays as the call left
    /// it: VoIPBIN never sets an agent back to `available` (agent-manager only handles
    /// groupcall_created and groupcall_progressing: bin-agent-manager/pkg/subscribehandler/
    /// main.go), its desk must. A simulated agent does what a desk would, after a wrap-up.
    pub(super) fn release_agent(&mut self, agent_id: &str, session_id: &str) {
        let Some(entry) = self.agents.get_mut(agent_id) else {
            return;
        };
        if entry.on_call.as_deref() == Some(session_id) {
            entry.on_call = None;
        }
        if !entry.manual {
            let wrap_up = self.rng.between(WRAP_UP_MIN_MS, WRAP_UP_MAX_MS);
            self.schedule(wrap_up, Job::AgentWrapUp(agent_id.to_owned()));
        }
    }

    /// A simulated agent's wrap-up is over: it sets itself `available` through the same path as
    /// a desk would, or starts the break that fell due during the call. Nothing to do when a
    /// person took the agent over, it is on a call again, or a break already changed its status.
    pub(super) fn wrap_up(&mut self, agent_id: &str) {
        let Some(entry) = self.agents.get(agent_id) else {
            return;
        };
        let left_by_a_call = matches!(entry.agent.status, AgentStatus::Busy | AgentStatus::Ringing);
        if entry.manual || entry.on_call.is_some() || !left_by_a_call {
            return;
        }
        if entry.break_due {
            self.take_break(agent_id);
        } else {
            self.change_agent_status(agent_id, AgentStatus::Available);
        }
    }

    /// Whether the simulation answers for this agent (plays its phone). Never once a phone of
    /// the agent has registered since it signed in: its desk is its phone, and a call while
    /// that phone is not registered (a dropped socket, a desk re-registering) finds no contact
    /// to ring, as on VoIPBIN (bin-call-manager/pkg/groupcallhandler/dial.go: "no registered
    /// contact found"). An agent signed in whose desk never registers ("not my phone") takes
    /// calls on another phone, which the simulation plays. (The seconds between a desk's
    /// sign-in and its first registration cannot be told apart from a "not my phone" desk.)
    pub(super) fn answers_by_itself(&self, agent_id: &str) -> bool {
        let Some(entry) = self.agents.get(agent_id) else {
            return false;
        };
        !self.phone_registered(agent_id) && !entry.phone_seen
    }

    /// A person drives the agent from now on (it signed in to a desk): the simulation stops
    /// sending it on breaks and setting its status.
    pub fn mark_signed_in(&mut self, agent_id: &str) {
        if let Some(entry) = self.agents.get_mut(agent_id) {
            entry.manual = true;
            entry.break_due = false;
        }
    }

    /// Sets the status and publishes agent_status_updated when it changed.
    pub(super) fn change_agent_status(&mut self, agent_id: &str, status: AgentStatus) {
        let now = self.ts();
        let Some(entry) = self.agents.get_mut(agent_id) else {
            return;
        };
        if entry.agent.status == status {
            return;
        }
        entry.agent.status = status.clone();
        entry.agent.tm_update = now;
        if status == AgentStatus::Available {
            self.route_dirty = true;
        }
        self.emit_agent(agent_id, EventType::AgentStatusUpdated);
    }

    /// An agent nobody drives goes on a break or comes back. Keeps the floor's statuses
    /// mixed over hours; agents the app has touched are left alone for good. An agent on a call
    /// finishes it first (as people do): the break starts after the call's wrap-up, so a busy
    /// floor still takes its breaks and the mix holds at any load.
    pub(super) fn agent_break(&mut self, agent_id: &str) {
        let Some(entry) = self.agents.get_mut(agent_id) else {
            return;
        };
        if entry.manual {
            return;
        }
        if entry.on_call.is_some() {
            entry.break_due = true;
            return;
        }
        self.take_break(agent_id);
    }

    /// Working agents go away (one break in ten offline); the others come back. Schedules the
    /// next change.
    fn take_break(&mut self, agent_id: &str) {
        let Some(entry) = self.agents.get_mut(agent_id) else {
            return;
        };
        entry.break_due = false;
        // Busy or ringing too: a break that fell due on a call starts after its wrap-up.
        let next = match entry.agent.status {
            AgentStatus::Away | AgentStatus::Offline => AgentStatus::Available,
            _ if self.rng.chance(OFFLINE_SHARE) => AgentStatus::Offline,
            _ => AgentStatus::Away,
        };
        self.change_agent_status(agent_id, next.clone());
        let delay = self.stretch_ms(&next);
        self.schedule(delay, Job::AgentBreak(agent_id.to_owned()));
    }

    /// How long an agent stays in `status` before the next change (exponential, so the time
    /// left is the same whenever one looks: also the first delay for the statuses the floor
    /// starts with).
    pub(super) fn stretch_ms(&mut self, status: &AgentStatus) -> i64 {
        let mean = match status {
            AgentStatus::Away => AWAY_MEAN_MS,
            AgentStatus::Offline => OFFLINE_MEAN_MS,
            _ => WORK_MEAN_MS,
        };
        STRETCH_MIN_MS + self.rng.exponential(mean) as i64
    }
}
