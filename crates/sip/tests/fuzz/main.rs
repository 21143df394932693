//! Deterministic mutation fuzzing: random bytes and mutations of the corpus never panic the
//! message, URI or SDP readers, nor what the UA does with an accepted message (typed headers,
//! transactions, dialogs), and whatever is accepted writes out and reads back the same.
//!
//! `SIP_FUZZ_CASES` sets the number of cases (default 100,000); `SIP_FUZZ_SEED` the seed. A
//! failing case prints its index and input. Figures: `cargo test -p voipbin-sip --release
//! --test fuzz -- --nocapture`.

mod corpus;

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::Instant;

use voipbin_sip::build::NewRequest;
use voipbin_sip::dialog::{Dialog, LocalEndpoint};
use voipbin_sip::sdp::{Direction, Sdp};
use voipbin_sip::transaction::{ClientTransaction, ServerTransaction};
use voipbin_sip::{Message, Method, NameAddr, ParseError, Request, Response, Uri, Via};

/// xorshift64*: tiny, deterministic, good enough to pick mutations.
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
}

/// Fragments that tend to reach parser corners when inserted.
const TOKENS: &[&str] = &[
    "\r\n",
    "\r\n\r\n",
    "\n",
    "\r",
    "\r\n ",
    "\r\n\t",
    ":",
    ";",
    ",",
    "\"",
    "\\",
    "<",
    ">",
    "@",
    "?",
    "&",
    "=",
    " ",
    "[",
    "]",
    "[::1]",
    ":99999",
    ":0",
    "SIP/2.0",
    "SIP/2.0/WSS ",
    "z9hG4bK",
    "sip:",
    "sips:",
    "tel:",
    "Content-Length: 99999\r\n",
    "l: 0\r\n",
    "l: -1\r\n",
    "Via: SIP/2.0/WSS h;branch=z9hG4bKx\r\n",
    "v: ,,,\r\n",
    "m: *\r\n",
    "CSeq: 4294967295 ACK\r\n",
    "To: <sip:a@b>;tag=\r\n",
    ";tag=",
    ";branch=",
    ";rport",
    ";expires=",
    "Digest ",
    "realm=\"",
    "\u{feff}",
    "\u{3000}",
    "é",
    "\u{0}",
    "m=audio 0 RTP/AVP",
    "a=sendonly",
    "a=rtpmap:",
    "v=0\r\n",
    "a=candidate:1 1 udp 1 1.2.3.4 9 typ host",
    "c=IN IP4",
    "a=group:BUNDLE",
];

fn mutate(rng: &mut Rng, input: &mut Vec<u8>, samples: &[(&str, Vec<u8>)]) {
    for _ in 0..1 + rng.below(8) {
        let at = rng.below(input.len() + 1);
        match rng.below(7) {
            0 if !input.is_empty() => {
                let i = rng.below(input.len());
                input[i] ^= 1 << rng.below(8);
            }
            1 => {
                let token = TOKENS[rng.below(TOKENS.len())].as_bytes();
                input.splice(at..at, token.iter().copied());
            }
            2 => {
                let end = (at + rng.below(64)).min(input.len());
                input.drain(at..end);
            }
            3 => {
                let end = (at + rng.below(128)).min(input.len());
                let copy = input[at..end].to_vec();
                let to = rng.below(input.len() + 1);
                input.splice(to..to, copy);
            }
            4 => input.truncate(at),
            5 => {
                let other = &samples[rng.below(samples.len())].1;
                let from = rng.below(other.len() + 1);
                input.truncate(at);
                input.extend_from_slice(&other[from..]);
            }
            _ => input.insert(at, rng.next() as u8),
        }
    }
}

fn random_bytes(rng: &mut Rng) -> Vec<u8> {
    let len = rng.below(600);
    (0..len)
        .map(|_| match rng.below(4) {
            0 => rng.next() as u8,
            _ => b" :;,<>\"@=\r\nSIPsipv0aZ/.2-"[rng.below(25)],
        })
        .collect()
}

/// Everything the UA does with an accepted message, plus the write/read-back property.
fn exercise_message(frame: &[u8]) {
    let Ok(message) = Message::parse(frame) else {
        return;
    };
    let headers = message.headers();
    let _ = (
        headers.vias(),
        headers.top_via(),
        headers.from(),
        headers.to(),
        headers.call_id(),
    );
    let _ = (
        headers.cseq(),
        headers.contacts(),
        headers.routes(),
        headers.record_routes(),
    );
    let _ = (
        headers.expires(),
        headers.max_forwards(),
        headers.content_type(),
    );
    let _ = (
        headers.www_authenticate(),
        headers.proxy_authenticate(),
        headers.content_length(),
    );
    if let Ok(text) = std::str::from_utf8(message.body()) {
        exercise_sdp(text);
    }
    let written = message.to_bytes();
    match Message::parse(&written) {
        Ok(mut again) => {
            let again_headers = match &mut again {
                Message::Request(request) => &mut request.headers,
                Message::Response(response) => &mut response.headers,
            };
            again_headers.remove("Content-Length");
            let mut original = message.clone();
            match &mut original {
                Message::Request(request) => request.headers.remove("Content-Length"),
                Message::Response(response) => response.headers.remove("Content-Length"),
            }
            assert_eq!(again, original, "written form reads back differently");
        }
        // Expanded compact names and an added Content-Length can push a message over a limit.
        Err(ParseError::TooLarge(_) | ParseError::TooManyHeaders) => {}
        Err(error) => panic!("our own output is unreadable: {error}"),
    }
    match message {
        Message::Request(request) => exercise_request(request),
        Message::Response(response) => exercise_response(response),
    }
}

