//! Deterministic mutation fuzzing: arbitrary and mutated frames never panic `decode`,
//! `ClientMessage::decode` or `Topic::from_str`.
//!
//! `PROTOCOL_FUZZ_CASES` sets the number of cases (default 20,000 so `cargo test` stays fast);
//! `PROTOCOL_FUZZ_SEED` changes the seed. A failing case prints its index and input.
//! Full run: `PROTOCOL_FUZZ_CASES=1000000 cargo test --release -p voipbin-protocol --test fuzz -- --nocapture`.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;
use std::time::Instant;

use serde_json::Value;
use voipbin_protocol::*;

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
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
    fn chance(&mut self, one_in: usize) -> bool {
        self.below(one_in) == 0
    }
}

const TOKENS: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    ":",
    ",",
    "\"",
    "\\",
    "\\u0000",
    "\\ud800",
    "null",
    "true",
    "false",
    "0",
    "-0",
    "1e999",
    "-1e999",
    "18446744073709551616",
    "-9223372036854775809",
    "1.7976931348623157e309",
    "1e-400",
    "0.5",
    "\"\"",
    "\"type\"",
    "\"data\"",
    "\"event_type\"",
    "\"subscribe\"",
    "\"ack\"",
    "\"error\"",
    "\"topics\"",
    "\"status\"",
    "\"hangup\"",
    "\"id\"",
    "\"tm_update\"",
    "\"targets\"",
    "\"transcribe_id\"",
    "\"call.status\"",
    " ",
    "\n",
    "é",
    "😀",
    "\u{2028}",
    "\u{FEFF}",
    "*",
    "customer_id:",
];

const HUGE: &[&str] = &[
    "1e999",
    "-1e999",
    "18446744073709551616",
    "-9223372036854775809",
    "123456789012345678901234567890123456789",
    "1.7976931348623157e309",
    "-0",
    "4.9e-324",
    "9223372036854775807",
    "-9223372036854775808",
];

const TOPIC_PARTS: &[&str] = &[
    "customer_id",
    "agent_id",
    "12345678-1234-1234-1234-123456789012",
    "98765432-4321-4321-4321-210987654321",
    "*",
    "call",
    "queue",
    "queuecall",
    "conversation_message",
    "transcription",
    "call_hangup",
    "",
    "abc123",
    "CALL",
    " ",
    "x*",
    "é",
    "a1b2c3d4-e5f6-7890-abcd-ef1234567890",
    "😀",
    "customer_id:",
    "\0",
];

fn corpus() -> Vec<String> {
    // Read at run time: the shared target dir may hold a binary that another clone built.
    let dir = Path::new(&std::env::var_os("CARGO_MANIFEST_DIR").expect("run by cargo test"))
        .join("tests");
    let mut corpus = Vec::new();
    for sub in ["fixtures", "samples"] {
        let mut files: Vec<_> = std::fs::read_dir(dir.join(sub))
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        for path in files
            .into_iter()
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
        {
            corpus.push(std::fs::read_to_string(path).unwrap());
        }
    }
    // Every sample in every shape, so mutations start from all three envelopes.
    let samples: Vec<Event> = corpus
        .iter()
        .filter_map(|t| match decode(t) {
            Ok(Frame::Event(ev)) => Some(ev),
            _ => None,
        })
        .collect();
    for ev in samples {
        corpus.push(encode_webhook(&ev.event_type, &ev.resource));
        corpus.push(encode_documented(
            &ev.event_type,
            "customer_id:x:call:y",
            "2022-07-23T15:02:35.763577Z",
            &ev.resource,
        ));
        corpus.push(encode_bare(&ev.resource));
    }
    corpus.push(encode_ack("subscribe", &["customer_id:x:call:*".into()]));
    corpus.push(encode_error(
        "subscribe",
        &[],
        &ErrorCode::RateLimited,
        "slow down",
    ));
    corpus
}

