//! "Ask for help" on the agent's own call: an optional reason, the button (and G), then the
//! request's state until a supervisor answers in its thread or the call ends. The request and
//! its state live in `crate::help`; this only shows them.

use super::selectors::{self, DeskCall, Phase};
use super::{on_hotkey, DeskUi};
use crate::caller::Callers;
use crate::help::{Help, HelpContext, HelpState};
use crate::i18n::tr;
use crate::state::DeskState;
use crate::t;
use crate::views::Hotkey;
use leptos::prelude::*;

#[component]
pub fn AskHelp(call: Memo<Option<DeskCall>>) -> impl IntoView {
    let help = expect_context::<Help>();
    let ui = expect_context::<DeskUi>();
    let desk = expect_context::<DeskState>();
    let callers = use_context::<Callers>();
    watch_my_requests(help, desk, ui);
    let reason = RwSignal::new(String::new());
    let call_id = Memo::new(move |_| call.with(|c| c.as_ref().map(|c| c.control_id().to_string())));
    let request_id = Memo::new(move |_| {
        call_id
            .get()
            .and_then(|id| help.mine.with(|m| m.get(&id).cloned()))
    });
    let state = Memo::new(move |_| {
        let id = request_id.get()?;
        desk.calls.track();
        let me = ui.me.with(|m| m.id.clone());
        let desk_id = call_id.get().unwrap_or_default();
        help.requests(|s, _| call_is_over(s, &desk_id, &me))
            .into_iter()
            .find(|r| r.id == id)
            .map(|r| r.state)
            // Posted, not read back yet.
            .or(Some(HelpState::Open))
    });
    let can_ask = move || {
        call.with(|c| c.as_ref().is_some_and(|c| c.phase == Phase::Talking))
            && request_id.get().is_none()
            && !help.sending.get()
    };
    let ask = move || {
        if !can_ask() {
            return;
        }
        let Some(c) = call.get_untracked() else {
            return;
        };
        let me = ui.me.with_untracked(|m| m.id.clone());
        let agent_name = desk
            .peek(|s| s.agents.get(&me).map(selectors::display_name))
            .or_else(|| {
                ui.auth
                    .with_untracked(|a| a.as_ref().map(|s| selectors::display_name(&s.me)))
            })
            .unwrap_or_default();
        let wait_secs = selectors::tm(&c.since)
            .zip(selectors::tm(&c.call.tm_create))
            .map(|(talk, made)| (talk - made) / 1000);
        // The caller's call (what the dashboard lists and listens to), also when the desk
        // holds only the agent's leg.
        let caller_call = match c.call.master_call_id.as_str() {
            "" => c.call.id.clone(),
            master => master.to_string(),
        };
        help.ask(
            HelpContext {
                call_id: caller_call,
                agent_id: me,
                agent_name,
                caller: crate::format::party(c.customer()),
                queue: c.queue_name.clone(),
                wait_secs,
                case: callers.and_then(|k| k.case_name_of(&c.call_ids())),
                reason: reason.get_untracked(),
            },
            c.control_id().to_string(),
        );
    };
    on_hotkey(move |key| {
        if key == Hotkey::AskHelp {
            ask();
        }
    });
    let taker = move |id: &str| desk.peek(|s| s.agents.get(id).map(selectors::display_name));
    let words = move || match state.get() {
        Some(HelpState::Open) => t!("team-help-pending"),
        Some(HelpState::Taken(by)) => match taker(&by) {
            Some(name) => t!("team-help-taken", name = name),
            None => t!("team-help-taken-unknown"),
        },
        Some(HelpState::Ended) => t!("team-help-closed"),
        None => String::new(),
    };

    view! {
        <Show when=move || state.with(Option::is_none) fallback=move || view! {
            <p class="help-pending" role="status" data-testid="help-pending"
                data-state=move || state.with(|s| s.as_ref().map(HelpState::desk_str).unwrap_or_default())>
                "🙋 " {words}
            </p>
        }>
            <form class="ask-help" on:submit=move |e| { e.prevent_default(); ask() }>
                <input data-testid="ask-help-reason" maxlength=crate::help::message::MAX_REASON
                    aria-label=tr!("team-help-reason-label") placeholder=tr!("team-help-reason-placeholder")
                    prop:value=move || reason.get() on:input=move |e| reason.set(event_target_value(&e))/>
                <button type="submit" data-testid="ask-help" aria-keyshortcuts="G" disabled=move || !can_ask()>
                    {move || if help.sending.get() { t!("team-help-asking") } else { t!("team-help-ask") }} " " <kbd aria-hidden="true">"G"</kbd>
                </button>
            </form>
        </Show>
        {move || help.problem.get().map(|p| view! { <p class="error" role="alert">{p.view()}</p> })}
    }
}

/// The desk's own view of whether a call is over: it hung up, or the desk no longer has it.
pub fn call_is_over(store: &crate::store::Store, call_id: &str, me: &str) -> bool {
    selectors::desk_call(store, call_id, me).is_none_or(|d| d.phase == Phase::Ended)
}

/// Says in each of the agent's requests' threads when its call ended (once each; an ended
/// call's panel stays for wrap-up, and any call panel watches every request of the agent).
fn watch_my_requests(help: Help, desk: DeskState, ui: DeskUi) {
    Effect::new(move |_| {
        let me = ui.me.with(|m| m.id.clone());
        let mine: Vec<String> = help.mine.with(|m| m.keys().cloned().collect());
        let over: Vec<String> = desk.read(desk.calls, |s| {
            mine.into_iter()
                .filter(|id| call_is_over(s, id, &me))
                .collect()
        });
        for call_id in over {
            help.call_ended(&call_id);
        }
    });
}
