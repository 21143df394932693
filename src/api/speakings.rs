//! Whispering to the agent by text: a speaking on the agent's leg, direction `out` (heard by that
//! leg alone), then text to say on it (shared/PROTOCOL.md, "Supervising live calls";
//! bin-openapi-manager/openapi/paths/speakings).

use super::client::urlencode;
use super::{Api, ApiError};
use serde_json::{json, Value};

/// Creates a speaking on `call_id` that only that leg hears; returns its id.
pub async fn create_whisper(api: &Api, call_id: &str, language: &str) -> Result<String, ApiError> {
    let made = api
        .post(
            "/v1.0/speakings",
            &json!({
                "reference_type": "call",
                "reference_id": call_id,
                "direction": "out",
                "language": language,
            }),
        )
        .await?;
    made.get("id")
        .and_then(Value::as_str)
        .filter(|id| !id.is_empty())
        .map(str::to_string)
        .ok_or_else(|| ApiError::Decode("the speaking has no id".into()))
}

pub async fn say(api: &Api, speaking_id: &str, text: &str) -> Result<(), ApiError> {
    api.post(
        &format!("/v1.0/speakings/{}/say", urlencode(speaking_id)),
        &json!({ "text": text }),
    )
    .await
    .map(drop)
}
