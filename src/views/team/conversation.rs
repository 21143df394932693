//! The open chat: its messages (or one thread's), older history read as the agent scrolls up,
//! the messages waiting in the outbox, and the composer with its draft and attachments.

use super::message::{text_view, MessageView};
use super::panel::TeamUi;
use super::problem::{reason, Action, Problem};
use crate::api::{talk, upload};
use crate::i18n::tr;
use crate::live::{talk_sync, ConnectionState, Live};
use crate::state::DeskState;
use crate::store::talk::{OutState, Outgoing};
use crate::store::Changes;
use crate::t;
use crate::views::desk::{notify, storage};
use leptos::html;
use leptos::prelude::*;
use std::collections::HashMap;
use voipbin_protocol::talk::ChatMessage;
use wasm_bindgen::JsCast;

/// Within this many pixels of the top, the next older page is read.
const NEAR_TOP_PX: i32 = 60;

fn talk_changed() -> Changes {
    Changes {
        talk: true,
        ..Default::default()
    }
}

/// An attachment: uploading (its progress, 0..=1), or uploaded (its file id).
#[derive(Clone, Debug, PartialEq)]
struct Attached {
    key: u32,
    name: String,
    progress: f64,
    file_id: Option<String>,
}

#[component]
pub fn Conversation(chat_id: String) -> impl IntoView {
    let desk = expect_context::<DeskState>();
    let live = expect_context::<Live>();
    let ui = expect_context::<TeamUi>();
    let chat = StoredValue::new(chat_id.clone());
    let list_ref = NodeRef::<html::Ol>::new();
    let loading_older = RwSignal::new(false);

    // The newest page, unless this chat's history was read already.
    if desk.peek(|s| {
        s.talk
            .log(&chat_id)
            .is_none_or(|l| l.older == Default::default())
    }) {
        if let Some(api) = ui.api() {
            let chat_id = chat_id.clone();
            leptos::task::spawn_local(async move {
                match talk::messages_page(&api, &chat_id, "").await {
                    Ok(page) => desk.update(|s| {
                        s.talk.merge_newest_page(&chat_id, page.items, page.next);
                        talk_changed()
                    }),
                    Err(e) => ui.fail(Action::ReadChat, e),
                }
            });
        }
    }

    // The lines shown: the chat's own (with their reply counts), or one thread.
    let shown = Memo::new(move |_| {
        let thread = ui.thread.get();
        chat.with_value(|chat_id| {
            desk.read(desk.talk, |s| {
                let Some(log) = s.talk.log(chat_id) else {
                    return Vec::new();
                };
                match &thread {
                    Some(parent) => log
                        .get(parent)
                        .cloned()
                        .into_iter()
                        .chain(log.replies(parent).cloned())
                        .map(|m| (m, 0, true))
                        .collect::<Vec<(ChatMessage, usize, bool)>>(),
                    None => {
                        let mut replies: HashMap<&str, usize> = HashMap::new();
                        for m in log.all().filter(|m| m.is_reply()) {
                            *replies.entry(m.parent_id.as_str()).or_default() += 1;
                        }
                        log.top_level()
                            .map(|m| {
                                let count = replies.get(m.id.as_str()).copied().unwrap_or(0);
                                (m.clone(), count, false)
                            })
                            .collect()
                    }
                }
            })
        })
    });
    let outgoing = Memo::new(move |_| {
        let thread = ui.thread.get().unwrap_or_default();
        chat.with_value(|chat_id| {
            desk.read(desk.talk, |s| {
                s.talk
                    .outbox()
                    .iter()
                    .filter(|o| &o.chat_id == chat_id && o.parent_id == thread)
                    .cloned()
                    .collect::<Vec<Outgoing>>()
            })
        })
    });
    let has_older = move || {
        chat.with_value(|chat_id| desk.read(desk.talk, |s| s.talk.older_token(chat_id).is_some()))
    };

    // Seen while the desk is in front of the agent: the chat's reading mark moves on, and is kept.
    let visible = RwSignal::new(!notify::tab_hidden());
    let on_visibility = window_event_listener_untyped("visibilitychange", move |_| {
        visible.set(!notify::tab_hidden());
    });
    on_cleanup(move || on_visibility.remove());
    Effect::new(move |_| {
        shown.track();
        if !visible.get() {
            return;
        }
        let moved = chat.with_value(|chat_id| {
            let mut moved = false;
            desk.update(|s| {
                moved = s.talk.mark_read(chat_id);
                Changes {
                    talk: moved,
                    ..Default::default()
                }
            });
            moved
        });
        if moved {
            let reads = desk.peek(|s| s.talk.last_read().clone());
            storage::save(&super::reads_key(&ui.me()), &reads);
        }
    });

    // The newest line in view when it arrives (not while the agent reads older pages).
    Effect::new(move |previous: Option<Option<String>>| {
        let newest = shown.with(|l| l.last().map(|(m, _, _)| m.id.clone()));
        outgoing.track();
        if previous.as_ref() != Some(&newest) || outgoing.with(|o| !o.is_empty()) {
            if !loading_older.get_untracked() {
                request_animation_frame(move || {
                    if let Some(list) = list_ref.get_untracked() {
                        list.set_scroll_top(list.scroll_height());
                    }
                });
            }
        }
        newest
    });

    let load_older = move || {
        if loading_older.get_untracked() {
            return;
        }
        let Some(api) = ui.api() else { return };
        let chat_id = chat.get_value();
        let Some(token) = desk.peek(|s| s.talk.older_token(&chat_id).map(str::to_string)) else {
            return;
        };
        loading_older.set(true);
        let height_before = list_ref.get_untracked().map_or(0, |l| l.scroll_height());
        leptos::task::spawn_local(async move {
            match talk::messages_page(&api, &chat_id, &token).await {
                Ok(page) => desk.update(|s| {
                    s.talk.merge_older_page(&chat_id, page.items, page.next);
                    talk_changed()
                }),
                Err(e) => ui.fail(Action::ReadOlder, e),
            }
            // Keep the line the agent was reading where it was.
            request_animation_frame(move || {
                if let Some(list) = list_ref.get_untracked() {
                    list.set_scroll_top(list.scroll_top() + list.scroll_height() - height_before);
                }
                let _ = loading_older.try_set(false);
            });
        });
    };
    let on_scroll = move |_| {
        if list_ref
            .get_untracked()
            .is_some_and(|l| l.scroll_top() < NEAR_TOP_PX)
        {
            load_older();
        }
    };

    let title = move || {
        chat.with_value(|chat_id| {
            desk.read(desk.talk, |s| s.talk.chats.get(chat_id).cloned())
                .map(|c| ui.title_of(&c))
                .unwrap_or_default()
        })
    };
    let offline = move || live.state.get() != ConnectionState::Connected;

    view! {
        <div class="team-conversation" data-testid="team-conversation" data-chat-id=chat_id.clone()>
            <header class="team-conversation-head">
                <h3 translate="no">{title}</h3>
                <Show when=move || ui.thread.with(Option::is_some)>
                    <button class="link" data-testid="team-thread-close" on:click=move |_| ui.thread.set(None)>{tr!("team-back-to-chat")}</button>
                </Show>
            </header>
            <ol class="team-messages" node_ref=list_ref on:scroll=on_scroll aria-live="polite">
                <Show when=move || has_older() && ui.thread.with(Option::is_none)>
                    <li class="older">
                        <button class="link" data-testid="team-older" disabled=move || loading_older.get()
                            on:click=move |_| load_older()>{tr!("team-older-messages")}</button>
                    </li>
                </Show>
                <For each=move || shown.get()
                    key=|(m, replies, in_thread)| {
                        (m.id.clone(), m.tm_update.clone(), m.metadata.reactions.len(), *replies, *in_thread)
                    }
                    let:line>
                    <MessageView message=line.0 replies=line.1 in_thread=line.2/>
                </For>
                <For each=move || outgoing.get() key=|o| (o.key, format!("{:?}", o.state)) let:out>
                    <OutgoingView out/>
                </For>
            </ol>
            <Show when=offline>
                <p class="muted" role="status" data-testid="team-offline">{tr!("team-offline-note")}</p>
            </Show>
            <Composer/>
        </div>
    }
}

