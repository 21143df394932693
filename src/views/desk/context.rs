//! Who is on the line: the selected call's customer, their earlier calls and their messages, as
//! far as the store knows them (this shift's events and the last resync).

use super::selectors::{self, DeskCall};
use super::{short_when, DeskUi};
use crate::format;
use crate::state::DeskState;
use leptos::prelude::*;
use voipbin_protocol::{Call, CallStatus, Direction, MessageDirection};

const SHOWN: usize = 8;

#[component]
pub fn CustomerContextPanel() -> impl IntoView {
    let desk = expect_context::<DeskState>();
    let ui = expect_context::<DeskUi>();
    let current = Memo::new(move |_| {
        let id = ui.selected_call.get()?;
        let me = ui.me.with(|m| m.id.clone());
        desk.queuecalls.track();
        desk.read(desk.calls, |s| selectors::desk_call(s, &id, &me))
    });
    let context = Memo::new(move |_| {
        let dc: DeskCall = current.get()?;
        desk.calls.track();
        desk.sms.track();
        Some(desk.read(desk.conversations, |s| {
            selectors::customer_context(s, dc.customer(), &dc.call_ids(), SHOWN)
        }))
    });
    let open_thread = move |id: String| ui.selected_thread.set(Some(id));

    view! {
        <div class="pane-head"><h2 id="context-title">"Customer"</h2></div>
        {move || match context.get() {
            None => view! {
                <p class="empty-state">"Select a call to see who is on the line, their earlier calls and messages."</p>
            }.into_any(),
            Some(ctx) => {
                let name = if ctx.name.is_empty() { "Unknown caller".to_string() } else { ctx.name.clone() };
                let number = ctx.number.clone();
                let calls_title = format!("Earlier calls ({})", ctx.total_calls);
                let sms_title = format!("Text messages ({})", ctx.total_sms);
                let calls = ctx.calls.clone();
                let threads = ctx.threads.clone();
                let sms = ctx.sms.clone();
                view! {
                    <div class="customer" data-testid="customer-context">
                        <p class="customer-name">{name}</p>
                        <p class="customer-number mono">{number.clone()}
                            " " <crate::views::phone::CallButton number=Signal::derive(move || number.clone())/>
                        </p>
                        <h3>{calls_title}</h3>
                        {if calls.is_empty() {
                            view! { <p class="hint">"No earlier calls with this number on record."</p> }.into_any()
                        } else {
                            view! {
                                <ul class="history" data-testid="context-calls">
                                    {calls.into_iter().map(|c| view! { <li>{call_summary(&c)}</li> }).collect_view()}
                                </ul>
                            }.into_any()
                        }}
                        <h3>"Conversations"</h3>
                        {if threads.is_empty() {
                            view! { <p class="hint">"No message threads with this number."</p> }.into_any()
                        } else {
                            view! {
                                <ul class="history">
                                    {threads.into_iter().map(|t| {
                                        let id = t.id.clone();
                                        let (peer, _) = selectors::peer_of(&t);
                                        view! {
                                            <li>
                                                <button class="link" on:click=move |_| open_thread(id.clone())>
                                                    "Open thread with " {peer}
                                                </button>
                                                <span class="hint">" · " {short_when(&t.tm_update)}</span>
                                            </li>
                                        }
                                    }).collect_view()}
                                </ul>
                            }.into_any()
                        }}
                        <h3>{sms_title}</h3>
                        {if sms.is_empty() {
                            view! { <p class="hint">"No text messages with this number on record."</p> }.into_any()
                        } else {
                            view! {
                                <ul class="history">
                                    {sms.into_iter().map(|m| {
                                        let way = if m.direction == MessageDirection::Inbound { "From them" } else { "To them" };
                                        view! {
                                            <li>
                                                <span class="hint">{short_when(&m.tm_create)} " · " {way}</span>
                                                <p class="quote">{m.text.clone()}</p>
                                            </li>
                                        }
                                    }).collect_view()}
                                </ul>
                            }.into_any()
                        }}
                    </div>
                }.into_any()
            }
        }}
    }
}

/// `11-23 10:02 · inbound · 3:12 · Support` (or how it ended).
fn call_summary(c: &Call) -> String {
    let mut parts = vec![short_when(&c.tm_create)];
    parts.push(
        if c.direction == Direction::Outgoing {
            "outbound"
        } else {
            "inbound"
        }
        .to_string(),
    );
    let talked = selectors::tm(&c.tm_hangup)
        .zip(selectors::tm(&c.tm_progressing))
        .map(|(h, p)| h - p);
    match (&c.status, talked) {
        (CallStatus::Hangup, Some(ms)) if ms > 0 => parts.push(format::duration(ms)),
        (CallStatus::Hangup, _) => parts.push(format!("ended ({})", c.hangup_reason)),
        (status, _) => parts.push(status.to_string()),
    }
    let queue = c.destination.target_name.trim();
    if !queue.is_empty() && c.direction != Direction::Outgoing {
        parts.push(queue.to_string());
    }
    parts.retain(|p| !p.is_empty());
    parts.join(" · ")
}