fn endpoint() -> LocalEndpoint {
    LocalEndpoint {
        transport: "WSS".into(),
        sent_by: "fuzz.invalid".into(),
        contact: Uri::sip(Some("fuzz"), "fuzz.invalid"),
    }
}

fn assert_readable(request: &Request) {
    if let Err(error) = Message::parse(&request.to_bytes()) {
        assert!(
            matches!(error, ParseError::TooLarge(_) | ParseError::TooManyHeaders),
            "a request we built is unreadable: {error}"
        );
    }
}

fn exercise_request(request: Request) {
    let Ok((mut transaction, _)) = ServerTransaction::new(request.clone(), 0) else {
        return;
    };
    let _ = transaction.on_request(request.clone(), 1);
    for status in [180, 200, 486] {
        let response = Response::from_request(&request, status, Some("fuzz-tag"));
        let _ = transaction.respond(response.clone(), 2);
        if let Ok(mut dialog) = Dialog::from_uas(&request, &response) {
            let _ = dialog.on_request(&request);
            assert_readable(&dialog.request(Method::Bye, &endpoint(), "z9hG4bKf1"));
            assert_readable(&dialog.ack(1, &endpoint(), "z9hG4bKf2"));
        }
    }
    let _ = transaction.on_timer(voipbin_sip::transaction::Timer::H, 40_000);
    assert_readable(&request.cancel());
}

fn exercise_response(response: Response) {
    let invite = Request::new(NewRequest {
        method: Method::Invite,
        uri: Uri::sip(Some("x"), "voipbin.test"),
        from: NameAddr::new(Uri::sip(Some("agent1"), "voipbin.test")),
        to: NameAddr::new(Uri::sip(Some("x"), "voipbin.test")),
        call_id: response.headers.call_id().unwrap_or("c").to_string(),
        cseq: response.headers.cseq().map_or(1, |c| c.seq),
        via: response
            .headers
            .top_via()
            .unwrap_or_else(|| Via::new("WSS", "h", "z9hG4bKx")),
    });
    if let Ok((mut transaction, _)) = ClientTransaction::start(invite.clone(), 0) {
        for action in transaction.on_response(response.clone(), 1) {
            if let voipbin_sip::transaction::Action::Send(Message::Request(ack)) = action {
                assert_readable(&ack);
            }
        }
    }
    if let Ok(mut dialog) = Dialog::from_uac(&invite, &response) {
        let _ = dialog.on_response(&response);
        assert_readable(&dialog.ack(1, &endpoint(), "z9hG4bKf3"));
        assert_readable(&dialog.request(Method::Invite, &endpoint(), "z9hG4bKf4"));
    }
}

fn exercise_sdp(text: &str) {
    let Ok(mut sdp) = Sdp::parse(text) else {
        return;
    };
    for index in 0..=sdp.media.len() {
        let _ = (
            sdp.direction(index),
            sdp.ice_ufrag(index),
            sdp.ice_pwd(index),
            sdp.setup(index),
        );
        let _ = (sdp.fingerprint(index), sdp.connection_address(index));
    }
    for section in &sdp.media {
        let _ = (
            section.codecs(),
            section.candidates(),
            section.mid(),
            section.is_rejected(),
        );
    }
    let _ = sdp.bundle_groups();
    assert_eq!(
        Sdp::parse(&sdp.to_string()).as_ref(),
        Ok(&sdp),
        "SDP reads back differently"
    );
    sdp.set_direction(Direction::SendOnly);
    let held = Sdp::parse(&sdp.to_string()).expect("rewritten SDP is readable");
    assert!((0..held.media.len()).all(|i| held.direction(i) == Direction::SendOnly));
}

fn exercise(input: &[u8]) {
    exercise_message(input);
    if let Ok(text) = std::str::from_utf8(input) {
        exercise_sdp(text);
        if let Ok(uri) = Uri::parse(text) {
            assert_eq!(
                Uri::parse(&uri.to_string()),
                Ok(uri),
                "URI reads back differently"
            );
        }
        let _ = (NameAddr::parse(text), Via::parse(text));
    }
}

#[test]
fn random_and_mutated_input_never_panics() {
    let cases: usize = std::env::var("SIP_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let seed: u64 = std::env::var("SIP_FUZZ_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0x5eed_51b0);
    let samples = corpus::samples();
    let bodies: Vec<Vec<u8>> = samples
        .iter()
        .filter_map(|(_, frame)| Message::parse(frame).ok())
        .map(|message| message.body().to_vec())
        .filter(|body| body.starts_with(b"v=0"))
        .collect();
    let mut rng = Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
    let (mut accepted, mut bytes) = (0usize, 0usize);
    let started = Instant::now();
    for case in 0..cases {
        let mut input = match rng.below(10) {
            0 => random_bytes(&mut rng),
            1 | 2 => bodies[rng.below(bodies.len())].clone(),
            _ => samples[rng.below(samples.len())].1.clone(),
        };
        mutate(&mut rng, &mut input, &samples);
        bytes += input.len();
        accepted += usize::from(Message::parse(&input).is_ok());
        if catch_unwind(AssertUnwindSafe(|| exercise(&input))).is_err() {
            panic!(
                "case {case} (seed {seed}) panicked on {:?}",
                String::from_utf8_lossy(&input)
            );
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "{cases} cases ({} KB) in {seconds:.2} s: {:.0} cases/s; {accepted} parsed as messages",
        bytes / 1024,
        cases as f64 / seconds
    );
    assert!(
        accepted > cases / 10,
        "mutations should leave many messages readable"
    );
}
