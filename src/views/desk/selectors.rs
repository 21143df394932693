//! What the desk shows, computed from the store: pure functions of `&Store` (and the time,
//! passed in), tested natively. Views only render what these return.
//!
//! How VoIPBIN (and the stand-in) tell an agent about its calls, which shapes the rules below:
//! - a queued caller is a `Queuecall` (status `waiting`), visible only on `customer_id` topics
//!   (supervisors); deployed payloads carry no queue id, so the queue is found through the
//!   queue's wait list;
//! - when the queue routes the caller to an agent, VoIPBIN dials a leg call to the agent's
//!   address: `owner_type` agent, `owner_id` the agent, `master_call_id` the caller's call. That
//!   leg is what a plain agent sees ringing (it reaches `agent_id` topics through its owner);
//! - once answered, the caller's call is re-owned by the agent and chained to the leg;
//! - transcripts hang off a transcribe whose `reference_id` is the caller's call id.

use crate::format::same_number;
use crate::msg;
use crate::store::Store;
use std::collections::{HashMap, HashSet};
use voipbin_protocol::{
    Address, Agent, AgentStatus, Call, CallStatus, Conversation, ConversationMessage,
    ConversationMessageStatus, Direction, Message, MessageDirection, Queuecall, Recording,
    TargetStatus, Transcribe, Transcript, TranscriptDirection,
};

/// How long an ended call stays on the desk for wrap-up (notes, recording, transcript).
pub const WRAP_UP_MS: i64 = 120_000;

/// VoIPBIN time as ms since the epoch; `None` for unset, unreadable or the "not yet" marker.
pub fn tm(s: &str) -> Option<i64> {
    if s.starts_with("9999-") {
        return None;
    }
    voipbin_protocol::parse_timestamp_ms(s)
}

/// Who the desk belongs to, as far as the selectors care.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Me {
    pub id: String,
    pub addresses: Vec<Address>,
    pub tag_ids: Vec<String>,
    pub supervisor: bool,
}

impl Me {
    pub fn from_agent(agent: &Agent, supervisor: bool) -> Me {
        Me {
            id: agent.id.clone(),
            addresses: agent.addresses.clone(),
            tag_ids: agent.tag_ids.clone(),
            supervisor,
        }
    }

    fn owns(&self, call: &Call) -> bool {
        !self.id.is_empty()
            && call.owner_id == self.id
            && (call.owner_type.is_empty() || call.owner_type == "agent")
    }

