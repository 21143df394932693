//! The live connection: one WebSocket per signed-in desk, kept alive through drops.
//!
//! Pure pieces (backoff, subscriptions, watchdog, inspector log) are tested natively; `connection`
//! drives them with gloo-net in the browser, and `resync` fetches REST snapshots after each connect.

pub mod backoff;
mod connection;
mod inspector_log;
mod intake;
mod queue_poll;
mod resync;
pub mod subscriptions;
pub mod talk_chunk;
pub mod talk_sync;
pub mod watchdog;

pub use connection::{start, ConnectionState, Live};
pub use inspector_log::{redact, InspectorLog, LoggedFrame};
pub use queue_poll::{use_queue_poll, QueuePoll, QUEUE_POLL_MS};
pub use subscriptions::{ScopeKey, TopicNeed};
