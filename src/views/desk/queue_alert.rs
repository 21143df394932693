//! The queue alert: who is calling, from which queue, how long they have waited, with Accept
//! and Dismiss by mouse or key (A / X), a ring, a notification when the tab is hidden, a
//! flashing title and a screen-reader announcement.
//!
//! Alerts are derived from the store on every update (`selectors::alerts`): when the call is
//! taken by anyone, abandoned or hung up, the alert, its ring, its notification and its title
//! go at once, on every desk. Accept and Dismiss only change this desk's view of it.
//!
//! VoIPBIN has no REST call to answer: an agent answers on its phone or softphone. So "Accept"
//! says what it does: for a call ringing for the agent it silences the desk and points to the
//! phone; for a caller waiting in a queue the agent serves it makes the agent available, so the
//! queue can route the caller to them.

use super::selectors::{self, Alert, AlertKind};
use super::{notify, on_hotkey, ring, with_data, DeskUi};
use crate::api::{self, ApiError};
use crate::format;
use crate::i18n::{number, tr};
use crate::msg;
use crate::state::DeskState;
use crate::t;
use crate::views::{use_now, Hotkey};
use leptos::prelude::*;
use std::collections::{HashMap, HashSet};
use voipbin_protocol::AgentStatus;

/// What Accept did for one alert (message ids: the view words them in the agent's language).
#[derive(Clone, Debug, PartialEq)]
enum Taking {
    Working,
    Done(crate::i18n::Msg),
    Failed(ApiError),
}

#[derive(Clone, Copy)]
struct AlertState {
    alerts: Memo<Vec<Alert>>,
    taking: RwSignal<HashMap<String, Taking>>,
    dismissed: RwSignal<HashSet<String>>,
}

impl AlertState {
    fn is_silenced(&self, id: &str) -> bool {
        self.taking
            .with(|t| matches!(t.get(id), Some(Taking::Working | Taking::Done(_))))
    }
}

