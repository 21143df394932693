//! Per-queue figures: callers waiting (with the longest waits named), in service, serviced and
//! abandoned. Rows are keyed by queue and redrawn cell by cell, so the table never flickers.

use super::keyed_rows::{use_keyed_rows, Keyed};
use super::metrics::{self, QueueRow};
use super::refresh::{use_refresh, LIVE};
use crate::format;
use crate::state::DeskState;
use crate::views::use_now;
use leptos::prelude::*;

/// Waiting callers named per queue; the count says how many more there are.
const CALLERS_SHOWN: usize = 4;

#[component]
pub fn QueueStats() -> impl IntoView {
    let desk = expect_context::<DeskState>();
    let tick = use_refresh(vec![desk.queues, desk.queuecalls], LIVE);
    let rows = Memo::new(move |_| {
        tick.track();
        desk.peek(|s| metrics::queue_rows(s, CALLERS_SHOWN))
    });
    let keyed = use_keyed_rows(rows, |r| r.as_slice());
    let ids = keyed.ids;

    view! {
        <section class="card dash-queues" aria-labelledby="queues-title">
            <div class="panel">
                <h2 id="queues-title">"Queues" <span class="count">{move || ids.with(Vec::len)}</span></h2>
                <div class="panel-body"><div class="scroller">
                    <table data-testid="queue-stats" class="dash-table queues fixed-rows" role="table">
                        <thead role="rowgroup">
                            <tr role="row">
                                <th scope="col" role="columnheader">"Queue"</th>
                                <th scope="col" role="columnheader" class="num">"Waiting"</th>
                                <th scope="col" role="columnheader" class="num">"Longest"</th>
                                <th scope="col" role="columnheader" class="num">"In service"</th>
                                <th scope="col" role="columnheader" class="num">"Serviced"</th>
                                <th scope="col" role="columnheader" class="num">"Abandoned"</th>
                                // Under each row, across its width.
                                <th scope="col" role="columnheader" class="visually-hidden">"Longest-waiting callers"</th>
                            </tr>
                        </thead>
                        <tbody role="rowgroup">
                            <For each=move || ids.get() key=|id| id.clone() let:id>
                                {keyed.row(&id).map(|row| view! { <QueueRowView row id/> })}
                            </For>
                        </tbody>
                    </table>
                </div></div>
                <Show when=move || ids.with(Vec::is_empty)>
                    <p class="empty">"No queues yet."</p>
                </Show>
            </div>
        </section>
    }
}

impl Keyed for QueueRow {
    fn key(&self) -> &str {
        &self.id
    }
}

#[component]
fn QueueRowView(row: Signal<QueueRow>, id: String) -> impl IntoView {
    let now = use_now();
    let longest = move || {
        row.with(|r| r.oldest_since_ms)
            .map(|t| (now.get() - t).max(0))
    };
    let callers = Memo::new(move |_| row.with(|r| r.callers.clone()));
    let more = move || row.with(|r| r.waiting.saturating_sub(r.callers.len()));
    view! {
        <tr role="row" data-queue-id=id data-waiting=move || row.with(|r| r.waiting.to_string())
            data-tone=move || match longest() { Some(ms) if ms >= 120_000 => "bad", Some(ms) if ms >= 30_000 => "warn", _ => "" }>
            <th scope="row" role="rowheader" class="queue-name">{move || row.with(|r| r.name.clone())}</th>
            <td role="cell" class="num big" data-col="waiting">{move || row.with(|r| r.waiting)}</td>
            <td role="cell" class="num" data-col="longest">{move || longest().map(format::duration).unwrap_or_else(|| "—".into())}</td>
            <td role="cell" class="num" data-col="in-service">{move || row.with(|r| r.in_service)}</td>
            <td role="cell" class="num" data-col="serviced">{move || row.with(|r| r.serviced)}</td>
            <td role="cell" class="num" data-col="abandoned">{move || row.with(|r| r.abandoned)}</td>
            <td role="cell" class="callers" data-col="callers">
                    <For each=move || callers.get() key=|c| (c.queuecall_id.clone(), c.connecting) let:c>
                        <span class="caller-chip" data-queuecall-id=c.queuecall_id.clone() data-connecting=c.connecting.to_string()
                            title=if c.connecting { "An agent's phone is ringing" } else { "Waiting" }>
                            <span class="who">{c.caller.clone()}</span>
                            <time>{move || c.since_ms.map(|t| format::duration(now.get() - t)).unwrap_or_default()}</time>
                        </span>
                    </For>
                {move || { let n = more(); (n > 0).then(|| view! { <span class="more">{format!("+{n} more")}</span> }) }}
            </td>
        </tr>
    }
}
