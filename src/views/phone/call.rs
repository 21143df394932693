//! The call on the phone: who, how long, its state, and the controls that work for every agent
//! (hang up, mute, hold, keypad), with a live quality line and the microphone's level.

use super::party_name;
use super::Dialpad;
use crate::format;
use crate::phone::{CallState, Direction, Phone};
use crate::views::desk::on_hotkey;
use crate::views::{use_now, Hotkey};
use leptos::prelude::*;

/// Below this the microphone is as good as silent.
const SPEAKING_DBFS: f64 = -50.0;

#[component]
pub fn PhoneCallPanel() -> impl IntoView {
    let phone = expect_context::<Phone>();
    let now = use_now();
    let current = Memo::new(move |_| phone.model.with(|m| m.current().cloned()));
    let call_id = move || current.with(|c| c.as_ref().map(|c| c.id.clone()));
    let act = move |f: fn(&Phone, &crate::phone::PhoneCall)| {
        if let Some(call) = current.get_untracked() {
            f(&phone, &call);
        }
    };
    let hang_up = move || act(|p, c| p.hang_up(&c.id));
    let toggle_mute = move || act(|p, c| p.set_muted(&c.id, !c.muted));
    let toggle_hold = move || act(|p, c| p.set_held(&c.id, !c.held));
    let active = move || current.with(|c| c.as_ref().is_some_and(|c| c.state == CallState::Active));
    on_hotkey(move |key| match key {
        Hotkey::Hangup => hang_up(),
        Hotkey::Mute if active() => toggle_mute(),
        Hotkey::Hold if active() => toggle_hold(),
        _ => {}
    });
    let state_text = move || {
        current.with(|c| {
            c.as_ref().map(|c| match (c.state, c.direction) {
                (CallState::Dialing, _) if c.far_end_ringing => "Ringing…".to_string(),
                (CallState::Dialing, _) => "Calling…".to_string(),
                (CallState::Answering, _) => "Connecting…".to_string(),
                (CallState::Active, _) if c.held => "On hold".to_string(),
                (CallState::Active, Direction::Incoming) => "In call".to_string(),
                (CallState::Active, Direction::Outgoing) => "In call (outgoing)".to_string(),
                (CallState::Ringing, _) => "Ringing".to_string(),
            })
        })
    };
    let timer = move || {
        current.with(|c| {
            c.as_ref()
                .and_then(|c| c.answered_ms)
                .map(|at| format::duration((now.get() as f64 - at).max(0.0) as i64))
                .unwrap_or_default()
        })
    };
    let quality = move || {
        let call = call_id()?;
        phone
            .quality
            .with(|q| q.as_ref().filter(|q| q.call == call).cloned())
    };
    let grade = move || {
        quality()
            .and_then(|q| q.quality.map(|q| q.grade.as_str()))
            .unwrap_or("unknown")
    };
    let quality_text = move || match quality() {
        None => "Measuring the line…".to_string(),
        Some(q) => match &q.quality {
            None => "Measuring the line…".to_string(),
            Some(grade) => {
                let rtt = q
                    .totals
                    .round_trip_ms
                    .map(|r| format!("{r:.0} ms"))
                    .unwrap_or_else(|| "–".into());
                let line = format!(
                    "MOS {:.1} · round trip {rtt} · jitter {:.0} ms · loss {:.1}%",
                    grade.mos, q.totals.jitter_ms, grade.loss_percent
                );
                if grade.reason.is_empty() {
                    line
                } else {
                    format!("{line} — {}", grade.reason)
                }
            }
        },
    };
    let level = move || phone.mic_level.get();
    let level_width = move || {
        let db = level().unwrap_or(-90.0);
        format!(
            "width: {:.0}%",
            ((db + 60.0) / 60.0 * 100.0).clamp(0.0, 100.0)
        )
    };

    view! {
        {move || current.get().map(|call| {
            let muted = call.muted;
            let held = call.held;
            let active = call.state == CallState::Active;
            view! {
                <article class="phone-call" data-testid="phone-call" data-call-id=call.id.clone()
                    data-state=format!("{:?}", call.state).to_lowercase() data-held=held.to_string()
                    aria-labelledby="phone-call-party">
                    <header class="call-head">
                        <div>
                            <h3 id="phone-call-party" class="call-caller" data-testid="phone-call-party">{party_name(&call)}</h3>
                            {call.queue.clone().map(|q| view! { <p class="call-details">"Queue " {q}</p> })}
                        </div>
                        <div class="call-state">
                            <span class="phase" data-testid="phone-call-state">{state_text}</span>
                            <span class="call-timer mono" role="timer" aria-label="Call time">{timer}</span>
                        </div>
                    </header>
                    <div class="call-controls" role="group" aria-label="Phone controls">
                        <button data-testid="phone-mute" aria-pressed=muted.to_string() aria-keyshortcuts="M"
                            disabled=!active on:click=move |_| toggle_mute()>
                            {if muted { "Unmute" } else { "Mute" }} " " <kbd aria-hidden="true">"M"</kbd>
                        </button>
                        <button data-testid="phone-hold" aria-pressed=held.to_string() aria-keyshortcuts="O"
                            disabled=!active on:click=move |_| toggle_hold()>
                            {if held { "Resume" } else { "Hold" }} " " <kbd aria-hidden="true">"O"</kbd>
                        </button>
                        <button class="danger" data-testid="phone-hangup" aria-keyshortcuts="H"
                            on:click=move |_| hang_up()>
                            {if active { "Hang up" } else { "Cancel" }} " " <kbd aria-hidden="true">"H"</kbd>
                        </button>
                    </div>
                    <p class="call-quality" data-testid="call-quality" data-grade=grade
                        data-packets-received=move || quality().map(|q| q.totals.packets_received).unwrap_or(0)
                        data-packets-sent=move || quality().map(|q| q.totals.packets_sent).unwrap_or(0)
                        data-caller-level=move || quality().map(|q| format!("{:.3}", q.totals.caller_level)).unwrap_or_default()>
                        {quality_text}
                    </p>
                    <div class="mic-meter" data-testid="mic-meter" data-dbfs=move || level().map(|l| format!("{l:.1}")).unwrap_or_default()
                        title=move || if muted { "Muted: the caller hears nothing".to_string() }
                            else if level().is_some_and(|l| l > SPEAKING_DBFS) { "We hear you".to_string() }
                            else { "Quiet".to_string() }>
                        <span class="mic-meter-label">"Mic"</span>
                        <span class="mic-meter-bar"><span style=level_width></span></span>
                    </div>
                    {(!call.digits.is_empty()).then(|| view! { <p class="call-details mono" data-testid="phone-digits">"Sent: " {call.digits.clone()}</p> })}
                </article>
            }
        })}
        <Dialpad/>
    }
}
