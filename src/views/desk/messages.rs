//! Message threads: one per customer, unread counts, new messages as they arrive, a reply box
//! with quick replies, each reply's delivery as it changes, and failures with a retry.
//!
//! Text from customers is rendered as text nodes only (never as HTML). A plain agent receives
//! conversation events but no conversation-message events (VoIPBIN puts no owner on those), so
//! the desk re-reads a thread when its conversation changes and follows a sent reply until its
//! delivery is final.

use super::call_work_chunk::{CallWork, LazyCallWork};
use super::follow::follow_end;
use super::quick_replies::QuickReplies;
use super::selectors::{self, Delivery, ShownMessage, Thread};
use super::{clock_of, on_hotkey, short_when, storage, DeskUi};
use crate::api::{self, ApiError};
use crate::i18n::{number, tr};
use crate::live::Live;
use crate::state::DeskState;
use crate::store::Snapshot;
use crate::t;
use crate::views::Hotkey;
use gloo_timers::future::TimeoutFuture;
use leptos::html;
use leptos::prelude::*;
use std::collections::HashMap;
use voipbin_protocol::MessageDirection;

/// Messages shown at first, and how many more each "load older" adds.
const PAGE: usize = 50;
/// Waits (ms) between re-reads while a sent reply's delivery is not final.
const FOLLOW_DELAYS_MS: [u32; 6] = [1_000, 2_000, 3_000, 4_000, 6_000, 8_000];

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum OutState {
    Sending,
    Failed(SendFailure),
}

/// Why a reply did not go, each said in its own words in the view.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum SendFailure {
    Forbidden,
    Gone,
    Network,
    Expired,
    Other(String),
}

impl SendFailure {
    fn of(error: &ApiError) -> SendFailure {
        match error {
            ApiError::Forbidden(_) => SendFailure::Forbidden,
            ApiError::NotFound(_) => SendFailure::Gone,
            ApiError::Network(_) => SendFailure::Network,
            ApiError::Unauthorized(_) => SendFailure::Expired,
            other => SendFailure::Other(other.to_string()),
        }
    }

    /// "Not sent: …" (tracked).
    fn text(&self) -> String {
        match self {
            SendFailure::Forbidden => t!("work-reply-not-sent-forbidden"),
            SendFailure::Gone => t!("work-reply-not-sent-gone"),
            SendFailure::Network => t!("work-reply-not-sent-network"),
            SendFailure::Expired => t!("work-reply-not-sent-expired"),
            SendFailure::Other(reason) => t!("work-reply-not-sent-other", reason = reason.as_str()),
        }
    }
}

/// A message's delivery in words (tracked).
fn delivery_text(delivery: Delivery) -> String {
    match delivery {
        Delivery::Received => t!("work-delivery-received"),
        Delivery::Sending => t!("work-delivery-sending"),
        Delivery::Queued => t!("work-delivery-queued"),
        Delivery::Sent => t!("work-delivery-sent"),
        Delivery::Delivered => t!("work-delivery-delivered"),
        Delivery::Failed => t!("work-delivery-failed"),
    }
}

/// A reply the server has not accepted yet (sending, or failed to send).
#[derive(Clone, Debug, PartialEq)]
struct Outgoing {
    key: u64,
    conversation_id: String,
    text: String,
    state: OutState,
}

#[derive(Clone, Copy)]
pub struct Outbox(RwSignal<Vec<Outgoing>>);

