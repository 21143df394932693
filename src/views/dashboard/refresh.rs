//! The dashboard's cadence. At 500 events a second the store changes on every animation frame;
//! a wall screen needs its tables redrawn a few times a second, not sixty. `use_refresh`
//! turns "one of these collections changed" into a signal that fires at most once per period,
//! always after the last change (trailing edge), so a quiet store is shown exactly.

use leptos::prelude::*;
use std::time::Duration;

/// Tables and feeds: four redraws a second.
pub const TABLE_MS: u64 = 250;
/// Tiles: numbers a supervisor glances at, a little livelier.
pub const TILE_MS: u64 = 150;

/// A counter that ticks at most every `period_ms` after any of `triggers` fired. Read it (or
/// `.track()` it) in a memo, then read the store with `desk.peek`.
pub fn use_refresh(triggers: Vec<Trigger>, period_ms: u64) -> ReadSignal<u64> {
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
    tick
}
