//! Team talk as the desk holds it: the agent's chats, each chat's messages in order (each once,
//! whatever the socket repeats), how far back its history was read, what is unread, and the
//! messages the agent wrote that the server has not taken yet (the outbox, kept while offline).
//!
//! Timestamps are VoIPBIN's (`2026-12-07T07:08:40.123456Z`): one format, so text order is time
//! order. Pure: no clock, no DOM; the live layer and the Team panel drive it.

use crate::api::ApiError;
use std::collections::{BTreeMap, HashMap, VecDeque};
use voipbin_protocol::talk::{Chat, ChatMessage, TalkUpdate};
use voipbin_protocol::{is_deleted, is_newer_or_same, parse_timestamp_us, Resource};

/// Messages kept per chat: a long shift of a busy channel, not its whole history.
pub const MESSAGES_PER_CHAT: usize = 2_000;

/// Talk frames held while the talk runtime's chunk is on its way (live/talk_chunk.rs). Beyond
/// this the oldest go and the chat list is read again, which reads what they carried.
pub const INBOX_KEPT: usize = 2_000;

/// How far back a chat's history has been read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Older {
    /// Not read at all yet.
    #[default]
    Unread,
    /// More is on the server: the page token that reads it.
    More(String),
    /// Everything down to the chat's first message is here.
    Complete,
}

/// One chat's messages, oldest first.
#[derive(Debug, Default)]
pub struct ChatLog {
    by_time: BTreeMap<(String, String), ChatMessage>,
    /// Message id -> its creation time (the key in `by_time`).
    created: HashMap<String, String>,
    pub older: Older,
}

impl ChatLog {
    /// Takes a message unless the one held is newer; true if anything changed.
    fn upsert(&mut self, message: ChatMessage) -> bool {
        if let Some(created) = self.created.get(&message.id) {
            let key = (created.clone(), message.id.clone());
            match self.by_time.get(&key) {
                Some(held) if held == &message => return false,
                Some(held) if !is_newer_or_same(&held.tm_update, &message.tm_update) => {
                    return false
                }
                // Reactions are only ever added and leave tm_update as it was: of two copies of
                // one version, the one with fewer reactions is the older.
                Some(held)
                    if held.tm_update == message.tm_update
                        && message.metadata.reactions.len() < held.metadata.reactions.len() =>
                {
                    return false
                }
                _ => {}
            }
            self.by_time.remove(&key);
        }
        self.created
            .insert(message.id.clone(), message.tm_create.clone());
        self.by_time
            .insert((message.tm_create.clone(), message.id.clone()), message);
        while self.by_time.len() > MESSAGES_PER_CHAT {
            if let Some(((_, id), _)) = self.by_time.pop_first() {
                self.created.remove(&id);
                // The history is no longer complete down to the first message.
                if self.older == Older::Complete {
                    self.older = Older::Unread;
                }
            }
        }
        true
    }

    pub fn get(&self, id: &str) -> Option<&ChatMessage> {
        let created = self.created.get(id)?;
        self.by_time.get(&(created.clone(), id.to_string()))
    }

    /// Every message, oldest first.
    pub fn all(&self) -> impl DoubleEndedIterator<Item = &ChatMessage> {
        self.by_time.values()
    }

    /// The chat's own lines (not thread replies), oldest first.
    pub fn top_level(&self) -> impl DoubleEndedIterator<Item = &ChatMessage> {
        self.all().filter(|m| m.parent_id.is_empty())
    }

    /// The replies in `parent_id`'s thread, oldest first.
    pub fn replies<'a>(&'a self, parent_id: &'a str) -> impl Iterator<Item = &'a ChatMessage> {
        self.all().filter(move |m| m.parent_id == parent_id)
    }

    pub fn reply_count(&self, parent_id: &str) -> usize {
        self.replies(parent_id).count()
    }

    pub fn len(&self) -> usize {
        self.by_time.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_time.is_empty()
    }

    fn newest_created(&self) -> Option<&str> {
        self.by_time.keys().next_back().map(|(t, _)| t.as_str())
    }

    fn clear(&mut self) {
        self.by_time.clear();
        self.created.clear();
    }
}

/// Where a message the agent wrote stands before the server has it.
#[derive(Clone, Debug, PartialEq)]
pub enum OutState {
    /// Waiting for the connection (offline, or sent and not answered).
    Queued,
    /// Asked for; the answer has not come.
    Sending,
    /// The server refused it; the agent may send it again.
    Failed(ApiError),
}

/// A message the server has not taken yet.
#[derive(Clone, Debug, PartialEq)]
pub struct Outgoing {
    pub key: u64,
    pub chat_id: String,
    pub parent_id: String,
    pub text: String,
    /// Uploaded files it carries.
    pub file_ids: Vec<String>,
    pub state: OutState,
}

