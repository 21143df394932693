//! The ring for a real INVITE: caller, queue and wait, Answer and Decline (A / X), a ring on
//! the chosen ringer, a notification when the tab is hidden, a flashing title and an
//! announcement. It goes the moment the call does (CANCEL, answered elsewhere, abandoned).

use super::party_name;
use crate::format;
use crate::i18n::tr;
use crate::phone::{Phone, PhoneCall};
use crate::state::DeskState;
use crate::t;
use crate::views::desk::{notify, on_hotkey, ring, selectors, DeskUi};
use crate::views::{use_now, Hotkey};
use leptos::prelude::*;

/// What the desk knows of a ringing call: the caller in From always, the rest from events where
/// the session sees them.
#[derive(Clone, Debug, PartialEq)]
struct Shown {
    call: String,
    caller: String,
    queue: Option<String>,
    waiting_since: Option<String>,
}

fn shown(call: &PhoneCall, alerts: &[selectors::Alert]) -> Shown {
    let alert = call
        .voipbin_call_id
        .as_ref()
        .and_then(|leg| alerts.iter().find(|a| &a.id == leg || &a.call_id == leg));
    Shown {
        call: call.id.clone(),
        caller: alert
            .and_then(|a| format::known_party(&a.caller))
            .unwrap_or_else(|| party_name(call)),
        // Only a desk that sees queuecalls (admin, manager) knows: the INVITE names no queue.
        queue: alert.and_then(|a| a.queue_name.clone()),
        waiting_since: alert.map(|a| a.waiting_since.clone()),
    }
}

#[component]
pub fn IncomingCall() -> impl IntoView {
    let phone = expect_context::<Phone>();
    let desk = expect_context::<DeskState>();
    let ui = expect_context::<DeskUi>();
    let now = use_now();
    let ringing = Memo::new(move |_| {
        let call = phone.model.with(|m| m.ringing().cloned())?;
        let me = ui.me.get();
        desk.calls.track();
        desk.queuecalls.track();
        let alerts = desk.read(desk.queues, |s| selectors::alerts(s, &me, true));
        Some(shown(&call, &alerts))
    });
    let ringing_id = Memo::new(move |_| ringing.with(|r| r.as_ref().map(|r| r.call.clone())));
    let announcement = RwSignal::new(String::new());
    Effect::new(move |previous: Option<Option<String>>| {
        let current = ringing_id.get();
        if let Some(Some(gone)) = &previous {
            if current.as_ref() != Some(gone) {
                ring::stop();
                notify::close(gone);
                notify::set_title_alert(None);
            }
        }
        if let Some(id) = &current {
            if previous.flatten().as_ref() != Some(id) {
                let shown = ringing.get_untracked().unwrap_or_else(|| Shown {
                    call: id.clone(),
                    caller: String::new(),
                    queue: None,
                    waiting_since: None,
                });
                let caller = shown.caller.as_str();
                // Said once, when it starts ringing: a language switch does not ring again.
                let title = untrack(|| t!("phone-ring-title", caller = caller));
                let (body, announce) = untrack(|| match &shown.queue {
                    Some(queue) => (
                        t!("phone-ring-body-queue", queue = queue.as_str()),
                        t!(
                            "phone-ring-announce-queue",
                            caller = caller,
                            queue = queue.as_str()
                        ),
                    ),
                    None => (
                        t!("phone-ring-body"),
                        t!("phone-ring-announce", caller = caller),
                    ),
                });
                ring::start();
                notify::show(id, &title, &body);
                notify::set_title_alert(Some(title));
                announcement.set(announce);
            }
        }
        current
    });
    on_cleanup(move || {
        ring::stop();
        notify::set_title_alert(None);
    });
    on_hotkey(move |key| {
        let Some(call) = ringing_id.get_untracked() else {
            return;
        };
        match key {
            Hotkey::Accept => phone.answer(&call),
            Hotkey::Dismiss => phone.decline(&call),
            _ => {}
        }
    });
    let waited = move || {
        ringing.with(|r| {
            r.as_ref()
                .and_then(|r| r.waiting_since.as_deref())
                .and_then(|since| format::since(since, now.get()))
                .map(|ms| t!("phone-waited", duration = format::duration(ms)))
        })
    };

    view! {
        <p class="visually-hidden" role="status" aria-live="assertive">{move || announcement.get()}</p>
        {move || ringing.get().map(|r| {
            let (answer_id, decline_id) = (r.call.clone(), r.call.clone());
            view! {
                <section class="incoming-call" data-testid="incoming-call" data-call-id=r.call.clone()
                    role="alertdialog" aria-labelledby="incoming-caller">
                    <div class="incoming-who">
                        <span class="incoming-label">{tr!("phone-incoming")}</span>
                        <strong id="incoming-caller" data-testid="incoming-caller" translate="no">{r.caller.clone()}</strong>
                        {r.queue.clone().map(|q| view! { <span class="incoming-queue">{tr!("phone-queue")} " " <span translate="no">{q}</span></span> })}
                        <span class="incoming-wait">{waited}</span>
                    </div>
                    <crate::views::desk::ScreenPop call_key=r.call.clone()/>
                    <div class="incoming-actions">
                        <button class="primary" data-testid="answer-call" aria-keyshortcuts="A" autofocus=true
                            on:click=move |_| phone.answer(&answer_id)>
                            {tr!("phone-answer")} " " <kbd aria-hidden="true">"A"</kbd>
                        </button>
                        <button class="danger" data-testid="decline-call" aria-keyshortcuts="X"
                            on:click=move |_| phone.decline(&decline_id)>
                            {tr!("phone-decline")} " " <kbd aria-hidden="true">"X"</kbd>
                        </button>
                    </div>
                </section>
            }
        })}
    }
}
