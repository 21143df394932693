//! Per-queue figures where no `queue_*` event reaches the socket (the deployed server publishes
//! queue_updated inside the platform only: bin-queue-manager/pkg/queuehandler/db.go): a queue's
//! lists and counters come from polled snapshots, and queuecall events move callers between
//! waiting, in service and gone until the next poll. In the documented dialect each queue event
//! is a snapshot like a poll.
//!
//! Events and snapshots are ordered by a count of queuecall events (`seq`): a snapshot requested
//! before an event cannot undo it, because a caller's stage only moves forward.

use super::Table;
use rustc_hash::{FxHashMap, FxHashSet};
use std::collections::VecDeque;
use voipbin_protocol::{Queue, Queuecall, QueuecallStatus};

/// Abandoned queuecalls remembered, so that a repeated event counts once.
const ABANDONED_IDS_KEPT: usize = 4096;
/// Finished queuecalls still tracked, for a snapshot taken before they left that still lists
/// them. Past this many, the oldest are forgotten: a desk page open all shift takes queuecall
/// events but never polls queues (only the dashboard does), so nothing else would forget them.
pub(super) const GONE_KEPT: usize = 2048;

#[derive(Debug, Default)]
pub struct QueueLedger {
    /// Queuecall events taken so far: the clock that orders events against snapshots.
    seq: u64,
    /// Queuecalls named by a held snapshot or by an event since the last full poll.
    calls: FxHashMap<String, Tracked>,
    /// Queue id -> the `seq` its held snapshot reflects (when its poll was requested).
    as_of: FxHashMap<String, u64>,
    /// Queue id -> callers who reached service by event after its snapshot (id -> `seq`).
    serviced_since: FxHashMap<String, FxHashMap<String, u64>>,
    /// Queue id ("" when unknown) -> queuecalls abandoned, counted from events: the deployed
    /// `total_abandoned_count` is never incremented (`QueueIncreaseTotalAbandonedCount` has no
    /// caller in bin-queue-manager).
    abandoned: FxHashMap<String, i64>,
    abandoned_ids: FxHashSet<String>,
    abandoned_order: VecDeque<String>,
    /// Queuecalls whose events said they left, oldest first.
    gone_order: VecDeque<String>,
}

#[derive(Debug, Default)]
struct Tracked {
    /// Empty until a snapshot lists it or an event names it (the deployed payload has no
    /// queue_id).
    queue_id: String,
    /// `seq` of its latest event; 0 when known from snapshots only.
    last_event: u64,
}

/// How far a caller has come. Only moves forward, so of two views the further one is newer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stage {
    Unknown,
    /// In the queue's wait list: waiting, or an agent's phone ringing for it.
    Waiting,
    Service,
    Gone,
}

impl Stage {
    pub fn of(status: &QueuecallStatus) -> Stage {
        match status {
            QueuecallStatus::Service => Stage::Service,
            QueuecallStatus::Done | QueuecallStatus::Abandoned => Stage::Gone,
            _ => Stage::Waiting,
        }
    }
}

/// One queue as the dashboard shows it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct QueueFigures {
    /// The queue's wait list order, then callers known from events only.
    pub waiting_ids: Vec<String>,
    pub in_service: usize,
    pub serviced: i64,
    pub abandoned: i64,
}

impl QueueLedger {
    /// The moment a poll is requested: what it answers reflects at least the events before it.
    pub fn now(&self) -> u64 {
        self.seq
    }

    /// Takes one queuecall event (duplicates were dropped before).
    pub fn on_queuecall(&mut self, qc: &Queuecall) {
        self.seq += 1;
        let tracked = self.calls.entry(qc.id.clone()).or_default();
        if !qc.queue_id.is_empty() {
            tracked.queue_id = qc.queue_id.clone();
        }
        tracked.last_event = self.seq;
        let queue_id = tracked.queue_id.clone();
        match qc.status {
            // Without its queue the next poll counts it in the queue's total.
            QueuecallStatus::Service if !queue_id.is_empty() => {
                self.serviced_since
                    .entry(queue_id)
                    .or_default()
                    .entry(qc.id.clone())
                    .or_insert(self.seq);
            }
            QueuecallStatus::Abandoned => self.count_abandoned(&qc.id, queue_id),
            _ => {}
        }
        if Stage::of(&qc.status) == Stage::Gone {
            self.gone_order.push_back(qc.id.clone());
            if self.gone_order.len() > GONE_KEPT {
                if let Some(oldest) = self.gone_order.pop_front() {
                    self.calls.remove(&oldest);
                }
            }
        }
    }

    fn count_abandoned(&mut self, queuecall_id: &str, queue_id: String) {
        if !self.abandoned_ids.insert(queuecall_id.to_string()) {
            return;
        }
        self.abandoned_order.push_back(queuecall_id.to_string());
        if self.abandoned_order.len() > ABANDONED_IDS_KEPT {
            if let Some(oldest) = self.abandoned_order.pop_front() {
                self.abandoned_ids.remove(&oldest);
            }
        }
        *self.abandoned.entry(queue_id).or_default() += 1;
    }

