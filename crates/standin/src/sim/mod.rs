//! The simulated contact center: one customer, its agents and queues, and generated traffic
//! (calls through queues to agents, SMS conversations, conferences) at a target event rate.
//!
//! Pure and deterministic: time comes in as milliseconds, randomness from a seeded PRNG, so
//! the same seed and the same tick times replay the same events. The server core drives it
//! with [`Sim::tick`] and calls the action methods for REST requests; see
//! notes/standin-contract.md for the seam.

mod actions;
mod agents;
mod calls;
mod conferences;
mod config;
mod emit;
mod filler;
mod history;
mod ids;
mod jobs;
mod messages;
mod pacer;
mod publish;
mod rng;
mod routing;
mod scenario;
mod schedule;
mod service;
mod snapshot;
mod state;
mod stats;
mod table;
mod text;
mod transfer;
mod world;

#[cfg(test)]
mod tests;

use std::collections::{HashMap, VecDeque};

use voipbin_protocol::{
    Activeflow, Call, Conversation, ConversationMessage, Customer, Message, Queuecall, Recording,
    Transcribe, Transcript,
};

pub use actions::CustomerUpdate;
pub use config::{Scale, SimConfig, MAX_RATE};
pub use publish::{Published, SimError};
pub use stats::{QueueStats, SimStats};
pub use world::Account;

use jobs::Job;
use pacer::Pacer;
use rng::Rng;
use schedule::Schedule;
use state::{AgentEntry, ConferenceEntry, Ended, QueueEntry, Session};
use table::{PickSet, Table};

/// Ended calls kept (with their queuecall, flow, recordings, transcripts) before dropping.
const ENDED_CALLS_KEPT: usize = 2_000;
/// SMS messages kept.
const MESSAGES_KEPT: usize = 2_000;
/// Conversations kept (with their messages).
const CONVERSATIONS_KEPT: usize = 200;
/// Messages kept per conversation.
const CONVERSATION_MESSAGES_KEPT: usize = 100;
/// Transcript lines kept per transcribe.
const TRANSCRIPTS_KEPT: usize = 100;
/// Ended conferences kept.
const CONFERENCES_KEPT: usize = 50;
/// Transfers kept (the REST layer may list them).
const TRANSFERS_KEPT: usize = 200;

pub struct Sim {
    seed: u64,
    scale: Scale,
    rng: Rng,
    /// Time of the last tick.
    now_ms: i64,
    /// Time stamped on the events being produced (a job's due time, or an action's time).
    clock_ms: i64,
    ts_cache: (i64, String),

    customer: Customer,
    accounts: Vec<Account>,
    agents: Table<AgentEntry>,
    queues: Table<QueueEntry>,
    calls: Table<Call>,
    sessions: HashMap<String, Session>,
    /// Leg call id -> session id (agent legs, transfer legs, consult legs).
    legs: HashMap<String, String>,
    queuecalls: Table<Queuecall>,
    activeflows: Table<Activeflow>,
    recordings: Table<Recording>,
    transcribes: Table<Transcribe>,
    transcripts: HashMap<String, VecDeque<Transcript>>,
    messages: Table<Message>,
    conversations: Table<Conversation>,
    conversation_messages: HashMap<String, VecDeque<ConversationMessage>>,
    /// Customer phone number -> conversation id.
    conversation_by_peer: HashMap<String, String>,
    conferences: Table<ConferenceEntry>,
    transfers: Table<serde_json::Value>,

    jobs: Schedule<Job>,
    pacer: Pacer,
    /// The piece of work the events being produced belong to (see pacer.rs).
    life: Option<String>,
    out: Vec<Published>,

    /// Sessions talking with a transcript running (progress events go there under load).
    talking: PickSet,
    /// Sessions waiting in a queue (flow progress events under load).
    waiting: PickSet,
    route_dirty: bool,
    ended: VecDeque<Ended>,
    join_seq: u64,
    sms_threads: usize,
    live_conferences: usize,
    counters: stats::Counters,
}
