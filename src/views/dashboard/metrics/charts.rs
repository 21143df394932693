//! The last hour per minute, and how long callers wait.

use crate::msg;
use crate::store::{History, MINUTES_KEPT};

const MINUTE_MS: i64 = 60_000;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MinutePoint {
    pub minute_ms: i64,
    pub calls: u32,
    pub waiting_peak: u32,
}

/// The last hour, one point per minute ending with the current one; minutes with no record
/// are zero.
pub fn last_hour(history: &History, now_ms: i64) -> Vec<MinutePoint> {
    let current = now_ms - now_ms.rem_euclid(MINUTE_MS);
    let first = current - (MINUTES_KEPT as i64 - 1) * MINUTE_MS;
    let mut points: Vec<MinutePoint> = (0..MINUTES_KEPT as i64)
        .map(|i| MinutePoint {
            minute_ms: first + i * MINUTE_MS,
            ..MinutePoint::default()
        })
        .collect();
    for b in history.buckets() {
        if b.minute_ms < first || b.minute_ms > current {
            continue;
        }
        let slot = ((b.minute_ms - first) / MINUTE_MS) as usize;
        if let Some(p) = points.get_mut(slot) {
            p.calls += b.calls_created;
            p.waiting_peak = p.waiting_peak.max(b.waiting_peak);
        }
    }
    points
}

/// Upper bounds (exclusive, ms) of the wait histogram's bins, with their labels' message ids;
/// the last bin is open-ended.
pub const WAIT_BINS: [(i64, crate::i18n::Msg); 7] = [
    (15_000, msg!("dash-bin-under-15s")),
    (30_000, msg!("dash-bin-15-30s")),
    (60_000, msg!("dash-bin-30-60s")),
    (120_000, msg!("dash-bin-1-2m")),
    (300_000, msg!("dash-bin-2-5m")),
    (600_000, msg!("dash-bin-5-10m")),
    (i64::MAX, msg!("dash-bin-over-10m")),
];

pub fn histogram(waits_ms: impl IntoIterator<Item = i64>) -> [usize; WAIT_BINS.len()] {
    let mut bins = [0; WAIT_BINS.len()];
    for w in waits_ms {
        let slot = WAIT_BINS
            .iter()
            .position(|(upper, _)| w < *upper)
            .unwrap_or(WAIT_BINS.len() - 1);
        if let Some(b) = bins.get_mut(slot) {
            *b += 1;
        }
    }
    bins
}

/// How long each caller waiting now has waited, from when they joined (`Waiting::joined_ms`).
pub fn current_waits(joined_ms: &[i64], now_ms: i64) -> impl Iterator<Item = i64> + '_ {
    joined_ms.iter().map(move |t| (now_ms - t).max(0))
}
