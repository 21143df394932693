//! The agent's calls: a tab per call (and, for supervisors, the calls on the floor), and the
//! selected call with its timer, caller, status and controls, its transcript and recordings.
//!
//! Controls call VoIPBIN's REST operations; the result comes back as events (mute direction,
//! recording, hang-up). Each control is enabled only when it applies, shows progress while the
//! request runs, and says plainly what failed. VoIPBIN reports no hold state on a call, so hold
//! shows what the desk asked for.

use super::ask_help::AskHelp;
use super::call_work_chunk::{CallWork, LazyCallWork};
use super::selectors::{self, DeskCall, Phase};
use super::transcript::TranscriptView;
use super::transfer_chunk::LazyTransferDialog;
use super::{data, dotted, explain, on_hotkey, with_data, DeskUi};
use crate::api::{self, ApiError};
use crate::format;
use crate::i18n::{number, tr};
use crate::msg;
use crate::state::DeskState;
use crate::t;
use crate::views::{use_now, Hotkey};
use leptos::prelude::*;
use std::collections::HashSet;
use std::time::Duration;
use voipbin_protocol::{MuteDirection, RecordingStatus};

/// How long a first "H" waits for the second one that hangs up.
const HANGUP_ARM_MS: u64 = 3_000;

#[component]
pub fn CallsPanel() -> impl IntoView {
    let desk = expect_context::<DeskState>();
    let ui = expect_context::<DeskUi>();
    let now = use_now();
    let mine = Memo::new(move |_| {
        let me = ui.me.get();
        let closed = ui.closed_calls.get();
        let now = now.get();
        desk.queuecalls.track();
        desk.queues.track();
        desk.read(desk.calls, |s| selectors::my_calls(s, &me, now, &closed))
    });
    let floor = Memo::new(move |_| {
        if !ui.supervisor.get() {
            return Vec::new();
        }
        let me = ui.me.get();
        desk.queuecalls.track();
        desk.queues.track();
        desk.read(desk.calls, |s| selectors::floor_calls(s, &me))
    });

    // Selection: a new call of mine takes the panel; a vanished selection falls back to my newest.
    Effect::new(move |previous: Option<HashSet<String>>| {
        let ids: HashSet<String> = mine.with(|m| m.iter().map(|c| c.call.id.clone()).collect());
        let fresh = previous.as_ref().and_then(|prev| {
            mine.with(|m| {
                m.iter()
                    .find(|c| !prev.contains(&c.call.id) && c.phase == Phase::Talking)
                    .map(|c| c.call.id.clone())
            })
        });
        untrack(|| {
            let selected = ui.selected_call.get();
            let still_listed = selected.as_ref().is_some_and(|id| {
                ids.contains(id) || floor.with(|f| f.iter().any(|c| &c.call.id == id))
            });
            if let Some(id) = fresh {
                ui.selected_call.set(Some(id));
            } else if !still_listed {
                let first = mine.with(|m| m.first().map(|c| c.call.id.clone()));
                if first != selected {
                    ui.selected_call.set(first);
                }
            }
        });
        ids
    });

    let agent_name = move |id: &str| {
        desk.peek(|s| s.agents.get(id).map(selectors::display_name))
            .unwrap_or_else(|| t!("desk-another-agent"))
    };

    view! {
        <div class="pane-head">
            <h2 id="calls-title">{tr!("desk-my-calls")}</h2>
            <span class="count" aria-label=tr!("desk-calls-count")>{move || number(mine.with(Vec::len) as f64)}</span>
        </div>
        <Show when=move || !mine.with(Vec::is_empty) fallback=|| view! {
            <p class="empty-state" data-testid="no-calls">
                {tr!("desk-no-calls")}
            </p>
        }>
            <ul class="call-tabs" data-testid="desk-calls">
                <For each=move || mine.get() key=|c| c.call.id.clone() let:call>
                    <CallTab id=call.call.id.clone() list=mine note=None/>
                </For>
            </ul>
        </Show>
        <Show when=move || ui.supervisor.get()>
            <details class="floor" data-testid="floor-calls">
                <summary>{tr!("desk-on-the-floor")} " (" {move || number(floor.with(Vec::len) as f64)} ")"</summary>
                <p class="hint">{tr!("desk-on-the-floor-hint")}</p>
                <ul class="call-tabs">
                    <For each=move || floor.get() key=|c| c.call.id.clone() let:call>
                        <CallTab id=call.call.id.clone() list=floor note=Some(agent_name(&call.agent_id))/>
                    </For>
                </ul>
            </details>
        </Show>
        {move || ui.selected_call.get().map(|id| view! { <LazyCallWork work=CallWork::CallPanel(id)/> })}
    }
}

