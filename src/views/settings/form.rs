//! The webhook address and method: validated as typed, saved with every other customer field
//! kept as it is (`PUT /v1.0/customer` wants them all), and a one-click "turn off delivery".

use super::validate::{validate, MethodProblem, UriProblem, WebhookErrors, METHODS};
use super::{explained, Action};
use crate::api::{self, Api, ApiError};
use crate::i18n::tr;
use crate::t;
use crate::views::signin::{set_apart, Apart};
use leptos::prelude::*;
use voipbin_protocol::Customer;

/// How events are wrapped, shown in the hint as it is.
const EVENT_SHAPE: &str = "{\"type\": …, \"data\": {…}}";

#[derive(Clone, Debug, PartialEq)]
enum Outcome {
    Idle,
    Saving,
    /// Saved: events now go to `uri` (none: delivery is off) with `method`.
    Saved {
        method: String,
        uri: String,
    },
    /// Not sent: a field is wrong.
    Invalid,
    Failed(ApiError),
}

impl Outcome {
    /// In words (tracked).
    fn shown(&self) -> AnyView {
        match self {
            Outcome::Idle | Outcome::Saving => ().into_any(),
            Outcome::Saved { uri, .. } if uri.is_empty() => t!("page-webhook-saved-off").into_any(),
            Outcome::Saved { method, uri } => {
                let target = format!("{method} {uri}");
                set_apart(
                    t!("page-webhook-saved-on", target = target.as_str()),
                    &target,
                    Apart::Data,
                )
            }
            Outcome::Invalid => t!("page-webhook-fix-fields").into_any(),
            Outcome::Failed(e) => explained(e, Action::SaveWebhook),
        }
    }
}

