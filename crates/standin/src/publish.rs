//! Turns the simulation's events into WebSocket frames (once per topic, in the server's
//! dialect) and hands them to the hub; also passes each event to the customer webhook.

use std::sync::Arc;
use std::time::SystemTime;

use axum::extract::ws::Message;
use voipbin_protocol::{encode_bare, encode_documented, publish_topics, Dialect, Scope};

use crate::clock::{rfc3339_micros, unix_ms};
use crate::sim::Published;
use crate::ws::{Delivery, Hub, MatchKey};

/// Where events go besides the WebSocket (the customer webhook).
pub trait EventSink: Send + Sync {
    fn enqueue(&self, event: &Published);
}

pub struct Publisher {
    hub: Arc<Hub>,
    webhook: Option<Box<dyn EventSink>>,
}

impl Publisher {
    pub fn new(hub: Arc<Hub>, webhook: Option<Box<dyn EventSink>>) -> Publisher {
        Publisher { hub, webhook }
    }

    pub fn publish(&self, events: &[Published]) {
        if events.is_empty() {
            return;
        }
        if let Some(webhook) = &self.webhook {
            for event in events {
                webhook.enqueue(event);
            }
        }
        // Nobody listening: skip the encoding work entirely (the event still counts).
        if self.hub.connection_count() == 0 {
            self.hub.fan_out(&[], events.len() as u64);
            return;
        }
        let now = SystemTime::now();
        let stamp = Stamp {
            timestamp: rfc3339_micros(now),
            sent_ms: unix_ms(now),
        };
        let dialect = self.hub.dialect();
        let mut deliveries = Vec::with_capacity(events.len() * 2);
        for event in events {
            deliveries_for(dialect, event, &stamp, &mut deliveries);
        }
        self.hub.fan_out(&deliveries, events.len() as u64);
    }
}

/// The publish time, shared by one batch of events.
struct Stamp {
    timestamp: String,
    sent_ms: i64,
}

fn deliveries_for(dialect: Dialect, event: &Published, stamp: &Stamp, out: &mut Vec<Delivery>) {
    let kind = event.resource.kind();
    let resource_id = event.resource.id().unwrap_or_default();
    let mut scopes = vec![(Scope::Customer, event.customer_id.as_str())];
    if let Some(agent_id) = event.agent_id.as_deref().filter(|id| !id.is_empty()) {
        scopes.push((Scope::Agent, agent_id));
    }
    match dialect {
        Dialect::Documented => {
            for (scope, scope_id) in scopes {
                for topic in publish_topics(dialect, scope, scope_id, &kind, &event.event_type, resource_id) {
                    let frame = documented_frame(event, &topic, stamp);
                    out.push(Delivery {
                        key: MatchKey::for_topic(dialect, &topic),
                        frame,
                    });
                }
            }
        }
        Dialect::Deployed => {
            // The bare resource: the same bytes on every topic.
            let frame = Message::Text(encode_bare(&event.resource).into());
            for (scope, scope_id) in scopes {
                for topic in publish_topics(dialect, scope, scope_id, &kind, &event.event_type, resource_id) {
                    out.push(Delivery {
                        key: MatchKey::for_topic(dialect, &topic),
                        frame: frame.clone(),
                    });
                }
            }
        }
    }
}

/// The documented envelope plus `"sent_ms"` (server clock at publish, for latency benchmarks;
/// clients keep unknown envelope keys).
fn documented_frame(event: &Published, topic: &str, stamp: &Stamp) -> Message {
    let envelope = encode_documented(&event.event_type, topic, &stamp.timestamp, &event.resource);
    let text = match envelope.strip_suffix('}') {
        Some(head) => format!("{head},\"sent_ms\":{}}}", stamp.sent_ms),
        None => envelope,
    };
    Message::Text(text.into())
}
