//! The language picker, on the sign-in page and in settings. Languages are listed by their own
//! names (`translate="no"`: a reader looks for "Deutsch", not "German"). The switch redraws the
//! words only: calls, drafts and the connection stay.

use crate::i18n::{self, Lang};
use crate::t;
use leptos::prelude::*;

#[component]
pub fn LanguageSelect() -> impl IntoView {
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let change = move |event: leptos::ev::Event| {
        let Some(lang) = Lang::from_tag(&event_target_value(&event)) else {
            return;
        };
        busy.set(true);
        leptos::task::spawn_local(async move {
            let outcome = i18n::switch_to(lang).await;
            busy.set(false);
            match outcome {
                Ok(()) => {
                    i18n::save_choice(lang);
                    error.set(None);
                }
                Err(reason) => error.set(Some(t!(
                    "language-failed",
                    language = lang.name(),
                    reason = reason
                ))),
            }
        });
    };
    view! {
        <label class="language">
            {i18n::tr!("language-label")}
            <select data-testid="language-select" translate="no" title=i18n::tr!("language-label") on:change=change disabled=busy
                prop:value=move || i18n::lang().tag()>
                {Lang::ALL
                    .map(|lang| view! { <option value=lang.tag() lang=lang.tag()>{lang.name()}</option> })
                    .collect_view()}
            </select>
        </label>
        {move || error.get().map(|e| view! { <p class="error" role="alert" data-testid="language-error">{e}</p> })}
    }
}
