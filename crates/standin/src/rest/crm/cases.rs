//! Cases (server/service_agents_contact_cases.go, servicehandler/serviceagent_case.go) and the
//! read-only tags (service_agents_tags.go). Agents never create a case: the flow does.

use axum::extract::{Path, Query, State};
use axum::Json;
use serde::Deserialize;
use serde_json::Value;

use super::super::paging::PageQuery;
use super::super::JsonBody;
use super::{valid_id, wire};
use crate::auth::Caller;
use crate::clock::now_ms;
use crate::crm::CrmError;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

#[derive(Deserialize)]
pub struct AttachBody {
    #[serde(default)]
    contact_id: String,
}

#[derive(Deserialize)]
pub struct AssignBody {
    #[serde(default)]
    owner_id: String,
}

/// Every case of the customer, newest first: no filters (the desk filters itself).
pub async fn list(
    State(state): State<AppState>,
    _caller: Caller,
    Query(query): Query<PageQuery>,
) -> ApiResult<Json<Value>> {
    let cases = state.sim().crm().cases();
    wire::crm_page(cases.iter().map(wire::listed_case).collect(), &query)
}

pub async fn get(
    State(state): State<AppState>,
    _caller: Caller,
    Path(id): Path<String>,
) -> ApiResult<Json<Value>> {
    valid_id(&id, "INVALID_ID")?;
    let case = state.sim().crm().case(&id)?;
    Ok(Json(wire::case(&case)))
}

/// `{contact_id}` attaches; "" (or anything not a UUID, as Go's FromStringOrNil) detaches.
pub async fn attach(
    State(state): State<AppState>,
    _caller: Caller,
    Path(id): Path<String>,
    JsonBody(body): JsonBody<AttachBody>,
) -> ApiResult<Json<Value>> {
    valid_id(&id, "INVALID_ID")?;
    let contact_id = if voipbin_protocol::is_uuid(&body.contact_id) {
        body.contact_id.as_str()
    } else {
        ""
    };
    let case = state
        .sim()
        .crm_mut()
        .attach_contact(&id, contact_id, now_ms())?;
    Ok(Json(wire::case(&case)))
}

/// Any agent may give any open case to any agent of the customer; an owner that is not one
/// answers 404 like a missing case (no enumeration).
pub async fn assign(
    State(state): State<AppState>,
    _caller: Caller,
    Path(id): Path<String>,
    JsonBody(body): JsonBody<AssignBody>,
) -> ApiResult<Json<Value>> {
    valid_id(&id, "INVALID_ID")?;
    valid_id(&body.owner_id, "INVALID_OWNER_ID")?;
    let mut sim = state.sim();
    if !sim.crm().case(&id)?.is_open() {
        return Err(CrmError::case_closed().into());
    }
    if sim.agent(&body.owner_id).is_none() {
        return Err(CrmError::resource_not_found().into());
    }
    let case = sim.crm_mut().assign_case(&id, &body.owner_id, now_ms())?;
    Ok(Json(wire::case(&case)))
}

/// Idempotent: a closed case is answered as it is.
pub async fn close(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> ApiResult<Json<Value>> {
    valid_id(&id, "INVALID_ID")?;
    let case = state
        .sim()
        .crm_mut()
        .close_case(&id, &caller.agent_id, now_ms())?;
    Ok(Json(wire::case(&case)))
}

/// Deleted tags are listed too (tm_delete set).
pub async fn tags(
    State(state): State<AppState>,
    _caller: Caller,
    Query(query): Query<PageQuery>,
) -> ApiResult<Json<Value>> {
    let tags = state.sim().crm().tags();
    wire::crm_page(tags.iter().map(wire::listed_tag).collect(), &query)
}

pub async fn tag(
    State(state): State<AppState>,
    _caller: Caller,
    Path(id): Path<String>,
) -> ApiResult<Json<Value>> {
    valid_id(&id, "INVALID_ID")?;
    let tag = state.sim().crm().tag(&id).map_err(ApiError::from)?;
    Ok(Json(wire::tag(&tag)))
}
