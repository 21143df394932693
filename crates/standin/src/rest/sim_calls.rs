//! `POST /v1.0/sim/calls` (admins): places a caller now, to a queue, pinned to an agent, or
//! ringing several agents at once, so tests and benches need not wait for traffic. See
//! sim/placed.rs.

use axum::extract::State;
use axum::Json;
use serde::Deserialize;

use super::JsonBody;
use crate::auth::Caller;
use crate::error::{ApiError, ApiResult};
use crate::sim::{PlaceRequest, PlacedCall};
use crate::state::AppState;

#[derive(Deserialize)]
pub struct PlaceBody {
    #[serde(default)]
    to_agent: Option<String>,
    #[serde(default)]
    to_agents: Vec<String>,
    #[serde(default)]
    queue_id: Option<String>,
    #[serde(default)]
    from: Option<String>,
    /// Whether the flow opens a case for this caller; absent: the configured share.
    #[serde(default)]
    case: Option<bool>,
}

pub async fn place(
    State(state): State<AppState>,
    caller: Caller,
    JsonBody(body): JsonBody<PlaceBody>,
) -> ApiResult<Json<PlacedCall>> {
    caller.require_admin()?;
    let non_empty = |v: Option<String>| v.filter(|s| !s.trim().is_empty());
    let request = PlaceRequest {
        to_agent: non_empty(body.to_agent),
        to_agents: body.to_agents,
        queue_id: non_empty(body.queue_id),
        from: non_empty(body.from).map(|from| from.trim().to_owned()),
        case: body.case,
    };
    if request.to_agent.is_none() && request.to_agents.is_empty() && request.queue_id.is_none() {
        return Err(ApiError::bad_request(
            "name to_agent, to_agents or queue_id",
        ));
    }
    let placed = state.act(|sim, now| Ok(sim.place_call(request, now)?))?;
    Ok(Json(placed))
}
