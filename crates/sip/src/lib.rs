//! SIP over WebSocket (RFC 7118) for VoIPBIN's agent phone: pure and natively tested, shared by
//! the desk's user agent (wasm) and the stand-in's registrar and router.
//!
//! No I/O, no clock (times are passed in as milliseconds), no randomness (tags, branches and
//! Call-IDs come from the caller), and no panic on any input. Its only dependency is `md-5`
//! (pure Rust), so it builds for wasm32.
//!
//! - [`message`]: read a WebSocket frame into a [`Request`] or [`Response`], write one back;
//!   [`header`] gives typed access (Via, From/To, Call-ID, CSeq, Contact, challenges, ...), over
//!   [`uri`], [`via`], [`name_addr`], [`method`] and [`params`].
//! - [`build`]: new requests, CANCEL, and responses that copy what RFC 3261 8.2.6 asks.
//! - [`sdp`]: media sections, codecs, ICE/DTLS attributes, direction rewrite for hold.
//! - [`transaction`]: client and server transaction state machines (events in, actions out).
//! - [`dialog`]: dialog state, matching, and in-dialog requests (BYE, re-INVITE, INFO, ACK).
//! - [`digest`]: digest authentication for REGISTER and INVITE challenges.
//! - [`ua`]: the desk's user agent core on top of these: registration, keep-alive, calls both
//!   ways, hold by re-INVITE (events and frames out, times passed in).

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
pub mod ua;
pub mod uri;
pub mod via;

pub use error::ParseError;
pub use header::Headers;
pub use message::{Message, Request, Response};
pub use method::{CSeq, Method};
pub use name_addr::NameAddr;
pub use uri::Uri;
pub use via::Via;
