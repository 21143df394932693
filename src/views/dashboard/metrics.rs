//! Every number the dashboard shows, computed from the store. Pure (time is passed in, nothing
//! touches the DOM), so each figure is unit-tested natively, and each function walks its
//! collections once: the dashboard recomputes them several times a second with 1,000 calls.

use crate::format;
use crate::store::{History, Store, MINUTES_KEPT};
use std::cmp::{Ordering, Reverse};
use std::collections::{BinaryHeap, HashMap};
use voipbin_protocol::{
    ActiveflowStatus, Agent, AgentStatus, Call, CallStatus, ConferenceStatus, Direction, Queuecall,
    QueuecallStatus, RecordingStatus, TranscriptDirection,
};

const MINUTE_MS: i64 = 60_000;

/// A VoIPBIN timestamp as ms, or None when unset, unreadable or the "not yet" marker (9999-…).
pub fn instant(timestamp: &str) -> Option<i64> {
    if timestamp.starts_with("9999") {
        return None;
    }
    voipbin_protocol::parse_timestamp_ms(timestamp)
}

// ---------------------------------------------------------------------------------------------
// Tiles

/// Calls that have not hung up: every row of the active calls table.
pub fn active_calls(store: &Store) -> ActiveCalls {
    let mut active = ActiveCalls::default();
    for call in store.calls.values().filter(|c| is_active(c)) {
        active.total += 1;
        if !call.master_call_id.is_empty() {
            active.legs += 1;
        }
    }
    active
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ActiveCalls {
    pub total: usize,
    /// Of which legs of another call (the agent's side, transfers).
    pub legs: usize,
}

pub fn is_active(call: &Call) -> bool {
    call.status != CallStatus::Hangup
}

/// A caller still waiting for an agent: in the queue, or with an agent's phone ringing
/// (VoIPBIN keeps both in the queue's wait list).
pub fn is_waiting(qc: &Queuecall) -> bool {
    matches!(
        qc.status,
        QueuecallStatus::Initiating | QueuecallStatus::Waiting | QueuecallStatus::Connecting
    )
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Waiting {
    pub callers: usize,
    /// When the longest-waiting caller joined (ms); the tile ticks from it.
    pub oldest_since_ms: Option<i64>,
}

pub fn waiting(store: &Store) -> Waiting {
    let mut w = Waiting::default();
    for qc in store.queuecalls.values().filter(|qc| is_waiting(qc)) {
        w.callers += 1;
        if let Some(t) = instant(&qc.tm_create) {
            w.oldest_since_ms = Some(w.oldest_since_ms.map_or(t, |o| o.min(t)));
        }
    }
    w
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct AgentCounts {
    pub available: usize,
    pub busy: usize,
    pub ringing: usize,
    pub away: usize,
    pub offline: usize,
    /// No status or one this desk does not know.
    pub other: usize,
}

impl AgentCounts {
    /// Busy or ringing: taken by a call.
    pub fn occupied(&self) -> usize {
        self.busy + self.ringing
    }
}

pub fn agent_counts(store: &Store) -> AgentCounts {
    let mut c = AgentCounts::default();
    for agent in store.agents.values() {
        match agent.status {
            AgentStatus::Available => c.available += 1,
            AgentStatus::Busy => c.busy += 1,
            AgentStatus::Ringing => c.ringing += 1,
            AgentStatus::Away => c.away += 1,
            AgentStatus::Offline => c.offline += 1,
            _ => c.other += 1,
        }
    }
    c
}

/// The queues' own counters (VoIPBIN keeps them per queue; the dashboard sums them).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct QueueTotals {
    pub incoming: i64,
    pub serviced: i64,
    pub abandoned: i64,
}

pub fn queue_totals(store: &Store) -> QueueTotals {
    let mut t = QueueTotals::default();
    for q in store.queues.values() {
        t.incoming += q.total_incoming_count;
        t.serviced += q.total_serviced_count;
        t.abandoned += q.total_abandoned_count;
    }
    t
}

/// Share of answered callers who waited no longer than the threshold.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ServiceLevel {
    pub within: usize,
    pub answered: usize,
}

impl ServiceLevel {
    /// Whole percent, rounded down (never shows 100 % while one caller is outside), or None
    /// before anyone was answered.
    pub fn percent(&self) -> Option<u32> {
        (self.answered > 0).then(|| (self.within * 100 / self.answered) as u32)
    }
}

pub fn service_level(waits_ms: &[i64], threshold_ms: i64) -> ServiceLevel {
    ServiceLevel {
        within: waits_ms.iter().filter(|w| **w <= threshold_ms).count(),
        answered: waits_ms.len(),
    }
}

/// How long each recently answered caller waited. Two sources: the waits the store recorded
/// as it saw callers answered (since this page loaded), and the answered queue calls it holds
/// (live ones and the last few hundred finished, which includes what the server listed at
/// load). The larger sample wins: right after a reload that is the table, later the record.
pub fn answered_waits(store: &Store) -> Vec<i64> {
    let from_table: Vec<i64> = store
        .queuecalls
        .values()
        .filter_map(answered_wait)
        .collect();
    if store.answered_waits_ms.len() >= from_table.len() {
        store.answered_waits_ms.iter().copied().collect()
    } else {
        from_table
    }
}

fn answered_wait(qc: &Queuecall) -> Option<i64> {
    let answered = matches!(qc.status, QueuecallStatus::Service | QueuecallStatus::Done);
    let serviced = instant(&qc.tm_service);
    if !answered || serviced.is_none() && qc.duration_waiting <= 0 {
        return None;
    }
    if qc.duration_waiting > 0 {
        return Some(qc.duration_waiting);
    }
    match (instant(&qc.tm_create), serviced) {
        (Some(c), Some(s)) if s >= c => Some(s - c),
        _ => Some(0),
    }
}

// ---------------------------------------------------------------------------------------------
// Queues

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct QueueRow {
    pub id: String,
    pub name: String,
    pub waiting: usize,
    pub in_service: usize,
    pub incoming: i64,
    pub serviced: i64,
    pub abandoned: i64,
    pub oldest_since_ms: Option<i64>,
    /// The longest-waiting callers, oldest first (at most `callers_shown`).
    pub callers: Vec<WaitingCaller>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WaitingCaller {
    pub queuecall_id: String,
    pub caller: String,
    pub since_ms: Option<i64>,
    /// An agent's phone is ringing for this caller.
    pub connecting: bool,
}

/// One row per queue, by name (a steady order for a wall screen), with the queue's own lists
/// and counters and its longest-waiting callers.
pub fn queue_rows(store: &Store, callers_shown: usize) -> Vec<QueueRow> {
    let mut rows: Vec<QueueRow> = store
        .queues
        .values()
        .map(|q| {
            // Oldest first; only the callers shown get their names formatted.
            let mut waiting: Vec<(Option<i64>, &String, Option<&Queuecall>)> = q
                .wait_queuecall_ids
                .iter()
                .map(|id| {
                    let qc = store.queuecalls.get(id);
                    (qc.and_then(|qc| instant(&qc.tm_create)), id, qc)
                })
                .collect();
            let oldest_since_ms = waiting.iter().filter_map(|(t, _, _)| *t).min();
            let shown = callers_shown.min(waiting.len());
            let order = |a: &(Option<i64>, &String, Option<&Queuecall>),
                         b: &(Option<i64>, &String, Option<&Queuecall>)| {
                cmp_time(a.0, b.0).then_with(|| a.1.cmp(b.1))
            };
            if shown > 0 && shown < waiting.len() {
                waiting.select_nth_unstable_by(shown - 1, order);
            }
            waiting.truncate(shown);
            waiting.sort_by(order);
            let callers = waiting
                .into_iter()
                .map(|(since_ms, id, qc)| WaitingCaller {
                    queuecall_id: id.clone(),
                    caller: qc
                        .map(|qc| caller_of(qc, store))
                        .unwrap_or_else(|| "caller".into()),
                    since_ms,
                    connecting: qc.is_some_and(|qc| qc.status == QueuecallStatus::Connecting),
                })
                .collect();
            QueueRow {
                id: q.id.clone(),
                name: if q.name.trim().is_empty() {
                    short_id(&q.id)
                } else {
                    q.name.clone()
                },
                waiting: q.wait_queuecall_ids.len(),
                in_service: q.service_queuecall_ids.len(),
                incoming: q.total_incoming_count,
                serviced: q.total_serviced_count,
                abandoned: q.total_abandoned_count,
                oldest_since_ms,
                callers,
            }
        })
        .collect();
    rows.sort_by(|a, b| a.name.cmp(&b.name).then_with(|| a.id.cmp(&b.id)));
    rows
}

/// A waiting caller, briefly: the name, else the number (the chips are small).
fn caller_of(qc: &Queuecall, store: &Store) -> String {
    let source = if qc.source.target.is_empty() && qc.source.target_name.is_empty() {
        store.calls.get(&qc.reference_id).map(|c| &c.source)
    } else {
        Some(&qc.source)
    };
    let name = source.map(|s| s.target_name.trim()).unwrap_or_default();
    let number = source.map(|s| s.target.trim()).unwrap_or_default();
    match (name.is_empty(), number.is_empty()) {
        (false, _) => name.to_string(),
        (true, false) => number.to_string(),
        (true, true) => "caller".into(),
    }
}

/// Known times first, oldest first; unknown ones last.
fn cmp_time(a: Option<i64>, b: Option<i64>) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) => a.cmp(&b),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

fn short_id(id: &str) -> String {
    id.chars().take(8).collect()
}

// ---------------------------------------------------------------------------------------------
// Active calls

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

    pub fn label(self) -> &'static str {
        match self {
            CallSort::Duration => "Duration",
            CallSort::Direction => "Dir.",
            CallSort::From => "From",
            CallSort::To => "To",
            CallSort::Status => "Status",
            CallSort::Agent => "Agent",
            CallSort::Queue => "Queue",
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
    /// Row position by call id, for the keyed rows to find their data.
    pub index: HashMap<String, usize>,
    /// Active calls matching the filter (rows holds at most `limit` of them).
    pub matching: usize,
    pub active: usize,
}

impl CallPage {
    pub fn row(&self, id: &str) -> Option<&CallRow> {
        self.index.get(id).and_then(|i| self.rows.get(*i))
    }
}

/// Lookups shared by the calls table and the agents board, built in one pass each.
struct CallLinks<'a> {
    /// Customer call id -> its queue call.
    queuecall_of_call: HashMap<&'a str, &'a Queuecall>,
    /// Queue call id -> queue name (VoIPBIN's queue call has no queue id: the queues' lists say).
    queue_of_queuecall: HashMap<&'a str, &'a str>,
}

