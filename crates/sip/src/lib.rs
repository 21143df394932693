//! SIP over WebSocket (RFC 7118) for VoIPBIN's agent phone: pure and natively tested, shared by
//! the desk's user agent (wasm) and the stand-in's registrar and router.

pub mod digest;