#[component]
fn OutgoingView(out: Outgoing) -> impl IntoView {
    let desk = expect_context::<DeskState>();
    let state = match &out.state {
        OutState::Queued => "queued",
        OutState::Sending => "sending",
        OutState::Failed(_) => "failed",
    };
    let failed = matches!(out.state, OutState::Failed(_));
    let shown_state = out.state.clone();
    let note = move || match &shown_state {
        OutState::Queued => t!("team-out-queued"),
        OutState::Sending => t!("team-out-sending"),
        OutState::Failed(why) => t!("team-out-failed", reason = reason(why)),
    };
    let key = out.key;
    view! {
        <li class="team-message mine outgoing" data-testid="team-outgoing" data-state=state>
            <p class="text">{text_view(&out.text)}</p>
            <p class="muted">{note}
                <Show when=move || failed>
                    <button class="link" on:click=move |_| desk.update(|s| {
                        s.talk.discard(key);
                        talk_changed()
                    })>{tr!("team-discard")}</button>
                </Show>
            </p>
        </li>
    }
}

/// The message box: a draft per chat (kept in the browser), attachments, send (queued while
/// offline, sent once when back).
#[component]
fn Composer() -> impl IntoView {
    let desk = expect_context::<DeskState>();
    let live = expect_context::<Live>();
    let ui = expect_context::<TeamUi>();
    let drafts_key = storage::agent_key("talk-drafts", &ui.me());
    let drafts =
        StoredValue::new(storage::load::<HashMap<String, String>>(&drafts_key).unwrap_or_default());
    let draft_slot = move || {
        let chat = ui.selected.get_untracked().unwrap_or_default();
        match ui.thread.get_untracked() {
            Some(parent) => format!("{chat}/{parent}"),
            None => chat,
        }
    };
    let text = RwSignal::new(String::new());
    // The draft of the chat (or thread) now open.
    Effect::new(move |_| {
        ui.selected.track();
        ui.thread.track();
        let slot = draft_slot();
        text.set(drafts.with_value(|d| d.get(&slot).cloned().unwrap_or_default()));
    });
    let keep_draft = {
        let drafts_key = drafts_key.clone();
        move |value: String| {
            let slot = draft_slot();
            drafts.update_value(|d| {
                if value.is_empty() {
                    d.remove(&slot);
                } else {
                    d.insert(slot, value);
                }
            });
            drafts.with_value(|d| storage::save(&drafts_key, d));
        }
    };
    let attached = RwSignal::new(Vec::<Attached>::new());
    let next_key = StoredValue::new(0u32);
    let attach_error = RwSignal::new(None::<Problem>);

    let on_file = move |e: leptos::ev::Event| {
        let Some(input) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        input.set_value("");
        if let Some(why) = upload::too_big(file.size()) {
            attach_error.set(Some(why));
            return;
        }
        attach_error.set(None);
        let Some(api) = ui.api() else { return };
        next_key.update_value(|k| *k += 1);
        let key = next_key.get_value();
        attached.update(|a| {
            a.push(Attached {
                key,
                name: file.name(),
                progress: 0.0,
                file_id: None,
            })
        });
        leptos::task::spawn_local(async move {
            let progress = move |fraction: f64| {
                let _ = attached.try_update(|a| {
                    if let Some(item) = a.iter_mut().find(|i| i.key == key) {
                        item.progress = fraction;
                    }
                });
            };
            match upload::upload(&api, &file, progress).await {
                Ok(uploaded) => {
                    let _ = attached.try_update(|a| {
                        if let Some(item) = a.iter_mut().find(|i| i.key == key) {
                            item.progress = 1.0;
                            item.file_id = Some(uploaded.id);
                        }
                    });
                }
                Err(e) => {
                    let _ = attached.try_update(|a| a.retain(|i| i.key != key));
                    let _ = attach_error.try_set(Some(Problem::Failed(Action::UploadFile, e)));
                }
            }
        });
    };

    let uploading = move || attached.with(|a| a.iter().any(|i| i.file_id.is_none()));
    let send = {
        let keep_draft = keep_draft.clone();
        move || {
            let body = text.get_untracked().trim().to_string();
            let files: Vec<String> =
                attached.with_untracked(|a| a.iter().filter_map(|i| i.file_id.clone()).collect());
            if (body.is_empty() && files.is_empty()) || uploading() {
                return;
            }
            let Some(chat_id) = ui.selected.get_untracked() else {
                return;
            };
            let parent = ui.thread.get_untracked().unwrap_or_default();
            desk.update(|s| {
                s.talk.queue(&chat_id, &parent, &body, files);
                talk_changed()
            });
            text.set(String::new());
            keep_draft(String::new());
            attached.set(Vec::new());
            if live.state.get_untracked() == ConnectionState::Connected {
                if let Some(api) = ui.api() {
                    talk_sync::send_outbox(api, desk);
                }
            }
        }
    };
    let send_click = send.clone();
    let on_keydown = move |e: leptos::ev::KeyboardEvent| {
        if e.key() == "Enter" && !e.shift_key() {
            e.prevent_default();
            send();
        }
    };
    let placeholder = move || {
        if ui.thread.with(Option::is_some) {
            t!("team-reply-placeholder")
        } else {
            t!("team-message-placeholder")
        }
    };

    view! {
        <div class="team-composer">
            <Show when=move || attach_error.with(Option::is_some)>
                <p class="error" role="alert" data-testid="team-attach-error">{move || attach_error.with(|e| e.as_ref().map(Problem::view))}</p>
            </Show>
            <ul class="team-attached">
                <For each=move || attached.get() key=|a| (a.key, a.file_id.is_some(), (a.progress * 100.0) as u32) let:item>
                    <li>
                        <span translate="no">{item.name.clone()}</span>
                        <progress data-testid="team-upload-progress" max="1" value=item.progress.to_string()
                            data-progress=format!("{:.2}", item.progress) data-done=item.file_id.is_some().to_string()></progress>
                    </li>
                </For>
            </ul>
            <textarea data-testid="team-input" rows="2" aria-label=tr!("team-input-label")
                placeholder=placeholder prop:value=move || text.get()
                on:input=move |e| {
                    let value = event_target_value(&e);
                    keep_draft(value.clone());
                    text.set(value);
                }
                on:keydown=on_keydown></textarea>
            <div class="team-composer-actions">
                <label class="attach">{tr!("team-attach-file")}
                    <input type="file" data-testid="team-attach" on:change=on_file/>
                </label>
                <button class="primary" data-testid="team-send" disabled=uploading
                    on:click=move |_| send_click()>{tr!("team-send-message")}</button>
            </div>
        </div>
    }
}
