//! Building responses to requests (RFC 3261 8.2.6): Via, From, To (with a tag), Call-ID and
//! CSeq copied from the request.

use rsip::headers::UntypedHeader;
use rsip::{Header, Headers, Request, Response, StatusCode};

/// The `Server` header on everything the stand-in answers.
pub const SERVER: &str = "VoIPBIN stand-in";

/// A response to `request` with an empty body; a To without a tag gets a random one.
pub fn reply(request: &Request, status: impl Into<StatusCode>) -> Response {
    reply_with_to_tag(request, status, &random_tag())
}

/// Like [`reply`], with the To tag to add when the request's To has none (a dialog's tag).
pub fn reply_with_to_tag(request: &Request, status: impl Into<StatusCode>, tag: &str) -> Response {
    let mut headers = Headers::default();
    for header in request.headers.iter() {
        match header {
            Header::Via(_) | Header::From(_) | Header::CallId(_) | Header::CSeq(_) => {
                headers.push(header.clone())
            }
            Header::To(to) => headers.push(Header::To(with_tag(to, tag))),
            _ => {}
        }
    }
    headers.push(Header::Server(rsip::headers::Server::new(SERVER)));
    headers.push(Header::ContentLength(rsip::headers::ContentLength::new(
        "0",
    )));
    Response {
        status_code: status.into(),
        version: rsip::Version::V2,
        headers,
        body: Vec::new(),
    }
}

/// Adds `header` before the closing Content-Length, so that headers read in a sensible order.
pub fn push_header(response: &mut Response, header: Header) {
    let length_at = response
        .headers
        .iter()
        .position(|h| matches!(h, Header::ContentLength(_)));
    let mut all: Vec<Header> = std::mem::take(&mut response.headers).into_iter().collect();
    all.insert(length_at.unwrap_or(all.len()), header);
    response.headers = all.into();
}

/// `400 Bad Request` for a frame that is no usable message: found by reading the request line and the
/// headers a response copies (long or compact names) line by line. None when it is not a
/// request, is an ACK, or lacks one of Via, From, To, Call-ID, CSeq.
pub fn bad_request_from_raw(head: &[u8], reason: &str) -> Option<String> {
    let text = String::from_utf8_lossy(head);
    let mut lines = text.split("\r\n");
    let request_line = lines.next()?;
    let mut parts = request_line.split(' ');
    let method = parts.next()?;
    let valid_line = !method.is_empty()
        && method.bytes().all(|b| b.is_ascii_alphabetic())
        && parts.next().is_some_and(|uri| !uri.is_empty())
        && parts.next() == Some("SIP/2.0")
        && parts.next().is_none();
    if !valid_line || method.eq_ignore_ascii_case("ACK") {
        return None;
    }
    let mut copied: Vec<(&str, &str)> = Vec::new();
    for line in lines.take_while(|line| !line.is_empty()) {
        if line.contains(['\r', '\n']) {
            return None; // a bare CR or LF: echoing it could forge headers
        }
        let Some((name, value)) = line.split_once(':') else {
            continue;
        };
        let name = match name.trim().to_ascii_lowercase().as_str() {
            "via" | "v" => "Via",
            "from" | "f" => "From",
            "to" | "t" => "To",
            "call-id" | "i" => "Call-ID",
            "cseq" => "CSeq",
            _ => continue,
        };
        copied.push((name, value.trim()));
    }
    let has = |wanted: &str| copied.iter().any(|(name, _)| *name == wanted);
    if !["Via", "From", "To", "Call-ID", "CSeq"]
        .iter()
        .all(|n| has(n))
    {
        return None;
    }
    let mut out = format!("SIP/2.0 400 {reason}\r\n");
    for (name, value) in copied {
        out.push_str(&format!("{name}: {value}\r\n"));
    }
    out.push_str(&format!("Server: {SERVER}\r\nContent-Length: 0\r\n\r\n"));
    Some(out)
}

fn with_tag(to: &rsip::headers::To, tag: &str) -> rsip::headers::To {
    match to.tag() {
        Ok(None) => rsip::headers::To::new(format!("{};tag={tag}", to.value())),
        _ => to.clone(),
    }
}

pub fn random_tag() -> String {
    format!("{:016x}", rand::random::<u64>())
}
