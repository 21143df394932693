//! One team message: who, when, the text as text (links made clickable, nothing as HTML), its
//! attachments (images previewed), its reactions with who gave them, and its thread.

use super::linkify::{pieces, Piece};
use super::panel::TeamUi;
use super::problem::Action;
use crate::api::talk;
use crate::i18n::tr;
use crate::state::DeskState;
use crate::store::Changes;
use crate::t;
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
    let owner = message.owner_id.clone();
    let author = move || ui.name_of(&owner);
    let mine = message.owner_id == ui.me();
    // A clock time follows the language's format.
    let created = message.tm_create.clone();
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
                Err(e) => ui.fail(Action::AddReaction, e),
            }
        });
    };
    // Emoji -> who gave it (agent ids), in the order given.
    let mut reactions: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for r in &message.metadata.reactions {
        reactions
            .entry(r.emoji.clone())
            .or_default()
            .push(r.owner_id.clone());
    }
    let names = move |who: &[String]| {
        who.iter()
            .map(|id| ui.name_of(id))
            .collect::<Vec<_>>()
            .join(", ")
    };
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
                <span class="author" translate="no">{author}</span>
                <time>{move || clock_of(&created)}</time>
            </div>
            {if deleted {
                view! { <p class="text muted" data-testid="team-message-deleted">{tr!("team-deleted")}</p> }.into_any()
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
                    {reactions.into_iter().map(|(emoji, who)| {
                        let title = who.clone();
                        let shown = emoji.clone();
                        let text = move || format!("{shown} {}", names(&who));
                        view! {
                            <li data-testid="team-reaction" data-emoji=emoji.clone() translate="no"
                                title=move || names(&title)>
                                {text}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            })}
            {(!deleted && !system).then(|| view! {
                <div class="actions">
                    {EMOJIS.into_iter().map(|emoji| {
                        let react = react.clone();
                        view! {
                            <button class="chip" data-testid="team-react" data-emoji=emoji
                                aria-label=move || t!("team-react-with", emoji = emoji) on:click=move |_| react(emoji)>{emoji}</button>
                        }
                    }).collect_view()}
                    {(!in_thread).then(|| view! {
                        <button class="link" data-testid="team-thread-open" data-replies=replies.to_string()
                            on:click=open_thread>
                            {move || if replies == 0 {
                                t!("team-reply-in-thread")
                            } else {
                                t!("team-replies", count = replies)
                            }}
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
            <Show when=move || image.get() fallback=|| tr!("team-attachment")>
                <img class="preview" data-testid="team-image" src=url.clone() alt=tr!("team-attached-image")
                    on:error=move |_| image.set(false)/>
            </Show>
        </a>
    }
}
