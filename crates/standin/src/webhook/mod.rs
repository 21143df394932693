//! Customer webhook delivery: every published event is POSTed (or PUT/GET/DELETE) as
//! `{"type","data"}` to the customer's `webhook_uri`, signed with its secret, retried on
//! transport errors and 5xx, and recorded in a bounded delivery log.
//!
//! [`Dispatcher::enqueue`] never blocks the publisher: events go through a bounded channel to
//! a background task (at most a few requests in flight); when the channel is full the event is
//! dropped and counted. Webhooks must never slow the WebSocket path. Deliveries run
//! concurrently, so a receiver may see events slightly out of order (as with VoIPBIN).

mod deliver;
mod log;
mod sign;
mod target;

#[cfg(test)]
mod tests;

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;

use serde::Serialize;
use tokio::sync::mpsc;
use voipbin_protocol::{encode_webhook, Customer, EventType};

use crate::sim::Published;

pub use log::{DeliveryRecord, LOG_CAPACITY};
pub use sign::{sign, verify, SIGNATURE_HEADER};

/// The customer's webhook settings, shared with whoever updates the customer.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WebhookConfig {
    /// Empty disables delivery.
    pub uri: String,
    /// POST, PUT, GET or DELETE (empty means POST).
    pub method: String,
    /// Empty means unsigned.
    pub secret: String,
}

impl WebhookConfig {
    pub fn from_customer(customer: &Customer) -> WebhookConfig {
        WebhookConfig {
            uri: customer.webhook_uri.clone(),
            method: customer.webhook_method.clone(),
            secret: customer.webhook_secret.clone(),
        }
    }

    pub fn is_enabled(&self) -> bool {
        !self.uri.trim().is_empty()
    }
}

/// Delivery timing and bounds. The defaults are VoIPBIN's: 3 attempts 1 s apart, 5 s each.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeliverySettings {
    pub attempts: u32,
    pub retry_delay: Duration,
    pub timeout: Duration,
    /// Events waiting for delivery; more are dropped.
    pub queue_capacity: usize,
    /// Requests in flight at once.
    pub max_in_flight: usize,
}

impl Default for DeliverySettings {
    fn default() -> Self {
        DeliverySettings {
            attempts: 3,
            retry_delay: Duration::from_secs(1),
            timeout: Duration::from_secs(5),
            queue_capacity: 10_000,
            max_in_flight: 8,
        }
    }
}

/// Counters since start.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct WebhookStats {
    pub enqueued: u64,
    /// Dropped because the queue was full (or delivery was not running).
    pub dropped: u64,
    pub delivered: u64,
    pub failed: u64,
}

/// One event waiting for delivery: its name and the encoded body.
struct Job {
    event_type: String,
    body: String,
}

/// State shared by the handles and the background task (not the sender, so the task ends
/// when the last [`Dispatcher`] is dropped).
struct Shared {
    config: Arc<RwLock<WebhookConfig>>,
    settings: DeliverySettings,
    client: Option<reqwest::Client>,
    log: Mutex<log::DeliveryLog>,
    next_id: AtomicU64,
    enqueued: AtomicU64,
    dropped: AtomicU64,
    delivered: AtomicU64,
    failed: AtomicU64,
}

/// Cheap to clone; all clones feed the same background task.
#[derive(Clone)]
pub struct Dispatcher {
    shared: Arc<Shared>,
    tx: Option<mpsc::Sender<Job>>,
}

impl Dispatcher {
    /// Starts delivery with VoIPBIN's timing. Call from within a tokio runtime; without one,
    /// events are counted as dropped (there is nothing to deliver them).
    pub fn new(config: Arc<RwLock<WebhookConfig>>) -> Dispatcher {
        Dispatcher::with_settings(config, DeliverySettings::default())
    }

    pub fn with_settings(
        config: Arc<RwLock<WebhookConfig>>,
        settings: DeliverySettings,
    ) -> Dispatcher {
        let client = reqwest::Client::builder()
            // A webhook answer is the receiver's; following redirects would send the
            // customer's events somewhere it did not configure.
            .redirect(reqwest::redirect::Policy::none())
            .no_proxy()
            .build()
            .ok();
        let shared = Arc::new(Shared {
            config,
            settings: settings.clone(),
            client,
            log: Mutex::new(log::DeliveryLog::default()),
            next_id: AtomicU64::new(1),
            enqueued: AtomicU64::new(0),
            dropped: AtomicU64::new(0),
            delivered: AtomicU64::new(0),
            failed: AtomicU64::new(0),
        });
        let tx = match tokio::runtime::Handle::try_current() {
            Ok(runtime) => {
                let (tx, rx) = mpsc::channel(settings.queue_capacity.max(1));
                runtime.spawn(deliver::run(shared.clone(), rx));
                Some(tx)
            }
            Err(_) => None,
        };
        Dispatcher { shared, tx }
    }

    /// Queues `p` for delivery without waiting. Skipped at once when the webhook is disabled;
    /// dropped (and counted) when the queue is full.
    pub fn enqueue(&self, p: &Published) {
        if !self.config().is_enabled() {
            return;
        }
        let Some(tx) = &self.tx else {
            self.shared.dropped.fetch_add(1, Ordering::Relaxed);
            return;
        };
        let job = Job {
            event_type: p.event_type.as_str().to_owned(),
            body: encode_webhook(&p.event_type, &p.resource),
        };
        match tx.try_send(job) {
            Ok(()) => self.shared.enqueued.fetch_add(1, Ordering::Relaxed),
            Err(_) => self.shared.dropped.fetch_add(1, Ordering::Relaxed),
        };
    }

    /// Delivers a `webhook_test` event now (bypassing the queue) and returns its record, which
    /// also goes to the log. With the webhook disabled, the record says so and nothing is sent.
    pub async fn send_test(&self) -> DeliveryRecord {
        let data = serde_json::json!({
            "message": "VoIPBIN stand-in webhook test",
            "tm_create": deliver::now_timestamp(),
        });
        let resource = voipbin_protocol::Resource::Unknown {
            kind: voipbin_protocol::ResourceKind::Other("webhook".to_owned()),
            data,
        };
        let event_type = EventType::Other("webhook_test".to_owned());
        let job = Job {
            event_type: event_type.as_str().to_owned(),
            body: encode_webhook(&event_type, &resource),
        };
        let record = deliver::deliver(&self.shared, job).await;
        deliver::record(&self.shared, record.clone());
        record
    }

    /// The most recent deliveries, oldest first (at most [`LOG_CAPACITY`]).
    pub fn log(&self) -> Vec<DeliveryRecord> {
        self.shared
            .log
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .snapshot()
    }

    pub fn stats(&self) -> WebhookStats {
        let s = &self.shared;
        WebhookStats {
            enqueued: s.enqueued.load(Ordering::Relaxed),
            dropped: s.dropped.load(Ordering::Relaxed),
            delivered: s.delivered.load(Ordering::Relaxed),
            failed: s.failed.load(Ordering::Relaxed),
        }
    }

    fn config(&self) -> WebhookConfig {
        self.shared
            .config
            .read()
            .map(|c| c.clone())
            .unwrap_or_else(|e| e.into_inner().clone())
    }
}
