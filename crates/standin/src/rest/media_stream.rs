//! `GET /v1.0/calls/{id}/media_stream` and `/v1.0/conferences/{id}/media_stream`: looked up
//! first (404), then admin or manager of its customer (403), then the WebSocket upgrade
//! (bin-api-manager/pkg/servicehandler/call.go CallMediaStreamStart, conference.go
//! ConferenceMediaStreamStart). Any `encapsulation` upgrades; one that is not sln, rtp or
//! audiosocket then carries nothing (pkg/streamhandler/convert.go).

use axum::extract::ws::rejection::WebSocketUpgradeRejection;
use axum::extract::ws::WebSocketUpgrade;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use voipbin_protocol::media_stream::Encapsulation;

use super::access::may_operate_call;
use crate::auth::Caller;
use crate::error::{ApiError, ApiResult};
use crate::media_stream::{self, Target};
use crate::state::AppState;

/// Client frames are 20 ms of audio (a few hundred bytes); anything much bigger is not audio.
const MAX_CLIENT_FRAME: usize = 64 << 10;

#[derive(Deserialize)]
pub struct StreamQuery {
    #[serde(default)]
    encapsulation: String,
}

pub async fn call(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    Query(query): Query<StreamQuery>,
    upgrade: Result<WebSocketUpgrade, WebSocketUpgradeRejection>,
) -> Response {
    let allowed = may_operate_call(&state.sim(), &caller, &id);
    start(state, allowed, Target::Call(id), &query, upgrade)
}

pub async fn conference(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    Query(query): Query<StreamQuery>,
    upgrade: Result<WebSocketUpgrade, WebSocketUpgradeRejection>,
) -> Response {
    let allowed = may_watch_conference(&state, &caller, &id);
    start(state, allowed, Target::Conference(id), &query, upgrade)
}

fn may_watch_conference(state: &AppState, caller: &Caller, id: &str) -> ApiResult<()> {
    let customer_id = state
        .sim()
        .conference(id)
        .map(|c| c.customer_id.clone())
        .ok_or_else(|| ApiError::not_found("conference not found"))?;
    caller.require_supervisor()?;
    if caller.is_super_admin() || customer_id == caller.customer_id {
        return Ok(());
    }
    Err(ApiError::forbidden("admin or manager permission required"))
}

fn start(
    state: AppState,
    allowed: ApiResult<()>,
    target: Target,
    query: &StreamQuery,
    upgrade: Result<WebSocketUpgrade, WebSocketUpgradeRejection>,
) -> Response {
    if let Err(error) = allowed {
        return error.into_response();
    }
    let upgrade = match upgrade {
        Ok(upgrade) => upgrade,
        Err(rejection) => return ApiError::bad_request(rejection.body_text()).into_response(),
    };
    let encapsulation = Encapsulation::parse(&query.encapsulation);
    upgrade
        .max_message_size(MAX_CLIENT_FRAME)
        .on_upgrade(move |socket| media_stream::run(socket, state, target, encapsulation))
}
