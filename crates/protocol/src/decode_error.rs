//! Why a frame could not be decoded.

use core::fmt;

use crate::error_code::ErrorCode;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// Not valid JSON (serde_json's message).
    NotJson(String),
    /// Valid JSON but not an object.
    NotAnObject,
    /// Longer than [`crate::MAX_FRAME_BYTES`] (the length is given).
    TooLarge(usize),
    /// An object that is no known envelope and no recognizable resource.
    UnknownShape,
    MissingField(&'static str),
    /// A field of the wrong type (e.g. `"topics": "x"`).
    InvalidField(&'static str),
    /// A client message whose `type` is not subscribe/unsubscribe.
    UnknownType(String),
}

impl DecodeError {
    /// The documented error code a server answers with.
    pub fn error_code(&self) -> ErrorCode {
        ErrorCode::InvalidMessage
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::NotJson(e) => write!(f, "not JSON: {e}"),
            DecodeError::NotAnObject => f.write_str("not a JSON object"),
            DecodeError::TooLarge(n) => write!(f, "frame of {n} bytes is too large"),
            DecodeError::UnknownShape => f.write_str("unrecognized frame"),
            DecodeError::MissingField(k) => write!(f, "missing field {k:?}"),
            DecodeError::InvalidField(k) => write!(f, "field {k:?} has the wrong type"),
            DecodeError::UnknownType(t) => write!(f, "unknown message type {t:?}"),
        }
    }
}

impl std::error::Error for DecodeError {}