    /// True when `address` is one of this agent's own addresses (a leg dialed to it).
    fn is_my_address(&self, address: &Address) -> bool {
        (address.r#type == "agent" && address.target == self.id)
            || self
                .addresses
                .iter()
                .any(|a| !a.target.is_empty() && a.target == address.target)
    }
}

// ---------------------------------------------------------------------------------------------
// Queue alerts

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AlertKind {
    /// A leg to this agent is ringing: answer it on the phone or softphone.
    RingingForMe,
    /// A caller waits in a queue this agent serves (shares a tag with).
    WaitingInMyQueue,
    /// A caller waits in a queue this supervisor watches but does not serve.
    WaitingOnFloor,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Alert {
    /// The ringing leg's id or the queuecall's id.
    pub id: String,
    pub kind: AlertKind,
    /// The caller's call (the leg's master) when known.
    pub call_id: String,
    pub caller: Address,
    pub queue_name: Option<String>,
    /// 1 for the next caller to be served.
    pub position: Option<usize>,
    /// When the caller started waiting (queue join or call creation), VoIPBIN time.
    pub waiting_since: String,
}

/// Everything that should alert this agent now. An alert exists only while its cause does: a
/// leg that is answered, cancelled or hung up, or a queuecall no longer waiting (taken by
/// anyone, abandoned, kicked), is gone at the next store update, everywhere at once.
/// `watch_all` (a supervisor's choice) adds waiting callers of queues they do not serve.
pub fn alerts(store: &Store, me: &Me, watch_all: bool) -> Vec<Alert> {
    let mut out: Vec<Alert> = Vec::new();
    for leg in store.calls.values() {
        let ringing = matches!(leg.status, CallStatus::Ringing | CallStatus::Dialing);
        let towards_me = me.is_my_address(&leg.destination)
            || (!leg.master_call_id.is_empty() && leg.direction == Direction::Outgoing);
        if !ringing || !me.owns(leg) || !towards_me {
            continue;
        }
        let master = store.calls.get(&leg.master_call_id);
        if master.is_some_and(|m| m.status == CallStatus::Hangup) {
            continue;
        }
        let queuecall = master.and_then(|m| queuecall_of_call(store, &m.id));
        let caller = master
            .map(|m| m.source.clone())
            .unwrap_or_else(|| leg.source.clone());
        let waiting_since = queuecall
            .map(|q| q.tm_create.clone())
            .or_else(|| master.map(|m| m.tm_create.clone()))
            .unwrap_or_else(|| leg.tm_create.clone());
        out.push(Alert {
            id: leg.id.clone(),
            kind: AlertKind::RingingForMe,
            call_id: master
                .map(|m| m.id.clone())
                .unwrap_or_else(|| leg.id.clone()),
            caller,
            queue_name: queuecall
                .and_then(|q| store.queue_of(q))
                .map(|q| q.name.clone())
                .or_else(|| master.and_then(queue_name_from_destination)),
            position: None,
            waiting_since,
        });
    }
    for qc in store.waiting_queuecalls() {
        let queue = store.queue_of(qc);
        let serves = queue.is_some_and(|q| q.tag_ids.iter().any(|t| me.tag_ids.contains(t)));
        let kind = if serves {
            AlertKind::WaitingInMyQueue
        } else if watch_all && me.supervisor {
            AlertKind::WaitingOnFloor
        } else {
            continue;
        };
        let call = store.calls.get(&qc.reference_id);
        if call.is_some_and(|c| c.status == CallStatus::Hangup) {
            continue;
        }
        out.push(Alert {
            id: qc.id.clone(),
            kind,
            call_id: qc.reference_id.clone(),
            caller: call
                .map(|c| c.source.clone())
                .filter(|a| !a.target.is_empty())
                .unwrap_or_else(|| qc.source.clone()),
            queue_name: queue.map(|q| q.name.clone()),
            position: position_in_queue(store, qc),
            waiting_since: qc.tm_create.clone(),
        });
    }
    out.sort_by(|a, b| {
        let rank = |k: &AlertKind| match k {
            AlertKind::RingingForMe => 0,
            AlertKind::WaitingInMyQueue => 1,
            AlertKind::WaitingOnFloor => 2,
        };
        rank(&a.kind)
            .cmp(&rank(&b.kind))
            .then_with(|| tm(&a.waiting_since).cmp(&tm(&b.waiting_since)))
            .then_with(|| a.id.cmp(&b.id))
    });
    out
}

/// The documented position when the server sends one, else the place in the queue's wait list,
/// else the rank among that queue's waiting callers by arrival.
pub fn position_in_queue(store: &Store, qc: &Queuecall) -> Option<usize> {
    if let Some(p) = qc.position.filter(|p| *p >= 0) {
        return Some(p.max(1) as usize);
    }
    let queue = store.queue_of(qc)?;
    if let Some(i) = queue.wait_queuecall_ids.iter().position(|id| *id == qc.id) {
        return Some(i + 1);
    }
    let mine = tm(&qc.tm_create);
    let ahead = store
        .waiting_queuecalls()
        .filter(|o| o.id != qc.id && store.queue_of(o).is_some_and(|q| q.id == queue.id))
        .filter(|o| tm(&o.tm_create) < mine)
        .count();
    Some(ahead + 1)
}

fn queuecall_of_call<'a>(store: &'a Store, call_id: &str) -> Option<&'a Queuecall> {
    store
        .queuecalls
        .values()
        .filter(|q| q.reference_id == call_id)
        .max_by_key(|q| tm(&q.tm_create))
}

/// The stand-in (and many VoIPBIN numbers) name the dialed queue number after the queue.
fn queue_name_from_destination(call: &Call) -> Option<String> {
    let name = call.destination.target_name.trim();
    (!name.is_empty()).then(|| name.to_string())
}

// ---------------------------------------------------------------------------------------------
// Calls on the desk

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    Ringing,
    Talking,
    Ending,
    Ended,
}

