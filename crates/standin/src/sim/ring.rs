//! Ringing agents for a waiting call as a VoIPBIN group call does: each agent on a leg of its
//! own, the first to answer takes the call and the other legs are cancelled (answer method
//! hangup_others: bin-call-manager/pkg/callhandler/outgoing_call.go), and every agent the call
//! rang goes busy, answered by them or not (bin-agent-manager/pkg/agenthandler/event.go
//! `EventGroupcallProgressing`). A call that rings nobody goes back to its queue.

use voipbin_protocol::{AgentStatus, EventType, HangupReason, QueuecallStatus};

use super::jobs::Step;
use super::state::{Rung, Stage};
use super::Sim;

/// How long a leg may ring before it counts as not answered. Phones report sooner (the SIP
/// layer gives up after 20 s); this also covers an agent taken over by a person mid-ring.
const RING_TIMEOUT_MS: i64 = 30_000;

impl Sim {
    /// Rings `agent_ids` for the waiting session: queuecall connecting, a leg per agent that
    /// something answers for (its phone, or the simulation). False when nobody could be rung:
    /// the caller stays waiting, for the next agent.
    ///
    /// An agent driven by a person but without a registered phone has no contact to ring. On
    /// VoIPBIN the agent's group call is created first (so an available agent goes ringing),
    /// then the chained group call for its extension fails: "no registered contact found for
    /// extension" (bin-call-manager/pkg/groupcallhandler/dial.go
    /// `getDialDestinationsAddressTypeExtension`). The deployed chain only logs that failure
    /// (groupcallhandler/start.go `startWithDestination`); the stand-in ends the attempt at
    /// once and the queue routes the caller on, as queue-manager does when dialing an agent
    /// fails (bin-queue-manager/pkg/queuehandler/execute.go retries with another agent).
    pub(super) fn ring_agents(&mut self, id: &str, agent_ids: &[String]) -> bool {
        let Some(queuecall_id) = self.sessions.get(id).and_then(|s| s.queuecall_id.clone()) else {
            return false;
        };
        let mut rung: Vec<Rung> = agent_ids
            .iter()
            .map(|agent_id| Rung {
                agent_id: agent_id.clone(),
                leg_id: None,
            })
            .collect();
        let reachable: Vec<bool> = rung.iter().map(|r| self.has_contact(&r.agent_id)).collect();
        if !reachable.contains(&true) {
            for r in &rung {
                self.ring_status(&r.agent_id);
            }
            return false;
        }
        self.set_queuecall_status(&queuecall_id, QueuecallStatus::Connecting);
        self.emit_queuecall(&queuecall_id, EventType::QueuecallConnecting);
        for (r, reachable) in rung.iter_mut().zip(reachable) {
            let destination = self.agent_address(&r.agent_id).filter(|_| reachable);
            let Some(destination) = destination else {
                self.ring_status(&r.agent_id);
                continue;
            };
            let leg_id = self.create_leg(id, destination, Some(&r.agent_id));
            self.ring_agent(&r.agent_id, id);
            r.leg_id = Some(leg_id);
        }
        self.set_stage(id, Stage::Connecting { rung: rung.clone() });
        let mut simulated = false;
        for r in &rung {
            if let Some(leg_id) = &r.leg_id {
                if !self.ring_phone(id, leg_id, &r.agent_id) {
                    simulated = true;
                }
            }
        }
        if simulated {
            let ring = self.rng.between(2_000, 6_000);
            self.schedule_step(id, ring, Step::AgentAnswer);
        }
        self.schedule_step(id, RING_TIMEOUT_MS, Step::RingTimeout);
        true
    }

    /// Something answers for the agent: its phone, or the simulation.
    fn has_contact(&self, agent_id: &str) -> bool {
        self.agent_address(agent_id).is_some()
            && (self.phone_registered(agent_id) || self.answers_by_itself(agent_id))
    }

    /// A simulated agent among those still ringing picks up.
    pub(super) fn simulated_answer(&mut self, id: &str) {
        let Some(Stage::Connecting { rung }) = self.stage_of(id) else {
            return;
        };
        let candidates: Vec<String> = rung
            .iter()
            .filter(|r| r.leg_id.is_some() && self.answers_by_itself(&r.agent_id))
            .map(|r| r.agent_id.clone())
            .collect();
        if let Some(agent_id) = self.rng.pick(&candidates).cloned() {
            self.agent_answer(id, &agent_id);
        }
    }