/// Changes one random node of a JSON tree into something of another type.
fn mutate_tree(rng: &mut Rng, value: &mut Value, depth: usize) {
    let descend = depth < 6 && rng.chance(2);
    match value {
        Value::Object(map) if descend && !map.is_empty() => {
            let key = map
                .keys()
                .nth(rng.below(map.len()))
                .cloned()
                .unwrap_or_default();
            if let Some(child) = map.get_mut(&key) {
                return mutate_tree(rng, child, depth + 1);
            }
        }
        Value::Array(items) if descend && !items.is_empty() => {
            let i = rng.below(items.len());
            return mutate_tree(rng, &mut items[i], depth + 1);
        }
        _ => {}
    }
    *value = match rng.below(10) {
        0 => Value::Null,
        1 => Value::Bool(rng.chance(2)),
        2 => Value::from(rng.next() as i64),
        3 => Value::from(f64::from_bits(rng.next()) % 1e300).clone(),
        4 => Value::String(rng.pick(TOKENS).repeat(1 + rng.below(4))),
        5 => Value::Array(vec![value.take(), Value::Null]),
        6 => serde_json::json!({ "id": value.take(), "status": "hangup" }),
        7 => Value::String(
            rng.pick(&[
                "ringing",
                "answered",
                "inbound",
                "waiting",
                "",
                "9999-01-01 00:00:00.000000",
            ])
            .to_string(),
        ),
        8 => Value::from(u64::MAX - rng.below(3) as u64),
        _ => {
            if let Value::Object(map) = value {
                map.insert(
                    rng.pick(TOKENS).trim_matches('"').to_owned(),
                    Value::from(1),
                );
            }
            value.take()
        }
    };
}

fn random_text(rng: &mut Rng) -> String {
    let len = rng.below(64);
    (0..len).map(|_| *rng.pick(TOKENS)).collect()
}

fn random_topic(rng: &mut Rng) -> String {
    let parts = rng.below(8);
    (0..parts)
        .map(|_| *rng.pick(TOPIC_PARTS))
        .collect::<Vec<_>>()
        .join(":")
}

