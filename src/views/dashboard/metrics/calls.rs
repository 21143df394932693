//! The active calls table: filter, total sort order, cut, and the agent and queue of each call.

use super::{cmp_time, is_active, is_waiting, known};
use crate::format;
use crate::msg;
use crate::store::Store;
use rustc_hash::FxHashMap;
use std::cell::OnceCell;
use std::cmp::Ordering;
use voipbin_protocol::{Call, CallStatus, Direction, Queuecall, QueuecallStatus};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CallSort {
    /// Longest first when descending.
    #[default]
    Duration,
    Direction,
    From,
    To,
    Status,
    Agent,
    Queue,
}

impl CallSort {
    pub const ALL: [CallSort; 7] = [
        CallSort::Direction,
        CallSort::From,
        CallSort::To,
        CallSort::Status,
        CallSort::Duration,
        CallSort::Agent,
        CallSort::Queue,
    ];

    /// The column's message id.
    pub fn label(self) -> crate::i18n::Msg {
        match self {
            CallSort::Duration => msg!("dash-col-duration"),
            CallSort::Direction => msg!("dash-col-direction"),
            CallSort::From => msg!("dash-col-from"),
            CallSort::To => msg!("dash-col-to"),
            CallSort::Status => msg!("dash-col-status"),
            CallSort::Agent => msg!("dash-col-agent"),
            CallSort::Queue => msg!("dash-col-queue"),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CallQuery {
    /// Matched case-insensitively against from, to, agent and queue.
    pub text: String,
    pub status: Option<CallStatus>,
    pub direction: Option<Direction>,
    pub sort: CallSort,
    pub descending: bool,
    pub limit: usize,
}

impl Default for CallQuery {
    fn default() -> Self {
        CallQuery {
            text: String::new(),
            status: None,
            direction: None,
            sort: CallSort::Duration,
            descending: true,
            limit: 50,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CallRow {
    pub id: String,
    pub direction: Direction,
    pub from: String,
    pub to: String,
    pub status: CallStatus,
    pub created_ms: Option<i64>,
    pub agent: String,
    pub queue: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CallPage {
    pub rows: Vec<CallRow>,
    /// Active calls matching the filter (rows holds at most `limit` of them).
    pub matching: usize,
    pub active: usize,
}

/// Lookups shared by the calls table and the agents board. A call's queue calls come from the
/// store's index; the queues' lists are read only if a queue call lacks a known queue id.
pub struct CallLinks<'a> {
    store: &'a Store,
    /// Queue call id -> queue name, from the queues' wait and service lists (the deployed queue
    /// call has no queue id).
    listed_queue: OnceCell<FxHashMap<&'a str, &'a str>>,
}

impl<'a> CallLinks<'a> {
    pub fn new(store: &'a Store) -> Self {
        CallLinks {
            store,
            listed_queue: OnceCell::new(),
        }
    }

    /// The call's queue call. A call queued twice (transferred back): the live one wins.
    fn queuecall(&self, call: &Call) -> Option<&'a Queuecall> {
        let mut found: Option<&Queuecall> = None;
        for qc in self.store.queuecalls.group(self.root(call)) {
            if is_waiting_or_served(qc) || !found.is_some_and(is_waiting_or_served) {
                found = Some(qc);
            }
        }
        found
    }

    /// The customer call a leg belongs to (itself for a customer call).
    pub fn root<'c>(&self, call: &'c Call) -> &'c str {
        if call.master_call_id.is_empty() {
            &call.id
        } else {
            &call.master_call_id
        }
    }

    /// The agent (id) and the queue (name) of a call, from one lookup of its queue call.
    pub fn agent_and_queue(&self, call: &'a Call) -> (&'a str, &'a str) {
        let queuecall = self.queuecall(call);
        let agent = owner_agent(call).unwrap_or_else(|| served_by(queuecall));
        (agent, queuecall.map_or("", |qc| self.queue_name(qc)))
    }

    pub fn agent_id(&self, call: &'a Call) -> &'a str {
        owner_agent(call).unwrap_or_else(|| served_by(self.queuecall(call)))
    }

    fn queue_name(&self, qc: &Queuecall) -> &'a str {
        if let Some(queue) = self.store.queues.get(&qc.queue_id) {
            return &queue.name;
        }
        let listed = self.listed_queue.get_or_init(|| {
            let mut listed = FxHashMap::default();
            for q in self.store.queues.values() {
                for id in q.wait_queuecall_ids.iter().chain(&q.service_queuecall_ids) {
                    listed.insert(id.as_str(), q.name.as_str());
                }
            }
            listed
        });
        listed.get(qc.id.as_str()).copied().unwrap_or("")
    }
}

/// The agent a call belongs to, when VoIPBIN says so (an agent's own leg).
fn owner_agent(call: &Call) -> Option<&str> {
    let by_agent = call.owner_type == "agent" || call.owner_type.is_empty();
    (!call.owner_id.is_empty() && by_agent).then_some(call.owner_id.as_str())
}

/// The agent answering (or being rung for) a queue call.
fn served_by(queuecall: Option<&Queuecall>) -> &str {
    queuecall
        .filter(|qc| is_waiting_or_served(qc))
        .map_or("", |qc| qc.service_agent_id.as_str())
}

pub fn is_waiting_or_served(qc: &Queuecall) -> bool {
    is_waiting(qc) || qc.status == QueuecallStatus::Service
}

pub fn agent_name<'a>(store: &'a Store, id: &str) -> &'a str {
    match store.agents.get(id) {
        Some(a) if !a.name.trim().is_empty() => &a.name,
        Some(a) => &a.username,
        None => "",
    }
}

/// The active calls matching `query`, sorted (ties broken by id, so equal rows never swap) and
/// cut at `query.limit`. Only the rows shown are built; the rest are compared in place.
pub fn call_page<'a>(store: &'a Store, query: &CallQuery) -> CallPage {
    struct Cand<'a> {
        call: &'a Call,
        created: Option<i64>,
        agent: &'a str,
        queue: &'a str,
    }
    let links = CallLinks::new(store);
    let needle = query.text.trim().to_lowercase();
    // Agent and queue cost two lookups per call: for every call only when the filter or the
    // sort reads them, else for the rows shown.
    let every_call_linked =
        !needle.is_empty() || matches!(query.sort, CallSort::Agent | CallSort::Queue);
    let agent_and_queue = |call: &'a Call| {
        let (agent, queue) = links.agent_and_queue(call);
        (agent_name(store, agent), queue)
    };
    let mut active = 0;
    let mut cands: Vec<Cand> = Vec::new();
    for (call, created) in store.calls.values_created().filter(|(c, _)| is_active(c)) {
        active += 1;
        if query.status.as_ref().is_some_and(|s| *s != call.status)
            || query
                .direction
                .as_ref()
                .is_some_and(|d| *d != call.direction)
        {
            continue;
        }
        let (agent, queue) = if every_call_linked {
            agent_and_queue(call)
        } else {
            ("", "")
        };
        if !needle.is_empty() {
            let fields = [
                call.source.target.as_str(),
                call.source.target_name.as_str(),
                call.destination.target.as_str(),
                call.destination.target_name.as_str(),
                agent,
                queue,
            ];
            if !fields.iter().any(|f| contains_ignoring_case(f, &needle)) {
                continue;
            }
        }
        cands.push(Cand {
            call,
            created: known(created),
            agent,
            queue,
        });
    }
    let by = |a: &Cand, b: &Cand| -> Ordering {
        match query.sort {
            // Descending duration = oldest first = earliest creation first.
            CallSort::Duration => cmp_time(b.created, a.created),
            CallSort::Direction => a.call.direction.as_str().cmp(b.call.direction.as_str()),
            CallSort::From => party_key(&a.call.source).cmp(&party_key(&b.call.source)),
            CallSort::To => party_key(&a.call.destination).cmp(&party_key(&b.call.destination)),
            CallSort::Status => status_rank(&a.call.status).cmp(&status_rank(&b.call.status)),
            CallSort::Agent => a.agent.cmp(b.agent),
            CallSort::Queue => a.queue.cmp(b.queue),
        }
    };
    let matching = cands.len();
    let limit = query.limit.min(matching);
    let order = |a: &Cand, b: &Cand| {
        let o = by(a, b);
        let o = if query.descending { o.reverse() } else { o };
        o.then_with(|| a.call.id.cmp(&b.call.id))
    };
    if limit < matching && limit > 0 {
        cands.select_nth_unstable_by(limit - 1, order);
        cands.truncate(limit);
    }
    cands.truncate(limit);
    cands.sort_by(order);
    let rows: Vec<CallRow> = cands
        .into_iter()
        .map(|c| {
            let (agent, queue) = if every_call_linked {
                (c.agent, c.queue)
            } else {
                agent_and_queue(c.call)
            };
            CallRow {
                id: c.call.id.clone(),
                direction: c.call.direction.clone(),
                from: format::party(&c.call.source),
                to: format::party(&c.call.destination),
                status: c.call.status.clone(),
                created_ms: c.created,
                agent: agent.to_string(),
                queue: queue.to_string(),
            }
        })
        .collect();
    CallPage {
        rows,
        matching,
        active,
    }
}

pub fn party_key(a: &voipbin_protocol::Address) -> (&str, &str) {
    (a.target_name.as_str(), a.target.as_str())
}

/// A call's life order: dialing, ringing, up, ending.
pub fn status_rank(status: &CallStatus) -> (u8, &str) {
    let rank = match status {
        CallStatus::Dialing => 0,
        CallStatus::Ringing => 1,
        CallStatus::Progressing => 2,
        CallStatus::Terminating => 3,
        CallStatus::Canceling => 4,
        CallStatus::Hangup => 5,
        CallStatus::Other(_) => 6,
    };
    (rank, status.as_str())
}

/// `needle` must already be lowercase. ASCII case folding without allocating per row.
pub fn contains_ignoring_case(haystack: &str, needle: &str) -> bool {
    if needle.is_empty() {
        return true;
    }
    if needle.is_ascii() {
        let (h, n) = (haystack.as_bytes(), needle.as_bytes());
        return h.len() >= n.len()
            && h.windows(n.len())
                .any(|w| w.iter().zip(n).all(|(a, b)| a.to_ascii_lowercase() == *b));
    }
    haystack.to_lowercase().contains(needle)
}