#[component]
pub fn MessagesPanel() -> impl IntoView {
    let desk = expect_context::<DeskState>();
    let ui = expect_context::<DeskUi>();
    let me_id = ui.my_id();
    let read_key = storage::agent_key("read", &me_id);
    let first_seen_key = storage::agent_key("first-seen", &me_id);
    // Messages older than the agent's first desk in this browser count as read.
    let first_seen = storage::load::<i64>(&first_seen_key).unwrap_or_else(|| {
        let now = js_sys::Date::now() as i64;
        storage::save(&first_seen_key, &now);
        now
    });
    let last_read =
        RwSignal::new(storage::load::<HashMap<String, i64>>(&read_key).unwrap_or_default());
    let outbox = Outbox(RwSignal::new(Vec::new()));
    let visible = RwSignal::new(!super::notify::tab_hidden());
    let on_visibility = window_event_listener_untyped("visibilitychange", move |_| {
        visible.set(!super::notify::tab_hidden());
    });
    on_cleanup(move || on_visibility.remove());

    let list = Memo::new(move |_| {
        let me = ui.me.with(|m| m.id.clone());
        let all = ui.supervisor.get();
        last_read.with(|read| {
            desk.read(desk.conversations, |s| {
                selectors::threads(s, &me, all, read, first_seen)
            })
        })
    });
    let total_unread = move || list.with(|l| l.iter().map(|t| t.unread).sum::<usize>());

    // Keep a thread selected: the agent's pick while it exists, else the most recent.
    Effect::new(move |_| {
        let ids: Vec<String> = list.with(|l| l.iter().map(|t| t.id.clone()).collect());
        let selected = ui.selected_thread.get();
        if selected.as_ref().is_none_or(|s| !ids.contains(s)) {
            let first = ids.first().cloned();
            if first != selected {
                ui.selected_thread.set(first);
            }
        }
    });
    // Reading the open thread (while the desk is in front of the agent) marks it read.
    Effect::new(move |_| {
        let Some(id) = ui.selected_thread.get() else {
            return;
        };
        if !visible.get() {
            return;
        }
        let newest = desk.read(desk.conversations, |s| selectors::newest_message_ms(s, &id));
        if let Some(newest) = newest {
            if last_read.with_untracked(|r| r.get(&id).is_none_or(|t| *t < newest)) {
                last_read.update(|r| {
                    r.insert(id.clone(), newest);
                });
                last_read.with_untracked(|r| storage::save(&read_key, r));
            }
        }
    });
    // A plain agent learns of new messages through its conversation's update: re-read that thread.
    Effect::new(move |previous: Option<HashMap<String, String>>| {
        let me = ui.me.with(|m| m.id.clone());
        let stamps: HashMap<String, String> = desk.read(desk.conversations, |s| {
            s.conversations
                .values()
                .filter(|c| c.owner_id == me)
                .map(|c| (c.id.clone(), c.tm_update.clone()))
                .collect()
        });
        if let (Some(previous), false) = (previous.as_ref(), ui.supervisor.get_untracked()) {
            for (id, stamp) in &stamps {
                if previous.get(id) != Some(stamp) {
                    refresh_thread(ui, desk, id.clone());
                }
            }
        }
        stamps
    });

    // Supervisors answer any thread: list them all once the desk is in sync (the agent
    // surface's list, which the resync reads, holds only the supervisor's own threads).
    let live = expect_context::<Live>();
    Effect::new(move |_| {
        if !(live.synced.get() && ui.supervisor.get()) {
            return;
        }
        let Some(api) = ui.api() else { return };
        leptos::task::spawn_local(async move {
            if let Ok(list) = api::all_conversations(&api).await {
                desk.merge(Snapshot::Conversations(list));
            }
        });
    });
    // A thread opened for the first time is read from the server (its history may predate the desk).
    Effect::new(move |_| {
        let Some(id) = ui.selected_thread.get() else {
            return;
        };
        let known = desk.peek(|s| {
            s.conversation_messages
                .get(&id)
                .is_some_and(|m| !m.is_empty())
        });
        if !known {
            refresh_thread(ui, desk, id);
        }
    });

    let step = move |by: isize| {
        let ids: Vec<String> = list.with_untracked(|l| l.iter().map(|t| t.id.clone()).collect());
        if ids.is_empty() {
            return;
        }
        let current = ui
            .selected_thread
            .get_untracked()
            .and_then(|s| ids.iter().position(|id| *id == s))
            .unwrap_or(0) as isize;
        let next = (current + by).rem_euclid(ids.len() as isize) as usize;
        ui.selected_thread.set(ids.get(next).cloned());
    };
    on_hotkey(move |key| match key {
        Hotkey::NextThread => step(1),
        Hotkey::PrevThread => step(-1),
        _ => {}
    });

    view! {
        <div class="pane-head">
            <h2 id="messages-title">{tr!("work-messages-title")}</h2>
            <Show when=move || { total_unread() > 0 }>
                <span class="badge" data-testid="unread-total" aria-label=move || t!("work-unread", count = total_unread())>
                    {move || number(total_unread() as f64)}
                </span>
            </Show>
        </div>
        <Show when=move || !list.with(Vec::is_empty) fallback=|| view! {
            <p class="empty-state">{tr!("work-messages-empty")}</p>
        }>
            <div class="messages-layout">
                <nav class="threads" aria-label=tr!("work-conversations")>
                    <ul>
                        <For each=move || list.get() key=|t| t.id.clone() let:thread>
                            <ThreadItem id=thread.id.clone() list=list/>
                        </For>
                    </ul>
                    <p class="hint">{tr!("work-threads-hint")}</p>
                </nav>
                {move || ui.selected_thread.get().map(|id| view! {
                    <LazyCallWork work=CallWork::MessageThread { id, outbox }/>
                })}
            </div>
        </Show>
    }
}

