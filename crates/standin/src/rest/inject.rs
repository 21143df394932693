//! `POST /v1.0/sim/inject` (admins): pushes raw text frames, exactly as given, to every open
//! WebSocket, so end-to-end tests can feed a client any corpus (hostile text, wrong types).

use axum::extract::ws::Message;
use axum::extract::State;
use axum::Json;
use serde::Deserialize;
use serde_json::{json, Value};

use crate::auth::Caller;
use crate::error::{ApiError, ApiResult};
use crate::json_body::JsonBody;
use crate::state::AppState;

/// A bound on one request, so the endpoint cannot be used to exhaust the server's memory.
const MAX_FRAMES: usize = 1_000;

#[derive(Deserialize)]
pub struct InjectBody {
    frames: Vec<String>,
}

pub async fn inject(
    State(state): State<AppState>,
    caller: Caller,
    JsonBody(body): JsonBody<InjectBody>,
) -> ApiResult<Json<Value>> {
    caller.require_admin()?;
    if body.frames.len() > MAX_FRAMES {
        return Err(ApiError::bad_request(format!(
            "at most {MAX_FRAMES} frames per request"
        )));
    }
    for frame in &body.frames {
        state.hub.broadcast(&Message::Text(frame.as_str().into()));
    }
    Ok(Json(
        json!({ "frames": body.frames.len(), "connections": state.hub.connection_count() }),
    ))
}