impl Phase {
    pub fn of(status: &CallStatus) -> Phase {
        match status {
            CallStatus::Dialing | CallStatus::Ringing => Phase::Ringing,
            CallStatus::Progressing => Phase::Talking,
            CallStatus::Terminating | CallStatus::Canceling => Phase::Ending,
            CallStatus::Hangup => Phase::Ended,
            CallStatus::Other(_) => Phase::Talking,
        }
    }

    /// The phase's name in the page's data (`data-phase`, CSS), never shown.
    pub fn label(self) -> &'static str {
        match self {
            Phase::Ringing => "Ringing",
            Phase::Talking => "Connected",
            Phase::Ending => "Ending…",
            Phase::Ended => "Ended",
        }
    }

    /// The message id of the phase as the agent reads it.
    pub fn message(self) -> crate::i18n::Msg {
        match self {
            Phase::Ringing => msg!("desk-phase-ringing"),
            Phase::Talking => msg!("desk-phase-connected"),
            Phase::Ending => msg!("desk-phase-ending"),
            Phase::Ended => msg!("desk-phase-ended"),
        }
    }
}

/// A conversation with a caller as the desk shows it: the caller's call and the leg of the
/// agent serving it (absent when the caller's call is the agent's own, e.g. a direct call).
#[derive(Clone, Debug, PartialEq)]
pub struct DeskCall {
    pub call: Call,
    pub leg: Option<Call>,
    /// The agent serving it (the leg's or the call's owner).
    pub agent_id: String,
    pub queue_name: Option<String>,
    pub phase: Phase,
    /// When talking started (VoIPBIN time), for the call timer.
    pub since: String,
}

impl DeskCall {
    /// Every call id that belongs to this conversation (transcripts and recordings hang off any).
    pub fn call_ids(&self) -> Vec<String> {
        let mut ids = vec![self.call.id.clone()];
        if let Some(leg) = &self.leg {
            ids.push(leg.id.clone());
        }
        ids
    }

    /// The call that control operations (hang up, hold, record) act on: the caller's.
    pub fn control_id(&self) -> &str {
        &self.call.id
    }

    /// The call a transfer names as the transferer: the agent's leg when there is one.
    pub fn transferer_id(&self) -> &str {
        self.leg
            .as_ref()
            .map(|l| l.id.as_str())
            .unwrap_or(&self.call.id)
    }

    /// The agent's own side (mute acts on it).
    pub fn agent_side(&self) -> &Call {
        self.leg.as_ref().unwrap_or(&self.call)
    }

    /// The party on the other end: the caller for inbound, the dialed party for outbound.
    pub fn customer(&self) -> &Address {
        if self.call.direction == Direction::Outgoing && self.call.master_call_id.is_empty() {
            &self.call.destination
        } else {
            &self.call.source
        }
    }

    pub fn ended_at(&self) -> Option<i64> {
        match &self.leg {
            Some(leg) if leg.status == CallStatus::Hangup => {
                tm(&leg.tm_hangup).or_else(|| tm(&leg.tm_update))
            }
            _ if self.call.status == CallStatus::Hangup => {
                tm(&self.call.tm_hangup).or_else(|| tm(&self.call.tm_update))
            }
            _ => None,
        }
    }
}

/// Resolves any call id (the caller's call or a leg) to the conversation it belongs to, seen
/// from `agent_id` (whose leg is preferred; empty for "whoever serves it").
pub fn desk_call(store: &Store, call_id: &str, agent_id: &str) -> Option<DeskCall> {
    let call = store.calls.get(call_id)?;
    let (customer, leg) = match store.calls.get(&call.master_call_id) {
        Some(master) if !call.master_call_id.is_empty() => (master, Some(call)),
        _ => {
            let owner = if agent_id.is_empty() {
                call.owner_id.as_str()
            } else {
                agent_id
            };
            (call, leg_of(store, &call.id, owner))
        }
    };
    let leg = leg.filter(|l| l.id != customer.id);
    let agent_id = leg
        .map(|l| l.owner_id.clone())
        .filter(|o| !o.is_empty())
        .unwrap_or_else(|| customer.owner_id.clone());
    let phase = match leg {
        Some(leg) => Phase::of(&leg.status),
        None => Phase::of(&customer.status),
    };
    // A caller who hung up ends the conversation whatever the leg still says.
    let phase = if customer.status == CallStatus::Hangup {
        Phase::Ended
    } else {
        phase
    };
    let since = leg
        .map(|l| l.tm_progressing.clone())
        .filter(|t| tm(t).is_some())
        .or_else(|| Some(customer.tm_progressing.clone()).filter(|t| tm(t).is_some()))
        .unwrap_or_else(|| customer.tm_create.clone());
    Some(DeskCall {
        queue_name: queuecall_of_call(store, &customer.id)
            .and_then(|q| store.queue_of(q))
            .map(|q| q.name.clone())
            .or_else(|| queue_name_from_destination(customer)),
        call: customer.clone(),
        leg: leg.cloned(),
        agent_id,
        phase,
        since,
    })
}

