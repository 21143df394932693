//! The agent desktop: the queue alert across the top, the agent's calls with their controls and
//! live transcript, the caller's history beside them, and the message threads.
//!
//! Every view derives what it shows from the store through `selectors` (pure, tested natively);
//! actions go through `api` and come back as events. Nothing here panics: a dead desk mid-shift
//! is worse than any missing detail.

mod ask_help;
mod call_case;
mod call_panel;
mod call_work_chunk;
pub mod contact_form;
mod context;
pub mod follow;
mod messages;
pub mod notify;
mod queue_alert;
mod quick_replies;
pub mod ring;
mod screen_pop;
pub mod selectors;
pub mod storage;
mod transcript;
mod transfer;
mod transfer_chunk;
pub mod wrap_up;

use crate::api::Api;
use crate::app::Auth;
use crate::i18n::{moment, tr, Format, Msg};
use crate::live::{Live, ScopeKey, TopicNeed};
use crate::session::Session;
use crate::state::DeskState;
use crate::t;
use leptos::prelude::*;
use selectors::Me;
use std::collections::HashSet;
use voipbin_protocol::ResourceKind;

use super::hotkeys::{use_hotkeys, Hotkey};
pub use screen_pop::ScreenPop;

/// How often a plain agent's desk re-reads the agent (no agent events reach a plain agent).
const MY_STATUS_REFRESH_MS: u64 = 30_000;

/// What the desk's parts share: who is signed in and what the agent has picked.
#[derive(Clone, Copy)]
pub struct DeskUi {
    pub auth: RwSignal<Option<Session>>,
    pub me: Memo<Me>,
    pub supervisor: Memo<bool>,
    /// The caller's call shown in the call panel (and the context beside it).
    pub selected_call: RwSignal<Option<String>>,
    pub selected_thread: RwSignal<Option<String>>,
    /// Ended calls the agent closed before their wrap-up time ran out.
    pub closed_calls: RwSignal<HashSet<String>>,
    /// Calls the agent put on hold (VoIPBIN's call carries no hold state to read back).
    pub held: RwSignal<HashSet<String>>,
    /// A supervisor's choice to be alerted about callers in every queue.
    pub watch_all: RwSignal<bool>,
}

impl DeskUi {
    pub fn api(&self) -> Option<Api> {
        self.auth.with_untracked(|s| s.as_ref().map(Session::api))
    }

    pub fn my_id(&self) -> String {
        self.me.with_untracked(|m| m.id.clone())
    }
}