#[derive(Debug, Default)]
pub struct TalkStore {
    pub chats: BTreeMap<String, Chat>,
    logs: HashMap<String, ChatLog>,
    /// Chat id -> creation time of the newest message the agent has seen in it.
    last_read: HashMap<String, String>,
    /// Messages created before this (µs; the desk's first day in this browser) count as read.
    read_floor_us: i64,
    outbox: Vec<Outgoing>,
    next_key: u64,
    /// The chat list must be read again: someone joined or left a chat, or a message came for
    /// a chat the desk does not hold (a participant frame does not say which).
    pub chats_stale: bool,
    /// Talk frames not decoded yet, oldest first, with whether the event deleted its resource.
    inbox: VecDeque<(Resource, bool)>,
}

impl TalkStore {
    /// The agent's reading marks (from the browser's storage) and the time before which every
    /// message counts as read.
    pub fn restore_reads(&mut self, last_read: HashMap<String, String>, read_floor_us: i64) {
        self.last_read = last_read;
        self.read_floor_us = read_floor_us;
    }

    /// A talk frame from the socket, kept as it came: decoding it is the talk runtime's
    /// (`apply_inbox`), which is not in the desk's first download.
    pub fn take(&mut self, resource: Resource, deleted: bool) {
        if self.inbox.len() >= INBOX_KEPT {
            self.inbox.pop_front();
            self.chats_stale = true;
        }
        self.inbox.push_back((resource, deleted));
    }

    /// Whether talk frames wait for the talk runtime.
    pub fn has_inbox(&self) -> bool {
        !self.inbox.is_empty()
    }

    /// Applies the frames kept by `take`, in order; whether anything changed.
    pub fn apply_inbox(&mut self) -> bool {
        let mut changed = false;
        while let Some((resource, deleted)) = self.inbox.pop_front() {
            changed |= self.apply(resource, deleted);
        }
        changed
    }

    /// A talk event from the socket (other resources change nothing). `deleted`: the event
    /// says so; a deleted message keeps its place, a deleted chat goes.
    pub fn apply(&mut self, resource: Resource, deleted: bool) -> bool {
        match TalkUpdate::from_resource(resource) {
            Some(TalkUpdate::Chat(chat)) if deleted => self.remove_chat(&chat.id),
            Some(TalkUpdate::Chat(chat)) => self.upsert_chat(chat),
            Some(TalkUpdate::Message(message)) => {
                if !self.chats.contains_key(&message.chat_id) {
                    self.chats_stale = true;
                }
                self.upsert_message(message)
            }
            Some(TalkUpdate::Participant(_)) => {
                self.chats_stale = true;
                true
            }
            None => false,
        }
    }

    pub fn last_read(&self) -> &HashMap<String, String> {
        &self.last_read
    }

    pub fn upsert_chat(&mut self, chat: Chat) -> bool {
        if is_deleted(&chat.tm_delete) {
            return self.remove_chat(&chat.id);
        }
        match self.chats.get(&chat.id) {
            Some(held) if held == &chat => false,
            Some(held) if !is_newer_or_same(&held.tm_update, &chat.tm_update) => false,
            _ => {
                self.chats.insert(chat.id.clone(), chat);
                true
            }
        }
    }

    /// The chat is gone (deleted, or the agent left it): its messages go with it.
    pub fn remove_chat(&mut self, chat_id: &str) -> bool {
        self.logs.remove(chat_id);
        self.chats.remove(chat_id).is_some()
    }

    /// The chats as listed by the server: those not listed are gone.
    pub fn replace_chats(&mut self, chats: Vec<Chat>) -> bool {
        let before: Vec<String> = self.chats.keys().cloned().collect();
        let listed: std::collections::HashSet<String> =
            chats.iter().map(|c| c.id.clone()).collect();
        let mut changed = false;
        for id in before.iter().filter(|id| !listed.contains(*id)) {
            changed |= self.remove_chat(id);
        }
        for chat in chats {
            changed |= self.upsert_chat(chat);
        }
        changed
    }

    /// A message from the socket or an answer: once per id, the newest version kept. A deleted
    /// message stays, shown as deleted.
    pub fn upsert_message(&mut self, message: ChatMessage) -> bool {
        if message.chat_id.is_empty() || message.id.is_empty() {
            return false;
        }
        self.logs
            .entry(message.chat_id.clone())
            .or_default()
            .upsert(message)
    }

    /// The newest page of a chat (read on open and after every reconnect), newest first as
    /// VoIPBIN lists it, and the token of the page before it. When the page does not reach
    /// back to what the desk holds, more was missed than a page: the held messages are dropped
    /// so the history has no hole, and paging starts again from this page.
    pub fn merge_newest_page(&mut self, chat_id: &str, page: Vec<ChatMessage>, next: String) {
        let log = self.logs.entry(chat_id.to_string()).or_default();
        let oldest_in_page = page.iter().map(|m| m.tm_create.as_str()).min();
        let gap = match (oldest_in_page, log.newest_created()) {
            (Some(oldest), Some(newest_held)) => !next.is_empty() && oldest > newest_held,
            _ => false,
        };
        if gap {
            log.clear();
            log.older = Older::Unread;
        }
        if log.older == Older::Unread {
            log.older = paging(next);
        }
        for message in page.into_iter().filter(|m| m.chat_id == chat_id) {
            log.upsert(message);
        }
    }

