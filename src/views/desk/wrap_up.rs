//! The wrap-up after an answered call (countdown, Extend, the note, close the case, the next
//! status, Done), the note's progress after Done, the agent's wrap-up time, and the header's
//! indicator. Readers of `AfterCall`'s signals and callers of its actions.

use super::call_work_chunk::{CallWork, LazyCallWork};
use crate::aftercall::note::{NoteState, NoteStatus};
use crate::aftercall::wrap_up::{NextStatus, MAX_TOTAL_MS};
use crate::aftercall::{AfterCall, Notice};
use crate::format;
use crate::i18n::{t, tr};
use crate::views::use_now;
use leptos::prelude::*;

const MAX_SECONDS: u32 = (MAX_TOTAL_MS / 1000.0) as u32;

#[component]
pub fn WrapUpPanel() -> impl IntoView {
    let after = expect_context::<AfterCall>();
    let running = move || after.wrap_up.with(Option::is_some);
    let shown_after_done = move || !running() && after.note().is_some_and(|n| !n.text.is_empty());
    view! {
        <Show when=running>
            <LazyCallWork work=CallWork::WrapUpCard/>
        </Show>
        <Show when=shown_after_done>
            <section class="wrap-up wrap-up-after" aria-label=tr!("work-call-note")>
                <LazyCallWork work=CallWork::NoteProgress/>
                <button class="link" on:click=move |_| after.dismiss_note()>{tr!("work-dismiss")}</button>
            </section>
        </Show>
        <Show when=move || after.notice.with(Option::is_some)>
            <p class="notice" role="alert" data-testid="wrap-up-notice">
                {move || after.notice.get().map(notice_text)}
                <button class="link" on:click=move |_| after.notice.set(None)>{tr!("work-dismiss")}</button>
            </p>
        </Show>
        <WrapUpSetting/>
    }
}

#[component]
pub(super) fn WrapUpCard() -> impl IntoView {
    let after = expect_context::<AfterCall>();
    let now = use_now();
    let read = move |f: fn(&crate::aftercall::wrap_up::WrapUp) -> String| {
        after
            .wrap_up
            .with(|w| w.as_ref().map(f).unwrap_or_default())
    };
    let seconds_left = move || {
        let now = now.get() as f64;
        after
            .wrap_up
            .with(|w| w.as_ref().and_then(|w| w.seconds_left(now)))
    };
    let countdown = move || match seconds_left() {
        Some(s) => t!(
            "work-wrap-up-left",
            time = format::duration(s as i64 * 1000)
        ),
        None => t!("work-wrap-up-until-done"),
    };
    let can_extend = move || {
        after
            .wrap_up
            .with(|w| w.as_ref().is_some_and(|w| w.can_extend()))
    };
    let case_known = move || {
        after
            .wrap_up
            .with(|w| w.as_ref().is_some_and(|w| w.case_id.is_some()))
    };
    let close_case = move || {
        after
            .wrap_up
            .with(|w| w.as_ref().is_some_and(|w| w.close_case))
    };
    let next_status = move || read(|w| w.next_status.as_str().to_string());
    let text = move || after.note().map(|n| n.text).unwrap_or_default();
    let max = format::duration(MAX_TOTAL_MS as i64);
    let max_hint = max.clone();

    view! {
        <section class="wrap-up" data-testid="wrap-up" aria-labelledby="wrap-up-title"
            data-seconds-left=move || seconds_left().map(|s| s.to_string())>
            <div class="wrap-up-head">
                <h2 id="wrap-up-title">{tr!("work-wrap-up")}</h2>
                <span class="wrap-up-party" translate="no">{move || read(|w| w.party.clone())}</span>
                <span class="wrap-up-countdown mono">{countdown}</span>
                <button data-testid="wrap-up-extend" disabled=move || !can_extend()
                    title=move || t!("work-wrap-up-extend-hint", max = max_hint.as_str())
                    on:click=move |_| after.extend()>
                    {move || t!("work-wrap-up-extend", max = max.as_str())}
                </button>
            </div>
            <label>
                {tr!("work-wrap-up-note")}
                <textarea data-testid="wrap-up-note" rows="3" prop:value=text
                    placeholder=tr!("work-wrap-up-note-placeholder")
                    on:input=move |ev| after.type_note(&event_target_value(&ev))></textarea>
            </label>
            <NoteProgress/>
            <div class="wrap-up-actions">
                <Show when=case_known>
                    <label class="check">
                        <input type="checkbox" data-testid="wrap-up-close-case" prop:checked=close_case
                            on:change=move |ev| after.set_close_case(event_target_checked(&ev))/>
                        {tr!("work-wrap-up-close-case")}
                    </label>
                </Show>
                <label class="inline">
                    {tr!("work-wrap-up-then")}
                    <select data-testid="wrap-up-next-status" prop:value=next_status
                        on:change=move |ev| {
                            if let Some(next) = NextStatus::parse(&event_target_value(&ev)) {
                                after.set_next_status(next);
                            }
                        }>
                        {NextStatus::ALL.into_iter().map(|n| view! {
                            <option value=n.as_str() selected=move || next_status() == n.as_str()>{tr(n.label_id())}</option>
                        }).collect_view()}
                    </select>
                </label>
                <button class="primary" data-testid="wrap-up-done" on:click=move |_| after.done()>{tr!("work-wrap-up-done")}</button>
            </div>
        </section>
    }
}

