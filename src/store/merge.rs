//! Merging REST snapshots after a (re)connect, so the state equals the server's truth.
//!
//! A snapshot is the server's view at the moment it answered. Items it lacks are gone, unless an
//! event touched them after the resync began (then the event is newer than the snapshot).

use super::{Changes, Store, Table, Versioned};
use voipbin_protocol::{
    Activeflow, Agent, Call, Conference, Conversation, ConversationMessage, Queue, Queuecall,
    Recording, ResourceKind, Transcribe, Transcript,
};

/// One collection as the server listed it.
#[derive(Debug, Clone)]
pub enum Snapshot {
    Calls(Vec<Call>),
    Queuecalls(Vec<Queuecall>),
    Queues(Vec<Queue>),
    Agents(Vec<Agent>),
    Conversations(Vec<Conversation>),
    ConversationMessages {
        conversation_id: String,
        messages: Vec<ConversationMessage>,
    },
    Activeflows(Vec<Activeflow>),
    Conferences(Vec<Conference>),
    Transcribes(Vec<Transcribe>),
    /// The lines so far of one running transcribe (a supervisor who opens a call mid-way).
    Transcripts(Vec<Transcript>),
    Recordings(Vec<Recording>),
}

impl Store {
    pub fn merge(&mut self, snapshot: Snapshot) -> Changes {
        let mut changes = Changes::default();
        let touched = std::mem::take(&mut self.touched);
        let keep_touched = |kind: ResourceKind| {
            let touched = &touched;
            move |id: &str| touched.contains(&(kind.clone(), id.to_string()))
        };
        match snapshot {
            Snapshot::Calls(items) => {
                changes.calls = replace(&mut self.calls, items, keep_touched(ResourceKind::Call))
            }
            Snapshot::Queuecalls(items) => {
                changes.queuecalls = replace(
                    &mut self.queuecalls,
                    items,
                    keep_touched(ResourceKind::Queuecall),
                )
            }
            Snapshot::Queues(items) => {
                // Learns which queue each listed caller is in; no moment to order it by.
                for queue in &items {
                    self.queue_ledger.on_snapshot(queue, 0);
                }
                changes.queues = replace(&mut self.queues, items, keep_touched(ResourceKind::Queue))
            }
            Snapshot::Agents(items) => {
                changes.agents = replace(&mut self.agents, items, keep_touched(ResourceKind::Agent))
            }
            Snapshot::Conversations(items) => {
                changes.conversations = replace(
                    &mut self.conversations,
                    items,
                    keep_touched(ResourceKind::Conversation),
                )
            }
            Snapshot::ConversationMessages { messages, .. } => {
                for message in &messages {
                    changes.conversations |= self.apply_conversation_message(message, false);
                }
            }
            Snapshot::Activeflows(items) => {
                changes.activeflows = replace(
                    &mut self.activeflows,
                    items,
                    keep_touched(ResourceKind::Activeflow),
                )
            }
            Snapshot::Conferences(items) => {
                changes.conferences = replace(
                    &mut self.conferences,
                    items,
                    keep_touched(ResourceKind::Conference),
                )
            }
            Snapshot::Transcribes(items) => {
                changes.transcripts = replace(
                    &mut self.transcribes,
                    items,
                    keep_touched(ResourceKind::Transcribe),
                )
            }
            Snapshot::Transcripts(lines) => {
                for line in &lines {
                    changes.transcripts |= self.apply_transcript(line);
                }
            }
            Snapshot::Recordings(items) => {
                changes.recordings = replace(
                    &mut self.recordings,
                    items,
                    keep_touched(ResourceKind::Recording),
                )
            }
        }
        self.touched = touched;
        self.calls.evict_final_beyond(super::ENDED_CALLS_KEPT);
        self.queuecalls.evict_final_beyond(super::ENDED_CALLS_KEPT);
        changes
    }
}

/// Upserts every listed item and removes held items the server no longer lists, except finished
/// ones (kept as recent history) and ones an event touched during the resync.
fn replace<T: Versioned + PartialEq>(
    table: &mut Table<T>,
    items: Vec<T>,
    touched: impl Fn(&str) -> bool,
) -> bool {
    let listed: std::collections::HashSet<String> =
        items.iter().map(|item| item.id().to_string()).collect();
    let mut changed =
        table.retain(|held| held.is_final() || listed.contains(held.id()) || touched(held.id()));
    for item in items {
        changed |= table.upsert(item);
    }
    changed
}
