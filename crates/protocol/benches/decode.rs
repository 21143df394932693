//! Frames decoded per second for a realistic mix: call, queuecall, agent, message and transcript
//! events in all three shapes (bare, webhook, documented), about 1 KB each.
//!
//! Run: `cargo bench -p voipbin-protocol` (the workspace's release settings, size-optimized as
//! the browser gets them) or `cargo bench -p voipbin-protocol --profile server` (opt-level 3, as
//! the stand-in server is built). `PROTOCOL_BENCH_SECONDS` sets the measuring time per line.

use std::hint::black_box;
use std::time::{Duration, Instant};

use voipbin_protocol::{decode, encode_bare, encode_documented, encode_webhook, ClientMessage, Frame};

const SAMPLES: &[&str] = &[
    include_str!("../tests/samples/call.json"),
    include_str!("../tests/samples/queuecall.json"),
    include_str!("../tests/samples/agent.json"),
    include_str!("../tests/samples/message.json"),
    include_str!("../tests/samples/transcript.json"),
];

const TOPIC: &str = "customer_id:12345678-1234-1234-1234-123456789012:call:5f3c2b1a-9d8e-4f7a-b6c5-1e2d3c4b5a69";

/// Every sample in every shape, each as the deployed server / webhook / docs would send it.
fn mix() -> Vec<(String, String)> {
    let mut frames = Vec::new();
    for sample in SAMPLES {
        let Ok(Frame::Event(ev)) = decode(sample) else {
            panic!("sample does not decode: {sample}");
        };
        let kind = ev.resource.kind();
        frames.push((format!("bare {kind}"), encode_bare(&ev.resource)));
        frames.push((format!("webhook {kind}"), encode_webhook(&ev.event_type, &ev.resource)));
        frames.push((
            format!("documented {kind}"),
            encode_documented(&ev.event_type, TOPIC, "2022-07-23T15:02:35.763577Z", &ev.resource),
        ));
    }
    frames
}

/// Decodes `frames` round-robin for about `time`; returns frames per second.
fn measure(frames: &[&str], time: Duration) -> f64 {
    let mut decoded = 0u64;
    let started = Instant::now();
    while started.elapsed() < time {
        for _ in 0..100 {
            for frame in frames {
                black_box(decode(black_box(frame)).is_ok());
            }
        }
        decoded += 100 * frames.len() as u64;
    }
    decoded as f64 / started.elapsed().as_secs_f64()
}

fn main() {
    // `cargo bench` passes `--bench`; a filter argument is not supported (the run is short).
    let seconds: f64 = std::env::var("PROTOCOL_BENCH_SECONDS").ok().and_then(|s| s.parse().ok()).unwrap_or(2.0);
    let time = Duration::from_secs_f64(seconds);
    let frames = mix();
    let texts: Vec<&str> = frames.iter().map(|(_, text)| text.as_str()).collect();
    let avg = texts.iter().map(|t| t.len()).sum::<usize>() / texts.len();

    measure(&texts, Duration::from_millis(300)); // warm-up
    let rate = measure(&texts, time);
    println!(
        "decode mix: {} frames, avg {avg} bytes: {:.0} frames/s ({:.0} MB/s) single-threaded",
        texts.len(),
        rate,
        rate * avg as f64 / 1e6
    );

    for (name, text) in &frames {
        let rate = measure(&[text.as_str()], time / 8);
        println!("  {name:<26} {:>5} B  {:>9.0} frames/s", text.len(), rate);
    }

    let subscribe = ClientMessage::Subscribe {
        topics: vec![format!("{TOPIC}"), "agent_id:98765432-4321-4321-4321-210987654321:queue".into()],
    }
    .encode();
    let started = Instant::now();
    let mut n = 0u64;
    while started.elapsed() < time / 4 {
        for _ in 0..1000 {
            black_box(ClientMessage::decode(black_box(&subscribe)).is_ok());
        }
        n += 1000;
    }
    println!("client message decode: {:.0} msgs/s", n as f64 / started.elapsed().as_secs_f64());
}
