//! Light and dark themes: the system's choice by default, the user's once they pick one.

const KEY: &str = "voipbin-desk.theme";

fn root() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.document_element()
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

pub fn apply_saved_theme() {
    if let Some(theme) = storage().and_then(|s| s.get_item(KEY).ok().flatten()) {
        if let Some(root) = root() {
            let _ = root.set_attribute("data-theme", &theme);
        }
    }
}

/// Flips between light and dark; returns the new theme.
pub fn toggle_theme() -> String {
    let Some(root) = root() else {
        return String::new();
    };
    let current = root.get_attribute("data-theme").unwrap_or_else(|| {
        let prefers_dark = web_sys::window()
            .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
            .is_some_and(|m| m.matches());
        if prefers_dark { "dark" } else { "light" }.to_string()
    });
    let next = if current == "dark" { "light" } else { "dark" };
    let _ = root.set_attribute("data-theme", next);
    if let Some(storage) = storage() {
        let _ = storage.set_item(KEY, next);
    }
    next.to_string()
}
