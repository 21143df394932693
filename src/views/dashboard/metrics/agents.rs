//! The agents board: every agent in name order with its current call.

use super::{instant, is_active, is_waiting_or_served, CallLinks};
use crate::format;
use crate::msg;
use crate::store::Store;
use std::cmp::Reverse;
use voipbin_protocol::{Agent, AgentStatus, Call, CallStatus};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum AgentFilter {
    #[default]
    All,
    Available,
    /// Busy or ringing.
    OnCall,
    Away,
    Offline,
}

impl AgentFilter {
    pub const ALL: [AgentFilter; 5] = [
        AgentFilter::All,
        AgentFilter::Available,
        AgentFilter::OnCall,
        AgentFilter::Away,
        AgentFilter::Offline,
    ];

    /// The chip's message id.
    pub fn label(self) -> crate::i18n::Msg {
        match self {
            AgentFilter::All => msg!("dash-filter-all"),
            AgentFilter::Available => msg!("dash-filter-available"),
            AgentFilter::OnCall => msg!("dash-filter-on-call"),
            AgentFilter::Away => msg!("dash-filter-away"),
            AgentFilter::Offline => msg!("dash-filter-offline"),
        }
    }

    pub fn accepts(self, status: &AgentStatus) -> bool {
        match self {
            AgentFilter::All => true,
            AgentFilter::Available => *status == AgentStatus::Available,
            AgentFilter::OnCall => matches!(status, AgentStatus::Busy | AgentStatus::Ringing),
            AgentFilter::Away => *status == AgentStatus::Away,
            AgentFilter::Offline => *status == AgentStatus::Offline,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AgentRow {
    pub id: String,
    pub name: String,
    pub status: AgentStatus,
    /// When the agent's record last changed: the status change, in practice.
    pub since_ms: Option<i64>,
    pub call: Option<AgentCall>,
    /// Since when the agent has had no live call: the later of the status change and the
    /// hangup of its last call this desk holds.
    pub free_since_ms: Option<i64>,
}

/// An agent left `busy` with no live call for longer than this is flagged: VoIPBIN never sets an
/// agent back to available after a call (bin-agent-manager/pkg/agenthandler/event.go sets busy on
/// groupcall_progressing; nothing resets it), and queues only route to available agents.
pub const STUCK_BUSY_MS: i64 = 60_000;

/// Whether `row` is busy with no call for over `STUCK_BUSY_MS` at `now_ms`.
pub fn is_stuck_busy(row: &AgentRow, now_ms: i64) -> bool {
    row.status == AgentStatus::Busy
        && row.call.is_none()
        && row
            .free_since_ms
            .is_some_and(|t| now_ms - t > STUCK_BUSY_MS)
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AgentCall {
    pub call_id: String,
    /// The other party: the caller.
    pub party: String,
    pub status: CallStatus,
    pub since_ms: Option<i64>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AgentPage {
    pub rows: Vec<AgentRow>,
    pub matching: usize,
}

/// Agents by name (a steady order: status changes recolour a card, never move it), with each
/// one's current call. Only the shown agents' calls are looked up (`served_calls`): with 5,000
/// calls, walking them all for every refresh was most of the board's cost.
pub fn agent_page(store: &Store, filter: AgentFilter, limit: usize) -> AgentPage {
    // Names looked up once, not in every comparison.
    let mut matched: Vec<(&str, &Agent)> = store
        .agents
        .values()
        .filter(|a| filter.accepts(&a.status))
        .map(|a| (display_name(a), a))
        .collect();
    let matching = matched.len();
    let order = |(name_a, a): &(&str, &Agent), (name_b, b): &(&str, &Agent)| {
        name_a.cmp(name_b).then_with(|| a.id.cmp(&b.id))
    };
    if limit > 0 && limit < matching {
        matched.select_nth_unstable_by(limit - 1, order);
    }
    matched.truncate(limit);
    matched.sort_by(order);
    let links = CallLinks::new(store);
    let rows: Vec<AgentRow> = matched
        .into_iter()
        .map(|(name, a)| {
            let since_ms = instant(&a.tm_update);
            let served = served_calls(store, &links, &a.id);
            let call = served
                .iter()
                .filter(|c| is_active(c))
                .max_by_key(|c| call_rank(c));
            let hangup = served
                .iter()
                .filter(|c| !is_active(c))
                .filter_map(|c| instant(&c.tm_hangup).or_else(|| instant(&c.tm_update)))
                .max();
            AgentRow {
                id: a.id.clone(),
                name: name.to_string(),
                status: a.status.clone(),
                since_ms,
                call: call.map(|c| AgentCall {
                    call_id: c.id.clone(),
                    party: format::party(&c.source),
                    status: c.status.clone(),
                    since_ms: instant(&c.tm_create),
                }),
                free_since_ms: since_ms.map(|t| hangup.map_or(t, |h| h.max(t))),
            }
        })
        .collect();
    AgentPage { rows, matching }
}

pub fn display_name(a: &Agent) -> &str {
    if a.name.trim().is_empty() {
        &a.username
    } else {
        &a.name
    }
}

/// Every call, live or ended, that `links` gives to `agent` (`CallLinks::agent_id`), by id.
/// Found through the store's indexes instead of a walk of every call: the calls the agent owns
/// (its legs), and for each queue call it answers or is rung for, the caller's call and that
/// call's legs. Each candidate is checked against `agent_id`, so both ways agree.
pub fn served_calls<'a>(store: &'a Store, links: &CallLinks<'a>, agent: &str) -> Vec<&'a Call> {
    let mut found: Vec<&Call> = store.calls.group(agent).collect();
    for qc in store
        .queuecalls
        .linked(agent)
        .filter(|qc| is_waiting_or_served(qc))
    {
        found.extend(store.calls.get(&qc.reference_id));
        found.extend(store.calls.linked(&qc.reference_id));
    }
    found.retain(|c| !agent.is_empty() && links.agent_id(c) == agent);
    found.sort_by(|a, b| a.id.cmp(&b.id));
    found.dedup_by(|a, b| a.id == b.id);
    found
}

/// Which of an agent's calls to show: the customer call over a leg, then the lowest id.
pub fn call_rank(c: &Call) -> (bool, Reverse<&str>) {
    (c.master_call_id.is_empty(), Reverse(c.id.as_str()))
}