/// The note's progress: `data-state` draft | saved-locally | sending | sent | failed.
#[component]
pub(super) fn NoteProgress() -> impl IntoView {
    let after = expect_context::<AfterCall>();
    let now = use_now();
    let state = move || after.note().map(|n| n.state()).unwrap_or(NoteState::Draft);
    let text = move || {
        let (now, online) = (now.get() as f64, after.online.get());
        after
            .note()
            .and_then(|n| n.status(now, online))
            .map(|s| note_status_text(&s))
            .unwrap_or_default()
    };
    view! {
        <p class="wrap-up-note-state" data-testid="wrap-up-note-state" data-state=move || state().as_str()>
            <span>{text}</span>
            <Show when=move || state() == NoteState::Failed>
                <button class="link" on:click=move |_| after.retry_note()>{tr!("work-try-again")}</button>
            </Show>
        </p>
    }
}

/// The agent's wrap-up time, on the desk (the Settings page is for supervisors).
#[component]
fn WrapUpSetting() -> impl IntoView {
    let after = expect_context::<AfterCall>();
    view! {
        <details class="wrap-up-setting">
            <summary>{tr!("work-wrap-up-time")}</summary>
            <label class="inline">
                <input type="number" min="0" max=MAX_SECONDS step="5" data-testid="wrap-up-seconds"
                    prop:value=move || after.seconds.get().to_string()
                    on:change=move |ev| {
                        if let Ok(seconds) = event_target_value(&ev).trim().parse::<u32>() {
                            after.set_wrap_up_seconds(seconds.min(MAX_SECONDS));
                        }
                    }/>
                {tr!("work-wrap-up-seconds")}
            </label>
        </details>
    }
}

/// "Wrap-up 0:25" in the header while one runs.
#[component]
pub fn WrapUpIndicator() -> impl IntoView {
    let after = expect_context::<AfterCall>();
    let now = use_now();
    let running = move || after.wrap_up.with(Option::is_some);
    let left = move || {
        let now = now.get() as f64;
        after
            .wrap_up
            .with(|w| match w.as_ref().and_then(|w| w.seconds_left(now)) {
                Some(s) => format::duration(s as i64 * 1000),
                None => String::new(),
            })
    };
    view! {
        <Show when=running>
            <span class="wrap-up-indicator" data-testid="wrap-up-indicator">
                {tr!("work-wrap-up")} " " <span class="mono">{left}</span>
            </span>
        </Show>
    }
}

/// The note's progress in words (tracked).
fn note_status_text(status: &NoteStatus) -> String {
    match status {
        NoteStatus::NotSent(reason) => t!("work-note-not-sent", reason = reason.as_str()),
        NoteStatus::SentCaseNotClosed(reason) => {
            t!("work-note-sent-case-not-closed", reason = reason.as_str())
        }
        NoteStatus::SentToContact => t!("work-note-sent-to-contact"),
        NoteStatus::Sent => t!("work-note-sent"),
        NoteStatus::Sending => t!("work-note-sending"),
        NoteStatus::SavedNoTarget => t!("work-note-saved-no-target"),
        NoteStatus::SavedOffline => t!("work-note-saved-offline"),
        NoteStatus::SavedRetrying(seconds) => {
            t!("work-note-saved-retrying", count = *seconds)
        }
        NoteStatus::Saved => t!("work-note-saved"),
    }
}

fn notice_text(notice: Notice) -> String {
    match notice {
        Notice::StillBusyPhoneUnregistered => t!("work-notice-phone-unregistered"),
    }
}
