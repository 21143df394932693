//! Chats and their participants (server/service_agents_talk.go). Lists page like every list
//! (`page_size` up to 100, default 100); participants come as a plain array.

use axum::extract::{Path, Query, State};
use axum::Json;
use serde::Deserialize;
use serde_json::Value;

use super::talk::{talk_page, valid_id};
use super::{JsonBody, PageQuery};
use crate::auth::Caller;
use crate::error::ApiResult;
use crate::state::AppState;
use crate::talk::wire_json;

pub async fn channels(
    State(state): State<AppState>,
    _caller: Caller,
    Query(query): Query<PageQuery>,
) -> ApiResult<Json<Value>> {
    let sim = state.sim();
    talk_page(sim.talk().channels(), query)
}

pub async fn list(
    State(state): State<AppState>,
    caller: Caller,
    Query(query): Query<PageQuery>,
) -> ApiResult<Json<Value>> {
    let sim = state.sim();
    talk_page(sim.talk().chats_of(&caller.agent_id), query)
}

#[derive(Deserialize)]
pub struct ParticipantInput {
    #[serde(default)]
    owner_type: String,
    #[serde(default)]
    owner_id: String,
}

#[derive(Deserialize)]
pub struct CreateBody {
    #[serde(default)]
    r#type: String,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    detail: Option<String>,
    #[serde(default)]
    participants: Option<Vec<ParticipantInput>>,
}

pub async fn create(
    State(state): State<AppState>,
    caller: Caller,
    JsonBody(body): JsonBody<CreateBody>,
) -> ApiResult<Json<Value>> {
    let mut others = Vec::new();
    for p in body.participants.unwrap_or_default() {
        valid_id(&p.owner_id, "owner_id")?;
        others.push((p.owner_type, p.owner_id));
    }
    let name = body.name.unwrap_or_default();
    let detail = body.detail.unwrap_or_default();
    let chat = state.act(|sim, now| {
        Ok(sim.talk_act(now, |talk, now| {
            talk.create_chat(&caller.agent_id, &body.r#type, &name, &detail, &others, now)
        })?)
    })?;
    Ok(Json(wire_json(&chat)))
}

pub async fn get(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> ApiResult<Json<Value>> {
    valid_id(&id, "id")?;
    let chat = state.sim().talk().chat(&caller.agent_id, &id)?;
    Ok(Json(wire_json(&chat)))
}

#[derive(Deserialize)]
pub struct UpdateBody {
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    detail: Option<String>,
}

pub async fn update(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    JsonBody(body): JsonBody<UpdateBody>,
) -> ApiResult<Json<Value>> {
    valid_id(&id, "id")?;
    let chat = state.act(|sim, now| {
        Ok(sim.talk_act(now, |talk, now| {
            talk.update_chat(&caller.agent_id, &id, body.name, body.detail, now)
        })?)
    })?;
    Ok(Json(wire_json(&chat)))
}

pub async fn remove(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> ApiResult<Json<Value>> {
    valid_id(&id, "id")?;
    let chat = state.act(|sim, now| {
        Ok(sim.talk_act(now, |talk, now| {
            talk.delete_chat(&caller.agent_id, &id, now)
        })?)
    })?;
    Ok(Json(wire_json(&chat)))
}

pub async fn join(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> ApiResult<Json<Value>> {
    valid_id(&id, "id")?;
    let participant = state.act(|sim, now| {
        Ok(sim.talk_act(now, |talk, now| talk.join(&caller.agent_id, &id, now))?)
    })?;
    Ok(Json(wire_json(&participant)))
}

pub async fn participants(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> ApiResult<Json<Value>> {
    valid_id(&id, "id")?;
    let sim = state.sim();
    let list = sim.talk().participants_of(&caller.agent_id, &id)?;
    Ok(Json(Value::Array(
        list.into_iter().map(wire_json).collect(),
    )))
}

pub async fn add_participant(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    JsonBody(body): JsonBody<ParticipantInput>,
) -> ApiResult<Json<Value>> {
    valid_id(&id, "id")?;
    valid_id(&body.owner_id, "owner_id")?;
    let participant = state.act(|sim, now| {
        Ok(sim.talk_act(now, |talk, now| {
            talk.add_participant(&caller.agent_id, &id, &body.owner_type, &body.owner_id, now)
        })?)
    })?;
    Ok(Json(wire_json(&participant)))
}

pub async fn remove_participant(
    State(state): State<AppState>,
    caller: Caller,
    Path((id, participant_id)): Path<(String, String)>,
) -> ApiResult<Json<Value>> {
    valid_id(&id, "id")?;
    valid_id(&participant_id, "participant_id")?;
    let removed = state.act(|sim, now| {
        Ok(sim.talk_act(now, |talk, _| {
            talk.remove_participant(&caller.agent_id, &id, &participant_id)
        })?)
    })?;
    Ok(Json(removed.map_or(Value::Null, |p| wire_json(&p))))
}
