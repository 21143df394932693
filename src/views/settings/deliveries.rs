//! "Send test event" and the recent delivery log. Both are the stand-in's own endpoints
//! (`/v1.0/sim/…`): a server that answers 404 (the real VoIPBIN) does not offer them, so the
//! section disappears; a 403 says why it is not shown.

use super::explain;
use crate::api::{self, Api, ApiError};
use leptos::prelude::*;
use serde_json::Value;
use std::time::Duration;

const REFRESH_MS: u64 = 3000;
const SHOWN: usize = 50;

#[derive(Clone, Debug, PartialEq)]
enum Log {
    Loading,
    /// The server has no delivery log (404).
    Absent,
    Refused(String),
    Failed(String),
    Ready(Vec<Delivery>),
}

/// One delivery attempt as the log reports it; the fields are read leniently.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Delivery {
    pub key: String,
    pub at: String,
    pub event: String,
    pub method: String,
    pub uri: String,
    pub result: String,
    pub ok: Option<bool>,
    pub attempts: String,
}

#[component]
pub fn Deliveries(api: Api, admin: bool) -> impl IntoView {
    let log = RwSignal::new(Log::Loading);
    let test_note = RwSignal::new(None::<(bool, String)>);
    let sending = RwSignal::new(false);

    // Stored, so that every handler below is `Copy` and can sit in nested `Show`s.
    let api = StoredValue::new(api);
    let load = {
        move || {
            let Some(api) = api.try_get_value() else {
                return;
            };
            leptos::task::spawn_local(async move {
                let next = match api::webhook_deliveries(&api).await {
                    Ok(items) => Log::Ready(newest_first(&items)),
                    Err(ApiError::NotFound(_)) => Log::Absent,
                    Err(e @ ApiError::Forbidden(_)) => {
                        Log::Refused(explain(&e, "show the delivery log"))
                    }
                    Err(e) => Log::Failed(explain(&e, "load the delivery log")),
                };
                let _ = log.try_set(next);
            });
        }
    };
    load();
    {
        if let Ok(handle) = set_interval_with_handle(
            move || {
                let live = log.try_with_untracked(|l| matches!(l, Log::Ready(_) | Log::Failed(_)));
                if live == Some(true) && !is_hidden() {
                    load();
                }
            },
            Duration::from_millis(REFRESH_MS),
        ) {
            on_cleanup(move || handle.clear());
        }
    }

    let send_test = {
        move |_| {
            let Some(api) = api.try_get_value() else {
                return;
            };
            sending.set(true);
            test_note.set(None);
            leptos::task::spawn_local(async move {
                let note = match api::send_test_webhook(&api).await {
                    Ok(()) => (
                        true,
                        "Test event sent. Its delivery appears in the log below.".to_string(),
                    ),
                    Err(e) => (false, explain(&e, "send a test event")),
                };
                let _ = test_note.try_set(Some(note));
                let _ = sending.try_set(false);
                // The stand-in answers once the attempt is over, so the log already has it.
                load();
            });
        }
    };
    let absent = move || log.with(|l| *l == Log::Absent);

    view! {
        <Show when=move || !absent()>
            <section class="card settings-card" aria-labelledby="deliveries-title" data-testid="webhook-deliveries-section">
                <h2 id="deliveries-title">"Recent deliveries"</h2>
                <Show when=move || admin>
                    <div class="actions">
                        <button type="button" data-testid="webhook-test" disabled=move || sending.get() on:click=send_test>
                            {move || if sending.get() { "Sending…" } else { "Send test event" }}
                        </button>
                        <span data-testid="webhook-test-status" role="status"
                            class=move || match test_note.get() { Some((false, _)) => "error", _ => "hint" }>
                            {move || test_note.get().map(|(_, m)| m)}
                        </span>
                    </div>
                </Show>
                {move || match log.get() {
                    Log::Loading => view! { <p class="hint">"Loading the delivery log…"</p> }.into_any(),
                    Log::Absent => ().into_any(),
                    Log::Refused(m) => view! { <p class="notice" role="alert" data-testid="webhook-deliveries-refused">{m}</p> }.into_any(),
                    Log::Failed(m) => view! { <p class="error-box" role="alert">{m}</p> }.into_any(),
                    Log::Ready(items) if items.is_empty() => view! {
                        <p class="empty" data-testid="webhook-deliveries-empty">"No deliveries yet."</p>
                    }.into_any(),
                    Log::Ready(items) => view! { <DeliveryTable items/> }.into_any(),
                }}
            </section>
        </Show>
    }
}

