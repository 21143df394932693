//! The dashboard's cadence. The desk applies events once per animation frame; tables follow
//! each applied batch in the same frame (a new call shows up within a frame) while recomputing
//! them is cheap. On a floor of thousands of calls a table's recompute walks thousands of rows:
//! following 60 batches a second would spend whole frames on it, so a table whose last recompute
//! was dear waits in proportion to its cost (`paced_wait_ms`), keeping each at a small share of
//! the main thread. Feeds that people read (transcripts, recordings, flows) move at most once a
//! second, or a busy wall screen would scroll faster than anyone can read.
//!
//! A cheap view still spends at most `FRAME_BUDGET_MS` a frame on redraws: while events are
//! sparse the desk applies each socket message at once (up to a dozen a frame), and at a
//! thousand events a second a cheap view that followed each of them recomputed a dozen times for
//! one painted frame (the active calls tile alone took 3% of the main thread on a 5,000-call
//! floor). Changes show at once while the frame's budget allows, and the rest together at the
//! frame's end; a view that costs next to nothing (a small floor) still follows every batch.
//!
//! Either way the refresh comes after the last change (trailing edge), so a quiet store is shown
//! exactly.

use crate::state::{performance_now, FRAME_MS};
use leptos::prelude::*;
use std::time::Duration;

/// Feeds that are read rather than glanced at.
pub const FEED_MS: u64 = 1000;
/// A recompute cheaper than this follows every applied batch.
const CHEAP_MS: f64 = 0.75;
/// A dearer one waits this many times its cost: each at most ~3% of the main thread (at 10x,
/// the six live views of a 5,000-call floor still took a quarter of it between them).
const PACE_FACTOR: f64 = 30.0;
/// Longest wait: a wall screen still moves every second.
const MAX_WAIT_MS: u64 = 1000;
/// What a cheap view may spend on redraws at once within one frame.
const FRAME_BUDGET_MS: f64 = 0.5;

/// How long a live view waits before recomputing after a change, given what its last
/// recompute cost: none while cheap.
pub fn paced_wait_ms(last_cost_ms: f64) -> Option<u64> {
    if last_cost_ms.is_nan() || last_cost_ms < CHEAP_MS {
        return None;
    }
    Some(((last_cost_ms * PACE_FACTOR).ceil() as u64).min(MAX_WAIT_MS))
}

/// A cheap view's redraws within the current frame-long window.
#[derive(Clone, Copy, Debug, Default)]
pub struct FrameBudget {
    start_ms: f64,
    spent_ms: f64,
}

impl FrameBudget {
    /// How long a redraw costing `cost_ms`, asked for at `now_ms`, waits: none while it fits
    /// the frame's budget (the first of a frame always does), else the rest of the frame.
    pub fn wait_ms(&mut self, now_ms: f64, cost_ms: f64) -> Option<u64> {
        // A clock gone wrong (NaN, or a window "in the future") starts a new window.
        if !(0.0..FRAME_MS).contains(&(now_ms - self.start_ms)) {
            *self = FrameBudget {
                start_ms: now_ms,
                spent_ms: 0.0,
            };
        }
        let cost_ms = if cost_ms.is_finite() { cost_ms } else { 0.0 };
        if self.spent_ms == 0.0 || self.spent_ms + cost_ms <= FRAME_BUDGET_MS {
            self.spent_ms += cost_ms.max(f64::MIN_POSITIVE);
            return None;
        }
        Some((self.start_ms + FRAME_MS - now_ms).ceil().max(1.0) as u64)
    }
}

/// A signal to `.track()` in a memo before reading the store with `desk.peek`, and the memo's
/// cost meter: the memo wraps its work in `measure` so the next refresh is paced by it.
#[derive(Clone, Copy)]
pub struct LiveRefresh {
    tick: ReadSignal<u64>,
    cost_ms: StoredValue<f64>,
}

impl LiveRefresh {
    pub fn track(&self) {
        self.tick.track();
    }

    /// Runs the recompute, timing it.
    pub fn measure<R>(&self, work: impl FnOnce() -> R) -> R {
        let started = performance_now();
        let result = work();
        self.cost_ms.set_value(performance_now() - started);
        result
    }
}

