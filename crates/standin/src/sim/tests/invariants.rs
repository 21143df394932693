//! The contact center's invariants, checked against the simulation's internals.

use std::collections::{HashMap, HashSet};

use voipbin_protocol::{AgentStatus, CallStatus, QueuecallStatus};

use crate::sim::state::Stage;
use crate::sim::Sim;

/// Checks everything about live work (cheap enough for every tick).
pub fn check(sim: &Sim) -> Result<(), String> {
    queues_are_consistent(sim)?;
    sessions_match_queues(sim)?;
    agents_hold_one_call(sim)?;
    legs_belong_to_live_sessions(sim)?;
    if sim.pacer.committed() < 0 {
        return Err(format!("pacer committed {} < 0", sim.pacer.committed()));
    }
    Ok(())
}

/// No queuecall is in two lists (of one queue or of two queues); list members have the
/// status their list means; totals add up.
fn queues_are_consistent(sim: &Sim) -> Result<(), String> {
    let mut seen = HashSet::new();
    for entry in sim.queues.values() {
        let q = &entry.queue;
        for id in &q.wait_queuecall_ids {
            if !seen.insert(id.clone()) {
                return Err(format!("queuecall {id} listed twice"));
            }
            let qc = sim
                .queuecalls
                .get(id)
                .ok_or(format!("waiting {id} unknown"))?;
            if !matches!(
                qc.status,
                QueuecallStatus::Waiting | QueuecallStatus::Connecting
            ) {
                return Err(format!("{id} in wait list with status {}", qc.status));
            }
        }
        for id in &q.service_queuecall_ids {
            if !seen.insert(id.clone()) {
                return Err(format!("queuecall {id} listed twice"));
            }
            let qc = sim
                .queuecalls
                .get(id)
                .ok_or(format!("serviced {id} unknown"))?;
            if qc.status != QueuecallStatus::Service {
                return Err(format!("{id} in service list with status {}", qc.status));
            }
            if qc.service_agent_id.is_empty() {
                return Err(format!("{id} in service without an agent"));
            }
        }
        let listed = (q.wait_queuecall_ids.len() + q.service_queuecall_ids.len()) as i64;
        let accounted = listed + q.total_serviced_count + q.total_abandoned_count;
        if q.total_incoming_count != accounted {
            return Err(format!(
                "queue {}: incoming {} != waiting+service {} + serviced {} + abandoned {}",
                q.name,
                q.total_incoming_count,
                listed,
                q.total_serviced_count,
                q.total_abandoned_count
            ));
        }
    }
    Ok(())
}

/// [`check`], plus: every queuecall outside the lists is finished (scans the history too).
pub fn check_all(sim: &Sim) -> Result<(), String> {
    check(sim)?;
    for entry in sim.queues.values() {
        let q = &entry.queue;
        for qc in sim.queuecalls.values() {
            let listed =
                q.wait_queuecall_ids.contains(&qc.id) || q.service_queuecall_ids.contains(&qc.id);
            if listed {
                continue;
            }
            let finished = matches!(
                qc.status,
                QueuecallStatus::Done | QueuecallStatus::Abandoned
            );
            let live_elsewhere = sim
                .sessions
                .get(&qc.reference_id)
                .is_some_and(|s| s.queue_id != q.id);
            if !finished && !live_elsewhere {
                return Err(format!(
                    "queuecall {} is {} but in no list",
                    qc.id, qc.status
                ));
            }
        }
    }
    Ok(())
}

