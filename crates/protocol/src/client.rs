//! Client-to-server messages: `{"type":"subscribe"|"unsubscribe","topics":[...]}`.

use serde::Serialize;

use crate::decode_error::DecodeError;
use crate::envelope::{parse_top_level, raw_string, RawObject, TopLevel};
use crate::frame::MAX_FRAME_BYTES;
use crate::topic::{Topic, TopicError};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ClientMessage {
    Subscribe { topics: Vec<String> },
    Unsubscribe { topics: Vec<String> },
}

#[derive(Serialize)]
struct Wire<'a> {
    r#type: &'a str,
    topics: &'a [String],
}

impl ClientMessage {
    /// `"subscribe"` or `"unsubscribe"` (also the `action` of an ack or error).
    pub fn action(&self) -> &'static str {
        match self {
            ClientMessage::Subscribe { .. } => "subscribe",
            ClientMessage::Unsubscribe { .. } => "unsubscribe",
        }
    }

    pub fn topics(&self) -> &[String] {
        match self {
            ClientMessage::Subscribe { topics } | ClientMessage::Unsubscribe { topics } => topics,
        }
    }

    pub fn encode(&self) -> String {
        let wire = Wire {
            r#type: self.action(),
            topics: self.topics(),
        };
        serde_json::to_string(&wire).unwrap_or_default()
    }

    /// Server side: decodes a client message. Every error means INVALID_MESSAGE
    /// ([`DecodeError::error_code`]); topics are not validated here (see
    /// [`ClientMessage::invalid_topics`], which means INVALID_TOPIC).
    pub fn decode(text: &str) -> Result<ClientMessage, DecodeError> {
        if text.len() > MAX_FRAME_BYTES {
            return Err(DecodeError::TooLarge(text.len()));
        }
        match parse_top_level(text).map_err(|e| DecodeError::NotJson(e.to_string()))? {
            TopLevel::Object(obj) => {
                let kind = match obj.string("type") {
                    None => return Err(DecodeError::MissingField("type")),
                    Some(Err(())) => return Err(DecodeError::InvalidField("type")),
                    Some(Ok(kind)) => kind,
                };
                Self::from_object(&kind, &obj)
            }
            TopLevel::NotObject => Err(DecodeError::NotAnObject),
        }
    }

    /// Builds the message once the `type` is known to be a client one.
    pub(crate) fn from_object(
        kind: &str,
        obj: &RawObject<'_>,
    ) -> Result<ClientMessage, DecodeError> {
        let topics = Self::topics_of(obj)?;
        match kind {
            "subscribe" => Ok(ClientMessage::Subscribe { topics }),
            "unsubscribe" => Ok(ClientMessage::Unsubscribe { topics }),
            other => Err(DecodeError::UnknownType(other.to_owned())),
        }
    }

    fn topics_of(obj: &RawObject<'_>) -> Result<Vec<String>, DecodeError> {
        let raw = obj
            .get("topics")
            .ok_or(DecodeError::MissingField("topics"))?;
        let items: Vec<&serde_json::value::RawValue> =
            serde_json::from_str(raw.get()).map_err(|_| DecodeError::InvalidField("topics"))?;
        items
            .into_iter()
            .map(|item| raw_string(item).map(|s| s.into_owned()))
            .collect::<Option<Vec<String>>>()
            .ok_or(DecodeError::InvalidField("topics"))
    }

    /// The topics that do not parse, with the reason (the server answers INVALID_TOPIC).
    pub fn invalid_topics(&self) -> Vec<(String, TopicError)> {
        self.topics()
            .iter()
            .filter_map(|t| t.parse::<Topic>().err().map(|e| (t.clone(), e)))
            .collect()
    }
}
