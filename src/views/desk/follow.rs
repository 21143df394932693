//! Keeping a growing list (messages, transcript lines) scrolled to its newest entry.

use leptos::html;
use leptos::prelude::*;

/// Scrolls `list` to its end on the next frame, once the new entries are laid out, unless the
/// reader has scrolled more than `slack` pixels up to read (`always` overrides that).
///
/// By the next frame the list's view may be gone (the call ended, another thread opened), and
/// its `NodeRef` disposed with it: the frame then does nothing. Reading it with `get_untracked`
/// there panicked and killed the desk (tests/web.rs checks this).
pub fn follow_end(list: NodeRef<html::Ol>, slack: i32, always: bool) {
    let Some(el) = list.try_get_untracked().flatten() else {
        return;
    };
    if !always && el.scroll_height() - el.scroll_top() - el.client_height() >= slack {
        return;
    }
    request_animation_frame(move || {
        if let Some(el) = list.try_get_untracked().flatten() {
            el.set_scroll_top(el.scroll_height());
        }
    });
}
