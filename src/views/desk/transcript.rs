//! The live transcript of a call (caller and agent lines as VoIPBIN transcribes them) and its
//! recordings, with the finished file once the recording ends.
//!
//! VoIPBIN publishes transcribe and transcript events without an owner, so only `customer_id`
//! topics (admin and manager accounts) receive them; a plain agent's desk says so instead of
//! showing an empty box forever.

use super::follow::follow_end;
use super::selectors::{self, Speaker};
use super::{clock_of, with_data, DeskUi};
use crate::format;
use crate::i18n::tr;
use crate::msg;
use crate::state::DeskState;
use crate::t;
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
            return t!("desk-transcript-supervisors-only");
        }
        data.with(|(transcribes, lines)| {
            if transcribes
                .iter()
                .any(|t| t.status == TranscribeStatus::Progressing)
            {
                t!("desk-transcript-live")
            } else if !transcribes.is_empty() {
                t!("desk-transcript-finished")
            } else if !lines.is_empty() {
                String::new()
            } else {
                t!("desk-transcript-not-started")
            }
        })
    };
    let list = NodeRef::<html::Ol>::new();
    // Follow the conversation unless the agent scrolled up to read.
    Effect::new(move |_| {
        let count = lines.with(Vec::len);
        follow_end(list, 80, count <= 1);
    });
    let agent_label = move || {
        if mine.get() {
            t!("desk-speaker-you")
        } else {
            t!("desk-speaker-agent")
        }
    };
    let empty = move || {
        if ui.supervisor.get() {
            t!("desk-transcript-waiting")
        } else {
            t!("desk-transcript-not-for-agents")
        }
    };
    let api = move || ui.api();

    view! {
        <section class="transcript-box" aria-labelledby="transcript-title">
            <div class="pane-head">
                <h4 id="transcript-title">{tr!("desk-transcript-title")}</h4>
                <span class="tag" data-testid="transcript-status">{status}</span>
            </div>
            <ol class="transcript" node_ref=list data-testid="transcript" aria-live="polite" aria-relevant="additions"
                aria-label=tr!("desk-transcript") tabindex="0" class:empty=move || lines.with(Vec::is_empty)>
                <For each=move || lines.get() key=|l| l.id.clone() let:line>
                    <li class=if line.speaker == Speaker::Caller { "line caller" } else { "line agent" }
                        data-testid="transcript-line"
                        data-speaker=if line.speaker == Speaker::Caller { "caller" } else { "agent" }>
                        <span class="who">{
                            let caller = line.speaker == Speaker::Caller;
                            move || if caller { t!("desk-speaker-caller") } else { agent_label() }
                        }</span>
                        <p class="said" translate="no">{line.text.clone()}</p>
                        <time class="when mono">{let at = line.at.clone(); move || clock_of(&at)}</time>
                    </li>
                </For>
            </ol>
            <Show when=move || lines.with(Vec::is_empty)>
                <p class="hint" data-testid="transcript-empty">{empty}</p>
            </Show>
            <Show when=move || !recordings.with(Vec::is_empty)>
                <h4>{tr!("desk-recordings")}</h4>
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
                                    let format_name = rec.format.clone();
                                    let ready = if format_name.is_empty() {
                                        (move || t!("desk-recording-ready-audio", length = length.as_str())).into_any()
                                    } else {
                                        with_data(msg!("desk-recording-ready"), vec![("length", length), ("format", format_name)]).into_any()
                                    };
                                    view! {
                                        <span>{ready}</span>
                                        <button class="link" data-testid="recording-open"
                                            title=tr!("desk-recording-open-hint")
                                            on:click=move |_| open_recording(api(), &id)>{tr!("desk-recording-open")}</button>
                                    }.into_any()
                                }
                                _ => {
                                    let start = rec.tm_start.clone();
                                    view! {
                                        <span class="rec-dot" aria-hidden="true"></span>
                                        <span>{move || t!("desk-recording-since", time = clock_of(&start))}</span>
                                    }.into_any()
                                }
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
