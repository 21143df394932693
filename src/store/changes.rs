//! Which parts of the store an update touched, so only the views that read them re-render.

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Changes {
    pub calls: bool,
    pub queuecalls: bool,
    pub queues: bool,
    pub agents: bool,
    pub conversations: bool,
    pub sms: bool,
    pub recordings: bool,
    pub transcripts: bool,
    pub activeflows: bool,
    pub conferences: bool,
    pub customer: bool,
    pub talk: bool,
}

impl Changes {
    pub fn is_empty(&self) -> bool {
        *self == Changes::default()
    }

    pub fn merge(&mut self, other: Changes) {
        self.calls |= other.calls;
        self.queuecalls |= other.queuecalls;
        self.queues |= other.queues;
        self.agents |= other.agents;
        self.conversations |= other.conversations;
        self.sms |= other.sms;
        self.recordings |= other.recordings;
        self.transcripts |= other.transcripts;
        self.activeflows |= other.activeflows;
        self.conferences |= other.conferences;
        self.customer |= other.customer;
        self.talk |= other.talk;
    }
}