/// The newest leg of `call_id` owned by `owner` (any status).
fn leg_of<'a>(store: &'a Store, call_id: &str, owner: &str) -> Option<&'a Call> {
    if owner.is_empty() {
        return None;
    }
    store
        .calls
        .values()
        .filter(|c| c.master_call_id == call_id && c.owner_id == owner)
        .max_by(|a, b| {
            tm(&a.tm_create)
                .cmp(&tm(&b.tm_create))
                .then_with(|| a.id.cmp(&b.id))
        })
}

/// The agent's calls: connected or ending, plus those that ended within the wrap-up window
/// (unless `closed`). Ringing legs are alerts, not calls yet. Newest first.
pub fn my_calls(store: &Store, me: &Me, now_ms: i64, closed: &HashSet<String>) -> Vec<DeskCall> {
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for call in store.calls.values().filter(|c| me.owns(c)) {
        let Some(dc) = desk_call(store, &call.id, &me.id) else {
            continue;
        };
        if !seen.insert(dc.call.id.clone()) || closed.contains(&dc.call.id) {
            continue;
        }
        let keep = match dc.phase {
            Phase::Ringing => false,
            Phase::Talking | Phase::Ending => true,
            Phase::Ended => dc.ended_at().is_some_and(|t| now_ms - t <= WRAP_UP_MS),
        };
        if keep {
            out.push(dc);
        }
    }
    sort_calls(&mut out);
    out
}

/// For supervisors: callers talking with other agents right now, to listen in on the transcript
/// and step in (hang up, transfer) where VoIPBIN gives admins and managers that power.
pub fn floor_calls(store: &Store, me: &Me) -> Vec<DeskCall> {
    let mut out: Vec<DeskCall> = store
        .calls
        .values()
        .filter(|c| c.master_call_id.is_empty() && c.status == CallStatus::Progressing)
        .filter(|c| !c.owner_id.is_empty() && c.owner_id != me.id)
        .filter_map(|c| desk_call(store, &c.id, ""))
        .filter(|dc| dc.phase == Phase::Talking)
        .collect();
    sort_calls(&mut out);
    out
}

fn sort_calls(calls: &mut [DeskCall]) {
    calls.sort_by(|a, b| {
        let ended = |d: &DeskCall| d.phase == Phase::Ended;
        ended(a)
            .cmp(&ended(b))
            .then_with(|| tm(&b.call.tm_create).cmp(&tm(&a.call.tm_create)))
            .then_with(|| a.call.id.cmp(&b.call.id))
    });
}

// ---------------------------------------------------------------------------------------------
// Transcript and recordings

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Speaker {
    Caller,
    Agent,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub id: String,
    pub speaker: Speaker,
    pub text: String,
    pub at: String,
}