#[component]
fn CallTab(id: String, list: Memo<Vec<DeskCall>>, note: Option<String>) -> impl IntoView {
    let ui = expect_context::<DeskUi>();
    let now = use_now();
    let call = {
        let id = id.clone();
        Memo::new(move |_| list.with(|l| l.iter().find(|c| c.call.id == id).cloned()))
    };
    let selected = {
        let id = id.clone();
        move || ui.selected_call.with(|s| s.as_deref() == Some(id.as_str()))
    };
    let select = {
        let id = id.clone();
        move |_| ui.selected_call.set(Some(id.clone()))
    };
    let who = move || {
        call.with(|c| {
            c.as_ref()
                .map(|c| format::party(c.customer()))
                .unwrap_or_default()
        })
    };
    let phase = move || {
        call.with(|c| {
            c.as_ref()
                .map(|c| t!(c.phase.message()))
                .unwrap_or_default()
        })
    };
    let timer = move || {
        call.with(|c| {
            c.as_ref()
                .filter(|c| c.phase != Phase::Ended)
                .and_then(|c| format::since(&c.since, now.get()))
                .map(format::duration)
                .unwrap_or_default()
        })
    };
    view! {
        <li>
            <button class="call-tab" data-testid="call-tab" data-call-id=id.clone()
                aria-current=move || selected().then_some("true") on:click=select>
                <b translate="no">{who}</b>
                <span class="tab-meta">
                    {note.map(|n| view! { <span><bdi translate="no">{n}</bdi>" · "</span> })}
                    <span>{phase}</span>" "<span class="mono">{timer}</span>
                </span>
            </button>
        </li>
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Op {
    Hangup,
    Mute(bool),
    Hold(bool),
    Record(bool),
}

/// Message ids of what an operation says while it runs, once sent and when it failed.
impl Op {
    fn progress(self) -> crate::i18n::Msg {
        match self {
            Op::Hangup => msg!("desk-op-hangup-progress"),
            Op::Mute(true) => msg!("desk-op-mute-progress"),
            Op::Mute(false) => msg!("desk-op-unmute-progress"),
            Op::Hold(true) => msg!("desk-op-hold-progress"),
            Op::Hold(false) => msg!("desk-op-resume-progress"),
            Op::Record(true) => msg!("desk-op-record-progress"),
            Op::Record(false) => msg!("desk-op-stop-record-progress"),
        }
    }

    /// Hold has none: VoIPBIN sends no event for it, so nothing confirms it.
    fn sent(self) -> Option<crate::i18n::Msg> {
        match self {
            Op::Hangup => Some(msg!("desk-op-hangup-sent")),
            Op::Mute(true) => Some(msg!("desk-op-mute-sent")),
            Op::Mute(false) => Some(msg!("desk-op-unmute-sent")),
            Op::Hold(_) => None,
            Op::Record(true) => Some(msg!("desk-op-record-sent")),
            Op::Record(false) => Some(msg!("desk-op-stop-record-sent")),
        }
    }

    fn failed(self) -> crate::i18n::Msg {
        match self {
            Op::Hangup => msg!("desk-op-hangup-failed"),
            Op::Mute(true) => msg!("desk-op-mute-failed"),
            Op::Mute(false) => msg!("desk-op-unmute-failed"),
            Op::Hold(true) => msg!("desk-op-hold-failed"),
            Op::Hold(false) => msg!("desk-op-resume-failed"),
            Op::Record(true) => msg!("desk-op-record-failed"),
            Op::Record(false) => msg!("desk-op-stop-record-failed"),
        }
    }
}

/// The selected call with its controls, transcript and recordings: in the call's chunk
/// (`call_work_chunk.rs`), fetched when the first call rings.
#[component]
pub(super) fn CallPanel(call_id: String) -> impl IntoView {
    let desk = expect_context::<DeskState>();
    let ui = expect_context::<DeskUi>();
    let now = use_now();
    let dc = {
        let id = call_id.clone();
        Memo::new(move |_| {
            let me = ui.me.with(|m| m.id.clone());
            desk.queuecalls.track();
            desk.queues.track();
            desk.read(desk.calls, |s| {
                let as_mine = selectors::desk_call(s, &id, &me);
                match as_mine {
                    Some(d) if d.agent_id != me => selectors::desk_call(s, &id, ""),
                    other => other,
                }
            })
        })
    };
    let recording_on = Memo::new(move |_| {
        let ids = dc.with(|d| d.as_ref().map(DeskCall::call_ids).unwrap_or_default());
        desk.read(desk.recordings, |s| {
            selectors::recordings(s, &ids).iter().any(|r| {
                matches!(
                    r.status,
                    RecordingStatus::Recording | RecordingStatus::Initiating
                )
            })
        }) || dc.with(|d| {
            d.as_ref()
                .is_some_and(|d| !d.call.recording_id.is_empty() && d.phase == Phase::Talking)
        })
    });
    let mine = move || dc.with(|d| d.as_ref().is_some_and(|d| d.agent_id == ui.my_id()));
    let phase = move || dc.with(|d| d.as_ref().map(|d| d.phase));
    let talking = move || phase() == Some(Phase::Talking);
    let muted = move || {
        dc.with(|d| {
            d.as_ref()
                .is_some_and(|d| d.agent_side().mute_direction != MuteDirection::None)
        })
    };
    let held = {
        let id = call_id.clone();
        Memo::new(move |_| ui.held.with(|h| h.contains(&id)))
    };
    let pending = RwSignal::new(None::<Op>);
    let error = RwSignal::new(None::<(Op, ApiError)>);
    let sent = RwSignal::new(None::<Op>);
    let transfer_open = RwSignal::new(false);
    let hangup_armed = RwSignal::new(false);

    // The confirmation of a request is the event that follows; drop the "sent" note then.
    Effect::new(move |_| {
        let _ = phase();
        let _ = muted();
        let _ = recording_on.get();
        sent.set(None);
    });

    let run = move |op: Op| {
        if pending.get_untracked().is_some() {
            return;
        }
        let Some(d) = dc.get_untracked() else { return };
        let Some(api) = ui.api() else { return };
        pending.set(Some(op));
        error.set(None);
        sent.set(None);
        let control = d.control_id().to_string();
        let agent_side = d.agent_side().id.clone();
        leptos::task::spawn_local(async move {
            let result = match op {
                Op::Hangup => api::hangup(&api, &control).await,
                Op::Mute(on) => api::set_mute(&api, &agent_side, on).await,
                Op::Hold(on) => api::set_hold(&api, &control, on).await,
                Op::Record(on) => api::set_recording(&api, &control, on).await,
            };
            pending.set(None);
            match result {
                Ok(()) => {
                    if let Op::Hold(on) = op {
                        ui.held.update(|h| {
                            if on {
                                h.insert(control.clone());
                            } else {
                                h.remove(&control);
                            }
                        });
                    } else {
                        sent.set(Some(op));
                    }
                }
                Err(e) => error.set(Some((op, e))),
            }
        });
    };
    let busy = move || pending.get().is_some();
    let can_hangup = move || matches!(phase(), Some(Phase::Talking | Phase::Ringing)) && !busy();
    let can_own = move || talking() && mine() && !busy();
    let can_talking = move || talking() && !busy();

    // A plain agent's controls are its phone's (VoIPBIN refuses it these REST controls), and the
    // phone's own call takes the keys while it is up.
    let rest_keys = move || {
        ui.supervisor.get_untracked()
            && use_context::<crate::phone::Phone>()
                .is_none_or(|p| p.model.with_untracked(|m| m.current().is_none()))
    };
    on_hotkey(move |key| match key {
        _ if !rest_keys() => {}
        Hotkey::Hangup if can_hangup() => {
            if hangup_armed.get_untracked() {
                hangup_armed.set(false);
                run(Op::Hangup);
            } else {
                hangup_armed.set(true);
                set_timeout(
                    move || hangup_armed.set(false),
                    Duration::from_millis(HANGUP_ARM_MS),
                );
            }
        }
        Hotkey::Mute if can_own() => run(Op::Mute(!muted())),
        Hotkey::Hold if can_own() => run(Op::Hold(!held.get_untracked())),
        Hotkey::Record if can_talking() => run(Op::Record(!recording_on.get_untracked())),
        Hotkey::Transfer if can_talking() => transfer_open.set(true),
        _ => {}
    });

    let caller_name = move || {
        dc.with(|d| {
            d.as_ref()
                .map(|d| {
                    let c = d.customer();
                    if c.target_name.trim().is_empty() {
                        c.target.clone()
                    } else {
                        c.target_name.trim().to_string()
                    }
                })
                .unwrap_or_else(|| t!("desk-call"))
        })
    };
    let details = move || {
        dc.with(|d| {
            let Some(d) = d else { return Vec::new() };
            let mut parts = Vec::new();
            if !d.customer().target_name.trim().is_empty() {
                parts.push(data(d.customer().target.clone()));
            }
            parts.push(
                if d.call.direction == voipbin_protocol::Direction::Outgoing
                    && d.call.master_call_id.is_empty()
                {
                    t!("desk-outbound")
                } else {
                    t!("desk-inbound")
                }
                .into_any(),
            );
            if let Some(q) = &d.queue_name {
                parts
                    .push(with_data(msg!("desk-via-queue"), vec![("queue", q.clone())]).into_any());
            }
            dotted(parts)
        })
    };
    let serving = move || {
        dc.with(|d| d.as_ref().map(|d| d.agent_id.clone()))
            .filter(|id| *id != ui.my_id())
            .map(|id| {
                desk.peek(|s| s.agents.get(&id).map(selectors::display_name))
                    .unwrap_or_else(|| t!("desk-another-agent"))
            })
    };
    let timer = move || {
        dc.with(|d| {
            let Some(d) = d else { return String::new() };
            let end = d.ended_at().unwrap_or(now.get());
            selectors::tm(&d.since)
                .map(|t| format::duration(end - t))
                .unwrap_or_default()
        })
    };
    let ended_note = move || {
        dc.with(|d| {
            let d = d.as_ref()?;
            (d.phase == Phase::Ended).then(|| {
                let transferred = d.call.status != voipbin_protocol::CallStatus::Hangup;
                if transferred {
                    t!("desk-ended-transferred")
                } else {
                    match d.call.hangup_by.as_str() {
                        "remote" => t!("desk-ended-by-caller"),
                        "local" => t!("desk-ended-by-us"),
                        _ => t!("desk-ended"),
                    }
                }
            })
        })
    };
    let call_ids =
        Signal::derive(move || dc.with(|d| d.as_ref().map(DeskCall::call_ids).unwrap_or_default()));
    let close = {
        let id = call_id.clone();
        move |_| {
            ui.closed_calls.update(|c| {
                c.insert(id.clone());
            });
            ui.selected_call.set(None);
        }
    };
    let progress = move || {
        if hangup_armed.get() {
            return Some(t!("desk-hangup-again"));
        }
        pending
            .get()
            .map(|op| t!(op.progress()))
            .or_else(|| sent.get().and_then(Op::sent).map(|id| t!(id)))
    };

    view! {
        <article class="call-panel" data-testid="call-panel" data-call-id=call_id.clone()
            data-phase=move || phase().map(|p| p.label()).unwrap_or_default() aria-labelledby="call-caller">
            <header class="call-head">
                <div>
                    <h3 id="call-caller" class="call-caller" data-testid="call-caller" translate="no">{caller_name}</h3>
                    <p class="call-details">{details}</p>
                    {move || serving().map(|name| view! { <p class="call-details">{with_data(msg!("desk-handled-by"), vec![("name", name)])}</p> })}
                </div>
                <div class="call-state">
                    <span class=move || format!("phase phase-{}", phase().map(|p| p.label()).unwrap_or_default().trim_end_matches('…').to_lowercase())
                        data-testid="call-status">{move || t!(phase().map_or(msg!("desk-phase-unknown"), |p| p.message()))}</span>
                    <span class="call-timer mono" role="timer" aria-label=tr!("desk-call-time")>{timer}</span>
                </div>
            </header>
            <Show when=move || !ui.supervisor.get()>
                <p class="hint" data-testid="phone-controls-hint">
                    {tr!("desk-phone-controls-hint")}
                </p>
            </Show>
            <Show when=mine>
                <AskHelp call=dc/>
            </Show>
            <Show when=move || ui.supervisor.get()>
            <div class="call-controls" role="group" aria-label=tr!("desk-call-controls")>
                <Show when=mine>
                    <button data-testid="mute" aria-pressed=move || muted().to_string() aria-keyshortcuts="M"
                        disabled=move || !can_own() on:click=move |_| run(Op::Mute(!muted()))>
                        {move || if muted() { t!("desk-unmute") } else { t!("desk-mute") }} " " <kbd aria-hidden="true">"M"</kbd>
                    </button>
                    <button data-testid="hold" aria-pressed=move || held.get().to_string() aria-keyshortcuts="O"
                        disabled=move || !can_own() on:click=move |_| run(Op::Hold(!held.get_untracked()))>
                        {move || if held.get() { t!("desk-resume") } else { t!("desk-hold") }} " " <kbd aria-hidden="true">"O"</kbd>
                    </button>
                </Show>
                <button data-testid="record" aria-pressed=move || recording_on.get().to_string() aria-keyshortcuts="R"
                    disabled=move || !can_talking() on:click=move |_| run(Op::Record(!recording_on.get_untracked()))>
                    {move || if recording_on.get() { t!("desk-stop-recording") } else { t!("desk-record") }} " " <kbd aria-hidden="true">"R"</kbd>
                </button>
                <button data-testid="transfer" aria-expanded=move || transfer_open.get().to_string() aria-keyshortcuts="T"
                    disabled=move || !can_talking() on:click=move |_| transfer_open.update(|o| *o = !*o)>
                    {tr!("desk-transfer")} " " <kbd aria-hidden="true">"T"</kbd>
                </button>
                <button data-testid="voicemail" disabled=true aria-describedby="voicemail-why">{tr!("desk-voicemail")}</button>
                <button class="danger" data-testid="hangup" aria-keyshortcuts="H"
                    disabled=move || !can_hangup() on:click=move |_| run(Op::Hangup)>
                    {tr!("desk-hang-up")} " " <kbd aria-hidden="true">"H"</kbd>
                </button>
            </div>
            <p id="voicemail-why" class="hint">
                {tr!("desk-voicemail-why")}
            </p>
            </Show>
            <Show when=move || phase() == Some(Phase::Ended)>
                <button data-testid="close-call" on:click=close.clone()>{tr!("desk-close")}</button>
            </Show>
            <p class="progress" role="status" data-testid="call-progress">{progress}</p>
            <p class="error" role="alert" data-testid="call-error">{move || error.get().map(|(op, e)| explain(op.failed(), &e))}</p>
            {move || ended_note().map(|note| view! { <p class="notice">{note}</p> })}
            <Show when=move || transfer_open.get()>
                <LazyTransferDialog call=dc on_close=Callback::new(move |()| transfer_open.set(false))/>
            </Show>
            <TranscriptView call_ids=call_ids mine=Signal::derive(mine)/>
        </article>
    }
}