    /// The agent picks up: its leg answered, the others cancelled, every agent rung busy, the
    /// queuecall in service, recording and transcription start.
    pub(super) fn agent_answer(&mut self, id: &str, agent_id: &str) {
        let Some(Stage::Connecting { rung }) = self.stage_of(id) else {
            return;
        };
        let Some(leg_id) = rung
            .iter()
            .find(|r| r.agent_id == agent_id)
            .and_then(|r| r.leg_id.clone())
        else {
            return;
        };
        self.answer_leg(&leg_id);
        for other in rung.iter().filter(|r| r.agent_id != agent_id) {
            if let Some(other_leg) = &other.leg_id {
                self.hangup_one(other_leg, HangupReason::Cancel, "local");
                self.legs.remove(other_leg);
            }
        }
        for r in &rung {
            self.change_agent_status(&r.agent_id, AgentStatus::Busy);
        }
        for other in rung.iter().filter(|r| r.agent_id != agent_id) {
            self.release_agent(&other.agent_id, id);
        }
        if let Some(s) = self.sessions.get_mut(id) {
            s.leg_id = Some(leg_id.clone());
        }
        self.start_service(id, &leg_id, agent_id);
    }

    /// One rung leg ended unanswered (declined, no answer); the agent keeps its status. When
    /// no leg is left ringing the caller goes back to the head of its queue.
    pub(super) fn leg_unanswered(&mut self, id: &str, leg_id: &str) {
        let Some(session) = self.sessions.get_mut(id) else {
            return;
        };
        let Stage::Connecting { rung } = &mut session.stage else {
            return;
        };
        let Some(r) = rung
            .iter_mut()
            .find(|r| r.leg_id.as_deref() == Some(leg_id))
        else {
            return;
        };
        r.leg_id = None;
        let agent_id = r.agent_id.clone();
        let still_ringing = rung.iter().any(|r| r.leg_id.is_some());
        self.hangup_one(leg_id, HangupReason::Noanswer, "remote");
        self.legs.remove(leg_id);
        self.release_agent(&agent_id, id);
        if !still_ringing {
            self.requeue(id);
        }
    }

    /// The legs still ringing, with their agents.
    pub(super) fn ringing_legs(&self, id: &str) -> Vec<(String, String)> {
        match self.sessions.get(id).map(|s| &s.stage) {
            Some(Stage::Connecting { rung }) => rung
                .iter()
                .filter_map(|r| Some((r.leg_id.clone()?, r.agent_id.clone())))
                .collect(),
            _ => Vec::new(),
        }
    }

    /// Stops every leg still ringing (the caller hung up, the call was kicked) and frees the
    /// agents rung; their statuses stay (an unanswered ring leaves `ringing`, as on VoIPBIN).
    pub(super) fn cancel_ring(&mut self, id: &str, by: &str) {
        let Some(Stage::Connecting { rung }) = self.stage_of(id) else {
            return;
        };
        for r in &rung {
            if let Some(leg_id) = &r.leg_id {
                self.hangup_one(leg_id, HangupReason::Cancel, by);
                self.legs.remove(leg_id);
            }
            self.release_agent(&r.agent_id, id);
        }
    }

    /// Puts a ringing call back at the head of its queue (nobody answered).
    fn requeue(&mut self, id: &str) {
        let Some(Stage::Connecting { rung }) = self.stage_of(id) else {
            return;
        };
        for r in &rung {
            if let Some(leg_id) = &r.leg_id {
                self.hangup_one(leg_id, HangupReason::Noanswer, "remote");
                self.legs.remove(leg_id);
            }
            self.release_agent(&r.agent_id, id);
        }
        let queuecall_id = self
            .sessions
            .get(id)
            .and_then(|s| s.queuecall_id.clone())
            .unwrap_or_default();
        self.set_queuecall_status(&queuecall_id, QueuecallStatus::Waiting);
        self.emit_queuecall(&queuecall_id, EventType::QueuecallWaiting);
        self.enter_waiting(id, true);
    }
}
