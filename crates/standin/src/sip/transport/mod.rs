//! How SIP messages reach the stand-in: WebSocket (RFC 7118) only.

pub mod ws;
