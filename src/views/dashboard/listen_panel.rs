//! The supervisor's live-call panel: what is heard (level), stop, "Speak to both" (barge) with
//! a banner while the supervisor is live on the call, and text whispers to the agent. Reads the
//! `Listener`'s signals and calls its actions; the rules are in `crate::supervise`.

use super::metrics::agent_name;
use crate::i18n::tr;
use crate::state::DeskState;
use crate::supervise::panel::PanelState;
use crate::supervise::Listener;
use crate::t;
use leptos::prelude::*;

/// A button that starts listening to `call_id` (calls table rows, agent tiles).
#[component]
pub fn ListenButton(#[prop(into)] call_id: Signal<String>) -> impl IntoView {
    let listener = expect_context::<Listener>();
    let on = move || {
        listener.panel.with(|p| {
            p.call_id.as_deref() == Some(call_id.read().as_str())
                && matches!(
                    p.state,
                    PanelState::Connecting | PanelState::Listening | PanelState::Barging
                )
        })
    };
    view! {
        <button class="chip listen" data-testid="listen-call" data-call-id=move || call_id.get()
            aria-pressed=move || on().to_string() title=tr!("dash-listen-hint")
            on:click=move |_| listener.listen(&call_id.get_untracked())>
            "🎧" <span class="visually-hidden">{tr!("dash-listen")}</span>
        </button>
    }
}

#[component]
pub fn ListenPanel() -> impl IntoView {
    let listener = expect_context::<Listener>();
    let desk = expect_context::<DeskState>();
    let state = Memo::new(move |_| listener.panel.with(|p| p.state));
    let call_id = Memo::new(move |_| listener.panel.with(|p| p.call_id.clone()));

    // The store is the first to know a call hung up.
    Effect::new(move |_| {
        desk.calls.track();
        let Some(id) = call_id.get() else { return };
        let ended = desk.peek(|s| {
            s.calls
                .get(&id)
                .is_some_and(|c| c.status == voipbin_protocol::CallStatus::Hangup)
        });
        if ended {
            listener.call_ended();
        }
    });
    let who = move || {
        desk.calls.track();
        let id = call_id.get().unwrap_or_default();
        desk.peek(|s| {
            let Some(call) = s.calls.get(&id) else {
                return t!(
                    "dash-listen-call",
                    id = id.chars().take(8).collect::<String>()
                );
            };
            let caller = if call.source.target_name.is_empty() {
                call.source.target.clone()
            } else {
                call.source.target_name.clone()
            };
            match crate::supervise::agent_leg::agent_leg(s, &id) {
                Some(leg) => t!(
                    "dash-listen-caller-with-agent",
                    caller = caller,
                    agent = agent_name(s, &leg.owner_id)
                ),
                None => caller,
            }
        })
    };
    let status = move || match state.get() {
        PanelState::Idle => String::new(),
        PanelState::Connecting => t!("dash-listen-connecting"),
        PanelState::Listening => t!("dash-listen-listening"),
        PanelState::Barging => t!("dash-listen-barging"),
        PanelState::Ended => t!("dash-listen-ended"),
        PanelState::Error => t!("dash-listen-error"),
    };
    let draft = RwSignal::new(String::new());
    let send = move || {
        let text = draft.get_untracked();
        if !text.trim().is_empty() {
            listener.whisper(text);
            draft.set(String::new());
        }
    };
    let listening = move || matches!(state.get(), PanelState::Listening | PanelState::Barging);

    view! {
        <Show when=move || state.get() != PanelState::Idle>
            <section class="card listen-panel" data-testid="listen-panel" aria-label=tr!("dash-listen-panel")
                data-state=move || state.get().as_str() data-call-id=move || call_id.get().unwrap_or_default()>
                <Show when=move || state.get() == PanelState::Barging>
                    <p class="live-banner" role="alert" data-testid="barge-banner">
                        {tr!("dash-listen-live-banner")}
                    </p>
                </Show>
                <div class="listen-row">
                    <h2>"🎧 " {who}</h2>
                    <span class="listen-status" role="status">{status}
                        {move || match listener.panel.with(|p| p.drops) {
                            0 => String::new(),
                            n => format!(" · {}", t!("dash-listen-drops", count = n)),
                        }}
                    </span>
                    <meter class="listen-level" data-testid="listen-level" min="-90" max="0" low="-50" high="-10"
                        aria-label=tr!("dash-listen-level")
                        data-dbfs=move || format!("{:.1}", listener.level_dbfs.get())
                        value=move || listener.level_dbfs.get().to_string()></meter>
                    <button data-testid="barge-toggle" class=move || if state.get() == PanelState::Barging { "danger" } else { "" }
                        aria-pressed=move || (state.get() == PanelState::Barging).to_string()
                        disabled=move || !listening()
                        on:click=move |_| listener.set_barge(state.get_untracked() != PanelState::Barging)>
                        {move || if state.get() == PanelState::Barging { t!("dash-barge-stop") } else { t!("dash-barge-start") }}
                    </button>
                    <button data-testid="listen-stop" on:click=move |_| listener.stop()>{tr!("dash-listen-stop")}</button>
                </div>
                {move || listener.panel.with(|p| p.message.clone()).map(|m| view! { <p class="listen-message">{move || t!(m.id, reason = m.reason.as_str())}</p> })}
                <form class="whisper" on:submit=move |e| { e.prevent_default(); send() }>
                    <input data-testid="whisper-input" aria-label=tr!("dash-whisper-hint")
                        placeholder=tr!("dash-whisper-hint") maxlength="500"
                        prop:value=move || draft.get() on:input=move |e| draft.set(event_target_value(&e))
                        disabled=move || !listening()/>
                    <button type="submit" data-testid="whisper-send" disabled=move || !listening()>{tr!("dash-whisper")}</button>
                </form>
                {move || listener.whisper_problem.get().map(|m| view! { <p class="listen-message" role="alert">{move || t!(m.id, reason = m.reason.as_str())}</p> })}
                <ol class="whisper-lines" data-testid="whisper-lines">
                    {move || listener.whispers.get().into_iter().map(|line| view! { <li translate="no">{line}</li> }).collect_view()}
                </ol>
            </section>
        </Show>
    }
}
