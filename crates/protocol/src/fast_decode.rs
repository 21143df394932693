//! The fast route of [`crate::decode`] for event frames: one pass over the text into
//! [`AnyFields`], whatever the shape, then typed resources built by moving fields.
//!
//! It handles the common frames only and answers `None` for anything unusual (client
//! messages, acks, errors, duplicate keys, non-object or untyped payloads, resource fields at
//! an envelope's top level, malformed JSON); the general route then decodes those. Both routes
//! must agree, which the fuzz test checks.

use std::fmt;

use serde::de::{Deserializer as _, MapAccess, Visitor};
use serde_json::value::RawValue;
use serde_json::Map;

use crate::any_fields::{AnyFields, AnyValue, AnyValueSeed};
use crate::decode_error::DecodeError;
use crate::documented_fixups::fill_documented_ids;
use crate::envelope::{raw_lenient, raw_string, Key};
use crate::frame::{envelope_kind, is_webhook_envelope, Event, Frame, Shape};
use crate::resource::{infer_kind_from, Resource};
use crate::resource_kind::ResourceKind;

/// The top level of a frame after the single pass.
#[derive(Default)]
struct FastFrame<'a> {
    /// Boxed: the union is a few KB, and moving it by value cost more than the allocation.
    fields: Box<AnyFields<'a>>,
    event_type: Option<&'a RawValue>,
    topic: Option<&'a RawValue>,
    timestamp: Option<&'a RawValue>,
    data: Option<AnyValue<'a>>,
    duplicate: bool,
}

/// `Some(result)` when the fast route can decide; `None` to take the general route.
pub(crate) fn decode_fast(text: &str) -> Option<Result<Frame, DecodeError>> {
    let frame = parse(text)?;
    if frame.duplicate || frame.fields.duplicate {
        return None;
    }
    let type_name = match frame.fields.r#type {
        Some(raw) => Some(raw_string(raw)?),
        None => None,
    };
    if matches!(
        type_name.as_deref(),
        Some("subscribe" | "unsubscribe" | "ack" | "error")
    ) {
        return None;
    }
    if let Some(raw) = frame.event_type {
        let name = raw_string(raw)?;
        return enveloped(frame, Shape::Documented, &name);
    }
    // Inferred once: a call's own `"type":"flow"` makes both questions below ask for it.
    let inferred = infer_kind_from(&*frame.fields);
    match (type_name, inferred) {
        (Some(name), inferred)
            if is_webhook_envelope(&name, frame.data.is_some(), inferred.is_some()) =>
        {
            enveloped(frame, Shape::Webhook, &name)
        }
        (_, Some(kind)) => bare(frame, &kind),
        (_, None) => Some(Err(DecodeError::UnknownShape)),
    }
}

fn parse(text: &str) -> Option<FastFrame<'_>> {
    let mut de = serde_json::Deserializer::from_str(text);
    let frame = de.deserialize_map(FrameVisitor).ok()?;
    de.end().ok()?;
    Some(frame)
}

fn enveloped(frame: FastFrame<'_>, shape: Shape, name: &str) -> Option<Result<Frame, DecodeError>> {
    // Top-level resource fields would belong in `extra` as raw JSON, which this route did not keep.
    if frame.fields.has_resource_fields() {
        return None;
    }
    let Some(AnyValue::Object(mut data)) = frame.data else {
        return None;
    };
    if data.duplicate {
        return None;
    }
    let topic: Option<String> = frame.topic.map(raw_lenient);
    let kind = envelope_kind(name, topic.as_deref());
    let mut resource = Resource::from_any(&kind, &mut data)?;
    if shape == Shape::Documented {
        fill_documented_ids(&mut resource, &data);
    }
    let extra: Map<String, serde_json::Value> = frame
        .fields
        .unknown
        .iter()
        .map(|(k, v)| {
            (
                k.to_string(),
                serde_json::from_str(v.get()).unwrap_or_default(),
            )
        })
        .collect();
    Some(Ok(Frame::Event(Event::enveloped(
        shape,
        name,
        topic,
        frame.timestamp.map(raw_lenient),
        resource,
        extra,
    ))))
}

fn bare(mut frame: FastFrame<'_>, kind: &ResourceKind) -> Option<Result<Frame, DecodeError>> {
    let resource = Resource::from_any(kind, &mut frame.fields)?;
    Some(Ok(Frame::Event(Event::bare(resource))))
}

struct FrameVisitor;

impl<'de> Visitor<'de> for FrameVisitor {
    type Value = FastFrame<'de>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<FastFrame<'de>, A::Error> {
        let mut frame = FastFrame::default();
        while let Some(Key(key)) = map.next_key::<Key<'de>>()? {
            let slot = match key.as_ref() {
                "event_type" => &mut frame.event_type,
                "topic" => &mut frame.topic,
                "timestamp" => &mut frame.timestamp,
                "data" => {
                    let data = map.next_value_seed(AnyValueSeed::default())?;
                    frame.duplicate |= frame.data.replace(data).is_some();
                    continue;
                }
                _ => {
                    frame.fields.read_entry(key, &mut map)?;
                    continue;
                }
            };
            let value: &'de RawValue = map.next_value()?;
            frame.duplicate |= slot.replace(value).is_some();
        }
        Ok(frame)
    }
}
