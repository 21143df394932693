//! Messages: list (deleted ones included), create with a thread parent and medias, get,
//! delete by the author (soft), reactions (add only, idempotent).
//! bin-talk-manager/pkg/messagehandler/message.go, reactionhandler/reaction.go; checks from
//! bin-api-manager/pkg/servicehandler/serviceagent_talk.go.

use voipbin_protocol::talk::{ChatMessage, ChatMessageType, Media, Metadata, Reaction};
use voipbin_protocol::{EventType, ResourceKind};

use super::wire::to_wire;
use super::{invalid, permission_denied, Talk, TalkError, TalkEvent, TalkResult};

/// `POST talk_messages {chat_id, parent_id?, type, text, medias?}`.
pub struct NewMessage {
    pub chat_id: String,
    pub parent_id: Option<String>,
    pub r#type: String,
    pub text: String,
    pub medias: Vec<Media>,
}

impl Talk {
    /// `GET talk_messages?chat_id=` (`canAccessChat`); the REST layer pages them newest first.
    pub fn messages_of(&self, agent_id: &str, chat_id: &str) -> TalkResult<Vec<&ChatMessage>> {
        if !self.can_access(agent_id, chat_id) {
            return Err(permission_denied());
        }
        Ok(self
            .messages
            .values()
            .filter(|m| m.chat_id == chat_id)
            .collect())
    }

    /// Participants only (403); type normal or system; a parent must be in the same chat
    /// (a deleted parent is allowed).
    pub fn create_message(
        &mut self,
        agent_id: &str,
        new: NewMessage,
        now_ms: i64,
    ) -> TalkResult<(ChatMessage, Vec<TalkEvent>)> {
        if !self.is_participant(agent_id, &new.chat_id) {
            return Err(permission_denied());
        }
        let kind = ChatMessageType::parse(&new.r#type);
        if new.r#type.is_empty() {
            return Err(invalid("type is required"));
        }
        if !kind.is_known() {
            return Err(invalid("type must be either 'normal' or 'system'"));
        }
        if let Some(parent_id) = &new.parent_id {
            let parent = self
                .messages
                .get(parent_id)
                .ok_or_else(|| invalid("parent message not found"))?;
            if parent.chat_id != new.chat_id {
                return Err(invalid("parent message must be in the same talk"));
            }
        }
        let time = self.stamp(now_ms);
        let message = ChatMessage {
            id: self.next_id(),
            customer_id: self.customer_id.clone(),
            owner_type: "agent".to_owned(),
            owner_id: agent_id.to_owned(),
            chat_id: new.chat_id,
            parent_id: new.parent_id.unwrap_or_default(),
            r#type: kind,
            text: new.text,
            medias: new.medias,
            metadata: Metadata::default(),
            tm_create: time.clone(),
            tm_update: time,
            tm_delete: String::new(),
        };
        self.messages.insert(message.id.clone(), message.clone());
        let event = self.message_event(EventType::ChatmessageCreated, &message);
        Ok((message, vec![event]))
    }

    /// `GET talk_messages/{id}`: 404 when unknown, then `canAccessChat`.
    pub fn message(&self, agent_id: &str, message_id: &str) -> TalkResult<ChatMessage> {
        let message = self
            .messages
            .get(message_id)
            .ok_or_else(message_not_found)?;
        if !self.can_access(agent_id, &message.chat_id) {
            return Err(permission_denied());
        }
        Ok(message.clone())
    }

    /// `DELETE talk_messages/{id}`: the author only; soft, once.
    pub fn delete_message(
        &mut self,
        agent_id: &str,
        message_id: &str,
        now_ms: i64,
    ) -> TalkResult<(ChatMessage, Vec<TalkEvent>)> {
        let message = self
            .messages
            .get(message_id)
            .ok_or_else(message_not_found)?;
        if message.owner_id != agent_id {
            return Err(permission_denied());
        }
        if message.is_deleted() {
            return Err(invalid("message already deleted"));
        }
        let time = self.stamp(now_ms);
        let message = self
            .messages
            .get_mut(message_id)
            .ok_or_else(message_not_found)?;
        message.tm_delete = time.clone();
        message.tm_update = time;
        let message = message.clone();
        let event = self.message_event(EventType::ChatmessageDeleted, &message);
        Ok((message, vec![event]))
    }

    /// `POST talk_messages/{id}/reactions {emoji}`: participants of its chat; the same
    /// emoji from the same person is kept once, and the event goes out either way.
    pub fn react(
        &mut self,
        agent_id: &str,
        message_id: &str,
        emoji: &str,
        now_ms: i64,
    ) -> TalkResult<(ChatMessage, Vec<TalkEvent>)> {
        let message = self
            .messages
            .get(message_id)
            .ok_or_else(message_not_found)?;
        if !self.is_participant(agent_id, &message.chat_id) {
            return Err(permission_denied());
        }
        if emoji.is_empty() {
            return Err(invalid("emoji is required"));
        }
        let known = message
            .metadata
            .reactions
            .iter()
            .any(|r| r.emoji == emoji && r.owner_type == "agent" && r.owner_id == agent_id);
        if !known {
            let time = self.stamp(now_ms);
            if let Some(message) = self.messages.get_mut(message_id) {
                message.metadata.reactions.push(Reaction {
                    emoji: emoji.to_owned(),
                    owner_type: "agent".to_owned(),
                    owner_id: agent_id.to_owned(),
                    tm_create: time,
                });
            }
        }
        let message = self.messages.get(message_id).cloned().unwrap_or_default();
        let event = self.message_event(EventType::ChatmessageReactionUpdated, &message);
        Ok((message, vec![event]))
    }

    /// The newest message of a chat (the simulated teammates answer and react to it).
    pub fn latest_message(&self, chat_id: &str) -> Option<&ChatMessage> {
        self.messages
            .values()
            .filter(|m| m.chat_id == chat_id)
            .max_by(|a, b| a.tm_create.cmp(&b.tm_create))
    }

    pub fn chat_type(&self, chat_id: &str) -> Option<&voipbin_protocol::talk::ChatType> {
        self.chats.get(chat_id).map(|c| &c.r#type)
    }

    fn message_event(&self, event_type: EventType, message: &ChatMessage) -> TalkEvent {
        self.event(
            event_type,
            ResourceKind::Chatmessage,
            to_wire(message),
            Some(&message.owner_id),
            &message.chat_id,
        )
    }
}

/// messagehandler `MessageGet`: MESSAGE_NOT_FOUND (404).
fn message_not_found() -> TalkError {
    TalkError::not_found("MESSAGE_NOT_FOUND", "The message was not found.")
}
