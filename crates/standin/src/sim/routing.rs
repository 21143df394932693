//! Queues: joining, routing waiting calls to available agents (ringing them: ring.rs), service
//! starting, and leaving the queue (serviced or not) with the queue's lists and totals kept
//! consistent: a queuecall is in exactly one of its queue's lists while waiting or in service,
//! and `total_incoming = waiting + in service + serviced + abandoned` at all times. With
//! [`QueueTotals::Deployed`] the serviced total already counts calls in service and the
//! abandoned total stays 0: `total_incoming = waiting + total_serviced + calls abandoned`.

use voipbin_protocol::{
    AgentStatus, Call, CallStatus, Direction, EventType, MuteDirection, Queuecall, QueuecallStatus,
    NOT_DELETED,
};

use super::ids::uuid_from;
use super::jobs::Step;
use super::state::Stage;
use super::{QueueTotals, Sim};

impl Sim {
    /// The flow's queue_join action: a queuecall is created and starts waiting.
    pub(super) fn join_queue(&mut self, id: &str) {
        let Some(queue_id) = self.sessions.get(id).map(|s| s.queue_id.clone()) else {
            return;
        };
        self.advance_flow(
            id,
            "queue_join",
            serde_json::json!({ "queue_id": queue_id }),
        );
        let queuecall_id = uuid_from(&mut self.rng);
        let now = self.ts();
        let (source, activeflow_id) = match (self.calls.get(id), self.sessions.get(id)) {
            (Some(call), Some(s)) => (call.source.clone(), s.activeflow_id.clone()),
            _ => return,
        };
        let queuecall = Queuecall {
            id: queuecall_id.clone(),
            customer_id: self.customer.id.clone(),
            reference_type: "call".to_owned(),
            reference_id: id.to_owned(),
            reference_activeflow_id: activeflow_id,
            status: QueuecallStatus::Initiating,
            source,
            tm_create: now.clone(),
            tm_service: NOT_DELETED.to_owned(),
            tm_update: now,
            tm_delete: NOT_DELETED.to_owned(),
            ..Queuecall::default()
        };
        self.queuecalls.insert(queuecall_id.clone(), queuecall);
        self.emit_queuecall(&queuecall_id, EventType::QueuecallCreated);
        self.set_queuecall_status(&queuecall_id, QueuecallStatus::Waiting);
        self.emit_queuecall(&queuecall_id, EventType::QueuecallWaiting);

        let now = self.ts();
        if let Some(entry) = self.queues.get_mut(&queue_id) {
            entry.queue.wait_queuecall_ids.push(queuecall_id.clone());
            entry.queue.total_incoming_count += 1;
            entry.queue.tm_update = now;
            entry.today.incoming += 1;
        }
        self.counters.incoming_today += 1;
        self.emit_queue(&queue_id);

        let pinned_patience = self.pinned_patience(id);
        let patience = match pinned_patience {
            Some(patience) => patience,
            None => 15_000 + self.rng.exponential(75_000.0) as i64,
        };
        let timeout = self
            .queues
            .get(&queue_id)
            .map(|q| q.queue.wait_timeout)
            .unwrap_or(600_000)
            .max(pinned_patience.unwrap_or(0));
        self.join_seq += 1;
        let (clock, seq) = (self.clock_ms, self.join_seq);
        if let Some(s) = self.sessions.get_mut(id) {
            s.queuecall_id = Some(queuecall_id);
            s.join_seq = seq;
            s.give_up_at = clock + patience;
            s.timeout_at = clock + timeout.max(1_000);
        }
        self.enter_waiting(id, false);
    }

    /// Stage Waiting: routable again (at the back, or at the front after a declined ring),
    /// with the caller's patience and the queue's timeout re-armed at their original times.
    pub(super) fn enter_waiting(&mut self, id: &str, front: bool) {
        self.set_stage(id, Stage::Waiting);
        let Some(s) = self.sessions.get(id) else {
            return;
        };
        let (queue_id, give_up_at, timeout_at) = (s.queue_id.clone(), s.give_up_at, s.timeout_at);
        if let Some(entry) = self.queues.get_mut(&queue_id) {
            if front {
                entry.routable.push_front(id.to_owned());
            } else {
                entry.routable.push_back(id.to_owned());
            }
        }
        self.schedule_step(id, give_up_at - self.clock_ms, Step::GiveUp);
        self.schedule_step(id, timeout_at - self.clock_ms, Step::WaitTimeout);
        self.route_dirty = true;
    }

    /// Routes waiting calls to available agents serving their queue (routing_method
    /// "random": any available agent of the queue). Runs once per tick when something changed.
    pub(super) fn route(&mut self) {
        if !self.route_dirty {
            return;
        }
        self.route_dirty = false;
        self.route_pinned();
        let queue_ids: Vec<String> = self.queues.ids().cloned().collect();
        for queue_id in queue_ids {
            while let Some(session_id) = self.next_routable(&queue_id) {
                let mut candidates = self.available_agents(&queue_id);
                self.without_decliners(&session_id, &mut candidates);
                let Some(agent_id) = self.rng.pick(&candidates).cloned() else {
                    break;
                };
                if let Some(entry) = self.queues.get_mut(&queue_id) {
                    entry.routable.pop_front();
                }
                let group = [agent_id.clone()];
                let rang = self.within(&session_id.clone(), |sim| {
                    sim.ring_agents(&session_id, &group)
                });
                if !rang {
                    // Nobody to ring: the caller stays first in line for the next agent (the
                    // one tried is no longer available, so this loop moves on).
                    if let Some(entry) = self.queues.get_mut(&queue_id) {
                        entry.routable.push_front(session_id);
                    }
                    if self.is_free(&agent_id) {
                        break;
                    }
                }
            }
        }
    }

