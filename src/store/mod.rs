//! The desk's state: events and snapshots in, state out.
//!
//! Pure Rust with no DOM and no clock (time is passed in), so every rule here is tested
//! natively. The `live` layer feeds it; `bridge` exposes it to views as signals.

mod bounded;
mod changes;
mod history;
mod merge;
mod queue_ledger;
mod recent_lines;
pub mod talk;
pub use merge::Snapshot;
pub use queue_ledger::QueueFigures;
use queue_ledger::QueueLedger;
mod table;
mod versioned;

#[cfg(test)]
mod queue_tests;
#[cfg(test)]
mod talk_tests;
#[cfg(test)]
mod tests;

pub use bounded::Bounded;
pub use changes::Changes;
pub use history::{History, MINUTES_KEPT};
pub use recent_lines::RecentLines;
pub use table::Table;
pub use versioned::Versioned;

use std::collections::{HashMap, HashSet};
use voipbin_protocol::{
    Activeflow, Agent, Call, Conference, Conversation, ConversationMessage, Customer, Event,
    EventType, Message, Queue, Queuecall, QueuecallStatus, RecentKeys, Recording, Resource,
    ResourceKind, Transcribe, Transcript,
};

/// How many ended calls, messages and transcript lines the desk keeps: enough for a shift's
/// context, small enough that memory stays flat for days.
pub const ENDED_CALLS_KEPT: usize = 500;
pub const MESSAGES_PER_THREAD: usize = 300;
pub const TRANSCRIPT_LINES_PER_CALL: usize = 300;
/// Lines of finished transcribes kept in all, newest calls first. Lines are most of the event
/// stream on a supervisor's desk (bench/soak: over half of all frames), so a count of calls alone
/// let memory climb for the whole hour; a few thousand lines is what a floor feed shows anyway.
pub const FINISHED_TRANSCRIPT_LINES_KEPT: usize = 5_000;
/// Transcribes whose lines the desk holds without the transcribe itself.
pub const UNKNOWN_TRANSCRIBES_KEPT: usize = 50;
pub const SMS_KEPT: usize = 1000;
/// Conversations (and their threads) the desk keeps, newest first.
pub const CONVERSATIONS_KEPT: usize = 500;
const DEDUP_WINDOW: usize = 4096;

#[derive(Debug)]
pub struct Store {
    pub calls: Table<Call>,
    pub queuecalls: Table<Queuecall>,
    pub queues: Table<Queue>,
    pub agents: Table<Agent>,
    pub conversations: Table<Conversation>,
    /// Conversation id -> its messages in arrival order, bounded.
    pub conversation_messages: HashMap<String, RecentLines<ConversationMessage>>,
    pub sms: Table<Message>,
    pub recordings: Table<Recording>,
    pub transcribes: Table<Transcribe>,
    /// Transcribe id -> its lines in arrival order, bounded.
    pub transcripts: HashMap<String, RecentLines<Transcript>>,
    pub activeflows: Table<Activeflow>,
    pub conferences: Table<Conference>,
    pub customer: Option<Customer>,
    /// Team talk: the agent's chats and their messages.
    pub talk: talk::TalkStore,
    pub history: History,
    /// Waits (ms) of callers answered today, for the service level.
    pub answered_waits_ms: Bounded<i64>,
    /// Queue figures from polled snapshots and queuecall events.
    queue_ledger: QueueLedger,
    seen: RecentKeys,
    /// Ids changed by events since the oldest running resync began (empty when none runs): a
    /// snapshot taken before such an event must not undo it.
    touched: HashSet<(ResourceKind, String)>,
    /// Resyncs begun and not yet ended: they overlap (a reconnect during one, or the switch to
    /// the deployed dialect's topics), and `touched` must outlive all of them.
    resyncs_running: u32,
    /// Events given to `apply`, duplicates and stale ones included.
    pub events_taken: u64,
    pub duplicates_dropped: u64,
    pub stale_dropped: u64,
}

