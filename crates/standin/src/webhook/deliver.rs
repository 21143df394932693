//! The background task and one delivery: up to `attempts` requests, retried after
//! `retry_delay` only on transport errors and 5xx answers.

use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use reqwest::header::CONTENT_TYPE;
use tokio::sync::{mpsc, Semaphore};
use voipbin_protocol::format_timestamp_ms;

use super::log::DeliveryRecord;
use super::sign::{sign, SIGNATURE_HEADER};
use super::target::resolve;
use super::{Job, Shared};

/// Upper bound on concurrent requests whatever the settings say (a Semaphore has a limit).
const MAX_IN_FLIGHT: usize = 1_024;

/// Takes queued events and delivers them, a bounded number at a time. Ends when every
/// dispatcher handle is gone.
pub(super) async fn run(shared: Arc<Shared>, mut rx: mpsc::Receiver<Job>) {
    let slots = Arc::new(Semaphore::new(
        shared.settings.max_in_flight.clamp(1, MAX_IN_FLIGHT),
    ));
    while let Some(job) = rx.recv().await {
        let Ok(slot) = slots.clone().acquire_owned().await else {
            break;
        };
        let shared = shared.clone();
        tokio::spawn(async move {
            // Disabled while it waited: nothing to deliver, nothing to log.
            let enabled = shared
                .config
                .read()
                .map(|c| c.is_enabled())
                .unwrap_or(false);
            if enabled {
                let outcome = deliver(&shared, job).await;
                record(&shared, outcome);
            }
            drop(slot);
        });
    }
}

/// Delivers one event with the configuration current at send time.
pub(super) async fn deliver(shared: &Shared, job: Job) -> DeliveryRecord {
    let config = shared
        .config
        .read()
        .map(|c| c.clone())
        .unwrap_or_else(|e| e.into_inner().clone());
    let id = shared.next_id.fetch_add(1, Ordering::Relaxed);
    let mut outcome = DeliveryRecord {
        id: format!("whd-{id}"),
        event_type: job.event_type,
        uri: config.uri.trim().to_owned(),
        method: config.method.trim().to_ascii_uppercase(),
        status: None,
        attempts: 0,
        latency_ms: 0,
        error: None,
        tm: String::new(),
    };
    if !config.is_enabled() {
        outcome.error = Some("webhook disabled: webhook_uri is empty".to_owned());
        outcome.tm = now_timestamp();
        return outcome;
    }
    let target = match resolve(&config.uri, &config.method) {
        Ok(target) => target,
        Err(why) => {
            outcome.error = Some(why);
            outcome.tm = now_timestamp();
            return outcome;
        }
    };
    outcome.method = target.method.as_str().to_owned();
    let Some(client) = &shared.client else {
        outcome.error = Some("HTTP client unavailable".to_owned());
        outcome.tm = now_timestamp();
        return outcome;
    };
    let signature = (!config.secret.is_empty()).then(|| sign(&config.secret, job.body.as_bytes()));
    let settings = &shared.settings;
    let started = Instant::now();
    for attempt in 1..=settings.attempts.max(1) {
        outcome.attempts = attempt;
        let mut request = client
            .request(target.method.clone(), target.url.clone())
            .header(CONTENT_TYPE, "application/json")
            .timeout(settings.timeout)
            .body(job.body.clone());
        if let Some(signature) = &signature {
            request = request.header(SIGNATURE_HEADER, signature.as_str());
        }
        let retry = match request.send().await {
            Ok(response) => {
                let status = response.status().as_u16();
                outcome.status = Some(status);
                outcome.error = (status >= 400).then(|| format!("HTTP {status}"));
                status >= 500
            }
            Err(e) => {
                outcome.status = None;
                outcome.error = Some(describe(&e));
                true
            }
        };
        if !retry || attempt >= settings.attempts {
            break;
        }
        tokio::time::sleep(settings.retry_delay).await;
    }
    outcome.latency_ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
    outcome.tm = now_timestamp();
    outcome
}

pub(super) fn record(shared: &Shared, outcome: DeliveryRecord) {
    let counter = if outcome.succeeded() {
        &shared.delivered
    } else {
        &shared.failed
    };
    counter.fetch_add(1, Ordering::Relaxed);
    shared
        .log
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .push(outcome);
}

fn describe(e: &reqwest::Error) -> String {
    if e.is_timeout() {
        "timed out".to_owned()
    } else if e.is_connect() {
        format!("connection failed: {e}")
    } else {
        format!("request failed: {e}")
    }
}

pub(super) fn now_timestamp() -> String {
    let ms = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
        .unwrap_or(0);
    format_timestamp_ms(ms)
}
