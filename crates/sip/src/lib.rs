//! SIP over WebSocket (RFC 7118) for VoIPBIN's agent phone: pure and natively tested, shared by
//! the desk's user agent (wasm) and the stand-in's registrar and router.
//!
//! No I/O, no clock (times are passed in as milliseconds), no randomness (tags, branches and
//! Call-IDs come from the caller), and no panic on any input.

pub mod build;
pub mod dialog;
pub mod digest;
pub mod error;
pub mod header;
pub mod message;
pub mod method;
pub mod name_addr;
pub mod params;
pub mod sdp;
pub mod transaction;
pub mod uri;
pub mod via;

pub use error::ParseError;
pub use header::Headers;
pub use message::{Message, Request, Response};
pub use method::{CSeq, Method};
pub use name_addr::NameAddr;
pub use uri::Uri;
pub use via::Via;
