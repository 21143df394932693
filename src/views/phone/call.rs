//! The call on the phone: who, how long, its state, and the controls that work for every agent
//! (hang up, mute, hold, keypad), with a live quality line and the microphone's level.

use super::party_name;
use super::Dialpad;
use crate::format;
use crate::i18n::tr;
use crate::phone::{CallState, Direction, Phone};
use crate::t;
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
                (CallState::Dialing, _) if c.far_end_ringing => t!("phone-state-far-ringing"),
                (CallState::Dialing, _) => t!("phone-state-calling"),
                (CallState::Answering, _) => t!("phone-state-connecting"),
                (CallState::Active, _) if c.held => t!("phone-state-on-hold"),
                (CallState::Active, Direction::Incoming) => t!("phone-state-in-call"),
                (CallState::Active, Direction::Outgoing) => t!("phone-state-in-call-outgoing"),
                (CallState::Ringing, _) => t!("phone-state-ringing"),
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
    let quality_text = move || {
        let Some((q, grade)) = quality().and_then(|q| q.quality.clone().map(|g| (q, g))) else {
            return t!("phone-quality-measuring");
        };
        let tenths = |x: f64| (x * 10.0).round() / 10.0;
        let (mos, jitter, loss) = (
            tenths(grade.mos),
            q.totals.jitter_ms.round(),
            tenths(grade.loss_percent),
        );
        let line = match q.totals.round_trip_ms {
            Some(rtt) => t!(
                "phone-quality-line",
                mos = mos,
                rtt = rtt.round(),
                jitter = jitter,
                loss = loss
            ),
            None => t!(
                "phone-quality-line-no-rtt",
                mos = mos,
                jitter = jitter,
                loss = loss
            ),
        };
        match &grade.reason {
            None => line,
            Some(reason) => t!(
                "phone-quality-with-reason",
                line = line,
                reason = reason.text()
            ),
        }
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
                            <h3 id="phone-call-party" class="call-caller" data-testid="phone-call-party" translate="no">{party_name(&call)}</h3>
                        </div>
                        <div class="call-state">
                            <span class="phase" data-testid="phone-call-state">{state_text}</span>
                            <span class="call-timer mono" role="timer" aria-label=tr!("phone-call-time")>{timer}</span>
                        </div>
                    </header>
                    <div class="call-controls" role="group" aria-label=tr!("phone-controls")>
                        <button data-testid="phone-mute" aria-pressed=muted.to_string() aria-keyshortcuts="M"
                            disabled=!active on:click=move |_| toggle_mute()>
                            {move || if muted { t!("phone-unmute") } else { t!("phone-mute") }} " " <kbd aria-hidden="true">"M"</kbd>
                        </button>
                        <button data-testid="phone-hold" aria-pressed=held.to_string() aria-keyshortcuts="O"
                            disabled=!active on:click=move |_| toggle_hold()>
                            {move || if held { t!("phone-resume") } else { t!("phone-hold") }} " " <kbd aria-hidden="true">"O"</kbd>
                        </button>
                        <button class="danger" data-testid="phone-hangup" aria-keyshortcuts="H"
                            on:click=move |_| hang_up()>
                            {move || if active { t!("phone-hang-up") } else { t!("phone-cancel") }} " " <kbd aria-hidden="true">"H"</kbd>
                        </button>
                    </div>
                    <p class="call-quality" data-testid="call-quality" data-grade=grade
                        data-packets-received=move || quality().map(|q| q.totals.packets_received).unwrap_or(0)
                        data-packets-sent=move || quality().map(|q| q.totals.packets_sent).unwrap_or(0)
                        data-caller-level=move || quality().map(|q| format!("{:.3}", q.totals.caller_level)).unwrap_or_default()>
                        {quality_text}
                    </p>
                    <div class="mic-meter" data-testid="mic-meter" data-dbfs=move || level().map(|l| format!("{l:.1}")).unwrap_or_default()
                        title=move || if muted { t!("phone-mic-muted") }
                            else if level().is_some_and(|l| l > SPEAKING_DBFS) { t!("phone-mic-heard") }
                            else { t!("phone-mic-quiet") }>
                        <span class="mic-meter-label">{tr!("phone-mic")}</span>
                        <span class="mic-meter-bar"><span style=level_width></span></span>
                    </div>
                    {(!call.digits.is_empty()).then(|| view! { <p class="call-details mono" data-testid="phone-digits">{tr!("phone-digits-sent")} " " <span translate="no">{call.digits.clone()}</span></p> })}
                </article>
            }
        })}
        <Dialpad/>
    }
}
