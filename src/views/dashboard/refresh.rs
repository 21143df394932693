//! The dashboard's cadence. The desk applies events once per animation frame; tables follow
//! each applied batch in the same frame (a new call shows up within a frame), so their memos
//! must stay cheap. Feeds that people read (transcripts, recordings, flows) move at most once a
//! second, or a busy wall screen would scroll faster than anyone can read.
//!
//! `use_refresh` turns "one of these collections changed" into a signal: at once (`LIVE`) or
//! at most once per period, always after the last change (trailing edge), so a quiet store is
//! shown exactly either way.

use leptos::prelude::*;
use std::time::Duration;

/// Follow every applied batch.
pub const LIVE: u64 = 0;
/// Feeds that are read rather than glanced at.
pub const FEED_MS: u64 = 1000;

/// A signal to `.get()` in a memo before reading the store with `desk.peek`: it changes when
/// any of `triggers` fired, at most once per `period_ms` (every batch for `LIVE`).
pub fn use_refresh(triggers: Vec<Trigger>, period_ms: u64) -> Signal<u64> {
    if period_ms == LIVE {
        return Signal::derive(move || {
            for t in &triggers {
                t.track();
            }
            0
        });
    }
    let (tick, set_tick) = signal(0u64);
    let scheduled = StoredValue::new(false);
    Effect::new(move |_| {
        for t in &triggers {
            t.track();
        }
        if scheduled.try_get_value().unwrap_or(true) {
            return;
        }
        scheduled.set_value(true);
        set_timeout(
            move || {
                let _ = scheduled.try_set_value(false);
                set_tick.try_update(|n| *n += 1);
            },
            Duration::from_millis(period_ms),
        );
    });
    tick.into()
}
