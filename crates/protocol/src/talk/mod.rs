//! Team talk as VoIPBIN serves it to any agent under `/v1.0/service_agents/talk_*` and `files`
//! (bin-talk-manager models, bin-storage-manager's file). Unlike the CRM these reach the socket:
//! every chat, message and participant event is fanned out to each participant's `agent_id`
//! topics as a bare resource (bin-api-manager/pkg/subscribehandler/webhookmanager.go
//! `createTopics`); [`TalkUpdate`] reads one from a decoded frame.

mod chat;
mod file;
mod message;
mod participant;
mod update;

pub use chat::{Chat, ChatType};
pub use file::File;
pub use message::{ChatMessage, ChatMessageType, Media, MediaType, Metadata, Reaction};
pub use participant::Participant;
pub use update::TalkUpdate;

/// Largest upload `POST /service_agents/files` takes: 30 MB (bin-api-manager/server/
/// service_agents_files.go, `constMaxFileSize` in storage_files.go).
pub const MAX_FILE_BYTES: u64 = 30 * 1024 * 1024;

#[cfg(test)]
mod tests {
    use crate::{topic_matches, Dialect, EventType, ResourceKind, Scope, Topic};

    const AGENT: &str = "5e4a0680-804e-11ec-8477-2fea5968d85b";
    const CHAT: &str = "6f1b2c3d-804e-11ec-8477-2fea5968d85b";

    #[test]
    fn both_deployed_talk_topic_forms_parse() {
        let old: Topic = format!("agent_id:{AGENT}:chat:{CHAT}").parse().unwrap();
        assert_eq!(old.scope, Scope::Agent);
        assert_eq!(old.resource, Some(ResourceKind::Chat));
        assert_eq!(old.resource_id.as_deref(), Some(CHAT));

        let new: Topic = format!("agent_id:{AGENT}:talk:chatmessage_created:{CHAT}")
            .parse()
            .unwrap();
        assert_eq!(new.resource, Some(ResourceKind::Talk));
        assert_eq!(
            new.event_type.as_deref().map(|e| EventType::parse(e)),
            Some(EventType::ChatmessageCreated)
        );
        assert_eq!(
            new.to_string(),
            format!("agent_id:{AGENT}:talk:chatmessage_created:{CHAT}")
        );
    }

    #[test]
    fn a_broad_subscription_gets_both_forms_a_narrow_one_gets_one() {
        let published = [
            format!("agent_id:{AGENT}:chat:{CHAT}"),
            format!("agent_id:{AGENT}:talk:chat_created:{CHAT}"),
        ];
        let count = |sub: &str| {
            published
                .iter()
                .filter(|t| topic_matches(Dialect::Deployed, sub, t))
                .count()
        };
        assert_eq!(count(&format!("agent_id:{AGENT}")), 2);
        assert_eq!(count(&format!("agent_id:{AGENT}:chat")), 1);
        assert_eq!(count(&format!("agent_id:{AGENT}:talk")), 1);
    }
}
