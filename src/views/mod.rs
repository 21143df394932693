//! Components: they read signals and call actions; no view opens a socket or parses JSON.

pub mod contacts;
pub mod dashboard;
pub mod desk;
mod hotkeys;
pub mod inspector;
pub mod language;
pub mod lazy_page;
// Only a split build leaves the pages' stylesheet to their chunks.
#[cfg(feature = "split")]
mod page_style;
pub mod phone;
pub mod settings;
pub mod shell;
pub mod signin;
pub mod status;
pub mod team;
pub mod theme;
mod ticker;

pub use hotkeys::{route_digits_to_keypad, use_hotkeys, Hotkey};
pub use ticker::{use_now, use_staggered_now};
