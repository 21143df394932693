//! Who is on the line: the selected call's customer, their earlier calls and their messages, as
//! far as the store knows them (this shift's events and the last resync).

use super::selectors::{self, DeskCall};
use super::{data, dotted, short_when, with_data, DeskUi};
use crate::format;
use crate::i18n::{number, tr};
use crate::msg;
use crate::state::DeskState;
use crate::t;
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
        <div class="pane-head"><h2 id="context-title">{tr!("desk-customer")}</h2></div>
        {move || match context.get() {
            None => view! {
                <p class="empty-state">{tr!("desk-customer-empty")}</p>
            }.into_any(),
            Some(ctx) => {
                let name = ctx.name.clone();
                let phone_number = ctx.number.clone();
                let (total_calls, total_sms) = (ctx.total_calls, ctx.total_sms);
                let calls = ctx.calls.clone();
                let threads = ctx.threads.clone();
                let sms = ctx.sms.clone();
                view! {
                    <div class="customer" data-testid="customer-context">
                        {if name.is_empty() {
                            view! { <p class="customer-name">{tr!("desk-unknown-caller")}</p> }.into_any()
                        } else {
                            view! { <p class="customer-name" translate="no">{name}</p> }.into_any()
                        }}
                        <p class="customer-number mono" translate="no">{phone_number.clone()}
                            " " <crate::views::phone::CallButton number=Signal::derive(move || phone_number.clone())/>
                        </p>
                        <h3>{tr!("desk-earlier-calls")} " (" {move || number(total_calls as f64)} ")"</h3>
                        {if calls.is_empty() {
                            view! { <p class="hint">{tr!("desk-no-earlier-calls")}</p> }.into_any()
                        } else {
                            view! {
                                <ul class="history" data-testid="context-calls">
                                    {calls.into_iter().map(|c| view! { <li>{move || call_summary(&c)}</li> }).collect_view()}
                                </ul>
                            }.into_any()
                        }}
                        <h3>{tr!("desk-conversations")}</h3>
                        {if threads.is_empty() {
                            view! { <p class="hint">{tr!("desk-no-threads")}</p> }.into_any()
                        } else {
                            view! {
                                <ul class="history">
                                    {threads.into_iter().map(|t| {
                                        let id = t.id.clone();
                                        let (peer, _) = selectors::peer_of(&t);
                                        view! {
                                            <li>
                                                <button class="link" on:click=move |_| open_thread(id.clone())>
                                                    {with_data(msg!("desk-open-thread-with"), vec![("name", peer)])}
                                                </button>
                                                <span class="hint">" · " {let at = t.tm_update.clone(); move || short_when(&at)}</span>
                                            </li>
                                        }
                                    }).collect_view()}
                                </ul>
                            }.into_any()
                        }}
                        <h3>{tr!("desk-text-messages")} " (" {move || number(total_sms as f64)} ")"</h3>
                        {if sms.is_empty() {
                            view! { <p class="hint">{tr!("desk-no-text-messages")}</p> }.into_any()
                        } else {
                            view! {
                                <ul class="history">
                                    {sms.into_iter().map(|m| {
                                        let way = if m.direction == MessageDirection::Inbound { msg!("desk-sms-from-them") } else { msg!("desk-sms-to-them") };
                                        let at = m.tm_create.clone();
                                        view! {
                                            <li>
                                                <span class="hint">{move || short_when(&at)} " · " {tr(way)}</span>
                                                <p class="quote" translate="no">{m.text.clone()}</p>
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

/// `11/23/2026, 10:02 · inbound · 3:12 · Support` (or how it ended), in the agent's language
/// (tracked).
/// VoIPBIN's words (status, hang-up reason, queue) as they are.
fn call_summary(c: &Call) -> Vec<AnyView> {
    let mut parts = Vec::new();
    let when = short_when(&c.tm_create);
    if !when.is_empty() {
        parts.push(when.into_any());
    }
    parts.push(
        if c.direction == Direction::Outgoing {
            t!("desk-outbound")
        } else {
            t!("desk-inbound")
        }
        .into_any(),
    );
    let talked = selectors::tm(&c.tm_hangup)
        .zip(selectors::tm(&c.tm_progressing))
        .map(|(h, p)| h - p);
    match (&c.status, talked) {
        (CallStatus::Hangup, Some(ms)) if ms > 0 => parts.push(format::duration(ms).into_any()),
        (CallStatus::Hangup, _) => parts.push(
            with_data(
                msg!("desk-call-ended-reason"),
                vec![("reason", c.hangup_reason.to_string())],
            )
            .into_any(),
        ),
        (status, _) => parts.push(data(status.to_string())),
    }
    let queue = c.destination.target_name.trim();
    if !queue.is_empty() && c.direction != Direction::Outgoing {
        parts.push(data(queue.to_string()));
    }
    dotted(parts)
}