/// A session's queuecall is in exactly the list its stage says, in its own queue.
fn sessions_match_queues(sim: &Sim) -> Result<(), String> {
    for s in sim.sessions.values() {
        let call = sim
            .calls
            .get(&s.call_id)
            .ok_or(format!("session {} has no call", s.call_id))?;
        if call.status == CallStatus::Hangup {
            return Err(format!("live session {} has a hung-up call", s.call_id));
        }
        let Some(qc_id) = &s.queuecall_id else {
            if matches!(
                s.stage,
                Stage::Waiting | Stage::Connecting { .. } | Stage::Service { .. }
            ) {
                return Err(format!(
                    "session {} in {:?} without queuecall",
                    s.call_id, s.stage
                ));
            }
            continue;
        };
        let queue = &sim
            .queues
            .get(&s.queue_id)
            .ok_or("session queue unknown")?
            .queue;
        let waiting = queue.wait_queuecall_ids.contains(qc_id);
        let serviced = queue.service_queuecall_ids.contains(qc_id);
        let (want_wait, want_service) = match &s.stage {
            Stage::Waiting | Stage::Connecting { .. } => (true, false),
            Stage::Service { .. } => (false, true),
            _ => (false, false),
        };
        if (waiting, serviced) != (want_wait, want_service) {
            return Err(format!(
                "session {} stage {:?}: in wait list {waiting}, in service list {serviced}",
                s.call_id, s.stage
            ));
        }
        if let Stage::Service { agent_id } = &s.stage {
            let qc = sim.queuecalls.get(qc_id).ok_or("queuecall unknown")?;
            if qc.service_agent_id != *agent_id {
                return Err(format!(
                    "queuecall {qc_id} agent differs from the session's"
                ));
            }
        }
    }
    Ok(())
}

/// Every agent is on at most one call, and on_call and the sessions agree. A simulated agent
/// serving a call shows busy. Nothing is required of an agent without a call: VoIPBIN leaves
/// it as the call left it (ringing after an unanswered ring, busy after a served call;
/// bin-agent-manager/pkg/agenthandler/event.go), until its desk or its wrap-up resets it.
fn agents_hold_one_call(sim: &Sim) -> Result<(), String> {
    let mut holders: HashMap<&str, Vec<&str>> = HashMap::new();
    for s in sim.sessions.values() {
        match &s.stage {
            Stage::Connecting { rung } => {
                for r in rung.iter().filter(|r| r.leg_id.is_some()) {
                    holders.entry(&r.agent_id).or_default().push(&s.call_id);
                }
            }
            _ => {
                if let Some(agent) = s.agent_id() {
                    holders.entry(agent).or_default().push(&s.call_id);
                }
            }
        }
        if let Some(agent) = s.consult.as_ref().and_then(|c| c.agent_id.as_deref()) {
            holders.entry(agent).or_default().push(&s.call_id);
        }
        if let Stage::Service { agent_id } = &s.stage {
            let entry = sim.agents.get(agent_id).ok_or("agent unknown")?;
            if !entry.manual && entry.agent.status != AgentStatus::Busy {
                return Err(format!(
                    "simulated agent {agent_id} serving a call shows {}",
                    entry.agent.status
                ));
            }
        }
    }
    for (agent, calls) in &holders {
        if calls.len() > 1 {
            return Err(format!("agent {agent} holds {} calls", calls.len()));
        }
        let entry = sim.agents.get(agent).ok_or("agent unknown")?;
        if entry.on_call.as_deref() != calls.first().copied() {
            return Err(format!(
                "agent {agent} on_call {:?} but held by {calls:?}",
                entry.on_call
            ));
        }
    }
    for entry in sim.agents.values() {
        let id = entry.agent.id.as_str();
        if entry.on_call.is_some() && !holders.contains_key(id) {
            return Err(format!(
                "agent {id} on_call {:?} but no session holds it",
                entry.on_call
            ));
        }
    }
    Ok(())
}

fn legs_belong_to_live_sessions(sim: &Sim) -> Result<(), String> {
    for s in sim.sessions.values() {
        let rung = match &s.stage {
            Stage::Connecting { rung } => rung.iter().filter_map(|r| r.leg_id.as_ref()).collect(),
            _ => Vec::new(),
        };
        let consult = s.consult.as_ref().map(|c| &c.leg_id);
        for leg in s.leg_id.iter().chain(consult).chain(rung) {
            if sim.legs.get(leg) != Some(&s.call_id) {
                return Err(format!("leg {leg} of {} not indexed", s.call_id));
            }
            let status = &sim.calls.get(leg).ok_or("leg unknown")?.status;
            if *status == CallStatus::Hangup {
                return Err(format!("live leg {leg} is hung up"));
            }
        }
    }
    for (leg, session) in &sim.legs {
        if !sim.sessions.contains_key(session) {
            return Err(format!("leg {leg} points at ended session {session}"));
        }
    }
    Ok(())
}