impl<'a> CallLinks<'a> {
    fn new(store: &'a Store) -> Self {
        let mut queue_of_queuecall = HashMap::new();
        for q in store.queues.values() {
            for id in q.wait_queuecall_ids.iter().chain(&q.service_queuecall_ids) {
                queue_of_queuecall.insert(id.as_str(), q.name.as_str());
            }
        }
        let mut queuecall_of_call: HashMap<&str, &Queuecall> = HashMap::new();
        for qc in store.queuecalls.values() {
            if !qc.queue_id.is_empty() {
                if let Some(q) = store.queues.get(&qc.queue_id) {
                    queue_of_queuecall.insert(qc.id.as_str(), q.name.as_str());
                }
            }
            // A call queued twice (transferred back): the live queue call wins.
            let keep = queuecall_of_call
                .get(qc.reference_id.as_str())
                .is_some_and(|held| is_waiting_or_served(held) && !is_waiting_or_served(qc));
            if !keep {
                queuecall_of_call.insert(qc.reference_id.as_str(), qc);
            }
        }
        CallLinks {
            queuecall_of_call,
            queue_of_queuecall,
        }
    }

    /// The customer call a leg belongs to (itself for a customer call).
    fn root<'c>(&self, call: &'c Call) -> &'c str {
        if call.master_call_id.is_empty() {
            &call.id
        } else {
            &call.master_call_id
        }
    }

    fn queue(&self, call: &Call) -> &'a str {
        self.queuecall_of_call
            .get(self.root(call))
            .and_then(|qc| self.queue_of_queuecall.get(qc.id.as_str()))
            .copied()
            .unwrap_or("")
    }

    fn agent_id<'c>(&self, call: &'c Call) -> &'c str
    where
        'a: 'c,
    {
        if !call.owner_id.is_empty() && (call.owner_type == "agent" || call.owner_type.is_empty()) {
            return &call.owner_id;
        }
        self.queuecall_of_call
            .get(self.root(call))
            .filter(|qc| is_waiting_or_served(qc))
            .map(|qc| qc.service_agent_id.as_str())
            .unwrap_or("")
    }
}

