//! SMS: inbound messages from customers land in conversation threads owned by an agent; the
//! agent's replies (simulated, or sent from the app) go out as SMS whose delivery receipts
//! arrive over the next seconds (queued -> sent -> delivered, sometimes failed).

use voipbin_protocol::{
    Address, Conversation, ConversationMessage, ConversationMessageStatus, EventType, Message,
    MessageDirection, MessageTarget, Resource, TargetStatus, NOT_DELETED,
};

use super::ids::uuid_from;
use super::jobs::{Job, MessageStep};
use super::pacer::SMS_EVENTS;
use super::{text, Sim, SimError, CONVERSATIONS_KEPT, CONVERSATION_MESSAGES_KEPT, MESSAGES_KEPT};

/// Longest SMS text accepted (10 parts).
const MAX_SMS_CHARS: usize = 1_600;
/// Most destinations in one send.
const MAX_DESTINATIONS: usize = 10;

impl Sim {
    /// A customer texts in: a new thread of inbound message, conversation and reply.
    pub(super) fn start_sms_thread(&mut self) {
        let life = uuid_from(&mut self.rng);
        let threshold = self.rng.unit() * SMS_EVENTS as f64;
        self.pacer.open(&life, SMS_EVENTS, threshold);
        self.sms_threads += 1;
        self.counters.sms_threads += 1;
        // Half the time a customer who already has a thread writes again.
        let known = if !self.conversations.is_empty() && self.rng.chance(0.5) {
            let n = self.rng.below(self.conversations.len());
            self.conversations
                .values()
                .nth(n)
                .map(|c| (c.reference_id.clone(), c.name.clone()))
        } else {
            None
        };
        let (number, name) = match known {
            Some(peer) => peer,
            None => {
                let mut number = text::caller_number(&mut self.rng);
                let mut name = text::person_name(&mut self.rng);
                self.maybe_known_caller(&mut name, &mut number);
                (number, name)
            }
        };
        let body = text::inbound_sms(&mut self.rng);
        let conversation_id =
            self.within(&life.clone(), |sim| sim.receive_sms(&number, &name, body));
        let rounds = self.rng.below(3) as u32;
        self.plan_reply(&conversation_id, &life, rounds);
    }

    /// After an inbound message: the owning agent replies, unless a person drives that agent
    /// (the app replies then) or the conversation is gone; then the thread is over.
    fn plan_reply(&mut self, conversation_id: &str, life: &str, rounds_left: u32) {
        let owner_is_driven = self
            .conversations
            .get(conversation_id)
            .and_then(|c| self.agents.get(&c.owner_id))
            .is_none_or(|a| a.manual);
        if owner_is_driven {
            self.close_sms_thread(life);
            return;
        }
        let delay = self.rng.between(15_000, 60_000);
        self.schedule(
            delay,
            Job::SmsReply {
                conversation_id: conversation_id.to_owned(),
                life: life.to_owned(),
                rounds_left,
            },
        );
    }

    pub(super) fn close_sms_thread(&mut self, life: &str) {
        if self.pacer.close(life) {
            self.sms_threads = self.sms_threads.saturating_sub(1);
        }
    }

    pub(super) fn sms_auto_reply(&mut self, conversation_id: &str, life: &str, rounds_left: u32) {
        let owner_is_driven = self
            .conversations
            .get(conversation_id)
            .and_then(|c| self.agents.get(&c.owner_id))
            .is_none_or(|a| a.manual);
        if owner_is_driven {
            self.close_sms_thread(life);
            return;
        }
        let body = text::sms_reply(&mut self.rng);
        let more = rounds_left > 0;
        self.reply(conversation_id, body, Vec::new(), Some(life), !more);
        if more {
            let delay = self.rng.between(30_000, 120_000);
            self.schedule(
                delay,
                Job::SmsFollowUp {
                    conversation_id: conversation_id.to_owned(),
                    life: life.to_owned(),
                    rounds_left: rounds_left - 1,
                },
            );
        }
    }

    pub(super) fn sms_follow_up(&mut self, conversation_id: &str, life: &str, rounds_left: u32) {
        let Some((number, name)) = self
            .conversations
            .get(conversation_id)
            .map(|c| (c.reference_id.clone(), c.name.clone()))
        else {
            self.close_sms_thread(life);
            return;
        };
        let body = text::inbound_sms(&mut self.rng);
        let conversation_id = self.receive_sms(&number, &name, body);
        self.plan_reply(&conversation_id, life, rounds_left);
    }

