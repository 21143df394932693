//! Agent states as the simulation drives them: ringing and busy while on a call, back to
//! available (or what the app asked for meanwhile) after, and breaks for agents nobody drives.

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

    /// The agent takes (rings for or talks on) the session's call.
    pub(super) fn occupy_agent(&mut self, agent_id: &str, session_id: &str, status: AgentStatus) {
        if let Some(entry) = self.agents.get_mut(agent_id) {
            entry.on_call = Some(session_id.to_owned());
        }
        self.change_agent_status(agent_id, status);
    }

    /// The agent's call ended: back to available, or to the status the app set meanwhile, or
    /// on the break that fell due during the call.
    pub(super) fn release_agent(&mut self, agent_id: &str) {
        let Some(entry) = self.agents.get_mut(agent_id) else {
            return;
        };
        entry.on_call = None;
        let on_break = std::mem::take(&mut entry.break_due) && !entry.manual;
        match entry.after_call.take() {
            Some(status) => self.change_agent_status(agent_id, status),
            None if on_break => self.take_break(agent_id),
            None => self.change_agent_status(agent_id, AgentStatus::Available),
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
    /// finishes it first (as people do): the break starts when the call ends, so a busy floor
    /// still takes its breaks and the mix holds at any load.
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
        let Some(entry) = self.agents.get(agent_id) else {
            return;
        };
        // Busy or ringing too: a break that fell due on a call starts as it ends.
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
