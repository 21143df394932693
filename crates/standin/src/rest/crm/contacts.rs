//! Contacts, their addresses and tags (server/service_agents_contacts.go): create answers 201,
//! adding a tag 201, the rest 200 with the contact.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::Json;
use serde::Deserialize;
use serde_json::Value;

use super::super::paging::PageQuery;
use super::super::JsonBody;
use super::{valid_id, wire};
use crate::auth::Caller;
use crate::clock::now_ms;
use crate::crm::{AddressUpdate, ContactFields, ContactUpdate, NewAddress};
use crate::error::ApiResult;
use crate::state::AppState;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AddressBody {
    r#type: String,
    target: String,
    name: String,
    detail: String,
    is_primary: bool,
    /// Only `contact_addresses` reads it (an address created for a contact).
    pub contact_id: String,
}

impl AddressBody {
    pub fn into_new(self) -> NewAddress {
        NewAddress {
            r#type: self.r#type,
            target: self.target,
            name: self.name,
            detail: self.detail,
            is_primary: self.is_primary,
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CreateBody {
    first_name: String,
    last_name: String,
    display_name: String,
    company: String,
    job_title: String,
    source: String,
    external_id: String,
    notes: String,
    addresses: Vec<AddressBody>,
    tag_ids: Vec<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct UpdateBody {
    first_name: Option<String>,
    last_name: Option<String>,
    display_name: Option<String>,
    company: Option<String>,
    job_title: Option<String>,
    external_id: Option<String>,
    notes: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AddressUpdateBody {
    target: Option<String>,
    name: Option<String>,
    detail: Option<String>,
    is_primary: Option<bool>,
}

impl AddressUpdateBody {
    pub fn into_update(self) -> AddressUpdate {
        AddressUpdate {
            target: self.target,
            name: self.name,
            detail: self.detail,
            is_primary: self.is_primary,
        }
    }
}

#[derive(Deserialize)]
pub struct TagBody {
    #[serde(default)]
    tag_id: String,
}

#[derive(Deserialize)]
pub struct LookupQuery {
    #[serde(default)]
    phone: String,
    #[serde(default)]
    email: String,
}

pub async fn list(
    State(state): State<AppState>,
    _caller: Caller,
    Query(query): Query<PageQuery>,
) -> ApiResult<Json<Value>> {
    let contacts = state.sim().crm().contacts();
    wire::crm_page(contacts.iter().map(wire::listed_contact).collect(), &query)
}

pub async fn create(
    State(state): State<AppState>,
    _caller: Caller,
    JsonBody(body): JsonBody<CreateBody>,
) -> ApiResult<(StatusCode, Json<Value>)> {
    let fields = ContactFields {
        first_name: body.first_name,
        last_name: body.last_name,
        display_name: body.display_name,
        company: body.company,
        job_title: body.job_title,
        source: body.source,
        external_id: body.external_id,
        notes: body.notes,
    };
    let addresses = body
        .addresses
        .into_iter()
        .map(AddressBody::into_new)
        .collect();
    let mut sim = state.sim();
    let now = now_ms();
    let crm = sim.crm_mut();
    let mut contact = crm.create_contact(fields, addresses, now)?;
    for tag_id in &body.tag_ids {
        contact = crm.add_contact_tag(&contact.id, tag_id, now)?;
    }
    Ok((StatusCode::CREATED, Json(wire::contact(&contact))))
}

/// `?phone=` wins over `?email=`; the match is exact after normalisation.
pub async fn lookup(
    State(state): State<AppState>,
    _caller: Caller,
    Query(query): Query<LookupQuery>,
) -> ApiResult<Json<Value>> {
    let contact = state.sim().crm().lookup(&query.phone, &query.email)?;
    Ok(Json(wire::contact(&contact)))
}

pub async fn get(
    State(state): State<AppState>,
    _caller: Caller,
    Path(id): Path<String>,
) -> ApiResult<Json<Value>> {
    valid_id(&id, "INVALID_ID")?;
    let contact = state.sim().crm().contact(&id)?;
    Ok(Json(wire::contact(&contact)))
}

pub async fn update(
    State(state): State<AppState>,
    _caller: Caller,
    Path(id): Path<String>,
    JsonBody(body): JsonBody<UpdateBody>,
) -> ApiResult<Json<Value>> {
    valid_id(&id, "INVALID_ID")?;
    let update = ContactUpdate {
        first_name: body.first_name,
        last_name: body.last_name,
        display_name: body.display_name,
        company: body.company,
        job_title: body.job_title,
        external_id: body.external_id,
        notes: body.notes,
    };
    let contact = state
        .sim()
        .crm_mut()
        .update_contact(&id, update, now_ms())?;
    Ok(Json(wire::contact(&contact)))
}

pub async fn remove(
    State(state): State<AppState>,
    _caller: Caller,
    Path(id): Path<String>,
) -> ApiResult<Json<Value>> {
    valid_id(&id, "INVALID_ID")?;
    let contact = state.sim().crm_mut().delete_contact(&id, now_ms())?;
    Ok(Json(wire::contact(&contact)))
}

pub async fn add_address(
    State(state): State<AppState>,
    _caller: Caller,
    Path(id): Path<String>,
    JsonBody(body): JsonBody<AddressBody>,
) -> ApiResult<Json<Value>> {
    valid_id(&id, "INVALID_ID")?;
    let contact = state
        .sim()
        .crm_mut()
        .add_address(&id, body.into_new(), now_ms())?;
    Ok(Json(wire::contact(&contact)))
}

pub async fn update_address(
    State(state): State<AppState>,
    _caller: Caller,
    Path((id, address_id)): Path<(String, String)>,
    JsonBody(body): JsonBody<AddressUpdateBody>,
) -> ApiResult<Json<Value>> {
    valid_id(&id, "INVALID_ID")?;
    valid_id(&address_id, "INVALID_ID")?;
    let contact =
        state
            .sim()
            .crm_mut()
            .update_contact_address(&id, &address_id, body.into_update())?;
    Ok(Json(wire::contact(&contact)))
}

pub async fn delete_address(
    State(state): State<AppState>,
    _caller: Caller,
    Path((id, address_id)): Path<(String, String)>,
) -> ApiResult<Json<Value>> {
    valid_id(&id, "INVALID_ID")?;
    valid_id(&address_id, "INVALID_ID")?;
    let contact = state
        .sim()
        .crm_mut()
        .delete_contact_address(&id, &address_id)?;
    Ok(Json(wire::contact(&contact)))
}

pub async fn add_tag(
    State(state): State<AppState>,
    _caller: Caller,
    Path(id): Path<String>,
    JsonBody(body): JsonBody<TagBody>,
) -> ApiResult<(StatusCode, Json<Value>)> {
    valid_id(&id, "INVALID_ID")?;
    valid_id(&body.tag_id, "INVALID_ID")?;
    let contact = state
        .sim()
        .crm_mut()
        .add_contact_tag(&id, &body.tag_id, now_ms())?;
    Ok((StatusCode::CREATED, Json(wire::contact(&contact))))
}

pub async fn remove_tag(
    State(state): State<AppState>,
    _caller: Caller,
    Path((id, tag_id)): Path<(String, String)>,
) -> ApiResult<Json<Value>> {
    valid_id(&id, "INVALID_ID")?;
    valid_id(&tag_id, "INVALID_ID")?;
    let contact = state
        .sim()
        .crm_mut()
        .remove_contact_tag(&id, &tag_id, now_ms())?;
    Ok(Json(wire::contact(&contact)))
}
