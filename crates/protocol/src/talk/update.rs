//! A talk event as the desk receives it. The deployed socket sends the bare resource, so the
//! event name is not on the wire: a chat or message with `tm_delete` set was deleted, anything
//! else is the resource's latest state (created, renamed, reacted to). A participant frame
//! cannot say whether it joined or left: read the chat's participants again.

use super::{Chat, ChatMessage, Participant};
use crate::from_value::FromValue;
use crate::resource::Resource;
use crate::resource_kind::ResourceKind;

#[derive(Clone, Debug, PartialEq)]
pub enum TalkUpdate {
    Chat(Chat),
    Message(ChatMessage),
    Participant(Participant),
}

impl TalkUpdate {
    /// The talk resource a decoded event carries, or `None` for any other kind.
    pub fn from_resource(resource: Resource) -> Option<TalkUpdate> {
        let Resource::Unknown { kind, data } = resource else {
            return None;
        };
        if !data.is_object() {
            return None;
        }
        match kind {
            ResourceKind::Chat => Some(TalkUpdate::Chat(Chat::from_value(data))),
            ResourceKind::Chatmessage => Some(TalkUpdate::Message(ChatMessage::from_value(data))),
            ResourceKind::Chatparticipant => {
                Some(TalkUpdate::Participant(Participant::from_value(data)))
            }
            _ => None,
        }
    }

    /// The chat the event belongs to (its own id for a chat).
    pub fn chat_id(&self) -> &str {
        match self {
            TalkUpdate::Chat(chat) => &chat.id,
            TalkUpdate::Message(message) => &message.chat_id,
            TalkUpdate::Participant(participant) => &participant.chat_id,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{decode, EventType, Frame};

    fn update(text: &str) -> (EventType, Option<TalkUpdate>) {
        match decode(text) {
            Ok(Frame::Event(event)) => {
                let update = TalkUpdate::from_resource(event.resource);
                (event.event_type, update)
            }
            other => panic!("{text}: {other:?}"),
        }
    }

    #[test]
    fn bare_frames_of_each_talk_resource() {
        let (event, chat) = update(
            r#"{"id":"c1","customer_id":"u1","type":"direct","name":"","detail":"",
            "member_count":2,"tm_create":"2026-01-01T00:00:00Z","tm_update":null,"tm_delete":null}"#,
        );
        assert_eq!(event, EventType::ChatUpdated);
        assert!(matches!(chat, Some(TalkUpdate::Chat(ref c)) if c.member_count == 2));

        let (event, message) = update(
            r#"{"id":"m1","customer_id":"u1","owner_type":"agent","owner_id":"a1","chat_id":"c1",
            "type":"normal","text":"hi","medias":[],"metadata":{"reactions":[]},
            "tm_create":"2026-01-01T00:00:00Z","tm_update":null,"tm_delete":null}"#,
        );
        assert_eq!(event.resource(), ResourceKind::Chatmessage);
        let message = message.unwrap();
        assert_eq!(message.chat_id(), "c1");
        assert!(matches!(message, TalkUpdate::Message(ref m) if m.text == "hi"));

        let (event, deleted) = update(
            r#"{"id":"m1","owner_id":"a1","chat_id":"c1","type":"normal","text":"",
            "medias":null,"metadata":{"reactions":null},"tm_delete":"2026-01-02T00:00:00Z"}"#,
        );
        assert_eq!(event, EventType::ChatmessageDeleted);
        assert!(matches!(deleted, Some(TalkUpdate::Message(ref m)) if m.is_deleted()));

        let (_, participant) = update(
            r#"{"id":"p1","customer_id":"u1","owner_type":"agent","owner_id":"a2",
            "chat_id":"c1","tm_joined":"2026-01-01T00:00:00Z"}"#,
        );
        assert_eq!(participant.unwrap().chat_id(), "c1");
    }

    #[test]
    fn a_chat_without_member_count_is_still_a_chat() {
        let (event, chat) = update(
            r#"{"id":"c1","type":"group","name":"Refunds","tm_delete":"2026-01-02T00:00:00Z"}"#,
        );
        assert_eq!(event, EventType::ChatDeleted);
        assert!(matches!(chat, Some(TalkUpdate::Chat(ref c)) if c.is_deleted()));
    }

    #[test]
    fn other_resources_are_not_talk() {
        let (_, none) = update(
            r#"{"id":"k","status":"ringing","source":{},"destination":{},"tm_hangup":null}"#,
        );
        assert_eq!(none, None);
        let unknown = Resource::Unknown {
            kind: ResourceKind::Chatmessage,
            data: serde_json::json!([1, 2]),
        };
        assert_eq!(TalkUpdate::from_resource(unknown), None);
    }
}
