//! `GET /v1.0/sim/phone` (admins): the SIP registrations, the phone legs and the simulated
//! parties (callers without a phone: what reached them from barge and whispers), for tests and
//! benches.

use axum::extract::State;
use axum::Json;
use serde::Serialize;
use serde_json::{json, Value};

use crate::auth::Caller;
use crate::clock::now_ms;
use crate::error::ApiResult;
use crate::state::AppState;

/// One registered contact as the sim endpoint shows it.
#[derive(Serialize)]
struct Registration {
    extension: String,
    extension_id: String,
    username: String,
    agent_id: String,
    contact: String,
    expires_in: i64,
    user_agent: String,
    /// How the contact is reached: the WebSocket it registered on.
    transport: &'static str,
    conn_id: u64,
}

pub async fn snapshot(State(state): State<AppState>, caller: Caller) -> ApiResult<Json<Value>> {
    caller.require_admin()?;
    let contacts = state.sip.all_contacts();
    let now = now_ms();
    let registrations: Vec<Registration> = {
        let sim = state.sim();
        contacts
            .into_iter()
            .map(|contact| {
                let extension = sim.extension(&contact.extension_id);
                Registration {
                    extension: extension.map(|e| e.extension.clone()).unwrap_or_default(),
                    username: extension.map(|e| e.username.clone()).unwrap_or_default(),
                    extension_id: contact.extension_id,
                    agent_id: contact.agent_id,
                    contact: contact.uri,
                    expires_in: (contact.expires_at_ms - now).max(0) / 1000,
                    user_agent: contact.user_agent,
                    transport: "ws",
                    conn_id: contact.conn_id,
                }
            })
            .collect()
    };
    Ok(Json(json!({
        "registrations": registrations,
        "legs": legs(&state),
        "simulated_parties": state.simulated_ears().json(std::time::Instant::now()),
    })))
}

/// The phone legs (sip/calls.rs keeps them; ended ones stay listed for 5 minutes).
fn legs(state: &AppState) -> Vec<Value> {
    crate::sip::calls::legs_json(state)
}
