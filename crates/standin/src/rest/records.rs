//! Read-only lists: recordings, transcribes, transcripts, activeflows, conferences.

use axum::extract::{Query, State};
use axum::Json;
use serde::Deserialize;
use serde_json::Value;

use super::paging::{page, PageQuery};
use crate::auth::Caller;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

pub async fn recordings(
    State(state): State<AppState>,
    caller: Caller,
    Query(query): Query<PageQuery>,
) -> ApiResult<Json<Value>> {
    caller.require_supervisor()?;
    page(state.sim().recordings(), &query)
}

pub async fn transcribes(
    State(state): State<AppState>,
    caller: Caller,
    Query(query): Query<PageQuery>,
) -> ApiResult<Json<Value>> {
    caller.require_supervisor()?;
    page(state.sim().transcribes(), &query)
}

#[derive(Deserialize)]
pub struct TranscriptQuery {
    transcribe_id: Option<String>,
    #[serde(flatten)]
    page: PageQuery,
}

pub async fn transcripts(
    State(state): State<AppState>,
    caller: Caller,
    Query(query): Query<TranscriptQuery>,
) -> ApiResult<Json<Value>> {
    caller.require_supervisor()?;
    let transcribe_id = query
        .transcribe_id
        .filter(|id| !id.is_empty())
        .ok_or_else(|| ApiError::bad_request("transcribe_id is required"))?;
    let sim = state.sim();
    if sim.transcribe(&transcribe_id).is_none() {
        return Err(ApiError::not_found("transcribe not found"));
    }
    page(sim.transcripts(&transcribe_id), &query.page)
}

pub async fn activeflows(
    State(state): State<AppState>,
    caller: Caller,
    Query(query): Query<PageQuery>,
) -> ApiResult<Json<Value>> {
    caller.require_supervisor()?;
    page(state.sim().activeflows(), &query)
}

pub async fn conferences(
    State(state): State<AppState>,
    caller: Caller,
    Query(query): Query<PageQuery>,
) -> ApiResult<Json<Value>> {
    caller.require_supervisor()?;
    page(state.sim().conferences(), &query)
}
