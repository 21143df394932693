//! A supervisor sets an agent's status from its card: available, away, offline or a custom word
//! (`PUT /v1.0/agents/{id}/status`, the agent itself or an admin/manager; VoIPBIN stores any
//! string). The new status arrives as the agent's event on the customer topic.

use super::metrics::{is_stuck_busy, AgentRow};
use crate::api;
use crate::app::Auth;
use crate::i18n::{tr, Msg};
use crate::live::Live;
use crate::msg;
use crate::t;
use crate::views::status::status_words;
use crate::views::use_staggered_now;
use leptos::prelude::*;
use voipbin_protocol::AgentStatus;

/// The statuses offered, with their message ids.
const CHOICES: [(AgentStatus, Msg); 3] = [
    (AgentStatus::Available, msg!("agent-status-available")),
    (AgentStatus::Away, msg!("agent-status-away")),
    (AgentStatus::Offline, msg!("agent-status-offline")),
];
/// The select's value that asks for a custom word.
const CUSTOM: &str = "custom…";

/// Sends the change; a refusal is told in the page's notices (in the language of that moment).
fn set_status(agent_id: String, name: String, status: AgentStatus, pending: RwSignal<bool>) {
    let Auth(auth) = expect_context::<Auth>();
    let live = expect_context::<Live>();
    let Some(session) = auth.get_untracked() else {
        return;
    };
    pending.set(true);
    leptos::task::spawn_local(async move {
        if let Err(e) = api::set_agent_status(&session.api(), &agent_id, &status).await {
            live.notices.update(|n| {
                n.push(t!(
                    "dash-set-status-failed",
                    name = name,
                    status = status_words(&status),
                    reason = e.to_string()
                ))
            });
        }
        let _ = pending.try_set(false);
    });
}

/// The card's status menu, named for the agent `name`.
#[component]
pub fn SetAgentStatus(name: Memo<String>, id: String) -> impl IntoView {
    let pending = RwSignal::new(false);
    let custom = RwSignal::new(None::<String>);
    let agent_id = StoredValue::new(id.clone());
    let on_change = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        if let Some(target) = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlSelectElement>(t).ok())
        {
            target.set_value("");
        }
        match value.as_str() {
            "" => {}
            CUSTOM => custom.set(Some(String::new())),
            word => set_status(
                agent_id.get_value(),
                name.get(),
                AgentStatus::parse(word),
                pending,
            ),
        }
    };
    let submit_custom = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let word = custom.get_untracked().unwrap_or_default();
        if !word.trim().is_empty() {
            set_status(
                agent_id.get_value(),
                name.get(),
                AgentStatus::parse(word.trim()),
                pending,
            );
            custom.set(None);
        }
    };
    let select = move || {
        view! {
            <select class="set-status" data-testid="set-agent-status" data-agent-id=agent_id.get_value()
                aria-label=move || t!("dash-set-status-of", name = name.get()) disabled=move || pending.get()
                on:change=on_change>
                <option value="" selected>{tr!("dash-set-status")}</option>
                {CHOICES.iter().map(|(status, label)| view! { <option value=status.to_string()>{tr(*label)}</option> }).collect_view()}
                <option value=CUSTOM>{tr!("dash-set-status-custom")}</option>
            </select>
        }
    };
    // In place of the menu: the card's height is fixed.
    view! {
        <Show when=move || custom.with(Option::is_some) fallback=select>
            <form class="custom-status" on:submit=submit_custom>
                <input type="text" maxlength="64" data-testid="custom-agent-status" required autofocus
                    aria-label=move || t!("dash-custom-status-for", name = name.get())
                    prop:value=move || custom.get().unwrap_or_default()
                    on:input=move |ev| custom.set(Some(event_target_value(&ev)))/>
                <button type="submit" class="chip" aria-label=tr!("dash-custom-status-set")>"✓"</button>
                <button type="button" class="chip" aria-label=tr!("dash-custom-status-cancel") on:click=move |_| custom.set(None)>"✕"</button>
            </form>
        </Show>
    }
}

/// Busy with no call for over a minute: flagged, with one click to make the agent available
/// (VoIPBIN never resets busy after a call).
#[component]
pub fn StuckBusy(row: Signal<AgentRow>, id: String) -> impl IntoView {
    let now = use_staggered_now(&id);
    let pending = RwSignal::new(false);
    let stuck = move || row.with(|r| is_stuck_busy(r, now.get()));
    let agent_id = StoredValue::new(id.clone());
    view! {
        <Show when=stuck>
            <button class="stuck-busy" data-testid="agent-stuck-busy" data-agent-id=agent_id.get_value()
                disabled=move || pending.get()
                title=tr!("dash-stuck-busy-hint")
                on:click=move |_| set_status(agent_id.get_value(), row.with_untracked(|r| r.name.clone()), AgentStatus::Available, pending)>
                {tr!("dash-stuck-busy")}
            </button>
        </Show>
    }
}
