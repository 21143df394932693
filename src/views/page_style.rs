//! The pages' stylesheet (style/pages.css) arrives with a page's chunk, not with the desk: the
//! build leaves `<meta name="page-style" content=HREF data-integrity=SRI>` in its place
//! (scripts/split-build), and the first page visit links it and waits for it, so a page never
//! shows unstyled. Written by hand: no library in the bundle loads a stylesheet on demand.

use futures::channel::oneshot;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{closure::Closure, JsCast};
use web_sys::{Document, Element};

const LINK: &str = "link[data-page-style]";

/// Links the pages' stylesheet unless it is in, and resolves to whether it is usable. Without
/// the meta (a build that links the stylesheet as usual) there is nothing to do. A stylesheet
/// that fails to arrive is unlinked again, so the next call tries afresh.
pub async fn load_page_style() -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let Some(link) = page_style_link(&document) else {
        return true;
    };
    if link.has_attribute("data-loaded") {
        return true;
    }
    let loaded = wait_for_load(&link).await;
    if loaded {
        let _ = link.set_attribute("data-loaded", "");
    } else {
        link.remove();
    }
    loaded
}

/// The link, already in the head or made now from the meta; `None` without the meta.
fn page_style_link(document: &Document) -> Option<Element> {
    if let Ok(Some(link)) = document.query_selector(LINK) {
        return Some(link);
    }
    let meta = document
        .query_selector("meta[name=page-style]")
        .ok()
        .flatten()?;
    let href = meta.get_attribute("content")?;
    let link = document.create_element("link").ok()?;
    let _ = link.set_attribute("rel", "stylesheet");
    let _ = link.set_attribute("href", &href);
    if let Some(integrity) = meta.get_attribute("data-integrity") {
        let _ = link.set_attribute("integrity", &integrity);
    }
    let _ = link.set_attribute("data-page-style", "");
    let head = document.query_selector("head").ok().flatten()?;
    head.append_child(&link).ok()?;
    Some(link)
}

/// Resolves on the link's `load` (true) or `error` (false). A second caller while it is in
/// flight listens to the same element: both events fire once, for every listener.
async fn wait_for_load(link: &Element) -> bool {
    let (sender, receiver) = oneshot::channel::<bool>();
    let sender = Rc::new(RefCell::new(Some(sender)));
    let listener = |outcome: bool| {
        let sender = sender.clone();
        Closure::<dyn FnMut()>::new(move || {
            if let Some(sender) = sender.borrow_mut().take() {
                let _ = sender.send(outcome);
            }
        })
    };
    let on_load = listener(true);
    let on_error = listener(false);
    let listen = |event: &str, callback: &Closure<dyn FnMut()>| {
        link.add_event_listener_with_callback(event, callback.as_ref().unchecked_ref())
            .is_ok()
    };
    let outcome = if listen("load", &on_load) && listen("error", &on_error) {
        receiver.await.unwrap_or(false)
    } else {
        false
    };
    // The closures are dropped below: no listener may outlive them.
    let _ = link.remove_event_listener_with_callback("load", on_load.as_ref().unchecked_ref());
    let _ = link.remove_event_listener_with_callback("error", on_error.as_ref().unchecked_ref());
    outcome
}
