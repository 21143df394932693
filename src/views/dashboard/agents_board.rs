//! Every agent at a glance: status (colour and word), time in status, current call. Cards stay
//! in name order; a status change recolours a card in place.

use super::agent_status::{SetAgentStatus, StuckBusy};
use super::help_requests::HelpBoard;
use super::keyed_rows::{use_keyed_rows, Keyed};
use super::listen_panel::ListenButton;
use super::metrics::{self, AgentFilter, AgentRow};
use super::refresh::use_live_refresh;
use crate::format;
use crate::i18n::tr;
use crate::state::DeskState;
use crate::t;
use crate::views::status::status_words;
use crate::views::use_staggered_now;
use leptos::prelude::*;

const PAGE: usize = 120;

/// `can_set_status`: the user may set other agents' statuses (admin or manager).
#[component]
pub fn AgentsBoard(can_set_status: bool) -> impl IntoView {
    let desk = expect_context::<DeskState>();
    let filter = RwSignal::new(AgentFilter::All);
    let limit = RwSignal::new(PAGE);
    let refresh = use_live_refresh(vec![desk.agents, desk.calls, desk.queuecalls]);
    let page = Memo::new(move |_| {
        refresh.track();
        let (f, n) = (filter.get(), limit.get());
        refresh.measure(|| desk.peek(|s| metrics::agent_page(s, f, n)))
    });
    let counts_refresh = use_live_refresh(vec![desk.agents]);
    let counts = Memo::new(move |_| {
        counts_refresh.track();
        counts_refresh.measure(|| desk.peek(metrics::agent_counts))
    });
    let rows = use_keyed_rows(page, |p| &p.rows);
    let count_of = move |f: AgentFilter| {
        counts.with(|c| match f {
            AgentFilter::All => c.available + c.occupied() + c.away + c.offline + c.other,
            AgentFilter::Available => c.available,
            AgentFilter::OnCall => c.occupied(),
            AgentFilter::Away => c.away,
            AgentFilter::Offline => c.offline,
        })
    };

    view! {
        <section class="card dash-agents" aria-labelledby="agents-title">
            <div class="panel">
                <h2 id="agents-title">{tr!("dash-agents-title")}</h2>
                <div class="toolbar" role="group" aria-label=tr!("dash-agents-filter")>
                    {AgentFilter::ALL.into_iter().map(|f| view! {
                        <button class="chip" aria-pressed=move || (filter.get() == f).to_string()
                            data-filter=format!("{f:?}").to_lowercase()
                            on:click=move |_| filter.set(f)>
                            {tr(f.label())} " " <b>{move || count_of(f)}</b>
                        </button>
                    }).collect_view()}
                </div>
                <div class="panel-body">
                    <ul class="agent-grid scroller" data-testid="agents-board">
                        <For each=move || rows.ids.get() key=|id| id.clone() let:id>
                            {rows.row(&id).map(|row| view! { <AgentCard row id can_set_status/> })}
                        </For>
                    </ul>
                </div>
                <p class="table-foot">
                    <span>{move || page.with(|p| t!("dash-showing", shown = p.rows.len(), total = p.matching))}</span>
                    <Show when=move || page.with(|p| p.rows.len() < p.matching)>
                        <button class="link" data-testid="agents-more" on:click=move |_| limit.update(|n| *n += PAGE)>{tr!("dash-show-more")}</button>
                    </Show>
                </p>
            </div>
        </section>
    }
}

impl Keyed for AgentRow {
    fn key(&self) -> &str {
        &self.id
    }
}

/// Each part of the card follows its own field (memos), so a change of one (the call's status, the
/// time in status) redraws that part alone: with every part reading the whole row, each change
/// re-ran the card's dozen closures and rebuilt its Listen button.
#[component]
fn AgentCard(row: Signal<AgentRow>, id: String, can_set_status: bool) -> impl IntoView {
    let now = use_staggered_now(&id);
    let help = use_context::<HelpBoard>();
    let hand_id = id.clone();
    let hand_up = move || help.is_some_and(|h| h.raised.with(|r| r.contains(&hand_id)));
    let name = Memo::new(move |_| row.with(|r| r.name.clone()));
    let status = Memo::new(move |_| row.with(|r| r.status.clone()));
    let since_ms = Memo::new(move |_| row.with(|r| r.since_ms));
    let call = Memo::new(move |_| row.with(|r| r.call.clone()));
    let call_id = Memo::new(move |_| call.with(|c| c.as_ref().map(|c| c.call_id.clone())));
    let control_id = id.clone();
    let stuck_id = id.clone();
    view! {
        <li class="agent-card" data-agent-id=id data-status=move || status.with(ToString::to_string)>
            <span class="agent-head">
                <span class="agent-name" translate="no">{name}</span>
                <Show when=hand_up.clone()>
                    <span class="raised-hand" data-testid="raised-hand" role="img" aria-label=tr!("dash-hand-raised") title=tr!("dash-hand-raised")>"🙋"</span>
                </Show>
                {can_set_status.then(|| view! { <SetAgentStatus name id=control_id/> })}
            </span>
            <span class="agent-state">
                <span class="dot" aria-hidden="true"></span>
                {move || status.with(status_words)}
                " "
                <time class="since">{move || since_ms.get().map(|t| format::duration(now.get() - t)).unwrap_or_default()}</time>
            </span>
            <span class="agent-call" data-call-id=move || call_id.get().unwrap_or_default()>
                <span translate="no">{move || call.with(|c| c.as_ref().map(|c| c.party.clone()).unwrap_or_default())}</span>
                " "
                <time>{move || call.with(|c| c.as_ref().and_then(|c| c.since_ms)).map(|t| format::duration(now.get() - t)).unwrap_or_default()}</time>
                {can_set_status.then(|| view! { <StuckBusy row id=stuck_id/> })}
            </span>
            {move || call_id.get().map(|id| view! { <ListenButton call_id=id/> })}
        </li>
    }
}