fn is_waiting_or_served(qc: &Queuecall) -> bool {
    is_waiting(qc) || qc.status == QueuecallStatus::Service
}

fn agent_name<'a>(store: &'a Store, id: &str) -> &'a str {
    match store.agents.get(id) {
        Some(a) if !a.name.trim().is_empty() => &a.name,
        Some(a) => &a.username,
        None => "",
    }
}

/// The active calls matching `query`, sorted (ties broken by id, so equal rows never swap) and
/// cut at `query.limit`. Only the rows shown are built; the rest are compared in place.
pub fn call_page(store: &Store, query: &CallQuery) -> CallPage {
    struct Cand<'a> {
        call: &'a Call,
        created: Option<i64>,
        agent: &'a str,
        queue: &'a str,
    }
    let links = CallLinks::new(store);
    let needle = query.text.trim().to_lowercase();
    let mut active = 0;
    let mut cands: Vec<Cand> = Vec::new();
    for call in store.calls.values().filter(|c| is_active(c)) {
        active += 1;
        if query.status.as_ref().is_some_and(|s| *s != call.status)
            || query
                .direction
                .as_ref()
                .is_some_and(|d| *d != call.direction)
        {
            continue;
        }
        let agent = agent_name(store, links.agent_id(call));
        let queue = links.queue(call);
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
            created: instant(&call.tm_create),
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
        .map(|c| CallRow {
            id: c.call.id.clone(),
            direction: c.call.direction.clone(),
            from: format::party(&c.call.source),
            to: format::party(&c.call.destination),
            status: c.call.status.clone(),
            created_ms: c.created,
            agent: c.agent.to_string(),
            queue: c.queue.to_string(),
        })
        .collect();
    let index = rows
        .iter()
        .enumerate()
        .map(|(i, r)| (r.id.clone(), i))
        .collect();
    CallPage {
        rows,
        index,
        matching,
        active,
    }
}

