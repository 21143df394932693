//! Tick cost at 10,000 events/s (run with `--release -- --ignored --nocapture`).

use std::time::Instant;

/// CPU time of this thread (ns) from Linux's schedstat, so a loaded machine does not inflate
/// the figure; falls back to wall time elsewhere.
fn cpu_ns() -> Option<u64> {
    let text = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    text.split_whitespace().next()?.parse().ok()
}

use super::{sim, T0};
use crate::sim::{Scale, Sim, SimConfig};

fn measure(mut s: Sim, label: &str) {
    let mut t = T0;
    // Warm up to the steady state (floor full).
    while t < T0 + 60_000 {
        t += 20;
        s.tick(t);
    }
    let start = Instant::now();
    let cpu_start = cpu_ns();
    let mut events = 0usize;
    let ticks = 3_000; // 60 simulated seconds of 20 ms ticks
    for _ in 0..ticks {
        t += 20;
        events += s.tick(t).len();
    }
    let wall = start.elapsed();
    let spent = match (cpu_start, cpu_ns()) {
        (Some(a), Some(b)) => std::time::Duration::from_nanos(b.saturating_sub(a)),
        _ => wall,
    };
    println!(
        "{label}: {events} events in 60 s simulated, {:.1} ms CPU per simulated second, {:.2} us per event, {:.1} us per 20 ms tick",
        spent.as_secs_f64() * 1000.0 / 60.0,
        spent.as_secs_f64() * 1e6 / events.max(1) as f64,
        spent.as_secs_f64() * 1e6 / ticks as f64
    );
}

#[test]
#[ignore]
fn tick_cost_at_ten_thousand_events_per_second() {
    measure(sim(1, 10_000.0), "standard scale");
    let large = Sim::new(
        SimConfig {
            seed: 1,
            events_per_s: 10_000.0,
            scale: Some(Scale::large()),
            ..SimConfig::default()
        },
        T0,
    );
    measure(large, "large scale");
}
