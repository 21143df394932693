//! Chats: list, create (a second direct chat with the same person returns the first), get,
//! rename, delete (soft). bin-talk-manager/pkg/chathandler/chat.go; who may call what from
//! bin-api-manager/pkg/servicehandler/serviceagent_talk.go.

use voipbin_protocol::talk::{Chat, ChatType};
use voipbin_protocol::{EventType, ResourceKind};

use super::wire::to_wire;
use super::{invalid, permission_denied, Talk, TalkEvent, TalkResult};

impl Talk {
    /// `GET talk_chats`: the agent's chats, deleted ones left out.
    pub fn chats_of(&self, agent_id: &str) -> Vec<&Chat> {
        self.chats
            .values()
            .filter(|c| !c.is_deleted() && self.is_participant(agent_id, &c.id))
            .collect()
    }

    /// `GET talk_channels`: the customer's public channels, deleted ones left out.
    pub fn channels(&self) -> Vec<&Chat> {
        self.chats
            .values()
            .filter(|c| c.is_public() && !c.is_deleted())
            .collect()
    }

    /// `POST talk_chats`. The creator joins unless listed; `others` are (owner_type, owner_id).
    /// A direct chat needs exactly one other person and reuses a live direct chat of the two.
    pub fn create_chat(
        &mut self,
        creator: &str,
        chat_type: &str,
        name: &str,
        detail: &str,
        others: &[(String, String)],
        now_ms: i64,
    ) -> TalkResult<(Chat, Vec<TalkEvent>)> {
        let chat_type = ChatType::parse(chat_type);
        if !chat_type.is_known() {
            return Err(invalid("invalid chat type"));
        }
        if chat_type == ChatType::Direct {
            let mut distinct: Vec<&(String, String)> = others
                .iter()
                .filter(|(t, id)| t != "agent" || id != creator)
                .collect();
            distinct.dedup();
            let [(other_type, other)] = distinct.as_slice() else {
                return Err(invalid("direct chat requires exactly 1 other participant"));
            };
            if let Some(existing) = self.direct_chat_between(creator, other_type, other) {
                return Ok((existing, Vec::new()));
            }
        }
        let time = self.stamp(now_ms);
        let chat = Chat {
            id: self.next_id(),
            customer_id: self.customer_id.clone(),
            r#type: chat_type,
            name: name.to_owned(),
            detail: detail.to_owned(),
            tm_create: time.clone(),
            tm_update: time,
            ..Chat::default()
        };
        let chat_id = chat.id.clone();
        self.chats.insert(chat_id.clone(), chat);
        let mut events = Vec::new();
        let creator_listed = others.iter().any(|(t, id)| t == "agent" && id == creator);
        if !creator_listed {
            events.push(self.add_member(&chat_id, "agent", creator, now_ms));
        }
        for (owner_type, owner_id) in others {
            // A second row for the same person fails in the database; talk-manager logs it
            // and goes on (chathandler/chat.go).
            if !self.has_member(&chat_id, owner_type, owner_id) {
                events.push(self.add_member(&chat_id, owner_type, owner_id, now_ms));
            }
        }
        let chat = self.chats.get(&chat_id).cloned().unwrap_or_default();
        events.push(self.chat_event(EventType::ChatCreated, &chat));
        Ok((chat, events))
    }

    /// dbhandler `FindDirectChatByParticipants`: a live direct chat with exactly these two.
    fn direct_chat_between(&self, creator: &str, other_type: &str, other: &str) -> Option<Chat> {
        self.chats
            .values()
            .filter(|c| c.r#type == ChatType::Direct && !c.is_deleted())
            .find(|c| {
                self.has_member(&c.id, "agent", creator)
                    && self.has_member(&c.id, other_type, other)
            })
            .cloned()
    }

    /// `GET talk_chats/{id}`: `canAccessChat`, so an unknown chat is 403 too.
    pub fn chat(&self, agent_id: &str, chat_id: &str) -> TalkResult<Chat> {
        if !self.can_access(agent_id, chat_id) {
            return Err(permission_denied());
        }
        Ok(self.chats.get(chat_id).cloned().unwrap_or_default())
    }

    /// `PUT talk_chats/{id}` `{name?, detail?}`: participants only; at least one field.
    pub fn update_chat(
        &mut self,
        agent_id: &str,
        chat_id: &str,
        name: Option<String>,
        detail: Option<String>,
        now_ms: i64,
    ) -> TalkResult<(Chat, Vec<TalkEvent>)> {
        if !self.is_participant(agent_id, chat_id) {
            return Err(permission_denied());
        }
        if name.is_none() && detail.is_none() {
            return Err(invalid("at least one field must be provided for update"));
        }
        let time = self.stamp(now_ms);
        let chat = self.chats.get_mut(chat_id).ok_or_else(permission_denied)?;
        if let Some(name) = name {
            chat.name = name;
        }
        if let Some(detail) = detail {
            chat.detail = detail;
        }
        chat.tm_update = time;
        let chat = chat.clone();
        let event = self.chat_event(EventType::ChatUpdated, &chat);
        Ok((chat, vec![event]))
    }

    /// `DELETE talk_chats/{id}`: any participant; soft (participants stay, so they hear it).
    pub fn delete_chat(
        &mut self,
        agent_id: &str,
        chat_id: &str,
        now_ms: i64,
    ) -> TalkResult<(Chat, Vec<TalkEvent>)> {
        if !self.is_participant(agent_id, chat_id) {
            return Err(permission_denied());
        }
        let time = self.stamp(now_ms);
        let chat = self.chats.get_mut(chat_id).ok_or_else(permission_denied)?;
        if chat.tm_delete.is_empty() {
            chat.tm_delete = time.clone();
            chat.tm_update = time;
        }
        let chat = chat.clone();
        let event = self.chat_event(EventType::ChatDeleted, &chat);
        Ok((chat, vec![event]))
    }

    pub(super) fn chat_event(&self, event_type: EventType, chat: &Chat) -> TalkEvent {
        self.event(
            event_type,
            ResourceKind::Chat,
            to_wire(chat),
            None,
            &chat.id,
        )
    }
}
