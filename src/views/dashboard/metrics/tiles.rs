//! The headline numbers: active calls, callers waiting, agents by status, the queues' totals and
//! the service level.

use super::{instant, known, QueueRow};
use crate::store::Store;
use voipbin_protocol::{AgentStatus, Call, CallStatus, Queuecall, QueuecallStatus};

/// Calls that have not hung up: every row of the active calls table. The store counts them as
/// they change (a hung-up call is final; a leg is linked to its master call).
pub fn active_calls(store: &Store) -> ActiveCalls {
    let live = store.calls.live();
    ActiveCalls {
        total: live.items,
        legs: live.linked,
    }
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

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Waiting {
    pub callers: usize,
    /// When the longest-waiting caller joined (ms); the tile ticks from it.
    pub oldest_since_ms: Option<i64>,
    /// When each waiting caller joined (ms), for the wait chart: its bins move with the clock,
    /// and finding the callers in the store again every second cost more than binning them.
    pub joined_ms: Vec<i64>,
}

pub fn waiting(store: &Store) -> Waiting {
    let mut w = Waiting::default();
    for (_, created) in store
        .queuecalls
        .values_created()
        .filter(|(qc, _)| is_waiting(qc))
    {
        w.callers += 1;
        if let Some(t) = known(created) {
            w.oldest_since_ms = Some(w.oldest_since_ms.map_or(t, |o| o.min(t)));
            w.joined_ms.push(t);
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

/// The queues' counters (VoIPBIN keeps them per queue, moved on by events since the last poll;
/// the dashboard sums them).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct QueueTotals {
    pub incoming: i64,
    pub serviced: i64,
    pub abandoned: i64,
}

/// Sums the queue rows, plus the abandoned calls counted for queues this desk does not hold.
pub fn queue_totals(rows: &[QueueRow], abandoned_outside: i64) -> QueueTotals {
    let mut t = QueueTotals {
        abandoned: abandoned_outside,
        ..QueueTotals::default()
    };
    for row in rows {
        t.incoming += row.incoming;
        t.serviced += row.serviced;
        t.abandoned += row.abandoned;
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
    // The table cannot hold more answered callers than queue calls: no need to read them.
    if store.answered_waits_ms.len() >= store.queuecalls.len() {
        return store.answered_waits_ms.iter().copied().collect();
    }
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

pub fn answered_wait(qc: &Queuecall) -> Option<i64> {
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
