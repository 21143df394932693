//! The agent's phone credentials: VoIPBIN gives a plain agent its own extensions (password
//! included) on the agent surface, and nowhere else.

use super::{Api, ApiError};
use voipbin_protocol::Extension;

/// `GET /v1.0/service_agents/extensions`: the extensions among the signed-in agent's addresses.
/// An item that does not read as an extension is skipped, not fatal.
pub async fn my_extensions(api: &Api) -> Result<Vec<Extension>, ApiError> {
    let body = api.get("/v1.0/service_agents/extensions").await?;
    let items = body
        .get("result")
        .and_then(|r| r.as_array())
        .cloned()
        .unwrap_or_default();
    Ok(items
        .into_iter()
        .filter_map(|item| serde_json::from_value::<Extension>(item).ok())
        .filter(|e| !e.username.is_empty())
        .collect())
}
