//! Server data inside the desk's own sentences is set apart in a `translate="no"` element, so
//! page translators and the language test leave it as it came.

use leptos::prelude::*;
use voipbin_desk::api::ApiError;
use voipbin_desk::views::team::problem::{Action, Problem};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

#[wasm_bindgen_test]
fn a_team_problem_sets_the_servers_own_words_apart() {
    let document = web_sys::window().unwrap().document().unwrap();
    let host: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&host).unwrap();
    let problem = Problem::Failed(
        Action::ReadChat,
        ApiError::Status {
            code: 500,
            message: "disk full".into(),
        },
    );
    let owner = Owner::new();
    let mounted = owner.with(|| leptos::mount::mount_to(host.clone(), move || problem.view()));
    let apart = host
        .query_selector("[translate=no]")
        .unwrap()
        .expect("the server's words in their own element");
    assert_eq!(apart.text_content().as_deref(), Some("disk full"));
    let whole = host.text_content().unwrap_or_default();
    assert!(
        whole.contains("500") && whole.len() > "disk full".len() + 3,
        "{whole}"
    );
    drop(mounted);
    owner.cleanup();
    host.remove();
}
