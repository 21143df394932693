//! Every text frame from the socket: decoded with the protocol crate, logged for the inspector,
//! and handed to the store (events) or the connection (acks, errors). Never panics: a frame that
//! is not understood is reported in the inspector and dropped.

use crate::state::DeskState;
use voipbin_protocol::{decode, is_uuid, ErrorCode, Frame};

pub enum Control {
    None,
    Ack(Vec<String>),
    Error {
        topics: Vec<String>,
        code: ErrorCode,
        message: String,
    },
}

pub fn take_frame(desk: &DeskState, text: &str, secret: &str, now_ms: f64) -> Control {
    match decode(text) {
        Ok(Frame::Event(event)) if event.resource_id().is_some_and(|id| !is_uuid(id)) => {
            // VoIPBIN ids are UUIDs: anything else would become a row that never updates or ends.
            let problem = format!(
                "resource id {:?} is not a VoIPBIN id (UUID); event ignored",
                event.resource_id().unwrap_or_default()
            );
            desk.update_inspector(|log| {
                log.record(now_ms, "invalid", "", text, Some(problem), secret)
            });
            Control::None
        }
        Ok(Frame::Event(event)) => {
            desk.update_inspector(|log| {
                let kind = event.resource.kind();
                log.record(
                    now_ms,
                    event.event_type.as_str(),
                    kind.as_str(),
                    text,
                    None,
                    secret,
                )
            });
            desk.enqueue(event);
            Control::None
        }
        Ok(Frame::Ack { topics, .. }) => {
            desk.update_inspector(|log| log.record(now_ms, "ack", "", text, None, secret));
            Control::Ack(topics)
        }
        Ok(Frame::Error {
            topics,
            code,
            message,
            ..
        }) => {
            desk.update_inspector(|log| {
                log.record(
                    now_ms,
                    "error",
                    code.as_str(),
                    text,
                    Some(message.clone()),
                    secret,
                )
            });
            Control::Error {
                topics,
                code,
                message,
            }
        }
        Ok(Frame::Client(_)) => {
            desk.update_inspector(|log| {
                log.record(
                    now_ms,
                    "unexpected",
                    "",
                    text,
                    Some("a client message from the server".into()),
                    secret,
                )
            });
            Control::None
        }
        Err(problem) => {
            desk.update_inspector(|log| {
                log.record(
                    now_ms,
                    "invalid",
                    "",
                    text,
                    Some(problem.to_string()),
                    secret,
                )
            });
            Control::None
        }
    }
}
