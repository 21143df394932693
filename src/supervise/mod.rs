//! The supervisor's live-call controls (issue 26; shared/PROTOCOL.md "Supervising live calls"):
//! listen to a call over VoIPBIN's media stream, speak to both parties (barge), whisper to the
//! agent by text. Reached only from the dashboard, so it lands in the dashboard's chunk.
//!
//! Pure and tested natively: `pcm`, `resample`, `jitter`, `panel`, `agent_leg`. In the browser:
//! `player` (Web Audio) and `listener` (the stream, the microphone, whispers).

pub mod agent_leg;
pub mod jitter;
pub mod panel;
pub mod pcm;
pub mod resample;

mod listener;
mod player;

pub use listener::Listener;
