//! Agents and the agent's own status.

use super::{Api, ApiError};
use serde_json::json;
use voipbin_protocol::AgentStatus;

pub async fn set_my_status(api: &Api, status: &AgentStatus) -> Result<(), ApiError> {
    api.put(
        "/v1.0/service_agents/me/status",
        &json!({ "status": status.to_string() }),
    )
    .await
    .map(drop)
}

pub async fn set_agent_status(
    api: &Api,
    agent_id: &str,
    status: &AgentStatus,
) -> Result<(), ApiError> {
    api.put(
        &format!("/v1.0/agents/{}/status", super::client::urlencode(agent_id)),
        &json!({ "status": status.to_string() }),
    )
    .await
    .map(drop)
}
