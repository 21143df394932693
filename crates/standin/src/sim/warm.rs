//! Starting warm: a contact center that has been open for a while before the server starts.
//!
//! From an empty floor, new calls commit their expected events up front (pacer.rs) and publish
//! them over their life of a minute or more, so the published rate and the number of calls only
//! reach their steady state after that long (at `--scale large` and 500 events/s: about two
//! minutes to fill the floor to its 1,000 calls, published rate ~150/s meanwhile). Running the
//! same simulation on from a past instant, with its events discarded (nobody was connected),
//! skips that ramp: the first events served are already at the requested rate, on a full floor.

use super::{Sim, SimConfig};

/// How long the floor runs on after it filled: the calls that filled it all arrived within the
/// last minute or so, and for a few seconds after, their early events come on top of the rate
/// (the first 10 s served measured 6% over it without this; 20 s were enough).
const SETTLE_MS: i64 = 60_000;

/// Tick length while catching up (the server ticks every 20 ms; coarser is cheaper and changes
/// nothing but which tick a start falls on).
const STEP_MS: i64 = 100;

impl Sim {
    /// A simulation that has run up to `now_ms`: for as long as the floor took to fill to its
    /// concurrency bound and settle, or `max_ms` if it never fills at this rate (low rates).
    /// What happened meanwhile is its history (ended calls, counters); none of its events are
    /// returned to publish. Costs what that much traffic costs to simulate (the server at
    /// `--scale large` and 500 events/s: ~0.3 s).
    pub fn warmed(cfg: SimConfig, now_ms: i64, max_ms: i64) -> Sim {
        let max_ms = max_ms.max(0);
        let filled = Sim::time_to_fill(cfg.clone(), now_ms - max_ms, max_ms);
        let span = (filled + SETTLE_MS).min(max_ms);
        let mut sim = Sim::new(cfg, now_ms - span);
        sim.catch_up(now_ms);
        sim
    }

    /// How long a fresh floor takes to fill, at most `max_ms` (a dry run: same seed, same
    /// traffic, so the real run fills at the same time).
    fn time_to_fill(cfg: SimConfig, start_ms: i64, max_ms: i64) -> i64 {
        let mut sim = Sim::new(cfg, start_ms);
        let mut t = 0;
        while t < max_ms && !sim.floor_full() {
            t = (t + STEP_MS).min(max_ms);
            sim.tick(start_ms + t);
        }
        t
    }

    /// Runs the clock to `now_ms`, dropping the events (nobody is connected yet: the server
    /// catches up on the seconds the warm-up itself took before it serves).
    pub fn catch_up(&mut self, now_ms: i64) {
        let mut t = self.now_ms;
        while t < now_ms {
            t = (t + STEP_MS).min(now_ms);
            self.tick(t);
        }
    }

    /// True when as many customer calls are up as the scale allows.
    pub fn floor_full(&self) -> bool {
        self.sessions.len() >= self.scale.max_calls
    }
}