#[component]
pub fn WebhookForm(customer: RwSignal<Option<Customer>>, api: Api, admin: bool) -> impl IntoView {
    let current = move || customer.get().unwrap_or_default();
    let uri = RwSignal::new(customer.with_untracked(|c| {
        c.as_ref()
            .map(|c| c.webhook_uri.clone())
            .unwrap_or_default()
    }));
    let method = RwSignal::new(customer.with_untracked(|c| {
        c.as_ref()
            .map(|c| c.webhook_method.clone())
            .filter(|m| !m.is_empty())
            .unwrap_or_else(|| "POST".into())
    }));
    // Errors show once the user tried to save, then follow the typing.
    let tried = RwSignal::new(false);
    let errors = Memo::new(move |_| {
        if !tried.get() {
            return WebhookErrors::default();
        }
        validate(&uri.get(), &method.get())
            .err()
            .unwrap_or_default()
    });
    let outcome = RwSignal::new(Outcome::Idle);
    let changed = move || {
        customer.with(|c| {
            c.as_ref().is_none_or(|c| {
                c.webhook_uri != uri.get().trim()
                    || !c.webhook_method.eq_ignore_ascii_case(method.get().trim())
            })
        })
    };

    let save = {
        let api = api.clone();
        move |new_uri: String, new_method: String| {
            tried.set(true);
            let setting = match validate(&new_uri, &new_method) {
                Ok(s) => s,
                Err(_) => {
                    outcome.set(Outcome::Invalid);
                    return;
                }
            };
            let Some(held) = customer.get_untracked() else {
                return;
            };
            outcome.set(Outcome::Saving);
            let api = api.clone();
            leptos::task::spawn_local(async move {
                match api::update_webhook(&api, &held, &setting.uri, &setting.method).await {
                    Ok(updated) => {
                        let saved = Outcome::Saved {
                            method: updated.webhook_method.clone(),
                            uri: updated.webhook_uri.clone(),
                        };
                        let _ = uri.try_set(updated.webhook_uri.clone());
                        if !updated.webhook_method.is_empty() {
                            let _ = method.try_set(updated.webhook_method.clone());
                        }
                        // The answer may omit the secret; keep the one we had.
                        let mut updated = updated;
                        if updated.webhook_secret.is_empty() {
                            updated.webhook_secret = held.webhook_secret.clone();
                        }
                        let _ = customer.try_set(Some(updated));
                        let _ = outcome.try_set(saved);
                    }
                    Err(e) => {
                        let _ = outcome.try_set(Outcome::Failed(e));
                    }
                }
            });
        }
    };
    let save_form = save.clone();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if admin {
            save_form(uri.get_untracked(), method.get_untracked());
        }
    };
    let turn_off = move |_| save(String::new(), method.get_untracked());

    view! {
        <section class="card settings-card" aria-labelledby="webhook-title">
            <h2 id="webhook-title">{tr!("page-webhook-title")}</h2>
            <p class="hint">{move || set_apart(t!("page-webhook-hint", snippet = EVENT_SHAPE), EVENT_SHAPE, Apart::Code)}</p>
            <p class="webhook-state" data-testid="webhook-state"
                data-state=move || if current().webhook_uri.is_empty() { "off" } else { "on" }>
                {move || {
                    let c = current();
                    if c.webhook_uri.is_empty() {
                        t!("page-webhook-state-off").into_any()
                    } else {
                        let target = format!("{} {}", c.webhook_method, c.webhook_uri);
                        set_apart(t!("page-webhook-state-on", target = target.as_str()), &target, Apart::Data)
                    }
                }}
            </p>
            <form class="webhook-form" on:submit=on_submit novalidate=true>
                <label>
                    {tr!("page-webhook-address")}
                    <input data-testid="webhook-uri" type="url" inputmode="url" autocomplete="off"
                        placeholder="https://example.com/voipbin/events" translate="no"
                        readonly=!admin aria-readonly=(!admin).to_string()
                        aria-invalid=move || errors.with(|e| e.uri.is_some()).to_string()
                        aria-describedby="webhook-uri-error"
                        prop:value=move || uri.get()
                        on:input=move |e| uri.set(event_target_value(&e))/>
                </label>
                <p class="field-error" id="webhook-uri-error" data-testid="webhook-uri-error" role="alert">
                    {move || errors.with(|e| e.uri.as_ref().map(UriProblem::message))}
                </p>
                <label>
                    {tr!("page-webhook-method")}
                    <input data-testid="webhook-method" list="webhook-methods" autocomplete="off" spellcheck="false"
                        readonly=!admin aria-readonly=(!admin).to_string()
                        aria-invalid=move || errors.with(|e| e.method.is_some()).to_string()
                        aria-describedby="webhook-method-error"
                        prop:value=move || method.get()
                        on:input=move |e| method.set(event_target_value(&e))/>
                    <datalist id="webhook-methods">
                        {METHODS.into_iter().map(|m| view! { <option value=m></option> }).collect_view()}
                    </datalist>
                </label>
                <p class="field-error" id="webhook-method-error" data-testid="webhook-method-error" role="alert">
                    {move || errors.with(|e| e.method.as_ref().map(MethodProblem::message))}
                </p>
                <Show when=move || admin>
                    <div class="actions">
                        <button type="submit" class="primary" data-testid="webhook-save"
                            disabled=move || outcome.get() == Outcome::Saving || !changed()>
                            {move || if outcome.get() == Outcome::Saving { t!("page-webhook-saving") } else { t!("page-webhook-save") }}
                        </button>
                        <button type="button" data-testid="webhook-disable"
                            disabled=move || outcome.get() == Outcome::Saving || current().webhook_uri.is_empty()
                            on:click=turn_off.clone()>{tr!("page-webhook-turn-off")}</button>
                    </div>
                </Show>
                <p data-testid="webhook-status" role="status" aria-live="polite"
                    class=move || match outcome.get() { Outcome::Failed(_) | Outcome::Invalid => "error-box", Outcome::Saved { .. } => "ok-box", _ => "" }
                    data-outcome=move || match outcome.get() { Outcome::Idle => "idle", Outcome::Saving => "saving", Outcome::Saved { .. } => "saved", Outcome::Failed(_) | Outcome::Invalid => "failed" }>
                    {move || outcome.with(Outcome::shown)}
                </p>
            </form>
        </section>
    }
}