impl Default for Store {
    fn default() -> Self {
        Store {
            calls: Table::default(),
            queuecalls: Table::default(),
            queues: Table::default(),
            agents: Table::default(),
            conversations: Table::default(),
            conversation_messages: HashMap::new(),
            sms: Table::default(),
            recordings: Table::default(),
            transcribes: Table::default(),
            transcripts: HashMap::new(),
            activeflows: Table::default(),
            conferences: Table::default(),
            customer: None,
            talk: talk::TalkStore::default(),
            history: History::default(),
            answered_waits_ms: Bounded::new(10_000),
            queue_ledger: QueueLedger::default(),
            seen: RecentKeys::new(DEDUP_WINDOW),
            touched: HashSet::new(),
            resyncs_running: 0,
            events_taken: 0,
            duplicates_dropped: 0,
            stale_dropped: 0,
        }
    }
}

impl Store {
    /// Applies one event from the socket. Duplicates (same key) and stale updates change nothing.
    pub fn apply(&mut self, event: &Event, now_ms: i64) -> Changes {
        self.events_taken += 1;
        // Talk frames name no event and a reaction keeps the message's tm_update, so the event
        // key would take a reaction for a repeat: the talk store tells repeats by content, once
        // the talk runtime decodes them (`TalkStore::take`).
        if let Resource::Unknown { kind, .. } = &event.resource {
            let talk = matches!(
                kind,
                ResourceKind::Chat | ResourceKind::Chatmessage | ResourceKind::Chatparticipant
            );
            if talk {
                self.talk
                    .take(event.resource.clone(), is_delete(&event.event_type));
            }
            return Changes {
                talk,
                ..Changes::default()
            };
        }
        if !self.seen.insert(event.key()) {
            self.duplicates_dropped += 1;
            return Changes::default();
        }
        if let Some(id) = event.resource_id().filter(|_| self.resyncs_running > 0) {
            self.touched.insert((event.resource.kind(), id.to_string()));
        }
        let deleted = is_delete(&event.event_type);
        let changes = self.apply_resource(&event.resource, deleted, now_ms);
        if changes.is_empty() && !deleted {
            self.stale_dropped += 1;
        }
        changes
    }

    fn apply_resource(&mut self, resource: &Resource, deleted: bool, now_ms: i64) -> Changes {
        let mut changes = Changes::default();
        match resource {
            Resource::Call(call) => {
                let is_new = !self.calls.contains(&call.id);
                if upsert_or_remove(&mut self.calls, call, deleted) {
                    changes.calls = true;
                    if is_new && !deleted {
                        self.history.record_call(now_ms);
                    }
                    self.calls.evict_final_beyond(ENDED_CALLS_KEPT);
                }
            }
            Resource::Queuecall(qc) => {
                self.queue_ledger.on_queuecall(qc);
                let was_waiting = self
                    .queuecalls
                    .get(&qc.id)
                    .is_some_and(|held| held.status == QueuecallStatus::Waiting);
                if upsert_or_remove(&mut self.queuecalls, qc, deleted) {
                    changes.queuecalls = true;
                    if qc.status == QueuecallStatus::Service && was_waiting {
                        self.answered_waits_ms.push(answered_wait_ms(qc));
                    }
                    self.queuecalls.evict_final_beyond(ENDED_CALLS_KEPT);
                }
            }
            Resource::Queue(q) => {
                changes.queues = upsert_or_remove(&mut self.queues, q, deleted);
                if self.queues.get(&q.id) == Some(q) {
                    self.queue_ledger.on_snapshot(q, self.queue_ledger.now());
                }
            }
            Resource::Agent(a) => changes.agents = upsert_or_remove(&mut self.agents, a, deleted),
            Resource::Conversation(c) => {
                changes.conversations = upsert_or_remove(&mut self.conversations, c, deleted);
                // A supervisor sees every conversation of the customer: keep the newest ones.
                for id in self.conversations.evict_oldest_beyond(CONVERSATIONS_KEPT) {
                    self.conversation_messages.remove(&id);
                }
            }
            Resource::ConversationMessage(m) => {
                changes.conversations = self.apply_conversation_message(m, deleted)
            }
            Resource::Message(m) => {
                changes.sms = upsert_or_remove(&mut self.sms, m, deleted);
                self.sms.evict_oldest_beyond(SMS_KEPT);
            }
            Resource::Recording(r) => {
                changes.recordings = upsert_or_remove(&mut self.recordings, r, deleted);
                self.recordings.evict_final_beyond(ENDED_CALLS_KEPT);
            }
            Resource::Transcribe(t) => {
                changes.transcripts = upsert_or_remove(&mut self.transcribes, t, deleted);
                self.evict_finished_transcripts();
            }
            Resource::Transcript(t) => changes.transcripts = self.apply_transcript(t),
            Resource::Activeflow(a) => {
                changes.activeflows = upsert_or_remove(&mut self.activeflows, a, deleted);
                self.activeflows.evict_final_beyond(ENDED_CALLS_KEPT);
            }
            Resource::Conference(c) => {
                changes.conferences = upsert_or_remove(&mut self.conferences, c, deleted);
                self.conferences.evict_final_beyond(100);
            }
            Resource::Customer(c) => {
                self.customer = Some(c.clone());
                changes.customer = true;
            }
            Resource::Groupcall(_) | Resource::Unknown { .. } => {}
        }
        changes
    }

