//! Per-queue figures: callers waiting (with the longest waits named), in service, serviced and
//! abandoned. Rows are keyed by queue and redrawn cell by cell, so the table never flickers.

use super::keyed_rows::{use_keyed_rows, Keyed};
use super::metrics::{QueueBoard, QueueRow};
use crate::format;
use crate::i18n::tr;
use crate::live::QueuePoll;
use crate::t;
use crate::views::{use_now, use_staggered_now};
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
                    <h2 id="queues-title">{tr!("dash-queues-title")} <span class="count">{move || ids.with(Vec::len)}</span></h2>
                    <small class="figures-age" data-testid="queue-figures-age" aria-live="off"
                        data-age-ms=move || age_ms().map(|ms| ms.to_string()).unwrap_or_default()
                        data-tone=move || if poll.failing.get() || age_ms().is_some_and(|ms| ms >= STALE_AFTER_MS) { "warn" } else { "" }
                        title=tr!("dash-queues-age-hint")>
                        {move || match age_ms() {
                            None => t!("dash-queues-reading"),
                            Some(ms) if poll.failing.get() => t!("dash-queues-read-retrying", seconds = ms / 1000),
                            Some(ms) => t!("dash-queues-read", seconds = ms / 1000),
                        }}
                    </small>
                </div>
                <div class="panel-body"><div class="scroller">
                    <table data-testid="queue-stats" class="dash-table queues fixed-rows" role="table">
                        <thead role="rowgroup">
                            <tr role="row">
                                <th scope="col" role="columnheader">{tr!("dash-queues-col-queue")}</th>
                                // Short words, so that six columns fit a third of a wall screen;
                                // the full name is the label and the tooltip.
                                <th scope="col" role="columnheader" class="num" aria-label=tr!("dash-queues-col-waiting") title=tr!("dash-queues-col-waiting-hint")>{tr!("dash-queues-col-waiting-short")}</th>
                                <th scope="col" role="columnheader" class="num" aria-label=tr!("dash-queues-col-longest") title=tr!("dash-queues-col-longest")>{tr!("dash-queues-col-longest-short")}</th>
                                <th scope="col" role="columnheader" class="num" aria-label=tr!("dash-queues-col-in-service") title=tr!("dash-queues-col-in-service-hint")>{tr!("dash-queues-col-in-service-short")}</th>
                                <th scope="col" role="columnheader" class="num" aria-label=tr!("dash-queues-col-serviced") title=tr!("dash-queues-col-serviced-hint")>{tr!("dash-queues-col-serviced-short")}</th>
                                <th scope="col" role="columnheader" class="num" aria-label=tr!("dash-queues-col-abandoned") title=tr!("dash-queues-col-abandoned-hint")>{tr!("dash-queues-col-abandoned-short")}</th>
                                // Under each row, across its width.
                                <th scope="col" role="columnheader" class="visually-hidden">{tr!("dash-queues-col-callers")}</th>
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
                    <p class="empty">{tr!("dash-queues-empty")}</p>
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
    let now = use_staggered_now(&id);
    let longest = move || {
        row.with(|r| r.oldest_since_ms)
            .map(|t| (now.get() - t).max(0))
    };
    let callers = Memo::new(move |_| row.with(|r| r.callers.clone()));
    let more = move || row.with(|r| r.waiting.saturating_sub(r.callers.len()));
    view! {
        <tr role="row" data-queue-id=id data-waiting=move || row.with(|r| r.waiting.to_string())
            data-tone=move || match longest() { Some(ms) if ms >= 120_000 => "bad", Some(ms) if ms >= 30_000 => "warn", _ => "" }>
            <th scope="row" role="rowheader" class="queue-name" translate="no">{move || row.with(|r| r.name.clone())}</th>
            <td role="cell" class="num big" data-col="waiting">{move || row.with(|r| r.waiting)}</td>
            <td role="cell" class="num" data-col="longest">{move || longest().map(format::duration).unwrap_or_else(|| "—".into())}</td>
            <td role="cell" class="num" data-col="in-service">{move || row.with(|r| r.in_service)}</td>
            <td role="cell" class="num" data-col="serviced">{move || row.with(|r| r.serviced)}</td>
            <td role="cell" class="num" data-col="abandoned">{move || row.with(|r| r.abandoned)}</td>
            <td role="cell" class="callers" data-col="callers">
                    <For each=move || callers.get() key=|c| (c.queuecall_id.clone(), c.connecting) let:c>
                        // A chip is remade when its caller's state changes: its words are taken then.
                        <span class="caller-chip" data-queuecall-id=c.queuecall_id.clone() data-connecting=c.connecting.to_string()
                            title=if c.connecting { t!("dash-chip-connecting") } else { t!("dash-chip-waiting") }>
                            {if c.caller.is_empty() {
                                view! { <span class="who">{t!("dash-caller-unnamed")}</span> }.into_any()
                            } else {
                                view! { <span class="who" translate="no">{c.caller.clone()}</span> }.into_any()
                            }}
                            <time>{move || c.since_ms.map(|t| format::duration(now.get() - t)).unwrap_or_default()}</time>
                        </span>
                    </For>
                {move || { let n = more(); (n > 0).then(|| view! { <span class="more">{t!("dash-queues-more", count = n)}</span> }) }}
            </td>
        </tr>
    }
}
