//! The event inspector, for developers and support: the live stream of frames (secrets
//! redacted), filter by resource and text, pause, copy, and counters per frame type.

use crate::i18n::{self, tr, Format};
use crate::live::{Live, LoggedFrame};
use crate::state::DeskState;
use crate::t;
use crate::views::signin::{set_apart, Apart};
use leptos::prelude::*;

const SHOWN: usize = 200;

#[component]
pub fn Inspector() -> impl IntoView {
    let desk = expect_context::<DeskState>();
    let live = expect_context::<Live>();
    let resource = RwSignal::new(String::new());
    let text = RwSignal::new(String::new());
    let paused = RwSignal::new(false);
    let selected = RwSignal::new(None::<u64>);

    let frames = Memo::new(move |_| {
        let (resource, text) = (resource.get(), text.get().to_lowercase());
        desk.read_inspector(|log| {
            log.frames()
                .rev()
                .filter(|f| resource.is_empty() || f.resource == resource || f.label == resource)
                .filter(|f| text.is_empty() || f.text.to_lowercase().contains(&text))
                .take(SHOWN)
                .cloned()
                .collect::<Vec<LoggedFrame>>()
        })
    });
    let counts = Memo::new(move |_| {
        desk.read_inspector(|log| {
            log.counts()
                .iter()
                .map(|(k, v)| (k.clone(), *v))
                .collect::<Vec<_>>()
        })
    });
    let toggle_pause = move |_| {
        let now = !paused.get_untracked();
        paused.set(now);
        desk.update_inspector(|log| log.paused = now);
    };
    let copy = move |text: String| {
        if let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) {
            let _ = clipboard.write_text(&text);
        }
    };

    view! {
        <main id="main" class="inspector" data-testid="inspector">
            <h1>{tr!("page-inspector-title")}</h1>
            <p class="hint">
                {move || match live.dialect.get() {
                    Some(d) => set_apart(t!("page-inspector-dialect", dialect = d.as_str()), d.as_str(), Apart::Data),
                    None => t!("page-inspector-dialect-detecting").into_any(),
                }}
            </p>
            <div class="toolbar" role="search">
                <label>{tr!("page-inspector-resource")}" "
                    <select on:change=move |e| resource.set(event_target_value(&e))>
                        <option value="">{tr!("page-inspector-all")}</option>
                        {["call", "queuecall", "queue", "agent", "message", "conversation", "conversation_message",
                          "recording", "transcribe", "transcript", "activeflow", "conference", "ack", "error", "invalid"]
                            .into_iter().map(|r| view! { <option value=r translate="no">{r}</option> }).collect_view()}
                    </select>
                </label>
                <label>{tr!("page-inspector-text")}" "
                    <input type="search" data-testid="inspector-filter" prop:value=text
                        on:input=move |e| text.set(event_target_value(&e))/>
                </label>
                <button data-testid="inspector-pause" aria-pressed=move || paused.get().to_string() on:click=toggle_pause>
                    {move || if paused.get() { t!("page-inspector-resume") } else { t!("page-inspector-pause") }}
                </button>
            </div>
            <ul class="counters" data-testid="inspector-counts" aria-label=tr!("page-inspector-counts")>
                <For each=move || counts.get() key=|(k, v)| (k.clone(), *v) let:item>
                    <li data-type=item.0.clone()><span translate="no">{item.0.clone()}</span> <b>{item.1}</b></li>
                </For>
            </ul>
            <ol class="frames" data-testid="inspector-frames">
                <For each=move || frames.get() key=|f| f.seq let:frame>
                    {
                        let seq = frame.seq;
                        let at = frame.at_ms;
                        let text = frame.text.clone();
                        view! {
                            <li class=if frame.problem.is_some() { "frame bad" } else { "frame" } data-label=frame.label.clone()>
                                <button class="frame-head" aria-expanded=move || (selected.get() == Some(seq)).to_string()
                                    on:click=move |_| selected.update(|s| *s = if *s == Some(seq) { None } else { Some(seq) })>
                                    <time>{move || i18n::moment(Format::Clock, at)}</time>
                                    <b translate="no">{frame.label.clone()}</b>
                                    <span translate="no">{frame.resource.clone()}</span>
                                    <span class="problem" translate="no">{frame.problem.clone()}</span>
                                </button>
                                <Show when=move || selected.get() == Some(seq)>
                                    <pre translate="no">{text.clone()}</pre>
                                    <button class="link" on:click={let text = text.clone(); move |_| copy(text.clone())}>{tr!("page-inspector-copy-frame")}</button>
                                </Show>
                            </li>
                        }
                    }
                </For>
            </ol>
        </main>
    }
}
