//! Speaking sessions (`/v1.0/speakings`): streaming text-to-speech on a call, as
//! bin-tts-manager keeps them (models/speaking/speaking.go, webhook.go for the JSON). One
//! active session per reference (pkg/speakinghandler/speaking.go Create).

use std::collections::HashMap;

use serde::Serialize;
use voipbin_protocol::format_timestamp_ms;

use crate::rng::{uuid_from, Rng};

/// Sessions kept (stopped ones are dropped oldest first beyond this).
const KEPT: usize = 1_000;

#[derive(Clone, Debug, Serialize)]
pub struct Speaking {
    pub id: String,
    pub customer_id: String,
    pub reference_type: String,
    pub reference_id: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub language: String,
    pub provider: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub voice_id: String,
    /// "in", "out", "both", or empty (nobody hears it; bin-tts-manager models/streaming).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub direction: String,
    pub status: &'static str,
    pub tm_create: String,
    pub tm_update: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tm_delete: Option<String>,
}

impl Speaking {
    pub fn is_active(&self) -> bool {
        self.status == STATUS_ACTIVE
    }
}

pub const STATUS_ACTIVE: &str = "active";
pub const STATUS_STOPPED: &str = "stopped";

/// What `POST /v1.0/speakings` asks for, checked by the REST layer.
pub struct NewSpeaking {
    pub customer_id: String,
    pub reference_type: String,
    pub reference_id: String,
    pub language: String,
    pub provider: String,
    pub voice_id: String,
    pub direction: String,
}

pub struct Speakings {
    ids: Rng,
    by_id: HashMap<String, Speaking>,
    /// Creation order, for lists and trimming.
    order: Vec<String>,
}

impl Speakings {
    pub fn new(seed: u64) -> Speakings {
        Speakings {
            ids: Rng::derived(seed, "speaking-ids"),
            by_id: HashMap::new(),
            order: Vec::new(),
        }
    }

    /// None when the reference already has an active session.
    pub fn create(&mut self, new: NewSpeaking, now_ms: i64) -> Option<Speaking> {
        let busy = self.by_id.values().any(|s| {
            s.is_active()
                && s.customer_id == new.customer_id
                && s.reference_type == new.reference_type
                && s.reference_id == new.reference_id
        });
        if busy {
            return None;
        }
        let now = format_timestamp_ms(now_ms);
        let speaking = Speaking {
            id: uuid_from(&mut self.ids),
            customer_id: new.customer_id,
            reference_type: new.reference_type,
            reference_id: new.reference_id,
            language: new.language,
            provider: if new.provider.is_empty() {
                "elevenlabs".to_owned()
            } else {
                new.provider
            },
            voice_id: new.voice_id,
            direction: new.direction,
            status: STATUS_ACTIVE,
            tm_create: now.clone(),
            tm_update: now,
            tm_delete: None,
        };
        self.order.push(speaking.id.clone());
        self.by_id.insert(speaking.id.clone(), speaking.clone());
        self.trim();
        Some(speaking)
    }

    pub fn get(&self, id: &str) -> Option<&Speaking> {
        self.by_id.get(id).filter(|s| s.tm_delete.is_none())
    }

    /// The customer's sessions, newest first.
    pub fn list(&self, customer_id: &str) -> Vec<Speaking> {
        self.order
            .iter()
            .rev()
            .filter_map(|id| self.get(id))
            .filter(|s| s.customer_id == customer_id)
            .cloned()
            .collect()
    }

    pub fn stop(&mut self, id: &str, now_ms: i64) -> Option<Speaking> {
        let speaking = self.by_id.get_mut(id).filter(|s| s.tm_delete.is_none())?;
        speaking.status = STATUS_STOPPED;
        speaking.tm_update = format_timestamp_ms(now_ms);
        Some(speaking.clone())
    }

    /// Stops and soft-deletes.
    pub fn delete(&mut self, id: &str, now_ms: i64) -> Option<Speaking> {
        self.stop(id, now_ms)?;
        let speaking = self.by_id.get_mut(id)?;
        speaking.tm_delete = Some(format_timestamp_ms(now_ms));
        Some(speaking.clone())
    }

    fn trim(&mut self) {
        while self.order.len() > KEPT {
            let oldest = self.order.remove(0);
            self.by_id.remove(&oldest);
        }
    }
}