#[component]
pub fn QueueAlerts() -> impl IntoView {
    let desk = expect_context::<DeskState>();
    let ui = expect_context::<DeskUi>();
    let dismissed = RwSignal::new(HashSet::<String>::new());
    let taking = RwSignal::new(HashMap::<String, Taking>::new());
    let all = Memo::new(move |_| {
        let me = ui.me.get();
        let watch_all = ui.watch_all.get();
        desk.calls.track();
        desk.queuecalls.track();
        desk.read(desk.queues, |s| selectors::alerts(s, &me, watch_all))
    });
    // With a phone (here or in another tab) a leg ringing for this agent is the phone's to ring:
    // the incoming call shows it with Answer and Decline, once per browser.
    let phone = expect_context::<crate::phone::Phone>();
    let phone_rings = Memo::new(move |_| {
        phone.model.with(|m| {
            matches!(
                m.status,
                crate::phone::PhoneStatus::Registered | crate::phone::PhoneStatus::Elsewhere
            )
        })
    });
    let alerts = Memo::new(move |_| {
        let hidden = dismissed.get();
        let phone_rings = phone_rings.get();
        all.get()
            .into_iter()
            .filter(|a| !hidden.contains(&a.id))
            .filter(|a| !(phone_rings && a.kind == AlertKind::RingingForMe))
            .collect::<Vec<_>>()
    });
    let state = AlertState {
        alerts,
        taking,
        dismissed,
    };
    let sound_on = RwSignal::new(ring::sound_enabled());
    let announcement = RwSignal::new(String::new());

    // Ringing: while any shown alert has not been accepted.
    let ringing =
        Memo::new(move |_| alerts.with(|list| list.iter().any(|a| !state.is_silenced(&a.id))));
    Effect::new(move |_| {
        if ringing.get() && sound_on.get() {
            ring::start();
        } else {
            ring::stop();
        }
    });
    let title = Memo::new(move |_| {
        ringing.get().then(|| {
            alerts.with(|list| match list.len() {
                1 => list
                    .first()
                    .map(|a| t!("desk-title-call", caller = format::party(&a.caller)))
                    .unwrap_or_default(),
                n => t!("desk-title-waiting", count = n),
            })
        })
    });
    Effect::new(move |_| notify::set_title_alert(title.get()));
    // A caller waiting for this agent: the call's work is seconds away.
    Effect::new(move |_| {
        if alerts.with(|a| !a.is_empty()) {
            super::call_work_chunk::prefetch();
        }
    });

    // Notifications and announcements for alerts that appear and go; forget local choices about
    // alerts whose cause is gone.
    Effect::new(move |previous: Option<HashMap<String, Alert>>| {
        let current: HashMap<String, Alert> = all
            .get()
            .into_iter()
            .filter(|a| !(phone_rings.get() && a.kind == AlertKind::RingingForMe))
            .map(|a| (a.id.clone(), a))
            .collect();
        let previous = previous.unwrap_or_default();
        let mut said = Vec::new();
        for (id, alert) in &current {
            if !previous.contains_key(id) {
                said.push(appeared_text(alert));
                notify::show(id, &notification_title(alert), &notification_body(alert));
            }
        }
        for (id, alert) in &previous {
            if !current.contains_key(id) {
                said.push(t!("desk-alert-gone", caller = format::party(&alert.caller)));
                notify::close(id);
            }
        }
        if !said.is_empty() {
            announcement.set(said.join(" "));
        }
        untrack(|| {
            let gone = |id: &String| !current.contains_key(id);
            if dismissed.with(|d| d.iter().any(gone)) {
                dismissed.update(|d| d.retain(|id| current.contains_key(id)));
            }
            if taking.with(|t| t.keys().any(gone)) {
                taking.update(|t| t.retain(|id, _| current.contains_key(id)));
            }
        });
        current
    });
    // A caller already waiting when the agent switches away still gets a notification.
    let visibility = window_event_listener_untyped("visibilitychange", move |_| {
        if notify::tab_hidden() {
            for alert in alerts.get_untracked() {
                if !state.is_silenced(&alert.id) {
                    notify::show(
                        &alert.id,
                        &notification_title(&alert),
                        &notification_body(&alert),
                    );
                }
            }
        }
    });
    on_cleanup(move || {
        visibility.remove();
        ring::stop();
        notify::close_all();
        notify::set_title_alert(None);
    });

    on_hotkey(move |key| {
        let list = alerts.get_untracked();
        match key {
            Hotkey::Accept => {
                let next = list
                    .iter()
                    .find(|a| a.kind != AlertKind::WaitingOnFloor && !state.is_silenced(&a.id))
                    .cloned();
                if let Some(alert) = next {
                    accept(ui, desk, state, alert);
                }
            }
            Hotkey::Dismiss => {
                if let Some(alert) = list.first() {
                    dismissed.update(|d| {
                        d.insert(alert.id.clone());
                    });
                }
            }
            _ => {}
        }
    });

    let toggle_sound = move |_| {
        let on = !sound_on.get_untracked();
        sound_on.set(on);
        ring::set_sound_enabled(on);
    };

    view! {
        <div class="alert-region" data-testid="queue-alerts" data-ringing=move || ringing.get().to_string()
            data-count=move || alerts.with(Vec::len).to_string()>
            <div class="visually-hidden" role="status" aria-live="assertive" aria-atomic="true"
                data-testid="alert-announcement">{move || announcement.get()}</div>
            <div class="alert-bar">
                <span class="alert-summary">{move || match alerts.with(Vec::len) {
                    0 => t!("desk-alerts-none"),
                    n => t!("desk-alerts-waiting", count = n),
                }}</span>
                <button class="chip" data-testid="ring-sound" aria-pressed=move || sound_on.get().to_string()
                    title=tr!("desk-ring-sound-hint") on:click=toggle_sound>
                    {move || if sound_on.get() { t!("desk-ring-sound-on") } else { t!("desk-ring-sound-off") }}
                </button>
                <Show when=move || ui.supervisor.get()>
                    <label class="check">
                        <input type="checkbox" data-testid="watch-all" prop:checked=move || ui.watch_all.get()
                            on:change=move |e| ui.watch_all.set(event_target_checked(&e))/>
                        {tr!("desk-watch-all")}
                    </label>
                </Show>
                <notify::NotifyPrompt/>
            </div>
            <Show when=move || alerts.with(|a| !a.is_empty())>
                <section class="queue-alerts" aria-label=tr!("desk-incoming-callers")>
                    <For each=move || alerts.get() key=|a| a.id.clone() let:alert>
                        <AlertCard id=alert.id.clone() state=state/>
                    </For>
                </section>
            </Show>
        </div>
    }
}

