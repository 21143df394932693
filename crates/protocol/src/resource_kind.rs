//! The resource families that appear in topics and event names.

use crate::string_enum::string_enum;

string_enum! {
    /// A resource family, as named in topics (`customer_id:<id>:<kind>:<id>`) and event names
    /// (`<kind>_<verb>`).
    pub enum ResourceKind {
        Call = "call",
        Groupcall = "groupcall",
        Queuecall = "queuecall",
        Queue = "queue",
        Agent = "agent",
        Message = "message",
        Conversation = "conversation",
        ConversationMessage = "conversation_message",
        Recording = "recording",
        Transcribe = "transcribe",
        Transcript = "transcript",
        Activeflow = "activeflow",
        Conference = "conference",
        Confbridge = "confbridge",
        Flow = "flow",
        Campaign = "campaign",
        Number = "number",
        Chat = "chat",
        /// A team-talk message (`chatmessage_*` events).
        Chatmessage = "chatmessage",
        /// A team-talk chat's member (`chatparticipant_*` events).
        Chatparticipant = "chatparticipant",
        /// Only in topics: the deployed service namespace of bin-talk-manager's events
        /// (`agent_id:<id>:talk:<event_type>:<id>`).
        Talk = "talk",
        Webchat = "webchat",
        Ai = "ai",
        Customer = "customer",
    }
}

impl ResourceKind {
    /// The kind an event name belongs to, judged by its prefix (`campaign_x` -> Campaign,
    /// `conversation_message.y` -> ConversationMessage). Longest known prefix wins, so
    /// `queuecall_x` is a queuecall and not a queue. Unknown prefixes give `Other(prefix)`.
    pub fn from_event_name(name: &str) -> ResourceKind {
        let mut best: Option<&'static str> = None;
        for known in Self::NAMES {
            let fits = name
                .strip_prefix(known)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(['_', '.']));
            if fits && best.is_none_or(|b| b.len() < known.len()) {
                best = Some(known);
            }
        }
        match best {
            Some(known) => Self::parse(known),
            // The documented docs call transcribes "transcription".
            None if name.starts_with("transcription") => Self::Transcribe,
            None => {
                let prefix = name.split(['_', '.']).next().unwrap_or(name);
                Self::parse(prefix)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_every_known_kind() {
        for kind in ResourceKind::known() {
            assert_eq!(ResourceKind::parse(kind.as_str()), kind);
        }
        assert_eq!(
            ResourceKind::parse("conversation_message"),
            ResourceKind::ConversationMessage
        );
        assert_eq!(
            ResourceKind::parse("zebra"),
            ResourceKind::Other("zebra".into())
        );
    }

    #[test]
    fn event_name_prefix() {
        assert_eq!(
            ResourceKind::from_event_name("queuecall_waiting"),
            ResourceKind::Queuecall
        );
        assert_eq!(
            ResourceKind::from_event_name("queue_created"),
            ResourceKind::Queue
        );
        assert_eq!(
            ResourceKind::from_event_name("conversation_message_created"),
            ResourceKind::ConversationMessage
        );
        assert_eq!(
            ResourceKind::from_event_name("chatmessage_reaction_updated"),
            ResourceKind::Chatmessage
        );
        assert_eq!(
            ResourceKind::from_event_name("chat_created"),
            ResourceKind::Chat
        );
        assert_eq!(
            ResourceKind::from_event_name("campaign_x"),
            ResourceKind::Campaign
        );
        assert_eq!(
            ResourceKind::from_event_name("transcription.completed"),
            ResourceKind::Transcribe
        );
        assert_eq!(
            ResourceKind::from_event_name("zoo_made"),
            ResourceKind::Other("zoo".into())
        );
        assert_eq!(
            ResourceKind::from_event_name(""),
            ResourceKind::Other(String::new())
        );
    }

    #[test]
    fn serializes_as_string() {
        let json = serde_json::to_string(&ResourceKind::ConversationMessage).unwrap();
        assert_eq!(json, "\"conversation_message\"");
        let back: ResourceKind = serde_json::from_str("\"queuecall\"").unwrap();
        assert_eq!(back, ResourceKind::Queuecall);
    }
}
