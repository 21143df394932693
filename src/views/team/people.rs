//! Starting a chat: with a teammate (a second direct chat with the same person is the same
//! chat, VoIPBIN answers the existing one), a group, or a public channel to join.

use super::panel::TeamUi;
use super::problem::Action;
use crate::api::talk;
use crate::i18n::tr;
use crate::live::talk_sync;
use crate::state::DeskState;
use crate::store::Changes;
use crate::t;
use crate::views::status::status_words;
use leptos::prelude::*;
use std::collections::BTreeSet;
use voipbin_protocol::talk::{Chat, ChatType};
use voipbin_protocol::Agent;

/// The teammates other than the agent, by name.
fn others(ui: TeamUi) -> Vec<Agent> {
    let me = ui.me();
    let mut list: Vec<Agent> = ui
        .teammates
        .with(|t| t.values().filter(|a| a.id != me).cloned().collect());
    list.sort_by(|a, b| a.name.cmp(&b.name).then(a.id.cmp(&b.id)));
    list
}

/// Takes a chat the server answered and opens it.
fn take_and_open(desk: DeskState, ui: TeamUi, chat: Chat) {
    let id = chat.id.clone();
    desk.update(|s| Changes {
        talk: s.talk.upsert_chat(chat),
        ..Default::default()
    });
    ui.open_chat(id);
}

#[component]
pub fn NewDirect() -> impl IntoView {
    let desk = expect_context::<DeskState>();
    let ui = expect_context::<TeamUi>();
    let busy = RwSignal::new(false);
    let start = move |agent_id: String| {
        let Some(api) = ui.api() else { return };
        busy.set(true);
        leptos::task::spawn_local(async move {
            match talk::create_chat(&api, ChatType::Direct, "", &[agent_id.clone()]).await {
                Ok(chat) => {
                    let _ = ui.peers.try_update(|p| p.insert(chat.id.clone(), agent_id));
                    take_and_open(desk, ui, chat);
                }
                Err(e) => ui.fail(Action::StartChat, e),
            }
            let _ = busy.try_set(false);
        });
    };
    view! {
        <div class="team-people">
            <h3>{tr!("team-chat-with-teammate")}</h3>
            <ul class="team-members">
                <For each=move || others(ui) key=|a| (a.id.clone(), a.status.to_string(), a.name.clone()) let:agent>
                    {
                        let id = agent.id.clone();
                        let status = agent.status.to_string();
                        let known = agent.status.clone();
                        let label = if agent.name.is_empty() { agent.username.clone() } else { agent.name.clone() };
                        view! {
                            <li>
                                <button class="team-member" data-testid="team-member" data-agent-id=id.clone()
                                    data-status=status.clone() disabled=move || busy.get()
                                    on:click=move |_| start(id.clone())>
                                    <span class=format!("status-dot status-{status}") aria-hidden="true"></span>
                                    <span class="name" translate="no">{label}</span>
                                    <span class="muted">{move || status_words(&known)}</span>
                                </button>
                            </li>
                        }
                    }
                </For>
            </ul>
            <Show when=move || ui.teammates.with(|t| t.is_empty())>
                <p class="progress" role="status">{tr!("team-reading-team")}</p>
            </Show>
        </div>
    }
}

#[component]
pub fn NewGroup() -> impl IntoView {
    let desk = expect_context::<DeskState>();
    let ui = expect_context::<TeamUi>();
    let name = RwSignal::new(String::new());
    let picked = RwSignal::new(BTreeSet::<String>::new());
    let busy = RwSignal::new(false);
    let create = move |_| {
        let Some(api) = ui.api() else { return };
        let title = name.get_untracked().trim().to_string();
        let members: Vec<String> = picked.get_untracked().into_iter().collect();
        busy.set(true);
        leptos::task::spawn_local(async move {
            match talk::create_chat(&api, ChatType::Group, &title, &members).await {
                Ok(chat) => take_and_open(desk, ui, chat),
                Err(e) => ui.fail(Action::CreateGroup, e),
            }
            let _ = busy.try_set(false);
        });
    };
    view! {
        <div class="team-people">
            <h3>{tr!("team-new-group-button")}</h3>
            <label>{tr!("team-group-name-label")}
                <input data-testid="team-group-name" prop:value=move || name.get()
                    on:input=move |e| name.set(event_target_value(&e))/>
            </label>
            <ul class="team-members">
                <For each=move || others(ui) key=|a| a.id.clone() let:agent>
                    {
                        let id = agent.id.clone();
                        let toggle_id = id.clone();
                        view! {
                            <li>
                                <label class="check">
                                    <input type="checkbox" data-testid="team-group-member" data-agent-id=id.clone()
                                        prop:checked=move || picked.with(|p| p.contains(&id))
                                        on:change=move |_| picked.update(|p| {
                                            if !p.remove(&toggle_id) {
                                                p.insert(toggle_id.clone());
                                            }
                                        })/>
                                    <span translate="no">{agent.name.clone()}</span>
                                </label>
                            </li>
                        }
                    }
                </For>
            </ul>
            <button class="primary" data-testid="team-group-create"
                disabled=move || busy.get() || name.with(|n| n.trim().is_empty())
                on:click=create>{tr!("team-create-group")}</button>
        </div>
    }
}

#[component]
pub fn Channels() -> impl IntoView {
    let desk = expect_context::<DeskState>();
    let ui = expect_context::<TeamUi>();
    let listed = RwSignal::new(None::<Vec<Chat>>);
    if let Some(api) = ui.api() {
        leptos::task::spawn_local(async move {
            match talk::channels(&api).await {
                Ok(channels) => {
                    let _ = listed.try_set(Some(channels));
                }
                Err(e) => ui.fail(Action::ReadChannels, e),
            }
        });
    }
    let join = move |chat_id: String| {
        let Some(api) = ui.api() else { return };
        if desk.peek(|s| s.talk.chats.contains_key(&chat_id)) {
            ui.open_chat(chat_id);
            return;
        }
        leptos::task::spawn_local(async move {
            match talk::join(&api, &chat_id).await {
                Ok(()) => {
                    talk_sync::read_chats(&api, &desk, false).await;
                    ui.open_chat(chat_id);
                }
                Err(e) => ui.fail(Action::JoinChannel, e),
            }
        });
    };
    view! {
        <div class="team-people">
            <h3>{tr!("team-public-channels")}</h3>
            <Show when=move || listed.with(Option::is_none)>
                <p class="progress" role="status">{tr!("team-reading-channels")}</p>
            </Show>
            <ul class="team-members">
                <For each=move || listed.get().unwrap_or_default() key=|c| c.id.clone() let:channel>
                    {
                        let id = channel.id.clone();
                        let joined = {
                            let id = id.clone();
                            move || desk.read(desk.talk, |s| s.talk.chats.contains_key(&id))
                        };
                        view! {
                            <li class="team-channel">
                                <span class="name" translate="no">{channel.name.clone()}</span>
                                <span class="muted">{move || t!("team-member-count", count = channel.member_count)}</span>
                                <button data-testid="team-channel-join" data-chat-id=id.clone()
                                    on:click=move |_| join(id.clone())>
                                    {move || if joined() { t!("team-open-channel") } else { t!("team-join-channel") }}
                                </button>
                            </li>
                        }
                    }
                </For>
            </ul>
        </div>
    }
}
