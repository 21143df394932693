//! The simulation's private bookkeeping next to each public resource: what stage a customer
//! call is in, which agent holds it, which queues an agent serves. Resources themselves are the
//! protocol structs, kept ready to publish.

use std::collections::VecDeque;

use voipbin_protocol::{Agent, Conference, Queue};

pub struct AgentEntry {
    pub agent: Agent,
    /// 1-based position among the plain agents (0 for admin/manager).
    pub number: usize,
    /// Queues this agent takes calls from (its tag_ids).
    pub queue_ids: Vec<String>,
    /// A person drives this agent: it signed in to a desk or its status was set over REST. The
    /// simulation then never sends it on breaks or sets its status.
    pub manual: bool,
    /// A phone of this agent has registered: its desk is its phone.
    pub phone_seen: bool,
    /// The customer call (session id) this agent is ringing for or talking on.
    pub on_call: Option<String>,
    /// A break fell due while the agent was on a call: it starts after the call's wrap-up.
    pub break_due: bool,
}

pub struct QueueEntry {
    pub queue: Queue,
    /// Position in creation order; picks the dialogue family (Sales, Support, ...).
    pub index: usize,
    pub number: String,
    pub flow_id: String,
    /// Agents serving this queue, in a fixed order.
    pub agent_ids: Vec<String>,
    /// Sessions waiting to be routed, oldest first. Entries are pruned lazily: anything no
    /// longer in the Waiting stage is skipped when met.
    pub routable: VecDeque<String>,
    /// Share of arriving calls.
    pub weight: f64,
    pub today: QueueDay,
}

/// Per-queue counts since the start of the current (simulated, UTC) day.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct QueueDay {
    pub incoming: u64,
    pub serviced: u64,
    pub abandoned: u64,
}

/// Where a customer call is in its life.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Stage {
    /// Created, the flow has not answered yet.
    Ringing,
    /// Answered by the flow: greeting plays, then the call joins its queue.
    Greeting,
    /// In the queue's wait list, routable.
    Waiting,
    /// Still in the wait list; the agents' legs are ringing (one agent from a queue, or every
    /// agent of a placed ring-all call).
    Connecting { rung: Vec<Rung> },
    /// In the queue's service list, talking to the agent.
    Service { agent_id: String },
    /// Left the queue by a transfer: talking to another agent (`Some`) or an outside number
    /// (`None`). `answered` is false while the new leg rings.
    Handoff {
        agent_id: Option<String>,
        answered: bool,
    },
    /// Left the queue without service (kicked, wait timeout): the flow says goodbye.
    Exiting,
}

/// An agent rung for a call. VoIPBIN dials each agent of a group call on a leg of its own
/// (bin-call-manager/pkg/groupcallhandler/start.go `startRingall`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rung {
    pub agent_id: String,
    /// The agent's ringing leg; `None` once it ended unanswered, or when the agent had no
    /// phone to ring (it still counts as rung: it goes busy when another agent answers).
    pub leg_id: Option<String>,
}

/// An attended transfer in progress: the consult leg and who it rings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Consult {
    pub leg_id: String,
    pub agent_id: Option<String>,
    pub answered: bool,
}

/// One customer call and everything attached to it. Keyed by the customer call's id.
pub struct Session {
    pub call_id: String,
    pub queue_id: String,
    pub activeflow_id: String,
    pub queuecall_id: Option<String>,
    /// The leg bridged to whoever serves the caller (agent or transferee).
    pub leg_id: Option<String>,
    pub consult: Option<Consult>,
    pub transcribe_id: Option<String>,
    pub caller_name: String,
    pub caller_number: String,
    pub script: usize,
    pub line: usize,
    pub small_talk: usize,
    pub held: bool,
    pub stage: Stage,
    /// Bumped on every stage change; a job carries the generation it was made for and is
    /// ignored when the session moved on (no cancellation bookkeeping needed).
    pub gen: u32,
    /// Routing order: lower joined the queue earlier.
    pub join_seq: u64,
    pub give_up_at: i64,
    pub timeout_at: i64,
    /// Every call id this session created (for dropping history later).
    pub call_ids: Vec<String>,
}

impl Session {
    /// The agent currently serving this session, or the first one rung for it (not a consult
    /// target).
    pub fn agent_id(&self) -> Option<&str> {
        match &self.stage {
            Stage::Connecting { rung } => rung.first().map(|r| r.agent_id.as_str()),
            Stage::Service { agent_id } => Some(agent_id),
            Stage::Handoff {
                agent_id: Some(agent_id),
                ..
            } => Some(agent_id),
            _ => None,
        }
    }
}

pub enum ConferencePhase {
    Starting,
    Joining { left: usize },
    Talking,
    Leaving,
    Terminating,
    Done,
}

pub struct ConferenceEntry {
    pub conference: Conference,
    pub phase: ConferencePhase,
}

/// What is left of an ended call, to drop its resources once it falls out of history.
pub struct Ended {
    pub call_ids: Vec<String>,
    pub queuecall_id: Option<String>,
    pub activeflow_id: String,
    pub transcribe_id: Option<String>,
}
