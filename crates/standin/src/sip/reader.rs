//! Reading one WebSocket frame as one SIP message (RFC 7118: a frame holds exactly one message).
//! rsip parses; this adds the size limit, the checks a message must pass before anyone acts on
//! it, and a 400 answer for a request that is broken but readable enough to answer.

use rsip::prelude::*;
use rsip::{Request, SipMessage};

use super::responses;

/// Larger messages are refused (a REGISTER or INVITE with SDP is a few KiB).
pub const MAX_MESSAGE_BYTES: usize = 64 * 1024;

// One value per frame, moved once: boxing the message would only add an allocation.
#[allow(clippy::large_enum_variant)]
#[derive(Debug)]
pub enum Frame {
    /// Only CRLFs (RFC 5626 keep-alive). `pong`: a double CRLF "ping" is answered with one CRLF.
    KeepAlive {
        pong: bool,
    },
    Message(SipMessage),
}

/// A frame that is not a usable SIP message.
#[derive(Debug)]
pub struct Rejected {
    pub why: String,
    /// `400 Bad Request` when the frame was a request readable enough to answer.
    pub reply: Option<String>,
}

pub fn read_frame(bytes: &[u8]) -> Result<Frame, Rejected> {
    if !bytes.is_empty() && bytes.iter().all(|b| *b == b'\r' || *b == b'\n') {
        return Ok(Frame::KeepAlive {
            pong: bytes.starts_with(b"\r\n\r\n"),
        });
    }
    if bytes.len() > MAX_MESSAGE_BYTES {
        return Err(rejected(
            bytes,
            format!("message of {} bytes is over the limit", bytes.len()),
            "Message Too Large",
        ));
    }
    let message = match SipMessage::try_from(bytes) {
        Ok(message) => message,
        Err(error) => return Err(rejected(bytes, error.to_string(), "Malformed Message")),
    };
    let problem = match &message {
        SipMessage::Request(request) => request_problem(request),
        SipMessage::Response(response) => {
            let missing = response.via_header().is_err()
                || response.call_id_header().is_err()
                || response.cseq_header().and_then(|c| c.typed()).is_err();
            missing.then_some("response without a usable Via, Call-ID or CSeq")
        }
    };
    match (problem, &message) {
        (None, _) => Ok(Frame::Message(message)),
        // Answered from the raw text, which checks that every header a response copies is there.
        (Some(why), SipMessage::Request(_)) => Err(rejected(bytes, why.to_owned(), "Bad Request")),
        (Some(why), SipMessage::Response(_)) => Err(Rejected {
            why: why.to_owned(),
            reply: None,
        }),
    }
}

/// What makes a parsed request unusable (RFC 3261 8.1.1's mandatory headers, a CSeq that
/// matches the method, a body as long as Content-Length says).
fn request_problem(request: &Request) -> Option<&'static str> {
    if request.via_header().is_err() {
        return Some("missing Via");
    }
    if request.call_id_header().is_err() || request.from_header().is_err() {
        return Some("missing Call-ID or From");
    }
    let Ok(to) = request.to_header() else {
        return Some("missing To");
    };
    if to.uri().is_err() {
        return Some("unreadable To");
    }
    match request.cseq_header().and_then(|c| c.typed()) {
        Ok(cseq) if cseq.method == request.method => {}
        Ok(_) => return Some("CSeq method differs from the request's"),
        Err(_) => return Some("missing or unreadable CSeq"),
    }
    let declared = request.headers.iter().find_map(|h| match h {
        rsip::Header::ContentLength(length) => Some(length.value().trim().parse::<usize>()),
        _ => None,
    });
    match declared {
        Some(Ok(length)) if length != request.body.len() => {
            Some("body length differs from Content-Length")
        }
        Some(Err(_)) => Some("unreadable Content-Length"),
        _ => None,
    }
}

/// A frame that is no usable message: answer 400 if its start is a request line (not ACK) and
/// the headers a response needs can be found, else drop it.
fn rejected(bytes: &[u8], why: String, reason: &str) -> Rejected {
    let head = &bytes[..bytes.len().min(MAX_MESSAGE_BYTES)];
    // The copied headers are the sender's; if they do not make a readable response (a CSeq
    // without a method, say), the sender could not match the answer anyway.
    let reply = responses::bad_request_from_raw(head, reason)
        .filter(|reply| matches!(read_frame(reply.as_bytes()), Ok(Frame::Message(_))));
    Rejected { why, reply }
}

#[cfg(test)]
#[path = "reader_tests.rs"]
mod tests;
