//! A JSON value kept as its text: for payload parts a client only passes along or counts (an
//! activeflow's executed actions), one allocation instead of a tree of maps per value.

use core::fmt;

use serde::{Deserializer, Serialize, Serializer};
use serde_json::value::RawValue;

use crate::lenient::Lenient;

#[derive(Clone)]
pub struct RawJson(Box<RawValue>);

impl RawJson {
    pub fn from_value(value: &serde_json::Value) -> RawJson {
        // A `Value` always serializes; `null` is only a formality.
        RawJson(serde_json::value::to_raw_value(value).unwrap_or_else(|_| null()))
    }

    /// The value's JSON text, as it arrived.
    pub fn get(&self) -> &str {
        self.0.get()
    }

    /// Parses the text (for the rare reader that needs the structure).
    pub fn to_value(&self) -> serde_json::Value {
        serde_json::from_str(self.get()).unwrap_or(serde_json::Value::Null)
    }
}

fn null() -> Box<RawValue> {
    RawValue::from_string("null".to_owned()).unwrap_or_else(|_| unreachable!("null is JSON"))
}

impl Default for RawJson {
    fn default() -> Self {
        RawJson(null())
    }
}

/// Same text, same value: the wire's own formatting is kept, so equal texts are what matter.
impl PartialEq for RawJson {
    fn eq(&self, other: &Self) -> bool {
        self.get() == other.get()
    }
}

impl fmt::Debug for RawJson {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.get())
    }
}

impl Serialize for RawJson {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}

impl Lenient for RawJson {
    /// Any JSON value is accepted as it is.
    fn deserialize_lenient<'de, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        serde::Deserialize::deserialize(d).map(RawJson)
    }
}

impl crate::from_value::FromValue for RawJson {
    fn from_value(value: serde_json::Value) -> Self {
        RawJson::from_value(&value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn keeps_the_text_and_writes_it_back_unchanged() {
        let value =
            json!({"id": "a1", "type": "talk", "option": {"text": "<b>hi</b>", "n": [1, 2.5]}});
        let raw = RawJson::from_value(&value);
        assert_eq!(raw.to_value(), value);
        assert_eq!(serde_json::to_value(&raw).unwrap(), value);
        assert_eq!(raw, RawJson::from_value(&value));
        assert_ne!(raw, RawJson::default());
    }
}
