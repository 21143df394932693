//! Settings: the customer's webhook. Admins edit it; managers (and agents) see it read-only.
//! Every refusal from the server is explained in words, never swallowed.

mod deliveries;
mod form;
mod secret;
pub mod validate;

use crate::api::{self, ApiError};
use crate::app::Auth;
use leptos::prelude::*;
use voipbin_protocol::Customer;

#[component]
pub fn Settings() -> impl IntoView {
    let Auth(auth) = expect_context::<Auth>();
    let Some(session) = auth.get_untracked() else {
        return view! { <main id="main" class="settings" data-testid="settings"></main> }
            .into_any();
    };
    let api = session.api();
    let admin = session.is_admin();
    let customer = RwSignal::new(None::<Customer>);
    let load_error = RwSignal::new(None::<String>);
    {
        let api = api.clone();
        leptos::task::spawn_local(async move {
            match api::customer(&api).await {
                Ok(c) => {
                    let _ = customer.try_set(Some(c));
                }
                Err(e) => {
                    let _ = load_error.try_set(Some(explain(&e, "read the customer settings")));
                }
            }
        });
    }
    let role = if admin {
        "admin"
    } else if session.is_supervisor() {
        "manager"
    } else {
        "agent"
    };

    let form_api = api.clone();
    view! {
        <main id="main" class="settings" data-testid="settings" data-role=role>
            <h1>"Settings"</h1>
            <crate::views::language::LanguageSelect/>
            <Show when=move || !admin>
                <p class="notice" data-testid="settings-readonly" role="note">
                    {format!("You are signed in as {} {role}. Only an admin can change the webhook; \
                              VoIPBIN refuses changes from other accounts (403 Forbidden).",
                              if role == "agent" { "an" } else { "a" })}
                </p>
            </Show>
            <Show when=move || load_error.with(Option::is_some)>
                <p class="error-box" role="alert" data-testid="settings-load-error">{move || load_error.get()}</p>
            </Show>
            <Show when=move || customer.with(Option::is_none) && load_error.with(Option::is_none)>
                <p class="hint">"Loading the customer's settings…"</p>
            </Show>
            <Show when=move || customer.with(Option::is_some)>
                <form::WebhookForm customer api=form_api.clone() admin/>
                <secret::SigningSecret customer/>
            </Show>
            <deliveries::Deliveries api admin/>
        </main>
    }
    .into_any()
}

/// A failed request in words: what happened and what the user can do.
pub fn explain(error: &ApiError, action: &str) -> String {
    match error {
        ApiError::Forbidden(m) => format!(
            "The server refused to {action}: your account does not have the permission for it \
             (403 Forbidden{}). Ask an admin.",
            detail(m)
        ),
        ApiError::Unauthorized(m) => {
            format!(
                "Could not {action}: your session is no longer valid{}. Sign in again.",
                detail(m)
            )
        }
        ApiError::NotFound(m) => format!(
            "Could not {action}: this server does not offer it (404{}).",
            detail(m)
        ),
        ApiError::Network(_) => format!(
            "Could not {action}: the server cannot be reached. Check the connection and try again."
        ),
        ApiError::Status { code, message } if (400..500).contains(code) => {
            format!("The server rejected this ({code}): {message}")
        }
        ApiError::Status { code, message } => format!(
            "Could not {action}: server error {code}{}.",
            detail(message)
        ),
        ApiError::Decode(m) => {
            format!("Could not {action}: unexpected answer from the server ({m}).")
        }
    }
}

fn detail(m: &str) -> String {
    if m.trim().is_empty() {
        String::new()
    } else {
        format!(": {}", m.trim())
    }
}
