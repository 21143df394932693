//! The WebSocket side: connections, subscriptions, fan-out, and the upgrade handler.

mod client_messages;
mod conn;
mod hub;
mod session;
mod subscriptions;
mod upgrade;

pub use conn::{ConnControl, ConnStats, OUTBOX_CAPACITY};
pub use hub::{Delivery, Hub, HubStats, Target};
pub use session::{overflow_notice, CLOSE_TOKEN_EXPIRED};
pub use subscriptions::{MatchKey, MAX_TOPICS_PER_CONNECTION};
pub use upgrade::ws_handler;
