//! Turns the simulation's events into WebSocket frames (once per topic, in the server's
//! dialect) and hands them to the hub; also passes each event to the customer webhook. In the
//! deployed dialect only what deployed VoIPBIN publishes goes out ([`crate::deployed_events`]).

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use axum::extract::ws::Message;
use voipbin_protocol::{encode_bare, encode_documented, publish_topics, Dialect, Resource, Scope};

use crate::clock::{rfc3339_micros, unix_ms};
use crate::deployed_events::{deployed_reach, Reach};
use crate::sim::Published;
use crate::talk::topics::talk_topics;
use crate::webhook::Dispatcher;
use crate::ws::{Delivery, Hub, MatchKey};

pub struct Publisher {
    hub: Arc<Hub>,
    /// The customer webhook (every event, whatever the WebSocket subscriptions).
    webhook: Option<Dispatcher>,
    /// The latest deliveries with the connection watermark when they went out, for the
    /// `duplicate` and `reorder` faults.
    recent: Mutex<VecDeque<(Delivery, u64)>>,
}

/// How many recent deliveries the `duplicate` and `reorder` faults replay.
const RECENT_KEPT: usize = 64;

/// How a fault replays recent deliveries.
#[derive(Clone, Copy)]
pub enum Replay {
    /// Every recent frame once more, in order (a second copy of each event).
    Duplicate,
    /// Recent frames again, newest first (older states arriving after newer ones).
    Reverse,
}

impl Publisher {
    pub fn new(hub: Arc<Hub>, webhook: Option<Dispatcher>) -> Publisher {
        Publisher {
            hub,
            webhook,
            recent: Mutex::new(VecDeque::with_capacity(RECENT_KEPT)),
        }
    }

    pub fn publish(&self, events: &[Published]) {
        let dialect = self.hub.dialect();
        let outgoing: Vec<(&Published, Reach)> = events
            .iter()
            .filter_map(|event| reach(dialect, event).map(|reach| (event, reach)))
            .collect();
        if outgoing.is_empty() {
            return;
        }
        if let Some(webhook) = &self.webhook {
            for (event, _) in &outgoing {
                webhook.enqueue(event);
            }
        }
        // Nobody listening: skip the encoding work entirely (the event still counts).
        if self.hub.connection_count() == 0 {
            self.hub.fan_out(&[], outgoing.len() as u64);
            return;
        }
        let now = SystemTime::now();
        let stamp = Stamp {
            timestamp: rfc3339_micros(now),
            sent_ms: unix_ms(now),
        };
        let mut deliveries = Vec::with_capacity(outgoing.len() * 2);
        for (event, reach) in &outgoing {
            deliveries_for(dialect, event, *reach, &stamp, &mut deliveries);
        }
        self.remember(&deliveries);
        self.hub.fan_out(&deliveries, outgoing.len() as u64);
    }

    fn remember(&self, deliveries: &[Delivery]) {
        let watermark = self.hub.connection_watermark();
        if let Ok(mut recent) = self.recent.lock() {
            for delivery in deliveries.iter().rev().take(RECENT_KEPT).rev() {
                if recent.len() == RECENT_KEPT {
                    recent.pop_front();
                }
                recent.push_back((delivery.clone(), watermark));
            }
        }
    }

    /// Sends recent frames again to their subscribers; returns how many were replayed.
    pub fn replay_recent(&self, how: Replay) -> usize {
        let mut frames: Vec<(Delivery, u64)> = match self.recent.lock() {
            Ok(recent) => recent.iter().cloned().collect(),
            Err(_) => return 0,
        };
        if let Replay::Reverse = how {
            frames.reverse();
        }
        self.hub.replay(&frames);
        frames.len()
    }
}

/// The publish time, shared by one batch of events.
struct Stamp {
    timestamp: String,
    sent_ms: i64,
}

/// How far an event goes out: the documented dialect publishes every event the simulation
/// produces (as the seeds show); the deployed one only its webhook events.
fn reach(dialect: Dialect, event: &Published) -> Option<Reach> {
    match dialect {
        Dialect::Documented if !event.audience.is_empty() => Some(Reach::ChatParticipants),
        Dialect::Documented => Some(Reach::CustomerAndOwner),
        Dialect::Deployed => deployed_reach(&event.event_type),
    }
}

fn deliveries_for(
    dialect: Dialect,
    event: &Published,
    reach: Reach,
    stamp: &Stamp,
    out: &mut Vec<Delivery>,
) {
    let kind = event.resource.kind();
    let resource_id = event.resource.id().unwrap_or_default();
    if reach == Reach::ChatParticipants {
        let topics = talk_topics(
            dialect,
            &event.customer_id,
            event.agent_id.as_deref(),
            &event.audience,
            &event.event_type,
            resource_id,
            &chat_id(event),
        );
        let bare = Message::Text(encode_bare(&event.resource).into());
        for topic in topics {
            let frame = match dialect {
                Dialect::Deployed => bare.clone(),
                Dialect::Documented => documented_frame(event, &topic, stamp),
            };
            out.push(Delivery {
                key: MatchKey::for_topic(dialect, &topic),
                frame,
            });
        }
        return;
    }
    let mut scopes = vec![(Scope::Customer, event.customer_id.as_str())];
    let owner = event.agent_id.as_deref().filter(|id| !id.is_empty());
    if let (Reach::CustomerAndOwner, Some(agent_id)) = (reach, owner) {
        scopes.push((Scope::Agent, agent_id));
    }
    // Deployed: the bare resource, the same bytes on every topic.
    let bare =
        (dialect == Dialect::Deployed).then(|| Message::Text(encode_bare(&event.resource).into()));
    for (scope, scope_id) in scopes {
        let topics = publish_topics(
            dialect,
            scope,
            scope_id,
            &kind,
            &event.event_type,
            resource_id,
        );
        for topic in topics {
            let frame = match &bare {
                Some(frame) => frame.clone(),
                None => documented_frame(event, &topic, stamp),
            };
            out.push(Delivery {
                key: MatchKey::for_topic(dialect, &topic),
                frame,
            });
        }
    }
}

/// A talk event's chat: its `chat_id`, or its own id for a chat.
fn chat_id(event: &Published) -> String {
    let id = match &event.resource {
        Resource::Unknown { data, .. } => data.get("chat_id").and_then(|v| v.as_str()),
        _ => None,
    };
    id.or(event.resource.id()).unwrap_or_default().to_owned()
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
