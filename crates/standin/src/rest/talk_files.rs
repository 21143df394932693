//! Agents' files (server/service_agents_files.go): multipart upload of `file` with
//! `type=talk`, the whole body 30 MB at most (`http.MaxBytesReader`, constMaxFileSize in
//! storage_files.go: a longer body fails to parse, 400 INVALID_FILE_UPLOAD); own list; get;
//! `…/file` answers 307 to a signed download URL, which this server serves itself.

use axum::body::Body;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::Value;
use voipbin_protocol::format_timestamp_ms;
use voipbin_protocol::talk::MAX_FILE_BYTES;

use super::multipart;
use super::talk::{talk_page, valid_id};
use super::PageQuery;
use crate::auth::Caller;
use crate::clock::now_ms;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;
use crate::talk::{wire_json, NewFile, StoredFile};

/// The whole request body, as deployed.
pub const MAX_BODY_BYTES: usize = MAX_FILE_BYTES as usize;

/// How long a download URL is good for (the signed URL's expiry).
const DOWNLOAD_TTL_MS: i64 = 3_600_000;

pub async fn upload(
    State(state): State<AppState>,
    caller: Caller,
    headers: HeaderMap,
    body: Body,
) -> ApiResult<Json<Value>> {
    let bad_file = || {
        ApiError::new(
            StatusCode::BAD_REQUEST,
            "INVALID_ARGUMENT",
            "INVALID_FILE_UPLOAD",
            "The uploaded file is invalid or missing.",
        )
    };
    let bytes = axum::body::to_bytes(body, MAX_BODY_BYTES)
        .await
        .map_err(|_| bad_file())?;
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let boundary = multipart::boundary(content_type).ok_or_else(bad_file)?;
    let parts = multipart::parts(&bytes, &boundary);
    let file = parts
        .iter()
        .find(|p| p.name == "file" && p.filename.is_some())
        .ok_or_else(bad_file)?;
    let type_field = parts
        .iter()
        .find(|p| p.name == "type" && p.filename.is_none());
    if type_field.map(|p| p.body) != Some(b"talk".as_slice()) {
        return Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            "INVALID_ARGUMENT",
            "INVALID_FILE_TYPE",
            "The provided file type is invalid or missing.",
        ));
    }
    let new = NewFile {
        filename: file.filename.clone().unwrap_or_default(),
        content_type: file.content_type.clone(),
        bytes: file.body.to_vec(),
    };
    let now = now_ms();
    let id = state.sim_mut_talk(|talk| talk.upload(&caller.agent_id, new, now).id);
    let sim = state.sim();
    let stored = sim.talk().file(&id)?;
    Ok(Json(file_json(stored, &headers)))
}

pub async fn list(
    State(state): State<AppState>,
    caller: Caller,
    headers: HeaderMap,
    Query(query): Query<PageQuery>,
) -> ApiResult<Json<Value>> {
    let sim = state.sim();
    let files = sim.talk().files_of(&caller.agent_id);
    let mut page = talk_page(files, query)?;
    if let Some(Value::Array(items)) = page.0.get_mut("result") {
        for item in items {
            let id = item["id"].as_str().unwrap_or_default().to_owned();
            if let Ok(stored) = sim.talk().file(&id) {
                *item = file_json(stored, &headers);
            }
        }
    }
    Ok(page)
}

pub async fn get(
    State(state): State<AppState>,
    _caller: Caller,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> ApiResult<Json<Value>> {
    valid_id(&id, "id")?;
    let sim = state.sim();
    Ok(Json(file_json(sim.talk().file(&id)?, &headers)))
}

pub async fn remove(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> ApiResult<Json<Value>> {
    valid_id(&id, "id")?;
    let now = now_ms();
    let file = state.sim_mut_talk(|talk| talk.delete_file(&caller.agent_id, &id, now))?;
    Ok(Json(wire_json(&file)))
}

/// `GET files/{id}/file`: 307 to the signed URL.
pub async fn download_redirect(
    State(state): State<AppState>,
    _caller: Caller,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> ApiResult<Response> {
    valid_id(&id, "id")?;
    let sim = state.sim();
    let url = download_url(sim.talk().file(&id)?, &headers);
    Ok((StatusCode::TEMPORARY_REDIRECT, [(header::LOCATION, url)]).into_response())
}

/// The signed URL itself: no token needed, the signature is the secret.
pub async fn download(
    State(state): State<AppState>,
    Path((id, signature)): Path<(String, String)>,
) -> ApiResult<Response> {
    let sim = state.sim();
    let stored = sim
        .talk()
        .download(&id, &signature)
        .ok_or_else(|| ApiError::not_found("no such file"))?;
    let bytes = stored.bytes.clone().unwrap_or_default();
    Ok((
        [
            (header::CONTENT_TYPE, stored.content_type.clone()),
            (header::CACHE_CONTROL, "private, max-age=3600".to_owned()),
        ],
        bytes,
    )
        .into_response())
}

fn download_url(stored: &StoredFile, headers: &HeaderMap) -> String {
    let host = headers
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("127.0.0.1");
    format!(
        "http://{host}/v1.0/sim/files/{}/{}",
        stored.file.id, stored.signature
    )
}

/// The file with a fresh download URL and its expiry.
fn file_json(stored: &StoredFile, headers: &HeaderMap) -> Value {
    let mut value = wire_json(&stored.file);
    value["uri_download"] = Value::String(download_url(stored, headers));
    value["tm_download_expire"] = Value::String(format_timestamp_ms(now_ms() + DOWNLOAD_TTL_MS));
    value
}
