//! The live transcript of a call (caller and agent lines as VoIPBIN transcribes them) and its
//! recordings, with the finished file once the recording ends.
//!
//! VoIPBIN publishes transcribe and transcript events without an owner, so only `customer_id`
//! topics (admin and manager accounts) receive them; a plain agent's desk says so instead of
//! showing an empty box forever.

use super::follow::follow_end;
use super::selectors::{self, Speaker};
use super::{clock_of, DeskUi};
use crate::format;
use crate::state::DeskState;
use leptos::html;
use leptos::prelude::*;
use voipbin_protocol::{RecordingStatus, TranscribeStatus};

#[component]
pub fn TranscriptView(call_ids: Signal<Vec<String>>, mine: Signal<bool>) -> impl IntoView {
    let desk = expect_context::<DeskState>();
    let ui = expect_context::<DeskUi>();
    let data = Memo::new(move |_| {
        let ids = call_ids.get();
        desk.read(desk.transcripts, |s| selectors::transcript(s, &ids))
    });
    let recordings = Memo::new(move |_| {
        let ids = call_ids.get();
        desk.read(desk.recordings, |s| selectors::recordings(s, &ids))
    });
    let lines = Memo::new(move |_| data.with(|(_, lines)| lines.clone()));
    let status = move || {
        if !ui.supervisor.get() {
            return "Supervisors only".to_string();
        }
        data.with(|(transcribes, lines)| {
            if transcribes
                .iter()
                .any(|t| t.status == TranscribeStatus::Progressing)
            {
                "Live".to_string()
            } else if !transcribes.is_empty() {
                "Finished".to_string()
            } else if !lines.is_empty() {
                String::new()
            } else {
                "Not started".to_string()
            }
        })
    };
    let list = NodeRef::<html::Ol>::new();
    // Follow the conversation unless the agent scrolled up to read.
    Effect::new(move |_| {
        let count = lines.with(Vec::len);
        follow_end(list, 80, count <= 1);
    });
    let agent_label = move || if mine.get() { "You" } else { "Agent" };
    let empty = move || {
        if ui.supervisor.get() {
            "Waiting for VoIPBIN to transcribe this call…"
        } else {
            "VoIPBIN sends live transcripts to admin and manager accounts only (its transcript events name no agent), so this account cannot show them."
        }
    };
    let api = move || ui.api();

    view! {
        <section class="transcript-box" aria-labelledby="transcript-title">
            <div class="pane-head">
                <h4 id="transcript-title">"Live transcript"</h4>
                <span class="tag" data-testid="transcript-status">{status}</span>
            </div>
            <ol class="transcript" node_ref=list data-testid="transcript" aria-live="polite" aria-relevant="additions"
                aria-label="Transcript" tabindex="0" class:empty=move || lines.with(Vec::is_empty)>
                <For each=move || lines.get() key=|l| l.id.clone() let:line>
                    <li class=if line.speaker == Speaker::Caller { "line caller" } else { "line agent" }
                        data-testid="transcript-line"
                        data-speaker=if line.speaker == Speaker::Caller { "caller" } else { "agent" }>
                        <span class="who">{if line.speaker == Speaker::Caller { "Caller" } else { agent_label() }}</span>
                        <p class="said">{line.text.clone()}</p>
                        <time class="when mono">{clock_of(&line.at)}</time>
                    </li>
                </For>
            </ol>
            <Show when=move || lines.with(Vec::is_empty)>
                <p class="hint" data-testid="transcript-empty">{empty}</p>
            </Show>
            <Show when=move || !recordings.with(Vec::is_empty)>
                <h4>"Recordings"</h4>
                <ul class="recordings" data-testid="recordings">
                    <For each=move || recordings.get() key=|r| (r.id.clone(), r.status.clone()) let:rec>
                        <li data-testid="recording" data-status=rec.status.to_string()>
                            {match rec.status {
                                RecordingStatus::Ended => {
                                    let length = selectors::tm(&rec.tm_end)
                                        .zip(selectors::tm(&rec.tm_start))
                                        .map(|(e, s)| format::duration(e - s))
                                        .unwrap_or_default();
                                    let id = rec.id.clone();
                                    let format_name = if rec.format.is_empty() { "audio".to_string() } else { rec.format.clone() };
                                    view! {
                                        <span>"Recording ready · " {length} " · " {format_name}</span>
                                        <button class="link" data-testid="recording-open"
                                            title="Opens VoIPBIN's recording file in a new tab"
                                            on:click=move |_| open_recording(api(), &id)>"Play or download"</button>
                                    }.into_any()
                                }
                                _ => view! {
                                    <span class="rec-dot" aria-hidden="true"></span>
                                    <span>"Recording since " {clock_of(&rec.tm_start)}</span>
                                }.into_any(),
                            }}
                        </li>
                    </For>
                </ul>
            </Show>
        </section>
    }
}

/// VoIPBIN serves a finished recording at `GET /v1.0/recordingfiles/{id}` (a redirect to the
/// file). It needs the credential as a query parameter, so it is opened from a click and never
/// written into the page.
fn open_recording(api: Option<crate::api::Api>, id: &str) {
    let Some(api) = api else { return };
    let url = crate::api::recording_file_url(&api, id);
    if let Some(w) = web_sys::window() {
        let _ = w.open_with_url_and_target_and_features(&url, "_blank", "noopener");
    }
}
