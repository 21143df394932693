//! Read access for the REST layer: current resources in creation order.

use voipbin_protocol::{
    Activeflow, Agent, Call, Conference, Conversation, ConversationMessage, Customer, Message,
    Queue, Queuecall, Recording, Transcribe, Transcript,
};

use super::{Account, Scale, Sim};

impl Sim {
    pub fn customer_id(&self) -> &str {
        &self.customer.id
    }

    pub fn customer(&self) -> &Customer {
        &self.customer
    }

    /// admin@demo, manager@demo, agent1@demo ...; each is also an agent with the same id.
    pub fn accounts(&self) -> &[Account] {
        &self.accounts
    }

    pub fn scale(&self) -> Scale {
        self.scale
    }

    pub fn seed(&self) -> u64 {
        self.seed
    }

    /// The simulation's clock: the time of the last tick.
    pub fn now_ms(&self) -> i64 {
        self.now_ms
    }

    /// Live calls and recently ended ones (bounded history).
    pub fn calls(&self) -> Vec<&Call> {
        self.calls.values().collect()
    }

    pub fn call(&self, id: &str) -> Option<&Call> {
        self.calls.get(id)
    }

    /// The calls one conversation's audio spans, given any of them: a queue call's customer
    /// call and the leg bridged to whoever serves it; otherwise just `call_id`.
    pub fn conversation_calls(&self, call_id: &str) -> Vec<String> {
        let session = self
            .session_of_call(call_id)
            .ok()
            .and_then(|id| self.sessions.get(&id));
        let mut ids = vec![call_id.to_owned()];
        if let Some(session) = session {
            ids.extend(std::iter::once(session.call_id.clone()).chain(session.leg_id.clone()));
            ids.dedup();
            ids.sort();
            ids.dedup();
        }
        ids
    }

    pub fn queuecalls(&self) -> Vec<&Queuecall> {
        self.queuecalls.values().collect()
    }

    pub fn queuecall(&self, id: &str) -> Option<&Queuecall> {
        self.queuecalls.get(id)
    }

    pub fn queues(&self) -> Vec<&Queue> {
        self.queues.values().map(|q| &q.queue).collect()
    }

    pub fn queue(&self, id: &str) -> Option<&Queue> {
        self.queues.get(id).map(|q| &q.queue)
    }

    pub fn agents(&self) -> Vec<&Agent> {
        self.agents.values().map(|a| &a.agent).collect()
    }

    pub fn agent(&self, id: &str) -> Option<&Agent> {
        self.agents.get(id).map(|a| &a.agent)
    }

    pub fn messages(&self) -> Vec<&Message> {
        self.messages.values().collect()
    }

    pub fn message(&self, id: &str) -> Option<&Message> {
        self.messages.get(id)
    }

    pub fn conversations(&self) -> Vec<&Conversation> {
        self.conversations.values().collect()
    }

    pub fn conversation(&self, id: &str) -> Option<&Conversation> {
        self.conversations.get(id)
    }

    /// Oldest first (the most recent 100 of the conversation).
    pub fn conversation_messages(&self, conversation_id: &str) -> Vec<&ConversationMessage> {
        self.conversation_messages
            .get(conversation_id)
            .map(|list| list.iter().collect())
            .unwrap_or_default()
    }

    pub fn recordings(&self) -> Vec<&Recording> {
        self.recordings.values().collect()
    }

    pub fn recording(&self, id: &str) -> Option<&Recording> {
        self.recordings.get(id)
    }

    pub fn transcribes(&self) -> Vec<&Transcribe> {
        self.transcribes.values().collect()
    }

    pub fn transcribe(&self, id: &str) -> Option<&Transcribe> {
        self.transcribes.get(id)
    }

    /// Oldest first (the most recent 100 lines).
    pub fn transcripts(&self, transcribe_id: &str) -> Vec<&Transcript> {
        self.transcripts
            .get(transcribe_id)
            .map(|list| list.iter().collect())
            .unwrap_or_default()
    }

    pub fn activeflows(&self) -> Vec<&Activeflow> {
        self.activeflows.values().collect()
    }

    pub fn activeflow(&self, id: &str) -> Option<&Activeflow> {
        self.activeflows.get(id)
    }

    pub fn conferences(&self) -> Vec<&Conference> {
        self.conferences.values().map(|c| &c.conference).collect()
    }

    pub fn conference(&self, id: &str) -> Option<&Conference> {
        self.conferences.get(id).map(|c| &c.conference)
    }

    /// Transfers made through [`Sim::transfer`] (most recent 200).
    pub fn transfers(&self) -> Vec<&serde_json::Value> {
        self.transfers.values().collect()
    }

    /// Calls owned by an agent (what `GET /v1.0/service_agents/calls` lists).
    pub fn agent_calls(&self, agent_id: &str) -> Vec<&Call> {
        self.calls
            .values()
            .filter(|c| c.owner_type == "agent" && c.owner_id == agent_id)
            .collect()
    }

    /// Conversations owned by an agent (`GET /v1.0/service_agents/conversations`).
    pub fn agent_conversations(&self, agent_id: &str) -> Vec<&Conversation> {
        self.conversations
            .values()
            .filter(|c| c.owner_type == "agent" && c.owner_id == agent_id)
            .collect()
    }
}
