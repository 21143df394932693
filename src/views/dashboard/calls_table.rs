//! Every active call: sortable, filterable, capped with "show more". Rows are keyed by call id
//! and each cell reads its own slice of the row, so an update rewrites a text node in place; the
//! order is total (id breaks ties), so rows only move when their sort key changes.

use super::keyed_rows::{use_keyed_rows, Keyed};
use super::listen_panel::ListenButton;
use super::metrics::{self, CallQuery, CallRow, CallSort};
use super::refresh::use_live_refresh;
use crate::format;
use crate::i18n::tr;
use crate::state::DeskState;
use crate::t;
use crate::views::use_staggered_now;
use leptos::prelude::*;
use voipbin_protocol::{CallStatus, Direction};

const PAGE: usize = 50;

#[component]
pub fn ActiveCalls() -> impl IntoView {
    let desk = expect_context::<DeskState>();
    let query = RwSignal::new(CallQuery {
        limit: PAGE,
        ..CallQuery::default()
    });
    let refresh = use_live_refresh(vec![desk.calls, desk.queuecalls, desk.queues, desk.agents]);
    let page = Memo::new(move |_| {
        refresh.track();
        query.with(|q| refresh.measure(|| desk.peek(|s| metrics::call_page(s, q))))
    });
    let rows = use_keyed_rows(page, |p| &p.rows);

    let sort_by = move |sort: CallSort| {
        query.update(|q| {
            if q.sort == sort {
                q.descending = !q.descending;
            } else {
                q.sort = sort;
                q.descending = sort == CallSort::Duration;
            }
        })
    };
    let aria_sort = move |sort: CallSort| {
        query.with(|q| match (q.sort == sort, q.descending) {
            (false, _) => "none",
            (true, true) => "descending",
            (true, false) => "ascending",
        })
    };

    view! {
        <section class="card dash-calls" aria-labelledby="calls-title">
            <div class="panel">
                <h2 id="calls-title">{tr!("dash-calls-title")}
                    <span class="count" data-testid="active-calls-count">{move || page.with(|p| p.active)}</span>
                </h2>
                <div class="toolbar" role="search">
                    <input type="search" placeholder=tr!("dash-calls-filter-hint") aria-label=tr!("dash-calls-filter")
                        data-testid="calls-filter"
                        prop:value=move || query.with(|q| q.text.clone())
                        on:input=move |e| { let v = event_target_value(&e); query.update(|q| q.text = v) }/>
                    <select aria-label=tr!("dash-calls-status") data-testid="calls-status"
                        on:change=move |e| {
                            let v = event_target_value(&e);
                            query.update(|q| q.status = (!v.is_empty()).then(|| CallStatus::parse(&v)))
                        }>
                        <option value="">{tr!("dash-calls-any-status")}</option>
                        {["dialing", "ringing", "progressing", "terminating", "canceling"].into_iter()
                            .map(|s| view! { <option value=s>{move || status_label(&CallStatus::parse(s))}</option> }).collect_view()}
                    </select>
                    <select aria-label=tr!("dash-calls-direction") data-testid="calls-direction"
                        on:change=move |e| {
                            let v = event_target_value(&e);
                            query.update(|q| q.direction = (!v.is_empty()).then(|| Direction::parse(&v)))
                        }>
                        <option value="">{tr!("dash-calls-any-direction")}</option>
                        <option value="incoming">{tr!("dash-calls-incoming")}</option>
                        <option value="outgoing">{tr!("dash-calls-outgoing")}</option>
                    </select>
                </div>
                <div class="panel-body"><div class="scroller">
                    <table data-testid="active-calls" class="dash-table calls fixed-rows" role="table">
                        <thead role="rowgroup">
                            <tr role="row">
                                {CallSort::ALL.into_iter().map(|sort| view! {
                                    <th scope="col" role="columnheader" aria-sort=move || aria_sort(sort)
                                        class=if sort == CallSort::Duration { "num" } else { "" }>
                                        <button class="sort" data-sort=format!("{sort:?}").to_lowercase()
                                            on:click=move |_| sort_by(sort)>
                                            {tr(sort.label())}
                                            <span aria-hidden="true" class="arrow">{move || match aria_sort(sort) {
                                                "descending" => "▼", "ascending" => "▲", _ => "",
                                            }}</span>
                                        </button>
                                    </th>
                                }).collect_view()}
                                <th scope="col" role="columnheader"><span class="visually-hidden">{tr!("dash-listen")}</span></th>
                            </tr>
                        </thead>
                        <tbody role="rowgroup">
                            <For each=move || rows.ids.get() key=|id| id.clone() let:id>
                                {rows.row(&id).map(|row| view! { <CallRowView row id/> })}
                            </For>
                        </tbody>
                    </table>
                </div></div>
                <p class="table-foot">
                    <span data-testid="calls-shown">{move || page.with(|p| {
                        if p.matching == p.active {
                            t!("dash-showing", shown = p.rows.len(), total = p.matching)
                        } else {
                            t!("dash-showing-matching", shown = p.rows.len(), total = p.matching, active = p.active)
                        }
                    })}</span>
                    <Show when=move || page.with(|p| p.rows.len() < p.matching)>
                        <button class="link" data-testid="calls-more"
                            on:click=move |_| query.update(|q| q.limit += PAGE)>{move || t!("dash-show-n-more", count = PAGE)}</button>
                        <button class="link" on:click=move |_| query.update(|q| q.limit = usize::MAX / 2)>{tr!("dash-show-all")}</button>
                    </Show>
                    <Show when=move || query.with(|q| q.limit > PAGE)>
                        <button class="link" on:click=move |_| query.update(|q| q.limit = PAGE)>{tr!("dash-show-fewer")}</button>
                    </Show>
                </p>
            </div>
        </section>
    }
}

