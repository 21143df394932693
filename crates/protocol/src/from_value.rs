//! Reading a REST body the desk already holds as a `serde_json::Value` into a typed struct,
//! field by field, exactly as leniently as [`crate::lenient`] reads it from text. Written by
//! hand because serde's derive makes a visitor per struct and per deserializer: for the CRM's
//! structs read from `Value` that was 59 KB of the agent's wasm (bench/share, 2026-12-07); this
//! is one small function per field type, and one call per field.

use serde_json::{Map, Value};

/// A type read from any JSON value, falling back to its default (see [`crate::lenient`]).
pub trait FromValue: Sized + Default {
    fn from_value(value: Value) -> Self;
}

/// A struct from a JSON object; `None` when the value is no object (a REST answer that is not
/// the resource asked for), so a list can skip it and a single read can report it.
pub fn from_object<T: FromValue>(value: Value) -> Option<T> {
    value.is_object().then(|| T::from_value(value))
}

/// Moves field `key` out of an object (`r#type` is read as `type`).
pub fn take<T: FromValue>(map: &mut Map<String, Value>, key: &str) -> T {
    let key = key.strip_prefix("r#").unwrap_or(key);
    map.remove(key).map(T::from_value).unwrap_or_default()
}

/// The text of a scalar (numbers and booleans as written); null, lists and objects give "".
pub fn text(value: &Value) -> std::borrow::Cow<'_, str> {
    match value {
        Value::String(s) => s.as_str().into(),
        Value::Bool(b) => if *b { "true" } else { "false" }.into(),
        Value::Number(n) => n.to_string().into(),
        _ => "".into(),
    }
}

impl FromValue for String {
    fn from_value(value: Value) -> String {
        match value {
            Value::String(s) => s,
            other => text(&other).into_owned(),
        }
    }
}

impl FromValue for bool {
    /// `true`, `"true"` and non-zero numbers are true; anything else is false.
    fn from_value(value: Value) -> bool {
        let text = text(&value);
        text == "true" || text.parse::<f64>().is_ok_and(|n| n != 0.0)
    }
}

/// A number read leniently: numeric strings are parsed, anything unusable is `None`.
fn number(value: &Value) -> Option<i64> {
    match value {
        Value::Number(n) => n
            .as_i64()
            .or_else(|| n.as_u64().map(|_| i64::MAX))
            // `as` saturates and maps NaN to 0: no panic on huge or odd floats.
            .or_else(|| n.as_f64().filter(|f| f.is_finite()).map(|f| f as i64)),
        Value::String(s) => {
            let s = s.trim();
            s.parse::<i64>().ok().or_else(|| {
                s.parse::<f64>()
                    .ok()
                    .filter(|f| f.is_finite())
                    .map(|f| f as i64)
            })
        }
        _ => None,
    }
}

impl FromValue for i64 {
    fn from_value(value: Value) -> i64 {
        number(&value).unwrap_or_default()
    }
}

impl FromValue for u64 {
    fn from_value(value: Value) -> u64 {
        number(&value)
            .and_then(|n| u64::try_from(n).ok())
            .unwrap_or_default()
    }
}

impl FromValue for Option<i64> {
    fn from_value(value: Value) -> Option<i64> {
        number(&value)
    }
}

impl FromValue for Value {
    fn from_value(value: Value) -> Value {
        value
    }
}

impl<T: FromValue> FromValue for Vec<T> {
    /// A list of lenient items; anything that is not a list is an empty list.
    fn from_value(value: Value) -> Vec<T> {
        match value {
            Value::Array(items) => items.into_iter().map(T::from_value).collect(),
            _ => Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::crm::{Case, CaseStatus, Contact};
    use crate::lenient::Lenient;
    use serde_json::json;

    /// Reads `value` both ways: as the frame decoder does (`Lenient`, from text) and through
    /// `FromValue`.
    fn both<T: FromValue + Lenient + PartialEq + std::fmt::Debug>(value: Value) {
        let text = value.to_string();
        let lenient = T::deserialize_lenient(&mut serde_json::Deserializer::from_str(&text));
        assert_eq!(T::from_value(value), lenient.unwrap(), "{text}");
    }

    #[test]
    fn reads_as_the_lenient_decoder_does() {
        let odd = [
            json!(null),
            json!(true),
            json!(false),
            json!(0),
            json!(-3),
            json!(12.75),
            json!(18446744073709551615u64),
            json!("1.5e3"),
            json!(" 42 "),
            json!("true"),
            json!("text"),
            json!([1, "a", null]),
            json!({"k": 1}),
        ];
        for value in &odd {
            both::<String>(value.clone());
            both::<bool>(value.clone());
            both::<i64>(value.clone());
            both::<u64>(value.clone());
            both::<Vec<String>>(value.clone());
            both::<Case>(
                json!({ "name": value, "status": value, "tag_ids": value, "peer": value }),
            );
            both::<Contact>(
                json!({ "first_name": value, "addresses": [{ "type": value, "is_primary": value }] }),
            );
        }
    }

    #[test]
    fn reads_a_case() {
        let case: Case = from_object(json!({
            "id": "k1", "status": "closed", "peer": {"type": "tel", "target": "+1555"},
            "tag_ids": ["t1"], "unknown": {"deep": [1, 2]}
        }))
        .unwrap();
        assert_eq!(case.id, "k1");
        assert_eq!(case.status, CaseStatus::Closed);
        assert_eq!(case.peer.r#type, "tel");
        assert_eq!(case.tag_ids, vec!["t1".to_string()]);
        assert!(from_object::<Case>(json!(["k1"])).is_none());
    }
}
