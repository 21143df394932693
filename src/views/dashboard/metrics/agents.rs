//! The agents board: every agent in name order with its current call.

use super::{instant, is_active, CallLinks};
use crate::format;
use crate::msg;
use crate::store::Store;
use rustc_hash::FxHashMap;
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
/// one's current call.
pub fn agent_page(store: &Store, filter: AgentFilter, limit: usize) -> AgentPage {
    // Names looked up once, not in every comparison.
    let mut matched: Vec<(&str, &Agent)> = store
        .agents
        .values()
        .filter(|a| filter.accepts(&a.status))
        .map(|a| (display_name(a), a))
        .collect();
    let matching = matched.len();
    matched.sort_by(|(name_a, a), (name_b, b)| name_a.cmp(name_b).then_with(|| a.id.cmp(&b.id)));
    matched.truncate(limit);
    let calls = calls_by_agent(store);
    let hangups = last_hangups(store);
    let rows: Vec<AgentRow> = matched
        .into_iter()
        .map(|(name, a)| {
            let since_ms = instant(&a.tm_update);
            let hangup = hangups.get(a.id.as_str()).copied();
            AgentRow {
                id: a.id.clone(),
                name: name.to_string(),
                status: a.status.clone(),
                since_ms,
                call: calls.get(a.id.as_str()).map(|c| AgentCall {
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

/// Each agent's current call: the customer call it serves (its source is the caller), else
/// the leg ringing it (a leg copies the caller as its source too).
pub fn calls_by_agent(store: &Store) -> FxHashMap<&str, &Call> {
    let links = CallLinks::new(store);
    let mut map: FxHashMap<&str, &Call> = FxHashMap::default();
    for call in store.calls.values().filter(|c| is_active(c)) {
        let agent = links.agent_id(call);
        if agent.is_empty() {
            continue;
        }
        let better = match map.get(agent) {
            None => true,
            Some(held) => call_rank(call) > call_rank(held),
        };
        if better {
            map.insert(agent, call);
        }
    }
    map
}

/// When each agent's latest ended call hung up, among the calls this desk holds.
fn last_hangups(store: &Store) -> FxHashMap<&str, i64> {
    let links = CallLinks::new(store);
    let mut hangups: FxHashMap<&str, i64> = FxHashMap::default();
    for call in store.calls.values().filter(|c| !is_active(c)) {
        let agent = links.agent_id(call);
        let ended = instant(&call.tm_hangup).or_else(|| instant(&call.tm_update));
        if let (false, Some(t)) = (agent.is_empty(), ended) {
            let held = hangups.entry(agent).or_insert(t);
            *held = (*held).max(t);
        }
    }
    hangups
}

/// Which of an agent's calls to show: the customer call over a leg, then the lowest id.
pub fn call_rank(c: &Call) -> (bool, Reverse<&str>) {
    (c.master_call_id.is_empty(), Reverse(c.id.as_str()))
}