#[component]
fn DeliveryTable(items: Vec<Delivery>) -> impl IntoView {
    view! {
        <div class="table-wrap">
            <table class="dash-table" data-testid="webhook-deliveries">
                <thead><tr>
                    <th scope="col">"Time"</th><th scope="col">"Event"</th><th scope="col">"Sent to"</th>
                    <th scope="col">"Result"</th><th scope="col" class="num">"Attempts"</th>
                </tr></thead>
                <tbody>
                    {items.into_iter().map(|d| view! {
                        <tr data-ok=d.ok.map(|o| o.to_string()).unwrap_or_default()>
                            <td><time>{voipbin_protocol::parse_timestamp_ms(&d.at).map(|ms| crate::format::clock(ms as f64)).unwrap_or(d.at)}</time></td>
                            <td>{d.event}</td>
                            <td class="uri">{format!("{} {}", d.method, d.uri).trim().to_string()}</td>
                            <td class=match d.ok { Some(false) => "bad", Some(true) => "ok", None => "" }>{d.result}</td>
                            <td class="num">{d.attempts}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

fn is_hidden() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .is_some_and(|d| d.hidden())
}

/// The log's records, newest first (the server appends), at most `SHOWN`.
pub fn newest_first(items: &[Value]) -> Vec<Delivery> {
    items
        .iter()
        .rev()
        .take(SHOWN)
        .enumerate()
        .map(|(i, v)| delivery(i, v))
        .collect()
}

/// Reads a record whatever its exact field names.
pub fn delivery(position: usize, v: &Value) -> Delivery {
    let text = |keys: &[&str]| -> String {
        keys.iter()
            .find_map(|k| match v.get(*k) {
                Some(Value::String(s)) if !s.is_empty() => Some(s.clone()),
                Some(Value::Number(n)) => Some(n.to_string()),
                Some(Value::Bool(b)) => Some(b.to_string()),
                _ => None,
            })
            .unwrap_or_default()
    };
    let status = text(&["status_code", "http_status", "response_status", "status"]);
    let error = text(&["error", "failure", "message"]);
    let ok = ["ok", "success", "delivered"]
        .iter()
        .find_map(|k| v.get(*k).and_then(Value::as_bool))
        .or_else(|| status.parse::<u16>().ok().map(|s| (200..300).contains(&s)))
        .or_else(|| (!error.is_empty()).then_some(false));
    let latency = text(&["latency_ms"]);
    let result = match (status.is_empty(), error.is_empty()) {
        (false, true) if !latency.is_empty() => format!("HTTP {status} · {latency} ms"),
        (false, true) => format!("HTTP {status}"),
        (false, false) => format!("HTTP {status}: {error}"),
        (true, false) => error,
        (true, true) => match ok {
            Some(true) => "delivered".into(),
            Some(false) => "failed".into(),
            None => String::new(),
        },
    };
    let id = text(&["id", "delivery_id"]);
    Delivery {
        key: if id.is_empty() {
            position.to_string()
        } else {
            id
        },
        at: text(&["tm", "tm_create", "timestamp", "time", "at"]),
        event: text(&["event_type", "type", "event"]),
        method: text(&["method", "webhook_method"]),
        uri: text(&["uri", "url", "webhook_uri"]),
        result,
        ok,
        attempts: text(&["attempts", "attempt", "tries"]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_records_leniently_and_newest_first() {
        let items = vec![
            json!({"id": "d1", "event_type": "call_created", "method": "POST", "uri": "http://h/x",
                   "status_code": 200, "attempts": 1, "tm_create": "2026-11-23T10:00:00Z"}),
            json!({"type": "webhook_test", "url": "http://h/y", "error": "connection refused", "attempts": 3}),
            json!({"id": "s1", "event_type": "call_hangup", "status": 200, "latency_ms": 12, "error": null, "tm": "2026-11-23T10:00:01Z"}),
        ];
        let got = newest_first(&items);
        assert_eq!(got.len(), 3);
        assert_eq!(
            (got[0].result.as_str(), got[0].ok),
            ("HTTP 200 · 12 ms", Some(true)),
            "the stand-in's record"
        );
        assert_eq!(got[0].at, "2026-11-23T10:00:01Z");
        assert_eq!(got[1].event, "webhook_test");
        assert_eq!(
            (got[1].result.as_str(), got[1].ok),
            ("connection refused", Some(false))
        );
        assert_eq!(got[1].attempts, "3");
        assert_eq!(got[2].key, "d1");
        assert_eq!(
            (got[2].result.as_str(), got[2].ok),
            ("HTTP 200", Some(true))
        );
        assert_eq!(delivery(0, &json!({"ok": true})).result, "delivered");
        assert_eq!(delivery(4, &json!(null)).key, "4");
    }
}
