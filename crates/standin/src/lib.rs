//! VoIPBIN stand-in server: REST, WebSocket events in both dialects, simulated traffic.

// server core
pub mod auth;
mod banner;
pub mod cli;
pub mod clock;
pub mod config;
pub mod crm;
pub mod decode_cmd;
pub mod deployed_events;
pub mod error;
pub mod json_body;
pub mod logging;
pub mod publish;
pub mod replay;
pub mod rest;
mod rng;
pub mod server;
pub mod sip;
pub mod speakings;
pub mod state;
mod static_files;
pub mod talk;
pub mod ws;

// simulation, customer webhooks, WebRTC media legs
pub mod media;
pub mod media_stream;
pub mod sim;
pub mod webhook;
