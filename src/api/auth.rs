//! Sign-in and "who am I".

use super::{Api, ApiError};
use serde::Deserialize;
use serde_json::json;
use voipbin_protocol::{Agent, Resource, ResourceKind};

#[derive(Deserialize)]
struct LoginAnswer {
    #[serde(default)]
    token: String,
}

/// `POST /auth/login` (no `/v1.0` prefix) with username and password; returns the token.
pub async fn login(api: &Api, username: &str, password: &str) -> Result<String, ApiError> {
    let answer = api
        .post(
            "/auth/login",
            &json!({"username": username, "password": password}),
        )
        .await?;
    let token = serde_json::from_value::<LoginAnswer>(answer)
        .map(|a| a.token)
        .map_err(|e| ApiError::Decode(e.to_string()))?;
    if token.is_empty() {
        return Err(ApiError::Decode(crate::t!("shell-error-no-token")));
    }
    Ok(token)
}

/// `GET /v1.0/service_agents/me`: the signed-in agent, with its customer and permission.
pub async fn me(api: &Api) -> Result<Agent, ApiError> {
    match Resource::from_json(
        &ResourceKind::Agent,
        api.get("/v1.0/service_agents/me").await?,
    ) {
        Resource::Agent(agent) if !agent.id.is_empty() => Ok(agent),
        _ => Err(ApiError::Decode(crate::t!("shell-error-not-agent"))),
    }
}
