//! "Send test event" and the recent delivery log. Both are the stand-in's own endpoints
//! (`/v1.0/sim/…`): a server that answers 404 (the real VoIPBIN) does not offer them, so the
//! section disappears; a 403 says why it is not shown.

use super::{explained, Action};
use crate::api::{self, Api, ApiError};
use crate::i18n::{self, tr, Format};
use crate::t;
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
    Refused(ApiError),
    Failed(ApiError),
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
    pub result: Outcome,
    pub ok: Option<bool>,
    pub attempts: String,
}

/// What became of an attempt. The server's own words (an HTTP status, an error) stay as they are.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Outcome {
    Said(String),
    /// An HTTP status and how long the receiver took, in ms.
    Answered {
        status: String,
        latency: String,
    },
    Delivered,
    Failed,
    #[default]
    Unknown,
}

impl Outcome {
    fn text(&self) -> String {
        match self {
            Outcome::Said(words) => words.clone(),
            Outcome::Answered { status, latency } => t!(
                "page-deliveries-answered",
                status = status.as_str(),
                latency = latency.as_str()
            ),
            Outcome::Delivered => t!("page-deliveries-delivered"),
            Outcome::Failed => t!("page-deliveries-failed"),
            Outcome::Unknown => String::new(),
        }
    }
}

#[component]
pub fn Deliveries(api: Api, admin: bool) -> impl IntoView {
    let log = RwSignal::new(Log::Loading);
    let test_note = RwSignal::new(None::<Result<(), ApiError>>);
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
                    Err(e @ ApiError::Forbidden(_)) => Log::Refused(e),
                    Err(e) => Log::Failed(e),
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
                let note = api::send_test_webhook(&api).await;
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
                <h2 id="deliveries-title">{tr!("page-deliveries-title")}</h2>
                <Show when=move || admin>
                    <div class="actions">
                        <button type="button" data-testid="webhook-test" disabled=move || sending.get() on:click=send_test>
                            {move || if sending.get() { t!("page-deliveries-sending") } else { t!("page-deliveries-send-test") }}
                        </button>
                        <span data-testid="webhook-test-status" role="status"
                            class=move || match test_note.get() { Some(Err(_)) => "error", _ => "hint" }>
                            {move || test_note.with(|note| match note {
                                Some(Ok(())) => t!("page-deliveries-test-sent").into_any(),
                                Some(Err(e)) => explained(e, Action::SendTestEvent),
                                None => ().into_any(),
                            })}
                        </span>
                    </div>
                </Show>
                {move || match log.get() {
                    Log::Loading => view! { <p class="hint">{tr!("page-deliveries-loading")}</p> }.into_any(),
                    Log::Absent => ().into_any(),
                    Log::Refused(e) => view! { <p class="notice" role="alert" data-testid="webhook-deliveries-refused">{move || explained(&e, Action::DeliveryLog)}</p> }.into_any(),
                    Log::Failed(e) => view! { <p class="error-box" role="alert">{move || explained(&e, Action::DeliveryLog)}</p> }.into_any(),
                    Log::Ready(items) if items.is_empty() => view! {
                        <p class="empty" data-testid="webhook-deliveries-empty">{tr!("page-deliveries-empty")}</p>
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
                    <th scope="col">{tr!("page-deliveries-time")}</th><th scope="col">{tr!("page-deliveries-event")}</th>
                    <th scope="col">{tr!("page-deliveries-sent-to")}</th><th scope="col">{tr!("page-deliveries-result")}</th>
                    <th scope="col" class="num">{tr!("page-deliveries-attempts")}</th>
                </tr></thead>
                <tbody>
                    {items.into_iter().map(|d| {
                        let at = voipbin_protocol::parse_timestamp_ms(&d.at);
                        let result = d.result;
                        let said = matches!(result, Outcome::Said(_));
                        view! {
                        <tr data-ok=d.ok.map(|o| o.to_string()).unwrap_or_default()>
                            <td><time>{move || at.map(|ms| i18n::moment(Format::Clock, ms as f64)).unwrap_or_else(|| d.at.clone())}</time></td>
                            <td translate="no">{d.event}</td>
                            <td class="uri" translate="no">{format!("{} {}", d.method, d.uri).trim().to_string()}</td>
                            <td class=match d.ok { Some(false) => "bad", Some(true) => "ok", None => "" }
                                translate=said.then_some("no")>{move || result.text()}</td>
                            <td class="num">{d.attempts}</td>
                        </tr>
                        }
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
        (false, true) if !latency.is_empty() => Outcome::Answered { status, latency },
        (false, true) => Outcome::Said(format!("HTTP {status}")),
        (false, false) => Outcome::Said(format!("HTTP {status}: {error}")),
        (true, false) => Outcome::Said(error),
        (true, true) => match ok {
            Some(true) => Outcome::Delivered,
            Some(false) => Outcome::Failed,
            None => Outcome::Unknown,
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
            (&got[0].result, got[0].ok),
            (
                &Outcome::Answered {
                    status: "200".into(),
                    latency: "12".into()
                },
                Some(true)
            ),
            "the stand-in's record"
        );
        assert_eq!(got[0].at, "2026-11-23T10:00:01Z");
        assert_eq!(got[1].event, "webhook_test");
        assert_eq!(
            (&got[1].result, got[1].ok),
            (&Outcome::Said("connection refused".into()), Some(false))
        );
        assert_eq!(got[1].attempts, "3");
        assert_eq!(got[2].key, "d1");
        assert_eq!(
            (&got[2].result, got[2].ok),
            (&Outcome::Said("HTTP 200".into()), Some(true))
        );
        assert_eq!(delivery(0, &json!({"ok": true})).result, Outcome::Delivered);
        assert_eq!(delivery(4, &json!(null)).key, "4");
    }
}
