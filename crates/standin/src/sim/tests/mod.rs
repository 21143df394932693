//! Simulation tests: invariants over long seeded runs, rate, determinism, app actions.

mod actions;
mod bench;
mod invariants;
mod long_runs;
mod phone;
mod placed;
mod ring_all;
mod steady;
mod transfers;

use super::{Published, Sim, SimConfig};

/// A simulation starting at a fixed instant (2026-03-02T09:00:00Z).
pub const T0: i64 = 1_772_442_000_000;

pub fn sim(seed: u64, rate: f64) -> Sim {
    Sim::new(
        SimConfig {
            seed,
            events_per_s: rate,
            ..SimConfig::default()
        },
        T0,
    )
}

/// Ticks every `step_ms` from `from` (exclusive) to `to` (inclusive), checking invariants
/// after every tick; returns the events.
pub fn run_checked(sim: &mut Sim, from: i64, to: i64, step_ms: i64) -> Vec<Published> {
    let mut out = Vec::new();
    let mut t = from;
    let mut ticks = 0u64;
    while t < to {
        t = (t + step_ms).min(to);
        out.extend(sim.tick(t));
        ticks += 1;
        // The full scan covers the whole history; every 500 ticks and at the end is enough.
        let checked = if ticks.is_multiple_of(500) || t == to {
            invariants::check_all(sim)
        } else {
            invariants::check(sim)
        };
        if let Err(why) = checked {
            panic!("invariant broken at +{} ms: {why}", t - T0);
        }
    }
    out
}

/// [`run_checked`] for long runs on a large floor: keeps only the count of events, and checks
/// the invariants every 50th tick (at 1,000 calls, a check costs more than the tick).
pub fn run_counted(sim: &mut Sim, from: i64, to: i64, step_ms: i64) -> usize {
    let mut events = 0;
    let mut t = from;
    let mut ticks = 0u64;
    while t < to {
        t = (t + step_ms).min(to);
        events += sim.tick(t).len();
        ticks += 1;
        let checked = if ticks.is_multiple_of(500) || t == to {
            invariants::check_all(sim)
        } else if ticks.is_multiple_of(50) {
            invariants::check(sim)
        } else {
            Ok(())
        };
        if let Err(why) = checked {
            panic!("invariant broken at +{} ms: {why}", t - T0);
        }
    }
    events
}

/// Runs until `done` holds (checking invariants), at most `max_ms`; returns the time reached.
pub fn run_until(sim: &mut Sim, from: i64, max_ms: i64, done: impl Fn(&Sim) -> bool) -> i64 {
    let mut t = from;
    while t < from + max_ms {
        t += 100;
        sim.tick(t);
        if let Err(why) = invariants::check(sim) {
            panic!("invariant broken at +{} ms: {why}", t - T0);
        }
        if done(sim) {
            return t;
        }
    }
    panic!("condition not reached within {max_ms} ms");
}

pub fn names(events: &[Published]) -> Vec<&str> {
    events.iter().map(|p| p.event_type.as_str()).collect()
}
