//! Who may act on what, beyond the admin/manager rule: a plain agent may use the conversations
//! it owns, but no call, not even its own (it acts on calls through its phone).

use crate::auth::Caller;
use crate::error::{ApiError, ApiResult};
use crate::sim::Sim;

/// Only admins and managers of the call's customer, as deployed: every call route of
/// bin-api-manager/pkg/servicehandler/call.go (CallGet, CallHangup, CallHoldOn, CallMuteOn,
/// CallRecordingStart, ...) and transfer.go looks the call up first, then checks
/// `hasPermission(PermissionCustomerAdmin|PermissionCustomerManager)` (etc.go), with no
/// exception for the call's owner.
pub fn may_operate_call(sim: &Sim, caller: &Caller, call_id: &str) -> ApiResult<()> {
    let call = sim
        .call(call_id)
        .ok_or_else(|| ApiError::not_found("call not found"))?;
    caller.require_supervisor()?;
    if caller.is_super_admin() || call.customer_id == caller.customer_id {
        return Ok(());
    }
    Err(ApiError::forbidden("admin or manager permission required"))
}

/// Supervisors may read and write any conversation; agents only those they own.
pub fn may_use_conversation(sim: &Sim, caller: &Caller, conversation_id: &str) -> ApiResult<()> {
    let conversation = sim
        .conversation(conversation_id)
        .ok_or_else(|| ApiError::not_found("conversation not found"))?;
    if caller.is_supervisor() {
        return Ok(());
    }
    if conversation.owner_type == "agent" && conversation.owner_id == caller.agent_id {
        return Ok(());
    }
    Err(ApiError::forbidden(
        "you may only use your own conversations",
    ))
}
