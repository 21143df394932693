//! Extensions: an agent's own phone credentials (`/v1.0/service_agents/extensions`), and the
//! customer's extensions for admins and managers (`/v1.0/extensions`).

use axum::extract::{Path, Query, State};
use axum::Json;
use serde_json::Value;
use voipbin_protocol::Extension;

use super::paging::{page, PageQuery};
use crate::auth::Caller;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// The extensions among the caller's addresses, password included (VoIPBIN:
/// bin-api-manager/pkg/servicehandler/serviceagent_extension.go, `ServiceAgentExtensionList`).
pub async fn my_extensions(
    State(state): State<AppState>,
    caller: Caller,
    Query(query): Query<PageQuery>,
) -> ApiResult<Json<Value>> {
    let sim = state.sim();
    page(sim.agent_extensions(&caller.agent_id), &query)
}

/// One of the caller's extensions; any other id is not found, as in VoIPBIN's
/// `ServiceAgentExtensionGet` (same file), which answers ErrNotFound.
pub async fn my_extension(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> ApiResult<Json<Extension>> {
    let sim = state.sim();
    sim.agent_extensions(&caller.agent_id)
        .into_iter()
        .find(|e| e.id == id)
        .cloned()
        .map(Json)
        .ok_or_else(|| ApiError::not_found("extension not found"))
}

/// Admin or manager (bin-api-manager/pkg/servicehandler/extension.go `ExtensionGets`:
/// PermissionCustomerAdmin|PermissionCustomerManager).
pub async fn list(
    State(state): State<AppState>,
    caller: Caller,
    Query(query): Query<PageQuery>,
) -> ApiResult<Json<Value>> {
    caller.require_supervisor()?;
    let sim = state.sim();
    let extensions = sim
        .extensions()
        .filter(|e| caller.is_super_admin() || e.customer_id == caller.customer_id)
        .collect();
    page(extensions, &query)
}

/// Admin or manager (extension.go `ExtensionGet`: the extension is looked up first, then the
/// permission on its customer is checked).
pub async fn get(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> ApiResult<Json<Extension>> {
    let sim = state.sim();
    let extension = sim
        .extension(&id)
        .ok_or_else(|| ApiError::not_found("extension not found"))?;
    caller.require_supervisor()?;
    if !caller.is_super_admin() && extension.customer_id != caller.customer_id {
        return Err(ApiError::forbidden("admin or manager permission required"));
    }
    Ok(Json(extension.clone()))
}
