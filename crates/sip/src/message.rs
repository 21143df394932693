//! SIP messages over WebSocket (RFC 7118): one frame holds one message, so the reader takes the
//! whole frame and checks that Content-Length, when present, agrees with it.
//!
//! Written by hand rather than with rsip: rsip costs ~100 KB gzip in the browser (see
//! shared/TOOLCHAIN.md); this reader is tested against rsip on a corpus and fuzzed.

use std::fmt::Write as _;

use crate::error::ParseError;
use crate::header::Headers;
use crate::method::Method;
use crate::uri::Uri;

/// Frames larger than this are refused; a UA's messages are a few KB.
pub const MAX_MESSAGE_BYTES: usize = 64 * 1024;
/// Header lines (after unfolding) beyond this are refused.
pub const MAX_HEADERS: usize = 100;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub method: Method,
    pub uri: Uri,
    pub headers: Headers,
    pub body: Vec<u8>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    /// 100..=699.
    pub status: u16,
    pub reason: String,
    pub headers: Headers,
    pub body: Vec<u8>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    Request(Request),
    Response(Response),
}

impl Message {
    /// Reads one message from a WebSocket frame (text or binary).
    pub fn parse(frame: &[u8]) -> Result<Message, ParseError> {
        if frame.len() > MAX_MESSAGE_BYTES {
            return Err(ParseError::TooLarge(frame.len()));
        }
        // RFC 3261 7.5: CRLFs before the start line are ignored.
        let start = frame
            .iter()
            .position(|b| !b"\r\n".contains(b))
            .unwrap_or(frame.len());
        let frame = &frame[start..];
        let (head_end, body_start) = head_end(frame).ok_or(ParseError::NoHeaderEnd)?;
        let head = std::str::from_utf8(&frame[..head_end]).map_err(|_| ParseError::NotUtf8)?;
        let mut lines = head
            .split('\n')
            .map(|line| line.strip_suffix('\r').unwrap_or(line));
        let start_line = lines.next().unwrap_or_default();
        if has_control(start_line) {
            return Err(ParseError::StartLine);
        }
        let headers = parse_headers(lines)?;
        let body = body(&headers, &frame[body_start..])?;
        if let Some(rest) = start_line.strip_prefix("SIP/2.0 ") {
            let (status, reason) = parse_status(rest)?;
            return Ok(Message::Response(Response {
                status,
                reason,
                headers,
                body,
            }));
        }
        let mut words = start_line.split_whitespace();
        let (Some(method), Some(uri), Some(version), None) =
            (words.next(), words.next(), words.next(), words.next())
        else {
            return Err(ParseError::StartLine);
        };
        if !version.eq_ignore_ascii_case("SIP/2.0") {
            return Err(ParseError::StartLine);
        }
        Ok(Message::Request(Request {
            method: method.parse().map_err(|_| ParseError::StartLine)?,
            uri: Uri::parse(uri)?,
            headers,
            body,
        }))
    }

    pub fn headers(&self) -> &Headers {
        match self {
            Message::Request(request) => &request.headers,
            Message::Response(response) => &response.headers,
        }
    }

    pub fn body(&self) -> &[u8] {
        match self {
            Message::Request(request) => &request.body,
            Message::Response(response) => &response.body,
        }
    }

    /// The message as it goes in a frame, Content-Length set from the body.
    pub fn to_bytes(&self) -> Vec<u8> {
        match self {
            Message::Request(request) => request.to_bytes(),
            Message::Response(response) => response.to_bytes(),
        }
    }
}

/// End of the header section and start of the body: the first empty line (CRLF or bare LF).
fn head_end(frame: &[u8]) -> Option<(usize, usize)> {
    let mut i = 0;
    while i < frame.len() {
        if frame[i] == b'\n' {
            match frame.get(i + 1..i + 3) {
                _ if frame.get(i + 1) == Some(&b'\n') => return Some((i, i + 2)),
                Some(b"\r\n") => return Some((i, i + 3)),
                _ => {}
            }
        }
        i += 1;
    }
    None
}

