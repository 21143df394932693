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
pub fn instant(timestamp: &str) -> Option<i64> {
    if timestamp.starts_with("9999") {
        return None;
    }
    voipbin_protocol::parse_timestamp_ms(timestamp)
}
