//! REST calls to VoIPBIN (or the stand-in), typed on the protocol crate.
//!
//! One file per resource family, as in leptos' hackernews example. Lists are decoded item by
//! item, so one malformed item is reported and skipped instead of losing the whole list.

mod agents;
mod auth;
mod calls;
mod client;
mod conversations;
pub mod crm;
mod customer;
mod desk;
mod phone;
mod queues;
mod sim;
pub mod speakings;
pub mod talk;
pub mod upload;

pub use agents::*;
pub use auth::*;
pub use calls::*;
pub use client::{urlencode, Api, ApiError, Credential};
pub use conversations::*;
pub use customer::*;
pub use desk::*;
pub use phone::*;
pub use queues::*;
pub use sim::*;
