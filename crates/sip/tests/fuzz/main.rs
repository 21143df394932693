//! Deterministic mutation fuzzing: random bytes and mutations of the corpus never panic the
//! message, URI or SDP readers, nor what the UA does with an accepted message (typed headers,
//! transactions, dialogs), and whatever is accepted writes out and reads back the same.
//!
//! `SIP_FUZZ_CASES` sets the number of cases (default 100,000); `SIP_FUZZ_SEED` the seed. A
//! failing case prints its index and input. Figures: `cargo test -p voipbin-sip --release
//! --test fuzz -- --nocapture`.

#[path = "../corpus/mod.rs"]
mod corpus;
mod exercise;

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::Instant;

use exercise::{exercise_message, exercise_sdp};
use voipbin_sip::{Message, NameAddr, Uri, Via};

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
