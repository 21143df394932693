//! One shared clock for every ticking timer on screen, so fifty wait timers cost one interval.

use leptos::prelude::*;
use std::time::Duration;

/// The clock's phases, a quarter second apart.
const PHASES: usize = 4;
const PHASE_MS: u64 = 1000 / PHASES as u64;

/// One signal per phase; each is set once a second, a phase after the one before.
#[derive(Clone, Copy)]
struct Now([RwSignal<i64>; PHASES]);

/// The current time in ms, updated once a second.
pub fn use_now() -> Signal<i64> {
    clock().0[0].into()
}

/// Like [`use_now`], on one of four quarter-second phases chosen by `key`.
///
/// A wall screen's every duration changes each second: 1,400 layout objects at 5,000 calls,
/// 35 ms of layout, paint and compositing in one frame when they all changed together. Rows
/// that tick on their own phase (by their id) spread that over four frames.
pub fn use_staggered_now(key: &str) -> Signal<i64> {
    clock().0[phase_of(key)].into()
}

fn phase_of(key: &str) -> usize {
    key.bytes()
        .fold(0usize, |h, b| h.wrapping_mul(31).wrapping_add(b.into()))
        % PHASES
}

fn clock() -> Now {
    if let Some(now) = use_context::<Now>() {
        return now;
    }
    let start = js_sys::Date::now() as i64;
    let phases = Now(std::array::from_fn(|_| RwSignal::new(start)));
    let next = std::cell::Cell::new(0);
    if let Ok(handle) = set_interval_with_handle(
        move || {
            phases.0[next.get()].set(js_sys::Date::now() as i64);
            next.set((next.get() + 1) % PHASES);
        },
        Duration::from_millis(PHASE_MS),
    ) {
        on_cleanup(move || handle.clear());
    }
    provide_context(phases);
    phases
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_spread_over_every_phase() {
        let mut seen = [0; PHASES];
        for n in 0..1000 {
            seen[phase_of(&format!("agent-{n:04}"))] += 1;
        }
        assert!(seen.iter().all(|&n| n > 150), "{seen:?}");
    }
}