/// The transcribes of a conversation (any of its call ids) and their lines in spoken order.
pub fn transcript(store: &Store, call_ids: &[String]) -> (Vec<Transcribe>, Vec<Line>) {
    let transcribes: Vec<Transcribe> = store
        .transcribes
        .values()
        .filter(|t| call_ids.contains(&t.reference_id))
        .cloned()
        .collect();
    let mut lines: Vec<(Option<i64>, usize, &Transcript)> = Vec::new();
    let mut order = 0usize;
    let mut ids: Vec<&str> = transcribes.iter().map(|t| t.id.as_str()).collect();
    ids.sort_unstable();
    for id in ids {
        if let Some(held) = store.transcripts.get(id) {
            for line in held.iter() {
                lines.push((
                    tm(&line.tm_transcript).or_else(|| tm(&line.tm_create)),
                    order,
                    line,
                ));
                order += 1;
            }
        }
    }
    lines.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(&b.1)));
    let lines = lines
        .into_iter()
        .map(|(_, _, t)| Line {
            id: t.id.clone(),
            speaker: match t.direction {
                TranscriptDirection::Out => Speaker::Agent,
                _ => Speaker::Caller,
            },
            text: t.message.clone(),
            at: if t.tm_transcript.is_empty() {
                t.tm_create.clone()
            } else {
                t.tm_transcript.clone()
            },
        })
        .collect();
    (transcribes, lines)
}

/// Recordings of a conversation, newest first.
pub fn recordings(store: &Store, call_ids: &[String]) -> Vec<Recording> {
    let mut out: Vec<Recording> = store
        .recordings
        .values()
        .filter(|r| call_ids.contains(&r.reference_id))
        .cloned()
        .collect();
    out.sort_by(|a, b| {
        tm(&b.tm_create)
            .cmp(&tm(&a.tm_create))
            .then_with(|| a.id.cmp(&b.id))
    });
    out
}

// ---------------------------------------------------------------------------------------------
// Customer context

#[derive(Clone, Debug, Default, PartialEq)]
pub struct CustomerContext {
    pub number: String,
    pub name: String,
    /// Earlier calls with this number, newest first (at most `limit`).
    pub calls: Vec<Call>,
    pub total_calls: usize,
    pub threads: Vec<Conversation>,
    /// SMS to or from this number, newest first (at most `limit`).
    pub sms: Vec<Message>,
    pub total_sms: usize,
}

/// What the desk knows about `customer` apart from the current conversation (`exclude`): the
/// calls and messages with the same number that the store holds.
pub fn customer_context(
    store: &Store,
    customer: &Address,
    exclude: &[String],
    limit: usize,
) -> CustomerContext {
    let number = customer.target.clone();
    let matches = |a: &Address| same_number(&a.target, &number);
    let mut calls: Vec<&Call> = store
        .calls
        .values()
        .filter(|c| !exclude.contains(&c.id) && !exclude.contains(&c.master_call_id))
        .filter(|c| c.master_call_id.is_empty())
        .filter(|c| matches(&c.source) || matches(&c.destination))
        .collect();
    calls.sort_by(|a, b| {
        tm(&b.tm_create)
            .cmp(&tm(&a.tm_create))
            .then_with(|| a.id.cmp(&b.id))
    });
    let mut threads: Vec<&Conversation> = store
        .conversations
        .values()
        .filter(|c| same_number(&c.reference_id, &number) || c.participants.iter().any(matches))
        .collect();
    threads.sort_by(|a, b| {
        tm(&b.tm_update)
            .cmp(&tm(&a.tm_update))
            .then_with(|| a.id.cmp(&b.id))
    });
    let mut sms: Vec<&Message> = store
        .sms
        .values()
        .filter(|m| matches(&m.source) || m.targets.iter().any(|t| matches(&t.destination)))
        .collect();
    sms.sort_by(|a, b| {
        tm(&b.tm_create)
            .cmp(&tm(&a.tm_create))
            .then_with(|| a.id.cmp(&b.id))
    });
    let name = [customer.target_name.trim(), customer.name.trim()]
        .into_iter()
        .find(|n| !n.is_empty())
        .map(str::to_string)
        .or_else(|| {
            threads
                .first()
                .map(|t| t.name.clone())
                .filter(|n| !n.is_empty())
        })
        .unwrap_or_default();
    CustomerContext {
        number,
        name,
        total_calls: calls.len(),
        calls: calls.into_iter().take(limit).cloned().collect(),
        threads: threads.into_iter().take(limit).cloned().collect(),
        total_sms: sms.len(),
        sms: sms.into_iter().take(limit).cloned().collect(),
    }
}

// ---------------------------------------------------------------------------------------------
// Message threads

#[derive(Clone, Debug, PartialEq)]
pub struct Thread {
    pub id: String,
    /// The customer's name, or their number when the name is unknown.
    pub peer: String,
    pub number: String,
    pub owner_id: String,
    pub last_text: String,
    /// VoIPBIN time of the last message (or the conversation's update).
    pub last_at: String,
    pub unread: usize,
}

