//! Queues and queuecalls (supervisors).

use axum::extract::{Path, Query, State};
use axum::Json;
use serde_json::Value;
use voipbin_protocol::Queuecall;

use super::paging::{page, PageQuery};
use crate::auth::Caller;
use crate::error::{ApiError, ApiResult};
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
    // bin-api-manager/pkg/servicehandler/queuecall.go `QueuecallKick`: the queuecall is looked
    // up first, then admin or manager permission on its customer is required.
    let queuecall = state.act(|sim, now| {
        let customer_id = sim
            .queuecall(&id)
            .map(|qc| qc.customer_id.clone())
            .ok_or_else(|| ApiError::not_found("queuecall not found"))?;
        caller.require_supervisor()?;
        if !caller.is_super_admin() && customer_id != caller.customer_id {
            return Err(ApiError::forbidden("admin or manager permission required"));
        }
        Ok(sim.kick_queuecall(&id, now)?)
    })?;
    Ok(Json(queuecall))
}
