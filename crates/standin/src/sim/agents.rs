//! Agent states as the simulation drives them: ringing and busy while on a call, back to
//! available (or what the app asked for meanwhile) after, and breaks for agents nobody drives.

use voipbin_protocol::{Address, AgentStatus, EventType};

use super::jobs::Job;
use super::Sim;

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

    /// The agent's call ended: back to available, or to the status the app set meanwhile.
    pub(super) fn release_agent(&mut self, agent_id: &str) {
        let Some(entry) = self.agents.get_mut(agent_id) else {
            return;
        };
        entry.on_call = None;
        let next = entry.after_call.take().unwrap_or(AgentStatus::Available);
        self.change_agent_status(agent_id, next);
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
    /// mixed over hours; agents the app has touched are left alone for good.
    pub(super) fn agent_break(&mut self, agent_id: &str) {
        let Some(entry) = self.agents.get(agent_id) else {
            return;
        };
        if entry.manual {
            return;
        }
        if entry.on_call.is_some() {
            self.schedule(30_000, Job::AgentBreak(agent_id.to_owned()));
            return;
        }
        let next = match entry.agent.status {
            AgentStatus::Available if self.rng.chance(0.1) => AgentStatus::Offline,
            AgentStatus::Available => AgentStatus::Away,
            _ => AgentStatus::Available,
        };
        // Breaks are shorter than work stretches.
        let mean = if next == AgentStatus::Available {
            900_000.0
        } else {
            240_000.0
        };
        self.change_agent_status(agent_id, next);
        let delay = 30_000 + self.rng.exponential(mean) as i64;
        self.schedule(delay, Job::AgentBreak(agent_id.to_owned()));
    }
}