#[component]
fn ThreadItem(id: String, list: Memo<Vec<Thread>>) -> impl IntoView {
    let ui = expect_context::<DeskUi>();
    let thread = {
        let id = id.clone();
        Memo::new(move |_| list.with(|l| l.iter().find(|t| t.id == id).cloned()))
    };
    let field = move |f: fn(&Thread) -> String| {
        move || thread.with(|t| t.as_ref().map(f).unwrap_or_default())
    };
    let unread = move || thread.with(|t| t.as_ref().map(|t| t.unread).unwrap_or(0));
    let selected = {
        let id = id.clone();
        Memo::new(move |_| {
            ui.selected_thread
                .with(|s| s.as_deref() == Some(id.as_str()))
        })
    };
    let pick = {
        let id = id.clone();
        move |_| ui.selected_thread.set(Some(id.clone()))
    };
    view! {
        <li>
            <button class="thread" data-testid="message-thread" data-thread-id=id.clone()
                data-unread=move || unread().to_string()
                aria-current=move || selected.get().then_some("true") on:click=pick>
                <span class="thread-top">
                    <b class="thread-peer" translate="no">{field(|t| t.peer.clone())}</b>
                </span>
                <Show when=move || { unread() > 0 }>
                    <span class="badge" data-testid="thread-unread">
                        <span aria-hidden="true">{move || number(unread() as f64)}</span>
                        <span class="visually-hidden">{move || t!("work-unread", count = unread())}</span>
                    </span>
                </Show>
                <span class="thread-preview" translate="no">{field(|t| t.last_text.clone())}</span>
                <time class="thread-time">{field(|t| short_when(&t.last_at))}</time>
            </button>
        </li>
    }
}

/// The open thread with its reply box: in the work chunk (`call_work_chunk.rs`), fetched when a
/// thread is first shown.
#[component]
pub(super) fn ThreadView(id: String, outbox: Outbox) -> impl IntoView {
    let desk = expect_context::<DeskState>();
    let ui = expect_context::<DeskUi>();
    let limit = RwSignal::new(PAGE);
    let conversation_id = id.clone();
    let shown = {
        let id = id.clone();
        Memo::new(move |_| {
            let limit = limit.get();
            desk.sms.track();
            desk.read(desk.conversations, |s| {
                selectors::thread_messages(s, &id, limit)
            })
        })
    };
    let peer = {
        let id = id.clone();
        Memo::new(move |_| {
            desk.read(desk.conversations, |s| {
                s.conversations.get(&id).map(selectors::peer_of)
            })
            .unwrap_or_else(|| (t!("work-peer-unknown"), String::new()))
        })
    };
    let owner = {
        let id = id.clone();
        Memo::new(move |_| {
            let owner = desk.read(desk.conversations, |s| {
                s.conversations.get(&id).map(|c| c.owner_id.clone())
            })?;
            // Another agent's thread: its name, when the desk knows it.
            (owner != ui.my_id())
                .then(|| desk.peek(|s| s.agents.get(&owner).map(selectors::display_name)))
        })
    };
    let pending = {
        let id = id.clone();
        Memo::new(move |_| {
            outbox.0.with(|o| {
                o.iter()
                    .filter(|m| m.conversation_id == id)
                    .cloned()
                    .collect::<Vec<_>>()
            })
        })
    };
    let messages = Memo::new(move |_| shown.with(|(m, _)| m.clone()));
    let hidden = move || shown.with(|(_, h)| *h);
    let list = NodeRef::<html::Ol>::new();
    Effect::new(move |_| {
        let _ = messages.with(Vec::len) + pending.with(Vec::len);
        follow_end(list, 120, false);
    });
    let title = move || {
        peer.with(|(name, number)| {
            if name == number {
                name.clone()
            } else {
                format!("{name} · {number}")
            }
        })
    };
    let resend = {
        let id = id.clone();
        move |text: String| send(ui, desk, outbox, id.clone(), text, None)
    };
    let resend_cb = Callback::new(resend.clone());

    view! {
        <section class="thread-view" aria-labelledby="thread-title" data-testid="thread-view" data-thread-id=id.clone()>
            <header class="thread-head">
                <h3 id="thread-title" translate="no">{title}</h3>
                <crate::views::phone::CallButton number=Signal::derive(move || peer.with(|p| p.1.clone()))/>
                {move || owner.get().map(|name| view! { <p class="hint">{move || match &name {
                    Some(name) => t!("work-assigned-to", name = name.as_str()),
                    None => t!("work-assigned-to-another-agent"),
                }}</p> })}
            </header>
            <Show when=move || { hidden() > 0 }>
                <button class="link load-older" data-testid="load-older" on:click=move |_| limit.update(|l| *l += PAGE)>
                    {move || t!("work-load-older", count = hidden())}
                </button>
            </Show>
            <ol class="messages" node_ref=list aria-live="polite" aria-relevant="additions" aria-label=move || t!("work-messages-with", name = peer.with(|p| p.0.clone()))
                tabindex="0">
                <For each=move || messages.get() key=|m| (m.message.id.clone(), m.delivery, m.message.tm_update.clone()) let:m>
                    <MessageItem m=m resend=resend_cb/>
                </For>
                <For each=move || pending.get() key=|o| (o.key, o.state.clone()) let:o>
                    <PendingItem o=o outbox=outbox/>
                </For>
            </ol>
            <ReplyBox conversation_id=conversation_id.clone() outbox=outbox peer=Signal::derive(move || peer.with(|p| p.0.clone()))/>
        </section>
    }
}

