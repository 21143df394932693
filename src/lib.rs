//! VoIPBIN Desk: the agent desktop and supervisor dashboard, in the browser.
//!
//! A library so that browser tests (`tests/web.rs`) reach the same modules the binary mounts.

pub mod api;
pub mod app;
pub mod format;
pub mod live;
pub mod session;
pub mod state;
pub mod store;
pub mod views;

/// Mounts the desk into `<body>`.
pub fn mount() {
    leptos::mount::mount_to_body(app::App);
}
