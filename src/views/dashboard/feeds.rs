//! What is being said and done right now: live transcription across calls, recordings starting
//! and finishing, where running flows are, and conferences with their participants. Feeds move
//! once a second so a wall screen stays readable under heavy traffic.

use super::metrics::{self, ConferenceRow, FeedLine, FlowRow, RecordingItem};
use super::refresh::{use_refresh, FEED_MS};
use crate::format;
use crate::i18n::{self, tr, Format};
use crate::state::DeskState;
use crate::t;
use crate::views::use_now;
use leptos::prelude::*;

const TRANSCRIPT_LINES: usize = 12;
const RECORDINGS: usize = 8;
const FLOWS: usize = 8;
const CONFERENCES: usize = 12;

#[component]
pub fn Feeds() -> impl IntoView {
    view! {
        <TranscriptFeed/>
        <RecordingFeed/>
        <FlowFeed/>
        <ConferenceList/>
    }
}

#[component]
fn TranscriptFeed() -> impl IntoView {
    let desk = expect_context::<DeskState>();
    let tick = use_refresh(vec![desk.transcripts], FEED_MS);
    let lines = Memo::new(move |_| {
        tick.track();
        desk.peek(|s| metrics::latest_transcripts(s, TRANSCRIPT_LINES))
    });
    view! {
        <section class="card dash-feed dash-transcripts" aria-labelledby="transcripts-title">
            <h2 id="transcripts-title">{tr!("dash-transcripts-title")}</h2>
            <ol class="feed" data-testid="transcript-feed" aria-live="off">
                <For each=move || lines.get() key=|l: &FeedLine| l.id.clone() let:line>
                    <li class=if line.from_caller { "line caller" } else { "line agent" } data-transcript-id=line.id.clone()>
                        <time>{move || line.at_ms.map(|t| i18n::moment(Format::Clock, t as f64)).unwrap_or_default()}</time>
                        {if !line.speaker.is_empty() {
                            view! { <b translate="no">{line.speaker.clone()}</b> }.into_any()
                        } else if line.from_caller {
                            view! { <b>{tr!("dash-speaker-caller")}</b> }.into_any()
                        } else {
                            view! { <b>{tr!("dash-speaker-agent")}</b> }.into_any()
                        }}
                        <span translate="no">{line.message.clone()}</span>
                    </li>
                </For>
            </ol>
            <Show when=move || lines.with(Vec::is_empty)>
                <p class="empty">{tr!("dash-transcripts-empty")}</p>
            </Show>
        </section>
    }
}

#[component]
fn RecordingFeed() -> impl IntoView {
    let desk = expect_context::<DeskState>();
    let now = use_now();
    let tick = use_refresh(vec![desk.recordings], FEED_MS);
    let feed = Memo::new(move |_| {
        tick.track();
        desk.peek(|s| metrics::recording_feed(s, RECORDINGS))
    });
    view! {
        <section class="card dash-feed" aria-labelledby="recordings-title">
            <h2 id="recordings-title">{tr!("dash-recordings-title")} " "
                <span class="count" data-testid="recording-now">{move || feed.with(|f| f.recording_now)}</span>
                <small class="hint">" " {tr!("dash-recordings-now")}</small>
            </h2>
            <ul class="feed" data-testid="recording-feed">
                <For each=move || feed.with(|f| f.recent.clone()) key=|r: &RecordingItem| (r.id.clone(), r.recording) let:r>
                    <li data-recording-id=r.id.clone() class=if r.recording { "rec live" } else { "rec" }>
                        <b translate="no"><span class="rec-dot" aria-hidden="true"></span>{r.party.clone()}</b>
                        {if r.recording {
                            let start = r.at_ms;
                            view! { <span>{tr!("dash-recording-since")} " " <time>{move || start.map(|t| format::duration(now.get() - t)).unwrap_or_default()}</time></span> }.into_any()
                        } else {
                            let (at, length) = (r.at_ms, r.length_ms);
                            view! { <span>{move || t!("dash-recording-finished",
                                time = at.map(|t| i18n::moment(Format::Clock, t as f64)).unwrap_or_default(),
                                length = length.map(format::duration).unwrap_or_default())}</span> }.into_any()
                        }}
                    </li>
                </For>
            </ul>
        </section>
    }
}

