//! Callers placed on request (`POST /v1.0/sim/calls`), so a test or a bench need not wait for
//! traffic. A placed call lives like any other (call created, the flow answers and greets, it
//! joins the queue, is routed, rung, served) but each step before the queue takes
//! [`PLACED_STEP_MS`], and it never hangs up before the flow answers. A caller pinned to an
//! agent is routed only to that agent, whenever the agent is free; one pinned to several
//! agents rings all of them that are free at once (a ring-all group call). Pinned callers wait
//! up to [`PINNED_PATIENCE_MS`] (also past a shorter queue wait_timeout).

use serde::Serialize;
use voipbin_protocol::EventType;

use super::jobs::Step;
use super::state::Stage;
use super::{Published, Sim, SimError};

/// Each step from arrival to the queue: short, so a free pinned agent rings well within a second.
const PLACED_STEP_MS: i64 = 100;
/// How long a pinned caller waits for its agent.
pub const PINNED_PATIENCE_MS: i64 = 600_000;

/// What `POST /v1.0/sim/calls` asks for: a queue, one agent, or agents rung all at once.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PlaceRequest {
    pub to_agent: Option<String>,
    pub to_agents: Vec<String>,
    pub queue_id: Option<String>,
    /// The caller's number (E.164); a simulated one when absent.
    pub from: Option<String>,
    /// Whether the flow opens a case for this caller; the configured share when absent.
    pub case: Option<bool>,
}

/// What `POST /v1.0/sim/calls` answers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PlacedCall {
    pub call_id: String,
    pub queue_id: String,
    pub to_agent: Option<String>,
    pub to_agents: Vec<String>,
    pub from: String,
    /// The case the flow's `case_create` opens for this caller (it exists once the flow ran,
    /// a few hundred ms on); None when it opens none.
    pub case_id: Option<String>,
}

/// Placed sessions still alive, oldest first (a Vec: routing must not depend on hash order).
#[derive(Default)]
pub struct PlacedCallers {
    entries: Vec<Placed>,
}

struct Placed {
    session_id: String,
    /// The agents rung for this caller, all at once; empty for a caller routed by its queue.
    pinned_agents: Vec<String>,
}

impl Sim {
    /// Places a caller now: to `queue_id`, or pinned to `to_agent` (in `queue_id` when given,
    /// which the agent must serve; else the first queue the agent serves), or to `to_agents`
    /// (in `queue_id`, else the first queue of the first of them). `case` overrides the
    /// configured share of flows that open a case.
    pub fn place_call(
        &mut self,
        request: PlaceRequest,
        now_ms: i64,
    ) -> Result<(PlacedCall, Vec<Published>), SimError> {
        self.clock_ms = now_ms.max(self.now_ms);
        if let Some(from) = &request.from {
            check_e164(from)?;
        }
        let mut to_agents: Vec<String> = Vec::new();
        for agent_id in &request.to_agents {
            if !self.agents.contains(agent_id) {
                return Err(SimError::BadRequest(format!("unknown agent {agent_id:?}")));
            }
            if !to_agents.contains(agent_id) {
                to_agents.push(agent_id.clone());
            }
        }
        let queue_id = match (&request.to_agent, to_agents.first()) {
            (Some(_), Some(_)) => {
                return Err(SimError::BadRequest(
                    "name to_agent or to_agents, not both".to_owned(),
                ))
            }
            (None, Some(first)) => {
                self.placed_queue(Some(first), request.queue_id.as_deref(), false)?
            }
            (to_agent, None) => {
                self.placed_queue(to_agent.as_deref(), request.queue_id.as_deref(), true)?
            }
        };
        let call_id = self.open_placed_call(&queue_id, request.from.as_deref());
        let case_id = match request.case {
            Some(wanted) => self.set_case_plan(&call_id, wanted),
            None => self.planned_case(&call_id),
        };
        let pinned_agents = match &request.to_agent {
            Some(agent_id) => vec![agent_id.clone()],
            None => to_agents.clone(),
        };
        self.placed.entries.push(Placed {
            session_id: call_id.clone(),
            pinned_agents,
        });
        let from = self
            .calls
            .get(&call_id)
            .map(|c| c.source.target.clone())
            .unwrap_or_default();
        let placed = PlacedCall {
            call_id,
            queue_id,
            to_agent: request.to_agent,
            to_agents,
            from,
            case_id,
        };
        Ok((placed, std::mem::take(&mut self.out)))
    }

