//! Typed resources (deployed field names) and the [`Resource`] sum type.
//!
//! Every field is optional and lenient (see `crate::lenient`): a payload missing fields or
//! carrying a wrong-typed field still decodes, so one odd field never loses an event.

mod activeflow;
mod address;
mod agent;
mod call;
mod conference;
mod conversation;
mod customer;
mod extension;
mod groupcall;
mod implied_event;
mod infer;
mod message;
mod queue;
mod recording;
mod transcribe;

pub use activeflow::{Activeflow, ActiveflowStatus};
pub use address::Address;
pub use agent::{
    Agent, AgentStatus, PERMISSION_ADMIN, PERMISSION_AGENT, PERMISSION_MANAGER,
    PERMISSION_SUPER_ADMIN,
};
pub use call::{Call, CallStatus, Direction, HangupReason, MuteDirection};
pub use conference::{Conference, ConferenceStatus};
pub use conversation::{Conversation, ConversationMessage, ConversationMessageStatus};
pub use customer::Customer;
pub use extension::Extension;
pub use groupcall::Groupcall;
pub use infer::{infer_kind, infer_kind_from, FieldSet};
pub use message::{Message, MessageDirection, MessageTarget, TargetStatus};
pub use queue::{Queue, Queuecall, QueuecallStatus};
pub use recording::{Recording, RecordingStatus};
pub use transcribe::{Transcribe, TranscribeStatus, Transcript, TranscriptDirection};

use serde::{Serialize, Serializer};
use serde_json::Value;

use crate::any_fields::{AnyFields, FieldMask};
use crate::resource_kind::ResourceKind;

/// Declares [`Resource`] with one variant per typed struct (each named like its
/// [`ResourceKind`] variant) and the per-variant plumbing.
macro_rules! typed_resources {
    ($($variant:ident),+ $(,)?) => {
        /// A resource carried by an event. Kinds without a typed struct (and payloads that
        /// are not objects) are kept as raw JSON in `Unknown`.
        // Unboxed on purpose: `Resource::Call(call)` patterns are the shared API.
        #[allow(clippy::large_enum_variant)]
        #[derive(Clone, Debug, PartialEq)]
        pub enum Resource {
            $( $variant($variant), )+
            Unknown { kind: ResourceKind, data: Value },
        }

        impl Resource {
            pub fn kind(&self) -> ResourceKind {
                match self {
                    $( Resource::$variant(_) => ResourceKind::$variant, )+
                    Resource::Unknown { kind, .. } => kind.clone(),
                }
            }

            /// The resource's `id`, if present and non-empty.
            pub fn id(&self) -> Option<&str> {
                let id = match self {
                    $( Resource::$variant(r) => r.id.as_str(), )+
                    Resource::Unknown { data, .. } => data.get("id").and_then(Value::as_str)?,
                };
                (!id.is_empty()).then_some(id)
            }

            /// Builds a typed resource of `kind` from the single-pass field union; `None` for
            /// kinds without a typed struct.
            pub(crate) fn from_any(kind: &ResourceKind, any: &mut AnyFields<'_>) -> Option<Resource> {
                match kind {
                    $( ResourceKind::$variant => Some(Resource::$variant($variant::from_any(any))), )+
                    _ => None,
                }
            }

            /// The union fields `kind`'s typed struct is built from; `None` without one.
            fn any_fields_of(kind: &ResourceKind) -> Option<FieldMask> {
                match kind {
                    $( ResourceKind::$variant => Some($variant::ANY_FIELDS), )+
                    _ => None,
                }
            }
        }

        impl Serialize for Resource {
            /// Serializes as the bare resource object (no tag).
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                match self {
                    $( Resource::$variant(r) => r.serialize(s), )+
                    Resource::Unknown { data, .. } => data.serialize(s),
                }
            }
        }
    };
}

typed_resources!(
    Call,
    Groupcall,
    Queuecall,
    Queue,
    Agent,
    Message,
    Conversation,
    ConversationMessage,
    Recording,
    Transcribe,
    Transcript,
    Activeflow,
    Conference,
    Customer,
);

impl Resource {
    /// Decodes `kind` from JSON text, straight into the typed struct (no intermediate tree).
    /// Never fails: a mismatch gives `Unknown` (with `Null` if not even JSON).
    pub fn from_json_str(kind: &ResourceKind, text: &str) -> Resource {
        match Resource::typed(kind, text) {
            Some((resource, _)) => resource,
            None => Resource::unknown_from_str(kind, text),
        }
    }

