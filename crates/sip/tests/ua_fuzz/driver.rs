//! Deterministic fuzzing of the user agent: a registered UA with calls in every state (ringing,
//! answered waiting for the ACK, up, holding, re-INVITEd, dialing, proceeding, cancelling) gets
//! random and mutated frames (the stand-in's messages and answers to whatever the UA sent),
//! mixed with the owner's actions and clock ticks. Nothing may panic, and every frame the UA
//! sends must read back as a SIP message (or be the keep-alive ping).
//!
//! The driver, without a clock or an environment, so that the desk's browser tests run the same
//! fuzzing in wasm (tests/web.rs): the path the browser runs.

use std::collections::BTreeMap;

use voipbin_sip::ua::{Account, Output, PhoneEvent, UaSettings, UserAgent, PING};
use voipbin_sip::{Message, Method, Request, Response};

const DOMAIN: &str = "c1.registrar.voipbin.test";
const SDP: &str = "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 0\r\na=sendrecv\r\n";
const CHALLENGE: &str =
    r#"Digest realm="c1.registrar.voipbin.test", nonce="n1", algorithm=MD5, qop="auth""#;
const SERVER_CONTACT: &str = "<sip:standin@standin.invalid;transport=ws>";
/// Fragments that tend to reach corners when inserted.
const TOKENS: &[&str] = &[
    "\r\n",
    "\r\n\r\n",
    ";tag=",
    ";branch=z9hG4bK",
    "CSeq: 1 ACK\r\n",
    "CSeq: 99 INVITE\r\n",
    "To: <sip:2001@c1.registrar.voipbin.test>;tag=x\r\n",
    "Content-Length: 9999\r\n",
    "l: 0\r\n",
    "Contact: *\r\n",
    "Expires: 0\r\n",
    "Min-Expires: 4294967295\r\n",
    "SIP/2.0 200 OK\r\n",
    "WWW-Authenticate: Digest realm=\"r\", nonce=\"n\", stale=true\r\n",
    "BYE ",
    "CANCEL ",
    "ACK ",
    "sip:",
    "<",
    ">",
    "\"",
    "@",
    ":",
    "%3A",
    "\u{0}",
    "é",
];
const DIAL_TARGETS: &[&str] = &["+15551234567", "agent:x", "sip:a@b", "", "é:%"];
const STATUSES: &[u16] = &[
    100, 180, 183, 200, 202, 401, 403, 404, 407, 408, 423, 481, 486, 487, 491, 500, 503, 603,
];

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

fn settings() -> UaSettings {
    UaSettings {
        account: Account {
            username: "2001".into(),
            password: "pw".into(),
            domain: DOMAIN.into(),
            display_name: Some("Agent \"One\"".into()),
        },
        secure: false,
        register_expires_s: 600,
        user_agent: "fuzz".into(),
    }
}

fn text(message: Message) -> String {
    String::from_utf8_lossy(&message.to_bytes()).into_owned()
}

fn reply(request: &Request, status: u16, body: &str) -> String {
    let mut response = Response::from_request(request, status, Some("srv"));
    response.headers.push("Contact", SERVER_CONTACT);
    match status {
        401 => response.headers.push("WWW-Authenticate", CHALLENGE),
        407 => response.headers.push("Proxy-Authenticate", CHALLENGE),
        423 => response.headers.push("Min-Expires", "1200"),
        _ => {}
    }
    if !body.is_empty() {
        response = response.with_body("application/sdp", body);
    }
    text(Message::Response(response))
}

fn ring(call_id: &str) -> String {
    format!(
        "INVITE sip:u@h.invalid;transport=ws SIP/2.0\r\nVia: SIP/2.0/WS standin.invalid;branch=z9hG4bK{call_id}\r\n\
         From: \"Caller\" <sip:+15550001@{DOMAIN}>;tag=caller\r\nTo: <sip:2001@{DOMAIN}>\r\nCall-ID: {call_id}\r\n\
         CSeq: 1 INVITE\r\nContact: {SERVER_CONTACT}\r\n\
         Content-Type: application/sdp\r\nContent-Length: {}\r\n\r\n{SDP}",
        SDP.len()
    )
}

/// A request of the stand-in in the dialog that our response `ours` (180/200) set up.
fn in_dialog(ours: &Response, method: &str, seq: u32, body: &str) -> Option<String> {
    let to = ours.headers.get("To")?;
    let call_id = ours.headers.call_id()?;
    Some(format!(
        "{method} sip:u@h.invalid SIP/2.0\r\nVia: SIP/2.0/WS standin.invalid;branch=z9hG4bK{method}{seq}{call_id}\r\n\
         From: \"Caller\" <sip:+15550001@{DOMAIN}>;tag=caller\r\nTo: {to}\r\nCall-ID: {call_id}\r\nCSeq: {seq} {method}\r\n\
         Content-Length: {}\r\n\r\n{body}",
        body.len()
    ))
}

