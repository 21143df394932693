//! The documented payloads name some ids differently from the deployed resources
//! (`agent.status` has `agent_id`, `conference.joined` has `conference_id`, `queue.joined` and
//! `recording.completed` have `call_id`, `message.received` has one `destination` instead of
//! `targets`). Copy them into the deployed fields so a client can key and show documented
//! events like the others. Only runs when such a field is empty (the rare path).

use serde_json::value::RawValue;
use serde_json::{Map, Value};

use serde::Deserialize;

use crate::resource::{Address, MessageTarget, Resource, TargetStatus};

pub(crate) fn fill_documented_ids(resource: &mut Resource, data: &RawValue) {
    let needs_fill = match resource {
        Resource::Agent(r) => r.id.is_empty(),
        Resource::Conference(r) => r.id.is_empty(),
        Resource::Queuecall(r) => r.reference_id.is_empty(),
        Resource::Recording(r) => r.reference_id.is_empty(),
        Resource::Message(r) => r.targets.is_empty(),
        _ => false,
    };
    if !needs_fill {
        return;
    }
    let Ok(fields) = serde_json::from_str::<Map<String, Value>>(data.get()) else {
        return;
    };
    let text = |key: &str| fields.get(key).and_then(Value::as_str).unwrap_or("").to_owned();
    match resource {
        Resource::Agent(r) => r.id = text("agent_id"),
        Resource::Conference(r) => r.id = text("conference_id"),
        Resource::Queuecall(r) => call_reference(&mut r.reference_type, &mut r.reference_id, text("call_id")),
        Resource::Recording(r) => call_reference(&mut r.reference_type, &mut r.reference_id, text("call_id")),
        Resource::Message(r) => {
            if let Some(destination) = fields.get("destination") {
                r.targets.push(MessageTarget {
                    destination: Address::deserialize(destination).unwrap_or_default(),
                    status: TargetStatus::parse(&text("status")),
                    ..MessageTarget::default()
                });
            }
        }
        _ => {}
    }
}

fn call_reference(reference_type: &mut String, reference_id: &mut String, call_id: String) {
    if call_id.is_empty() {
        return;
    }
    if reference_type.is_empty() {
        "call".clone_into(reference_type);
    }
    *reference_id = call_id;
}
