//! Routes, layout and the contexts every view reads: the session, the live connection and the
//! desk state.

use crate::aftercall::AfterCall;
use crate::live::{self, ConnectionState, Live};
use crate::phone::Phone;
use crate::session::{self, Session};
use crate::state::DeskState;
use crate::views::lazy_page::{LazyPage, Page};
use crate::views::{desk::Desk, shell::Shell, signin::SignIn};
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_navigate;
use leptos_router::path;

/// The signed-in session, if any. `None` shows the sign-in page.
#[derive(Clone, Copy)]
pub struct Auth(pub RwSignal<Option<Session>>);

#[component]
pub fn App() -> impl IntoView {
    let auth = Auth(RwSignal::new(Session::load()));
    let live = Live::new();
    let desk = DeskState::new();
    let phone = Phone::new();
    let after_call = AfterCall::new();
    provide_context(auth);
    provide_context(phone);
    provide_context(after_call);
    provide_context(live);
    provide_context(desk);
    crate::aftercall::run(after_call);
    crate::views::theme::apply_saved_theme();

    view! {
        <Router>
            <Connector/>
            <Routes fallback=|| view! { <p class="empty">{crate::i18n::tr!("shell-nothing-here")}</p> }>
                <Route path=path!("/signin") view=SignIn/>
                <Route path=path!("/") view=move || view! { <Shell><Desk/></Shell> }/>
                // The supervisor's and developer's pages: chunks of their own (lazy_page.rs).
                <Route path=path!("/dashboard") view=move || view! { <Shell><LazyPage page=Page::Dashboard/></Shell> }/>
                <Route path=path!("/settings") view=move || view! { <Shell><LazyPage page=Page::Settings/></Shell> }/>
                <Route path=path!("/contacts") view=move || view! { <Shell><LazyPage page=Page::Contacts/></Shell> }/>
                <Route path=path!("/inspector") view=move || view! { <Shell><LazyPage page=Page::Inspector/></Shell> }/>
            </Routes>
        </Router>
    }
}

/// Starts the connection whenever a session appears and stops it when it goes; sends the user to
/// sign-in (keeping their place) when the server rejects the token.
#[component]
fn Connector() -> impl IntoView {
    let Auth(auth) = expect_context::<Auth>();
    let live = expect_context::<Live>();
    let desk = expect_context::<DeskState>();
    let phone = expect_context::<Phone>();
    let navigate = use_navigate();

    Effect::new(move |previous: Option<Option<String>>| {
        let current = auth.with(|s| s.as_ref().map(|s| s.credential.secret().to_string()));
        let changed = previous.as_ref() != Some(&current);
        if changed {
            live.stop();
            phone.stop();
            desk.reset();
            if let Some(session) = auth.get_untracked() {
                phone.start(&session, &session.phone_server);
                let navigate = navigate.clone();
                live::start(live, desk, session, move || {
                    let here = web_sys::window()
                        .and_then(|w| w.location().pathname().ok())
                        .unwrap_or_default();
                    session::remember_return_to(&here);
                    Session::clear();
                    auth.set(None);
                    navigate("/signin?expired=1", Default::default());
                });
            } else {
                live.state.set(ConnectionState::SignedOut);
            }
        }
        current
    });

    // The browser's own hints that a dead socket can come back now.
    let _online = window_event_listener_untyped("online", move |_| live.reconnect_now());
    let _visible = window_event_listener_untyped("visibilitychange", move |_| {
        let visible = web_sys::window()
            .and_then(|w| w.document())
            .is_some_and(|d| !d.hidden());
        if visible && live.state.get_untracked() == ConnectionState::Reconnecting {
            live.reconnect_now();
        }
        if visible
            && phone
                .model
                .with_untracked(|m| matches!(m.status, crate::phone::PhoneStatus::Unregistered(_)))
        {
            phone.reconnect_now();
        }
    });
}
