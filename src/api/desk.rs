//! Reads the agent desk needs that no other view makes: one conversation's messages (a plain
//! agent gets no conversation-message events, so the desk re-reads a thread when VoIPBIN says it
//! changed) and the address of a finished recording's file.

use super::client::urlencode;
use super::{Api, ApiError};
use voipbin_protocol::{ConversationMessage, Resource, ResourceKind};

/// `GET /v1.0/service_agents/conversations/{id}/messages` (the agent surface: any agent may read
/// its own threads), every page.
pub async fn conversation_messages(
    api: &Api,
    conversation_id: &str,
) -> Result<Vec<ConversationMessage>, ApiError> {
    let path = format!(
        "/v1.0/service_agents/conversations/{}/messages",
        urlencode(conversation_id)
    );
    let listed = api.list(&path, ResourceKind::ConversationMessage).await?;
    Ok(listed
        .items
        .into_iter()
        .filter_map(|r| match r {
            Resource::ConversationMessage(m) => Some(m),
            _ => None,
        })
        .collect())
}

/// `GET /v1.0/recordingfiles/{id}`: VoIPBIN answers with a redirect to the file. The URL carries
/// the credential (VoIPBIN's query-parameter auth), so open it from a click, never put it in the page.
pub fn recording_file_url(api: &Api, recording_id: &str) -> String {
    api.url(&format!("/v1.0/recordingfiles/{}", urlencode(recording_id)))
}

/// `GET /v1.0/conversations`: every conversation of the customer (admin and manager). The agent
/// surface's list holds only the caller's own threads, which for a supervisor is usually none.
pub async fn all_conversations(api: &Api) -> Result<Vec<voipbin_protocol::Conversation>, ApiError> {
    let listed = api
        .list("/v1.0/conversations", ResourceKind::Conversation)
        .await?;
    Ok(listed
        .items
        .into_iter()
        .filter_map(|r| match r {
            Resource::Conversation(c) => Some(c),
            _ => None,
        })
        .collect())
}