/// Follows every applied batch that fired one of `triggers`, paced by the view's cost.
pub fn use_live_refresh(triggers: Vec<Trigger>) -> LiveRefresh {
    let cost_ms = StoredValue::new(0.0);
    let budget = StoredValue::new(FrameBudget::default());
    let tick = after_changes(triggers, move || {
        let cost = cost_ms.try_get_value()?;
        paced_wait_ms(cost).or_else(|| {
            budget
                .try_update_value(|b| b.wait_ms(performance_now(), cost))
                .flatten()
        })
    });
    LiveRefresh { tick, cost_ms }
}

/// Changes when any of `triggers` fired, at most once per `period_ms`.
pub fn use_refresh(triggers: Vec<Trigger>, period_ms: u64) -> Signal<u64> {
    after_changes(triggers, move || Some(period_ms)).into()
}

/// A counter bumped after `triggers` fire: at once when `wait_ms` says none, else once after
/// that long however many times they fire meanwhile.
fn after_changes(
    triggers: Vec<Trigger>,
    wait_ms: impl Fn() -> Option<u64> + Send + Sync + 'static,
) -> ReadSignal<u64> {
    let (tick, set_tick) = signal(0u64);
    let scheduled = StoredValue::new(false);
    let redraw = move || {
        set_tick.try_update(|n| *n += 1);
    };
    Effect::new(move |_| {
        for t in &triggers {
            t.track();
        }
        if scheduled.try_get_value().unwrap_or(true) {
            return;
        }
        let Some(wait) = wait_ms() else {
            redraw();
            return;
        };
        scheduled.set_value(true);
        set_timeout(
            move || {
                let _ = scheduled.try_set_value(false);
                redraw();
            },
            Duration::from_millis(wait),
        );
    });
    tick
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cheap_views_follow_every_batch_and_dear_ones_wait_thirty_times_their_cost() {
        assert_eq!(paced_wait_ms(0.0), None);
        assert_eq!(paced_wait_ms(0.5), None);
        assert_eq!(paced_wait_ms(2.0), Some(60));
        assert_eq!(paced_wait_ms(7.3), Some(219));
        assert_eq!(paced_wait_ms(500.0), Some(MAX_WAIT_MS));
        // A clock that misbehaved (NaN) is taken as cheap rather than freezing the view.
        assert_eq!(paced_wait_ms(f64::NAN), None);
    }

    #[test]
    fn a_cheap_view_redraws_at_once_while_the_frames_budget_allows_then_at_the_frames_end() {
        let mut b = FrameBudget::default();
        // 0.2 ms redraws: two fit the 0.5 ms budget of a frame.
        assert_eq!(b.wait_ms(1000.0, 0.2), None);
        assert_eq!(b.wait_ms(1001.0, 0.2), None);
        assert_eq!(
            b.wait_ms(1004.5, 0.2),
            Some(12),
            "over budget: the frame's end"
        );
        assert_eq!(b.wait_ms(1015.5, 0.2), Some(1));
        assert_eq!(b.wait_ms(1016.0, 0.2), None, "a new frame");
        // Just under the pacing threshold: once a frame.
        let mut b = FrameBudget::default();
        assert_eq!(b.wait_ms(2000.0, 0.7), None);
        assert_eq!(b.wait_ms(2003.0, 0.7), Some(13));
        // Next to nothing (a small floor): every batch.
        let mut b = FrameBudget::default();
        assert!((0..100).all(|i| b.wait_ms(3000.0 + f64::from(i) * 0.1, 0.001).is_none()));
    }

    #[test]
    fn a_clock_gone_wrong_never_holds_a_view_back() {
        let mut b = FrameBudget::default();
        assert_eq!(b.wait_ms(1000.0, 0.4), None);
        assert_eq!(
            b.wait_ms(990.0, 0.4),
            None,
            "the clock went back: a new window"
        );
        assert_eq!(b.wait_ms(f64::NAN, 0.4), None);
        assert_eq!(b.wait_ms(5000.0, f64::NAN), None);
    }
}
