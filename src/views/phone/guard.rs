//! What keeps the phone honest around it: re-register when the browser comes back online or the
//! laptop wakes, set the agent away when the phone cannot register (callers would ring nowhere),
//! and warn before a tab with a call in it closes.

use crate::app::Auth;
use crate::i18n::tr;
use crate::msg;
use crate::phone::{Phone, PhoneStatus, Words};
use crate::state::DeskState;
use leptos::prelude::*;
use std::time::Duration;
use voipbin_protocol::AgentStatus;

/// A phone that stays unregistered this long while its agent is available sets the agent away
/// (a short drop that re-registers at once does not).
const AWAY_AFTER_MS: u64 = 15_000;
/// Timers stall while a laptop sleeps: a gap this much longer than the tick means it woke.
const WAKE_GAP_MS: f64 = 10_000.0;
const WAKE_TICK_MS: u64 = 5_000;

#[component]
pub fn PhoneGuard() -> impl IntoView {
    let phone = expect_context::<Phone>();
    let Auth(auth) = expect_context::<Auth>();
    let desk = expect_context::<DeskState>();
    let notice = RwSignal::new(None::<Words>);

    let online = window_event_listener_untyped("online", move |_| phone.reconnect_now());
    let last_tick = StoredValue::new(js_sys::Date::now());
    let wake = set_interval_with_handle(
        move || {
            let now = js_sys::Date::now();
            if now - last_tick.get_value() > WAKE_TICK_MS as f64 + WAKE_GAP_MS {
                phone.reconnect_now();
            }
            last_tick.set_value(now);
        },
        Duration::from_millis(WAKE_TICK_MS),
    )
    .ok();
    let unload = window_event_listener(leptos::ev::beforeunload, move |ev| {
        if phone.in_call() {
            // Browsers show their own wording; asking is all a page may do.
            ev.prevent_default();
            ev.set_return_value(&crate::t!("phone-leave-warning"));
        }
    });
    on_cleanup(move || {
        online.remove();
        unload.remove();
        if let Some(wake) = wake {
            wake.clear();
        }
    });

    let unregistered = Memo::new(move |_| {
        phone
            .model
            .with(|m| matches!(m.status, PhoneStatus::Unregistered(_)))
    });
    Effect::new(move |_| {
        if !unregistered.get() {
            return;
        }
        set_timeout(
            move || {
                let still = unregistered.get_untracked();
                let Some(session) = auth.get_untracked() else {
                    return;
                };
                let available = desk.peek(|s| {
                    s.agents
                        .get(&session.me.id)
                        .map(|a| a.status == AgentStatus::Available)
                });
                if still && available.unwrap_or(session.me.status == AgentStatus::Available) {
                    if let Some(why) = phone.model.with_untracked(|m| m.blocks_available()) {
                        notice.set(Some(
                            Words::new(msg!("phone-set-away")).with_words("why", why),
                        ));
                    }
                    leptos::task::spawn_local(async move {
                        let _ = crate::api::set_my_status(&session.api(), &AgentStatus::Away).await;
                    });
                }
            },
            Duration::from_millis(AWAY_AFTER_MS),
        );
    });

    // Autoplay: after a reload nothing has been clicked yet, and unless the browser's policy
    // allows autoplay the ring would be silent. The context is made now and judged by its state.
    crate::views::desk::ring::prepare();
    let sound_blocked = RwSignal::new(crate::views::desk::ring::blocked());
    crate::views::desk::ring::on_state_change(move || {
        let _ = sound_blocked.try_set(crate::views::desk::ring::blocked());
    });

    view! {
        <Show when=move || sound_blocked.get() && crate::views::desk::ring::sound_enabled()>
            <div class="notices" role="alert" data-testid="enable-sound">
                <p>{tr!("phone-ring-blocked")}</p>
                <button class="primary" on:click=move |_| sound_blocked.set(crate::views::desk::ring::blocked())>
                    {tr!("phone-ring-enable")}
                </button>
            </div>
        </Show>
        {move || notice.get().map(|text| view! {
            <div class="notices" role="alert" data-testid="phone-notice">
                <p>{move || text.text()}</p>
                <button class="link" on:click=move |_| notice.set(None)>{tr!("phone-dismiss")}</button>
            </div>
        })}
    }
}
