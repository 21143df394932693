//! VoIPBIN Desk: the agent desktop and supervisor dashboard, in the browser.
//!
//! A library so that browser tests (`tests/web.rs`) reach the same modules the binary mounts.

pub mod aftercall;
pub mod api;
pub mod app;
pub mod caller;
pub mod format;
pub mod help;
pub mod i18n;
pub mod live;
pub mod phone;
pub mod session;
pub mod state;
pub mod store;
pub mod supervise;
pub mod views;

/// Mounts the desk into `<body>`.
pub fn mount() {
    expose_wasm_memory();
    // The agent's language is in place before the first word is drawn. (wasm-bindgen-futures:
    // Leptos's executor starts with the mount.)
    wasm_bindgen_futures::spawn_local(async {
        i18n::start().await;
        leptos::mount::mount_to_body(app::App);
    });
}

/// Lets the memory benchmarks read the wasm heap's size (`bench/metrics.mjs`).
fn expose_wasm_memory() {
    if let Some(window) = web_sys::window() {
        let _ = js_sys::Reflect::set(
            &window,
            &"__desk_wasm_memory".into(),
            &wasm_bindgen::memory(),
        );
    }
}
