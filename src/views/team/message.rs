//! One team message: who, when, the text as text (links made clickable, nothing as HTML), its
//! attachments (images previewed), its reactions with who gave them, and its thread.

use super::linkify::{pieces, Piece};
use super::panel::TeamUi;
use crate::api::talk;
use crate::state::DeskState;
use crate::store::Changes;
use crate::views::desk::clock_of;
use leptos::prelude::*;
use std::collections::BTreeMap;
use voipbin_protocol::talk::{ChatMessage, ChatMessageType};

/// The emojis offered (VoIPBIN takes any; it has no way to remove one).
const EMOJIS: [&str; 3] = ["👍", "✅", "👀"];

/// Text pieces as nodes: plain text, and links that open elsewhere without the desk's window.
pub fn text_view(text: &str) -> impl IntoView {
    pieces(text)
        .into_iter()
        .map(|piece| match piece {
            Piece::Text(t) => t.into_any(),
            Piece::Link(url) => {
                let href = url.clone();
                view! { <a href=href target="_blank" rel="noopener noreferrer nofollow">{url}</a> }
                    .into_any()
            }
        })
        .collect_view()
}

#[component]
pub fn MessageView(message: ChatMessage, replies: usize, in_thread: bool) -> impl IntoView {
    let desk = expect_context::<DeskState>();
    let ui = expect_context::<TeamUi>();
    let deleted = message.is_deleted();
    let system = message.r#type == ChatMessageType::System;
    let author = ui.name_of(&message.owner_id);
    let mine = message.owner_id == ui.me();
    let id = message.id.clone();
    let react = move |emoji: &'static str| {
        let Some(api) = ui.api() else { return };
        let id = id.clone();
        leptos::task::spawn_local(async move {
            match talk::react(&api, &id, emoji).await {
                Ok(updated) => desk.update(|s| Changes {
                    talk: s.talk.upsert_message(updated),
                    ..Default::default()
                }),
                Err(e) => ui.fail("add the reaction", e),
            }
        });
    };
    // Emoji -> who gave it, in the order given.
    let mut reactions: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for r in &message.metadata.reactions {
        reactions
            .entry(r.emoji.clone())
            .or_default()
            .push(ui.name_of(&r.owner_id));
    }
    let files: Vec<String> = message.file_ids().map(str::to_string).collect();
    let api = ui.api();
    let open_thread = {
        let id = message.id.clone();
        move |_| ui.thread.set(Some(id.clone()))
    };
    view! {
        <li class="team-message" class:mine=mine class:system=system class:deleted=deleted
            data-testid="team-message" data-message-id=message.id.clone()
            data-deleted=deleted.to_string()>
            <div class="meta">
                <span class="author">{author}</span>
                <time>{clock_of(&message.tm_create)}</time>
            </div>
            {if deleted {
                view! { <p class="text muted" data-testid="team-message-deleted">"This message was deleted."</p> }.into_any()
            } else {
                view! { <p class="text">{text_view(&message.text)}</p> }.into_any()
            }}
            {(!deleted && !files.is_empty()).then(|| view! {
                <div class="files">
                    {files.iter().map(|file_id| {
                        let url = api.as_ref().map(|api| talk::file_url(api, file_id)).unwrap_or_default();
                        view! { <Attachment url/> }
                    }).collect_view()}
                </div>
            })}
            {(!reactions.is_empty()).then(|| view! {
                <ul class="reactions" data-testid="team-reactions">
                    {reactions.iter().map(|(emoji, who)| view! {
                        <li data-testid="team-reaction" data-emoji=emoji.clone() title=who.join(", ")>
                            {format!("{emoji} {}", who.join(", "))}
                        </li>
                    }).collect_view()}
                </ul>
            })}
            {(!deleted && !system).then(|| view! {
                <div class="actions">
                    {EMOJIS.into_iter().map(|emoji| {
                        let react = react.clone();
                        view! {
                            <button class="chip" data-testid="team-react" data-emoji=emoji
                                aria-label=format!("React {emoji}") on:click=move |_| react(emoji)>{emoji}</button>
                        }
                    }).collect_view()}
                    {(!in_thread).then(|| view! {
                        <button class="link" data-testid="team-thread-open" data-replies=replies.to_string()
                            on:click=open_thread>
                            {if replies == 0 { "Reply in thread".to_string() } else { format!("{replies} replies") }}
                        </button>
                    })}
                </div>
            })}
        </li>
    }
}

/// An attached file: previewed when it is an image (the browser decides), else a link.
#[component]
fn Attachment(url: String) -> impl IntoView {
    let image = RwSignal::new(true);
    let href = url.clone();
    view! {
        <a class="file" href=href target="_blank" rel="noopener noreferrer">
            <Show when=move || image.get() fallback=|| "Attachment">
                <img class="preview" data-testid="team-image" src=url.clone() alt="Attached image"
                    on:error=move |_| image.set(false)/>
            </Show>
        </a>
    }
}
