//! Producing events: every published event goes through [`Sim::emit`], which stamps the
//! customer and owner, charges the pacer and appends to the outbox. The `emit_*` helpers clone
//! only the one resource that changed.

use voipbin_protocol::{format_timestamp_ms, EventType, Resource};

use super::{Published, Sim};

impl Sim {
    /// The event time as VoIPBIN formats it (cached: many events share a millisecond).
    pub(super) fn ts(&mut self) -> String {
        if self.ts_cache.0 != self.clock_ms || self.ts_cache.1.is_empty() {
            self.ts_cache = (self.clock_ms, format_timestamp_ms(self.clock_ms));
        }
        self.ts_cache.1.clone()
    }

    pub(super) fn emit(&mut self, event_type: EventType, resource: Resource) {
        let agent_id = owner_agent(&resource);
        self.pacer.spend(self.life.as_deref());
        self.counters.events += 1;
        self.out.push(Published {
            event_type,
            resource,
            customer_id: self.customer.id.clone(),
            agent_id,
            audience: Vec::new(),
        });
    }

    pub(super) fn emit_call(&mut self, call_id: &str, event_type: EventType) {
        if let Some(call) = self.calls.get(call_id) {
            let resource = Resource::Call(call.clone());
            self.emit(event_type, resource);
        }
    }

    pub(super) fn emit_agent(&mut self, agent_id: &str, event_type: EventType) {
        if let Some(entry) = self.agents.get(agent_id) {
            let resource = Resource::Agent(entry.agent.clone());
            self.emit(event_type, resource);
        }
    }

    pub(super) fn emit_queue(&mut self, queue_id: &str) {
        if let Some(entry) = self.queues.get(queue_id) {
            let resource = Resource::Queue(entry.queue.clone());
            self.emit(EventType::QueueUpdated, resource);
        }
    }

    pub(super) fn emit_queuecall(&mut self, queuecall_id: &str, event_type: EventType) {
        if let Some(qc) = self.queuecalls.get(queuecall_id) {
            let resource = Resource::Queuecall(qc.clone());
            self.emit(event_type, resource);
        }
    }

    pub(super) fn emit_activeflow(&mut self, activeflow_id: &str, event_type: EventType) {
        if let Some(af) = self.activeflows.get(activeflow_id) {
            let resource = Resource::Activeflow(af.clone());
            self.emit(event_type, resource);
        }
    }

    pub(super) fn emit_recording(&mut self, recording_id: &str, event_type: EventType) {
        if let Some(rec) = self.recordings.get(recording_id) {
            let resource = Resource::Recording(rec.clone());
            self.emit(event_type, resource);
        }
    }

    pub(super) fn emit_transcribe(&mut self, transcribe_id: &str, event_type: EventType) {
        if let Some(tr) = self.transcribes.get(transcribe_id) {
            let resource = Resource::Transcribe(tr.clone());
            self.emit(event_type, resource);
        }
    }

    pub(super) fn emit_message(&mut self, message_id: &str, event_type: EventType) {
        if let Some(msg) = self.messages.get(message_id) {
            let resource = Resource::Message(msg.clone());
            self.emit(event_type, resource);
        }
    }

    pub(super) fn emit_conversation(&mut self, conversation_id: &str, event_type: EventType) {
        if let Some(conv) = self.conversations.get(conversation_id) {
            let resource = Resource::Conversation(conv.clone());
            self.emit(event_type, resource);
        }
    }

    pub(super) fn emit_conference(&mut self, conference_id: &str, event_type: EventType) {
        if let Some(entry) = self.conferences.get(conference_id) {
            let resource = Resource::Conference(entry.conference.clone());
            self.emit(event_type, resource);
        }
    }

    /// Runs `f` with its events attributed to `life` (a session, SMS thread or conference).
    pub(super) fn within<R>(&mut self, life: &str, f: impl FnOnce(&mut Sim) -> R) -> R {
        let outer = self.life.replace(life.to_owned());
        let result = f(self);
        self.life = outer;
        result
    }
}

/// The agent named as owner in the payload (calls and conversations carry `owner_type`).
fn owner_agent(resource: &Resource) -> Option<String> {
    let (owner_type, owner_id) = match resource {
        Resource::Call(c) => (&c.owner_type, &c.owner_id),
        Resource::Conversation(c) => (&c.owner_type, &c.owner_id),
        _ => return None,
    };
    (owner_type == "agent" && !owner_id.is_empty()).then(|| owner_id.clone())
}