    /// Takes the queue as the server showed it at `requested_at` (a poll's `now()`, or the
    /// current `seq` for a queue event).
    pub fn on_snapshot(&mut self, queue: &Queue, requested_at: u64) {
        for id in queue
            .wait_queuecall_ids
            .iter()
            .chain(&queue.service_queuecall_ids)
        {
            self.calls.entry(id.clone()).or_default().queue_id = queue.id.clone();
        }
        let as_of = self.as_of.entry(queue.id.clone()).or_default();
        *as_of = (*as_of).max(requested_at);
        if let Some(serviced) = self.serviced_since.get_mut(&queue.id) {
            // Serviced before the request: in the snapshot's total already.
            serviced
                .retain(|id, seq| *seq > requested_at && !queue.service_queuecall_ids.contains(id));
        }
    }

    /// After a full poll: forgets callers that no queue lists and no event named since.
    pub fn forget_gone(&mut self, requested_at: u64, queues: &Table<Queue>) {
        let listed: FxHashSet<&str> = queues
            .values()
            .flat_map(|q| q.wait_queuecall_ids.iter().chain(&q.service_queuecall_ids))
            .map(String::as_str)
            .collect();
        self.calls
            .retain(|id, t| t.last_event > requested_at || listed.contains(id.as_str()));
        self.as_of.retain(|id, _| queues.contains(id));
        self.serviced_since.retain(|id, _| queues.contains(id));
    }

    #[cfg(test)]
    pub fn tracked(&self) -> usize {
        self.calls.len()
    }

    /// The queue a queuecall was last seen in, if any.
    pub fn queue_id_of(&self, queuecall_id: &str) -> Option<&str> {
        self.calls
            .get(queuecall_id)
            .map(|t| t.queue_id.as_str())
            .filter(|id| !id.is_empty())
    }

    /// Every queue's held snapshot moved on by every event since, by queue id, in one pass over the tracked queuecalls: one pass
    /// per queue walked every tracked caller a hundred times on a 5,000-call floor, and looked
    /// each up in the queue's lists one by one.
    pub fn all_figures<'q>(
        &self,
        queues: &'q Table<Queue>,
        queuecalls: &Table<Queuecall>,
    ) -> FxHashMap<&'q str, QueueFigures> {
        let listed: FxHashMap<&str, FxHashSet<&str>> = queues
            .values()
            .map(|q| (q.id.as_str(), listed_ids(q)))
            .collect();
        let mut unlisted: FxHashMap<&str, Vec<&str>> = FxHashMap::default();
        for (id, t) in &self.calls {
            if let Some((queue_id, ids)) = listed.get_key_value(t.queue_id.as_str()) {
                if !ids.contains(id.as_str()) {
                    unlisted.entry(*queue_id).or_default().push(id.as_str());
                }
            }
        }
        queues
            .values()
            .map(|q| {
                let mine = unlisted.remove(q.id.as_str()).unwrap_or_default();
                (q.id.as_str(), self.figures_with(q, mine, queuecalls))
            })
            .collect()
    }

    /// `queue`'s figures, given the tracked callers in it that its lists do not name.
    fn figures_with(
        &self,
        queue: &Queue,
        mut unlisted: Vec<&str>,
        queuecalls: &Table<Queuecall>,
    ) -> QueueFigures {
        let as_of = self.as_of.get(&queue.id).copied().unwrap_or(0);
        let stage = |id: &str, listed: Stage| {
            let listed = match listed {
                Stage::Unknown => match self.calls.get(id) {
                    // Absent from a snapshot that reflects its last event: it left.
                    Some(t) if t.last_event <= as_of => Stage::Gone,
                    _ => Stage::Unknown,
                },
                known => known,
            };
            let heard = queuecalls
                .get(id)
                .map_or(Stage::Unknown, |qc| Stage::of(&qc.status));
            listed.max(heard)
        };
        let mut figures = QueueFigures::default();
        let mut count = |id: &str, stage: Stage| match stage {
            Stage::Waiting => figures.waiting_ids.push(id.to_string()),
            Stage::Service => figures.in_service += 1,
            Stage::Unknown | Stage::Gone => {}
        };
        for id in &queue.wait_queuecall_ids {
            count(id, stage(id, Stage::Waiting));
        }
        for id in &queue.service_queuecall_ids {
            count(id, stage(id, Stage::Service));
        }
        unlisted.sort_unstable();
        for id in unlisted {
            count(id, stage(id, Stage::Unknown));
        }
        let serviced_since = self.serviced_since.get(&queue.id).map_or(0, |s| {
            s.keys()
                .filter(|id| !queue.service_queuecall_ids.contains(id))
                .count()
        });
        figures.serviced = queue.total_serviced_count + serviced_since as i64;
        figures.abandoned = queue
            .total_abandoned_count
            .max(self.abandoned.get(&queue.id).copied().unwrap_or(0));
        figures
    }

    /// Abandoned calls counted from events whose queue is not among `queues` (or unknown).
    pub fn abandoned_elsewhere(&self, queues: &Table<Queue>) -> i64 {
        self.abandoned
            .iter()
            .filter(|(id, _)| !queues.contains(id))
            .map(|(_, n)| n)
            .sum()
    }
}

/// The queuecalls a queue's snapshot lists, waiting or in service.
fn listed_ids(queue: &Queue) -> FxHashSet<&str> {
    queue
        .wait_queuecall_ids
        .iter()
        .chain(&queue.service_queuecall_ids)
        .map(String::as_str)
        .collect()
}