    /// The oldest session still waiting in the queue (stale entries dropped on the way).
    fn next_routable(&mut self, queue_id: &str) -> Option<String> {
        loop {
            let head = self.queues.get(queue_id)?.routable.front()?.clone();
            // Pinned callers are routed by route_pinned (placed.rs), never from here.
            if self.stage_of(&head) == Some(Stage::Waiting) && !self.is_pinned(&head) {
                return Some(head);
            }
            self.queues.get_mut(queue_id)?.routable.pop_front();
        }
    }

    pub(super) fn available_agents(&self, queue_id: &str) -> Vec<String> {
        let Some(entry) = self.queues.get(queue_id) else {
            return Vec::new();
        };
        entry
            .agent_ids
            .iter()
            .filter(|a| self.is_free(a))
            .cloned()
            .collect()
    }

    /// May be rung: `available`, as queue-manager asks (bin-queue-manager/pkg/queuehandler/
    /// execute.go `GetAgents(..., StatusAvailable)`). VoIPBIN looks at the status only; the
    /// simulation holds one call per agent, so an agent who set itself available during a
    /// call is not rung until that call ends.
    pub(super) fn is_free(&self, agent_id: &str) -> bool {
        self.agents
            .get(agent_id)
            .is_some_and(|e| e.on_call.is_none() && e.agent.status == AgentStatus::Available)
    }

    /// The answered call is served by the agent: queuecall in service, recording and
    /// transcription start, the customer call now the agent's.
    pub(super) fn start_service(&mut self, id: &str, leg_id: &str, agent_id: &str) {
        let Some(session) = self.sessions.get(id) else {
            return;
        };
        let (queuecall_id, queue_id) = (
            session.queuecall_id.clone().unwrap_or_default(),
            session.queue_id.clone(),
        );
        let now = self.ts();
        let clock = self.clock_ms;
        if let Some(qc) = self.queuecalls.get_mut(&queuecall_id) {
            qc.status = QueuecallStatus::Service;
            qc.service_agent_id = agent_id.to_owned();
            qc.duration_waiting = voipbin_protocol::parse_timestamp_ms(&qc.tm_create)
                .map(|created| clock - created)
                .unwrap_or(0);
            qc.tm_service = now.clone();
            qc.tm_update = now.clone();
        }
        self.emit_queuecall(&queuecall_id, EventType::QueuecallServiced);
        if let Some(entry) = self.queues.get_mut(&queue_id) {
            entry
                .queue
                .wait_queuecall_ids
                .retain(|q| *q != queuecall_id);
            entry.queue.service_queuecall_ids.push(queuecall_id.clone());
            if self.queue_totals == QueueTotals::Deployed {
                entry.queue.total_serviced_count += 1;
            }
            entry.queue.tm_update = now;
        }
        self.emit_queue(&queue_id);
        self.set_stage(
            id,
            Stage::Service {
                agent_id: agent_id.to_owned(),
            },
        );
        // Recording first, so the call_updated below already carries its recording_id.
        self.start_service_media(id);
        self.bridge_to_agent(id, leg_id, Some(agent_id));
    }

    /// The customer call now belongs to whoever serves it (the desk lists its own calls by
    /// owner) and is chained to the serving leg.
    pub(super) fn bridge_to_agent(&mut self, id: &str, leg_id: &str, agent_id: Option<&str>) {
        let now = self.ts();
        if let Some(call) = self.calls.get_mut(id) {
            match agent_id {
                Some(agent_id) => {
                    call.owner_type = "agent".to_owned();
                    call.owner_id = agent_id.to_owned();
                }
                None => {
                    call.owner_type = String::new();
                    call.owner_id = String::new();
                }
            }
            if !call.chained_call_ids.iter().any(|c| c == leg_id) {
                call.chained_call_ids.push(leg_id.to_owned());
            }
            call.tm_update = now;
        }
        self.emit_call(id, EventType::CallUpdated);
    }

