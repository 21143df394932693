//! Chat members: join a public channel, list, add, remove.
//! bin-talk-manager/pkg/participanthandler/participant.go; checks from
//! bin-api-manager/pkg/servicehandler/serviceagent_talk.go.

use voipbin_protocol::talk::Participant;
use voipbin_protocol::{EventType, ResourceKind};

use super::wire::to_wire;
use super::{invalid, permission_denied, Talk, TalkError, TalkEvent, TalkResult};

impl Talk {
    /// `POST talk_chats/{id}/join`: public (`talk`) chats of the customer only.
    pub fn join(
        &mut self,
        agent_id: &str,
        chat_id: &str,
        now_ms: i64,
    ) -> TalkResult<(Participant, Vec<TalkEvent>)> {
        let chat = self.chats.get(chat_id).ok_or_else(chat_not_found)?;
        if !chat.is_public() {
            return Err(invalid("only talk-type chats can be joined"));
        }
        if chat.customer_id != self.customer_id {
            return Err(permission_denied());
        }
        self.add_checked(chat_id, "agent", agent_id, now_ms)
    }

    /// `GET talk_chats/{id}/participants` (`canAccessChat`): a plain list, not paged.
    pub fn participants_of(&self, agent_id: &str, chat_id: &str) -> TalkResult<Vec<&Participant>> {
        if !self.can_access(agent_id, chat_id) {
            return Err(permission_denied());
        }
        Ok(self
            .participants
            .values()
            .filter(|p| p.chat_id == chat_id)
            .collect())
    }

    /// `POST talk_chats/{id}/participants {owner_type, owner_id}` (`canAddParticipant`): a
    /// participant adds anyone; others may only add themselves to a public channel.
    pub fn add_participant(
        &mut self,
        agent_id: &str,
        chat_id: &str,
        owner_type: &str,
        owner_id: &str,
        now_ms: i64,
    ) -> TalkResult<(Participant, Vec<TalkEvent>)> {
        let chat = self.chats.get(chat_id).ok_or_else(permission_denied)?;
        let self_join = chat.is_public() && owner_type == "agent" && owner_id == agent_id;
        if !self.is_participant(agent_id, chat_id) && !self_join {
            return Err(permission_denied());
        }
        self.add_checked(chat_id, owner_type, owner_id, now_ms)
    }

    /// `DELETE talk_chats/{id}/participants/{participant_id}`: any participant of the chat
    /// may remove anyone. talk-manager removes the participant by id alone; an unknown one is
    /// no error (`None`, answered as `null`).
    pub fn remove_participant(
        &mut self,
        agent_id: &str,
        chat_id: &str,
        participant_id: &str,
    ) -> TalkResult<(Option<Participant>, Vec<TalkEvent>)> {
        if !self.is_participant(agent_id, chat_id) {
            return Err(permission_denied());
        }
        let Some(removed) = self.participants.remove(participant_id) else {
            return Ok((None, Vec::new()));
        };
        if let Some(chat) = self.chats.get_mut(&removed.chat_id) {
            chat.member_count = (chat.member_count - 1).max(0);
        }
        let event = self.participant_event(EventType::ChatparticipantRemoved, &removed);
        Ok((Some(removed), vec![event]))
    }

    /// participanthandler `ParticipantAdd`: not into a deleted chat, and one row per person
    /// (the database's unique key).
    fn add_checked(
        &mut self,
        chat_id: &str,
        owner_type: &str,
        owner_id: &str,
        now_ms: i64,
    ) -> TalkResult<(Participant, Vec<TalkEvent>)> {
        if owner_type.is_empty() {
            return Err(invalid("owner_type is required"));
        }
        if self.chats.get(chat_id).is_some_and(|c| c.is_deleted()) {
            return Err(invalid("chat has been deleted"));
        }
        if self.has_member(chat_id, owner_type, owner_id) {
            return Err(invalid(
                "failed to create participant: already a participant",
            ));
        }
        let event = self.add_member(chat_id, owner_type, owner_id, now_ms);
        let participant = self
            .participants
            .values()
            .find(|p| p.chat_id == chat_id && p.owner_id == owner_id && p.owner_type == owner_type)
            .cloned()
            .unwrap_or_default();
        Ok((participant, vec![event]))
    }

    pub(super) fn has_member(&self, chat_id: &str, owner_type: &str, owner_id: &str) -> bool {
        self.participants
            .values()
            .any(|p| p.chat_id == chat_id && p.owner_type == owner_type && p.owner_id == owner_id)
    }

    /// Adds the row, counts it on the chat, and gives its `chatparticipant_added`.
    pub(super) fn add_member(
        &mut self,
        chat_id: &str,
        owner_type: &str,
        owner_id: &str,
        now_ms: i64,
    ) -> TalkEvent {
        let participant = self.insert_participant_typed(chat_id, owner_type, owner_id, now_ms);
        self.participant_event(EventType::ChatparticipantAdded, &participant)
    }

    pub(super) fn insert_participant(&mut self, chat_id: &str, agent_id: &str, now_ms: i64) {
        self.insert_participant_typed(chat_id, "agent", agent_id, now_ms);
    }

    fn insert_participant_typed(
        &mut self,
        chat_id: &str,
        owner_type: &str,
        owner_id: &str,
        now_ms: i64,
    ) -> Participant {
        let participant = Participant {
            id: self.next_id(),
            customer_id: self.customer_id.clone(),
            owner_type: owner_type.to_owned(),
            owner_id: owner_id.to_owned(),
            chat_id: chat_id.to_owned(),
            tm_joined: self.stamp(now_ms),
        };
        self.participants
            .insert(participant.id.clone(), participant.clone());
        if let Some(chat) = self.chats.get_mut(chat_id) {
            chat.member_count += 1;
        }
        participant
    }

    fn participant_event(&self, event_type: EventType, participant: &Participant) -> TalkEvent {
        self.event(
            event_type,
            ResourceKind::Chatparticipant,
            to_wire(participant),
            Some(&participant.owner_id),
            &participant.chat_id,
        )
    }
}

/// chathandler `ChatGet`: CHAT_NOT_FOUND (404).
pub(super) fn chat_not_found() -> TalkError {
    TalkError::not_found("CHAT_NOT_FOUND", "The chat was not found.")
}
