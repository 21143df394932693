//! SMS messages and conversations (supervisors; agents use /service_agents/conversations).

use axum::extract::{Path, Query, State};
use axum::Json;
use serde::Deserialize;
use serde_json::Value;
use voipbin_protocol::{Address, ConversationMessage, Message};

use super::access::may_use_conversation;
use super::paging::{page, PageQuery};
use super::JsonBody;
use crate::auth::Caller;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

pub async fn messages(
    State(state): State<AppState>,
    caller: Caller,
    Query(query): Query<PageQuery>,
) -> ApiResult<Json<Value>> {
    caller.require_supervisor()?;
    page(state.sim().messages(), &query)
}

#[derive(Deserialize)]
pub struct SendMessageBody {
    source: Address,
    destinations: Vec<Address>,
    text: String,
}

pub async fn send_message(
    State(state): State<AppState>,
    caller: Caller,
    JsonBody(body): JsonBody<SendMessageBody>,
) -> ApiResult<Json<Message>> {
    caller.require_supervisor()?;
    if body.destinations.is_empty() {
        return Err(ApiError::bad_request(
            "destinations must name at least one address",
        ));
    }
    let message = state
        .act(|sim, now| Ok(sim.send_message(body.source, body.destinations, &body.text, now)?))?;
    Ok(Json(message))
}

pub async fn conversations(
    State(state): State<AppState>,
    caller: Caller,
    Query(query): Query<PageQuery>,
) -> ApiResult<Json<Value>> {
    caller.require_supervisor()?;
    page(state.sim().conversations(), &query)
}

pub async fn conversation_messages(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    Query(query): Query<PageQuery>,
) -> ApiResult<Json<Value>> {
    let sim = state.sim();
    may_use_conversation(&sim, &caller, &id)?;
    page(sim.conversation_messages(&id), &query)
}

#[derive(Deserialize)]
pub struct ConversationMessageBody {
    #[serde(default)]
    text: String,
    #[serde(default)]
    medias: Vec<Value>,
}

pub async fn send_conversation_message(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    JsonBody(body): JsonBody<ConversationMessageBody>,
) -> ApiResult<Json<ConversationMessage>> {
    let message = state.act(|sim, now| {
        may_use_conversation(sim, &caller, &id)?;
        Ok(sim.send_conversation_message(&id, &body.text, body.medias, now)?)
    })?;
    Ok(Json(message))
}