    fn apply_conversation_message(&mut self, m: &ConversationMessage, deleted: bool) -> bool {
        let thread = self
            .conversation_messages
            .entry(m.conversation_id.clone())
            .or_insert_with(|| RecentLines::new(MESSAGES_PER_THREAD));
        if deleted {
            return thread.remove(&m.id);
        }
        let changed = thread.upsert(m.clone(), |held, new| {
            voipbin_protocol::is_newer_or_same(&held.tm_update, &new.tm_update)
        });
        // Threads of conversations this desk does not hold are capped too.
        if self.conversation_messages.len() > 2 * CONVERSATIONS_KEPT {
            let conversations = &self.conversations;
            self.conversation_messages
                .retain(|id, _| id == &m.conversation_id || conversations.contains(id));
        }
        changed
    }

    /// Keeps every running transcribe's lines, and of the finished ones the newest, up to
    /// `ENDED_CALLS_KEPT` transcribes and `FINISHED_TRANSCRIPT_LINES_KEPT` lines: a shift of
    /// serviced calls must not grow memory without end.
    fn evict_finished_transcripts(&mut self) {
        let mut evicted = self.transcribes.evict_final_beyond(ENDED_CALLS_KEPT);
        let transcripts = &self.transcripts;
        let lines_of = |id: &str| transcripts.get(id).map_or(0, RecentLines::len);
        let mut held: usize = self
            .transcribes
            .values()
            .filter(|t| t.is_final())
            .map(|t| lines_of(t.id()))
            .sum();
        evicted.extend(self.transcribes.evict_final_while(|id| {
            let over = held > FINISHED_TRANSCRIPT_LINES_KEPT;
            if over {
                held -= lines_of(id);
            }
            over
        }));
        for id in evicted {
            self.transcripts.remove(&id);
        }
    }

    pub(super) fn apply_transcript(&mut self, t: &Transcript) -> bool {
        let lines = self
            .transcripts
            .entry(t.transcribe_id.clone())
            .or_insert_with(|| RecentLines::new(TRANSCRIPT_LINES_PER_CALL));
        let changed = lines.upsert(t.clone(), |_, _| true);
        // Lines whose transcribe this desk never saw (it began before the connection, or its
        // event was lost) are capped to a few calls' worth: the finished-lines budget cannot see
        // them, and hundreds of such calls at 300 lines each would fill the heap.
        if self.transcripts.len() > self.transcribes.len() + UNKNOWN_TRANSCRIBES_KEPT {
            let transcribes = &self.transcribes;
            self.transcripts
                .retain(|id, _| id == &t.transcribe_id || transcribes.contains(id));
        }
        changed
    }

