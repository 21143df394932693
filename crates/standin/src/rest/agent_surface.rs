//! `/v1.0/service_agents/*`: what any logged-in agent may use about itself.

use axum::extract::{Path, Query, State};
use axum::Json;
use serde::Deserialize;
use serde_json::Value;
use voipbin_protocol::{Agent, AgentStatus, ConversationMessage, Customer};

use super::access::may_use_conversation;
use super::paging::{page, PageQuery, MAX_PAGE_SIZE};
use super::JsonBody;
use crate::auth::Caller;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

pub async fn me(State(state): State<AppState>, caller: Caller) -> ApiResult<Json<Agent>> {
    let sim = state.sim();
    let agent = sim
        .agent(&caller.agent_id)
        .ok_or_else(|| ApiError::not_found("agent not found"))?;
    Ok(Json(agent.clone()))
}

/// Any string, none meaning "" (VoIPBIN binds the body without a required check).
#[derive(Deserialize)]
pub struct StatusBody {
    #[serde(default)]
    status: String,
}

/// `GET /v1.0/service_agents/agents`: the customer's agents, for any agent (bin-api-manager/
/// server/service_agents_agents.go `GetServiceAgentsAgents`, pkg/servicehandler/
/// serviceagent_agent.go `ServiceAgentAgentList`: each agent's WebhookMessage, 100 a page
/// unless asked for fewer).
pub async fn teammates(
    State(state): State<AppState>,
    _caller: Caller,
    Query(query): Query<PageQuery>,
) -> ApiResult<Json<Value>> {
    page(state.sim().agents(), &query.or_size(MAX_PAGE_SIZE))
}

pub async fn set_my_status(
    State(state): State<AppState>,
    caller: Caller,
    JsonBody(body): JsonBody<StatusBody>,
) -> ApiResult<Json<Agent>> {
    let status = AgentStatus::parse(&body.status);
    let agent = state.act(|sim, now| Ok(sim.set_agent_status(&caller.agent_id, status, now)?))?;
    Ok(Json(agent))
}

pub async fn my_calls(
    State(state): State<AppState>,
    caller: Caller,
    Query(query): Query<PageQuery>,
) -> ApiResult<Json<Value>> {
    let sim = state.sim();
    page(sim.agent_calls(&caller.agent_id), &query)
}

pub async fn my_conversations(
    State(state): State<AppState>,
    caller: Caller,
    Query(query): Query<PageQuery>,
) -> ApiResult<Json<Value>> {
    let sim = state.sim();
    page(sim.agent_conversations(&caller.agent_id), &query)
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

/// The customer as an agent sees it: never the webhook secret.
pub async fn customer(State(state): State<AppState>, _caller: Caller) -> ApiResult<Json<Customer>> {
    let mut customer = state.sim().customer().clone();
    customer.webhook_secret.clear();
    Ok(Json(customer))
}
