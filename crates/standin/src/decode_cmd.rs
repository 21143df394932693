//! `voipbin-standin decode`: frames on stdin (one per line) -> one JSON line each on stdout.
//! Events: `{"resource","event","id"}`; acks/errors/client messages: `{"control",…}`;
//! anything else `{"invalid":"<reason>"}`. Never stops early: every line gets an answer.

use std::io::{BufRead, Write};
use std::process::ExitCode;

use serde_json::{json, Value};
use voipbin_protocol::{decode, ClientMessage, Frame};

/// Reasons are cut to this many characters.
const MAX_REASON: usize = 120;

pub fn run(mut input: impl BufRead, mut output: impl Write) -> ExitCode {
    let mut line = Vec::new();
    loop {
        line.clear();
        match input.read_until(b'\n', &mut line) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => {
                eprintln!("error: reading stdin: {e}");
                return ExitCode::FAILURE;
            }
        }
        let answer = describe_line(&line);
        if writeln!(output, "{answer}").is_err() {
            // stdout closed (e.g. piped into `head`): nothing more to do.
            return ExitCode::SUCCESS;
        }
    }
    let _ = output.flush();
    ExitCode::SUCCESS
}

/// One input line (with or without its newline) -> the JSON answer.
pub fn describe_line(raw: &[u8]) -> Value {
    let raw = raw.strip_suffix(b"\n").unwrap_or(raw);
    let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
    let Ok(text) = std::str::from_utf8(raw) else {
        return invalid("not UTF-8");
    };
    if text.trim().is_empty() {
        return invalid("empty line");
    }
    match decode(text) {
        Ok(frame) => describe_frame(frame),
        Err(e) => invalid(&e.to_string()),
    }
}

fn describe_frame(frame: Frame) -> Value {
    match frame {
        Frame::Event(event) => json!({
            "resource": event.resource.kind().as_str(),
            "event": event.event_type.as_str(),
            "id": event.resource_id(),
        }),
        Frame::Ack { topics, .. } => json!({ "control": "ack", "topics": topics }),
        Frame::Error { code, .. } => json!({ "control": "error", "code": code.as_str() }),
        Frame::Client(message) => {
            let action = message.action();
            let topics = match &message {
                ClientMessage::Subscribe { topics } | ClientMessage::Unsubscribe { topics } => {
                    topics
                }
            };
            json!({ "control": action, "topics": topics })
        }
    }
}

fn invalid(reason: &str) -> Value {
    let short: String = reason.chars().take(MAX_REASON).collect();
    json!({ "invalid": short })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn describes_each_kind() {
        let ev = describe_line(br#"{"type":"call_hangup","data":{"id":"c1","status":"hangup"}}"#);
        assert_eq!(
            ev,
            json!({"resource":"call","event":"call_hangup","id":"c1"})
        );
        let ack = describe_line(
            br#"{"type":"ack","action":"subscribe","topics":["a"],"status":"success"}"#,
        );
        assert_eq!(ack, json!({"control":"ack","topics":["a"]}));
        let err = describe_line(br#"{"type":"error","code":"PERMISSION_DENIED"}"#);
        assert_eq!(err, json!({"control":"error","code":"PERMISSION_DENIED"}));
        let sub = describe_line(b"{\"type\":\"subscribe\",\"topics\":[\"x\"]}\r\n");
        assert_eq!(sub, json!({"control":"subscribe","topics":["x"]}));
        for bad in [&b"{"[..], b"", b"  ", b"\xff\xfe", b"[]", b"42"] {
            assert!(describe_line(bad).get("invalid").is_some(), "{bad:?}");
        }
    }

    #[test]
    fn keeps_going_after_garbage() {
        let input = b"garbage\n{\"type\":\"call_created\",\"data\":{\"id\":\"a\"}}\n\xff\n";
        let mut out = Vec::new();
        run(&input[..], &mut out);
        let lines: Vec<&str> = std::str::from_utf8(&out).unwrap().lines().collect();
        assert_eq!(lines.len(), 3);
        assert!(lines[1].contains("call_created"));
    }
}