#[component]
fn AlertCard(id: String, state: AlertState) -> impl IntoView {
    let desk = expect_context::<DeskState>();
    let ui = expect_context::<DeskUi>();
    let now = use_now();
    let alert = {
        let id = id.clone();
        Memo::new(move |_| {
            state
                .alerts
                .with(|list| list.iter().find(|a| a.id == id).cloned())
        })
    };
    let field = move |f: fn(&Alert) -> String| {
        move || alert.with(|a| a.as_ref().map(f).unwrap_or_default())
    };
    let kind = move || alert.with(|a| a.as_ref().map(|a| a.kind.clone()));
    let waited = move || {
        alert.with(|a| {
            a.as_ref()
                .and_then(|a| format::since(&a.waiting_since, now.get()))
                .map(format::duration)
                .unwrap_or_default()
        })
    };
    let taking = {
        let id = id.clone();
        let taking = Memo::new(move |_| state.taking.with(|t| t.get(&id).cloned()));
        move || taking.get()
    };
    let title_id = format!("alert-title-{id}");
    let how_id = format!("alert-how-{id}");
    let my_address = move || {
        ui.me.with(|m| {
            m.addresses
                .iter()
                .find(|a| a.r#type == "extension")
                .or_else(|| m.addresses.first())
                .map(|a| format!("{} {}", a.r#type, a.target))
        })
    };
    let how = move || match (kind(), taking()) {
        (_, Some(Taking::Done(id))) => t!(id).into_any(),
        (_, Some(Taking::Working)) => t!("desk-accept-working").into_any(),
        (_, Some(Taking::Failed(e))) => {
            super::explain(msg!("desk-failed-available"), &e).into_any()
        }
        (Some(AlertKind::RingingForMe), None) => match my_address() {
            Some(address) => with_data(
                msg!("desk-accept-how-ringing-on"),
                vec![("address", address)],
            )
            .into_any(),
            None => t!("desk-accept-how-ringing").into_any(),
        },
        (Some(AlertKind::WaitingInMyQueue), None) => t!("desk-accept-how-queue").into_any(),
        (Some(AlertKind::WaitingOnFloor), None) => t!("desk-accept-how-floor").into_any(),
        (None, None) => ().into_any(),
    };
    let failed = move || matches!(taking(), Some(Taking::Failed(_)));
    let can_accept = move || {
        kind().is_some_and(|k| k != AlertKind::WaitingOnFloor)
            && !matches!(taking(), Some(Taking::Working | Taking::Done(_)))
    };
    let on_accept = move |_| {
        if let Some(a) = alert.get_untracked() {
            accept(ui, desk, state, a);
        }
    };
    let dismiss = {
        let id = id.clone();
        move |_| {
            state.dismissed.update(|d| {
                d.insert(id.clone());
            });
        }
    };
    let queue_line = move || {
        alert.with(|a| {
            let a = a.as_ref()?;
            let queue = a.queue_name.clone();
            let position = a.position.map(|p| number(p as f64));
            Some(match (&a.kind, queue, position) {
                (AlertKind::RingingForMe, Some(q), _) => {
                    with_data(msg!("desk-ringing-for-you-in"), vec![("queue", q)]).into_any()
                }
                (AlertKind::RingingForMe, None, _) => t!("desk-ringing-for-you").into_any(),
                (_, Some(q), Some(p)) => with_data(
                    msg!("desk-waiting-in-at"),
                    vec![("queue", q), ("position", p)],
                )
                .into_any(),
                (_, None, Some(p)) => {
                    with_data(msg!("desk-waiting-at"), vec![("position", p)]).into_any()
                }
                (_, Some(q), None) => {
                    with_data(msg!("desk-waiting-in"), vec![("queue", q)]).into_any()
                }
                (_, None, None) => t!("desk-waiting").into_any(),
            })
        })
    };

    view! {
        <article class="queue-alert" data-testid="queue-alert" data-alert-id=id.clone()
            data-kind=move || kind().map(|k| format!("{k:?}")).unwrap_or_default()
            data-call-id=field(|a| a.call_id.clone())
            class:silenced=move || taking().is_some() && !failed()
            aria-labelledby=title_id.clone() aria-describedby=how_id.clone()>
            <div class="qa-icon" aria-hidden="true"><span class="qa-pulse"></span>"☎"</div>
            <div class="qa-main">
                <h2 id=title_id.clone() class="qa-caller" translate="no">
                    {field(|a| {
                        let name = a.caller.target_name.trim();
                        if name.is_empty() { a.caller.target.clone() } else { name.to_string() }
                    })}
                    <span class="qa-number">{field(|a| if a.caller.target_name.trim().is_empty() { String::new() } else { a.caller.target.clone() })}</span>
                </h2>
                <p class="qa-meta">
                    <span data-testid="alert-queue">{queue_line}</span>
                    " · " {tr!("desk-alert-waited")} " "
                    <span class="qa-wait" data-testid="alert-wait" role="timer" aria-live="off">{waited}</span>
                </p>
                <p id=how_id.clone() class="qa-how" class:error=failed>{how}</p>
            </div>
            <div class="qa-actions">
                <Show when=can_accept>
                    <button class="primary accept" data-testid="accept-call" aria-keyshortcuts="A" on:click=on_accept>
                        {tr!("desk-accept")} " " <kbd aria-hidden="true">"A"</kbd>
                    </button>
                </Show>
                <button class="dismiss" data-testid="dismiss-alert" aria-keyshortcuts="X"
                    title=tr!("desk-dismiss-hint") on:click=dismiss>
                    {tr!("desk-dismiss")} " " <kbd aria-hidden="true">"X"</kbd>
                </button>
            </div>
        </article>
    }
}

/// Accept, made honest for each kind of alert (see the module comment).
fn accept(ui: DeskUi, desk: DeskState, state: AlertState, alert: Alert) {
    let id = alert.id.clone();
    let set = move |t: Taking| {
        state.taking.update(|map| {
            map.insert(id.clone(), t);
        })
    };
    match alert.kind {
        AlertKind::WaitingOnFloor => {}
        AlertKind::RingingForMe => set(Taking::Done(msg!("desk-accepted-ringing"))),
        AlertKind::WaitingInMyQueue => {
            let my_id = ui.my_id();
            let available = desk.peek(|s| {
                s.agents
                    .get(&my_id)
                    .map(|a| a.status == AgentStatus::Available)
            });
            if available == Some(true) {
                set(Taking::Done(msg!("desk-accepted-available")));
                return;
            }
            let Some(api) = ui.api() else { return };
            set(Taking::Working);
            leptos::task::spawn_local(async move {
                match api::set_my_status(&api, &AgentStatus::Available).await {
                    Ok(()) => set(Taking::Done(msg!("desk-accepted-now-available"))),
                    Err(e) => set(Taking::Failed(e)),
                }
            });
        }
    }
}

fn appeared_text(alert: &Alert) -> String {
    let who = format::party(&alert.caller);
    match (&alert.kind, &alert.queue_name) {
        (AlertKind::RingingForMe, _) => t!("desk-announce-ringing", caller = who),
        (_, Some(queue)) => t!(
            "desk-announce-waiting-in",
            caller = who,
            queue = queue.as_str()
        ),
        (_, None) => t!("desk-announce-waiting", caller = who),
    }
}

fn notification_title(alert: &Alert) -> String {
    match alert.kind {
        AlertKind::RingingForMe => t!("desk-notify-ringing"),
        _ => t!("desk-notify-waiting"),
    }
}

fn notification_body(alert: &Alert) -> String {
    match &alert.queue_name {
        Some(queue) => format!("{} · {queue}", format::party(&alert.caller)),
        None => format::party(&alert.caller),
    }
}
