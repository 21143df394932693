//! Keeps the published event rate at `events_per_s` on average.
//!
//! Every published event spends one unit of `budget`, which refills at the target rate. New
//! work (a call, an SMS thread, a conference) is started only when the budget left over after
//! what running work is still expected to publish (`committed`) allows it. Each piece of work
//! opens a "life" with an estimate of its events; its events pay the estimate down and closing
//! it returns whatever was left, so wrong estimates correct themselves and the long-run average
//! stays on target whatever the mix of paths (serviced, abandoned, transferred ...).

use std::collections::HashMap;

/// Expected events of a customer call from arrival to hangup (measured on the happy path).
pub const CALL_EVENTS: i64 = 38;
/// Expected events of an SMS exchange (inbound, conversation, reply and receipts).
pub const SMS_EVENTS: i64 = 10;
/// Expected events of a conference (start, joins, leaves, end).
pub const CONFERENCE_EVENTS: i64 = 12;

#[derive(Debug)]
pub struct Pacer {
    rate: f64,
    budget: f64,
    committed: i64,
    lives: HashMap<String, i64>,
    /// Leftover budget needed before the next start; random so arrivals are not metronomic.
    threshold: f64,
}

impl Pacer {
    pub fn new(rate: f64) -> Pacer {
        Pacer {
            rate,
            // Enough for the first call to start at once, so the desk sees traffic right away.
            budget: CALL_EVENTS as f64,
            committed: 0,
            lives: HashMap::new(),
            threshold: 0.0,
        }
    }

    pub fn rate(&self) -> f64 {
        self.rate
    }

    pub fn set_rate(&mut self, rate: f64) {
        self.rate = rate;
    }

    /// Refills the budget for `dt_ms` of simulated time, bounded on both sides: unused budget
    /// does not pile up into a burst (at most ~1 s of events ahead), and a debt (after the rate
    /// was lowered under running work) does not stall new work for more than about a minute.
    pub fn accrue(&mut self, dt_ms: i64) {
        if dt_ms > 0 {
            self.budget += self.rate * dt_ms as f64 / 1000.0;
        }
        let committed = self.committed as f64;
        let ahead = (self.rate * 1.0).max(2.0 * CALL_EVENTS as f64);
        let behind = self.rate * 60.0 + 100.0;
        self.budget = self.budget.clamp(committed - behind, committed + ahead);
    }

    /// Budget left after what running work is expected to publish.
    pub fn free(&self) -> f64 {
        self.budget - self.committed as f64
    }

    /// True when there is room to start one more piece of work.
    pub fn may_start(&self) -> bool {
        self.rate > 0.0 && self.free() > self.threshold
    }

    /// Records a start: `life` is expected to publish `estimate` events.
    pub fn open(&mut self, life: &str, estimate: i64, next_threshold: f64) {
        self.close(life);
        self.lives.insert(life.to_owned(), estimate);
        self.committed += estimate;
        self.threshold = next_threshold;
    }

    /// One event published, attributed to `life` if it belongs to running work.
    pub fn spend(&mut self, life: Option<&str>) {
        self.budget -= 1.0;
        if let Some(left) = life.and_then(|l| self.lives.get_mut(l)) {
            if *left > 0 {
                *left -= 1;
                self.committed -= 1;
            }
        }
    }

    /// The work ended; what it did not publish is no longer expected. False if `life` was
    /// not open (already closed).
    pub fn close(&mut self, life: &str) -> bool {
        match self.lives.remove(life) {
            Some(left) => {
                self.committed -= left;
                true
            }
            None => false,
        }
    }

    pub fn open_lives(&self) -> usize {
        self.lives.len()
    }

    pub fn committed(&self) -> i64 {
        self.committed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn estimates_are_paid_down_and_returned() {
        let mut p = Pacer::new(10.0);
        p.open("a", 5, 0.0);
        assert_eq!(p.committed(), 5);
        p.spend(Some("a"));
        p.spend(Some("a"));
        p.spend(None);
        assert_eq!(p.committed(), 3);
        p.close("a");
        assert_eq!(p.committed(), 0);
        assert_eq!(p.open_lives(), 0);
        // Spending past the estimate never makes the commitment negative.
        p.open("b", 1, 0.0);
        p.spend(Some("b"));
        p.spend(Some("b"));
        assert_eq!(p.committed(), 0);
    }

    #[test]
    fn budget_is_bounded() {
        let mut p = Pacer::new(100.0);
        p.accrue(3_600_000);
        assert!(p.free() <= 100.0 + 1e-9);
        for _ in 0..100_000 {
            p.spend(None);
        }
        p.accrue(0);
        assert!(p.free() >= -(100.0 * 60.0 + 100.0) - 1e-9);
        let mut zero = Pacer::new(0.0);
        zero.accrue(10_000);
        assert!(!zero.may_start());
    }
}
