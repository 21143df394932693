//! Every number the dashboard shows, computed from the store. Pure (time is passed in, nothing
//! touches the DOM), so each figure is unit-tested natively, and each function walks its
//! collections once: the tables recompute on every applied batch with 1,000 calls.

mod agents;
mod calls;
mod charts;
mod feeds;
mod queues;
mod tiles;

#[cfg(test)]
mod tests;

pub use agents::*;
pub use calls::*;
pub use charts::*;
pub use feeds::*;
pub use queues::*;
pub use tiles::*;

/// A VoIPBIN timestamp as ms, or None when unset, unreadable or the "not yet" marker (9999-…).
/// The marker is told by its value, not its text: a prefix compare per timestamp was most of a
/// 5,000-call dashboard's string compares (`bench/profile`).
pub fn instant(timestamp: &str) -> Option<i64> {
    known(voipbin_protocol::parse_timestamp_ms(timestamp))
}

/// A parsed time (`Table::values_created`) as `instant` would give it: the "not yet" marker is
/// no time.
pub fn known(ms: Option<i64>) -> Option<i64> {
    ms.filter(|ms| *ms < NOT_YET_MS)
}

/// 9999-01-01T00:00:00Z: VoIPBIN's "not yet" times are in that year.
const NOT_YET_MS: i64 = 253_370_764_800_000;
