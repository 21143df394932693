//! Telling events apart: UUID checks, duplicate detection and staleness.

use std::collections::{HashSet, VecDeque};

use crate::event::EventType;
use crate::resource_kind::ResourceKind;
use crate::timestamp::parse_timestamp_us;

/// `8-4-4-4-12` hex digits, either case (checked by hand to keep the wasm small).
pub fn is_uuid(s: &str) -> bool {
    let bytes = s.as_bytes();
    bytes.len() == 36
        && bytes.iter().enumerate().all(|(i, b)| match i {
            8 | 13 | 18 | 23 => *b == b'-',
            _ => b.is_ascii_hexdigit(),
        })
}

/// What distinguishes two versions of the same resource within one event name.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum KeyVersion {
    /// The resource's `tm_update`.
    Updated(String),
    /// A cheap hash of the encoded resource, for resources without `tm_update`.
    DataHash(u64),
}

/// Identifies one event occurrence, to drop duplicate copies (the deployed server sends every
/// event twice to a broad prefix subscription, and webhooks may be retried).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct EventKey {
    pub kind: ResourceKind,
    pub id: String,
    pub event: EventType,
    pub version: KeyVersion,
}

/// FNV-1a: tiny, deterministic across runs and platforms (unlike `DefaultHasher`'s contract).
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |hash, b| {
        (hash ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// Should an incoming update replace what the client holds? False only when both timestamps
/// parse and the incoming one is older; equal, missing or unreadable timestamps give true so a
/// client never gets stuck on a bad value.
pub fn is_newer_or_same(current_tm_update: &str, incoming_tm_update: &str) -> bool {
    match (
        parse_timestamp_us(current_tm_update),
        parse_timestamp_us(incoming_tm_update),
    ) {
        (Some(current), Some(incoming)) => incoming >= current,
        _ => true,
    }
}

/// A bounded "seen" set: remembers the last `capacity` keys (oldest forgotten first).
#[derive(Clone, Debug, Default)]
pub struct RecentKeys {
    capacity: usize,
    order: VecDeque<EventKey>,
    seen: HashSet<EventKey>,
}

impl RecentKeys {
    pub fn new(capacity: usize) -> Self {
        RecentKeys {
            capacity,
            order: VecDeque::with_capacity(capacity.min(4096)),
            seen: HashSet::with_capacity(capacity.min(4096)),
        }
    }

    /// Records `key`; false if it was already among the remembered keys. A capacity of 0
    /// remembers nothing (every key is new).
    pub fn insert(&mut self, key: EventKey) -> bool {
        if self.capacity == 0 {
            return true;
        }
        if self.seen.contains(&key) {
            return false;
        }
        while self.order.len() >= self.capacity {
            match self.order.pop_front() {
                Some(old) => {
                    self.seen.remove(&old);
                }
                None => break,
            }
        }
        self.seen.insert(key.clone());
        self.order.push_back(key);
        true
    }

    pub fn contains(&self, key: &EventKey) -> bool {
        self.seen.contains(key)
    }

    pub fn len(&self) -> usize {
        self.order.len()
    }

    pub fn is_empty(&self) -> bool {
        self.order.is_empty()
    }

    pub fn capacity(&self) -> usize {
        self.capacity
    }

    pub fn clear(&mut self) {
        self.order.clear();
        self.seen.clear();
    }
}

impl crate::frame::Event {
    /// The key of this occurrence: kind, id, event name, and `tm_update` (or a hash of the
    /// resource when it has none).
    pub fn key(&self) -> EventKey {
        let version = match self.resource.tm_update() {
            Some(tm) => KeyVersion::Updated(tm.to_owned()),
            None => {
                let encoded = serde_json::to_vec(&self.resource).unwrap_or_default();
                KeyVersion::DataHash(fnv1a64(&encoded))
            }
        };
        EventKey {
            kind: self.resource.kind(),
            id: self.resource_id().unwrap_or_default().to_owned(),
            event: self.event_type.clone(),
            version,
        }
    }
}
