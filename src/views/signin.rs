//! Sign-in: server URL (the page's own origin by default), then username and password, or a
//! pasted token or access key.

use crate::api::{self, Api, ApiError, Credential};
use crate::app::Auth;
use crate::i18n::tr;
use crate::phone::server::ServerProblem;
use crate::session::{self, Session};
use crate::t;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};

const PHONE_SERVER_KEY: &str = "voipbin-desk.phone-server";
const NO_SOFTPHONE_KEY: &str = "voipbin-desk.no-softphone";

#[derive(Clone, Copy, PartialEq, Eq)]
enum Method {
    Password,
    Token,
    AccessKey,
}

#[component]
pub fn SignIn() -> impl IntoView {
    let Auth(auth) = expect_context::<Auth>();
    let navigate = use_navigate();
    let query = use_query_map();
    let expired = move || query.with(|q| q.get("expired").is_some());

    let server = RwSignal::new(String::new());
    // Kept per browser: an installation's SIP address is typed once.
    let phone_server = RwSignal::new(
        crate::views::desk::storage::load::<String>(PHONE_SERVER_KEY).unwrap_or_default(),
    );
    let no_softphone =
        RwSignal::new(crate::views::desk::storage::load::<bool>(NO_SOFTPHONE_KEY).unwrap_or(false));
    let username = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let secret = RwSignal::new(String::new());
    let method = RwSignal::new(Method::Password);
    let error = RwSignal::new(None::<Refusal>);
    let busy = RwSignal::new(false);

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        error.set(None);
        let navigate = navigate.clone();
        let base = normalize_server(&server.get_untracked());
        let phone_setting = phone_server.get_untracked().trim().to_string();
        let origin = web_sys::window()
            .and_then(|w| w.location().origin().ok())
            .unwrap_or_default();
        // No phone server for a remote VoIPBIN is allowed (the desk works without a phone);
        // a mistyped one is not.
        if let Err(ServerProblem::Invalid(address)) =
            crate::phone::server::resolve(&phone_setting, &base, &origin)
        {
            busy.set(false);
            error.set(Some(Refusal::PhoneServer(address)));
            return;
        }
        crate::views::desk::storage::save(PHONE_SERVER_KEY, &phone_setting);
        let no_softphone = no_softphone.get_untracked();
        crate::views::desk::storage::save(NO_SOFTPHONE_KEY, &no_softphone);
        let method = method.get_untracked();
        let (user, pass, pasted) = (
            username.get_untracked(),
            password.get_untracked(),
            secret.get_untracked().trim().to_string(),
        );
        leptos::task::spawn_local(async move {
            let result = sign_in(&base, method, &user, &pass, &pasted).await;
            busy.set(false);
            match result {
                Ok(mut session) => {
                    session.phone_server = phone_setting;
                    session.no_softphone = no_softphone;
                    session.save();
                    auth.set(Some(session));
                    let to = session::take_return_to().unwrap_or_else(|| "/".to_string());
                    navigate(&to, Default::default());
                }
                Err(refusal) => error.set(Some(refusal)),
            }
        });
    };

    view! {
        <main class="signin" id="main">
            <form class="card signin-card" on:submit=submit aria-labelledby="signin-title">
                <h1 id="signin-title" translate="no">"VoIPBIN Desk"</h1>
                <crate::views::language::LanguageSelect/>
                <Show when=expired>
                    <p class="notice" role="status">{tr!("page-signin-expired")}</p>
                </Show>
                <label>
                    {tr!("page-signin-server")}
                    <input data-testid="signin-server" type="url" inputmode="url"
                        placeholder=tr!("page-signin-server-placeholder")
                        prop:value=server on:input=move |e| server.set(event_target_value(&e))/>
                </label>
                <label>
                    {tr!("page-signin-phone-server")}
                    <input data-testid="signin-phone-server" type="text" inputmode="url"
                        placeholder=tr!("page-signin-phone-server-placeholder")
                        prop:value=phone_server on:input=move |e| phone_server.set(event_target_value(&e))/>
                </label>
                <label class="check">
                    <input data-testid="signin-no-phone" type="checkbox" prop:checked=no_softphone
                        on:change=move |e| no_softphone.set(event_target_checked(&e))/>
                    {tr!("page-signin-no-softphone")}
                </label>
                <fieldset class="segmented">
                    <legend>{tr!("page-signin-method")}</legend>
                    <label><input type="radio" name="method" checked=true on:change=move |_| method.set(Method::Password)/>{tr!("page-signin-password")}</label>
                    <label><input type="radio" name="method" on:change=move |_| method.set(Method::Token)/>{tr!("page-signin-token")}</label>
                    <label><input type="radio" name="method" on:change=move |_| method.set(Method::AccessKey)/>{tr!("page-signin-access-key")}</label>
                </fieldset>
                <Show when=move || method.get() == Method::Password fallback=move || view! {
                    <label>
                        {move || if method.get() == Method::Token { t!("page-signin-token") } else { t!("page-signin-access-key") }}
                        <input data-testid="signin-secret" type="password" autocomplete="off"
                            prop:value=secret on:input=move |e| secret.set(event_target_value(&e))/>
                    </label>
                }>
                    <label>
                        {tr!("page-signin-username")}
                        <input data-testid="signin-username" autocomplete="username" required=true
                            prop:value=username on:input=move |e| username.set(event_target_value(&e))/>
                    </label>
                    <label>
                        {tr!("page-signin-password")}
                        <input data-testid="signin-password" type="password" autocomplete="current-password" required=true
                            prop:value=password on:input=move |e| password.set(event_target_value(&e))/>
                    </label>
                </Show>
                <p class="error" role="alert">{move || error.with(|e| e.as_ref().map(|e| set_apart(e.message(), e.data(), Apart::Data)))}</p>
                <button data-testid="signin-submit" type="submit" class="primary" disabled=busy>
                    {move || if busy.get() { t!("page-signin-busy") } else { t!("page-signin-submit") }}
                </button>
                <p class="hint">{tr!("page-signin-demo-hint")}</p>
            </form>
        </main>
    }
}

