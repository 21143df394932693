//! Settings: the customer's webhook. Admins edit it; managers (and agents) see it read-only.
//! Every refusal from the server is explained in words, never swallowed.

mod deliveries;
mod form;
mod secret;
pub mod validate;

use crate::api::{self, ApiError};
use crate::app::Auth;
use crate::i18n::tr;
use crate::msg;
use crate::t;
use crate::views::signin::{detail, set_apart, Apart};
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
    let load_error = RwSignal::new(None::<ApiError>);
    {
        let api = api.clone();
        leptos::task::spawn_local(async move {
            match api::customer(&api).await {
                Ok(c) => {
                    let _ = customer.try_set(Some(c));
                }
                Err(e) => {
                    let _ = load_error.try_set(Some(e));
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
            <h1>{tr!("page-settings-title")}</h1>
            <crate::views::language::LanguageSelect/>
            <Show when=move || !admin>
                <p class="notice" data-testid="settings-readonly" role="note">
                    {tr(if role == "agent" { msg!("page-settings-readonly-agent") } else { msg!("page-settings-readonly-manager") })}
                </p>
            </Show>
            <Show when=move || load_error.with(Option::is_some)>
                <p class="error-box" role="alert" data-testid="settings-load-error">{move || load_error.with(|e| e.as_ref().map(|e| explained(e, Action::ReadSettings)))}</p>
            </Show>
            <Show when=move || customer.with(Option::is_none) && load_error.with(Option::is_none)>
                <p class="hint">{tr!("page-settings-loading")}</p>
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

/// What the page was doing when a request failed: each has its own sentences for each failure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    ReadSettings,
    SaveWebhook,
    /// Reading the delivery log (a refusal says the log is not shown).
    DeliveryLog,
    SendTestEvent,
}

/// One message id per way a request fails.
struct Sentences {
    forbidden: crate::i18n::Msg,
    unauthorized: crate::i18n::Msg,
    not_found: crate::i18n::Msg,
    unreachable: crate::i18n::Msg,
    server_error: crate::i18n::Msg,
    unexpected: crate::i18n::Msg,
}

impl Action {
    fn sentences(self) -> Sentences {
        match self {
            Action::ReadSettings => Sentences {
                forbidden: msg!("page-read-settings-forbidden"),
                unauthorized: msg!("page-read-settings-unauthorized"),
                not_found: msg!("page-read-settings-not-found"),
                unreachable: msg!("page-read-settings-unreachable"),
                server_error: msg!("page-read-settings-server-error"),
                unexpected: msg!("page-read-settings-unexpected"),
            },
            Action::SaveWebhook => Sentences {
                forbidden: msg!("page-save-webhook-forbidden"),
                unauthorized: msg!("page-save-webhook-unauthorized"),
                not_found: msg!("page-save-webhook-not-found"),
                unreachable: msg!("page-save-webhook-unreachable"),
                server_error: msg!("page-save-webhook-server-error"),
                unexpected: msg!("page-save-webhook-unexpected"),
            },
            Action::DeliveryLog => Sentences {
                forbidden: msg!("page-delivery-log-forbidden"),
                unauthorized: msg!("page-delivery-log-unauthorized"),
                not_found: msg!("page-delivery-log-not-found"),
                unreachable: msg!("page-delivery-log-unreachable"),
                server_error: msg!("page-delivery-log-server-error"),
                unexpected: msg!("page-delivery-log-unexpected"),
            },
            Action::SendTestEvent => Sentences {
                forbidden: msg!("page-send-test-forbidden"),
                unauthorized: msg!("page-send-test-unauthorized"),
                not_found: msg!("page-send-test-not-found"),
                unreachable: msg!("page-send-test-unreachable"),
                server_error: msg!("page-send-test-server-error"),
                unexpected: msg!("page-send-test-unexpected"),
            },
        }
    }
}

/// A failed request in words: what happened and what the user can do (tracked: call it where
/// it is shown, so it follows the language).
fn explain(error: &ApiError, action: Action) -> String {
    let sentences = action.sentences();
    match error {
        ApiError::Forbidden(m) => t!(sentences.forbidden, detail = detail(m)),
        ApiError::Unauthorized(m) => t!(sentences.unauthorized, detail = detail(m)),
        ApiError::NotFound(m) => t!(sentences.not_found, detail = detail(m)),
        ApiError::Network(_) => t!(sentences.unreachable),
        ApiError::Status { code, message } if (400..500).contains(code) => t!(
            "page-settings-rejected",
            code = code.to_string(),
            message = message.as_str()
        ),
        ApiError::Status { code, message } => t!(
            sentences.server_error,
            code = code.to_string(),
            detail = detail(message)
        ),
        ApiError::Decode(m) => t!(sentences.unexpected, reason = m.as_str()),
    }
}

/// `explain`'s words, the server's own set apart (tracked).
pub fn explained(error: &ApiError, action: Action) -> AnyView {
    let server_words = match error {
        ApiError::Network(_) => "",
        ApiError::Unauthorized(m)
        | ApiError::Forbidden(m)
        | ApiError::NotFound(m)
        | ApiError::Decode(m)
        | ApiError::Status { message: m, .. } => m.trim(),
    };
    set_apart(explain(error, action), server_words, Apart::Data)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_has_a_sentence_for_every_failure() {
        let failures = [
            ApiError::Forbidden("admin only".into()),
            ApiError::Unauthorized(String::new()),
            ApiError::NotFound(String::new()),
            ApiError::Network("offline".into()),
            ApiError::Status {
                code: 503,
                message: "busy".into(),
            },
            ApiError::Decode("not JSON".into()),
        ];
        let actions = [
            Action::ReadSettings,
            Action::SaveWebhook,
            Action::DeliveryLog,
            Action::SendTestEvent,
        ];
        let mut seen = std::collections::BTreeSet::new();
        for action in actions {
            for failure in &failures {
                let words = explain(failure, action);
                // A message the catalogue lacks comes back as its id.
                assert!(
                    !words.starts_with("page-"),
                    "{action:?}, {failure:?}: {words}"
                );
                assert!(seen.insert(words.clone()), "said twice: {words}");
            }
        }
        assert_eq!(
            explain(&failures[0], Action::SaveWebhook),
            "The server refused to save the webhook: your account does not have the permission \
             for it (403 Forbidden: admin only). Ask an admin."
        );
    }
}