fn mutate(rng: &mut Rng, corpus: &[String]) -> String {
    let base = rng.pick(corpus).clone();
    let mut bytes = base.clone().into_bytes();
    match rng.below(12) {
        0 => {
            for _ in 0..1 + rng.below(8) {
                let i = rng.below(bytes.len());
                if let Some(b) = bytes.get_mut(i) {
                    *b = rng.pick(b"{}[]\":,\\0123456789eE.-+ tfnul\x00\x7f\xff")
                        ^ (rng.chance(8) as u8);
                }
            }
        }
        1 => bytes.truncate(rng.below(bytes.len() + 1)),
        2 => {
            let other = rng.pick(corpus).as_bytes();
            let cut = rng.below(bytes.len() + 1);
            bytes.truncate(cut);
            bytes.extend_from_slice(&other[rng.below(other.len() + 1).min(other.len())..]);
        }
        3 => {
            // Deep nesting, around the frame or inside it; sometimes enormous.
            let depth = if rng.chance(400) {
                *rng.pick(&[150_000, 300_000])
            } else {
                1 + rng.below(3000)
            };
            let (open, close) = *rng.pick(&[("[", "]"), ("{\"a\":", "}"), ("{\"data\":", "}")]);
            let at = rng.below(bytes.len() + 1);
            let mut out = bytes[..at].to_vec();
            out.extend(open.repeat(depth).bytes());
            out.extend(b"1");
            out.extend(close.repeat(depth).bytes());
            out.extend_from_slice(&bytes[at..]);
            bytes = out;
        }
        4 => {
            let at = rng.below(bytes.len() + 1);
            bytes.splice(at..at, rng.pick(TOKENS).bytes());
        }
        5 => {
            let (a, b) = (rng.below(bytes.len() + 1), rng.below(bytes.len() + 1));
            let (a, b) = (a.min(b), a.max(b));
            let region = bytes[a..b].to_vec();
            bytes.splice(a..a, region);
        }
        6 => return random_text(rng),
        7 => return random_topic(rng),
        8 => {
            // Huge numbers in place of any scalar.
            let mut tree: Value = serde_json::from_str(&base).unwrap_or(Value::Null);
            if let Value::Object(map) = &mut tree {
                for v in map.values_mut() {
                    if rng.chance(3) {
                        let huge: &str = HUGE[rng.below(HUGE.len())];
                        *v = serde_json::from_str(huge).unwrap_or(Value::Null);
                    }
                }
            }
            let mut s = tree.to_string();
            if rng.chance(2) {
                s = s.replacen("\"id\":", &format!("\"id\":{},\"x\":", rng.pick(HUGE)), 1);
            }
            return s;
        }
        _ => {
            // Structure-aware: valid JSON with one node changed, reaching the typed decoders.
            let mut tree: Value = serde_json::from_str(&base).unwrap_or(Value::Null);
            for _ in 0..1 + rng.below(3) {
                mutate_tree(rng, &mut tree, 0);
            }
            return tree.to_string();
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Everything reachable from one input; any panic fails the run.
fn exercise(text: &str) {
    let decoded = decode(text);
    // The single-pass route and the general route agree on every input.
    assert_eq!(
        decoded,
        decode_without_fast_path(text),
        "routes disagree on {text}"
    );
    if let Ok(Frame::Event(ev)) = &decoded {
        let _ = ev.key();
        let _ = ev.resource.implied_event();
        let _ = encode_documented(&ev.event_type, "t", "ts", &ev.resource);
        let bare = encode_bare(&ev.resource);
        if !matches!(ev.resource, Resource::Unknown { .. }) {
            // A typed resource re-decodes to the same kind and identity from its bare form
            // (not always bit-equal: serde_json's default float parsing may round raw-JSON
            // floats differently on the second pass).
            match decode(&bare) {
                Ok(Frame::Event(again)) => assert_eq!(
                    (
                        again.resource.kind(),
                        again.resource.id(),
                        again.resource.tm_update()
                    ),
                    (
                        ev.resource.kind(),
                        ev.resource.id(),
                        ev.resource.tm_update()
                    ),
                    "bare re-decode of {bare}"
                ),
                other => panic!("bare re-decode of {bare}: {other:?}"),
            }
        }
        if let Some(tm) = ev.resource.tm_update() {
            let _ = is_newer_or_same(tm, text);
            let _ = parse_timestamp_ms(tm).map(format_timestamp_ms);
        }
    }
    if let Ok(msg) = ClientMessage::decode(text) {
        let _ = msg.invalid_topics();
        assert_eq!(ClientMessage::decode(&msg.encode()), Ok(msg));
    }
    if let Ok(topic) = text.parse::<Topic>() {
        assert_eq!(
            topic.to_string().parse::<Topic>(),
            Ok(topic.clone()),
            "topic round trip of {text:?}"
        );
    }
    for dialect in [Dialect::Documented, Dialect::Deployed] {
        let _ = topic_matches(
            dialect,
            text,
            "customer_id:12345678-1234-1234-1234-123456789012:call:x",
        );
        let _ = topic_matches(
            dialect,
            "customer_id:12345678-1234-1234-1234-123456789012:call:*",
            text,
        );
    }
    let _ = parse_timestamp_us(text);
    let _ = EventType::from_wire(text, None);
    let _ = ResourceKind::from_event_name(text);
}

#[test]
fn fuzz_decoders_never_panic() {
    let cases: usize = std::env::var("PROTOCOL_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20_000);
    let seed: u64 = std::env::var("PROTOCOL_FUZZ_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0x5eed_cafe);
    let corpus = corpus();
    let mut rng = Rng(seed | 1);
    let started = Instant::now();
    let mut bytes = 0usize;
    for case in 0..cases {
        let input = mutate(&mut rng, &corpus);
        bytes += input.len();
        if catch_unwind(AssertUnwindSafe(|| exercise(&input))).is_err() {
            let shown: String = input
                .chars()
                .take(2000)
                .collect::<String>()
                .escape_debug()
                .to_string();
            panic!(
                "case {case} (seed {seed}) panicked on input ({} bytes): {shown}",
                input.len()
            );
        }
    }
    eprintln!(
        "fuzz: {cases} cases ({} MB) from {} corpus frames in {:.1?}, no panics",
        bytes / 1_000_000,
        corpus.len(),
        started.elapsed()
    );
}