#[component]
pub fn Desk() -> impl IntoView {
    let desk = expect_context::<DeskState>();
    let Auth(auth) = expect_context::<Auth>();
    let live = expect_context::<Live>();
    if let Some(session) = auth.get_untracked() {
        live.use_topic(TopicNeed::new(
            ScopeKey::Agent,
            &session.me.id,
            ResourceKind::Call,
        ));
    }
    let supervisor =
        Memo::new(move |_| auth.with(|s| s.as_ref().is_some_and(Session::is_supervisor)));
    // The store's copy of the agent is the freshest (tags can change); the sign-in answer until then.
    let me = Memo::new(move |_| {
        let Some(session) = auth.get() else {
            return Me::default();
        };
        let fresh = desk.read(desk.agents, |s| s.agents.get(&session.me.id).cloned());
        Me::from_agent(
            fresh.as_ref().unwrap_or(&session.me),
            session.is_supervisor(),
        )
    });
    let watch_key = move || storage::agent_key("watch-all", &me.with_untracked(|m| m.id.clone()));
    let ui = DeskUi {
        auth,
        me,
        supervisor,
        selected_call: RwSignal::new(None),
        selected_thread: RwSignal::new(None),
        closed_calls: RwSignal::new(HashSet::new()),
        held: RwSignal::new(HashSet::new()),
        watch_all: RwSignal::new(storage::load::<bool>(&watch_key()).unwrap_or(false)),
    };
    provide_context(ui);
    let help = crate::help::Help::new(auth, desk);
    provide_context(help);
    let phone = expect_context::<crate::phone::Phone>();
    phone.follow_legs(desk, Signal::derive(move || me.with(|m| m.id.clone())));
    provide_context(crate::caller::Callers::start(auth, phone, desk));
    Effect::new(move |_| {
        let on = ui.watch_all.get();
        storage::save(&watch_key(), &on);
    });
    ring::install_unlock();
    // A plain agent gets no agent events (VoIPBIN puts no owner on them), so its own status
    // (ringing, busy, available again) is re-read whenever its calls change.
    Effect::new(move |previous: Option<Vec<(String, String)>>| {
        let my_id = me.with(|m| m.id.clone());
        let calls = desk.read(desk.calls, |s| {
            let mut v: Vec<(String, String)> = s
                .calls
                .values()
                .filter(|c| c.owner_id == my_id)
                .map(|c| (c.id.clone(), c.status.to_string()))
                .collect();
            v.sort();
            v
        });
        if !calls.is_empty() {
            call_work_chunk::prefetch();
        }
        if previous.is_some_and(|p| p != calls) && !supervisor.get_untracked() {
            if let Some(api) = ui.api() {
                leptos::task::spawn_local(async move {
                    if let Ok(fresh) = crate::api::me(&api).await {
                        desk.update(|s| crate::store::Changes {
                            agents: s.agents.upsert(fresh),
                            ..Default::default()
                        });
                    }
                });
            }
        }
        calls
    });

    // ... and status changes made elsewhere (a supervisor, VoIPBIN's own rules) reach it only by
    // reading it again: every 30 s, so the control never shows an old status for long.
    let refresh_me = set_interval_with_handle(
        move || {
            if supervisor.get_untracked() {
                return;
            }
            if let Some(api) = ui.api() {
                leptos::task::spawn_local(async move {
                    if let Ok(fresh) = crate::api::me(&api).await {
                        desk.update(|s| crate::store::Changes {
                            agents: s.agents.upsert(fresh),
                            ..Default::default()
                        });
                    }
                });
            }
        },
        std::time::Duration::from_millis(MY_STATUS_REFRESH_MS),
    )
    .ok();
    on_cleanup(move || {
        if let Some(handle) = refresh_me {
            handle.clear();
        }
    });
    // The phone rings: the call's controls, case and wrap-up are fetched while it does.
    Effect::new(move |_| {
        if phone.model.with(|m| m.current().is_some()) {
            call_work_chunk::prefetch();
        }
    });
    let has_phone = move || {
        phone.model.with(|m| {
            !matches!(
                m.status,
                crate::phone::PhoneStatus::NoPhone(_) | crate::phone::PhoneStatus::Off
            )
        })
    };

    view! {
        <main id="main" class="desk agent-desk" data-testid="desk">
            <h1 class="visually-hidden">{tr!("desk-title")}</h1>
            <crate::views::phone::IncomingCall/>
            <queue_alert::QueueAlerts/>
            <div class="desk-grid">
                <section class="desk-pane desk-calls" aria-labelledby="calls-title">
                    <Show when=has_phone>
                        <section class="phone-pane" aria-label=tr!("desk-phone")>
                            <crate::views::phone::PhoneCallPanel/>
                            <CallerOfCall/>
                            <wrap_up::WrapUpPanel/>
                            <crate::views::phone::DeviceSettings/>
                        </section>
                    </Show>
                    // Not the agent's phone: VoIPBIN leaves the agent busy after calls all the
                    // same, so wrap-up runs from its legs (aftercall/legs.rs).
                    <Show when=move || !has_phone()>
                        <wrap_up::WrapUpPanel/>
                    </Show>
                    <call_panel::CallsPanel/>
                </section>
                <aside class="desk-pane desk-context" aria-labelledby="context-title">
                    <context::CustomerContextPanel/>
                </aside>
                <section class="desk-pane desk-messages" aria-labelledby="messages-title">
                    <messages::MessagesPanel/>
                </section>
            </div>
        </main>
    }
}

/// Who is on the phone's current call and the call's case (the ring shows its own pop).
#[component]
fn CallerOfCall() -> impl IntoView {
    let phone = expect_context::<crate::phone::Phone>();
    let after = expect_context::<crate::aftercall::AfterCall>();
    // The call on the phone, else the call being wrapped up (its case takes the note).
    let key = Memo::new(move |_| {
        phone
            .model
            .with(|m| {
                m.current()
                    .filter(|c| c.state != crate::phone::CallState::Ringing)
                    .map(|c| c.id.clone())
            })
            .or_else(|| {
                after
                    .wrap_up
                    .with(|w| w.as_ref().map(|w| w.call_key.clone()))
            })
    });
    move || {
        key.get().map(|key| {
            view! {
                <div class="caller-of-call">
                    <ScreenPop call_key=key.clone()/>
                    <call_work_chunk::LazyCallWork work=call_work_chunk::CallWork::CallCase(key.into())/>
                </div>
            }
        })
    }
}