impl Keyed for CallRow {
    fn key(&self) -> &str {
        &self.id
    }
}

#[component]
fn CallRowView(row: Signal<CallRow>, id: String) -> impl IntoView {
    let now = use_staggered_now(&id);
    let id_for_listen = Signal::stored(id.clone());
    view! {
        <tr role="row" data-call-id=id data-status=move || row.with(|r| r.status.to_string())>
            <td role="cell" data-col="direction" title=move || row.with(|r| direction_name(&r.direction))>
                {move || row.with(|r| direction_label(&r.direction))}
            </td>
            <td role="cell" data-col="from" translate="no" title=move || row.with(|r| r.from.clone())>{move || row.with(|r| r.from.clone())}</td>
            <td role="cell" data-col="to" translate="no" title=move || row.with(|r| r.to.clone())>{move || row.with(|r| r.to.clone())}</td>
            <td role="cell" data-col="status"><span class=move || row.with(|r| format!("call-status s-{}", r.status))>
                {move || row.with(|r| status_label(&r.status))}</span></td>
            <td role="cell" data-col="duration" class="num">
                {move || row.with(|r| r.created_ms).map(|t| format::duration(now.get() - t)).unwrap_or_default()}
            </td>
            <td role="cell" data-col="agent" translate="no">{move || row.with(|r| r.agent.clone())}</td>
            <td role="cell" data-col="queue" translate="no">{move || row.with(|r| r.queue.clone())}</td>
            <td role="cell" data-col="listen"><ListenButton call_id=id_for_listen/></td>
        </tr>
    }
}

/// Tracked: called inside the cell's closure.
fn direction_label(d: &Direction) -> String {
    match d {
        Direction::Incoming => t!("dash-direction-in"),
        Direction::Outgoing => t!("dash-direction-out"),
        Direction::Other(_) => "·".into(),
    }
}

/// The direction in full, for the tooltip (tracked).
fn direction_name(d: &Direction) -> String {
    match d {
        Direction::Incoming => t!("dash-calls-incoming"),
        Direction::Outgoing => t!("dash-calls-outgoing"),
        Direction::Other(o) => o.clone(),
    }
}

/// The status in words (tracked); a status VoIPBIN does not define is shown as it is.
pub fn status_label(s: &CallStatus) -> String {
    match s {
        CallStatus::Dialing => t!("dash-call-dialing"),
        CallStatus::Ringing => t!("dash-call-ringing"),
        CallStatus::Progressing => t!("dash-call-talking"),
        CallStatus::Terminating => t!("dash-call-ending"),
        CallStatus::Canceling => t!("dash-call-canceling"),
        CallStatus::Hangup => t!("dash-call-ended"),
        CallStatus::Other(o) => o.clone(),
    }
}
