//! Team talk in the frame of every page: the Team button with the unread count (also in the
//! tab title), a notification while the desk is hidden, and the Team panel itself, whose views
//! are a wasm chunk of their own fetched when it is first opened (`chunk.rs`): the first load
//! carries only this file and the store's reading side (talk's runtime is a chunk too:
//! live/talk_chunk.rs).

mod chunk;
mod conversation;
pub mod linkify;
mod message;
mod panel;
mod people;
pub mod problem;

use crate::app::Auth;
use crate::i18n::tr;
use crate::live::talk_chunk;
use crate::session::Session;
use crate::state::DeskState;
use crate::t;
use crate::views::desk::{notify, storage};
use leptos::prelude::*;
use std::collections::HashMap;

/// Whether the Team panel is open (shared by the button and the frame that shows it).
#[derive(Clone, Copy)]
pub struct TeamOpen(pub RwSignal<bool>);

/// The storage key of the agent's reading marks (chat id -> newest message seen).
pub fn reads_key(agent_id: &str) -> String {
    storage::agent_key("talk-read", agent_id)
}

fn signed_in_id(auth: RwSignal<Option<Session>>) -> Option<String> {
    auth.with(|s| s.as_ref().map(|s| s.me.id.clone()))
}

/// Talk frames applied, the unread count, the tab title, notifications and chat-list
/// refreshes: mounted once per signed-in page, whether or not the panel was ever opened.
#[component]
pub fn TeamWatch() -> impl IntoView {
    let desk = expect_context::<DeskState>();
    let Auth(auth) = expect_context::<Auth>();
    talk_chunk::follow_inbox(desk);

    // The reading marks survive reloads; messages older than the desk's first day here count
    // as read (a new desk is not greeted by a channel's whole history).
    Effect::new(move |_| {
        let Some(me) = signed_in_id(auth) else { return };
        let floor_key = storage::agent_key("talk-first-seen", &me);
        let floor_ms = storage::load::<i64>(&floor_key).unwrap_or_else(|| {
            let now = js_sys::Date::now() as i64;
            storage::save(&floor_key, &now);
            now
        });
        let reads = storage::load::<HashMap<String, String>>(&reads_key(&me)).unwrap_or_default();
        desk.update(|s| {
            s.talk.restore_reads(reads, floor_ms.saturating_mul(1000));
            crate::store::Changes {
                talk: true,
                ..Default::default()
            }
        });
    });

    let unread = Memo::new(move |_| {
        let me = signed_in_id(auth).unwrap_or_default();
        desk.read(desk.talk, |s| s.talk.total_unread(&me))
    });
    Effect::new(move |_| set_title_count(unread.get()));
    on_cleanup(|| set_title_count(0));

    // A new message from someone else while the desk is hidden.
    Effect::new(move |previous: Option<Option<String>>| {
        let me = signed_in_id(auth).unwrap_or_default();
        let newest = desk.read(desk.talk, |s| {
            s.talk.newest_from_others(&me).map(|m| {
                let chat = s.talk.chats.get(&m.chat_id).map(|c| c.name.clone());
                let unread = s.talk.unread(&m.chat_id, &me) > 0;
                (
                    m.id.clone(),
                    m.chat_id.clone(),
                    chat,
                    m.text.clone(),
                    unread,
                )
            })
        });
        let id = newest.as_ref().map(|n| n.0.clone());
        let fresh = previous.is_some_and(|p| p != id);
        if let Some((_, chat_id, name, text, true)) = newest.filter(|_| fresh) {
            let title = match name.as_deref() {
                Some(name) if !name.is_empty() => t!("team-notify-title", chat = name),
                _ => t!("team-notify-untitled"),
            };
            let body: String = text.chars().take(140).collect();
            notify::show(&format!("team-{chat_id}"), &title, &body);
        }
        id
    });

    // Someone joined or left a chat, or a message came for a chat not held: read the list again.
    let reading = StoredValue::new(false);
    Effect::new(move |_| {
        let stale = desk.read(desk.talk, |s| s.talk.chats_stale);
        if !stale || reading.get_value() {
            return;
        }
        let Some(api) = auth.with_untracked(|s| s.as_ref().map(Session::api)) else {
            return;
        };
        reading.set_value(true);
        desk.update(|s| {
            s.talk.chats_stale = false;
            Default::default()
        });
        leptos::task::spawn_local(async move {
            talk_chunk::read_chats(api, desk).await;
            let _ = reading.try_set_value(false);
        });
    });
}

/// The Team button: opens the panel; shows the unread count.
#[component]
pub fn TeamButton() -> impl IntoView {
    let desk = expect_context::<DeskState>();
    let Auth(auth) = expect_context::<Auth>();
    let TeamOpen(open) = expect_context::<TeamOpen>();
    let unread = Memo::new(move |_| {
        let me = signed_in_id(auth).unwrap_or_default();
        desk.read(desk.talk, |s| s.talk.total_unread(&me))
    });
    view! {
        <button class="ghost team-button" data-testid="team-open"
            aria-pressed=move || open.get().to_string()
            on:click=move |_| open.update(|o| *o = !*o)>
            {tr!("team-name")}
            <span class="badge" data-testid="team-unread" data-count=move || unread.get().to_string()
                aria-label=move || t!("team-unread-count", count = unread.get())
                hidden=move || unread.get() == 0>
                {move || crate::i18n::number(unread.get() as f64)}
            </span>
        </button>
    }
}

/// The panel while open (its views arrive with their chunk).
#[component]
pub fn TeamDrawer() -> impl IntoView {
    let TeamOpen(open) = expect_context::<TeamOpen>();
    view! {
        <Show when=move || open.get()>
            <chunk::LazyTeamPanel on_close=Callback::new(move |_| open.set(false))/>
        </Show>
    }
}

/// `(3) VoIPBIN Desk`: the count before the page's own title (kept when it changes).
fn set_title_count(count: usize) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let title = document.title();
    let bare = match title.strip_prefix('(').and_then(|t| t.split_once(") ")) {
        Some((n, rest)) if n.chars().all(|c| c.is_ascii_digit()) => rest.to_string(),
        _ => title,
    };
    let wanted = if count == 0 {
        bare
    } else {
        format!("({count}) {bare}")
    };
    if document.title() != wanted {
        document.set_title(&wanted);
    }
}