    /// The queue the caller joins. `must_serve`: the agent must serve a given queue (a caller
    /// pinned to one agent is that agent's queue call; a ring-all group is not a queue's).
    fn placed_queue(
        &self,
        to_agent: Option<&str>,
        queue_id: Option<&str>,
        must_serve: bool,
    ) -> Result<String, SimError> {
        if let Some(queue_id) = queue_id {
            if self.queues.get(queue_id).is_none() {
                return Err(SimError::BadRequest(format!("unknown queue {queue_id:?}")));
            }
        }
        let Some(agent_id) = to_agent else {
            return queue_id.map(str::to_owned).ok_or_else(|| {
                SimError::BadRequest("name to_agent, to_agents or queue_id".to_owned())
            });
        };
        let entry = self
            .agents
            .get(agent_id)
            .ok_or_else(|| SimError::BadRequest(format!("unknown agent {agent_id:?}")))?;
        match queue_id {
            Some(q) if !must_serve || entry.queue_ids.iter().any(|served| served == q) => {
                Ok(q.to_owned())
            }
            Some(q) => Err(SimError::BadRequest(format!(
                "agent {agent_id:?} does not serve queue {q:?}"
            ))),
            None => entry.queue_ids.first().cloned().ok_or_else(|| {
                SimError::InvalidState(format!("agent {agent_id:?} serves no queue"))
            }),
        }
    }

    /// The customer call and its session, ringing the queue's number (as `start_call`, with
    /// the queue chosen).
    fn open_placed_call(&mut self, queue_id: &str, from: Option<&str>) -> String {
        let call_id = self.open_customer_call(queue_id, from);
        self.within(&call_id.clone(), |sim| {
            sim.emit_call(&call_id, EventType::CallCreated);
            sim.schedule_step(&call_id, PLACED_STEP_MS, Step::FlowAnswer);
        });
        call_id
    }

    pub(super) fn is_placed(&self, session_id: &str) -> bool {
        self.placed
            .entries
            .iter()
            .any(|p| p.session_id == session_id)
    }

    fn pinned_agents(&self, session_id: &str) -> &[String] {
        self.placed
            .entries
            .iter()
            .find(|p| p.session_id == session_id)
            .map_or(&[], |p| p.pinned_agents.as_slice())
    }

    pub(super) fn is_pinned(&self, session_id: &str) -> bool {
        !self.pinned_agents(session_id).is_empty()
    }

    /// A delay before the queue: [`PLACED_STEP_MS`] for placed calls, else drawn in `[lo, hi]`.
    pub(super) fn step_delay(&mut self, session_id: &str, lo: i64, hi: i64) -> i64 {
        if self.is_placed(session_id) {
            PLACED_STEP_MS
        } else {
            self.rng.between(lo, hi)
        }
    }

    /// Pinned callers wait for their agent (caller patience and queue timeout alike).
    pub(super) fn pinned_patience(&self, session_id: &str) -> Option<i64> {
        self.is_pinned(session_id).then_some(PINNED_PATIENCE_MS)
    }

    /// Rings each waiting pinned caller's agents that are free (before general routing, so a
    /// free pinned agent is not taken by another caller first). Forgets ended sessions.
    pub(super) fn route_pinned(&mut self) {
        let sessions = &self.sessions;
        self.placed
            .entries
            .retain(|p| sessions.contains_key(&p.session_id));
        let pinned: Vec<(String, Vec<String>)> = self
            .placed
            .entries
            .iter()
            .filter(|p| !p.pinned_agents.is_empty())
            .map(|p| (p.session_id.clone(), p.pinned_agents.clone()))
            .collect();
        for (session_id, agents) in pinned {
            let Some(session) = self.sessions.get(&session_id) else {
                continue;
            };
            if session.stage != Stage::Waiting {
                continue;
            }
            let queue_id = session.queue_id.clone();
            let mut free: Vec<String> = agents.into_iter().filter(|a| self.is_free(a)).collect();
            self.without_decliners(&session_id, &mut free);
            if free.is_empty() {
                continue;
            }
            if let Some(entry) = self.queues.get_mut(&queue_id) {
                entry.routable.retain(|s| *s != session_id);
            }
            self.within(&session_id.clone(), |sim| {
                sim.ring_agents(&session_id, &free)
            });
        }
    }
}

/// A phone number as VoIPBIN writes one: `+` and 8 to 15 digits.
fn check_e164(number: &str) -> Result<(), SimError> {
    let digits = number.strip_prefix('+').unwrap_or("");
    if (8..=15).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit()) {
        Ok(())
    } else {
        Err(SimError::BadRequest(format!(
            "from {number:?} is not an E.164 number (+ and 8 to 15 digits)"
        )))
    }
}
