//! The JSON VoIPBIN sends for talk resources: unset times are `null` (Go `*time.Time`), and a
//! message without a thread has no `parent_id` (`omitempty`).

use serde::Serialize;
use serde_json::Value;

const TIMES: &[&str] = &[
    "tm_create",
    "tm_update",
    "tm_delete",
    "tm_joined",
    "tm_download_expire",
];

pub fn to_wire(resource: &impl Serialize) -> Value {
    let mut value = serde_json::to_value(resource).unwrap_or(Value::Null);
    if let Some(map) = value.as_object_mut() {
        for key in TIMES {
            if map.get(*key).and_then(Value::as_str) == Some("") {
                map.insert((*key).to_owned(), Value::Null);
            }
        }
        if map.get("parent_id").and_then(Value::as_str) == Some("") {
            map.remove("parent_id");
        }
        if let Some(Value::Array(medias)) = map.get_mut("medias") {
            medias.iter_mut().for_each(strip_empty_media_fields);
        }
    }
    value
}

/// A media item carries only the field of its type (the Go struct's `omitempty`).
fn strip_empty_media_fields(media: &mut Value) {
    if let Some(map) = media.as_object_mut() {
        map.retain(|key, value| match value {
            Value::String(s) => !s.is_empty() || key == "type",
            Value::Object(_) => key != "address" || value.get("target").is_some_and(|t| t != ""),
            _ => true,
        });
    }
}
