//! `/v1.0/service_agents/…` CRM routes: contacts, addresses, cases and their notes, tags and the
//! contact's timeline, as deployed (bin-api-manager/gens/openapi_server/gen.go; handlers in
//! pkg/servicehandler/serviceagent_*.go). Any agent of the customer may use them; listing
//! contact_addresses needs admin or manager. Nothing here is published on the WebSocket.

mod addresses;
mod cases;
mod contacts;
mod notes;
mod timeline;
mod wire;

use axum::http::StatusCode;
use axum::routing::{delete, get, post, put};
use axum::Router;

use crate::crm::{CrmError, ErrorKind};
use crate::error::ApiError;
use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    let base = "/v1.0/service_agents";
    Router::new()
        .route(
            &format!("{base}/contacts"),
            get(contacts::list).post(contacts::create),
        )
        .route(&format!("{base}/contacts/lookup"), get(contacts::lookup))
        .route(
            &format!("{base}/contacts/{{id}}"),
            get(contacts::get)
                .put(contacts::update)
                .delete(contacts::remove),
        )
        .route(
            &format!("{base}/contacts/{{id}}/addresses"),
            post(contacts::add_address),
        )
        .route(
            &format!("{base}/contacts/{{id}}/addresses/{{address_id}}"),
            put(contacts::update_address).delete(contacts::delete_address),
        )
        .route(
            &format!("{base}/contacts/{{id}}/tags"),
            post(contacts::add_tag),
        )
        .route(
            &format!("{base}/contacts/{{id}}/tags/{{tag_id}}"),
            delete(contacts::remove_tag),
        )
        .route(
            &format!("{base}/contact_addresses"),
            get(addresses::list).post(addresses::create),
        )
        .route(
            &format!("{base}/contact_addresses/{{id}}"),
            get(addresses::get)
                .put(addresses::update)
                .delete(addresses::remove),
        )
        .route(
            &format!("{base}/contact_addresses/{{id}}/claim"),
            post(addresses::claim),
        )
        .route(
            &format!("{base}/contact_interactions"),
            get(timeline::interactions),
        )
        .route(
            &format!("{base}/contact_peer_events"),
            get(timeline::peer_events),
        )
        .route(&format!("{base}/contact_cases"), get(cases::list))
        .route(
            &format!("{base}/contact_cases/{{id}}"),
            get(cases::get).put(cases::attach),
        )
        .route(
            &format!("{base}/contact_cases/{{id}}/assign"),
            post(cases::assign),
        )
        .route(
            &format!("{base}/contact_cases/{{id}}/close"),
            post(cases::close),
        )
        .route(
            &format!("{base}/contact_cases/{{id}}/notes"),
            get(notes::list).post(notes::create),
        )
        .route(
            &format!("{base}/contact_cases/{{id}}/notes/{{note_id}}"),
            delete(notes::remove),
        )
        .route(&format!("{base}/tags"), get(cases::tags))
        .route(&format!("{base}/tags/{{id}}"), get(cases::tag))
}

impl From<CrmError> for ApiError {
    fn from(error: CrmError) -> ApiError {
        let (http, status) = match error.kind {
            ErrorKind::Invalid => (StatusCode::BAD_REQUEST, "INVALID_ARGUMENT"),
            ErrorKind::Forbidden => (StatusCode::FORBIDDEN, "PERMISSION_DENIED"),
            ErrorKind::NotFound => (StatusCode::NOT_FOUND, "NOT_FOUND"),
            ErrorKind::AlreadyExists => (StatusCode::CONFLICT, "ALREADY_EXISTS"),
            ErrorKind::FailedPrecondition => (StatusCode::CONFLICT, "FAILED_PRECONDITION"),
            ErrorKind::Internal => (StatusCode::INTERNAL_SERVER_ERROR, "INTERNAL"),
        };
        ApiError::new(http, status, error.reason, error.message)
    }
}

/// Path ids are UUIDs on VoIPBIN; anything else is refused before any lookup.
fn valid_id(id: &str, reason: &'static str) -> Result<(), ApiError> {
    if voipbin_protocol::is_uuid(id) {
        Ok(())
    } else {
        Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            "INVALID_ARGUMENT",
            reason,
            "The provided id is not a valid UUID.",
        ))
    }
}
