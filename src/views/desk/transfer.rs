//! Transferring a call: blind (the agent leaves, the new party rings) or attended (the agent
//! consults the new party first), to an agent picked from the store or to a typed number,
//! extension or SIP address. `POST /v1.0/transfers` with the agent's leg as the transferer.

use super::selectors::{self, DeskCall};
use super::{explain, on_hotkey, with_data, DeskUi};
use crate::api::{self, ApiError, TransferKind};
use crate::i18n::tr;
use crate::msg;
use crate::state::DeskState;
use crate::t;
use crate::views::Hotkey;
use leptos::html;
use leptos::prelude::*;
use voipbin_protocol::{Address, AgentStatus};

#[component]
pub fn TransferDialog(
    call: Memo<Option<DeskCall>>,
    on_close: impl Fn() + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let desk = expect_context::<DeskState>();
    let ui = expect_context::<DeskUi>();
    let kind = RwSignal::new(TransferKind::Blind);
    let agent = RwSignal::new(String::new());
    let number = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<Problem>);
    let done = RwSignal::new(None::<(TransferKind, String)>);
    let targets = Memo::new(move |_| {
        let me = ui.me.with(|m| m.id.clone());
        desk.read(desk.agents, |s| selectors::transfer_targets(s, &me))
    });
    let first_field = NodeRef::<html::Select>::new();
    let number_field = NodeRef::<html::Input>::new();
    Effect::new(move |_| {
        // Focus moves into the dialog when it opens: the agent list, or the number when there is none.
        if let Some(select) = first_field.get() {
            let _ = select.focus();
        } else if let Some(input) = number_field.get() {
            let _ = input.focus();
        }
    });
    let close = {
        let on_close = on_close.clone();
        move || {
            on_close();
            focus_transfer_button();
        }
    };
    {
        let close = close.clone();
        on_hotkey(move |key| {
            if key == Hotkey::Escape {
                close();
            }
        });
    }

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        error.set(None);
        done.set(None);
        let typed = number.get_untracked();
        let destination = if !typed.trim().is_empty() {
            selectors::parse_destination(&typed)
        } else {
            let id = agent.get_untracked();
            targets
                .with_untracked(|t| t.iter().find(|(a, _)| a.id == id).map(|(a, _)| a.clone()))
                .map(|a| {
                    let mut address = Address::new("agent", &a.id);
                    address.target_name = selectors::display_name(&a);
                    address
                })
                .ok_or(msg!("desk-transfer-pick"))
        };
        let to = match destination {
            Ok(to) => to,
            Err(message) => {
                error.set(Some(Problem::Input(message)));
                return;
            }
        };
        let (Some(d), Some(api)) = (call.get_untracked(), ui.api()) else {
            return;
        };
        let transferer = d.transferer_id().to_string();
        let kind = kind.get_untracked();
        busy.set(true);
        leptos::task::spawn_local(async move {
            let who = if to.target_name.is_empty() {
                to.target.clone()
            } else {
                to.target_name.clone()
            };
            match api::transfer(&api, kind, &transferer, to).await {
                Ok(()) => done.set(Some((kind, who))),
                Err(e) => error.set(Some(Problem::Refused(e))),
            }
            busy.set(false);
        });
    };

    view! {
        <form class="transfer" role="dialog" aria-modal="false" aria-labelledby="transfer-title"
            data-testid="transfer-dialog" on:submit=submit>
            <h4 id="transfer-title">{tr!("desk-transfer-title")}</h4>
            <fieldset class="segmented">
                <legend>{tr!("desk-transfer-how")}</legend>
                <label>
                    <input type="radio" name="transfer-kind" data-testid="transfer-blind" checked=true
                        on:change=move |_| kind.set(TransferKind::Blind)/>
                    {tr!("desk-transfer-blind")}
                </label>
                <label>
                    <input type="radio" name="transfer-kind" data-testid="transfer-attended"
                        on:change=move |_| kind.set(TransferKind::Attended)/>
                    {tr!("desk-transfer-attended")}
                </label>
            </fieldset>
            <Show when=move || !targets.with(Vec::is_empty) fallback=|| view! {
                <p class="hint">{tr!("desk-transfer-no-agents")}</p>
            }>
                <label>
                    {tr!("desk-transfer-to-agent")}
                    <select data-testid="transfer-agent" node_ref=first_field
                        on:change=move |e| { agent.set(event_target_value(&e)); number.set(String::new()); }>
                        <option value="" selected=move || agent.with(String::is_empty)>{tr!("desk-transfer-choose-agent")}</option>
                        <For each=move || targets.get() key=|(a, ok)| (a.id.clone(), *ok, a.status.clone()) let:target>
                            <option value=target.0.id.clone() disabled=!target.1
                                selected={ let id = target.0.id.clone(); move || agent.with(|a| *a == id) }>
                                {selectors::display_name(&target.0)} " — " {tr(status_label(&target.0.status))}
                            </option>
                        </For>
                    </select>
                </label>
            </Show>
            <label>
                {tr!("desk-transfer-to-number")}
                <input data-testid="transfer-number" node_ref=number_field autocomplete="off" inputmode="tel"
                    placeholder=tr!("desk-transfer-number-example")
                    prop:value=move || number.get()
                    on:input=move |e| { number.set(event_target_value(&e)); agent.set(String::new()); }/>
            </label>
            <div class="row">
                <button type="submit" class="primary" data-testid="transfer-submit" disabled=move || busy.get()>
                    {move || if busy.get() { t!("desk-transferring") } else { t!("desk-transfer") }}
                </button>
                <button type="button" on:click=move |_| close()>{tr!("desk-cancel")}</button>
            </div>
            <p class="progress" role="status" data-testid="transfer-status">{move || done.get().map(|(kind, who)| match kind {
                TransferKind::Blind => with_data(msg!("desk-transferred-blind"), vec![("name", who)]),
                TransferKind::Attended => with_data(msg!("desk-transferred-attended"), vec![("name", who)]),
            })}</p>
            <p class="error" role="alert" data-testid="transfer-error">{move || error.get().map(|p| match p {
                Problem::Input(id) => t!(id),
                Problem::Refused(e) => explain(msg!("desk-failed-transfer"), &e),
            })}</p>
        </form>
    }
}

/// Why the transfer did not go: what was typed (a message id), or VoIPBIN's refusal.
#[derive(Clone)]
enum Problem {
    Input(crate::i18n::Msg),
    Refused(ApiError),
}

/// The message id of an agent's status in the agent list.
fn status_label(status: &AgentStatus) -> crate::i18n::Msg {
    match status {
        AgentStatus::Available => msg!("desk-agent-available"),
        AgentStatus::Away => msg!("desk-agent-away"),
        AgentStatus::Busy => msg!("desk-agent-busy"),
        AgentStatus::Offline => msg!("desk-agent-offline"),
        AgentStatus::Ringing => msg!("desk-agent-ringing"),
        _ => msg!("desk-agent-unknown"),
    }
}

fn focus_transfer_button() {
    let button = web_sys::window().and_then(|w| w.document()).and_then(|d| {
        d.query_selector("[data-testid=\"transfer\"]")
            .ok()
            .flatten()
    });
    if let Some(el) =
        button.and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
    {
        let _ = el.focus();
    }
}