fn frames(out: &[Output]) -> Vec<Message> {
    out.iter()
        .filter_map(|o| match o {
            Output::Send(frame) if frame.as_str() == PING => None,
            Output::Send(frame) => Some(
                Message::parse(frame.as_bytes())
                    .unwrap_or_else(|e| panic!("our frame unreadable ({e}): {frame:?}")),
            ),
            _ => None,
        })
        .collect()
}

/// Learns from what the UA sent: answers to its requests, and in-dialog requests for the
/// dialogs its responses set up, go into the corpus.
fn learn(out: &[Output], corpus: &mut Vec<String>, rng: &mut Rng) {
    for message in frames(out) {
        match message {
            Message::Request(request) if request.method != Method::Ack => {
                // A random answer, and the one a working server would give.
                let status = *rng.pick(STATUSES);
                corpus.push(reply(
                    &request,
                    status,
                    if status == 200 { SDP } else { "" },
                ));
                let usual = if request.method == Method::Invite && rng.below(3) == 0 {
                    180
                } else {
                    200
                };
                corpus.push(reply(&request, usual, if usual == 200 { SDP } else { "" }));
            }
            Message::Request(_) => {}
            Message::Response(response) if (180..300).contains(&response.status) => {
                let method = *rng.pick(&["ACK", "BYE", "INVITE", "INFO", "OPTIONS", "UPDATE"]);
                let seq = if method == "ACK" {
                    1
                } else {
                    2 + rng.below(5) as u32
                };
                corpus.extend(in_dialog(
                    &response,
                    method,
                    seq,
                    if method == "INVITE" { SDP } else { "" },
                ));
            }
            Message::Response(_) => {}
        }
    }
    if corpus.len() > 400 {
        corpus.drain(..100);
    }
}

/// A UA with calls in every state, and the frames that got it there.
fn scenario(seed: u64, corpus: &mut Vec<String>, rng: &mut Rng) -> (UserAgent, Vec<String>) {
    let mut ua = UserAgent::new(settings(), seed);
    let mut calls = Vec::new();
    let feed = |ua: &mut UserAgent, frame: String, corpus: &mut Vec<String>, rng: &mut Rng| {
        let out = ua.on_frame(&frame, 1_000);
        corpus.push(frame);
        learn(&out, corpus, rng);
        out
    };
    let out = ua.on_connected(0);
    if let Some(Message::Request(register)) = frames(&out).into_iter().next() {
        feed(&mut ua, reply(&register, 200, ""), corpus, rng);
    }
    for (n, answered) in [(1, 0), (2, 1), (3, 2), (4, 3)] {
        let id = format!("in-{n}-{seed}");
        feed(&mut ua, ring(&id), corpus, rng);
        calls.push(id.clone());
        if answered == 0 {
            continue;
        }
        let out = ua.answer(&id, SDP, 1_000);
        learn(&out, corpus, rng);
        let ok = frames(&out).into_iter().find_map(|m| match m {
            Message::Response(r) => Some(r),
            _ => None,
        });
        let Some(ok) = ok else { continue };
        if answered >= 2 {
            feed(
                &mut ua,
                in_dialog(&ok, "ACK", 1, "").unwrap_or_default(),
                corpus,
                rng,
            );
        }
        if answered == 3 {
            feed(
                &mut ua,
                in_dialog(&ok, "INVITE", 2, SDP).unwrap_or_default(),
                corpus,
                rng,
            );
        }
    }
    for (n, response) in [(5, None), (6, Some(180)), (7, Some(180)), (8, Some(200))] {
        let (id, out) = ua.dial(&format!("+1555000{n}"), SDP, 1_000);
        calls.push(id.clone());
        let Some(Message::Request(invite)) = frames(&out).into_iter().next() else {
            continue;
        };
        if let Some(status) = response {
            let body = if status == 200 { SDP } else { "" };
            feed(&mut ua, reply(&invite, status, body), corpus, rng);
        }
        match n {
            7 => learn(&ua.hang_up(&id, 1_000), corpus, rng),
            8 => learn(&ua.reinvite(&id, SDP, 1_000), corpus, rng),
            _ => {}
        }
    }
    (ua, calls)
}