    /// An inbound SMS: message_created, the conversation created or updated, and the
    /// conversation message. Returns the conversation id.
    fn receive_sms(&mut self, number: &str, name: &str, body: &str) -> String {
        let now = self.ts();
        let mut peer = Address::new("tel", number);
        peer.target_name = name.to_owned();
        let ours = Address::new("tel", &text::sms_number());
        let message = Message {
            id: uuid_from(&mut self.rng),
            customer_id: self.customer.id.clone(),
            r#type: "sms".to_owned(),
            source: peer.clone(),
            targets: vec![MessageTarget {
                destination: ours.clone(),
                status: TargetStatus::Received,
                parts: 1,
                tm_update: now.clone(),
            }],
            text: body.to_owned(),
            direction: MessageDirection::Inbound,
            tm_create: now.clone(),
            tm_update: now.clone(),
            tm_delete: NOT_DELETED.to_owned(),
        };
        let message_id = message.id.clone();
        self.store_message(message);
        self.emit_message(&message_id, EventType::MessageCreated);

        let conversation_id = self.conversation_for(&peer, &ours);
        let entry = ConversationMessage {
            id: uuid_from(&mut self.rng),
            customer_id: self.customer.id.clone(),
            conversation_id: conversation_id.clone(),
            direction: MessageDirection::Inbound,
            status: ConversationMessageStatus::Done,
            reference_type: "message".to_owned(),
            reference_id: message_id,
            source: peer,
            destination: ours,
            text: body.to_owned(),
            medias: Vec::new(),
            tm_create: now.clone(),
            tm_update: now,
            tm_delete: NOT_DELETED.to_owned(),
        };
        self.push_conversation_message(entry);
        conversation_id
    }

    /// The customer's thread, created (owned by a random agent) or touched (updated).
    fn conversation_for(&mut self, peer: &Address, ours: &Address) -> String {
        let now = self.ts();
        let existing = self
            .conversation_by_peer
            .get(&peer.target)
            .filter(|id| self.conversations.contains(id))
            .cloned();
        if let Some(id) = existing {
            if let Some(conv) = self.conversations.get_mut(&id) {
                conv.tm_update = now;
            }
            self.emit_conversation(&id, EventType::ConversationUpdated);
            return id;
        }
        let plain: Vec<String> = self
            .agents
            .values()
            .filter(|a| a.number > 0)
            .map(|a| a.agent.id.clone())
            .collect();
        let owner = self.rng.pick(&plain).cloned().unwrap_or_default();
        let conversation = Conversation {
            id: uuid_from(&mut self.rng),
            customer_id: self.customer.id.clone(),
            owner_type: "agent".to_owned(),
            owner_id: owner,
            name: peer.target_name.clone(),
            detail: format!("SMS with {}", peer.target),
            account_id: String::new(),
            reference_type: "message".to_owned(),
            reference_id: peer.target.clone(),
            source: ours.clone(),
            participants: vec![ours.clone(), peer.clone()],
            tm_create: now.clone(),
            tm_update: now,
            tm_delete: NOT_DELETED.to_owned(),
        };
        let id = conversation.id.clone();
        self.conversations.insert(id.clone(), conversation);
        self.conversation_by_peer
            .insert(peer.target.clone(), id.clone());
        self.emit_conversation(&id, EventType::ConversationCreated);
        self.conversation_case_create(&id, peer, ours);
        self.trim_conversations();
        id
    }

    /// An outbound reply in a conversation: the conversation message (progressing, then done)
    /// and the SMS carrying it (receipts follow). `closes` ends the thread's life after the
    /// final receipt.
    pub(super) fn reply(
        &mut self,
        conversation_id: &str,
        body: &str,
        medias: Vec<serde_json::Value>,
        life: Option<&str>,
        closes: bool,
    ) -> Option<ConversationMessage> {
        let conv = self.conversations.get(conversation_id)?;
        let ours = conv.source.clone();
        let peer = conv
            .participants
            .iter()
            .find(|p| p.target != ours.target)
            .cloned()
            .unwrap_or_else(|| Address::new("tel", &conv.reference_id));
        let message_id = self.send_sms(ours.clone(), vec![peer.clone()], body, life, closes);
        let now = self.ts();
        let entry = ConversationMessage {
            id: uuid_from(&mut self.rng),
            customer_id: self.customer.id.clone(),
            conversation_id: conversation_id.to_owned(),
            direction: MessageDirection::Outbound,
            status: ConversationMessageStatus::Progressing,
            reference_type: "message".to_owned(),
            reference_id: message_id,
            source: ours,
            destination: peer,
            text: body.to_owned(),
            medias,
            tm_create: now.clone(),
            tm_update: now,
            tm_delete: NOT_DELETED.to_owned(),
        };
        let id = entry.id.clone();
        self.push_conversation_message(entry.clone());
        let delay = self.rng.between(800, 2_500);
        self.schedule(
            delay,
            Job::ConversationMessageDone {
                conversation_id: conversation_id.to_owned(),
                message_id: id,
                life: life.map(str::to_owned),
            },
        );
        Some(entry)
    }

    /// An outbound SMS (targets queued); receipts are scheduled. Returns its id.
    pub(super) fn send_sms(
        &mut self,
        source: Address,
        destinations: Vec<Address>,
        body: &str,
        life: Option<&str>,
        closes: bool,
    ) -> String {
        let now = self.ts();
        let parts = body.chars().count().div_ceil(160).max(1) as i64;
        let message = Message {
            id: uuid_from(&mut self.rng),
            customer_id: self.customer.id.clone(),
            r#type: "sms".to_owned(),
            source,
            targets: destinations
                .into_iter()
                .map(|destination| MessageTarget {
                    destination,
                    status: TargetStatus::Queued,
                    parts,
                    tm_update: now.clone(),
                })
                .collect(),
            text: body.to_owned(),
            direction: MessageDirection::Outbound,
            tm_create: now.clone(),
            tm_update: now,
            tm_delete: NOT_DELETED.to_owned(),
        };
        let id = message.id.clone();
        self.store_message(message);
        self.emit_message(&id, EventType::MessageCreated);
        let delay = self.rng.between(500, 2_000);
        self.schedule(
            delay,
            Job::Message {
                id: id.clone(),
                life: life.map(str::to_owned),
                step: MessageStep::Sent,
                closes,
            },
        );
        id
    }

