//! `GET /v1.0/ws` and `/v1.0/service_agents/ws`: authenticate first (401 before the upgrade),
//! refuse during a simulated restart (503), then run the session.

use std::sync::Arc;
use std::time::Duration;

use axum::extract::ws::rejection::WebSocketUpgradeRejection;
use axum::extract::ws::WebSocketUpgrade;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use tokio::time::Instant;

use super::hub::Hub;
use super::session::{self, SessionConfig};
use crate::auth::{Caller, Credential};
use crate::clock::now_ms;
use crate::error::ApiError;
use crate::state::AppState;

/// Client messages are small; a subscribe with 500 topics is ~60 KB.
const MAX_CLIENT_MESSAGE: usize = 1 << 20;

pub async fn ws_handler(
    State(state): State<AppState>,
    caller: Caller,
    upgrade: Result<WebSocketUpgrade, WebSocketUpgradeRejection>,
) -> Response {
    if state.refusing_upgrades() {
        return ApiError::unavailable("server restarting, retry shortly").into_response();
    }
    let upgrade = match upgrade {
        Ok(upgrade) => upgrade,
        Err(rejection) => return ApiError::bad_request(rejection.body_text()).into_response(),
    };
    let config = SessionConfig {
        dialect: state.hub.dialect(),
        ping_every: state.config.ping_every,
        read_deadline: state.config.read_deadline(),
        expires_at: expiry_instant(&caller.credential),
    };
    // Registered before the 101 answer goes out, so a client that sees the upgrade succeed
    // is already known to the hub (stats, faults); the guard unregisters in every case.
    let (conn, ends) = state.hub.register(caller);
    let registration = Registration {
        hub: Arc::clone(&state.hub),
        id: conn.id,
    };
    upgrade
        .max_message_size(MAX_CLIENT_MESSAGE)
        .on_upgrade(move |socket| async move {
            let id = registration.id;
            tracing::debug!(conn = id, user = %conn.caller.username, "websocket open");
            session::run(socket, conn, ends, config).await;
            drop(registration);
            tracing::debug!(conn = id, "websocket closed");
        })
}

/// Removes the connection from the hub when dropped (also when the upgrade never completes).
struct Registration {
    hub: Arc<Hub>,
    id: u64,
}

impl Drop for Registration {
    fn drop(&mut self) {
        self.hub.unregister(self.id);
    }
}

fn expiry_instant(credential: &Credential) -> Option<Instant> {
    match credential {
        Credential::Token { expires_at_ms, .. } => {
            let left_ms = expires_at_ms.saturating_sub(now_ms()).max(0);
            Some(Instant::now() + Duration::from_millis(u64::try_from(left_ms).unwrap_or(0)))
        }
        Credential::AccessKey => None,
    }
}
