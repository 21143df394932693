//! Browser tests of the app's own pieces, run by wasm-bindgen-test-runner in headless Chromium:
//! the real DOM, the real animation frames, the wasm build of the protocol crate.

use leptos::prelude::*;
use voipbin_desk::state::DeskState;
use voipbin_protocol::{decode, Frame};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// The SIP user agent's fuzz driver, shared with its native test, so that the fuzzing also runs
/// on the path the browser runs (wasm32: 32-bit `usize`, the wasm build of the SIP reader).
#[path = "../crates/sip/tests/ua_fuzz/driver.rs"]
mod sip_ua_fuzz;

#[path = "web/i18n.rs"]
mod i18n;

#[path = "web/server_words.rs"]
mod server_words;

fn call_frame(i: usize, status: &str, second: usize) -> String {
    format!(
        r#"{{"event_type":"call_updated","timestamp":"2026-11-23T10:00:00Z","topic":"customer_id:5e4a0680-804e-11ec-8477-2fea5968d85b:call:c{i}","data":{{"id":"c{i}","status":"{status}","direction":"incoming","source":{{"type":"tel","target":"+1555{i:07}"}},"tm_update":"2026-11-23T10:{:02}:{:02}.000000Z"}}}}"#,
        second / 60,
        second % 60
    )
}

async fn next_frame() {
    let (tx, rx) = futures::channel::oneshot::channel::<()>();
    request_animation_frame(move || {
        let _ = tx.send(());
    });
    let _ = rx.await;
}

#[wasm_bindgen_test]
async fn a_burst_of_ten_thousand_events_is_applied_in_one_frame_batch() {
    let owner = Owner::new();
    owner.set();
    let desk = DeskState::new();
    let seen = RwSignal::new(0usize);
    // A view-like effect: counts re-runs caused by the calls trigger.
    Effect::new(move |_| {
        desk.read(desk.calls, |_| ());
        seen.update_untracked(|n| *n += 1);
    });
    for i in 0..10_000 {
        // Every call twice (the deployed server's duplicate copy), then a hangup for half.
        for text in [
            call_frame(i, "progressing", 1),
            call_frame(i, "progressing", 1),
        ] {
            if let Ok(Frame::Event(event)) = decode(&text) {
                desk.enqueue(event);
            }
        }
        if i % 2 == 0 {
            if let Ok(Frame::Event(event)) = decode(&call_frame(i, "hangup", 2)) {
                desk.enqueue(event);
            }
        }
    }
    next_frame().await;
    next_frame().await;
    let (active, ended, dups) = desk.peek(|s| {
        let ended = s
            .calls
            .values()
            .filter(|c| c.status.to_string() == "hangup")
            .count();
        (s.calls.len() - ended, ended, s.duplicates_dropped)
    });
    assert_eq!(active, 5_000);
    assert_eq!(
        ended,
        voipbin_desk::store::ENDED_CALLS_KEPT,
        "ended calls are bounded"
    );
    assert_eq!(dups, 10_000);
    assert_eq!(
        desk.applied_batches.get_untracked(),
        1,
        "one batch for the whole burst"
    );
}

#[wasm_bindgen_test]
async fn the_app_mounts_and_offers_sign_in() {
    voipbin_desk::mount();
    for _ in 0..5 {
        next_frame().await;
    }
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("document");
    for id in [
        "signin-server",
        "signin-username",
        "signin-password",
        "signin-submit",
    ] {
        let found = document
            .query_selector(&format!("[data-testid='{id}']"))
            .ok()
            .flatten();
        assert!(found.is_some(), "{id} is on the sign-in page");
    }
}

/// Regression: a list's scroll-to-end ran on the next frame and read the list's `NodeRef` after
/// its view was gone (an ended call's transcript), a panic that killed the whole desk.
#[wasm_bindgen_test]
async fn following_a_list_whose_view_is_gone_does_nothing() {
    use voipbin_desk::views::desk::follow::follow_end;
    use wasm_bindgen::JsCast;
    let document = document();
    let parent: web_sys::HtmlElement = document
        .create_element("div")
        .expect("div")
        .unchecked_into();
    document
        .body()
        .expect("body")
        .append_child(&parent)
        .expect("append");
    // A panic inside a frame callback is no failure of this future: catch it as the page does.
    let errors = RwSignal::new(Vec::<String>::new());
    let listener = window_event_listener_untyped("error", move |e| {
        let message = js_sys::Reflect::get(&e, &"message".into())
            .ok()
            .and_then(|m| m.as_string());
        errors.update(|v| v.push(message.unwrap_or_default()));
    });
    let owner = Owner::new();
    let list = owner.with(NodeRef::<leptos::html::Ol>::new);
    let mounted = owner.with(|| {
        leptos::mount::mount_to(
            parent,
            move || view! { <ol node_ref=list><li>"one"</li></ol> },
        )
    });
    next_frame().await;
    assert!(list.get_untracked().is_some(), "the list is mounted");
    follow_end(list, 80, true);
    drop(mounted);
    owner.cleanup();
    assert!(
        list.try_get_untracked().is_none(),
        "the view and its NodeRef are gone"
    );
    next_frame().await;
    next_frame().await;
    listener.remove();
    assert_eq!(errors.get_untracked(), Vec::<String>::new());
}

#[wasm_bindgen_test]
fn the_sip_user_agent_survives_mutated_frames_in_wasm() {
    let seen = sip_ua_fuzz::run(20_000, 0x5eed_cafe);
    for wanted in sip_ua_fuzz::EVERY_OUTCOME {
        assert!(
            seen.get(wanted).is_some_and(|n| *n > 0),
            "never saw {wanted}: {seen:?}"
        );
    }
}
