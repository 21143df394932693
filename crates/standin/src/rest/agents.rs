//! Agents (supervisors list them and set anyone's status; an agent may set its own).

use axum::extract::{Path, Query, State};
use axum::Json;
use serde::Deserialize;
use serde_json::Value;
use voipbin_protocol::{Agent, AgentStatus};

use super::paging::{page, PageQuery};
use super::JsonBody;
use crate::auth::Caller;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

pub async fn list(
    State(state): State<AppState>,
    caller: Caller,
    Query(query): Query<PageQuery>,
) -> ApiResult<Json<Value>> {
    caller.require_supervisor()?;
    page(state.sim().agents(), &query)
}

pub async fn get(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> ApiResult<Json<Agent>> {
    if id != caller.agent_id {
        caller.require_supervisor()?;
    }
    let sim = state.sim();
    let agent = sim
        .agent(&id)
        .ok_or_else(|| ApiError::not_found("agent not found"))?;
    Ok(Json(agent.clone()))
}

/// Any string; none means "" (bin-api-manager/server/agents.go `PutAgentsIdStatus`).
#[derive(Deserialize)]
pub struct StatusBody {
    #[serde(default)]
    status: String,
}

pub async fn set_status(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    JsonBody(body): JsonBody<StatusBody>,
) -> ApiResult<Json<Agent>> {
    if id != caller.agent_id {
        caller.require_supervisor()?;
    }
    let status = AgentStatus::parse(&body.status);
    let agent = state.act(|sim, now| Ok(sim.set_agent_status(&id, status, now)?))?;
    Ok(Json(agent))
}

#[derive(Deserialize)]
pub struct PermissionBody {
    permission: u64,
}

/// `PUT /v1.0/agents/{id}/permission` (admins; bin-api-manager agentsIDPermissionPUT).
pub async fn set_permission(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    JsonBody(body): JsonBody<PermissionBody>,
) -> ApiResult<Json<Agent>> {
    caller.require_admin()?;
    let agent = state.act(|sim, now| Ok(sim.set_agent_permission(&id, body.permission, now)?))?;
    Ok(Json(agent))
}
