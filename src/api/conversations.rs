//! Conversations and SMS.

use super::client::urlencode;
use super::{Api, ApiError};
use serde_json::json;
use voipbin_protocol::{Address, ConversationMessage, Resource, ResourceKind};

pub async fn send_conversation_message(
    api: &Api,
    conversation_id: &str,
    text: &str,
) -> Result<ConversationMessage, ApiError> {
    let answer = api
        .post(
            &format!(
                "/v1.0/service_agents/conversations/{}/messages",
                urlencode(conversation_id)
            ),
            &json!({ "text": text, "medias": [] }),
        )
        .await?;
    match Resource::from_json(&ResourceKind::ConversationMessage, answer) {
        Resource::ConversationMessage(m) => Ok(m),
        _ => Err(ApiError::Decode(crate::t!("shell-error-not-message"))),
    }
}

pub async fn send_sms(api: &Api, source: Address, to: Address, text: &str) -> Result<(), ApiError> {
    api.post(
        "/v1.0/messages",
        &json!({ "source": source, "destinations": [to], "text": text }),
    )
    .await
    .map(drop)
}
