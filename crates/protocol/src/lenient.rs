//! Tolerant field decoding: a wrong-typed field falls back to a default instead of failing the
//! whole resource, so one odd field never loses an event. Every resource field is read through
//! [`Lenient`], dispatching on the field's type: by [`LenientSeed`] in the single-pass union
//! (`crate::any_fields`), by [`field`] in the derived `Deserialize` of a struct.

use core::fmt;
use core::marker::PhantomData;

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

/// A type that can always be decoded from any JSON value (falling back to a default).
pub trait Lenient: Sized + Default {
    fn deserialize_lenient<'de, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error>;
}

/// `#[serde(deserialize_with = "crate::lenient::field")]` for any [`Lenient`] field.
pub fn field<'de, D: Deserializer<'de>, T: Lenient>(d: D) -> Result<T, D::Error> {
    T::deserialize_lenient(d)
}

/// Reads a [`Lenient`] value through serde's seed API (map values of the single-pass decoder).
pub struct LenientSeed<T>(PhantomData<T>);

impl<T> LenientSeed<T> {
    pub fn new() -> Self {
        LenientSeed(PhantomData)
    }
}

impl<'de, T: Lenient> de::DeserializeSeed<'de> for LenientSeed<T> {
    type Value = T;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<T, D::Error> {
        T::deserialize_lenient(d)
    }
}

/// Wraps a [`Lenient`] so it can be used where serde wants `Deserialize` (sequence items).
struct Item<T>(T);

impl<'de, T: Lenient> de::Deserialize<'de> for Item<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        T::deserialize_lenient(d).map(Item)
    }
}

fn drain_seq<'de, A: SeqAccess<'de>>(mut seq: A) -> Result<(), A::Error> {
    while seq.next_element::<IgnoredAny>()?.is_some() {}
    Ok(())
}

fn drain_map<'de, A: MapAccess<'de>>(mut map: A) -> Result<(), A::Error> {
    while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
    Ok(())
}

/// Reads any scalar as text and hands it to `make`; null, arrays and objects give `make("")`.
pub fn string_with<'de, D, T, F>(d: D, make: F) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    F: FnOnce(&str) -> T,
{
    struct TextVisitor<F, T>(F, PhantomData<T>);

    impl<'de, F: FnOnce(&str) -> T, T> Visitor<'de> for TextVisitor<F, T> {
        type Value = T;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("any JSON value")
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
            Ok((self.0)(v))
        }
        fn visit_bool<E: de::Error>(self, v: bool) -> Result<T, E> {
            Ok((self.0)(if v { "true" } else { "false" }))
        }
        fn visit_i64<E: de::Error>(self, v: i64) -> Result<T, E> {
            Ok((self.0)(&v.to_string()))
        }
        fn visit_u64<E: de::Error>(self, v: u64) -> Result<T, E> {
            Ok((self.0)(&v.to_string()))
        }
        fn visit_f64<E: de::Error>(self, v: f64) -> Result<T, E> {
            Ok((self.0)(&v.to_string()))
        }
        fn visit_unit<E: de::Error>(self) -> Result<T, E> {
            Ok((self.0)(""))
        }
        fn visit_none<E: de::Error>(self) -> Result<T, E> {
            Ok((self.0)(""))
        }
        fn visit_some<D2: Deserializer<'de>>(self, d: D2) -> Result<T, D2::Error> {
            string_with(d, self.0)
        }
        fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<T, A::Error> {
            drain_seq(seq)?;
            Ok((self.0)(""))
        }
        fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
            drain_map(map)?;
            Ok((self.0)(""))
        }
    }

    d.deserialize_any(TextVisitor(make, PhantomData))
}

impl Lenient for String {
    fn deserialize_lenient<'de, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        string_with(d, str::to_owned)
    }
}

