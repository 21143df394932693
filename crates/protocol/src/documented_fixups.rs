//! The documented payloads name some ids differently from the deployed resources
//! (`agent.status` has `agent_id`, `conference.joined` has `conference_id`, `queue.joined` and
//! `recording.completed` have `call_id`, `message.received` has one `destination` instead of
//! `targets`). Copy them into the deployed fields so a client can key and show documented
//! events like the others. Only runs when such a field is empty (the rare path).

use crate::resource::{Address, MessageTarget, Resource, TargetStatus};

/// Where the documented payload's extra fields are read from (the raw field list on the
/// general route, the single-pass field set on the fast route); both must answer alike, field
/// by field, so one bad field never hides the others.
pub(crate) trait FixupSource {
    /// A string field's value; "" when missing or not a string.
    fn string(&self, key: &str) -> String;
    /// The `destination` field read leniently, if present.
    fn destination(&self) -> Option<Address>;
    /// The `status` field read leniently ("" when missing).
    fn status(&self) -> String;
}

/// True when `resource` misses a field the documented payload may carry under another name.
pub(crate) fn needs_fill(resource: &Resource) -> bool {
    match resource {
        Resource::Agent(r) => r.id.is_empty(),
        Resource::Conference(r) => r.id.is_empty(),
        Resource::Queuecall(r) => r.reference_id.is_empty(),
        Resource::Recording(r) => r.reference_id.is_empty(),
        Resource::Message(r) => r.targets.is_empty(),
        _ => false,
    }
}

/// Fills the fields [`needs_fill`] looks at from `source`.
pub(crate) fn fill_documented_ids(resource: &mut Resource, source: &impl FixupSource) {
    match resource {
        Resource::Agent(r) if r.id.is_empty() => r.id = source.string("agent_id"),
        Resource::Conference(r) if r.id.is_empty() => r.id = source.string("conference_id"),
        Resource::Queuecall(r) if r.reference_id.is_empty() => call_reference(
            &mut r.reference_type,
            &mut r.reference_id,
            source.string("call_id"),
        ),
        Resource::Recording(r) if r.reference_id.is_empty() => call_reference(
            &mut r.reference_type,
            &mut r.reference_id,
            source.string("call_id"),
        ),
        Resource::Message(r) if r.targets.is_empty() => {
            if let Some(destination) = source.destination() {
                r.targets.push(MessageTarget {
                    destination,
                    status: TargetStatus::parse(&source.status()),
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