    /// Decodes `kind` from a JSON value. Never fails: a mismatch gives `Unknown`.
    pub fn from_json(kind: &ResourceKind, v: Value) -> Resource {
        // Through the text, so the typed decoders exist once (for text), not again for `Value`s;
        // this only serves REST answers, where one more serialization costs little. (A float
        // that serde_json's default parser does not read back exactly may be 1 ulp off.)
        if v.is_object() {
            if let Some((resource, _)) = Resource::typed(kind, &v.to_string()) {
                return resource;
            }
        }
        Resource::unknown(kind, v)
    }

    /// The typed resource of `kind` in the JSON object `text`, with the fields it left over;
    /// `None` for kinds without a struct, text that is no object or not JSON, and objects
    /// repeating a field of the struct or holding one that fails to read.
    pub(crate) fn typed<'a>(
        kind: &ResourceKind,
        text: &'a str,
    ) -> Option<(Resource, Box<AnyFields<'a>>)> {
        let mut fields = AnyFields::parse_object(text, Resource::any_fields_of(kind)?)?;
        Some((Resource::from_any(kind, &mut fields)?, fields))
    }

    /// `Unknown` holding `text` as JSON (`Null` if it is not JSON).
    pub(crate) fn unknown_from_str(kind: &ResourceKind, text: &str) -> Resource {
        Resource::unknown(kind, serde_json::from_str(text).unwrap_or(Value::Null))
    }

    fn unknown(kind: &ResourceKind, data: Value) -> Resource {
        Resource::Unknown {
            kind: kind.clone(),
            data,
        }
    }

    /// The resource's `tm_update`, if present and non-empty (transcripts have none).
    pub fn tm_update(&self) -> Option<&str> {
        let tm = match self {
            Resource::Call(r) => &r.tm_update,
            Resource::Groupcall(r) => &r.tm_update,
            Resource::Queuecall(r) => &r.tm_update,
            Resource::Queue(r) => &r.tm_update,
            Resource::Agent(r) => &r.tm_update,
            Resource::Message(r) => &r.tm_update,
            Resource::Conversation(r) => &r.tm_update,
            Resource::ConversationMessage(r) => &r.tm_update,
            Resource::Recording(r) => &r.tm_update,
            Resource::Transcribe(r) => &r.tm_update,
            Resource::Transcript(_) => return None,
            Resource::Activeflow(r) => &r.tm_update,
            Resource::Conference(r) => &r.tm_update,
            Resource::Customer(r) => &r.tm_update,
            Resource::Unknown { data, .. } => return Self::text_field(data, "tm_update"),
        };
        (!tm.is_empty()).then_some(tm.as_str())
    }

    /// The resource's `tm_delete`, if present and non-empty.
    pub fn tm_delete(&self) -> Option<&str> {
        let tm = match self {
            Resource::Call(r) => &r.tm_delete,
            Resource::Groupcall(r) => &r.tm_delete,
            Resource::Queuecall(r) => &r.tm_delete,
            Resource::Queue(r) => &r.tm_delete,
            Resource::Agent(r) => &r.tm_delete,
            Resource::Message(r) => &r.tm_delete,
            Resource::Conversation(r) => &r.tm_delete,
            Resource::ConversationMessage(r) => &r.tm_delete,
            Resource::Recording(r) => &r.tm_delete,
            Resource::Transcribe(r) => &r.tm_delete,
            Resource::Transcript(_) => return None,
            Resource::Activeflow(r) => &r.tm_delete,
            Resource::Conference(r) => &r.tm_delete,
            Resource::Customer(r) => &r.tm_delete,
            Resource::Unknown { data, .. } => return Self::text_field(data, "tm_delete"),
        };
        (!tm.is_empty()).then_some(tm.as_str())
    }

    /// The `status` field as wire text, where the resource has one.
    pub fn status_text(&self) -> Option<&str> {
        let status = match self {
            Resource::Call(r) => r.status.as_str(),
            Resource::Groupcall(r) => r.status.as_str(),
            Resource::Queuecall(r) => r.status.as_str(),
            Resource::Agent(r) => r.status.as_str(),
            Resource::ConversationMessage(r) => r.status.as_str(),
            Resource::Recording(r) => r.status.as_str(),
            Resource::Transcribe(r) => r.status.as_str(),
            Resource::Activeflow(r) => r.status.as_str(),
            Resource::Conference(r) => r.status.as_str(),
            Resource::Unknown { data, .. } => return Self::text_field(data, "status"),
            _ => return None,
        };
        Some(status)
    }

    /// The call status, for call resources.
    pub fn call_status(&self) -> Option<&CallStatus> {
        match self {
            Resource::Call(call) => Some(&call.status),
            _ => None,
        }
    }

    fn text_field<'a>(data: &'a Value, key: &str) -> Option<&'a str> {
        data.get(key)
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
    }

    /// The resource as a JSON value (the bare object, as the deployed server sends it).
    pub fn to_json(&self) -> Value {
        serde_json::to_value(self).unwrap_or(Value::Null)
    }
}
