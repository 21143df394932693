//! Help requests on top of the wall screen: who asks, about which call, for how long, in the
//! words of the request (text, never HTML); "Take" answers in the request's thread, "Listen"
//! opens the call. The agent's tile shows a raised hand while its request is open.
//! The requests are derived from the Help channel (`crate::help`), which the dashboard joins:
//! talk events reach participants only.

use super::listen_panel::ListenButton;
use super::metrics::agent_name;
use crate::help::{Help, HelpRequest, HelpState};
use crate::i18n::tr;
use crate::session::Session;
use crate::state::DeskState;
use crate::store::Store;
use crate::supervise::Listener;
use crate::t;
use crate::views::use_now;
use leptos::prelude::*;
use std::collections::HashSet;

/// A request whose call the dashboard does not know is taken as over after this long (the
/// requester's desk may have closed before saying so).
const UNKNOWN_CALL_GRACE_MS: i64 = 10 * 60_000;
/// Ended requests stay listed this long after they were made, the newest few.
const ENDED_SHOWN_MS: i64 = 30 * 60_000;
const ENDED_SHOWN: usize = 5;

/// The requests the dashboard shows, and the agents whose hand is up.
#[derive(Clone, Copy)]
pub struct HelpBoard {
    pub requests: Memo<Vec<HelpRequest>>,
    pub raised: Memo<HashSet<String>>,
}

/// Joins the Help channel and derives the requests; provided for the agents board.
pub fn use_help_board(session: &Session, desk: DeskState) -> HelpBoard {
    let auth = RwSignal::new(Some(session.clone()));
    let help = Help::new(auth, desk);
    provide_context(help);
    help.open();
    let requests = Memo::new(move |_| {
        let now = js_sys::Date::now() as i64;
        desk.calls.track();
        let all = help.requests(|s, request| call_over(s, request, now));
        shown(all, now)
    });
    let raised = Memo::new(move |_| {
        requests.with(|r| {
            r.iter()
                .filter(|r| r.state == HelpState::Open)
                .map(|r| r.agent_id.clone())
                .collect()
        })
    });
    let board = HelpBoard { requests, raised };
    provide_context(board);
    board
}

fn call_over(s: &Store, request: &HelpRequest, now: i64) -> bool {
    match s.calls.get(&request.call_id) {
        Some(call) => call.status == voipbin_protocol::CallStatus::Hangup,
        None => crate::format::since(&request.tm_create, now)
            .is_some_and(|age| age > UNKNOWN_CALL_GRACE_MS),
    }
}

/// Open and taken requests, then the few newest recently ended ones; oldest first.
fn shown(all: Vec<HelpRequest>, now: i64) -> Vec<HelpRequest> {
    let recent_ended: Vec<String> = all
        .iter()
        .rev()
        .filter(|r| r.state == HelpState::Ended)
        .filter(|r| crate::format::since(&r.tm_create, now).is_some_and(|age| age < ENDED_SHOWN_MS))
        .take(ENDED_SHOWN)
        .map(|r| r.id.clone())
        .collect();
    all.into_iter()
        .filter(|r| r.state != HelpState::Ended || recent_ended.contains(&r.id))
        .collect()
}

#[component]
pub fn HelpRequests(board: HelpBoard, my_name: String) -> impl IntoView {
    let help = expect_context::<Help>();
    let my_name = StoredValue::new(my_name);
    let open_count = move || {
        board
            .requests
            .with(|r| r.iter().filter(|r| r.state == HelpState::Open).count())
    };
    view! {
        <section class="card help-requests" data-testid="help-requests" aria-labelledby="help-title"
            data-open=open_count>
            <h2 id="help-title">{tr!("dash-help-title")} " " <span class="count">{open_count}</span></h2>
            {move || help.problem.get().map(|p| view! { <p class="error" role="alert">{p.view()}</p> })}
            <Show when=move || !board.requests.with(Vec::is_empty)
                fallback=|| view! { <p class="empty-state">{tr!("dash-help-empty")}</p> }>
                <ol class="help-list">
                    <For each=move || board.requests.get() key=|r| (r.id.clone(), r.state.clone()) let:request>
                        <HelpItem request my_name=my_name.get_value()/>
                    </For>
                </ol>
            </Show>
        </section>
    }
}

#[component]
fn HelpItem(request: HelpRequest, my_name: String) -> impl IntoView {
    let help = expect_context::<Help>();
    let desk = expect_context::<DeskState>();
    let now = use_now();
    let made = voipbin_protocol::parse_timestamp_ms(&request.tm_create);
    let who = |id: &str| desk.peek(|s| agent_name(s, id).to_string());
    let agent = who(&request.agent_id);
    let taken_by = match &request.state {
        HelpState::Taken(by) => Some(who(by)),
        _ => None,
    };
    let open = request.state == HelpState::Open;
    let listenable = request.state != HelpState::Ended;
    let call_id = Signal::stored(request.call_id.clone());
    let id = request.id.clone();
    let take = move |_| help.take(&id, &my_name);
    view! {
        <li class="help-request" data-testid="help-request" data-state=request.state.as_str()
            data-request-id=request.id.clone() data-call-id=request.call_id.clone()
            data-agent-id=request.agent_id.clone()>
            <div class="help-head">
                <b>"🙋 " {if agent.is_empty() {
                    tr!("dash-help-an-agent").into_any()
                } else {
                    view! { <span translate="no">{agent}</span> }.into_any()
                }}</b>
                <time class="help-age" title=tr!("dash-help-age")>
                    {move || made.map(|t| crate::format::duration(now.get() - t)).unwrap_or_default()}
                </time>
                <span class="help-state">{match &request.state {
                    HelpState::Open => tr!("dash-help-open").into_any(),
                    HelpState::Taken(_) => {
                        let by = taken_by.clone().unwrap_or_default();
                        (move || if by.is_empty() { t!("dash-help-taken") } else { t!("dash-help-taken-by", name = by.as_str()) })
                            .into_any()
                    }
                    HelpState::Ended => tr!("dash-help-ended").into_any(),
                }}</span>
            </div>
            <p class="help-text">{request.text.clone()}</p>
            <div class="help-actions">
                <button class="primary" data-testid="help-take" disabled=!open on:click=take>{tr!("dash-help-take")}</button>
                {listenable.then(|| view! { <ListenButton call_id/> })}
            </div>
        </li>
    }
}

/// `/dashboard?listen=<call id>` (the link in a help request) starts listening to that call.
pub fn listen_from_link(listener: Listener) {
    let query = leptos_router::hooks::use_query_map();
    let id = query
        .with_untracked(|q| q.get("listen"))
        .unwrap_or_default();
    if crate::help::message::is_id(&id) {
        listener.listen(&id);
    }
}
