//! Scripted-server tests of the UA: each feeds the messages a registrar / the stand-in would
//! send and checks the frames and events that come out. The server side is written here with
//! the crate's message builders, so these tests read what the UA sent as a server would.

mod incoming;
mod keepalive;
mod outgoing;
mod registration;
mod reinvite;

use super::{Account, Output, PhoneEvent, RegistrationState, UaSettings, UserAgent};
use crate::digest::Challenge;
use crate::message::{Message, Request, Response};
use crate::method::Method;

pub const DOMAIN: &str = "c1.registrar.voipbin.test";
pub const PASSWORD: &str = "pw-2001";

pub fn settings() -> UaSettings {
    UaSettings {
        account: Account {
            username: "2001".into(),
            password: PASSWORD.into(),
            domain: DOMAIN.into(),
            display_name: Some("Agent One".into()),
        },
        secure: true,
        register_expires_s: 600,
        user_agent: "voipbin-desk test".into(),
    }
}

/// Every frame in `out`, parsed.
pub fn sent(out: &[Output]) -> Vec<Message> {
    out.iter()
        .filter_map(|o| match o {
            Output::Send(text) if text.trim().is_empty() => None,
            Output::Send(text) => Some(Message::parse(text.as_bytes()).expect("our frame parses")),
            _ => None,
        })
        .collect()
}

pub fn requests(out: &[Output]) -> Vec<Request> {
    sent(out)
        .into_iter()
        .filter_map(|m| match m {
            Message::Request(r) => Some(r),
            Message::Response(_) => None,
        })
        .collect()
}

pub fn responses(out: &[Output]) -> Vec<Response> {
    sent(out)
        .into_iter()
        .filter_map(|m| match m {
            Message::Response(r) => Some(r),
            Message::Request(_) => None,
        })
        .collect()
}

pub fn statuses(out: &[Output]) -> Vec<u16> {
    responses(out).iter().map(|r| r.status).collect()
}

pub fn events(out: &[Output]) -> Vec<PhoneEvent> {
    out.iter()
        .filter_map(|o| match o {
            Output::Event(e) => Some(e.clone()),
            _ => None,
        })
        .collect()
}

/// The single request in `out` (panics with the outputs otherwise).
pub fn one_request(out: &[Output], method: Method) -> Request {
    let all = requests(out);
    let mut matching = all.into_iter().filter(|r| r.method == method);
    let first = matching.next();
    assert!(matching.next().is_none(), "one {method} expected: {out:?}");
    first.unwrap_or_else(|| panic!("no {method} in {out:?}"))
}

/// The server's response to `request` as text, with `to_tag` when the request had none.
pub fn answer(request: &Request, status: u16, extra: &[(&str, &str)], body: &str) -> String {
    let mut response = Response::from_request(request, status, Some("srv-tag"));
    for (name, value) in extra {
        response.headers.push(name, *value);
    }
    if !body.is_empty() {
        response = response.with_body("application/sdp", body);
    }
    text(&Message::Response(response))
}

pub fn text(message: &Message) -> String {
    String::from_utf8(message.to_bytes()).expect("utf-8")
}

pub fn challenge(nonce: &str, stale: bool) -> String {
    Challenge {
        realm: DOMAIN.into(),
        nonce: nonce.into(),
        opaque: None,
        stale,
        algorithm: Some("MD5".into()),
        qop: Some("auth".into()),
    }
    .to_header_value()
}

/// A UA connected and registered (401 then 200, 600 s granted) at time 1,000.
pub fn registered() -> UserAgent {
    let mut ua = UserAgent::new(settings(), 7);
    let out = ua.on_connected(1_000);
    let first = one_request(&out, Method::Register);
    let challenged = ua.on_frame(
        &answer(
            &first,
            401,
            &[("WWW-Authenticate", &challenge("n1", false))],
            "",
        ),
        1_010,
    );
    let second = one_request(&challenged, Method::Register);
    let out = ua.on_frame(&answer(&second, 200, &[("Expires", "600")], ""), 1_020);
    assert_eq!(
        events(&out),
        [PhoneEvent::Registration(RegistrationState::Registered {
            expires_s: 600
        })]
    );
    ua
}

pub const OFFER: &str = "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 0\r\na=sendrecv\r\n";
pub const ANSWER: &str = "v=0\r\no=- 2 1 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 0\r\na=sendrecv\r\n";
