//! The frame around every signed-in page: navigation, the connection indicator, the agent's own
//! status, theme, sign-out, notices and keyboard shortcuts.

use super::hotkeys::{use_hotkeys, Hotkey, ShortcutOverlay};
use super::status::AgentStatusControl;
use crate::app::Auth;
use crate::i18n::{moment, tr, Format};
use crate::live::{ConnectionState, Live};
use crate::session::Session;
use crate::t;
use leptos::prelude::*;
use leptos_router::components::{Redirect, A};

#[component]
pub fn Shell(children: ChildrenFn) -> impl IntoView {
    let Auth(auth) = expect_context::<Auth>();
    let live = expect_context::<Live>();
    let signed_in = move || auth.with(Option::is_some);
    let supervisor = move || auth.with(|s| s.as_ref().is_some_and(Session::is_supervisor));
    provide_context(super::team::TeamOpen(RwSignal::new(false)));
    let hotkeys = use_hotkeys();
    let show_shortcuts = RwSignal::new(false);
    Effect::new(move |_| {
        if let Some(Hotkey::ShowShortcuts) = hotkeys.get() {
            show_shortcuts.update(|v| *v = !*v);
        }
    });

    let phone = expect_context::<crate::phone::Phone>();
    let sign_out = move |_| {
        if phone.in_call() {
            let leave = web_sys::window()
                .and_then(|w| w.confirm_with_message(&t!("shell-sign-out-in-call")).ok())
                .unwrap_or(true);
            if !leave {
                return;
            }
        }
        phone.stop();
        live.stop();
        Session::clear();
        auth.set(None);
    };

    view! {
        <Show when=signed_in fallback=|| view! { <Redirect path="/signin"/> }>
            <a class="skip-link" href="#main">{tr!("shell-skip")}</a>
            <header class="topbar">
                <span class="brand" aria-hidden="true" translate="no">"VoIPBIN Desk"</span>
                <nav aria-label=tr!("shell-pages")>
                    <A href="/" exact=true>{tr!("shell-nav-desk")}</A>
                    <A href="/contacts">{tr!("shell-nav-contacts")}</A>
                    <Show when=supervisor><A href="/dashboard">{tr!("shell-nav-dashboard")}</A></Show>
                    <A href="/settings">{tr!("shell-nav-settings")}</A>
                    <A href="/inspector">{tr!("shell-nav-inspector")}</A>
                </nav>
                <ConnectionIndicator/>
                <super::phone::PhoneStatusBadge/>
                <super::desk::wrap_up::WrapUpIndicator/>
                <AgentStatusControl/>
                <super::team::TeamButton/>
                <button class="ghost" title=tr!("shell-shortcuts-hint") aria-label=tr!("shell-shortcuts")
                    on:click=move |_| show_shortcuts.update(|v| *v = !*v)>"?"</button>
                <button class="ghost" title=tr!("shell-theme-hint") aria-label=tr!("shell-theme")
                    on:click=move |_| { super::theme::toggle_theme(); }>"◐"</button>
                <button class="ghost" data-testid="sign-out" on:click=sign_out>{tr!("shell-sign-out")}</button>
            </header>
            <Notices/>
            <super::phone::PhoneGuard/>
            {children()}
            <super::team::TeamWatch/>
            <super::team::TeamDrawer/>
            <Show when=move || show_shortcuts.get()>
                <ShortcutOverlay on_close=move || show_shortcuts.set(false)/>
            </Show>
        </Show>
    }
}

/// Always visible: the connection's state, when the last event came, when the next retry is.
#[component]
fn ConnectionIndicator() -> impl IntoView {
    let live = expect_context::<Live>();
    let now = super::use_now();
    let state = move || live.state.get();
    let label = move || match state() {
        ConnectionState::Connected if live.synced.get() => t!("shell-live"),
        ConnectionState::Connected => t!("shell-syncing"),
        ConnectionState::Connecting => t!("shell-connecting"),
        ConnectionState::Reconnecting => match live.next_retry_ms.get() {
            Some(at) => {
                let wait = ((at - now.get() as f64) / 1000.0).ceil().max(0.0);
                t!("shell-reconnecting-in", seconds = wait)
            }
            None => t!("shell-reconnecting"),
        },
        ConnectionState::Disconnected => t!("shell-offline"),
        ConnectionState::SignedOut => t!("shell-signed-out"),
    };
    let last = move || match live.last_event_ms.get() {
        Some(at) => t!("shell-last-event", time = moment(Format::Clock, at)),
        None => t!("shell-no-events"),
    };
    view! {
        <div class="connection" data-testid="connection-status" data-state=move || state().as_str()
            data-synced=move || live.synced.get().to_string()>
            <span class="dot" aria-hidden="true"></span>
            // Only the state is announced: the last-event clock changes every second.
            <span class="label" role="status" aria-live="polite">{label}</span>
            <span class="last">{last}</span>
            <Show when=move || state() == ConnectionState::Reconnecting>
                <button class="link" on:click=move |_| live.reconnect_now()>{tr!("shell-retry-now")}</button>
            </Show>
        </div>
    }
}

/// Problems the user must know about: refused subscriptions, a failed resync.
#[component]
fn Notices() -> impl IntoView {
    let live = expect_context::<Live>();
    view! {
        <Show when=move || live.notices.with(|n| !n.is_empty())>
            <div class="notices" role="alert" data-testid="notices">
                <For each=move || live.notices.get().into_iter().enumerate() key=|(i, n)| (*i, n.clone()) let:item>
                    <p>{item.1}</p>
                </For>
                <button class="link" on:click=move |_| live.notices.set(Vec::new())>{tr!("shell-dismiss")}</button>
            </div>
        </Show>
    }
}
