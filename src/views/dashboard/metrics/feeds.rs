//! Live feeds: transcript lines across calls, recordings, flow progress, conferences.

use super::{agent_name, cmp_time, instant, short_id};
use crate::format;
use crate::store::Store;
use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};
use voipbin_protocol::{ActiveflowStatus, ConferenceStatus, RecordingStatus, TranscriptDirection};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FeedLine {
    pub id: String,
    pub at_ms: Option<i64>,
    /// Who spoke: the caller's name or the agent's; empty when unknown (the view names the side).
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
                    agent_name(store, &c.owner_id).to_string()
                }
                _ => String::new(),
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
