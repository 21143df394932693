//! Sign-in: server URL (the page's own origin by default), then username and password, or a
//! pasted token or access key.

use crate::api::{self, Api, ApiError, Credential};
use crate::app::Auth;
use crate::session::{self, Session};
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
    let error = RwSignal::new(None::<String>);
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
        if let Err(problem) = crate::phone::server::resolve(&phone_setting, &base, &origin) {
            // No phone server for a remote VoIPBIN is allowed (the desk works without a phone);
            // a mistyped one is not.
            if problem != crate::phone::server::ServerProblem::NotSet {
                busy.set(false);
                error.set(Some(format!("Phone server: {problem}.")));
                return;
            }
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
                Err(message) => error.set(Some(message)),
            }
        });
    };

    view! {
        <main class="signin" id="main">
            <form class="card signin-card" on:submit=submit aria-labelledby="signin-title">
                <h1 id="signin-title">"VoIPBIN Desk"</h1>
                <crate::views::language::LanguageSelect/>
                <Show when=expired>
                    <p class="notice" role="status">"Your session ended. Sign in again to pick up where you were."</p>
                </Show>
                <label>
                    "Server"
                    <input data-testid="signin-server" type="url" inputmode="url"
                        placeholder="this site (local stand-in) or https://api.voipbin.net"
                        prop:value=server on:input=move |e| server.set(event_target_value(&e))/>
                </label>
                <label>
                    "Phone server"
                    <input data-testid="signin-phone-server" type="text" inputmode="url"
                        placeholder="this site's /sip (local stand-in) or wss://sip.example.com"
                        prop:value=phone_server on:input=move |e| phone_server.set(event_target_value(&e))/>
                </label>
                <label class="check">
                    <input data-testid="signin-no-phone" type="checkbox" prop:checked=no_softphone
                        on:change=move |e| no_softphone.set(event_target_checked(&e))/>
                    "Not my phone: calls ring my desk phone or another softphone"
                </label>
                <fieldset class="segmented">
                    <legend>"Sign in with"</legend>
                    <label><input type="radio" name="method" checked=true on:change=move |_| method.set(Method::Password)/>"Password"</label>
                    <label><input type="radio" name="method" on:change=move |_| method.set(Method::Token)/>"Token"</label>
                    <label><input type="radio" name="method" on:change=move |_| method.set(Method::AccessKey)/>"Access key"</label>
                </fieldset>
                <Show when=move || method.get() == Method::Password fallback=move || view! {
                    <label>
                        {move || if method.get() == Method::Token { "Token" } else { "Access key" }}
                        <input data-testid="signin-secret" type="password" autocomplete="off"
                            prop:value=secret on:input=move |e| secret.set(event_target_value(&e))/>
                    </label>
                }>
                    <label>
                        "Username"
                        <input data-testid="signin-username" autocomplete="username" required=true
                            prop:value=username on:input=move |e| username.set(event_target_value(&e))/>
                    </label>
                    <label>
                        "Password"
                        <input data-testid="signin-password" type="password" autocomplete="current-password" required=true
                            prop:value=password on:input=move |e| password.set(event_target_value(&e))/>
                    </label>
                </Show>
                <p class="error" role="alert">{move || error.get()}</p>
                <button data-testid="signin-submit" type="submit" class="primary" disabled=busy>
                    {move || if busy.get() { "Signing in…" } else { "Sign in" }}
                </button>
                <p class="hint">"Local stand-in: admin@demo, manager@demo, agent1@demo … agent8@demo, password demo."</p>
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
) -> Result<Session, String> {
    let credential = match method {
        Method::Password => {
            let anonymous = Api::new(base, None);
            Credential::Token(
                api::login(&anonymous, user.trim(), pass)
                    .await
                    .map_err(explain)?,
            )
        }
        Method::Token if !pasted.is_empty() => Credential::Token(pasted.to_string()),
        Method::AccessKey if !pasted.is_empty() => Credential::AccessKey(pasted.to_string()),
        _ => return Err("Paste a token or access key first.".into()),
    };
    let api = Api::new(base, Some(credential.clone()));
    let me = api::me(&api).await.map_err(explain)?;
    Ok(Session {
        server: base.to_string(),
        credential,
        phone_server: String::new(),
        no_softphone: false,
        me,
    })
}

fn explain(error: ApiError) -> String {
    match error {
        ApiError::Unauthorized(_) => "Wrong username or password, or the token has expired.".into(),
        ApiError::Network(_) => {
            "Cannot reach the server. Check the address and your connection.".into()
        }
        other => other.to_string(),
    }
}