fn parse_status(rest: &str) -> Result<(u16, String), ParseError> {
    let (code, reason) = rest.split_once(' ').unwrap_or((rest, ""));
    let status = code
        .parse::<u16>()
        .ok()
        .filter(|s| (100..=699).contains(s) && code.len() == 3)
        .ok_or(ParseError::StartLine)?;
    Ok((status, reason.trim().to_string()))
}

/// Control characters other than tab have no place in a start line or header (RFC 3261 25.1);
/// refusing them keeps a stray CR or NUL from reaching values that are written out again.
fn has_control(line: &str) -> bool {
    line.chars().any(|c| c.is_control() && c != '\t')
}

/// Header lines, with folded continuation lines (starting with space or tab) joined by a space.
fn parse_headers<'a>(lines: impl Iterator<Item = &'a str>) -> Result<Headers, ParseError> {
    let mut headers = Headers::default();
    for line in lines {
        if has_control(line) {
            return Err(ParseError::HeaderLine);
        }
        if line.starts_with([' ', '\t']) {
            let (_, value) = headers.0.last_mut().ok_or(ParseError::HeaderLine)?;
            let continuation = line.trim();
            if !value.is_empty() && !continuation.is_empty() {
                value.push(' ');
            }
            value.push_str(continuation);
            continue;
        }
        if headers.0.len() == MAX_HEADERS {
            return Err(ParseError::TooManyHeaders);
        }
        let (name, value) = line.split_once(':').ok_or(ParseError::HeaderLine)?;
        let name = name.trim_end();
        if !crate::method::is_token(name) {
            return Err(ParseError::HeaderLine);
        }
        headers.push(name, value.trim());
    }
    Ok(headers)
}

/// The body is the rest of the frame; a Content-Length larger than that is an error, a smaller
/// one cuts the extra bytes off (RFC 3261 18.3).
fn body(headers: &Headers, rest: &[u8]) -> Result<Vec<u8>, ParseError> {
    match headers.get("Content-Length") {
        None => Ok(rest.to_vec()),
        Some(value) => {
            let length = value
                .trim()
                .parse::<usize>()
                .map_err(|_| ParseError::ContentLength)?;
            rest.get(..length)
                .map(<[u8]>::to_vec)
                .ok_or(ParseError::ContentLength)
        }
    }
}

fn write_message(start_line: &str, headers: &Headers, body: &[u8]) -> Vec<u8> {
    let mut head = String::with_capacity(512);
    head.push_str(start_line);
    head.push_str("\r\n");
    for (name, value) in &headers.0 {
        if name.eq_ignore_ascii_case("Content-Length") {
            continue;
        }
        // A value built from user text must not be able to start a new header line.
        let value = value.replace(['\r', '\n'], " ");
        let _ = write!(head, "{name}: {value}\r\n");
    }
    let _ = write!(head, "Content-Length: {}\r\n\r\n", body.len());
    let mut out = head.into_bytes();
    out.extend_from_slice(body);
    out
}

impl Request {
    pub fn to_bytes(&self) -> Vec<u8> {
        let start_line = format!("{} {} SIP/2.0", self.method, self.uri);
        write_message(&start_line, &self.headers, &self.body)
    }

    /// The body as text, if it is UTF-8 (SDP is).
    pub fn body_text(&self) -> Option<&str> {
        std::str::from_utf8(&self.body).ok()
    }
}

impl Response {
    pub fn to_bytes(&self) -> Vec<u8> {
        let reason = self.reason.replace(['\r', '\n'], " ");
        write_message(
            &format!("SIP/2.0 {} {reason}", self.status),
            &self.headers,
            &self.body,
        )
    }

    pub fn body_text(&self) -> Option<&str> {
        std::str::from_utf8(&self.body).ok()
    }

    pub fn is_provisional(&self) -> bool {
        self.status < 200
    }

    pub fn is_success(&self) -> bool {
        (200..300).contains(&self.status)
    }
}

#[cfg(test)]
#[path = "message_tests.rs"]
mod tests;