fn normalize_server(input: &str) -> String {
    let trimmed = input.trim().trim_end_matches('/');
    if trimmed.is_empty() || trimmed.starts_with("http://") || trimmed.starts_with("https://") {
        trimmed.to_string()
    } else {
        format!("https://{trimmed}")
    }
}

async fn sign_in(
    base: &str,
    method: Method,
    user: &str,
    pass: &str,
    pasted: &str,
) -> Result<Session, Refusal> {
    let credential = match method {
        Method::Password => {
            let anonymous = Api::new(base, None);
            Credential::Token(
                api::login(&anonymous, user.trim(), pass)
                    .await
                    .map_err(Refusal::Api)?,
            )
        }
        Method::Token if !pasted.is_empty() => Credential::Token(pasted.to_string()),
        Method::AccessKey if !pasted.is_empty() => Credential::AccessKey(pasted.to_string()),
        _ => return Err(Refusal::NothingPasted),
    };
    let api = Api::new(base, Some(credential.clone()));
    let me = api::me(&api).await.map_err(Refusal::Api)?;
    Ok(Session {
        server: base.to_string(),
        credential,
        phone_server: String::new(),
        no_softphone: false,
        me,
    })
}

/// Why signing in failed, put in words when shown (the words follow the language).
#[derive(Clone, Debug, PartialEq)]
enum Refusal {
    /// The phone server typed is not one the desk can use.
    PhoneServer(String),
    NothingPasted,
    Api(ApiError),
}

impl Refusal {
    /// What the server (or the agent) said, shown as it is inside the message.
    fn data(&self) -> &str {
        match self {
            Refusal::PhoneServer(address) => address,
            Refusal::NothingPasted => "",
            Refusal::Api(
                ApiError::Network(m)
                | ApiError::Unauthorized(m)
                | ApiError::Forbidden(m)
                | ApiError::NotFound(m)
                | ApiError::Decode(m)
                | ApiError::Status { message: m, .. },
            ) => m.trim(),
        }
    }

    fn message(&self) -> String {
        match self {
            Refusal::PhoneServer(address) => {
                t!(
                    "page-signin-phone-server-invalid",
                    address = address.as_str()
                )
            }
            Refusal::NothingPasted => t!("page-signin-nothing-pasted"),
            Refusal::Api(ApiError::Unauthorized(_)) => t!("page-signin-unauthorized"),
            Refusal::Api(ApiError::Network(_)) => t!("page-signin-unreachable"),
            Refusal::Api(ApiError::Forbidden(m)) => {
                t!("page-signin-forbidden", detail = detail(m))
            }
            Refusal::Api(ApiError::NotFound(m)) => {
                t!("page-signin-not-found", detail = detail(m))
            }
            Refusal::Api(ApiError::Status { code, message }) => t!(
                "page-signin-server-error",
                code = code.to_string(),
                detail = detail(message)
            ),
            Refusal::Api(ApiError::Decode(m)) => t!("page-signin-unexpected", reason = m.as_str()),
        }
    }
}

/// How a value inside a sentence is set apart.
pub enum Apart {
    /// Code shown as it is, in a `<code>`.
    Code,
    /// Server data (an address, the server's own words), in a `<span>`.
    Data,
}

/// `message` with `value` (the text of one of its placeables) in its own `translate="no"`
/// element: page translators and the language test take it as it is. Also the settings page's.
pub fn set_apart(message: String, value: &str, how: Apart) -> AnyView {
    let Some((before, after)) = message
        .split_once(value)
        .filter(|_| !value.is_empty())
        .map(|(b, a)| (b.to_string(), a.to_string()))
    else {
        return message.into_any();
    };
    let value = value.to_string();
    match how {
        Apart::Code => view! { {before}<code translate="no">{value}</code>{after} }.into_any(),
        Apart::Data => view! { {before}<span translate="no">{value}</span>{after} }.into_any(),
    }
}

/// A server's own words after a status code, as the messages' `{ $detail }` wants them: empty, or
/// ": words". Also the settings page's (this module is in the first chunk, settings is not).
pub fn detail(message: &str) -> String {
    if message.trim().is_empty() {
        String::new()
    } else {
        format!(": {}", message.trim())
    }
}