/// A number read leniently: numeric strings are parsed, anything unusable is `None`.
fn number<'de, D: Deserializer<'de>>(d: D) -> Result<Option<i64>, D::Error> {
    struct NumberVisitor;

    impl<'de> Visitor<'de> for NumberVisitor {
        type Value = Option<i64>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a number")
        }
        fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
            Ok(Some(v))
        }
        fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
            Ok(Some(i64::try_from(v).unwrap_or(i64::MAX)))
        }
        fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
            // `as` saturates and maps NaN to 0: no panic on huge or odd floats.
            Ok(v.is_finite().then_some(v as i64))
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
            let v = v.trim();
            Ok(v.parse::<i64>().ok().or_else(|| {
                v.parse::<f64>()
                    .ok()
                    .filter(|f| f.is_finite())
                    .map(|f| f as i64)
            }))
        }
        fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_some<D2: Deserializer<'de>>(self, d: D2) -> Result<Self::Value, D2::Error> {
            number(d)
        }
        fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
            drain_seq(seq).map(|()| None)
        }
        fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
            drain_map(map).map(|()| None)
        }
    }

    d.deserialize_any(NumberVisitor)
}

impl Lenient for i64 {
    fn deserialize_lenient<'de, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        number(d).map(Option::unwrap_or_default)
    }
}

impl Lenient for u64 {
    fn deserialize_lenient<'de, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        // Negative values make no sense for the unsigned fields (permission bits): use 0.
        number(d).map(|n| n.and_then(|n| u64::try_from(n).ok()).unwrap_or_default())
    }
}

impl Lenient for Option<i64> {
    fn deserialize_lenient<'de, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        number(d)
    }
}

impl Lenient for bool {
    /// `true`, `"true"` and non-zero numbers are true; anything else is false.
    fn deserialize_lenient<'de, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        string_with(d, |text| {
            text == "true" || text.parse::<f64>().is_ok_and(|n| n != 0.0)
        })
    }
}

impl Lenient for serde_json::Value {
    /// Captured as raw text first (skipping nesting without recursion), then parsed: JSON
    /// nested deeper than serde_json's recursion limit becomes `Null` instead of failing the
    /// whole resource.
    fn deserialize_lenient<'de, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw: Box<serde_json::value::RawValue> = de::Deserialize::deserialize(d)?;
        Ok(serde_json::from_str(raw.get()).unwrap_or(serde_json::Value::Null))
    }
}

impl<T: Lenient> Lenient for Vec<T> {
    /// A list of lenient items; anything that is not a list is an empty list.
    fn deserialize_lenient<'de, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct ListVisitor<T>(PhantomData<T>);

        impl<'de, T: Lenient> Visitor<'de> for ListVisitor<T> {
            type Value = Vec<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a list")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
                // Cap the pre-allocation: a size hint is not a promise.
                let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(64));
                while let Some(Item(item)) = seq.next_element::<Item<T>>()? {
                    out.push(item);
                }
                Ok(out)
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Vec<T>, A::Error> {
                drain_map(map).map(|()| Vec::new())
            }
            fn visit_str<E: de::Error>(self, _: &str) -> Result<Vec<T>, E> {
                Ok(Vec::new())
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<Vec<T>, E> {
                Ok(Vec::new())
            }
            fn visit_i64<E: de::Error>(self, _: i64) -> Result<Vec<T>, E> {
                Ok(Vec::new())
            }
            fn visit_u64<E: de::Error>(self, _: u64) -> Result<Vec<T>, E> {
                Ok(Vec::new())
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<Vec<T>, E> {
                Ok(Vec::new())
            }
            fn visit_unit<E: de::Error>(self) -> Result<Vec<T>, E> {
                Ok(Vec::new())
            }
            fn visit_none<E: de::Error>(self) -> Result<Vec<T>, E> {
                Ok(Vec::new())
            }
            fn visit_some<D2: Deserializer<'de>>(self, d: D2) -> Result<Vec<T>, D2::Error> {
                Vec::<T>::deserialize_lenient(d)
            }
        }

        d.deserialize_any(ListVisitor(PhantomData))
    }
}

