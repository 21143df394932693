//! Per-queue figures: callers waiting (with the longest waits named), in service, serviced and
//! abandoned. Rows are keyed by queue and redrawn cell by cell, so the table never flickers.

use super::keyed_rows::{use_keyed_rows, Keyed};
use super::metrics::{QueueBoard, QueueRow};
use crate::format;
use crate::live::QueuePoll;
use crate::views::use_now;
use leptos::prelude::*;

/// Older figures than this (a few missed polls) are flagged.
const STALE_AFTER_MS: i64 = 15_000;

#[component]
pub fn QueueStats(poll: QueuePoll, board: Memo<QueueBoard>) -> impl IntoView {
    let now = use_now();
    let age_ms = move || poll.merged_at_ms.get().map(|t| (now.get() - t).max(0));
    let keyed = use_keyed_rows(board, |b| b.rows.as_slice());
    let ids = keyed.ids;

    view! {
        <section class="card dash-queues" aria-labelledby="queues-title">
            <div class="panel">
                <div class="panel-head">
                    <h2 id="queues-title">"Queues" <span class="count">{move || ids.with(Vec::len)}</span></h2>
                    <small class="figures-age" data-testid="queue-figures-age" aria-live="off"
                        data-age-ms=move || age_ms().map(|ms| ms.to_string()).unwrap_or_default()
                        data-tone=move || if poll.failing.get() || age_ms().is_some_and(|ms| ms >= STALE_AFTER_MS) { "warn" } else { "" }
                        title="VoIPBIN sends no queue events: the queues are read every 5 s, and queue-call events move the figures in between">
                        {move || match age_ms() {
                            None => "Reading queues…".to_string(),
                            Some(ms) if poll.failing.get() => format!("Read {} s ago, retrying", ms / 1000),
                            Some(ms) => format!("Read {} s ago", ms / 1000),
                        }}
                    </small>
                </div>
                <div class="panel-body"><div class="scroller">
                    <table data-testid="queue-stats" class="dash-table queues fixed-rows" role="table">
                        <thead role="rowgroup">
                            <tr role="row">
                                <th scope="col" role="columnheader">"Queue"</th>
                                // Short words, so that six columns fit a third of a wall screen;
                                // the full name is the label and the tooltip.
                                <th scope="col" role="columnheader" class="num" aria-label="Waiting" title="Callers waiting">"Wait"</th>
                                <th scope="col" role="columnheader" class="num" aria-label="Longest wait" title="Longest wait">"Max wait"</th>
                                <th scope="col" role="columnheader" class="num" aria-label="In service" title="Callers talking to an agent">"On call"</th>
                                <th scope="col" role="columnheader" class="num" aria-label="Serviced" title="Callers answered (the queue's total)">"Served"</th>
                                <th scope="col" role="columnheader" class="num" aria-label="Abandoned" title="Callers who hung up while waiting">"Lost"</th>
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