    /// Delivery receipts: queued -> sent, then sent -> delivered (or failed, 5%).
    pub(super) fn message_receipt(&mut self, message_id: &str, step: MessageStep) -> bool {
        let now = self.ts();
        let fail: Vec<bool> = match self.messages.get(message_id) {
            Some(m) => (0..m.targets.len())
                .map(|_| self.rng.chance(0.05))
                .collect(),
            None => return false,
        };
        let Some(message) = self.messages.get_mut(message_id) else {
            return false;
        };
        for (target, failed) in message.targets.iter_mut().zip(fail) {
            let next = match (step, &target.status) {
                (MessageStep::Sent, TargetStatus::Queued) => TargetStatus::Sent,
                (MessageStep::Final, TargetStatus::Sent) if failed => TargetStatus::Failed,
                (MessageStep::Final, TargetStatus::Sent) => TargetStatus::Delivered,
                _ => continue,
            };
            target.status = next;
            target.tm_update = now.clone();
        }
        message.tm_update = now;
        self.emit_message(message_id, EventType::MessageUpdated);
        true
    }

    pub(super) fn conversation_message_done(&mut self, conversation_id: &str, message_id: &str) {
        let failed = self.rng.chance(0.02);
        let now = self.ts();
        let Some(list) = self.conversation_messages.get_mut(conversation_id) else {
            return;
        };
        let Some(entry) = list.iter_mut().rev().find(|m| m.id == message_id) else {
            return;
        };
        if entry.status != ConversationMessageStatus::Progressing {
            return;
        }
        entry.status = if failed {
            ConversationMessageStatus::Failed
        } else {
            ConversationMessageStatus::Done
        };
        entry.tm_update = now;
        let resource = Resource::ConversationMessage(entry.clone());
        self.emit(EventType::ConversationMessageUpdated, resource);
    }

    fn push_conversation_message(&mut self, entry: ConversationMessage) {
        let resource = Resource::ConversationMessage(entry.clone());
        let list = self
            .conversation_messages
            .entry(entry.conversation_id.clone())
            .or_default();
        list.push_back(entry);
        if list.len() > CONVERSATION_MESSAGES_KEPT {
            list.pop_front();
        }
        self.emit(EventType::ConversationMessageCreated, resource);
    }

    fn store_message(&mut self, message: Message) {
        self.messages.insert(message.id.clone(), message);
        while self.messages.len() > MESSAGES_KEPT {
            let Some(oldest) = self.messages.first_id().cloned() else {
                break;
            };
            self.messages.remove(&oldest);
        }
    }

    fn trim_conversations(&mut self) {
        while self.conversations.len() > CONVERSATIONS_KEPT {
            let Some(oldest) = self.conversations.first_id().cloned() else {
                break;
            };
            if let Some(conv) = self.conversations.remove(&oldest) {
                if self.conversation_by_peer.get(&conv.reference_id) == Some(&oldest) {
                    self.conversation_by_peer.remove(&conv.reference_id);
                }
            }
            self.conversation_messages.remove(&oldest);
        }
    }

    /// Validates and sends an SMS from the app.
    pub(super) fn app_send_message(
        &mut self,
        source: Address,
        destinations: Vec<Address>,
        body: &str,
    ) -> Result<String, SimError> {
        check_tel("source", &source)?;
        if destinations.is_empty() || destinations.len() > MAX_DESTINATIONS {
            return Err(SimError::BadRequest(format!(
                "destinations must hold 1 to {MAX_DESTINATIONS} addresses"
            )));
        }
        for d in &destinations {
            check_tel("destination", d)?;
        }
        check_text(body)?;
        Ok(self.send_sms(source, destinations, body, None, false))
    }
}

fn check_tel(what: &str, address: &Address) -> Result<(), SimError> {
    let digits = address.target.strip_prefix('+').unwrap_or("");
    let ok = address.r#type == "tel"
        && (8..=15).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit());
    if ok {
        Ok(())
    } else {
        Err(SimError::BadRequest(format!(
            "{what} must be a tel address with an E.164 number, got {:?} {:?}",
            address.r#type, address.target
        )))
    }
}

pub(super) fn check_text(body: &str) -> Result<(), SimError> {
    if body.trim().is_empty() {
        return Err(SimError::BadRequest("text is empty".to_owned()));
    }
    if body.chars().count() > MAX_SMS_CHARS {
        return Err(SimError::BadRequest(format!(
            "text is longer than {MAX_SMS_CHARS} characters"
        )));
    }
    Ok(())
}
