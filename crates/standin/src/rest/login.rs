//! `POST /auth/login {"username","password"}` -> `{"username","token"}`.

use axum::extract::State;
use axum::Json;
use serde::{Deserialize, Serialize};

use crate::clock::now_ms;
use crate::error::{ApiError, ApiResult};
use crate::json_body::JsonBody;
use crate::state::AppState;

#[derive(Deserialize)]
pub struct LoginRequest {
    username: String,
    password: String,
}

#[derive(Serialize)]
pub struct LoginResponse {
    username: String,
    token: String,
}

pub async fn login(
    State(state): State<AppState>,
    JsonBody(body): JsonBody<LoginRequest>,
) -> ApiResult<Json<LoginResponse>> {
    let account = state
        .auth
        .directory
        .check_password(&body.username, &body.password)
        .ok_or_else(|| ApiError::unauthenticated("wrong username or password"))?;
    // The permission an admin set last (PUT /v1.0/agents/{id}/permission), as VoIPBIN's token has.
    let permission = state
        .sim()
        .agent(&account.agent_id)
        .map_or(account.permission, |agent| agent.permission);
    let (token, _claims) = state.auth.signer.issue(
        &account.agent_id,
        &account.customer_id,
        &account.username,
        permission,
        now_ms(),
    );
    // From now on a person drives this agent: the simulation stops playing it.
    state.act(|sim, _now| {
        sim.mark_signed_in(&account.agent_id);
        Ok(((), Vec::new()))
    })?;
    tracing::info!(username = %account.username, "login");
    Ok(Json(LoginResponse {
        username: account.username.clone(),
        token,
    }))
}
