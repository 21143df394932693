//! Calls: lists, the call operations VoIPBIN has (hangup, mute, hold, recording, transfer) and
//! groupcalls, all for admins and managers only (a plain agent gets 403 even on its own call;
//! see access.rs). The agent's own calls are at `/v1.0/service_agents/calls`.

use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::Json;
use serde::Deserialize;
use serde_json::Value;
use voipbin_protocol::{Address, Call, Groupcall};

use super::access::may_operate_call;
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
    page(state.sim().calls(), &query)
}

/// Admin or manager (bin-api-manager/pkg/servicehandler/groupcall.go `GroupcallGets`). The
/// simulation rings an agent with a single leg and keeps no groupcalls, so the list is empty.
pub async fn groupcalls(caller: Caller, Query(query): Query<PageQuery>) -> ApiResult<Json<Value>> {
    caller.require_supervisor()?;
    page(Vec::<&Groupcall>::new(), &query)
}

pub async fn get(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> ApiResult<Json<Call>> {
    let sim = state.sim();
    may_operate_call(&sim, &caller, &id)?;
    let call = sim
        .call(&id)
        .ok_or_else(|| ApiError::not_found("call not found"))?;
    Ok(Json(call.clone()))
}

pub async fn hangup(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> ApiResult<Json<Call>> {
    call_op(&state, &caller, &id, |sim, now| sim.hangup_call(&id, now))
}

#[derive(Deserialize, Default)]
pub struct MuteBody {
    #[serde(default)]
    direction: Option<String>,
}

/// `{"direction":"in|out|both"}`; an empty body means both directions.
fn direction_of(body: &Bytes) -> ApiResult<String> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok("both".to_owned());
    }
    let parsed: MuteBody = serde_json::from_slice(body)
        .map_err(|e| ApiError::bad_request(format!("invalid JSON body: {e}")))?;
    Ok(parsed
        .direction
        .filter(|d| !d.is_empty())
        .unwrap_or_else(|| "both".to_owned()))
}

pub async fn mute(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    body: Bytes,
) -> ApiResult<Json<Call>> {
    let direction = direction_of(&body)?;
    call_op(&state, &caller, &id, |sim, now| {
        sim.mute(&id, &direction, now)
    })
}

pub async fn unmute(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    body: Bytes,
) -> ApiResult<Json<Call>> {
    let direction = direction_of(&body)?;
    call_op(&state, &caller, &id, |sim, now| {
        sim.unmute(&id, &direction, now)
    })
}

pub async fn hold(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> ApiResult<Json<Call>> {
    call_op(&state, &caller, &id, |sim, now| sim.hold(&id, now))
}

pub async fn unhold(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> ApiResult<Json<Call>> {
    call_op(&state, &caller, &id, |sim, now| sim.unhold(&id, now))
}

pub async fn recording_start(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> ApiResult<Json<Call>> {
    call_op(&state, &caller, &id, |sim, now| {
        sim.recording_start(&id, now)
    })
}

pub async fn recording_stop(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> ApiResult<Json<Call>> {
    call_op(&state, &caller, &id, |sim, now| {
        sim.recording_stop(&id, now)
    })
}

/// Checks access to the call, runs the operation, publishes its events.
fn call_op(
    state: &AppState,
    caller: &Caller,
    call_id: &str,
    op: impl FnOnce(
        &mut crate::sim::Sim,
        i64,
    ) -> Result<(Call, Vec<crate::sim::Published>), crate::sim::SimError>,
) -> ApiResult<Json<Call>> {
    let call = state.act(|sim, now| {
        may_operate_call(sim, caller, call_id)?;
        Ok(op(sim, now)?)
    })?;
    Ok(Json(call))
}

#[derive(Deserialize)]
pub struct TransferBody {
    transfer_type: String,
    transferer_call_id: String,
    #[serde(default)]
    transferee_addresses: Vec<Address>,
}

pub async fn transfer(
    State(state): State<AppState>,
    caller: Caller,
    JsonBody(body): JsonBody<TransferBody>,
) -> ApiResult<Json<Value>> {
    if !matches!(body.transfer_type.as_str(), "blind" | "attended") {
        return Err(ApiError::bad_request(
            "transfer_type must be blind or attended",
        ));
    }
    if body.transferee_addresses.is_empty() {
        return Err(ApiError::bad_request(
            "transferee_addresses must name at least one address",
        ));
    }
    let record = state.act(|sim, now| {
        // transfer.go: admin or manager, checked on the transferer call's customer.
        may_operate_call(sim, &caller, &body.transferer_call_id)?;
        Ok(sim.transfer(
            &body.transfer_type,
            &body.transferer_call_id,
            body.transferee_addresses,
            now,
        )?)
    })?;
    Ok(Json(record))
}