#[component]
fn FlowFeed() -> impl IntoView {
    let desk = expect_context::<DeskState>();
    let now = use_now();
    let tick = use_refresh(vec![desk.activeflows], FEED_MS);
    let progress = Memo::new(move |_| {
        tick.track();
        desk.peek(|s| metrics::flow_progress(s, FLOWS))
    });
    let widest = move || {
        progress
            .with(|p| p.by_action.first().map(|(_, n)| *n).unwrap_or(0))
            .max(1)
    };
    view! {
        <section class="card dash-feed" aria-labelledby="flows-title">
            <h2 id="flows-title">{tr!("dash-flows-title")} " " <span class="count" data-testid="flows-running">{move || progress.with(|p| p.running)}</span></h2>
            <ul class="action-bars" data-testid="flow-actions">
                <For each=move || progress.with(|p| p.by_action.clone()) key=|(a, _)| a.clone() let:item>
                    {
                        let action = item.0.clone();
                        let count = Memo::new(move |_| progress.with(|p| p.by_action.iter().find(|(a, _)| *a == action).map(|(_, n)| *n).unwrap_or(0)));
                        view! {
                            <li data-action=item.0.clone()>
                                <span class="action-name" translate="no">{item.0.clone()}</span>
                                <span class="action-bar" style:width=move || format!("{}%", count.get() * 100 / widest())></span>
                                <b>{move || count.get()}</b>
                            </li>
                        }
                    }
                </For>
            </ul>
            <ul class="feed">
                <For each=move || progress.with(|p| p.recent.clone()) key=|f: &FlowRow| (f.id.clone(), f.action.clone(), f.steps) let:f>
                    <li data-activeflow-id=f.id.clone()>
                        <b translate="no">{f.party.clone()}</b>
                        // The action is VoIPBIN's word: kept apart from the translated step.
                        <span><span translate="no">{f.action.clone()}</span>" · "{
                            let step = f.steps + 1;
                            move || t!("dash-flow-step", step = step)
                        }</span>
                        <time>{
                            let at = f.updated_ms;
                            move || at.map(|t| t!("dash-flow-ago", duration = format::duration(now.get() - t))).unwrap_or_default()
                        }</time>
                    </li>
                </For>
            </ul>
        </section>
    }
}

#[component]
fn ConferenceList() -> impl IntoView {
    let desk = expect_context::<DeskState>();
    let now = use_now();
    let tick = use_refresh(vec![desk.conferences], FEED_MS);
    let rows = Memo::new(move |_| {
        tick.track();
        desk.peek(metrics::conferences)
    });
    let shown =
        Memo::new(move |_| rows.with(|r| r.iter().take(CONFERENCES).cloned().collect::<Vec<_>>()));
    view! {
        <section class="card dash-feed" aria-labelledby="conferences-title">
            <h2 id="conferences-title">{tr!("dash-conferences-title")} " " <span class="count" data-testid="conferences-live">{move || rows.with(Vec::len)}</span></h2>
            <ul class="feed" data-testid="conferences">
                <For each=move || shown.get() key=|c: &ConferenceRow| (c.id.clone(), c.participants, c.status.to_string()) let:c>
                    <li data-conference-id=c.id.clone() data-participants=c.participants.to_string()>
                        <b translate="no">{c.name.clone()}</b>
                        // The status is VoIPBIN's word: kept apart from the translated count.
                        <span>{
                            let count = c.participants;
                            move || t!("dash-conference-participants", count = count)
                        }" · "<span translate="no">{c.status.to_string()}</span></span>
                        <time>{
                            let since = c.since_ms;
                            move || since.map(|t| format::duration(now.get() - t)).unwrap_or_default()
                        }</time>
                    </li>
                </For>
            </ul>
            <Show when=move || rows.with(Vec::is_empty)>
                <p class="empty">{tr!("dash-conferences-empty")}</p>
            </Show>
        </section>
    }
}
