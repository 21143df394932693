//! Case notes (server/service_agents_contact_cases_notes.go): the whole list oldest first in
//! the list envelope with no next page, create `{text}` (200), delete by the author only
//! (200 `{}`). No note get or update is routed.

use axum::extract::{Path, State};
use axum::Json;
use serde::Deserialize;
use serde_json::{json, Value};

use super::super::JsonBody;
use super::{valid_id, wire};
use crate::auth::Caller;
use crate::clock::now_ms;
use crate::error::ApiResult;
use crate::state::AppState;

#[derive(Deserialize)]
pub struct NoteBody {
    #[serde(default)]
    text: String,
}

pub async fn list(
    State(state): State<AppState>,
    _caller: Caller,
    Path(id): Path<String>,
) -> ApiResult<Json<Value>> {
    valid_id(&id, "INVALID_ID")?;
    let notes = state.sim().crm().notes(&id)?;
    let result: Vec<Value> = notes.iter().map(wire::note).collect();
    Ok(Json(json!({ "result": result, "next_page_token": "" })))
}

pub async fn create(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    JsonBody(body): JsonBody<NoteBody>,
) -> ApiResult<Json<Value>> {
    valid_id(&id, "INVALID_ID")?;
    let note = state
        .sim()
        .crm_mut()
        .add_note(&id, Some(&caller.agent_id), &body.text, now_ms())?;
    Ok(Json(wire::note(&note)))
}

pub async fn remove(
    State(state): State<AppState>,
    caller: Caller,
    Path((id, note_id)): Path<(String, String)>,
) -> ApiResult<Json<Value>> {
    valid_id(&id, "INVALID_ID")?;
    valid_id(&note_id, "INVALID_ID")?;
    state
        .sim()
        .crm_mut()
        .delete_note(&id, &note_id, &caller.agent_id)?;
    Ok(Json(json!({})))
}
