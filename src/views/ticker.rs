//! One shared clock for every ticking timer on screen, so fifty wait timers cost one interval.

use leptos::prelude::*;
use std::time::Duration;

#[derive(Clone, Copy)]
struct Now(RwSignal<i64>);

/// The current time in ms, updated once a second.
pub fn use_now() -> Signal<i64> {
    if let Some(Now(now)) = use_context::<Now>() {
        return now.into();
    }
    let now = RwSignal::new(js_sys::Date::now() as i64);
    if let Ok(handle) = set_interval_with_handle(
        move || now.set(js_sys::Date::now() as i64),
        Duration::from_millis(1000),
    ) {
        on_cleanup(move || handle.clear());
    }
    provide_context(Now(now));
    now.into()
}
