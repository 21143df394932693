//! The queues' figures from a server that never sends queue events (the deployed VoIPBIN keeps
//! queue_updated inside the platform: bin-queue-manager/pkg/queuehandler/db.go): `GET
//! /v1.0/queues` every few seconds while the page is visible, merged into the store against the
//! queuecall events taken meanwhile (`Store::merge_queue_poll`).

use crate::api::Api;
use crate::state::{is_hidden, now_ms, DeskState};
use leptos::prelude::*;
use std::time::Duration;
use voipbin_protocol::{Resource, ResourceKind};

/// One list request per period: a handful of queues fit one page.
pub const QUEUE_POLL_MS: u64 = 5_000;

/// What the page shows about the polled figures.
#[derive(Clone, Copy)]
pub struct QueuePoll {
    /// When the last poll's answer was merged (ms).
    pub merged_at_ms: RwSignal<Option<i64>>,
    /// The last poll failed: the figures are older than they should be.
    pub failing: RwSignal<bool>,
}

/// Polls while the calling component lives (stops on its cleanup).
pub fn use_queue_poll(api: Api, desk: DeskState) -> QueuePoll {
    let poll = QueuePoll {
        merged_at_ms: RwSignal::new(None),
        failing: RwSignal::new(false),
    };
    let in_flight = StoredValue::new(false);
    let fetch = move || {
        if is_hidden() || in_flight.try_get_value().unwrap_or(true) {
            return;
        }
        in_flight.set_value(true);
        let api = api.clone();
        leptos::task::spawn_local(async move {
            let requested_at = desk.peek(|s| s.queue_poll_started());
            let listed = api.list("/v1.0/queues", ResourceKind::Queue).await;
            let _ = in_flight.try_set_value(false);
            let Ok(listed) = listed else {
                let _ = poll.failing.try_set(true);
                return;
            };
            let queues = listed
                .items
                .into_iter()
                .filter_map(|r| match r {
                    Resource::Queue(q) => Some(q),
                    _ => None,
                })
                .collect();
            desk.update(|s| s.merge_queue_poll(queues, requested_at));
            let _ = poll.failing.try_set(false);
            let _ = poll.merged_at_ms.try_set(Some(now_ms()));
        });
    };
    fetch();
    let timer = set_interval_with_handle(fetch.clone(), Duration::from_millis(QUEUE_POLL_MS)).ok();
    // Back to a hidden tab: old figures are refreshed at once, not up to a period later.
    let on_visible = window_event_listener_untyped("visibilitychange", move |_| {
        let stale = poll
            .merged_at_ms
            .get_untracked()
            .is_none_or(|t| now_ms() - t >= QUEUE_POLL_MS as i64);
        if stale {
            fetch();
        }
    });
    on_cleanup(move || {
        if let Some(timer) = timer {
            timer.clear();
        }
        on_visible.remove();
    });
    poll
}
