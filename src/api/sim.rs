//! Endpoints only the stand-in server offers (the real VoIPBIN may not): the webhook delivery
//! log and a test delivery. Views hide them when the server answers 404.

use super::{Api, ApiError};
use serde_json::Value;

pub async fn webhook_deliveries(api: &Api) -> Result<Vec<Value>, ApiError> {
    let answer = api.get("/v1.0/sim/webhook_deliveries").await?;
    Ok(match answer.get("result").unwrap_or(&answer) {
        Value::Array(items) => items.clone(),
        _ => Vec::new(),
    })
}

pub async fn send_test_webhook(api: &Api) -> Result<(), ApiError> {
    api.post("/v1.0/sim/webhook_test", &serde_json::json!({}))
        .await
        .map(drop)
}