/// A nested struct read leniently: an object is decoded field by field (each field lenient
/// itself), anything else gives the struct's default.
pub fn object<'de, D, T>(d: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: de::Deserialize<'de> + Default,
{
    struct ObjectVisitor<T>(PhantomData<T>);

    impl<'de, T: de::Deserialize<'de> + Default> Visitor<'de> for ObjectVisitor<T> {
        type Value = T;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an object")
        }
        fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
            T::deserialize(de::value::MapAccessDeserializer::new(map))
        }
        fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<T, A::Error> {
            drain_seq(seq).map(|()| T::default())
        }
        fn visit_str<E: de::Error>(self, _: &str) -> Result<T, E> {
            Ok(T::default())
        }
        fn visit_bool<E: de::Error>(self, _: bool) -> Result<T, E> {
            Ok(T::default())
        }
        fn visit_i64<E: de::Error>(self, _: i64) -> Result<T, E> {
            Ok(T::default())
        }
        fn visit_u64<E: de::Error>(self, _: u64) -> Result<T, E> {
            Ok(T::default())
        }
        fn visit_f64<E: de::Error>(self, _: f64) -> Result<T, E> {
            Ok(T::default())
        }
        fn visit_unit<E: de::Error>(self) -> Result<T, E> {
            Ok(T::default())
        }
        fn visit_none<E: de::Error>(self) -> Result<T, E> {
            Ok(T::default())
        }
        fn visit_some<D2: Deserializer<'de>>(self, d: D2) -> Result<T, D2::Error> {
            object(d)
        }
    }

    d.deserialize_any(ObjectVisitor(PhantomData))
}

/// Declares a resource struct whose every field is `#[serde(default)]` and lenient, and makes
/// the struct itself [`Lenient`] so it can nest inside other resources. Decoding goes through
/// the single-pass union (`from_any`); the derived `Deserialize` serves nested structs
/// ([`object`]) and callers deserializing a struct directly (the desk stores its `Agent`).
macro_rules! resource_struct {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $( $(#[$fmeta:meta])* pub $field:ident : $ty:ty ),+ $(,)?
        }
    ) => {
        $crate::lenient::rest_struct! {
            $(#[$meta])*
            pub struct $name {
                $( $(#[$fmeta])* pub $field: $ty, )+
            }
        }

        // Nested structs (Address, MessageTarget) never stand alone: these go unused for them.
        #[allow(dead_code)]
        impl $name {
            /// The union fields the resource is built from.
            pub(crate) const ANY_FIELDS: $crate::any_fields::FieldMask =
                0 $( | $crate::any_fields::Field::$field.bit() )+;

            /// Builds the resource from the single-pass field union, moving its fields out.
            pub(crate) fn from_any(any: &mut $crate::any_fields::AnyFields<'_>) -> Self {
                $name {
                    $( $field: $crate::any_fields::FromAny::from_any(any.$field.take()), )+
                }
            }
        }
    };
}

pub(crate) use resource_struct;

/// A struct that only REST carries (never an event), read as leniently as a resource but
/// without a place in the frame decoder's field union.
macro_rules! rest_struct {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $( $(#[$fmeta:meta])* pub $field:ident : $ty:ty ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
        #[serde(default)]
        pub struct $name {
            $(
                $(#[$fmeta])*
                #[serde(deserialize_with = "crate::lenient::field")]
                pub $field: $ty,
            )+
        }

        impl $crate::lenient::Lenient for $name {
            fn deserialize_lenient<'de, D: ::serde::Deserializer<'de>>(
                d: D,
            ) -> ::core::result::Result<Self, D::Error> {
                $crate::lenient::object(d)
            }
        }

        impl $crate::from_value::FromValue for $name {
            fn from_value(value: ::serde_json::Value) -> Self {
                let ::serde_json::Value::Object(mut map) = value else {
                    return Self::default();
                };
                $name {
                    $( $field: $crate::from_value::take(&mut map, stringify!($field)), )+
                }
            }
        }
    };
}

pub(crate) use rest_struct;
