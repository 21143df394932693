//! Getting the agent's attention when the desk is not in front of them: a browser notification
//! while the tab is hidden, and a flashing tab title while a caller waits.
//!
//! Permission is asked once, politely, from a button the agent clicks (browsers ignore or punish
//! prompts on load). The title does not flash for people who asked for reduced motion: it just
//! says a caller is waiting.

use super::storage;
use crate::i18n::tr;
use leptos::prelude::*;
use std::cell::RefCell;
use std::collections::HashMap;
use std::time::Duration;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::{Notification, NotificationOptions, NotificationPermission};

const ASKED_KEY: &str = "voipbin-desk.notifications-asked";

#[derive(Default)]
struct Attention {
    shown: HashMap<String, Notification>,
    original_title: Option<String>,
    flasher: Option<IntervalHandle>,
    flash_on: bool,
}

thread_local! {
    static ATTENTION: RefCell<Attention> = RefCell::new(Attention::default());
}

fn supported() -> bool {
    web_sys::window().is_some_and(|w| {
        js_sys::Reflect::has(&w, &JsValue::from_str("Notification")).unwrap_or(false)
    })
}

fn permission() -> Option<NotificationPermission> {
    supported().then(Notification::permission)
}

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

pub fn tab_hidden() -> bool {
    document().is_some_and(|d| d.hidden())
}

pub fn prefers_reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|m| m.matches())
}

/// A notification for alert `id`, only while the tab is hidden and the agent allowed it.
/// Clicking it brings the desk to the front.
pub fn show(id: &str, title: &str, body: &str) {
    if !tab_hidden() || permission() != Some(NotificationPermission::Granted) {
        return;
    }
    let options = NotificationOptions::new();
    options.set_body(body);
    options.set_tag(id);
    options.set_require_interaction(true);
    let Ok(notification) = Notification::new_with_options(title, &options) else {
        return;
    };
    let onclick = Closure::<dyn Fn()>::new(|| {
        if let Some(w) = web_sys::window() {
            let _ = w.focus();
        }
    });
    notification.set_onclick(Some(onclick.as_ref().unchecked_ref()));
    // The closure lives as long as the page: a notification can be clicked any time.
    onclick.forget();
    ATTENTION.with(|a| {
        if let Some(old) = a.borrow_mut().shown.insert(id.to_string(), notification) {
            old.close();
        }
    });
}

/// Withdraws the notification of an alert that ended (taken, abandoned, hung up).
pub fn close(id: &str) {
    ATTENTION.with(|a| {
        if let Some(n) = a.borrow_mut().shown.remove(id) {
            n.close();
        }
    });
}

pub fn close_all() {
    ATTENTION.with(|a| {
        for (_, n) in a.borrow_mut().shown.drain() {
            n.close();
        }
    });
}

/// Shows `text` in the tab title (flashing unless reduced motion), or restores the title.
pub fn set_title_alert(text: Option<String>) {
    let Some(doc) = document() else { return };
    ATTENTION.with(|a| {
        let mut att = a.borrow_mut();
        if let Some(timer) = att.flasher.take() {
            timer.clear();
        }
        match text {
            None => {
                if let Some(original) = att.original_title.take() {
                    doc.set_title(&original);
                }
            }
            Some(text) => {
                if att.original_title.is_none() {
                    att.original_title = Some(doc.title());
                }
                let alert_title = format!("● {text}");
                doc.set_title(&alert_title);
                if prefers_reduced_motion() {
                    return;
                }
                let original = att.original_title.clone().unwrap_or_default();
                att.flash_on = true;
                att.flasher = set_interval_with_handle(
                    move || {
                        ATTENTION.with(|a| {
                            let mut att = a.borrow_mut();
                            att.flash_on = !att.flash_on;
                            if let Some(doc) = document() {
                                doc.set_title(if att.flash_on {
                                    &alert_title
                                } else {
                                    &original
                                });
                            }
                        })
                    },
                    Duration::from_millis(1000),
                )
                .ok();
            }
        }
    });
}

/// Offers notifications once: shown while the browser has not been asked and the agent has not
/// said "not now". The browser's prompt opens from the click (a user gesture), never by itself.
#[component]
pub fn NotifyPrompt() -> impl IntoView {
    let wanted = supported()
        && permission() == Some(NotificationPermission::Default)
        && !storage::load::<bool>(ASKED_KEY).unwrap_or(false);
    let open = RwSignal::new(wanted);
    let enable = move |_| {
        storage::save(ASKED_KEY, &true);
        open.set(false);
        if supported() {
            let _ = Notification::request_permission();
        }
    };
    let later = move |_| {
        storage::save(ASKED_KEY, &true);
        open.set(false);
    };
    view! {
        <Show when=move || open.get()>
            <div class="notify-offer" role="region" aria-label=tr!("desk-notify-region")>
                <p>{tr!("desk-notify-offer")}</p>
                <button class="primary" data-testid="notify-enable" on:click=enable>{tr!("desk-notify-enable")}</button>
                <button class="ghost" data-testid="notify-later" on:click=later>{tr!("desk-notify-later")}</button>
            </div>
        </Show>
    }
}