/// The customer side of a conversation.
pub fn peer_of(c: &Conversation) -> (String, String) {
    let other = c
        .participants
        .iter()
        .find(|p| p.target != c.source.target && !p.target.is_empty());
    let number = if c.reference_id.is_empty() {
        other.map(|p| p.target.clone()).unwrap_or_default()
    } else {
        c.reference_id.clone()
    };
    let name = [
        c.name.trim(),
        other.map(|p| p.target_name.trim()).unwrap_or(""),
    ]
    .into_iter()
    .find(|n| !n.is_empty())
    .map(str::to_string)
    .unwrap_or_else(|| {
        if number.is_empty() {
            "Unknown".to_string()
        } else {
            number.clone()
        }
    });
    (name, number)
}

/// Conversations as threads, most recent activity first. A plain agent sees the threads it
/// owns; `all` (supervisors) sees every thread. Unread: inbound messages newer than the last one
/// read in that thread (`last_read`, ms), or than `default_read_ms` for a thread never opened.
pub fn threads(
    store: &Store,
    me_id: &str,
    all: bool,
    last_read: &HashMap<String, i64>,
    default_read_ms: i64,
) -> Vec<Thread> {
    let mut out: Vec<(Option<i64>, Thread)> = store
        .conversations
        .values()
        .filter(|c| all || c.owner_id == me_id)
        .filter(|c| !voipbin_protocol::is_deleted(&c.tm_delete))
        .map(|c| {
            let (peer, number) = peer_of(c);
            let messages = store.conversation_messages.get(&c.id);
            let last = messages.and_then(|m| m.iter().max_by_key(|m| tm(&m.tm_create)));
            let read = last_read.get(&c.id).copied().unwrap_or(default_read_ms);
            let unread = messages
                .map(|m| {
                    m.iter()
                        .filter(|m| m.direction == MessageDirection::Inbound)
                        .filter(|m| tm(&m.tm_create).is_some_and(|t| t > read))
                        .count()
                })
                .unwrap_or(0);
            let last_at = last
                .map(|m| m.tm_create.clone())
                .unwrap_or_else(|| c.tm_update.clone());
            let at = tm(&last_at).max(tm(&c.tm_update));
            (
                at,
                Thread {
                    id: c.id.clone(),
                    peer,
                    number,
                    owner_id: c.owner_id.clone(),
                    last_text: last.map(|m| m.text.clone()).unwrap_or_default(),
                    last_at,
                    unread,
                },
            )
        })
        .collect();
    out.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.id.cmp(&b.1.id)));
    out.into_iter().map(|(_, t)| t).collect()
}

/// The newest message time in a thread (to mark it read).
pub fn newest_message_ms(store: &Store, conversation_id: &str) -> Option<i64> {
    store
        .conversation_messages
        .get(conversation_id)?
        .iter()
        .filter_map(|m| tm(&m.tm_create))
        .max()
}

/// Where an outbound message is on its way; `Received` for inbound ones.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Delivery {
    Received,
    Sending,
    Queued,
    Sent,
    Delivered,
    Failed,
}

impl Delivery {
    pub fn is_final(self) -> bool {
        matches!(
            self,
            Delivery::Received | Delivery::Delivered | Delivery::Failed
        )
    }
}