    /// An older page, read as the agent scrolls back.
    pub fn merge_older_page(&mut self, chat_id: &str, page: Vec<ChatMessage>, next: String) {
        let log = self.logs.entry(chat_id.to_string()).or_default();
        log.older = paging(next);
        for message in page.into_iter().filter(|m| m.chat_id == chat_id) {
            log.upsert(message);
        }
    }

    pub fn log(&self, chat_id: &str) -> Option<&ChatLog> {
        self.logs.get(chat_id)
    }

    pub fn message(&self, chat_id: &str, id: &str) -> Option<&ChatMessage> {
        self.logs.get(chat_id)?.get(id)
    }

    /// The token of the next older page, if the chat has more history to read.
    pub fn older_token(&self, chat_id: &str) -> Option<&str> {
        match &self.logs.get(chat_id)?.older {
            Older::More(token) => Some(token),
            _ => None,
        }
    }

    /// Messages in `chat_id` the agent (`me`) has not seen: others' live messages newer than
    /// the chat's reading mark.
    pub fn unread(&self, chat_id: &str, me: &str) -> usize {
        let Some(log) = self.logs.get(chat_id) else {
            return 0;
        };
        let floor = self.read_floor_us;
        let mark = self
            .last_read
            .get(chat_id)
            .and_then(|m| parse_timestamp_us(m))
            .map_or(floor, |m| m.max(floor));
        log.all()
            .rev()
            .take_while(|m| parse_timestamp_us(&m.tm_create).is_none_or(|t| t > mark))
            .filter(|m| m.owner_id != me && !is_deleted(&m.tm_delete))
            .count()
    }

    /// The newest message someone else wrote, over every chat (what a notification tells).
    pub fn newest_from_others(&self, me: &str) -> Option<&ChatMessage> {
        self.logs
            .values()
            .filter_map(|log| {
                log.all()
                    .rev()
                    .find(|m| m.owner_id != me && !is_deleted(&m.tm_delete))
            })
            .max_by(|a, b| a.tm_create.cmp(&b.tm_create))
    }

    /// Unread messages over every chat the agent is in.
    pub fn total_unread(&self, me: &str) -> usize {
        self.chats.keys().map(|id| self.unread(id, me)).sum()
    }

    /// The agent has seen everything in `chat_id` so far; true if the mark moved.
    pub fn mark_read(&mut self, chat_id: &str) -> bool {
        let Some(newest) = self.logs.get(chat_id).and_then(ChatLog::newest_created) else {
            return false;
        };
        let newest = newest.to_string();
        match self.last_read.get(chat_id) {
            Some(mark) if *mark >= newest => false,
            _ => {
                self.last_read.insert(chat_id.to_string(), newest);
                true
            }
        }
    }

    /// Puts a message in the outbox; sent when the connection allows (`take_sendable`).
    pub fn queue(
        &mut self,
        chat_id: &str,
        parent_id: &str,
        text: &str,
        file_ids: Vec<String>,
    ) -> u64 {
        self.next_key += 1;
        self.outbox.push(Outgoing {
            key: self.next_key,
            chat_id: chat_id.to_string(),
            parent_id: parent_id.to_string(),
            text: text.to_string(),
            file_ids,
            state: OutState::Queued,
        });
        self.next_key
    }

    pub fn outbox(&self) -> &[Outgoing] {
        &self.outbox
    }

    /// The queued messages, now marked as sending: each is handed out once until it fails or
    /// its answer is lost (`requeue`).
    pub fn take_sendable(&mut self) -> Vec<Outgoing> {
        self.outbox
            .iter_mut()
            .filter(|o| o.state == OutState::Queued)
            .map(|o| {
                o.state = OutState::Sending;
                o.clone()
            })
            .collect()
    }

    /// The server took message `key` and answered with it.
    pub fn sent(&mut self, key: u64, message: ChatMessage) {
        self.outbox.retain(|o| o.key != key);
        self.upsert_message(message);
    }

    /// Message `key` did not reach the server (no connection): it waits for the next one.
    pub fn requeue(&mut self, key: u64) {
        self.set_state(key, OutState::Queued);
    }

    /// The server refused message `key`.
    pub fn refused(&mut self, key: u64, why: ApiError) {
        self.set_state(key, OutState::Failed(why));
    }

    /// The agent gives up on a refused message.
    pub fn discard(&mut self, key: u64) {
        self.outbox.retain(|o| o.key != key);
    }

    fn set_state(&mut self, key: u64, state: OutState) {
        if let Some(o) = self.outbox.iter_mut().find(|o| o.key == key) {
            o.state = state;
        }
    }
}

fn paging(next: String) -> Older {
    if next.is_empty() {
        Older::Complete
    } else {
        Older::More(next)
    }
}
