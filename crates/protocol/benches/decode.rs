//! Frames decoded per second for a realistic mix: call, queuecall, agent, message and transcript
//! events in all three shapes (bare, webhook, documented), about 1 KB each.
//!
//! Run: `cargo bench -p voipbin-protocol` (the workspace's release settings, size-optimized as
//! the browser gets them) or `cargo bench -p voipbin-protocol --profile server` (opt-level 3, as
//! the stand-in server is built). `PROTOCOL_BENCH_SECONDS` sets the measuring time per line.

use std::hint::black_box;
use std::time::{Duration, Instant};

use voipbin_protocol::{
    decode, encode_bare, encode_documented, encode_webhook, ClientMessage, Frame,
};

const SAMPLES: &[&str] = &[
    include_str!("../tests/samples/call.json"),
    include_str!("../tests/samples/queuecall.json"),
    include_str!("../tests/samples/agent.json"),
    include_str!("../tests/samples/message.json"),
    include_str!("../tests/samples/transcript.json"),
];

const TOPIC: &str =
    "customer_id:12345678-1234-1234-1234-123456789012:call:5f3c2b1a-9d8e-4f7a-b6c5-1e2d3c4b5a69";

/// Every sample in every shape, each as the deployed server / webhook / docs would send it.
fn mix() -> Vec<(String, String)> {
    let mut frames = Vec::new();
    for sample in SAMPLES {
        let Ok(Frame::Event(ev)) = decode(sample) else {
            panic!("sample does not decode: {sample}");
        };
        let kind = ev.resource.kind();
        frames.push((format!("bare {kind}"), encode_bare(&ev.resource)));
        frames.push((
            format!("webhook {kind}"),
            encode_webhook(&ev.event_type, &ev.resource),
        ));
        frames.push((
            format!("documented {kind}"),
            encode_documented(
                &ev.event_type,
                TOPIC,
                "2022-07-23T15:02:35.763577Z",
                &ev.resource,
            ),
        ));
    }
    frames
}

/// Nanoseconds this thread has spent on a CPU (Linux), so a busy machine (other builds on the
/// same 2 cores) does not count against the decoder. `None` elsewhere.
fn thread_cpu_ns() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    stat.split_whitespace().next()?.parse().ok()
}

/// Per-second rates of `work` calls (each doing `per_call` items) over about `time`:
/// (by wall clock, by this thread's CPU time when available).
fn measure_with(time: Duration, per_call: u64, mut work: impl FnMut()) -> (f64, Option<f64>) {
    let mut done = 0u64;
    let cpu_start = thread_cpu_ns();
    let started = Instant::now();
    while started.elapsed() < time {
        work();
        done += per_call;
    }
    let wall = done as f64 / started.elapsed().as_secs_f64();
    let cpu = match (cpu_start, thread_cpu_ns()) {
        (Some(a), Some(b)) if b > a => Some(done as f64 * 1e9 / (b - a) as f64),
        _ => None,
    };
    (wall, cpu)
}

/// Decodes `frames` round-robin for about `time`.
fn measure(frames: &[&str], time: Duration) -> (f64, Option<f64>) {
    measure_with(time, 100 * frames.len() as u64, || {
        for _ in 0..100 {
            for frame in frames {
                black_box(decode(black_box(frame)).is_ok());
            }
        }
    })
}

fn show((wall, cpu): (f64, Option<f64>)) -> String {
    match cpu {
        Some(cpu) => format!("{wall:>9.0}/s wall, {cpu:>9.0}/s per CPU-second"),
        None => format!("{wall:>9.0}/s wall"),
    }
}

fn main() {
    // `cargo bench` passes `--bench`; a filter argument is not supported (the run is short).
    let seconds: f64 = std::env::var("PROTOCOL_BENCH_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(2.0);
    let time = Duration::from_secs_f64(seconds);
    let frames = mix();
    let texts: Vec<&str> = frames.iter().map(|(_, text)| text.as_str()).collect();
    let avg = texts.iter().map(|t| t.len()).sum::<usize>() / texts.len();

    measure(&texts, Duration::from_millis(300)); // warm-up
    let rates = measure(&texts, time);
    println!(
        "decode mix of {} frames, avg {avg} bytes, single-threaded:",
        texts.len()
    );
    println!("  frames decoded: {}", show(rates));
    println!(
        "  throughput:     {:.0} MB/s wall",
        rates.0 * avg as f64 / 1e6
    );

    for (name, text) in &frames {
        println!(
            "  {name:<24} {:>5} B {}",
            text.len(),
            show(measure(&[text.as_str()], time / 8))
        );
    }

    let subscribe = ClientMessage::Subscribe {
        topics: vec![
            format!("{TOPIC}"),
            "agent_id:98765432-4321-4321-4321-210987654321:queue".into(),
        ],
    }
    .encode();
    let rates = measure_with(time / 4, 1000, || {
        for _ in 0..1000 {
            black_box(ClientMessage::decode(black_box(&subscribe)).is_ok());
        }
    });
    println!("client message decode: {}", show(rates));
}