fn mutate(frame: &str, rng: &mut Rng) -> String {
    let mut bytes = frame.as_bytes().to_vec();
    for _ in 0..rng.below(4) {
        let at = rng.below(bytes.len() + 1);
        match rng.below(7) {
            0 if !bytes.is_empty() => {
                let i = at.min(bytes.len() - 1);
                bytes[i] = (rng.next() & 0x7f) as u8;
            }
            1 => {
                let end = (at + rng.below(40)).min(bytes.len());
                bytes.drain(at..end);
            }
            2 => {
                let token = rng.pick(TOKENS).as_bytes();
                bytes.splice(at..at, token.iter().copied());
            }
            3 => bytes.truncate(at),
            4 => {
                // Duplicate or drop one header line.
                let text = String::from_utf8_lossy(&bytes).into_owned();
                let mut lines: Vec<&str> = text.split("\r\n").collect();
                let i = rng.below(lines.len());
                if rng.below(2) == 0 {
                    lines.remove(i);
                } else {
                    let l = lines[i];
                    lines.insert(i, l);
                }
                bytes = lines.join("\r\n").into_bytes();
            }
            5 => {
                let number = rng.below(1_000_000).to_string();
                bytes.splice(at..at, number.bytes());
            }
            _ => {}
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// One of the owner's actions on a call, or a clock/socket change.
fn act(ua: &mut UserAgent, calls: &mut Vec<String>, now: &mut u64, rng: &mut Rng) -> Vec<Output> {
    let call = calls
        .get(rng.below(calls.len()))
        .cloned()
        .unwrap_or_default();
    match rng.below(12) {
        0 => ua.answer(&call, SDP, *now),
        1 => ua.hang_up(&call, *now),
        2 => ua.decline(&call, *now),
        3 => ua.reinvite(&call, SDP, *now),
        4 => ua.answer_reinvite(&call, SDP, *now),
        5 => ua.reject_reinvite(&call, *now),
        6 => {
            let target = *rng.pick::<&str>(DIAL_TARGETS);
            let (id, out) = ua.dial(target, SDP, *now);
            calls.push(id);
            out
        }
        7 => ua.unregister(*now),
        8 => {
            let mut out = ua.on_disconnected(*now);
            out.extend(ua.on_connected(*now));
            out
        }
        _ => {
            *now += rng.below(40_000) as u64;
            ua.on_tick(*now)
        }
    }
}

/// Every kind of outcome the fuzzing must reach (not just the parser's refusals).
pub const EVERY_OUTCOME: &[&str] = &[
    "Registration",
    "Incoming",
    "Ringing",
    "Answered",
    "Confirmed",
    "RemoteOffer",
    "ReinviteAnswered",
    "ReinviteFailed",
    "Ended",
    "TransportDead",
];

/// Feeds `cases` frames and actions; counts the outputs by kind. Panics only if the UA does
/// (or writes a frame it cannot read back).
pub fn run(cases: usize, seed: u64) -> BTreeMap<&'static str, usize> {
    let mut rng = Rng(seed | 1);
    let mut corpus = Vec::new();
    let (mut ua, mut calls) = scenario(seed, &mut corpus, &mut rng);
    let mut now = 1_000u64;
    let mut seen = BTreeMap::<&str, usize>::new();
    for case in 0..cases {
        if case % 500 == 499 {
            (ua, calls) = scenario(seed.wrapping_add(case as u64), &mut corpus, &mut rng);
            now = 1_000;
        }
        let out = if rng.below(10) == 0 {
            act(&mut ua, &mut calls, &mut now, &mut rng)
        } else {
            let frame = match rng.below(20) {
                0 => (0..rng.below(300))
                    .map(|_| char::from((rng.next() % 128) as u8))
                    .collect(),
                // Recent entries answer what the UA has going now.
                1..=9 => {
                    let recent = corpus.len().saturating_sub(20);
                    mutate(rng.pick(&corpus[recent..]).as_str(), &mut rng)
                }
                _ => mutate(rng.pick(&corpus).as_str(), &mut rng),
            };
            ua.on_frame(&frame, now)
        };
        for output in &out {
            *seen.entry(kind(output)).or_default() += 1;
        }
        learn(&out, &mut corpus, &mut rng);
        let _ = (ua.next_deadline_ms(), ua.registration());
    }
    seen
}

fn kind(output: &Output) -> &'static str {
    match output {
        Output::Send(_) => "Send",
        Output::TransportDead => "TransportDead",
        Output::Event(event) => match event {
            PhoneEvent::Registration(_) => "Registration",
            PhoneEvent::Incoming { .. } => "Incoming",
            PhoneEvent::Ringing { .. } => "Ringing",
            PhoneEvent::Answered { .. } => "Answered",
            PhoneEvent::Confirmed { .. } => "Confirmed",
            PhoneEvent::RemoteOffer { .. } => "RemoteOffer",
            PhoneEvent::ReinviteAnswered { .. } => "ReinviteAnswered",
            PhoneEvent::ReinviteFailed { .. } => "ReinviteFailed",
            PhoneEvent::Ended { .. } => "Ended",
        },
    }
}
