//! The delivery log: the last 200 attempts' outcomes, for the admin view.

use std::collections::VecDeque;

use serde::Serialize;

/// How many deliveries the log keeps.
pub const LOG_CAPACITY: usize = 200;

/// The outcome of one webhook event's delivery (all its attempts).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DeliveryRecord {
    pub id: String,
    pub event_type: String,
    pub uri: String,
    pub method: String,
    /// The last HTTP status received; `None` when no answer came (refused, transport error).
    pub status: Option<u16>,
    /// Requests made (0 when refused before sending).
    pub attempts: u32,
    /// From the first attempt to the outcome, retries included.
    pub latency_ms: u64,
    pub error: Option<String>,
    /// When the outcome was known (VoIPBIN timestamp format).
    pub tm: String,
}

impl DeliveryRecord {
    /// True for a 2xx answer.
    pub fn succeeded(&self) -> bool {
        self.status.is_some_and(|s| (200..300).contains(&s))
    }
}

#[derive(Debug, Default)]
pub struct DeliveryLog {
    records: VecDeque<DeliveryRecord>,
}

impl DeliveryLog {
    pub fn push(&mut self, record: DeliveryRecord) {
        if self.records.len() >= LOG_CAPACITY {
            self.records.pop_front();
        }
        self.records.push_back(record);
    }

    /// Oldest first.
    pub fn snapshot(&self) -> Vec<DeliveryRecord> {
        self.records.iter().cloned().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(n: usize) -> DeliveryRecord {
        DeliveryRecord {
            id: n.to_string(),
            event_type: "call_created".into(),
            uri: "http://127.0.0.1/".into(),
            method: "POST".into(),
            status: Some(200),
            attempts: 1,
            latency_ms: 1,
            error: None,
            tm: String::new(),
        }
    }

    #[test]
    fn keeps_the_last_two_hundred() {
        let mut log = DeliveryLog::default();
        for n in 0..250 {
            log.push(record(n));
        }
        let all = log.snapshot();
        assert_eq!(all.len(), LOG_CAPACITY);
        assert_eq!(all.first().map(|r| r.id.as_str()), Some("50"));
        assert_eq!(all.last().map(|r| r.id.as_str()), Some("249"));
        assert!(all[0].succeeded());
    }
}
