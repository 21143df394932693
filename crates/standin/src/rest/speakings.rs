//! `/v1.0/speakings`: text-to-speech sessions on a call (bin-openapi-manager/openapi/paths/
//! speakings; bin-api-manager/server/speakings.go validates, pkg/servicehandler/speaking.go
//! checks admin or manager). The stand-in has no TTS engine: a said text is played as a tone
//! pattern to whoever the direction names and listed under those legs' `whispers` in
//! `GET /v1.0/sim/phone`.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::Json;
use serde::Deserialize;
use serde_json::Value;
use voipbin_protocol::{is_uuid, CallStatus};

use super::paging::{page, Listed, PageQuery};
use super::JsonBody;
use crate::auth::Caller;
use crate::clock::now_ms;
use crate::error::{ApiError, ApiResult};
use crate::media::tone_pattern;
use crate::sip::call_media;
use crate::speakings::{NewSpeaking, Speaking};
use crate::state::AppState;

/// server/speakings.go PostSpeakingsId Say: longer texts are refused.
const MAX_TEXT_CHARS: usize = 5_000;

impl Listed for Speaking {
    fn list_id(&self) -> &str {
        &self.id
    }
    fn list_tm_create(&self) -> &str {
        &self.tm_create
    }
}

#[derive(Deserialize)]
pub struct CreateBody {
    #[serde(default)]
    reference_type: String,
    #[serde(default)]
    reference_id: String,
    #[serde(default)]
    language: String,
    #[serde(default)]
    provider: String,
    #[serde(default)]
    voice_id: String,
    #[serde(default)]
    direction: String,
}

pub async fn create(
    State(state): State<AppState>,
    caller: Caller,
    JsonBody(body): JsonBody<CreateBody>,
) -> ApiResult<(StatusCode, Json<Speaking>)> {
    // server/speakings.go PostSpeakings: reference type, reference id, direction, in this order.
    if !matches!(body.reference_type.as_str(), "call" | "confbridge") {
        return Err(ApiError::bad_request(
            "The provided reference_type is not valid.",
        ));
    }
    if !is_uuid(&body.reference_id) {
        return Err(ApiError::bad_request(
            "The provided reference_id is not a valid UUID.",
        ));
    }
    if !matches!(body.direction.as_str(), "" | "in" | "out" | "both") {
        return Err(ApiError::bad_request(
            "The provided direction is not valid.",
        ));
    }
    caller.require_supervisor()?;
    // The stand-in keeps no confbridges; a call must be live (call-manager starts the media).
    let live = body.reference_type == "call"
        && state
            .sim()
            .call(&body.reference_id)
            .is_some_and(|c| c.status != CallStatus::Hangup && c.customer_id == caller.customer_id);
    if !live {
        return Err(ApiError::not_found("call not found"));
    }
    let new = NewSpeaking {
        customer_id: caller.customer_id.clone(),
        reference_type: body.reference_type,
        reference_id: body.reference_id,
        language: body.language,
        provider: body.provider,
        voice_id: body.voice_id,
        direction: body.direction,
    };
    let speaking = state
        .speakings()
        .create(new, now_ms())
        // pkg/speakinghandler/speaking.go Create: a plain error, so a 500.
        .ok_or_else(|| {
            ApiError::internal("an active speaking session already exists for this reference")
        })?;
    Ok((StatusCode::CREATED, Json(speaking)))
}

pub async fn list(
    State(state): State<AppState>,
    caller: Caller,
    Query(query): Query<PageQuery>,
) -> ApiResult<Json<Value>> {
    caller.require_supervisor()?;
    let speakings = state.speakings().list(&caller.customer_id);
    page(speakings.iter().collect(), &query)
}

pub async fn get(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> ApiResult<Json<Speaking>> {
    Ok(Json(allowed(&state, &caller, &id)?))
}

#[derive(Deserialize)]
pub struct SayBody {
    #[serde(default)]
    text: String,
}

pub async fn say(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    JsonBody(body): JsonBody<SayBody>,
) -> ApiResult<Json<Speaking>> {
    if body.text.is_empty() {
        return Err(ApiError::bad_request("text is required"));
    }
    if body.text.chars().count() > MAX_TEXT_CHARS {
        return Err(ApiError::bad_request(
            "text is too long (max 5000 characters)",
        ));
    }
    let speaking = allowed(&state, &caller, &id)?;
    if !speaking.is_active() {
        return Err(ApiError::internal("the speaking session is not active"));
    }
    let hearers = hearers(&state, &speaking);
    call_media::whisper(&state, &hearers, &body.text, &tone_pattern(&body.text));
    Ok(Json(speaking))
}

/// Nothing is queued beyond what already plays; the session stays open.
pub async fn flush(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> ApiResult<Json<Speaking>> {
    Ok(Json(allowed(&state, &caller, &id)?))
}

pub async fn stop(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> ApiResult<Json<Speaking>> {
    allowed(&state, &caller, &id)?;
    let stopped = state.speakings().stop(&id, now_ms());
    stopped
        .map(Json)
        .ok_or_else(|| ApiError::not_found("speaking not found"))
}

pub async fn delete(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> ApiResult<Json<Speaking>> {
    allowed(&state, &caller, &id)?;
    let deleted = state.speakings().delete(&id, now_ms());
    deleted
        .map(Json)
        .ok_or_else(|| ApiError::not_found("speaking not found"))
}

/// Looked up first (404), then admin or manager of its customer (403), as speaking.go does.
fn allowed(state: &AppState, caller: &Caller, id: &str) -> ApiResult<Speaking> {
    let speaking = state
        .speakings()
        .get(id)
        .cloned()
        .ok_or_else(|| ApiError::not_found("speaking not found"))?;
    caller.require_supervisor()?;
    if caller.is_super_admin() || speaking.customer_id == caller.customer_id {
        return Ok(speaking);
    }
    Err(ApiError::forbidden("admin or manager permission required"))
}

/// The calls that hear a speaking (bin-tts-manager models/streaming Direction): `out` the
/// referenced call alone, `in` the other side only, `both` everyone, none by default.
fn hearers(state: &AppState, speaking: &Speaking) -> Vec<String> {
    let reference = &speaking.reference_id;
    let everyone = state.sim().conversation_calls(reference);
    match speaking.direction.as_str() {
        "out" => vec![reference.clone()],
        "in" => everyone.into_iter().filter(|id| id != reference).collect(),
        "both" => everyone,
        _ => Vec::new(),
    }
}
