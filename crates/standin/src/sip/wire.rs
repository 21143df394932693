//! The requests the stand-in sends to phones (INVITE, ACK, CANCEL, BYE) and responses with an
//! SDP body. Requests are written as text (RFC 3261 section 8.1.1 and 9.1); what comes back is
//! parsed with rsip by the reader.

use rsip::headers::UntypedHeader;
use rsip::{Header, Request, Response};

use super::responses::{push_header, reply_with_to_tag};

/// The stand-in's Contact: a browser phone sends in-dialog requests over its WebSocket anyway.
pub const LOCAL_CONTACT: &str = "<sip:standin@standin.invalid;transport=ws>";
const VIA_HOST: &str = "SIP/2.0/WS standin.invalid";

pub fn new_branch() -> String {
    format!("z9hG4bK{:016x}", rand::random::<u64>())
}

pub fn new_call_id() -> String {
    format!("{:032x}@standin.invalid", rand::random::<u128>())
}

/// A request from the stand-in. `extra` lines end in CRLF.
pub struct Outbound<'a> {
    pub method: &'a str,
    pub uri: &'a str,
    pub branch: &'a str,
    pub from: &'a str,
    pub to: &'a str,
    pub call_id: &'a str,
    pub cseq: u32,
    pub extra: &'a str,
    pub sdp: Option<&'a str>,
}

impl Outbound<'_> {
    pub fn render(&self) -> String {
        let Outbound {
            method,
            uri,
            branch,
            from,
            to,
            call_id,
            cseq,
            extra,
            sdp,
        } = self;
        let mut out = format!(
            "{method} {uri} SIP/2.0\r\nVia: {VIA_HOST};branch={branch}\r\nMax-Forwards: 70\r\n\
             From: {from}\r\nTo: {to}\r\nCall-ID: {call_id}\r\nCSeq: {cseq} {method}\r\n{extra}"
        );
        match sdp {
            Some(sdp) => out.push_str(&format!(
                "Content-Type: application/sdp\r\nContent-Length: {}\r\n\r\n{sdp}",
                sdp.len()
            )),
            None => out.push_str("Content-Length: 0\r\n\r\n"),
        }
        out
    }
}

/// A response carrying our SDP (200 to an INVITE or re-INVITE), with our Contact.
pub fn reply_with_sdp(request: &Request, status: u16, tag: &str, sdp: &str) -> String {
    let mut response = reply_with_to_tag(request, status, tag);
    push_header(
        &mut response,
        Header::Contact(rsip::headers::Contact::new(LOCAL_CONTACT)),
    );
    set_body(&mut response, sdp);
    response.to_string()
}

/// A response without body, with our Contact (180 Ringing and other provisional answers).
pub fn reply_with_contact(request: &Request, status: u16, tag: &str) -> String {
    let mut response = reply_with_to_tag(request, status, tag);
    push_header(
        &mut response,
        Header::Contact(rsip::headers::Contact::new(LOCAL_CONTACT)),
    );
    response.to_string()
}

fn set_body(response: &mut Response, sdp: &str) {
    let mut headers: Vec<Header> = std::mem::take(&mut response.headers)
        .into_iter()
        .filter(|h| !matches!(h, Header::ContentLength(_) | Header::ContentType(_)))
        .collect();
    headers.push(Header::ContentType(rsip::headers::ContentType::new(
        "application/sdp",
    )));
    headers.push(Header::ContentLength(rsip::headers::ContentLength::new(
        sdp.len().to_string(),
    )));
    response.headers = headers.into();
    response.body = sdp.as_bytes().to_vec();
}

/// A header's value by name (long or compact form), for the headers rsip has no typed access
/// to in a way we need (X-, raw To with tag).
pub fn header_value(headers: &rsip::Headers, name: &str) -> Option<String> {
    headers.iter().find_map(|h| {
        let text = h.to_string();
        let (n, v) = text.split_once(':')?;
        n.trim()
            .eq_ignore_ascii_case(name)
            .then(|| v.trim().to_owned())
    })
}

/// The tag parameter of a From/To value (empty when none).
pub fn tag_of(value: &str) -> String {
    value
        .split(';')
        .find_map(|p| p.trim().strip_prefix("tag="))
        .unwrap_or_default()
        .to_owned()
}

/// The digit of a SIP INFO DTMF body: `application/dtmf-relay` (`Signal=5`) or
/// `application/dtmf` (the digit alone).
pub fn info_dtmf(body: &[u8]) -> Option<char> {
    let text = std::str::from_utf8(body).ok()?;
    let value = text
        .lines()
        .find_map(|l| {
            let (name, value) = l.split_once('=')?;
            name.trim().eq_ignore_ascii_case("signal").then_some(value)
        })
        .unwrap_or(text);
    let mut chars = value.trim().chars();
    let digit = chars.next()?.to_ascii_uppercase();
    let valid = chars.next().is_none() && matches!(digit, '0'..='9' | '*' | '#' | 'A'..='D');
    valid.then_some(digit)
}

/// Whether an SDP puts the sender on hold (sendonly or inactive on the audio).
pub fn sdp_holds(sdp: &str) -> bool {
    sdp.lines()
        .any(|l| matches!(l.trim(), "a=sendonly" | "a=inactive"))
}

/// A 32-bit-ish stable seed from a string (the caller's voice follows the call id).
pub fn seed_of(text: &str) -> u64 {
    // FNV-1a: tiny and stable across runs, unlike std's RandomState hasher.
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn info_dtmf_reads_both_bodies_and_refuses_the_rest() {
        assert_eq!(info_dtmf(b"Signal=5\r\nDuration=160\r\n"), Some('5'));
        assert_eq!(info_dtmf(b"signal= #\r\n"), Some('#'));
        assert_eq!(info_dtmf(b"7"), Some('7'));
        assert_eq!(info_dtmf(b"Signal=55\r\n"), None);
        assert_eq!(info_dtmf(b"hello"), None);
        assert_eq!(info_dtmf(b""), None);
        assert_eq!(info_dtmf(&[0xff, 0xfe]), None);
    }

    #[test]
    fn tags_and_hold_are_read_from_header_values_and_sdp() {
        assert_eq!(tag_of("<sip:a@b>;tag=xyz"), "xyz");
        assert_eq!(tag_of("<sip:a@b>"), "");
        assert!(sdp_holds(
            "v=0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 0\r\na=sendonly\r\n"
        ));
        assert!(sdp_holds("a=inactive"));
        assert!(!sdp_holds("v=0\r\na=sendrecv\r\n"));
    }
}