/// The delivery state of a conversation message: the carrier's receipts on the SMS it refers to
/// when the store has that SMS (supervisors receive message events), else the conversation
/// message's own status.
pub fn delivery(store: &Store, m: &ConversationMessage) -> Delivery {
    if m.direction == MessageDirection::Inbound {
        return Delivery::Received;
    }
    if m.status == ConversationMessageStatus::Failed {
        return Delivery::Failed;
    }
    let sms = (m.reference_type.is_empty() || m.reference_type == "message")
        .then(|| store.sms.get(&m.reference_id))
        .flatten();
    if let Some(sms) = sms.filter(|s| !s.targets.is_empty()) {
        let worst = sms.targets.iter().map(|t| match t.status {
            TargetStatus::Failed | TargetStatus::GwTimeout | TargetStatus::DlrTimeout => {
                Delivery::Failed
            }
            TargetStatus::Delivered => Delivery::Delivered,
            TargetStatus::Sent => Delivery::Sent,
            TargetStatus::Received => Delivery::Delivered,
            _ => Delivery::Queued,
        });
        let rank = |d: &Delivery| match d {
            Delivery::Failed => 0,
            Delivery::Queued | Delivery::Sending => 1,
            Delivery::Sent => 2,
            _ => 3,
        };
        if let Some(d) = worst.min_by_key(rank) {
            return d;
        }
    }
    match m.status {
        ConversationMessageStatus::Progressing => Delivery::Sending,
        ConversationMessageStatus::Done => Delivery::Sent,
        ConversationMessageStatus::Failed => Delivery::Failed,
        ConversationMessageStatus::Other(_) => Delivery::Sent,
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct ShownMessage {
    pub message: ConversationMessage,
    pub delivery: Delivery,
}

/// The last `limit` messages of a thread in time order, and how many older ones are hidden.
pub fn thread_messages(
    store: &Store,
    conversation_id: &str,
    limit: usize,
) -> (Vec<ShownMessage>, usize) {
    let Some(held) = store.conversation_messages.get(conversation_id) else {
        return (Vec::new(), 0);
    };
    let mut all: Vec<(Option<i64>, usize, &ConversationMessage)> = held
        .iter()
        .enumerate()
        .map(|(i, m)| (tm(&m.tm_create), i, m))
        .collect();
    all.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(&b.1)));
    let hidden = all.len().saturating_sub(limit);
    let shown = all
        .into_iter()
        .skip(hidden)
        .map(|(_, _, m)| ShownMessage {
            message: m.clone(),
            delivery: delivery(store, m),
        })
        .collect();
    (shown, hidden)
}

// ---------------------------------------------------------------------------------------------
// Transfer

/// Agents a call can be transferred to: everyone but `me`, available ones first, each with
/// whether it can take a call now.
pub fn transfer_targets(store: &Store, me_id: &str) -> Vec<(Agent, bool)> {
    let mut out: Vec<(Agent, bool)> = store
        .agents
        .values()
        .filter(|a| a.id != me_id && !voipbin_protocol::is_deleted(&a.tm_delete))
        .map(|a| (a.clone(), a.status == AgentStatus::Available))
        .collect();
    out.sort_by(|a, b| {
        b.1.cmp(&a.1)
            .then_with(|| display_name(&a.0).cmp(&display_name(&b.0)))
    });
    out
}

pub fn display_name(agent: &Agent) -> String {
    if !agent.name.trim().is_empty() {
        agent.name.trim().to_string()
    } else if !agent.username.is_empty() {
        agent.username.clone()
    } else {
        agent.id.chars().take(8).collect()
    }
}

/// A typed transfer destination as a VoIPBIN address: `+E.164` (tel), digits (extension), or
/// `user@host` (sip). The error is a message id.
pub fn parse_destination(input: &str) -> Result<Address, crate::i18n::Msg> {
    let raw = input.trim();
    if raw.is_empty() {
        return Err(msg!("desk-destination-empty"));
    }
    if raw.contains('@') {
        let sip = raw.strip_prefix("sip:").unwrap_or(raw);
        return match sip.split_once('@') {
            Some((user, host))
                if !user.is_empty() && host.contains('.') && !sip.contains(char::is_whitespace) =>
            {
                Ok(Address::new("sip", sip))
            }
            _ => Err(msg!("desk-destination-bad-sip")),
        };
    }
    let s: String = raw
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '(' | ')' | '.'))
        .collect();
    if let Some(rest) = s.strip_prefix('+') {
        if (8..=15).contains(&rest.len()) && rest.bytes().all(|b| b.is_ascii_digit()) {
            return Ok(Address::new("tel", &s));
        }
        return Err(msg!("desk-destination-bad-length"));
    }
    if s.bytes().all(|b| b.is_ascii_digit()) {
        if s.len() <= 6 {
            return Ok(Address::new("extension", &s));
        }
        return Err(msg!("desk-destination-no-plus"));
    }
    Err(msg!("desk-destination-unknown"))
}

#[cfg(test)]
mod tests;
