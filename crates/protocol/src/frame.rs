//! Decoding whatever the server sends: documented envelopes, webhook envelopes, bare resources,
//! acks, errors (and client messages, so a server can use the same entry point).

use serde_json::{Map, Value};

use crate::client::ClientMessage;
use crate::decode_error::DecodeError;
use crate::documented_fixups::{fill_documented_ids, needs_fill};
use crate::envelope::{parse_top_level, RawObject, TopLevel};
use crate::error_code::ErrorCode;
use crate::event::EventType;
use crate::fast_decode::decode_fast;
use crate::resource::{infer_kind_from, Resource};
use crate::resource_kind::ResourceKind;

/// Frames longer than this are refused before parsing: an error, not an allocation bomb.
pub const MAX_FRAME_BYTES: usize = 1 << 20;

/// Envelope keys with a meaning; others are kept in [`Event::extra`].
const ENVELOPE_KEYS: &[&str] = &["type", "event_type", "timestamp", "topic", "data"];

/// How an event reached us.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Shape {
    /// `{"event_type":"call.status","timestamp","topic","data"}` (the docs' WebSocket).
    Documented,
    /// `{"type":"call_hangup","data"}` (webhooks; the deployed WebSocket before mid-2026).
    Webhook,
    /// The resource object itself (the deployed WebSocket now).
    Bare,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    pub shape: Shape,
    pub event_type: EventType,
    pub topic: Option<String>,
    pub timestamp: Option<String>,
    pub resource: Resource,
    /// Unknown top-level envelope keys, kept (always empty for bare frames).
    pub extra: Map<String, Value>,
}

impl Event {
    pub fn resource_id(&self) -> Option<&str> {
        self.resource.id()
    }

    /// A bare resource frame: its event comes from the resource's own state.
    pub(crate) fn bare(resource: Resource) -> Event {
        Event {
            shape: Shape::Bare,
            event_type: resource.implied_event(),
            topic: None,
            timestamp: None,
            resource,
            extra: Map::new(),
        }
    }
}

// Unboxed on purpose: the variants are the shared API, and frames are short-lived.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum Frame {
    Event(Event),
    Ack {
        action: String,
        topics: Vec<String>,
        status: String,
    },
    Error {
        action: String,
        topics: Vec<String>,
        code: ErrorCode,
        message: String,
    },
    /// A subscribe/unsubscribe message (e.g. the docs' examples, or a server reading clients).
    Client(ClientMessage),
}

/// Decodes one text frame.
///
/// A `type` of subscribe/unsubscribe gives `Client`, ack gives `Ack`, error gives `Error`;
/// an `event_type` gives a documented event; any other `type` with `data` a webhook event. An
/// object with neither (or a `type` but no `data`, like a call's `"type":"flow"`) is a bare
/// resource: its kind is inferred from its fields and its event from its
/// state (see `Resource::implied_event`).
pub fn decode(text: &str) -> Result<Frame, DecodeError> {
    if text.len() > MAX_FRAME_BYTES {
        return Err(DecodeError::TooLarge(text.len()));
    }
    decode_fast(text).unwrap_or_else(|| decode_without_fast_path(text))
}

/// [`decode`] by the general route only (two passes: envelope, then payload). Same results,
/// slower; public so tests can check the fast route against it.
#[doc(hidden)]
pub fn decode_without_fast_path(text: &str) -> Result<Frame, DecodeError> {
    if text.len() > MAX_FRAME_BYTES {
        return Err(DecodeError::TooLarge(text.len()));
    }
    let obj = match parse_top_level(text).map_err(|e| DecodeError::NotJson(e.to_string()))? {
        TopLevel::Object(obj) => obj,
        TopLevel::NotObject => return Err(DecodeError::NotAnObject),
    };
    // Deployed resources have a `type` of their own (a call's "flow", a message's "sms"), so a
    // `type` without `data` is a bare resource when its fields say so.
    let has_data = obj.get("data").is_some();
    let kind = match obj.string("type") {
        Some(Ok(kind)) => Some(kind),
        Some(Err(())) if has_data || infer_kind_from(&obj).is_none() => {
            return Err(DecodeError::InvalidField("type"))
        }
        Some(Err(())) | None => None,
    };
    match kind.as_deref() {
        Some(action @ ("subscribe" | "unsubscribe")) => {
            ClientMessage::from_object(action, &obj).map(Frame::Client)
        }
        Some("ack") => Ok(Frame::Ack {
            action: obj.lenient("action"),
            topics: obj.lenient("topics"),
            status: obj.lenient("status"),
        }),
        Some("error") => Ok(Frame::Error {
            action: obj.lenient("action"),
            topics: obj.lenient("topics"),
            code: obj.lenient("code"),
            message: obj.lenient("message"),
        }),
        _ if obj.get("event_type").is_some() => enveloped(&obj, Shape::Documented, "event_type"),
        Some(_) if has_data || infer_kind_from(&obj).is_none() => {
            enveloped(&obj, Shape::Webhook, "type")
        }
        _ => bare(text, &obj),
    }
}

/// A documented or webhook envelope; `name_key` holds the event name.
fn enveloped(
    obj: &RawObject<'_>,
    shape: Shape,
    name_key: &'static str,
) -> Result<Frame, DecodeError> {
    let name = match obj.string(name_key) {
        Some(Ok(name)) => name,
        Some(Err(())) => return Err(DecodeError::InvalidField(name_key)),
        None => return Err(DecodeError::MissingField(name_key)),
    };
    let data = obj.get("data").ok_or(DecodeError::MissingField("data"))?;
    let topic: Option<String> = obj.get("topic").map(crate::envelope::raw_lenient);
    // The name fixes the kind; only `call.status` also needs the payload (its status).
    let mut kind = EventType::from_wire_with_status(&name, None).resource();
    if let (ResourceKind::Other(_), Some(from_topic)) =
        (&kind, topic.as_deref().and_then(topic_resource))
    {
        kind = from_topic;
    }
    let mut resource = Resource::from_json_str(&kind, data.get());
    if shape == Shape::Documented && needs_fill(&resource) {
        if let Ok(TopLevel::Object(fields)) = parse_top_level(data.get()) {
            fill_documented_ids(&mut resource, &fields);
        }
    }
    let event_type = EventType::from_wire_with_status(&name, resource.status_text());
    Ok(Frame::Event(Event {
        shape,
        event_type,
        topic: topic.filter(|t| !t.is_empty()),
        timestamp: obj
            .get("timestamp")
            .map(crate::envelope::raw_lenient)
            .filter(|t: &String| !t.is_empty()),
        resource,
        extra: obj.extra(ENVELOPE_KEYS),
    }))
}

/// The resource segment of a topic (third), when it names a known kind.
pub(crate) fn topic_resource(topic: &str) -> Option<ResourceKind> {
    let kind = ResourceKind::parse(topic.split(':').nth(2)?);
    kind.is_known().then_some(kind)
}

fn bare(text: &str, obj: &RawObject<'_>) -> Result<Frame, DecodeError> {
    let kind = infer_kind_from(obj).ok_or(DecodeError::UnknownShape)?;
    Ok(Frame::Event(Event::bare(Resource::from_json_str(
        &kind, text,
    ))))
}