    /// Starts a resync: from now on events mark what they touched, so that snapshots fetched
    /// concurrently don't roll those changes back.
    pub fn begin_resync(&mut self) {
        self.resyncs_running += 1;
    }

    /// Ends one resync; what events touched is forgotten when none is left running.
    pub fn end_resync(&mut self) {
        self.resyncs_running = self.resyncs_running.saturating_sub(1);
        if self.resyncs_running == 0 {
            self.touched = HashSet::new();
        }
    }

    /// Records the number of callers waiting now, for the chart (called about once a second).
    pub fn sample(&mut self, now_ms: i64) {
        let waiting = self.waiting_queuecalls().count();
        self.history.record_waiting(now_ms, waiting);
    }

    pub fn waiting_queuecalls(&self) -> impl Iterator<Item = &Queuecall> {
        self.queuecalls
            .values()
            .filter(|qc| qc.status == QueuecallStatus::Waiting)
    }

    /// The moment a queue poll is requested, for `merge_queue_poll`.
    pub fn queue_poll_started(&self) -> u64 {
        self.queue_ledger.now()
    }

    /// Takes every queue as `GET /v1.0/queues` listed them, requested at `requested_at`
    /// (`queue_poll_started`): events taken since are not undone.
    pub fn merge_queue_poll(&mut self, queues: Vec<Queue>, requested_at: u64) -> Changes {
        let listed: HashSet<String> = queues.iter().map(|q| q.id.clone()).collect();
        self.queues.retain(|q| listed.contains(&q.id));
        for queue in queues {
            self.queues.upsert(queue.clone());
            // A queue event newer than the poll keeps its place.
            if self.queues.get(&queue.id) == Some(&queue) {
                self.queue_ledger.on_snapshot(&queue, requested_at);
            }
        }
        self.queue_ledger.forget_gone(requested_at, &self.queues);
        Changes {
            queues: true,
            ..Changes::default()
        }
    }

    /// Every queue's figures now, by queue id: its latest snapshot moved on by the queuecall
    /// events since.
    pub fn all_queue_figures(&self) -> rustc_hash::FxHashMap<&str, QueueFigures> {
        self.queue_ledger
            .all_figures(&self.queues, &self.queuecalls)
    }

    /// Abandoned calls counted from events whose queue this desk does not hold.
    pub fn abandoned_outside_queues(&self) -> i64 {
        self.queue_ledger.abandoned_elsewhere(&self.queues)
    }

    /// The queue a queuecall sits in: the deployed payload has no queue id, so it is found
    /// through the queues' wait and service lists (the documented `queue_id` wins when present).
    pub fn queue_of(&self, queuecall: &Queuecall) -> Option<&Queue> {
        let named = Some(queuecall.queue_id.as_str()).filter(|id| !id.is_empty());
        if let Some(queue) = named
            .or_else(|| self.queue_ledger.queue_id_of(&queuecall.id))
            .and_then(|id| self.queues.get(id))
        {
            return Some(queue);
        }
        self.queues.values().find(|q| {
            q.wait_queuecall_ids.contains(&queuecall.id)
                || q.service_queuecall_ids.contains(&queuecall.id)
        })
    }
}

fn upsert_or_remove<T: Versioned + Clone + PartialEq>(
    table: &mut Table<T>,
    item: &T,
    deleted: bool,
) -> bool {
    if deleted {
        table.remove(item.id())
    } else {
        table.upsert(item.clone())
    }
}

fn is_delete(event_type: &EventType) -> bool {
    event_type.as_str().ends_with("_deleted")
}

fn answered_wait_ms(qc: &Queuecall) -> i64 {
    if qc.duration_waiting > 0 {
        return qc.duration_waiting;
    }
    let created = voipbin_protocol::parse_timestamp_ms(&qc.tm_create);
    let serviced = voipbin_protocol::parse_timestamp_ms(&qc.tm_service);
    match (created, serviced) {
        (Some(c), Some(s)) if s >= c => s - c,
        _ => 0,
    }
}
