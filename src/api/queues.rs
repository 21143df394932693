//! Queue calls.

use super::client::urlencode;
use super::{Api, ApiError};
use serde_json::json;

pub async fn kick_queuecall(api: &Api, queuecall_id: &str) -> Result<(), ApiError> {
    api.post(
        &format!("/v1.0/queuecalls/{}/kick", urlencode(queuecall_id)),
        &json!({}),
    )
    .await
    .map(drop)
}
