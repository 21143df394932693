//! Team talk as bin-talk-manager keeps it for one customer: chats (direct, group, public
//! `talk` channels), their participants, messages with threads and reactions, and the agents'
//! uploaded files (bin-storage-manager). Pure and deterministic like crate::crm: times come in
//! as Unix milliseconds, ids from a seed. The permission checks bin-api-manager makes before
//! calling talk-manager (pkg/servicehandler/serviceagent_talk.go) live here too, beside the
//! rules talk-manager itself enforces, so every route is one call. Each change returns the
//! events deployed VoIPBIN publishes for it, with the chat's participants to fan out to.

mod chats;
mod files;
mod messages;
mod participants;
pub mod topics;
mod wire;

#[cfg(test)]
mod tests;

use std::collections::BTreeMap;

use serde_json::Value;
use voipbin_protocol::talk::{Chat, ChatMessage, ChatType, Participant};
use voipbin_protocol::{format_timestamp_ms, EventType, ResourceKind};

use crate::rng::{uuid_from, Rng};

pub use crate::crm::{CrmError as TalkError, CrmResult as TalkResult};
pub use files::{NewFile, StoredFile};
pub use messages::NewMessage;
pub use wire::to_wire as wire_json;

/// Public channels every customer starts with: (name, detail, everyone a member). "Random"
/// starts with the simulated teammates only, so a person has one to browse and join. The desk
/// creates "Help" itself when missing.
pub const SEEDED_CHANNELS: &[(&str, &str, bool)] = &[
    ("General", "Everyone on the team", true),
    ("Random", "Anything else", false),
];

/// One event to publish: the resource as the webhook sends it, its owner (messages and
/// participants embed commonidentity.Owner; chats have none) and every participant of the
/// chat when it was published (bin-api-manager/pkg/subscribehandler/webhookmanager.go
/// `createTopics` asks talk-manager for them).
#[derive(Clone, Debug, PartialEq)]
pub struct TalkEvent {
    pub event_type: EventType,
    pub kind: ResourceKind,
    pub data: Value,
    pub owner: Option<String>,
    pub chat_id: String,
    pub audience: Vec<String>,
}

pub struct Talk {
    customer_id: String,
    /// Ids from a stream of their own, so talk never shifts the simulation's traffic.
    ids: Rng,
    chats: BTreeMap<String, Chat>,
    participants: BTreeMap<String, Participant>,
    messages: BTreeMap<String, ChatMessage>,
    files: BTreeMap<String, StoredFile>,
    /// Latest time handed out: each change gets a later one, so creation order is list order.
    last_ms: i64,
}

impl Talk {
    pub fn new(customer_id: &str, seed: u64) -> Talk {
        Talk {
            customer_id: customer_id.to_owned(),
            ids: Rng::derived(seed, "talk-ids"),
            chats: BTreeMap::new(),
            participants: BTreeMap::new(),
            messages: BTreeMap::new(),
            files: BTreeMap::new(),
            last_ms: 0,
        }
    }

    /// The seeded public channels with `everyone` or only `teammates` in them (no events:
    /// they predate the run).
    pub fn seed_channels(&mut self, everyone: &[String], teammates: &[String], now_ms: i64) {
        for (name, detail, all) in SEEDED_CHANNELS {
            let members = if *all { everyone } else { teammates };
            let time = self.stamp(now_ms);
            let chat = Chat {
                id: self.next_id(),
                customer_id: self.customer_id.clone(),
                r#type: ChatType::Talk,
                name: (*name).to_owned(),
                detail: (*detail).to_owned(),
                tm_create: time.clone(),
                tm_update: time,
                ..Chat::default()
            };
            let chat_id = chat.id.clone();
            self.chats.insert(chat_id.clone(), chat);
            for member in members {
                self.insert_participant(&chat_id, member, now_ms);
            }
        }
    }

    pub fn customer_id(&self) -> &str {
        &self.customer_id
    }

    fn next_id(&mut self) -> String {
        uuid_from(&mut self.ids)
    }

    /// A time later than every earlier one (1 ms apart at least).
    fn stamp(&mut self, now_ms: i64) -> String {
        self.last_ms = now_ms.max(self.last_ms + 1);
        format_timestamp_ms(self.last_ms)
    }

    /// Agent ids of the chat's participants.
    pub fn member_ids(&self, chat_id: &str) -> Vec<String> {
        self.participants
            .values()
            .filter(|p| p.chat_id == chat_id && p.owner_type == "agent")
            .map(|p| p.owner_id.clone())
            .collect()
    }

    /// serviceagent_talk.go `isParticipantOfTalk`.
    fn is_participant(&self, agent_id: &str, chat_id: &str) -> bool {
        self.participants
            .values()
            .any(|p| p.chat_id == chat_id && p.owner_type == "agent" && p.owner_id == agent_id)
    }

    /// serviceagent_talk.go `canAccessChat`: a public channel of the customer, or a chat the
    /// agent takes part in. An unknown chat is refused the same way (403, not 404).
    fn can_access(&self, agent_id: &str, chat_id: &str) -> bool {
        match self.chats.get(chat_id) {
            Some(chat) if chat.is_public() && chat.customer_id == self.customer_id => true,
            Some(_) => self.is_participant(agent_id, chat_id),
            None => false,
        }
    }

    fn event(
        &self,
        event_type: EventType,
        kind: ResourceKind,
        data: Value,
        owner: Option<&str>,
        chat_id: &str,
    ) -> TalkEvent {
        TalkEvent {
            event_type,
            kind,
            data,
            owner: owner.map(str::to_owned),
            chat_id: chat_id.to_owned(),
            audience: self.member_ids(chat_id),
        }
    }
}

fn permission_denied() -> TalkError {
    TalkError::forbidden("You do not have permission to access this resource.")
}

/// talk-manager's own refusals come back through the RPC as 400 INVALID_ARGUMENT
/// (bin-api-manager/server/error_translate.go, requesthandler.ErrBadRequest).
fn invalid(message: &str) -> TalkError {
    TalkError::invalid("INVALID_ARGUMENT", message)
}