/// Sends the ring to the chosen ringer device ("" = the default output).
pub fn ring_output(device_id: &str) {
    ring::set_output(device_id);
}

/// Runs `f` for each shortcut pressed after the calling component mounted (never for a key
/// pressed before: a panel that appears must not act on an old "H").
pub fn on_hotkey(f: impl Fn(Hotkey) + 'static) {
    let hotkeys = use_hotkeys();
    Effect::new(move |previous: Option<()>| {
        let key = hotkeys.get();
        if previous.is_some() {
            if let Some(key) = key {
                untrack(|| f(key));
            }
        }
    });
}

/// The date and time of a VoIPBIN time in the agent's language, or empty (tracked).
pub fn short_when(ts: &str) -> String {
    selectors::tm(ts)
        .map(|ms| moment(Format::DateTime, ms as f64))
        .unwrap_or_default()
}

/// The time of day (UTC) of a VoIPBIN time in the agent's language, or empty (tracked).
pub fn clock_of(ts: &str) -> String {
    selectors::tm(ts)
        .map(|ms| moment(Format::Clock, ms as f64))
        .unwrap_or_default()
}

/// What failed, then what the agent can do about it; permission refusals say what VoIPBIN
/// allows. `failed` is the id of a whole sentence ("Could not hang up."). Tracked.
pub fn explain(failed: Msg, error: &crate::api::ApiError) -> String {
    use crate::api::ApiError;
    let why = match error {
        ApiError::Forbidden(_) => t!("desk-error-forbidden"),
        ApiError::NotFound(_) => t!("desk-error-not-found"),
        ApiError::Network(_) => t!("desk-error-network"),
        ApiError::Unauthorized(_) => t!("desk-error-session"),
        other => other.to_string(),
    };
    format!("{} {why}", t!(failed))
}

/// Message `id` whose values are server data (a queue's or a person's name, a code): the words
/// follow the language, each value sits in its own `translate="no"` span, which page translators
/// and the language test leave alone. Tracked.
pub fn with_data(id: Msg, values: Vec<(&'static str, String)>) -> impl IntoView {
    move || {
        let marks: Vec<String> = (FIRST_MARK..)
            .take(values.len())
            .map(String::from)
            .collect();
        let marks: Vec<(&str, crate::i18n::Arg)> = values
            .iter()
            .zip(&marks)
            .map(|((name, _), mark)| (*name, mark.into()))
            .collect();
        marked_pieces(&crate::i18n::t_args(id, &marks))
            .into_iter()
            .map(|piece| match piece {
                Ok(text) => text.to_string().into_any(),
                Err(i) => data(values.get(i).map(|(_, v)| v.clone()).unwrap_or_default()),
            })
            .collect::<Vec<_>>()
    }
}

/// Where `with_data` marks its values: private-use characters, which no catalogue holds.
const FIRST_MARK: char = '\u{E000}';

/// `text` cut at its marks: `Ok` for words, `Err(i)` for the place of value `i`.
fn marked_pieces(text: &str) -> Vec<Result<&str, usize>> {
    let mut pieces = Vec::new();
    let mut rest = text;
    while let Some((at, mark)) = rest
        .char_indices()
        .find(|(_, c)| (FIRST_MARK..'\u{F8FF}').contains(c))
    {
        pieces.push(Ok(&rest[..at]));
        pieces.push(Err(mark as usize - FIRST_MARK as usize));
        rest = &rest[at + mark.len_utf8()..];
    }
    pieces.push(Ok(rest));
    pieces
}

#[cfg(test)]
#[test]
fn marked_values_are_cut_out_in_the_languages_order() {
    assert_eq!(
        marked_pieces("\u{E001} wartet in \u{E000}."),
        [Ok(""), Err(1), Ok(" wartet in "), Err(0), Ok(".")]
    );
    assert_eq!(marked_pieces("no values"), [Ok("no values")]);
}

/// Server data shown as it is, in its own `translate="no"` span.
pub fn data(value: String) -> AnyView {
    view! { <span translate="no">{value}</span> }.into_any()
}

/// `parts` one after another with " · " between them.
pub fn dotted(parts: Vec<AnyView>) -> Vec<AnyView> {
    let mut out = Vec::with_capacity(parts.len() * 2);
    for (i, part) in parts.into_iter().enumerate() {
        if i > 0 {
            out.push(" · ".into_any());
        }
        out.push(part);
    }
    out
}
