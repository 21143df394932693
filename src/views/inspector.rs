//! The event inspector, for developers and support: the live stream of frames (secrets
//! redacted), filter by resource and text, pause, copy, and counters per frame type.

use crate::format;
use crate::live::{Live, LoggedFrame};
use crate::state::DeskState;
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
            <h1>"Event inspector"</h1>
            <p class="hint">
                "Dialect: " {move || live.dialect.get().map(|d| d.as_str().to_string()).unwrap_or_else(|| "detecting".into())}
                ". Tokens and access keys are shown as [redacted]."
            </p>
            <div class="toolbar" role="search">
                <label>"Resource or type "
                    <select on:change=move |e| resource.set(event_target_value(&e))>
                        <option value="">"all"</option>
                        {["call", "queuecall", "queue", "agent", "message", "conversation", "conversation_message",
                          "recording", "transcribe", "transcript", "activeflow", "conference", "ack", "error", "invalid"]
                            .into_iter().map(|r| view! { <option value=r>{r}</option> }).collect_view()}
                    </select>
                </label>
                <label>"Text "
                    <input type="search" data-testid="inspector-filter" prop:value=text
                        on:input=move |e| text.set(event_target_value(&e))/>
                </label>
                <button data-testid="inspector-pause" aria-pressed=move || paused.get().to_string() on:click=toggle_pause>
                    {move || if paused.get() { "Resume" } else { "Pause" }}
                </button>
            </div>
            <ul class="counters" data-testid="inspector-counts" aria-label="Frames by type">
                <For each=move || counts.get() key=|(k, v)| (k.clone(), *v) let:item>
                    <li data-type=item.0.clone()><span>{item.0.clone()}</span> <b>{item.1}</b></li>
                </For>
            </ul>
            <ol class="frames" data-testid="inspector-frames">
                <For each=move || frames.get() key=|f| f.seq let:frame>
                    {
                        let seq = frame.seq;
                        let text = frame.text.clone();
                        view! {
                            <li class=if frame.problem.is_some() { "frame bad" } else { "frame" } data-label=frame.label.clone()>
                                <button class="frame-head" aria-expanded=move || (selected.get() == Some(seq)).to_string()
                                    on:click=move |_| selected.update(|s| *s = if *s == Some(seq) { None } else { Some(seq) })>
                                    <time>{format::clock(frame.at_ms)}</time>
                                    <b>{frame.label.clone()}</b>
                                    <span>{frame.resource.clone()}</span>
                                    <span class="problem">{frame.problem.clone()}</span>
                                </button>
                                <Show when=move || selected.get() == Some(seq)>
                                    <pre>{text.clone()}</pre>
                                    <button class="link" on:click={let text = text.clone(); move |_| copy(text.clone())}>"Copy frame"</button>
                                </Show>
                            </li>
                        }
                    }
                </For>
            </ol>
        </main>
    }
}
