//! The documented payloads name some ids differently from the deployed resources
//! (`agent.status` has `agent_id`, `conference.joined` has `conference_id`, `queue.joined` and
//! `recording.completed` have `call_id`, `message.received` has one `destination` instead of
//! `targets`). Copy them into the deployed fields so a client can key and show documented
//! events like the others. Only fills a field that is empty.

use std::borrow::Cow;

use crate::any_fields::AnyFields;
use crate::envelope::{raw_lenient, raw_string};
use crate::resource::{Address, MessageTarget, Resource, TargetStatus};

/// Fills the deployed fields a documented payload names differently, from the payload's
/// `fields` that `resource` was built from (what it left over).
pub(crate) fn fill_documented_ids(resource: &mut Resource, fields: &AnyFields<'_>) {
    match resource {
        Resource::Agent(r) if r.id.is_empty() => r.id = string(fields, "agent_id"),
        Resource::Conference(r) if r.id.is_empty() => r.id = string(fields, "conference_id"),
        Resource::Queuecall(r) if r.reference_id.is_empty() => call_reference(
            &mut r.reference_type,
            &mut r.reference_id,
            string(fields, "call_id"),
        ),
        Resource::Recording(r) if r.reference_id.is_empty() => call_reference(
            &mut r.reference_type,
            &mut r.reference_id,
            string(fields, "call_id"),
        ),
        Resource::Message(r) if r.targets.is_empty() => {
            if let Some(destination) = destination(fields) {
                r.targets.push(MessageTarget {
                    destination,
                    status: TargetStatus::parse(&status(fields)),
                    ..MessageTarget::default()
                });
            }
        }
        _ => {}
    }
}

/// A string field's value; "" when missing or not a string. The keys asked for are no
/// resource fields, so they are among the unknown keys.
fn string(fields: &AnyFields<'_>, key: &str) -> String {
    fields
        .unknown_value(key)
        .and_then(raw_string)
        .map(Cow::into_owned)
        .unwrap_or_default()
}

// A message has neither `destination` nor `status`: read into their slots by the single pass
// over every field, or kept raw when only the message's fields were read.

fn destination(fields: &AnyFields<'_>) -> Option<Address> {
    let raw = || fields.unknown_value("destination").map(raw_lenient);
    fields.destination.clone().or_else(raw)
}

fn status(fields: &AnyFields<'_>) -> String {
    let raw = || fields.unknown_value("status").map(raw_lenient);
    fields.status.clone().or_else(raw).unwrap_or_default()
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
