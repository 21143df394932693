//! The supervisor's live-call panel: what is heard (level), stop, "Speak to both" (barge) with
//! a banner while the supervisor is live on the call, and text whispers to the agent. Reads the
//! `Listener`'s signals and calls its actions; the rules are in `crate::supervise`.

use super::metrics::agent_name;
use crate::state::DeskState;
use crate::supervise::panel::PanelState;
use crate::supervise::Listener;
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
            aria-pressed=move || on().to_string() title="Listen to this call"
            on:click=move |_| listener.listen(&call_id.get_untracked())>
            "🎧" <span class="visually-hidden">"Listen"</span>
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
                return format!("call {}", id.chars().take(8).collect::<String>());
            };
            let caller = if call.source.target_name.is_empty() {
                call.source.target.clone()
            } else {
                call.source.target_name.clone()
            };
            match crate::supervise::agent_leg::agent_leg(s, &id) {
                Some(leg) => format!("{caller} with {}", agent_name(s, &leg.owner_id)),
                None => caller,
            }
        })
    };
    let status = move || match state.get() {
        PanelState::Idle => "",
        PanelState::Connecting => "Connecting…",
        PanelState::Listening => "Listening (they cannot hear you)",
        PanelState::Barging => "Live: both parties hear you",
        PanelState::Ended => "The call ended",
        PanelState::Error => "Cannot listen",
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
            <section class="card listen-panel" data-testid="listen-panel" aria-label="Listening to a call"
                data-state=move || state.get().as_str() data-call-id=move || call_id.get().unwrap_or_default()>
                <Show when=move || state.get() == PanelState::Barging>
                    <p class="live-banner" role="alert" data-testid="barge-banner">
                        "You are live on this call: the caller and the agent hear you."
                    </p>
                </Show>
                <div class="listen-row">
                    <h2>"🎧 " {who}</h2>
                    <span class="listen-status" role="status">{status}
                        {move || match listener.panel.with(|p| p.drops) {
                            0 => String::new(),
                            n => format!(" · the audio dropped {n}× and came back"),
                        }}
                    </span>
                    <meter class="listen-level" data-testid="listen-level" min="-90" max="0" low="-50" high="-10"
                        aria-label="Level of what you hear"
                        data-dbfs=move || format!("{:.1}", listener.level_dbfs.get())
                        value=move || listener.level_dbfs.get().to_string()></meter>
                    <button data-testid="barge-toggle" class=move || if state.get() == PanelState::Barging { "danger" } else { "" }
                        aria-pressed=move || (state.get() == PanelState::Barging).to_string()
                        disabled=move || !listening()
                        on:click=move |_| listener.set_barge(state.get_untracked() != PanelState::Barging)>
                        {move || if state.get() == PanelState::Barging { "Stop speaking" } else { "Speak to both" }}
                    </button>
                    <button data-testid="listen-stop" on:click=move |_| listener.stop()>"Stop listening"</button>
                </div>
                {move || listener.panel.with(|p| p.message.clone()).map(|m| view! { <p class="listen-message">{m}</p> })}
                <form class="whisper" on:submit=move |e| { e.prevent_default(); send() }>
                    <input data-testid="whisper-input" aria-label="Whisper to the agent (only the agent hears it)"
                        placeholder="Whisper to the agent (only the agent hears it)" maxlength="500"
                        prop:value=move || draft.get() on:input=move |e| draft.set(event_target_value(&e))
                        disabled=move || !listening()/>
                    <button type="submit" data-testid="whisper-send" disabled=move || !listening()>"Whisper"</button>
                </form>
                {move || listener.whisper_problem.get().map(|m| view! { <p class="listen-message" role="alert">{m}</p> })}
                <ol class="whisper-lines" data-testid="whisper-lines">
                    {move || listener.whispers.get().into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                </ol>
            </section>
        </Show>
    }
}
