//! The Team panel (in its own chunk): the agent's chats with their unread counts, the open chat,
//! and the ways to start one (a teammate, a group, a public channel). Teammates and their
//! status are read on open and every 30 s: agent status events never reach a plain agent.

use super::conversation::Conversation;
use super::people::{Channels, NewDirect, NewGroup};
use super::problem::{Action, Problem};
use crate::api::{talk, Api};
use crate::app::Auth;
use crate::i18n::{t, tr};
use crate::session::Session;
use crate::state::DeskState;
use leptos::prelude::*;
use std::collections::HashMap;
use std::time::Duration;
use voipbin_protocol::talk::{Chat, ChatType};
use voipbin_protocol::Agent;

const TEAMMATES_REFRESH_MS: u64 = 30_000;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Chat,
    NewDirect,
    NewGroup,
    Channels,
}

/// What the panel's parts share.
#[derive(Clone, Copy)]
pub struct TeamUi {
    pub me: StoredValue<String>,
    pub api: StoredValue<Option<Api>>,
    pub selected: RwSignal<Option<String>>,
    pub thread: RwSignal<Option<String>>,
    pub mode: RwSignal<Mode>,
    /// The customer's agents by id.
    pub teammates: RwSignal<HashMap<String, Agent>>,
    /// Direct chat id -> the other member's agent id (direct chats have no name).
    pub peers: RwSignal<HashMap<String, String>>,
    pub error: RwSignal<Option<Problem>>,
}

impl TeamUi {
    pub fn api(&self) -> Option<Api> {
        self.api.get_value()
    }

    pub fn me(&self) -> String {
        self.me.get_value()
    }

    /// A person's name as the team knows it (tracked: "You" follows the language).
    pub fn name_of(&self, agent_id: &str) -> String {
        if agent_id == self.me() {
            return t!("team-you");
        }
        self.teammates.with(|team| match team.get(agent_id) {
            Some(a) if !a.name.is_empty() => a.name.clone(),
            Some(a) => a.username.clone(),
            None => t!("team-teammate"),
        })
    }

    /// A chat's title: its name, or for a direct chat the other person.
    pub fn title_of(&self, chat: &Chat) -> String {
        if !chat.name.is_empty() {
            return chat.name.clone();
        }
        match self.peers.with(|p| p.get(&chat.id).cloned()) {
            Some(peer) => self.name_of(&peer),
            None if chat.r#type == ChatType::Direct => t!("team-direct-chat"),
            None => t!("team-chat-untitled"),
        }
    }

    /// Opens a chat (its newest page is read unless held).
    pub fn open_chat(&self, chat_id: String) {
        self.thread.set(None);
        self.mode.set(Mode::Chat);
        self.selected.set(Some(chat_id));
    }

    pub fn fail(&self, action: Action, error: crate::api::ApiError) {
        let _ = self.error.try_set(Some(Problem::Failed(action, error)));
    }
}

