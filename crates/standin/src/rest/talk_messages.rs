//! Chat messages (server/service_agents_talk.go): list `?chat_id=` newest first (deleted ones
//! included), create, get, delete (author), add a reaction.

use axum::extract::{Path, Query, State};
use axum::Json;
use serde::Deserialize;
use serde_json::Value;
use voipbin_protocol::talk::{Media, MediaType};

use super::talk::{talk_page, valid_id};
use super::{JsonBody, PageQuery};
use crate::auth::Caller;
use crate::error::ApiResult;
use crate::state::AppState;
use crate::talk::{wire_json, NewMessage};

#[derive(Deserialize)]
pub struct ListQuery {
    #[serde(default)]
    chat_id: String,
    page_size: Option<String>,
    page_token: Option<String>,
}

pub async fn list(
    State(state): State<AppState>,
    caller: Caller,
    Query(query): Query<ListQuery>,
) -> ApiResult<Json<Value>> {
    valid_id(&query.chat_id, "chat_id")?;
    let sim = state.sim();
    let messages = sim.talk().messages_of(&caller.agent_id, &query.chat_id)?;
    let paging = PageQuery {
        page_size: query.page_size,
        page_token: query.page_token,
    };
    talk_page(messages, paging)
}

/// openapi's TalkMedia as the server reads it: type, file_id, link_url.
#[derive(Deserialize)]
pub struct MediaInput {
    r#type: Option<String>,
    file_id: Option<String>,
    link_url: Option<String>,
}

#[derive(Deserialize)]
pub struct CreateBody {
    #[serde(default)]
    chat_id: String,
    parent_id: Option<String>,
    #[serde(default)]
    r#type: String,
    #[serde(default)]
    text: String,
    medias: Option<Vec<MediaInput>>,
}

pub async fn create(
    State(state): State<AppState>,
    caller: Caller,
    JsonBody(body): JsonBody<CreateBody>,
) -> ApiResult<Json<Value>> {
    valid_id(&body.chat_id, "chat_id")?;
    // A parent id that is no UUID is dropped, not refused (uuid.FromStringOrNil).
    let parent_id = body.parent_id.filter(|p| valid_id(p, "parent_id").is_ok());
    let medias = body
        .medias
        .unwrap_or_default()
        .into_iter()
        .map(|m| Media {
            r#type: MediaType::parse(m.r#type.as_deref().unwrap_or_default()),
            file_id: m
                .file_id
                .filter(|f| valid_id(f, "file_id").is_ok())
                .unwrap_or_default(),
            link_url: m.link_url.unwrap_or_default(),
            ..Media::default()
        })
        .collect();
    let new = NewMessage {
        chat_id: body.chat_id,
        parent_id,
        r#type: body.r#type,
        text: body.text,
        medias,
    };
    let message = state.act(|sim, now| {
        Ok(sim.talk_act(now, |talk, now| {
            talk.create_message(&caller.agent_id, new, now)
        })?)
    })?;
    Ok(Json(wire_json(&message)))
}

pub async fn get(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> ApiResult<Json<Value>> {
    valid_id(&id, "id")?;
    let message = state.sim().talk().message(&caller.agent_id, &id)?;
    Ok(Json(wire_json(&message)))
}

pub async fn remove(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> ApiResult<Json<Value>> {
    valid_id(&id, "id")?;
    let message = state.act(|sim, now| {
        Ok(sim.talk_act(now, |talk, now| {
            talk.delete_message(&caller.agent_id, &id, now)
        })?)
    })?;
    Ok(Json(wire_json(&message)))
}

#[derive(Deserialize)]
pub struct ReactionBody {
    #[serde(default)]
    emoji: String,
}

pub async fn react(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    JsonBody(body): JsonBody<ReactionBody>,
) -> ApiResult<Json<Value>> {
    valid_id(&id, "id")?;
    let message = state.act(|sim, now| {
        Ok(sim.talk_act(now, |talk, now| {
            talk.react(&caller.agent_id, &id, &body.emoji, now)
        })?)
    })?;
    Ok(Json(wire_json(&message)))
}
