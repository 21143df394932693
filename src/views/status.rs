//! The agent's own status: available / away / busy / offline with time in status, changed in one
//! click or with keys 1–4, and kept in sync when it changes elsewhere (the agent's events).

use super::hotkeys::{use_hotkeys, Hotkey};
use crate::api;
use crate::app::Auth;
use crate::format;
use crate::i18n::tr;
use crate::msg;
use crate::phone::Words;
use crate::state::DeskState;
use crate::t;
use leptos::prelude::*;
use voipbin_protocol::AgentStatus;

/// Each choice: its status, its name's and its hint's message ids, its key.
const CHOICES: [(AgentStatus, crate::i18n::Msg, crate::i18n::Msg, Hotkey); 4] = [
    (
        AgentStatus::Available,
        msg!("agent-status-available"),
        msg!("shell-status-available-hint"),
        Hotkey::Available,
    ),
    (
        AgentStatus::Away,
        msg!("agent-status-away"),
        msg!("shell-status-away-hint"),
        Hotkey::Away,
    ),
    (
        AgentStatus::Busy,
        msg!("agent-status-busy"),
        msg!("shell-status-busy-hint"),
        Hotkey::Busy,
    ),
    (
        AgentStatus::Offline,
        msg!("agent-status-offline"),
        msg!("shell-status-offline-hint"),
        Hotkey::Offline,
    ),
];

#[component]
pub fn AgentStatusControl() -> impl IntoView {
    let Auth(auth) = expect_context::<Auth>();
    let desk = expect_context::<DeskState>();
    let now = super::use_now();
    let my_id = move || auth.with(|s| s.as_ref().map(|s| s.me.id.clone()).unwrap_or_default());
    // The store is the truth once it knows the agent; the sign-in answer until then.
    let me = Memo::new(move |_| {
        let id = my_id();
        desk.read(desk.agents, |s| s.agents.get(&id).cloned())
            .or_else(|| auth.with(|s| s.as_ref().map(|s| s.me.clone())))
    });
    let status = move || me.with(|m| m.as_ref().map(|m| m.status.clone()).unwrap_or_default());
    let since = move || {
        me.with(|m| {
            m.as_ref()
                .and_then(|m| format::since(&m.tm_update, now.get()))
                .map(format::duration)
                .unwrap_or_default()
        })
    };
    let pending = RwSignal::new(None::<AgentStatus>);
    let error = RwSignal::new(None::<Words>);

    let phone = expect_context::<crate::phone::Phone>();
    let after_call = expect_context::<crate::aftercall::AfterCall>();
    let change = move |wanted: AgentStatus| {
        if pending.get_untracked().is_some() {
            return;
        }
        let Some(session) = auth.get_untracked() else {
            return;
        };
        let going_available = wanted == AgentStatus::Available;
        if going_available {
            if let Some(why) = phone.model.with_untracked(|m| m.blocks_available()) {
                error.set(Some(
                    Words::new(msg!("shell-status-not-available")).with_words("why", why),
                ));
                return;
            }
        }
        let check_microphone = going_available
            && phone
                .model
                .with_untracked(|m| m.status == crate::phone::PhoneStatus::Registered);
        pending.set(Some(wanted.clone()));
        error.set(None);
        leptos::task::spawn_local(async move {
            // Callers will ring this browser: without a microphone the agent could not talk.
            if check_microphone {
                if let Err(problem) = crate::phone::devices::microphone().await {
                    error.set(Some(
                        Words::new(msg!("shell-status-not-available"))
                            .with_words("why", problem.words()),
                    ));
                    pending.set(None);
                    return;
                }
            }
            let api = session.api();
            match api::set_my_status(&api, &wanted).await {
                // A plain agent receives no agent events (VoIPBIN puts no owner on them): read
                // the status back, so the control shows what the server now holds.
                Ok(()) => {
                    after_call.picked(&wanted);
                    if let Ok(fresh) = api::me(&api).await {
                        desk.update(|s| crate::store::Changes {
                            agents: s.agents.upsert(fresh),
                            ..Default::default()
                        });
                    }
                }
                Err(e) => error.set(Some(
                    Words::new(msg!("shell-status-change-failed")).with("error", e.to_string()),
                )),
            }
            pending.set(None);
        });
    };

    let hotkeys = use_hotkeys();
    Effect::new(move |_| {
        let Some(key) = hotkeys.get() else { return };
        if let Some((wanted, ..)) = CHOICES.iter().find(|(.., k)| *k == key) {
            change(wanted.clone());
        }
    });

    view! {
        <div class="agent-status" data-testid="agent-status" data-status=move || status().to_string()
            role="group" aria-label=tr!("shell-my-status")>
            <span class=move || format!("status-pill status-{}", status())>
                {move || status_words(&status())}
                <small class="since">{since}</small>
            </span>
            {CHOICES.iter().map(|(choice, name, hint, _)| {
                let (name, hint) = (*name, *hint);
                let choice = choice.clone();
                let current = choice.clone();
                view! {
                    <button class="chip" data-testid=format!("status-{}", choice)
                        aria-pressed=move || (status() == current).to_string()
                        disabled=move || pending.get().is_some()
                        title=tr(hint)
                        on:click=move |_| change(choice.clone())>{tr(name)}</button>
                }
            }).collect_view()}
            <span class="error" role="alert">{move || error.with(|e| e.as_ref().map(Words::text))}</span>
        </div>
    }
}

/// A status in words (tracked): VoIPBIN's own statuses in the agent's language, any other as it
/// came (server data). The one wording of statuses: the status menu, the team list, the dashboard.
pub fn status_words(status: &AgentStatus) -> String {
    match status {
        AgentStatus::Available => t!("agent-status-available"),
        AgentStatus::Away => t!("agent-status-away"),
        AgentStatus::Busy => t!("agent-status-busy"),
        AgentStatus::Offline => t!("agent-status-offline"),
        AgentStatus::Ringing => t!("agent-status-ringing"),
        other if other.to_string().is_empty() => t!("agent-status-none"),
        other => other.to_string(),
    }
}
