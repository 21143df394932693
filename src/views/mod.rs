//! Components: they read signals and call actions; no view opens a socket or parses JSON.

pub mod dashboard;
pub mod desk;
pub mod inspector;
pub mod settings;
pub mod shell;
pub mod signin;
pub mod theme;
mod hotkeys;
mod status;
mod ticker;

pub use hotkeys::{use_hotkeys, Hotkey};
pub use ticker::use_now;
