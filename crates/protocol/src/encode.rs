//! Server-side encoding (the stand-in server sends these).

use serde::Serialize;

use crate::error_code::ErrorCode;
use crate::event::EventType;
use crate::resource::Resource;

#[derive(Serialize)]
struct Documented<'a> {
    event_type: &'a str,
    timestamp: &'a str,
    topic: &'a str,
    data: &'a Resource,
}

#[derive(Serialize)]
struct Webhook<'a> {
    r#type: &'a str,
    data: &'a Resource,
}

#[derive(Serialize)]
struct Ack<'a> {
    r#type: &'a str,
    action: &'a str,
    topics: &'a [String],
    status: &'a str,
}

#[derive(Serialize)]
struct ErrorFrame<'a> {
    r#type: &'a str,
    action: &'a str,
    topics: &'a [String],
    code: &'a ErrorCode,
    message: &'a str,
}

/// `{"event_type","timestamp","topic","data"}` with the documented dotted name where one
/// exists and decodes back to the same event (`call.status` only when the call's status says
/// the same event), else the underscore name.
pub fn encode_documented(
    event_type: &EventType,
    topic: &str,
    timestamp: &str,
    resource: &Resource,
) -> String {
    let name = event_type
        .documented_name(resource.call_status())
        .unwrap_or(event_type.as_str());
    to_json(&Documented {
        event_type: name,
        timestamp,
        topic,
        data: resource,
    })
}

/// `{"type":"call_hangup","data":{...}}`.
pub fn encode_webhook(event_type: &EventType, resource: &Resource) -> String {
    to_json(&Webhook {
        r#type: event_type.as_str(),
        data: resource,
    })
}

/// The resource object alone (the deployed WebSocket).
pub fn encode_bare(resource: &Resource) -> String {
    to_json(resource)
}

/// `{"type":"ack","action","topics","status":"success"}`.
pub fn encode_ack(action: &str, topics: &[String]) -> String {
    to_json(&Ack {
        r#type: "ack",
        action,
        topics,
        status: "success",
    })
}

/// `{"type":"error","action","topics","code","message"}`.
pub fn encode_error(action: &str, topics: &[String], code: &ErrorCode, message: &str) -> String {
    to_json(&ErrorFrame {
        r#type: "error",
        action,
        topics,
        code,
        message,
    })
}

/// Serializing these types cannot fail (string keys only); an empty string is the fallback.
fn to_json<T: Serialize + ?Sized>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_default()
}
