//! Decoding whatever the server sends: documented envelopes, webhook envelopes, bare resources,
//! acks, errors (and client messages, so a server can use the same entry point).

use serde_json::{Map, Value};

use crate::client::ClientMessage;
use crate::decode_error::DecodeError;
use crate::documented_fixups::fill_documented_ids;
use crate::envelope::{parse_top_level, raw_lenient, RawObject, TopLevel};
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

    /// An envelope's event: named `name` (refined by the resource's status for `call.status`),
    /// with the envelope's other keys in `extra`.
    pub(crate) fn enveloped(
        shape: Shape,
        name: &str,
        topic: Option<String>,
        timestamp: Option<String>,
        resource: Resource,
        extra: Map<String, Value>,
    ) -> Event {
        Event {
            shape,
            event_type: EventType::from_wire_with_status(name, resource.status_text()),
            topic: topic.filter(|t| !t.is_empty()),
            timestamp: timestamp.filter(|t| !t.is_empty()),
            resource,
            extra,
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
        Some(name) if is_webhook_envelope(name, has_data, infer_kind_from(&obj).is_some()) => {
            enveloped(&obj, Shape::Webhook, "type")
        }
        _ => bare(text, &obj),
    }
}

/// Whether an object with a `type` is a webhook envelope rather than a bare resource with a
/// `type` of its own. Deployed resources may carry both `type` and `data` (a conference:
/// `"type":"conference"`, and `data` when not empty), so `data` alone does not make an
/// envelope: its `type` must name an event, or its other fields must name no resource.
pub(crate) fn is_webhook_envelope(
    type_name: &str,
    has_data: bool,
    fields_name_a_resource: bool,
) -> bool {
    !fields_name_a_resource
        || (has_data && EventType::from_wire_with_status(type_name, None).is_known())
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
    let topic: Option<String> = obj.get("topic").map(raw_lenient);
    let kind = envelope_kind(&name, topic.as_deref());
    let resource = match Resource::typed(&kind, data.get()) {
        Some((mut resource, rest)) => {
            if shape == Shape::Documented {
                fill_documented_ids(&mut resource, &rest);
            }
            resource
        }
        None => Resource::unknown_from_str(&kind, data.get()),
    };
    Ok(Frame::Event(Event::enveloped(
        shape,
        &name,
        topic,
        obj.get("timestamp").map(raw_lenient),
        resource,
        obj.extra(ENVELOPE_KEYS),
    )))
}

/// The kind of an envelope's payload: the event name's, or for names of no known kind, the
/// documented topic's resource segment (third) when that names one. The name fixes the kind;
/// only `call.status` also needs the payload (its status, see [`Event::enveloped`]).
pub(crate) fn envelope_kind(name: &str, topic: Option<&str>) -> ResourceKind {
    let kind = EventType::from_wire_with_status(name, None).resource();
    if let ResourceKind::Other(_) = kind {
        let from_topic = topic
            .and_then(|t| t.split(':').nth(2))
            .map(ResourceKind::parse);
        if let Some(from_topic) = from_topic.filter(ResourceKind::is_known) {
            return from_topic;
        }
    }
    kind
}

fn bare(text: &str, obj: &RawObject<'_>) -> Result<Frame, DecodeError> {
    let kind = infer_kind_from(obj).ok_or(DecodeError::UnknownShape)?;
    Ok(Frame::Event(Event::bare(Resource::from_json_str(
        &kind, text,
    ))))
}
