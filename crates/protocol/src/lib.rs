//! VoIPBIN's real-time wire format, shared by the desk (wasm) and the stand-in server (native).
//!
//! Two dialects exist: what the public docs describe and what the deployed server does (see
//! shared/PROTOCOL.md). Decoding accepts both everywhere; [`Dialect`] picks the behaviour where
//! they cannot be reconciled (topic matching, publishing, subscriptions).

mod any_fields;
mod client;
pub mod crm;
mod decode_error;
mod documented_fixups;
mod encode;
mod envelope;
mod error_code;
mod event;
mod fast_decode;
mod frame;
pub mod from_value;
mod identity;
mod key_table;
mod lenient;
pub mod media_stream;
mod raw_json;
pub mod resource;
mod resource_kind;
mod string_enum;
pub mod talk;
mod timestamp;
mod topic;

pub use client::ClientMessage;
pub use decode_error::DecodeError;
pub use encode::{encode_ack, encode_bare, encode_documented, encode_error, encode_webhook};
pub use error_code::ErrorCode;
pub use event::EventType;
pub use frame::{decode, decode_without_fast_path, Event, Frame, Shape, MAX_FRAME_BYTES};
pub use identity::{fnv1a64, is_newer_or_same, is_uuid, EventKey, KeyVersion, RecentKeys};
pub use raw_json::RawJson;
pub use resource::*;
pub use resource_kind::ResourceKind;
pub use timestamp::{
    format_timestamp_ms, is_deleted, parse_timestamp_ms, parse_timestamp_us, NOT_DELETED,
};
pub use topic::{
    publish_topics, subscription_for, topic_matches, Dialect, Scope, Topic, TopicError,
    UnknownDialect, MAX_TOPIC_BYTES,
};
