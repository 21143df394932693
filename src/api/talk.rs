//! Team talk on VoIPBIN's agent surface (`/v1.0/service_agents/talk_*`, bin-api-manager
//! server/service_agents_talk.go): chats, messages, reactions, and the teammates to talk to.
//! Answers are read leniently (a malformed item is skipped); the socket brings the rest.

use super::client::urlencode;
use super::crm::{decode, page_of, paged, Page};
use super::{Api, ApiError};
use serde_json::{json, Value};
use voipbin_protocol::talk::{Chat, ChatMessage, ChatType, Participant};
use voipbin_protocol::{Agent, Resource, ResourceKind};

const BASE: &str = "/v1.0/service_agents";
/// Messages per history page: a screenful and some.
pub const MESSAGES_PAGE: usize = 50;
/// Chats and channels read at most (pages of 100).
const CHAT_PAGES: usize = 5;

async fn all<T: voipbin_protocol::from_value::FromValue>(
    api: &Api,
    path: &str,
) -> Result<Vec<T>, ApiError> {
    let mut items = Vec::new();
    let mut token = String::new();
    for _ in 0..CHAT_PAGES {
        let page: Page<T> = page_of(api.get(&paged(path, &token, 100)).await?);
        let count = page.items.len();
        items.extend(page.items);
        if page.next.is_empty() || count == 0 {
            break;
        }
        token = page.next;
    }
    Ok(items)
}

/// The chats the agent is in (direct, group, and the public channels joined).
pub async fn my_chats(api: &Api) -> Result<Vec<Chat>, ApiError> {
    all(api, &format!("{BASE}/talk_chats")).await
}

/// The customer's public channels, joined or not.
pub async fn channels(api: &Api) -> Result<Vec<Chat>, ApiError> {
    all(api, &format!("{BASE}/talk_channels")).await
}

pub async fn chat(api: &Api, chat_id: &str) -> Result<Chat, ApiError> {
    decode(
        api.get(&format!("{BASE}/talk_chats/{}", urlencode(chat_id)))
            .await?,
    )
}

/// A new chat with `agent_ids` (the agent itself is added by VoIPBIN). A second direct chat
/// with the same person answers the existing one.
pub async fn create_chat(
    api: &Api,
    chat_type: ChatType,
    name: &str,
    agent_ids: &[String],
) -> Result<Chat, ApiError> {
    let participants: Vec<Value> = agent_ids
        .iter()
        .map(|id| json!({ "owner_type": "agent", "owner_id": id }))
        .collect();
    let body = json!({ "type": chat_type.as_str(), "name": name, "participants": participants });
    decode(api.post(&format!("{BASE}/talk_chats"), &body).await?)
}

/// Joins a public channel.
pub async fn join(api: &Api, chat_id: &str) -> Result<(), ApiError> {
    api.post(
        &format!("{BASE}/talk_chats/{}/join", urlencode(chat_id)),
        &json!({}),
    )
    .await
    .map(drop)
}

pub async fn participants(api: &Api, chat_id: &str) -> Result<Vec<Participant>, ApiError> {
    all(
        api,
        &format!("{BASE}/talk_chats/{}/participants", urlencode(chat_id)),
    )
    .await
}

/// One page of a chat's history, newest first; `token` "" for the newest page.
pub async fn messages_page(
    api: &Api,
    chat_id: &str,
    token: &str,
) -> Result<Page<ChatMessage>, ApiError> {
    let path = format!("{BASE}/talk_messages?chat_id={}", urlencode(chat_id));
    Ok(page_of(api.get(&paged(&path, token, MESSAGES_PAGE)).await?))
}

/// Posts a message (`parent_id` "" unless it replies in a thread) with uploaded files.
pub async fn send_message(
    api: &Api,
    chat_id: &str,
    parent_id: &str,
    text: &str,
    file_ids: &[String],
) -> Result<ChatMessage, ApiError> {
    let medias: Vec<Value> = file_ids
        .iter()
        .map(|id| json!({ "type": "file", "file_id": id }))
        .collect();
    let mut body = json!({ "chat_id": chat_id, "type": "normal", "text": text, "medias": medias });
    if !parent_id.is_empty() {
        body["parent_id"] = json!(parent_id);
    }
    decode(api.post(&format!("{BASE}/talk_messages"), &body).await?)
}

/// Adds the agent's `emoji` to a message (VoIPBIN has no way to take one back).
pub async fn react(api: &Api, message_id: &str, emoji: &str) -> Result<ChatMessage, ApiError> {
    decode(
        api.post(
            &format!("{BASE}/talk_messages/{}/reactions", urlencode(message_id)),
            &json!({ "emoji": emoji }),
        )
        .await?,
    )
}

/// The customer's agents with their status (read again now and then: a plain agent gets no
/// agent events).
pub async fn teammates(api: &Api) -> Result<Vec<Agent>, ApiError> {
    let listed = api
        .list(&format!("{BASE}/agents"), ResourceKind::Agent)
        .await?;
    Ok(listed
        .items
        .into_iter()
        .filter_map(|r| match r {
            Resource::Agent(a) => Some(a),
            _ => None,
        })
        .collect())
}

/// Where an attached file is read: VoIPBIN answers with a redirect to a signed download URL.
pub fn file_url(api: &Api, file_id: &str) -> String {
    api.url(&format!("{BASE}/files/{}/file", urlencode(file_id)))
}
