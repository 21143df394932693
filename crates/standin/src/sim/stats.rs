//! Counters for dashboards and the tests' oracle: [`SimStats`] and the `truth()` snapshot.

use serde::Serialize;
use serde_json::json;

use super::state::Stage;
use super::Sim;

const DAY_MS: i64 = 86_400_000;

/// Running counters; the `_today` ones reset at midnight UTC (simulated time).
#[derive(Debug)]
pub struct Counters {
    pub day: i64,
    pub events: u64,
    pub calls_started: u64,
    pub calls_ended: u64,
    pub incoming_today: u64,
    pub serviced_today: u64,
    pub abandoned_today: u64,
    pub sms_threads: u64,
    pub conferences: u64,
    pub transfers: u64,
}

impl Counters {
    pub fn new(now_ms: i64) -> Counters {
        Counters {
            day: now_ms.div_euclid(DAY_MS),
            events: 0,
            calls_started: 0,
            calls_ended: 0,
            incoming_today: 0,
            serviced_today: 0,
            abandoned_today: 0,
            sms_threads: 0,
            conferences: 0,
            transfers: 0,
        }
    }

    /// True when a new day started (the caller resets per-queue day counts too).
    pub fn roll_day(&mut self, now_ms: i64) -> bool {
        let day = now_ms.div_euclid(DAY_MS);
        if day == self.day {
            return false;
        }
        self.day = day;
        self.incoming_today = 0;
        self.serviced_today = 0;
        self.abandoned_today = 0;
        true
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct QueueStats {
    pub queue_id: String,
    pub name: String,
    pub waiting: usize,
    pub in_service: usize,
    pub incoming_today: u64,
    pub serviced_today: u64,
    pub abandoned_today: u64,
    pub total_incoming_count: i64,
    pub total_serviced_count: i64,
    pub total_abandoned_count: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SimStats {
    pub rate: f64,
    pub events_published: u64,
    pub active_calls: usize,
    pub waiting_calls: usize,
    pub calls_in_service: usize,
    pub calls_started: u64,
    pub calls_ended: u64,
    pub incoming_today: u64,
    pub serviced_today: u64,
    pub abandoned_today: u64,
    pub agents_available: usize,
    pub agents_busy: usize,
    pub sms_threads_started: u64,
    pub conferences_started: u64,
    pub transfers: u64,
    pub queues: Vec<QueueStats>,
}

impl Sim {
    pub fn stats(&self) -> SimStats {
        let queues: Vec<QueueStats> = self
            .queues
            .values()
            .map(|q| QueueStats {
                queue_id: q.queue.id.clone(),
                name: q.queue.name.clone(),
                waiting: q.queue.wait_queuecall_ids.len(),
                in_service: q.queue.service_queuecall_ids.len(),
                incoming_today: q.today.incoming,
                serviced_today: q.today.serviced,
                abandoned_today: q.today.abandoned,
                total_incoming_count: q.queue.total_incoming_count,
                total_serviced_count: q.queue.total_serviced_count,
                total_abandoned_count: q.queue.total_abandoned_count,
            })
            .collect();
        let agents_busy = self.agents.values().filter(|a| a.on_call.is_some()).count();
        let agents_available = self
            .agents
            .values()
            .filter(|a| {
                a.on_call.is_none() && a.agent.status == voipbin_protocol::AgentStatus::Available
            })
            .count();
        SimStats {
            rate: self.rate(),
            events_published: self.counters.events,
            active_calls: self.sessions.len(),
            waiting_calls: queues.iter().map(|q| q.waiting).sum(),
            calls_in_service: queues.iter().map(|q| q.in_service).sum(),
            calls_started: self.counters.calls_started,
            calls_ended: self.counters.calls_ended,
            incoming_today: self.counters.incoming_today,
            serviced_today: self.counters.serviced_today,
            abandoned_today: self.counters.abandoned_today,
            agents_available,
            agents_busy,
            sms_threads_started: self.counters.sms_threads,
            conferences_started: self.counters.conferences,
            transfers: self.counters.transfers,
            queues,
        }
    }

    /// The simulation's own view, for tests that compare what a client shows against the
    /// truth: live calls with their stage and agent, queues with their lists, agents with
    /// their status and call, and the stats. Ordered (creation order), so it diffs cleanly.
    pub fn truth(&self) -> serde_json::Value {
        let calls: Vec<serde_json::Value> = self
            .calls
            .ids()
            .filter_map(|id| self.sessions.get(id))
            .map(|s| {
                json!({
                    "call_id": s.call_id,
                    "caller": s.caller_number,
                    "status": self.calls.get(&s.call_id).map(|c| c.status.as_str().to_owned()),
                    "stage": stage_name(&s.stage),
                    "queue_id": s.queue_id,
                    "queuecall_id": s.queuecall_id,
                    "agent_id": s.agent_id(),
                    "leg_id": s.leg_id,
                    "consult_leg_id": s.consult.as_ref().map(|c| c.leg_id.clone()),
                    "transcribe_id": s.transcribe_id,
                    "held": s.held,
                })
            })
            .collect();
        let queues: Vec<serde_json::Value> = self
            .queues
            .values()
            .map(|q| {
                json!({
                    "id": q.queue.id,
                    "name": q.queue.name,
                    "agent_ids": q.agent_ids,
                    "wait_queuecall_ids": q.queue.wait_queuecall_ids,
                    "service_queuecall_ids": q.queue.service_queuecall_ids,
                    "total_incoming_count": q.queue.total_incoming_count,
                    "total_serviced_count": q.queue.total_serviced_count,
                    "total_abandoned_count": q.queue.total_abandoned_count,
                })
            })
            .collect();
        let agents: Vec<serde_json::Value> = self
            .agents
            .values()
            .map(|a| {
                json!({
                    "id": a.agent.id,
                    "username": a.agent.username,
                    "status": a.agent.status.as_str(),
                    "on_call": a.on_call,
                    "manual": a.manual,
                    "queue_ids": a.queue_ids,
                })
            })
            .collect();
        json!({
            "customer_id": self.customer.id,
            "seed": self.seed,
            "now_ms": self.now_ms,
            "rate": self.rate(),
            "calls": calls,
            "queues": queues,
            "agents": agents,
            "stats": self.stats(),
            "pacer": {
                "free": self.pacer.free(),
                "committed": self.pacer.committed(),
                "open_lives": self.pacer.open_lives(),
                "scheduled_jobs": self.jobs.len(),
            },
        })
    }
}

fn stage_name(stage: &Stage) -> &'static str {
    match stage {
        Stage::Ringing => "ringing",
        Stage::Greeting => "greeting",
        Stage::Waiting => "waiting",
        Stage::Connecting { .. } => "connecting",
        Stage::Service { .. } => "service",
        Stage::Handoff {
            answered: false, ..
        } => "transferring",
        Stage::Handoff { .. } => "transferred",
        Stage::Exiting => "exiting",
    }
}
