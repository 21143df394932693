//! The simulated contact center: one customer, its agents and queues, and generated traffic
//! (calls through queues to agents, SMS conversations, conferences) at a target event rate.
//!
//! Pure and deterministic: time comes in as milliseconds, randomness from a seeded PRNG, so
//! the same seed and the same tick times replay the same events. The server core drives it
//! with [`Sim::tick`] and calls the action methods for REST requests; see
//! notes/standin-contract.md for the seam.
//!
//! The scenario (one customer, admin@demo, manager@demo, agent1..N@demo):
//! - A call rings a queue's number (call_created), the flow answers (call_progressing,
//!   activeflow_created), greets (activeflow_updated "talk") and joins the queue
//!   ("queue_join": queuecall_created, queuecall_waiting, queue_updated).
//! - Waiting calls go to an available agent serving the queue (random among them): queuecall
//!   connecting, a leg call rings the agent's extension, the agent is ringing, then answers
//!   (busy, queuecall_serviced, queue_updated, recording_started, transcribe_created, the
//!   customer call now owned by the agent) and the dialogue runs as transcript_created lines.
//!   At its end one side hangs up (terminating, hangup normal; recording_finished,
//!   transcribe_done, queuecall_done, agent available).
//! - Callers who wait too long hang up (hangup cancel, queuecall_abandoned); past the queue's
//!   wait_timeout the call leaves the queue, hears a message and ends.
//! - SMS threads: inbound message, conversation created/updated (owned by an agent),
//!   conversation message; the agent replies (outbound SMS with receipts) unless the app
//!   drives that agent. Conferences start, fill up, empty and terminate.
//! - Agents nobody drives take breaks (away/offline and back); a break that falls due during a
//!   call starts when the call ends, so the mix of statuses holds however busy the floor is.
//! - Load: new work starts as the event budget allows (pacer.rs); when the concurrency bound
//!   is reached, the remaining rate goes to progress events on the calls already there
//!   (filler.rs). Ended calls are kept (last 2,000) for listing, then dropped.
//! - CRM: a share of callers are seeded contacts; the flow runs `case_create` for a share of
//!   calls and new SMS conversations (crm_flow.rs), idle cases time out.
//! - A floor that starts empty takes a call's lifetime or more to reach its steady size and
//!   rate; [`Sim::warmed`] (warm.rs) runs it up to then before the first event is served.

mod actions;
mod agents;
mod calls;
mod conferences;
mod config;
mod crm_flow;
mod crm_seed;
mod crm_timeline;
mod emit;
mod extensions;
mod filler;
mod history;
mod ids;
mod jobs;
mod messages;
mod pacer;
mod phone;
mod phone_dial;
mod placed;
mod publish;
mod ring;
use crate::rng;
mod routing;
mod scenario;
mod schedule;
mod service;
mod snapshot;
mod state;
mod stats;
mod table;
mod team_talk;
mod text;
mod transfer;
mod warm;
mod world;

#[cfg(test)]
mod tests;

use std::collections::{HashMap, VecDeque};

use voipbin_protocol::{
    Activeflow, Call, Conversation, ConversationMessage, Customer, Message, Queuecall, Recording,
    Transcribe, Transcript,
};

pub use actions::CustomerUpdate;
pub use config::{QueueTotals, Scale, SimConfig, DEFAULT_CASE_SHARE, MAX_RATE};
pub use phone::PhoneCommand;
pub use placed::{PlaceRequest, PlacedCall};
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
    extensions: extensions::ExtensionBook,
    placed: placed::PlacedCallers,
    /// Contacts, cases and tags (crate::crm); cases come from the flow's `case_create`.
    crm: crate::crm::Crm,
    crm_flow: crm_flow::CrmFlow,
    /// Team talk (crate::talk) and the simulated teammates who use it (team_talk.rs).
    talk: crate::talk::Talk,
    team_talk: team_talk::TeamTalk,
    queue_totals: QueueTotals,

    /// Registered phones and the phone work waiting for the SIP layer.
    phones: phone::Phones,

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
