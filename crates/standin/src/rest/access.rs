//! Who may act on what, beyond the admin/manager rule: a plain agent may operate on the calls
//! and conversations it owns.

use crate::auth::Caller;
use crate::error::{ApiError, ApiResult};
use crate::sim::Sim;

/// Supervisors may touch any call of their customer; agents only calls they own.
pub fn may_operate_call(sim: &Sim, caller: &Caller, call_id: &str) -> ApiResult<()> {
    let call = sim
        .call(call_id)
        .ok_or_else(|| ApiError::not_found("call not found"))?;
    if caller.is_supervisor() && (caller.is_super_admin() || call.customer_id == caller.customer_id)
    {
        return Ok(());
    }
    if call.owner_type == "agent" && call.owner_id == caller.agent_id {
        return Ok(());
    }
    Err(ApiError::forbidden(
        "you may only operate on your own calls",
    ))
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