    /// Takes the session out of its queue without service (abandoned, timed out, kicked).
    /// `kicked` publishes queuecall_kicking first.
    pub(super) fn leave_queue_unserviced(&mut self, id: &str, kicked: bool) {
        let Some(s) = self.sessions.get(id) else {
            return;
        };
        let (queue_id, Some(queuecall_id)) = (s.queue_id.clone(), s.queuecall_id.clone()) else {
            return;
        };
        if kicked {
            self.set_queuecall_status(&queuecall_id, QueuecallStatus::Kicking);
            self.emit_queuecall(&queuecall_id, EventType::QueuecallKicking);
        }
        self.finish_queuecall(&queuecall_id, QueuecallStatus::Abandoned);
        self.emit_queuecall(&queuecall_id, EventType::QueuecallAbandoned);
        let now = self.ts();
        if let Some(entry) = self.queues.get_mut(&queue_id) {
            entry
                .queue
                .wait_queuecall_ids
                .retain(|q| *q != queuecall_id);
            if self.queue_totals == QueueTotals::Documented {
                entry.queue.total_abandoned_count += 1;
            }
            entry.queue.tm_update = now;
            entry.today.abandoned += 1;
        }
        self.counters.abandoned_today += 1;
        self.emit_queue(&queue_id);
        self.waiting.remove(id);
    }

    /// Takes the session out of its queue after service (hangup or transfer away).
    pub(super) fn leave_queue_serviced(&mut self, id: &str) {
        let Some(s) = self.sessions.get(id) else {
            return;
        };
        let (queue_id, Some(queuecall_id)) = (s.queue_id.clone(), s.queuecall_id.clone()) else {
            return;
        };
        self.finish_queuecall(&queuecall_id, QueuecallStatus::Done);
        self.emit_queuecall(&queuecall_id, EventType::QueuecallDone);
        let now = self.ts();
        if let Some(entry) = self.queues.get_mut(&queue_id) {
            entry
                .queue
                .service_queuecall_ids
                .retain(|q| *q != queuecall_id);
            if self.queue_totals == QueueTotals::Documented {
                entry.queue.total_serviced_count += 1;
            }
            entry.queue.tm_update = now;
            entry.today.serviced += 1;
        }
        self.counters.serviced_today += 1;
        self.emit_queue(&queue_id);
    }

    pub(super) fn set_queuecall_status(&mut self, queuecall_id: &str, status: QueuecallStatus) {
        let now = self.ts();
        if let Some(qc) = self.queuecalls.get_mut(queuecall_id) {
            qc.status = status;
            qc.tm_update = now;
        }
    }

    /// Final status with the service duration filled in.
    fn finish_queuecall(&mut self, queuecall_id: &str, status: QueuecallStatus) {
        let now = self.ts();
        let clock = self.clock_ms;
        if let Some(qc) = self.queuecalls.get_mut(queuecall_id) {
            let since = |tm: &str| voipbin_protocol::parse_timestamp_ms(tm).map(|t| clock - t);
            if status == QueuecallStatus::Done {
                qc.duration_service = since(&qc.tm_service).unwrap_or(0);
            } else {
                qc.duration_waiting = since(&qc.tm_create).unwrap_or(0);
            }
            qc.status = status;
            qc.tm_update = now;
        }
    }

    /// An outgoing leg from the customer call to `destination`, ringing at once. Owned by the
    /// agent it rings, if any.
    pub(super) fn create_leg(
        &mut self,
        id: &str,
        destination: voipbin_protocol::Address,
        agent_id: Option<&str>,
    ) -> String {
        let leg_id = uuid_from(&mut self.rng);
        let now = self.ts();
        let (source, flow_id, activeflow_id) = match self.calls.get(id) {
            Some(c) => (c.source.clone(), c.flow_id.clone(), c.activeflow_id.clone()),
            None => Default::default(),
        };
        let leg = Call {
            id: leg_id.clone(),
            customer_id: self.customer.id.clone(),
            owner_type: if agent_id.is_some() {
                "agent".to_owned()
            } else {
                String::new()
            },
            owner_id: agent_id.unwrap_or_default().to_owned(),
            flow_id,
            activeflow_id,
            r#type: "flow".to_owned(),
            master_call_id: id.to_owned(),
            source,
            destination,
            status: CallStatus::Dialing,
            direction: Direction::Outgoing,
            mute_direction: MuteDirection::None,
            tm_progressing: NOT_DELETED.to_owned(),
            tm_ringing: NOT_DELETED.to_owned(),
            tm_hangup: NOT_DELETED.to_owned(),
            tm_create: now.clone(),
            tm_update: now.clone(),
            tm_delete: NOT_DELETED.to_owned(),
            ..Call::default()
        };
        self.calls.insert(leg_id.clone(), leg);
        self.legs.insert(leg_id.clone(), id.to_owned());
        if let Some(s) = self.sessions.get_mut(id) {
            s.call_ids.push(leg_id.clone());
        }
        self.emit_call(&leg_id, EventType::CallCreated);
        if let Some(leg) = self.calls.get_mut(&leg_id) {
            leg.status = CallStatus::Ringing;
            leg.tm_ringing = now.clone();
            leg.tm_update = now;
        }
        self.emit_call(&leg_id, EventType::CallRinging);
        leg_id
    }

    pub(super) fn answer_leg(&mut self, leg_id: &str) {
        let now = self.ts();
        if let Some(leg) = self.calls.get_mut(leg_id) {
            if leg.status == CallStatus::Hangup {
                return;
            }
            leg.status = CallStatus::Progressing;
            leg.tm_progressing = now.clone();
            leg.tm_update = now;
        }
        self.emit_call(leg_id, EventType::CallProgressing);
    }
}
