//! `contact_addresses` (server/service_agents_contact_addresses.go, servicehandler/
//! contact_address.go): addresses with or without a contact; create answers 201; listing is
//! for admins and managers and answers a bare array.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use serde::Deserialize;
use serde_json::Value;

use super::super::JsonBody;
use super::contacts::{AddressBody, AddressUpdateBody};
use super::{valid_id, wire};
use crate::auth::Caller;
use crate::clock::now_ms;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

#[derive(Deserialize)]
pub struct ClaimBody {
    #[serde(default)]
    contact_id: String,
}

pub async fn list(State(state): State<AppState>, caller: Caller) -> ApiResult<Json<Value>> {
    if !caller.is_supervisor() {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "PERMISSION_DENIED",
            "PERMISSION_DENIED",
            "You do not have permission to access this resource.",
        ));
    }
    let addresses = state.sim().crm().addresses();
    Ok(Json(addresses.iter().map(wire::address).collect()))
}

pub async fn create(
    State(state): State<AppState>,
    _caller: Caller,
    JsonBody(body): JsonBody<AddressBody>,
) -> ApiResult<(StatusCode, Json<Value>)> {
    let contact_id = Some(body.contact_id.clone()).filter(|id| !id.is_empty());
    if let Some(id) = &contact_id {
        valid_id(id, "INVALID_CONTACT_ID")?;
    }
    let address =
        state
            .sim()
            .crm_mut()
            .create_address(contact_id.as_deref(), body.into_new(), now_ms())?;
    Ok((StatusCode::CREATED, Json(wire::address(&address))))
}

pub async fn get(
    State(state): State<AppState>,
    _caller: Caller,
    Path(id): Path<String>,
) -> ApiResult<Json<Value>> {
    valid_id(&id, "INVALID_ID")?;
    let address = state.sim().crm().address(&id)?;
    Ok(Json(wire::address(&address)))
}

pub async fn update(
    State(state): State<AppState>,
    _caller: Caller,
    Path(id): Path<String>,
    JsonBody(body): JsonBody<AddressUpdateBody>,
) -> ApiResult<Json<Value>> {
    valid_id(&id, "INVALID_ID")?;
    let address = state
        .sim()
        .crm_mut()
        .update_address(&id, body.into_update())?;
    Ok(Json(wire::address(&address)))
}

pub async fn remove(
    State(state): State<AppState>,
    _caller: Caller,
    Path(id): Path<String>,
) -> ApiResult<Json<Value>> {
    valid_id(&id, "INVALID_ID")?;
    let address = state.sim().crm_mut().delete_address(&id)?;
    Ok(Json(wire::address(&address)))
}

/// Idempotent for the same contact; 409 ADDRESS_ALREADY_CLAIMED for another.
pub async fn claim(
    State(state): State<AppState>,
    _caller: Caller,
    Path(id): Path<String>,
    JsonBody(body): JsonBody<ClaimBody>,
) -> ApiResult<Json<Value>> {
    valid_id(&id, "INVALID_ID")?;
    valid_id(&body.contact_id, "INVALID_CONTACT_ID")?;
    let address = state.sim().crm_mut().claim_address(&id, &body.contact_id)?;
    Ok(Json(wire::address(&address)))
}