fn party_key(a: &voipbin_protocol::Address) -> (&str, &str) {
    (a.target_name.as_str(), a.target.as_str())
}

/// A call's life order: dialing, ringing, up, ending.
fn status_rank(status: &CallStatus) -> (u8, &str) {
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

// ---------------------------------------------------------------------------------------------
// Agents

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

    pub fn label(self) -> &'static str {
        match self {
            AgentFilter::All => "All",
            AgentFilter::Available => "Available",
            AgentFilter::OnCall => "On a call",
            AgentFilter::Away => "Away",
            AgentFilter::Offline => "Offline",
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
    pub index: HashMap<String, usize>,
    pub matching: usize,
}

impl AgentPage {
    pub fn row(&self, id: &str) -> Option<&AgentRow> {
        self.index.get(id).and_then(|i| self.rows.get(*i))
    }
}

/// Agents by name (a steady order: status changes recolour a card, never move it), with each
/// one's current call.
pub fn agent_page(store: &Store, filter: AgentFilter, limit: usize) -> AgentPage {
    let mut matched: Vec<&Agent> = store
        .agents
        .values()
        .filter(|a| filter.accepts(&a.status))
        .collect();
    let matching = matched.len();
    matched.sort_by(|a, b| {
        display_name(a)
            .cmp(display_name(b))
            .then_with(|| a.id.cmp(&b.id))
    });
    matched.truncate(limit);
    let calls = calls_by_agent(store);
    let rows: Vec<AgentRow> = matched
        .into_iter()
        .map(|a| AgentRow {
            id: a.id.clone(),
            name: display_name(a).to_string(),
            status: a.status.clone(),
            since_ms: instant(&a.tm_update),
            call: calls.get(a.id.as_str()).map(|c| AgentCall {
                call_id: c.id.clone(),
                party: format::party(&c.source),
                status: c.status.clone(),
                since_ms: instant(&c.tm_create),
            }),
        })
        .collect();
    let index = rows
        .iter()
        .enumerate()
        .map(|(i, r)| (r.id.clone(), i))
        .collect();
    AgentPage {
        rows,
        index,
        matching,
    }
}

fn display_name(a: &Agent) -> &str {
    if a.name.trim().is_empty() {
        &a.username
    } else {
        &a.name
    }
}

/// Each agent's current call: the customer call it serves (its source is the caller), else
/// the leg ringing it (a leg copies the caller as its source too).
fn calls_by_agent(store: &Store) -> HashMap<&str, &Call> {
    let links = CallLinks::new(store);
    let mut map: HashMap<&str, &Call> = HashMap::new();
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

/// Which of an agent's calls to show: the customer call over a leg, then the lowest id.
fn call_rank(c: &Call) -> (bool, Reverse<&str>) {
    (c.master_call_id.is_empty(), Reverse(c.id.as_str()))
}

// ---------------------------------------------------------------------------------------------
// Charts

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MinutePoint {
    pub minute_ms: i64,
    pub calls: u32,
    pub waiting_peak: u32,
}

/// The last hour, one point per minute ending with the current one; minutes with no record
/// are zero.
pub fn last_hour(history: &History, now_ms: i64) -> Vec<MinutePoint> {
    let current = now_ms - now_ms.rem_euclid(MINUTE_MS);
    let first = current - (MINUTES_KEPT as i64 - 1) * MINUTE_MS;
    let mut points: Vec<MinutePoint> = (0..MINUTES_KEPT as i64)
        .map(|i| MinutePoint {
            minute_ms: first + i * MINUTE_MS,
            ..MinutePoint::default()
        })
        .collect();
    for b in history.buckets() {
        if b.minute_ms < first || b.minute_ms > current {
            continue;
        }
        let slot = ((b.minute_ms - first) / MINUTE_MS) as usize;
        if let Some(p) = points.get_mut(slot) {
            p.calls += b.calls_created;
            p.waiting_peak = p.waiting_peak.max(b.waiting_peak);
        }
    }
    points
}

/// Upper bounds (exclusive, ms) of the wait histogram's bins; the last bin is open-ended.
pub const WAIT_BINS: [(i64, &str); 7] = [
    (15_000, "<15s"),
    (30_000, "15–30s"),
    (60_000, "30–60s"),
    (120_000, "1–2m"),
    (300_000, "2–5m"),
    (600_000, "5–10m"),
    (i64::MAX, "10m+"),
];

pub fn histogram(waits_ms: impl IntoIterator<Item = i64>) -> [usize; WAIT_BINS.len()] {
    let mut bins = [0; WAIT_BINS.len()];
    for w in waits_ms {
        let slot = WAIT_BINS
            .iter()
            .position(|(upper, _)| w < *upper)
            .unwrap_or(WAIT_BINS.len() - 1);
        if let Some(b) = bins.get_mut(slot) {
            *b += 1;
        }
    }
    bins
}

/// How long each caller waiting now has waited.
pub fn current_waits(store: &Store, now_ms: i64) -> Vec<i64> {
    store
        .queuecalls
        .values()
        .filter(|qc| is_waiting(qc))
        .filter_map(|qc| instant(&qc.tm_create))
        .map(|t| (now_ms - t).max(0))
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Feeds

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FeedLine {
    pub id: String,
    pub at_ms: Option<i64>,
    /// Who spoke: the caller's name or the agent's.
    pub speaker: String,
    pub from_caller: bool,
    pub message: String,
}

/// The newest `n` transcript lines across every call, newest first. Each call's lines are in
/// arrival order, so only their tails are looked at.
pub fn latest_transcripts(store: &Store, n: usize) -> Vec<FeedLine> {
    if n == 0 {
        return Vec::new();
    }
    // Min-heap of the best n by (time, id).
    let mut heap: BinaryHeap<Reverse<(i64, String, String)>> = BinaryHeap::new();
    for (transcribe_id, lines) in &store.transcripts {
        for line in lines.iter().rev().take(n) {
            let at = instant(&line.tm_transcript)
                .or_else(|| instant(&line.tm_create))
                .unwrap_or(0);
            if heap.len() == n
                && heap
                    .peek()
                    .is_some_and(|Reverse((t, id, _))| (at, &line.id) <= (*t, id))
            {
                // Older lines of this call are older still.
                break;
            }
            heap.push(Reverse((at, line.id.clone(), transcribe_id.clone())));
            if heap.len() > n {
                heap.pop();
            }
        }
    }
    let mut picked: Vec<(i64, String, String)> = heap.into_iter().map(|Reverse(x)| x).collect();
    picked.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| b.1.cmp(&a.1)));
    picked
        .into_iter()
        .filter_map(|(at, id, transcribe_id)| {
            let line = store
                .transcripts
                .get(&transcribe_id)?
                .iter()
                .rev()
                .find(|l| l.id == id)?;
            let from_caller = line.direction == TranscriptDirection::In;
            let call = store
                .transcribes
                .get(&transcribe_id)
                .and_then(|t| store.calls.get(&t.reference_id));
            let speaker = match (call, from_caller) {
                (Some(c), true) => format::party(&c.source),
                (Some(c), false) if !c.owner_id.is_empty() => {
                    let name = agent_name(store, &c.owner_id);
                    if name.is_empty() {
                        "Agent".to_string()
                    } else {
                        name.to_string()
                    }
                }
                (_, true) => "Caller".to_string(),
                (_, false) => "Agent".to_string(),
            };
            Some(FeedLine {
                id,
                at_ms: (at > 0).then_some(at),
                speaker,
                from_caller,
                message: line.message.clone(),
            })
        })
        .collect()
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RecordingItem {
    pub id: String,
    pub party: String,
    pub recording: bool,
    /// Start for a running recording, end for a finished one.
    pub at_ms: Option<i64>,
    pub length_ms: Option<i64>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RecordingFeed {
    pub recording_now: usize,
    /// Newest change first.
    pub recent: Vec<RecordingItem>,
}

pub fn recording_feed(store: &Store, n: usize) -> RecordingFeed {
    let mut feed = RecordingFeed::default();
    let mut all: Vec<(i64, &voipbin_protocol::Recording)> = Vec::new();
    for r in store.recordings.values() {
        let running = matches!(
            r.status,
            RecordingStatus::Recording | RecordingStatus::Initiating
        );
        if running {
            feed.recording_now += 1;
        }
        let at = instant(&r.tm_update).unwrap_or(0);
        all.push((at, r));
    }
    let top = n.min(all.len());
    let newest_first = |a: &(i64, &voipbin_protocol::Recording),
                        b: &(i64, &voipbin_protocol::Recording)| {
        b.0.cmp(&a.0).then_with(|| a.1.id.cmp(&b.1.id))
    };
    if top > 0 && top < all.len() {
        all.select_nth_unstable_by(top - 1, newest_first);
    }
    all.truncate(top);
    all.sort_by(newest_first);
    feed.recent = all
        .into_iter()
        .map(|(_, r)| {
            let recording = r.status != RecordingStatus::Ended;
            let (start, end) = (instant(&r.tm_start), instant(&r.tm_end));
            RecordingItem {
                id: r.id.clone(),
                party: store
                    .calls
                    .get(&r.reference_id)
                    .map(|c| format::party(&c.source))
                    .unwrap_or_else(|| r.reference_type.clone()),
                recording,
                at_ms: if recording { start } else { end.or(start) },
                length_ms: match (start, end) {
                    (Some(s), Some(e)) if !recording && e >= s => Some(e - s),
                    _ => None,
                },
            }
        })
        .collect();
    feed
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FlowRow {
    pub id: String,
    pub action: String,
    pub party: String,
    pub steps: usize,
    pub updated_ms: Option<i64>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FlowProgress {
    pub running: usize,
    /// Running flows by their current action, most common first.
    pub by_action: Vec<(String, usize)>,
    /// The most recently advanced running flows, newest first.
    pub recent: Vec<FlowRow>,
}

pub fn flow_progress(store: &Store, n: usize) -> FlowProgress {
    let mut by_action: HashMap<&str, usize> = HashMap::new();
    let mut running = Vec::new();
    for flow in store
        .activeflows
        .values()
        .filter(|f| f.status == ActiveflowStatus::Running)
    {
        let action = action_type(&flow.current_action);
        *by_action.entry(action).or_default() += 1;
        running.push((instant(&flow.tm_update).unwrap_or(0), flow));
    }
    let count = running.len();
    let top = n.min(count);
    let newest_first = |a: &(i64, &voipbin_protocol::Activeflow),
                        b: &(i64, &voipbin_protocol::Activeflow)| {
        b.0.cmp(&a.0).then_with(|| a.1.id.cmp(&b.1.id))
    };
    if top > 0 && top < count {
        running.select_nth_unstable_by(top - 1, newest_first);
    }
    running.truncate(top);
    running.sort_by(newest_first);
    let mut by_action: Vec<(String, usize)> = by_action
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect();
    by_action.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    FlowProgress {
        running: count,
        by_action,
        recent: running
            .into_iter()
            .map(|(at, f)| FlowRow {
                id: f.id.clone(),
                action: action_type(&f.current_action).to_string(),
                party: store
                    .calls
                    .get(&f.reference_id)
                    .map(|c| format::party(&c.source))
                    .unwrap_or_else(|| f.reference_type.clone()),
                steps: f.executed_actions.len(),
                updated_ms: (at > 0).then_some(at),
            })
            .collect(),
    }
}

/// The `type` of a flow action (`{"id","type","option"}`), or "—" when there is none.
pub fn action_type(action: &serde_json::Value) -> &str {
    match action.get("type").and_then(serde_json::Value::as_str) {
        Some(t) if !t.is_empty() => t,
        _ => "—",
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ConferenceRow {
    pub id: String,
    pub name: String,
    pub status: ConferenceStatus,
    pub participants: usize,
    pub since_ms: Option<i64>,
}

/// Conferences not yet terminated, oldest first.
pub fn conferences(store: &Store) -> Vec<ConferenceRow> {
    let mut rows: Vec<ConferenceRow> = store
        .conferences
        .values()
        .filter(|c| c.status != ConferenceStatus::Terminated)
        .map(|c| ConferenceRow {
            id: c.id.clone(),
            name: if c.name.trim().is_empty() {
                short_id(&c.id)
            } else {
                c.name.clone()
            },
            status: c.status.clone(),
            participants: c.conferencecall_ids.len(),
            since_ms: instant(&c.tm_create),
        })
        .collect();
    rows.sort_by(|a, b| cmp_time(a.since_ms, b.since_ms).then_with(|| a.id.cmp(&b.id)));
    rows
}

#[cfg(test)]
mod tests;
