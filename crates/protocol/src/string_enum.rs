//! `string_enum!`: wire enums that travel as plain strings.
//!
//! VoIPBIN adds enum values over time and its docs use other spellings than the server, so every
//! generated enum keeps unknown values in `Other(String)`, accepts documented aliases, matches
//! case-insensitively as a fallback, and never fails to deserialize (a wrong-typed value becomes
//! `Other(..)` or the default instead of losing the whole event).

/// Generates a string enum. The first literal of a variant is its wire form; `| "alias"` adds
/// spellings accepted on input. `Default` is whatever the empty string parses to.
macro_rules! string_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $wire:literal $(| $alias:literal)* ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash)]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )+
            /// A value this crate does not know, kept verbatim.
            Other(String),
        }

        impl $name {
            /// Wire forms of the known variants, in declaration order.
            pub const NAMES: &'static [&'static str] = &[$($wire),+];

            /// The wire form.
            pub fn as_str(&self) -> &str {
                match self {
                    $( Self::$variant => $wire, )+
                    Self::Other(s) => s.as_str(),
                }
            }

            /// Parses a wire value; never fails (unknown values become `Other`).
            pub fn parse(s: &str) -> Self {
                match s {
                    $( $wire $(| $alias)* => Self::$variant, )+
                    _ => Self::parse_ignoring_case(s),
                }
            }

            fn parse_ignoring_case(s: &str) -> Self {
                $(
                    if s.eq_ignore_ascii_case($wire) $(|| s.eq_ignore_ascii_case($alias))* {
                        return Self::$variant;
                    }
                )+
                Self::Other(s.to_owned())
            }

            /// Every known variant (not `Other`), in declaration order.
            pub fn known() -> ::std::vec::Vec<Self> {
                ::std::vec![$(Self::$variant),+]
            }

            /// False for `Other(..)`.
            pub fn is_known(&self) -> bool {
                !matches!(self, Self::Other(_))
            }
        }

        impl ::core::default::Default for $name {
            fn default() -> Self {
                Self::parse("")
            }
        }

        impl ::core::fmt::Display for $name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::core::str::FromStr for $name {
            type Err = ::core::convert::Infallible;
            fn from_str(s: &str) -> ::core::result::Result<Self, Self::Err> {
                Ok(Self::parse(s))
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, s: S) -> ::core::result::Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> ::core::result::Result<Self, D::Error> {
                $crate::lenient::string_with(d, |s| Self::parse(s))
            }
        }

        /// The single-pass decoder holds enum fields as text.
        impl $crate::any_fields::FromAny<::core::option::Option<::std::string::String>> for $name {
            fn from_any(source: ::core::option::Option<::std::string::String>) -> Self {
                Self::parse(source.as_deref().unwrap_or(""))
            }
        }

        impl $crate::from_value::FromValue for $name {
            fn from_value(value: ::serde_json::Value) -> Self {
                Self::parse(&$crate::from_value::text(&value))
            }
        }

        impl $crate::lenient::Lenient for $name {
            fn deserialize_lenient<'de, D: ::serde::Deserializer<'de>>(
                d: D,
            ) -> ::core::result::Result<Self, D::Error> {
                <Self as ::serde::Deserialize>::deserialize(d)
            }
        }
    };
}

pub(crate) use string_enum;