#[component]
fn MessageItem(m: ShownMessage, resend: Callback<String>) -> impl IntoView {
    let inbound = m.message.direction == MessageDirection::Inbound;
    let delivery = m.delivery;
    let text = m.message.text.clone();
    view! {
        <li class=if inbound { "msg in" } else { "msg out" } data-testid="message"
            data-message-id=m.message.id.clone() data-delivery=format!("{delivery:?}").to_lowercase()>
            <p class="msg-text" translate="no">{m.message.text.clone()}</p>
            <p class="msg-meta">
                <time>{let at = m.message.tm_create.clone(); move || clock_of(&at)}</time>
                <Show when=move || !inbound>
                    " · " <span data-testid="delivery-status" class=format!("delivery delivery-{}", format!("{delivery:?}").to_lowercase())>
                        {move || delivery_text(delivery)}
                    </span>
                </Show>
                <Show when=move || delivery == Delivery::Failed>
                    " " <button class="link" data-testid="retry-message" on:click={
                        let text = text.clone();
                        move |_| resend.run(text.clone())
                    }>{tr!("work-send-again")}</button>
                </Show>
            </p>
        </li>
    }
}

#[component]
fn PendingItem(o: Outgoing, outbox: Outbox) -> impl IntoView {
    let desk = expect_context::<DeskState>();
    let ui = expect_context::<DeskUi>();
    let failed = match &o.state {
        OutState::Failed(reason) => Some(reason.clone()),
        OutState::Sending => None,
    };
    let key = o.key;
    let retry = {
        let o = o.clone();
        move |_| {
            send(
                ui,
                desk,
                outbox,
                o.conversation_id.clone(),
                o.text.clone(),
                Some(key),
            )
        }
    };
    let discard = move |_| outbox.0.update(|list| list.retain(|m| m.key != key));
    let state = if failed.is_some() {
        "failed"
    } else {
        "sending"
    };
    view! {
        <li class="msg out pending" data-testid="outbox-message" data-state=state>
            <p class="msg-text" translate="no">{o.text.clone()}</p>
            {match failed {
                None => view! { <p class="msg-meta" data-testid="delivery-status">{tr!("work-delivery-sending")}</p> }.into_any(),
                Some(reason) => view! {
                    <p class="msg-meta error" role="alert">{move || reason.text()}</p>
                    <p class="msg-meta">
                        <button class="link" data-testid="retry-send" on:click=retry>{tr!("work-retry")}</button>
                        <button class="link" on:click=discard>{tr!("work-discard")}</button>
                    </p>
                }.into_any(),
            }}
        </li>
    }
}

