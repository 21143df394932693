//! Queues and queuecalls (supervisors).

use axum::extract::{Path, Query, State};
use axum::Json;
use serde_json::Value;
use voipbin_protocol::Queuecall;

use super::paging::{page, PageQuery};
use crate::auth::Caller;
use crate::error::ApiResult;
use crate::state::AppState;

pub async fn queues(
    State(state): State<AppState>,
    caller: Caller,
    Query(query): Query<PageQuery>,
) -> ApiResult<Json<Value>> {
    caller.require_supervisor()?;
    page(state.sim().queues(), &query)
}

pub async fn queuecalls(
    State(state): State<AppState>,
    caller: Caller,
    Query(query): Query<PageQuery>,
) -> ApiResult<Json<Value>> {
    caller.require_supervisor()?;
    page(state.sim().queuecalls(), &query)
}

pub async fn kick(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> ApiResult<Json<Queuecall>> {
    caller.require_supervisor()?;
    let queuecall = state.act(|sim, now| Ok(sim.kick_queuecall(&id, now)?))?;
    Ok(Json(queuecall))
}
