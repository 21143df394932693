//! Guessing a bare resource's kind from its field names (the deployed WebSocket sends resources
//! with no type at all). Rules go from the most specific field to the least, so resources that
//! share fields (queuecalls, messages and calls all have `source`) are told apart first.

use std::borrow::Cow;

use serde_json::{Map, Value};

use super::CallStatus;
use crate::resource_kind::ResourceKind;

/// Read-only view of an object's fields, so inference works on a `serde_json::Map` and on the
/// frame decoder's raw field list alike.
pub trait FieldSet {
    fn has(&self, key: &str) -> bool;
    /// The field's value when it is a string.
    fn text(&self, key: &str) -> Option<Cow<'_, str>>;
}

impl FieldSet for Map<String, Value> {
    fn has(&self, key: &str) -> bool {
        self.contains_key(key)
    }
    fn text(&self, key: &str) -> Option<Cow<'_, str>> {
        self.get(key).and_then(Value::as_str).map(Cow::Borrowed)
    }
}

/// Infer a bare resource's kind from its fields; `None` when nothing fits.
pub fn infer_kind(obj: &Map<String, Value>) -> Option<ResourceKind> {
    infer_kind_from(obj)
}

/// [`infer_kind`] over any [`FieldSet`].
pub fn infer_kind_from<F: FieldSet + ?Sized>(f: &F) -> Option<ResourceKind> {
    let any = |keys: &[&str]| keys.iter().any(|k| f.has(k));
    // Calls are the most frequent bare frames and have fields no other resource has.
    let kind = if any(CALL_ONLY) {
        ResourceKind::Call
    } else if f.has("transcribe_id") && any(&["message", "tm_transcript", "direction"]) {
        ResourceKind::Transcript
    } else if any(&[
        "service_agent_id",
        "duration_waiting",
        "duration_service",
        "tm_service",
    ]) {
        // Before queues: a queuecall also carries its queue's routing_method and tag_ids.
        ResourceKind::Queuecall
    } else if any(&[
        "wait_queuecall_ids",
        "service_queuecall_ids",
        "total_incoming_count",
        "wait_timeout",
    ]) {
        ResourceKind::Queue
    } else if f.has("tm_joined") {
        ResourceKind::Chatparticipant
    } else if f.has("chat_id") && any(&["metadata", "medias", "parent_id"]) {
        ResourceKind::Chatmessage
    } else if f.has("member_count") || is_talk_chat(f) {
        ResourceKind::Chat
    } else if f.has("targets") {
        ResourceKind::Message
    } else if f.has("conversation_id") {
        ResourceKind::ConversationMessage
    } else if f.has("username") && any(&["permission", "ring_method", "addresses"]) {
        ResourceKind::Agent
    } else if any(&["current_action", "executed_actions"]) {
        ResourceKind::Activeflow
    } else if f.has("conferencecall_ids") {
        ResourceKind::Conference
    } else if any(&["webhook_uri", "webhook_method"]) {
        ResourceKind::Customer
    } else if f.has("language") {
        ResourceKind::Transcribe
    } else if f.has("format") && any(&["tm_start", "tm_end"]) {
        ResourceKind::Recording
    } else if any(&["call_ids", "answer_method", "groupcall_ids"]) {
        ResourceKind::Groupcall
    } else if any(&["participants", "account_id"]) {
        ResourceKind::Conversation
    } else if f.has("source")
        && f.has("destination")
        && f.text("status")
            .is_some_and(|s| CallStatus::parse(&s).is_known())
    {
        ResourceKind::Call
    } else {
        return None;
    };
    Some(kind)
}

/// A team-talk chat whose webhook form left out `member_count` (omitted when 0):
/// bin-talk-manager/models/chat/chat.go, types direct, group and talk.
fn is_talk_chat<F: FieldSet + ?Sized>(f: &F) -> bool {
    f.has("name")
        && !f.has("chat_id")
        && f.text("type")
            .is_some_and(|t| matches!(&*t, "direct" | "group" | "talk"))
}

/// Fields only calls have (`master_call_id` is not one: groupcalls have it too).
const CALL_ONLY: &[&str] = &[
    "chained_call_ids",
    "hangup_reason",
    "hangup_by",
    "mute_direction",
    "tm_ringing",
    "tm_progressing",
    "tm_hangup",
];