#[component]
fn ReplyBox(conversation_id: String, outbox: Outbox, peer: Signal<String>) -> impl IntoView {
    let desk = expect_context::<DeskState>();
    let ui = expect_context::<DeskUi>();
    let text = RwSignal::new(String::new());
    let field = NodeRef::<html::Textarea>::new();
    let focus = move || {
        if let Some(el) = field.get_untracked() {
            let _ = el.focus();
        }
    };
    on_hotkey(move |key| {
        if key == Hotkey::Reply {
            focus();
        }
    });
    let submit = {
        let id = conversation_id.clone();
        move || {
            let body = text.get_untracked();
            if body.trim().is_empty() {
                return;
            }
            text.set(String::new());
            send(ui, desk, outbox, id.clone(), body, None);
        }
    };
    let on_submit = {
        let submit = submit.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            submit();
        }
    };
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Enter" && !ev.shift_key() && !ev.is_composing() {
            ev.prevent_default();
            submit();
        }
    };
    let pick = Callback::new(move |reply: String| {
        text.set(reply);
        focus();
    });
    let count = move || {
        let n = text.with(|t| t.chars().count());
        let parts = n.div_ceil(160).max(1);
        if n == 0 {
            String::new()
        } else if parts == 1 {
            format!("{}/{}", number(n as f64), number(160))
        } else {
            t!("work-reply-length", chars = n, parts = parts)
        }
    };
    view! {
        <form class="reply" on:submit=on_submit aria-label=tr!("work-reply")>
            <QuickReplies agent_id=ui.my_id() on_pick=pick/>
            <label class="visually-hidden" for="reply-input">{move || t!("work-reply-to", name = peer.get())}</label>
            <div class="reply-row">
                <textarea id="reply-input" data-testid="reply-input" node_ref=field rows="2" maxlength="1600"
                    placeholder=move || t!("work-reply-to-placeholder", name = peer.get())
                    prop:value=move || text.get()
                    on:input=move |e| text.set(event_target_value(&e))
                    on:keydown=on_keydown></textarea>
                <button type="submit" class="primary" data-testid="send-reply"
                    disabled=move || text.with(|t| t.trim().is_empty())>{tr!("work-send")}</button>
            </div>
            <p class="hint reply-hint">
                <span>{tr!("work-reply-keys")}</span>
                <span class="mono">{count}</span>
            </p>
        </form>
    }
}

/// Sends `text` in a conversation through the outbox (`retry` re-sends that outbox entry).
fn send(
    ui: DeskUi,
    desk: DeskState,
    outbox: Outbox,
    conversation_id: String,
    text: String,
    retry: Option<u64>,
) {
    let Some(api) = ui.api() else { return };
    let key = match retry {
        Some(key) => {
            outbox.0.update(|list| {
                if let Some(m) = list.iter_mut().find(|m| m.key == key) {
                    m.state = OutState::Sending;
                }
            });
            key
        }
        None => {
            let key = outbox
                .0
                .with_untracked(|list| list.iter().map(|m| m.key).max().unwrap_or(0) + 1);
            outbox.0.update(|list| {
                list.push(Outgoing {
                    key,
                    conversation_id: conversation_id.clone(),
                    text: text.clone(),
                    state: OutState::Sending,
                })
            });
            key
        }
    };
    leptos::task::spawn_local(async move {
        match api::send_conversation_message(&api, &conversation_id, &text).await {
            Ok(message) => {
                let message_id = message.id.clone();
                desk.merge(Snapshot::ConversationMessages {
                    conversation_id: conversation_id.clone(),
                    messages: vec![message],
                });
                outbox.0.update(|list| list.retain(|m| m.key != key));
                follow_delivery(api, desk, conversation_id, message_id).await;
            }
            Err(e) => outbox.0.update(|list| {
                if let Some(m) = list.iter_mut().find(|m| m.key == key) {
                    m.state = OutState::Failed(SendFailure::of(&e));
                }
            }),
        }
    });
}

/// Re-reads the thread until the reply's delivery is final (or a bounded number of times):
/// events bring it to supervisors, but a plain agent receives no conversation-message events.
async fn follow_delivery(
    api: api::Api,
    desk: DeskState,
    conversation_id: String,
    message_id: String,
) {
    for delay in FOLLOW_DELAYS_MS {
        TimeoutFuture::new(delay).await;
        let done = desk.peek(|s| {
            s.conversation_messages
                .get(&conversation_id)
                .and_then(|thread| thread.iter().find(|m| m.id == message_id))
                .is_some_and(|m| selectors::delivery(s, m).is_final())
        });
        if done {
            return;
        }
        if let Ok(messages) = api::conversation_messages(&api, &conversation_id).await {
            desk.merge(Snapshot::ConversationMessages {
                conversation_id: conversation_id.clone(),
                messages,
            });
        }
    }
}

fn refresh_thread(ui: DeskUi, desk: DeskState, conversation_id: String) {
    let Some(api) = ui.api() else { return };
    leptos::task::spawn_local(async move {
        if let Ok(messages) = api::conversation_messages(&api, &conversation_id).await {
            desk.merge(Snapshot::ConversationMessages {
                conversation_id,
                messages,
            });
        }
    });
}
