//! What the simulation hands to the server core: events to publish, and action errors.

use std::fmt;

use voipbin_protocol::{EventType, Resource};

/// One event to fan out to WebSocket subscribers and the customer webhook.
#[derive(Clone, Debug, PartialEq)]
pub struct Published {
    pub event_type: EventType,
    pub resource: Resource,
    pub customer_id: String,
    /// The owning agent when the payload itself names one (`owner_type` agent): calls and
    /// conversations. Deployed VoIPBIN puts no owner on agents, queuecalls, messages,
    /// conversation messages, transcribes or transcripts, so those reach `customer_id:` topics
    /// only, and this is `None` for them.
    pub agent_id: Option<String>,
    /// Team-talk events only: the chat's participants, each of whom gets the event on its own
    /// agent topics (crate::talk::topics). Empty for everything else.
    pub audience: Vec<String>,
}

/// Why an action was refused. Never a panic: the REST layer maps these to 404/409/400/403.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SimError {
    NotFound(&'static str),
    InvalidState(String),
    BadRequest(String),
    Forbidden(String),
}

impl fmt::Display for SimError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SimError::NotFound(what) => write!(f, "{what} not found"),
            SimError::InvalidState(why) => write!(f, "invalid state: {why}"),
            SimError::BadRequest(why) => write!(f, "bad request: {why}"),
            SimError::Forbidden(why) => write!(f, "forbidden: {why}"),
        }
    }
}

impl std::error::Error for SimError {}