#[component]
pub fn TeamPanel(on_close: Callback<()>) -> impl IntoView {
    let desk = expect_context::<DeskState>();
    let Auth(auth) = expect_context::<Auth>();
    let ui = TeamUi {
        me: StoredValue::new(
            auth.with_untracked(|s| s.as_ref().map(|s| s.me.id.clone()).unwrap_or_default()),
        ),
        api: StoredValue::new(auth.with_untracked(|s| s.as_ref().map(Session::api))),
        selected: RwSignal::new(None),
        thread: RwSignal::new(None),
        mode: RwSignal::new(Mode::Chat),
        teammates: RwSignal::new(HashMap::new()),
        peers: RwSignal::new(HashMap::new()),
        error: RwSignal::new(None),
    };
    provide_context(ui);

    let read_teammates = move || {
        let Some(api) = ui.api() else { return };
        leptos::task::spawn_local(async move {
            if let Ok(agents) = talk::teammates(&api).await {
                let _ = ui
                    .teammates
                    .try_set(agents.into_iter().map(|a| (a.id.clone(), a)).collect());
            }
        });
    };
    read_teammates();
    let timer =
        set_interval_with_handle(read_teammates, Duration::from_millis(TEAMMATES_REFRESH_MS)).ok();
    on_cleanup(move || {
        if let Some(timer) = timer {
            timer.clear();
        }
    });
    find_direct_peers(desk, ui);

    let chats = Memo::new(move |_| {
        let me = ui.me();
        desk.read(desk.talk, |s| {
            let mut list: Vec<(String, Chat, usize)> = s
                .talk
                .chats
                .values()
                .map(|c| {
                    let newest = s
                        .talk
                        .log(&c.id)
                        .and_then(|l| l.all().next_back())
                        .map_or_else(|| c.tm_update.clone(), |m| m.tm_create.clone());
                    (newest, c.clone(), s.talk.unread(&c.id, &me))
                })
                .collect();
            list.sort_by(|a, b| b.0.cmp(&a.0));
            list.into_iter().map(|(_, c, n)| (c, n)).collect::<Vec<_>>()
        })
    });

    view! {
        <aside class="team-drawer" data-testid="team-panel" aria-label=tr!("team-name")>
            <header class="team-head">
                <h2>{tr!("team-name")}</h2>
                <button class="ghost" data-testid="team-new-direct" on:click=move |_| ui.mode.set(Mode::NewDirect)>{tr!("team-new-chat")}</button>
                <button class="ghost" data-testid="team-new-group" on:click=move |_| ui.mode.set(Mode::NewGroup)>{tr!("team-new-group-button")}</button>
                <button class="ghost" data-testid="team-channels" on:click=move |_| ui.mode.set(Mode::Channels)>{tr!("team-channels-button")}</button>
                <button class="ghost" aria-label=tr!("team-close-panel") data-testid="team-close" on:click=move |_| on_close.run(())>"✕"</button>
            </header>
            <Show when=move || ui.error.with(Option::is_some)>
                <p class="error" role="alert">
                    {move || ui.error.with(|e| e.as_ref().map(Problem::view))}
                    <button class="link" on:click=move |_| ui.error.set(None)>{tr!("team-dismiss")}</button>
                </p>
            </Show>
            <div class="team-body">
                <nav class="team-chats" aria-label=tr!("team-chat-list")>
                    <ul>
                        <For each=move || chats.get() key=|(c, n)| (c.id.clone(), c.name.clone(), *n) let:item>
                            <ChatRow chat=item.0 unread=item.1/>
                        </For>
                    </ul>
                    <Show when=move || chats.with(Vec::is_empty)>
                        <p class="empty">{tr!("team-no-chats")}</p>
                    </Show>
                </nav>
                <section class="team-main">
                    {move || match ui.mode.get() {
                        Mode::NewDirect => view! { <NewDirect/> }.into_any(),
                        Mode::NewGroup => view! { <NewGroup/> }.into_any(),
                        Mode::Channels => view! { <Channels/> }.into_any(),
                        Mode::Chat => match ui.selected.get() {
                            Some(chat_id) => view! { <Conversation chat_id/> }.into_any(),
                            None => view! { <p class="empty">{tr!("team-pick-chat")}</p> }.into_any(),
                        },
                    }}
                </section>
            </div>
        </aside>
    }
}

#[component]
fn ChatRow(chat: Chat, unread: usize) -> impl IntoView {
    let ui = expect_context::<TeamUi>();
    let id = chat.id.clone();
    let selected = {
        let id = id.clone();
        move || ui.selected.with(|s| s.as_deref() == Some(&id))
    };
    let open = {
        let id = id.clone();
        move |_| ui.open_chat(id.clone())
    };
    let kind = match chat.r#type {
        ChatType::Direct => "direct",
        ChatType::Group => "group",
        ChatType::Talk => "channel",
        ChatType::Other(_) => "chat",
    };
    let title = move || ui.title_of(&chat);
    view! {
        <li>
            <button class="team-chat" data-testid="team-chat" data-chat-id=id.clone() data-kind=kind
                aria-current=move || selected().then_some("true") on:click=open>
                <span class="name" translate="no">{title}</span>
                <span class="badge" data-testid="team-chat-unread" data-count=unread.to_string()
                    hidden=unread == 0>{move || crate::i18n::number(unread as f64)}</span>
            </button>
        </li>
    }
}

/// Direct chats have no name: their other member is read once, to title them.
fn find_direct_peers(desk: DeskState, ui: TeamUi) {
    let asked = StoredValue::new(std::collections::HashSet::<String>::new());
    Effect::new(move |_| {
        let wanted: Vec<String> = desk.read(desk.talk, |s| {
            s.talk
                .chats
                .values()
                .filter(|c| c.r#type == ChatType::Direct && c.name.is_empty())
                .map(|c| c.id.clone())
                .filter(|id| !asked.with_value(|a| a.contains(id)))
                .collect()
        });
        let Some(api) = ui.api() else { return };
        for chat_id in wanted {
            asked.update_value(|a| {
                a.insert(chat_id.clone());
            });
            let api = api.clone();
            let me = ui.me();
            leptos::task::spawn_local(async move {
                if let Ok(members) = talk::participants(&api, &chat_id).await {
                    if let Some(peer) = members.into_iter().find(|p| p.owner_id != me) {
                        let _ = ui.peers.try_update(|p| p.insert(chat_id, peer.owner_id));
                    }
                }
            });
        }
    });
}
