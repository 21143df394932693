//! First pass over a frame: the top-level object's keys with their values left as raw JSON
//! text. This avoids building a `serde_json::Value` tree for the (large) resource payload.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::value::RawValue;

use crate::lenient::Lenient;
use crate::resource::FieldSet;

/// The top-level value of a frame.
pub(crate) enum TopLevel<'a> {
    Object(RawObject<'a>),
    NotObject,
}

/// A JSON object's fields in order, values unparsed.
pub(crate) struct RawObject<'a> {
    pub fields: Vec<(Cow<'a, str>, &'a RawValue)>,
}

/// Parses `text` far enough to list the top-level fields.
pub(crate) fn parse_top_level(text: &str) -> Result<TopLevel<'_>, serde_json::Error> {
    let mut de = serde_json::Deserializer::from_str(text);
    let top = de.deserialize_any(TopLevelVisitor)?;
    de.end()?;
    Ok(top)
}

/// An object key, borrowed from the frame when it has no escapes.
pub(crate) struct Key<'a>(pub Cow<'a, str>);

impl<'de> de::Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a key")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Borrowed(v)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(v.to_owned())))
            }
        }
        d.deserialize_str(KeyVisitor)
    }
}

struct TopLevelVisitor;

impl<'de> Visitor<'de> for TopLevelVisitor {
    type Value = TopLevel<'de>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut fields = Vec::with_capacity(map.size_hint().unwrap_or(8).min(64));
        while let Some(Key(key)) = map.next_key::<Key<'de>>()? {
            let value: &'de RawValue = map.next_value()?;
            fields.push((key, value));
        }
        Ok(TopLevel::Object(RawObject { fields }))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(TopLevel::NotObject)
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<Self::Value, E> {
        Ok(TopLevel::NotObject)
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
        Ok(TopLevel::NotObject)
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Self::Value, E> {
        Ok(TopLevel::NotObject)
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Self::Value, E> {
        Ok(TopLevel::NotObject)
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
        Ok(TopLevel::NotObject)
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(TopLevel::NotObject)
    }
}

impl<'a> RawObject<'a> {
    /// The value of `key` (the last one if repeated, as `serde_json::Value` does).
    pub fn get(&self, key: &str) -> Option<&'a RawValue> {
        self.fields
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| *v)
    }

    /// The value of `key` when it is a JSON string; `Some(Err(()))` when it is something else.
    pub fn string(&self, key: &str) -> Option<Result<Cow<'a, str>, ()>> {
        self.get(key).map(|raw| raw_string(raw).ok_or(()))
    }

    /// The value of `key` read leniently (default when missing or unusable).
    pub fn lenient<T: Lenient>(&self, key: &str) -> T {
        self.get(key).map(raw_lenient).unwrap_or_default()
    }

    /// The fields not in `known`, as JSON values.
    pub fn extra(&self, known: &[&str]) -> serde_json::Map<String, serde_json::Value> {
        self.fields
            .iter()
            .filter(|(k, _)| !known.contains(&k.as_ref()))
            .map(|(k, v)| {
                (
                    k.to_string(),
                    serde_json::from_str(v.get()).unwrap_or_default(),
                )
            })
            .collect()
    }
}

/// A raw JSON string's text, borrowed when it has no escapes.
pub(crate) fn raw_string(raw: &RawValue) -> Option<Cow<'_, str>> {
    match unescaped(raw.get()) {
        Some(s) => Some(Cow::Borrowed(s)),
        None => serde_json::from_str::<String>(raw.get())
            .ok()
            .map(Cow::Owned),
    }
}

/// The inside of a JSON string literal that needs no unescaping.
fn unescaped(json: &str) -> Option<&str> {
    json.strip_prefix('"')?
        .strip_suffix('"')
        .filter(|inner| !inner.contains(['\\', '"']))
}

pub(crate) fn raw_lenient<T: Lenient>(raw: &RawValue) -> T {
    let mut de = serde_json::Deserializer::from_str(raw.get());
    T::deserialize_lenient(&mut de).unwrap_or_default()
}

impl FieldSet for RawObject<'_> {
    fn has(&self, key: &str) -> bool {
        self.fields.iter().any(|(k, _)| k == key)
    }
    fn text(&self, key: &str) -> Option<Cow<'_, str>> {
        self.get(key).and_then(raw_string)
    }
}
