//! Per-queue rows: the queue's figures (its polled lists and counters moved on by events) and
//! its longest-waiting callers.

use super::{known, queue_totals, QueueTotals};
use crate::store::Store;
use std::cmp::Ordering;
use voipbin_protocol::{Queuecall, QueuecallStatus};

/// The queues table and the tiles' totals, from one pass over the queue figures.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct QueueBoard {
    pub rows: Vec<QueueRow>,
    pub totals: QueueTotals,
}

pub fn queue_board(store: &Store, callers_shown: usize) -> QueueBoard {
    let rows = queue_rows(store, callers_shown);
    let totals = queue_totals(&rows, store.abandoned_outside_queues());
    QueueBoard { rows, totals }
}

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
    /// Name, else number; empty when neither is known (the view says "caller").
    pub caller: String,
    pub since_ms: Option<i64>,
    /// An agent's phone is ringing for this caller.
    pub connecting: bool,
}

/// One row per queue, by name (a steady order for a wall screen), with the queue's own lists
/// and counters and its longest-waiting callers.
pub fn queue_rows(store: &Store, callers_shown: usize) -> Vec<QueueRow> {
    let mut all = store.all_queue_figures();
    let mut rows: Vec<QueueRow> = store
        .queues
        .values()
        .map(|q| {
            let figures = all.remove(q.id.as_str()).unwrap_or_default();
            // Oldest first; only the callers shown get their names formatted.
            let mut waiting: Vec<(Option<i64>, &String, Option<&Queuecall>)> = figures
                .waiting_ids
                .iter()
                .map(|id| {
                    let found = store.queuecalls.get_created(id);
                    (
                        found.and_then(|(_, t)| known(t)),
                        id,
                        found.map(|(qc, _)| qc),
                    )
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
                    caller: qc.map(|qc| caller_of(qc, store)).unwrap_or_default(),
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
                waiting: figures.waiting_ids.len(),
                in_service: figures.in_service,
                incoming: q.total_incoming_count,
                serviced: figures.serviced,
                abandoned: figures.abandoned,
                oldest_since_ms,
                callers,
            }
        })
        .collect();
    rows.sort_by(|a, b| a.name.cmp(&b.name).then_with(|| a.id.cmp(&b.id)));
    rows
}

/// A waiting caller, briefly: the name, else the number (the chips are small), else empty.
pub fn caller_of(qc: &Queuecall, store: &Store) -> String {
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
        (true, true) => String::new(),
    }
}

/// Known times first, oldest first; unknown ones last.
pub fn cmp_time(a: Option<i64>, b: Option<i64>) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) => a.cmp(&b),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

pub fn short_id(id: &str) -> String {
    id.chars().take(8).collect()
}
