//! Per-minute series for the supervisor's charts: calls arriving and callers waiting.

use std::collections::VecDeque;

pub const MINUTES_KEPT: usize = 60;
const MINUTE_MS: i64 = 60_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MinuteBucket {
    /// Start of the minute, ms since the epoch.
    pub minute_ms: i64,
    pub calls_created: u32,
    /// Highest number of callers waiting seen during the minute.
    pub waiting_peak: u32,
}

#[derive(Debug, Default, Clone)]
pub struct History {
    buckets: VecDeque<MinuteBucket>,
}

impl History {
    pub fn record_call(&mut self, now_ms: i64) {
        self.bucket(now_ms).calls_created += 1;
    }

    pub fn record_waiting(&mut self, now_ms: i64, waiting: usize) {
        let bucket = self.bucket(now_ms);
        bucket.waiting_peak = bucket.waiting_peak.max(waiting as u32);
    }

    pub fn buckets(&self) -> impl Iterator<Item = &MinuteBucket> {
        self.buckets.iter()
    }

    fn bucket(&mut self, now_ms: i64) -> &mut MinuteBucket {
        let minute_ms = now_ms - now_ms.rem_euclid(MINUTE_MS);
        let is_current = self
            .buckets
            .back()
            .is_some_and(|b| b.minute_ms >= minute_ms);
        if !is_current {
            self.buckets.push_back(MinuteBucket {
                minute_ms,
                calls_created: 0,
                waiting_peak: 0,
            });
            while self.buckets.len() > MINUTES_KEPT {
                self.buckets.pop_front();
            }
        }
        // A clock that steps back lands in the newest bucket rather than reordering history.
        let last = self.buckets.len() - 1;
        &mut self.buckets[last]
    }
}
