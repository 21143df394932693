//! `/v1.0/sim/*` (admins): hub and simulation counters, the simulation's truth for tests, and
//! the event rate.

use axum::extract::State;
use axum::Json;
use serde::Deserialize;
use serde_json::{json, Value};

use super::JsonBody;
use crate::auth::Caller;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// Highest rate accepted through REST.
pub const MAX_RATE: f64 = 20_000.0;

pub async fn stats(State(state): State<AppState>, caller: Caller) -> ApiResult<Json<Value>> {
    caller.require_admin()?;
    let hub = state.hub.stats();
    let sim = state.sim().stats();
    let mut body = serde_json::to_value(&hub).map_err(|e| ApiError::internal(e.to_string()))?;
    if let Some(object) = body.as_object_mut() {
        object.insert("sim".to_owned(), json!(sim));
        object.insert("webhook".to_owned(), json!(state.webhook.stats()));
        object.insert(
            "uptime_secs".to_owned(),
            json!(state.started.elapsed().as_secs()),
        );
    }
    Ok(Json(body))
}

pub async fn truth(State(state): State<AppState>, caller: Caller) -> ApiResult<Json<Value>> {
    caller.require_admin()?;
    let (truth, sim_stats) = {
        let sim = state.sim();
        (sim.truth(), sim.stats())
    };
    let mut hub = state.hub.stats();
    hub.per_connection.clear();
    Ok(Json(json!({
        "truth": truth,
        "stats": sim_stats,
        "hub": hub,
    })))
}

#[derive(Deserialize)]
pub struct RateBody {
    events_per_s: f64,
}

pub async fn get_rate(State(state): State<AppState>, caller: Caller) -> ApiResult<Json<Value>> {
    caller.require_admin()?;
    Ok(Json(json!({ "events_per_s": state.sim().rate() })))
}

pub async fn set_rate(
    State(state): State<AppState>,
    caller: Caller,
    JsonBody(body): JsonBody<RateBody>,
) -> ApiResult<Json<Value>> {
    caller.require_admin()?;
    let rate = body.events_per_s;
    if !rate.is_finite() || !(0.0..=MAX_RATE).contains(&rate) {
        return Err(ApiError::bad_request(format!(
            "events_per_s must be between 0 and {MAX_RATE}"
        )));
    }
    let mut sim = state.sim();
    sim.set_rate(rate);
    tracing::info!(events_per_s = rate, "rate changed");
    Ok(Json(json!({ "events_per_s": sim.rate() })))
}

pub async fn webhook_deliveries(
    State(state): State<AppState>,
    caller: Caller,
) -> ApiResult<Json<Value>> {
    caller.require_admin()?;
    Ok(Json(json!({
        "result": state.webhook.log(),
        "stats": state.webhook.stats(),
    })))
}

pub async fn webhook_test(State(state): State<AppState>, caller: Caller) -> ApiResult<Json<Value>> {
    caller.require_admin()?;
    let record = state.webhook.send_test().await;
    Ok(Json(json!(record)))
}

#[derive(Deserialize)]
pub struct RefuseStaticBody {
    /// File-name prefixes (`split_dashboard`) of `--static` files to answer 503; empty: none.
    refuse: Vec<String>,
}

/// Makes `--static` refuse files, as a host that lost them would: the desk's tests of a page
/// whose chunk cannot load.
pub async fn refuse_static(
    State(state): State<AppState>,
    caller: Caller,
    JsonBody(body): JsonBody<RefuseStaticBody>,
) -> ApiResult<Json<Value>> {
    caller.require_admin()?;
    if body.refuse.iter().any(String::is_empty) {
        return Err(ApiError::bad_request(
            "an empty prefix would refuse every file",
        ));
    }
    let mut refusals = state
        .static_refusals
        .write()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    *refusals = body.refuse;
    Ok(Json(json!({ "refuse": *refusals })))
}
