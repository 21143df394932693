//! The phone legs the SIP side keeps: one entry per SIP dialog (keyed by its Call-ID), with
//! what is needed to send requests in it and what `GET /v1.0/sim/phone` lists. A queue call
//! rung on several contacts is one [`Ring`] with one media leg and a dialog per contact.

use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard, PoisonError};

use serde_json::{json, Value};
use tokio::sync::mpsc;

use super::ConnId;
use crate::media::{MediaLeg, MediaStats};
use crate::sim::PhoneCommand;

/// Ended legs stay listed this long.
const ENDED_KEPT_MS: i64 = 5 * 60 * 1000;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// The stand-in calls the phone (a queue call).
    Incoming,
    /// The phone places the call.
    Outgoing,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LegState {
    Ringing,
    Answered,
    Held,
    /// Rung but another contact answered, or the caller went away.
    Cancelled,
    /// The phone refused (4xx-6xx) or its socket closed while ringing.
    Declined,
    Ended,
}

impl LegState {
    pub fn as_str(self) -> &'static str {
        match self {
            LegState::Ringing => "ringing",
            LegState::Answered => "answered",
            LegState::Held => "held",
            LegState::Cancelled => "cancelled",
            LegState::Declined => "declined",
            LegState::Ended => "ended",
        }
    }

    pub fn is_live(self) -> bool {
        matches!(
            self,
            LegState::Ringing | LegState::Answered | LegState::Held
        )
    }

    pub fn is_up(self) -> bool {
        matches!(self, LegState::Answered | LegState::Held)
    }
}

pub struct Dialog {
    pub conn: ConnId,
    pub sip_call_id: String,
    /// The VoIPBIN call: the queue call's agent leg, or the call placed from the phone.
    pub call_id: String,
    pub agent_id: String,
    pub direction: Direction,
    pub state: LegState,
    /// Set once this dialog carries the call's audio.
    pub media: Option<MediaLeg>,
    /// Our side's From/To value in requests we send in the dialog (with our tag).
    pub local: String,
    /// The phone's side, with its tag once known.
    pub remote: String,
    /// Where requests in the dialog go (the phone's Contact).
    pub remote_target: String,
    pub local_cseq: u32,
    /// Our INVITE (Incoming): its Request-URI and Via branch, for CANCEL and non-2xx ACK.
    pub invite_uri: String,
    pub invite_branch: String,
    /// The phone's INVITE (Outgoing) until it has a final answer (for 487 after CANCEL).
    pub pending_invite: Option<rsip::Request>,
    /// When the INVITE that made the leg was sent (to a phone) or received (from one), epoch ms:
    /// benches measure the phone's ring latency from it.
    pub invited_at_ms: i64,
    pub ended_at_ms: Option<i64>,
    /// The media's numbers when the leg ended.
    pub final_stats: Option<MediaStats>,
    /// The SDP we last sent in this dialog (offer or answer).
    pub local_sdp: String,
    /// DTMF the phone sent as SIP INFO (JsSIP's default) rather than in the media.
    pub info_dtmf: String,
    /// Texts said by a speaking heard on this leg alone (`direction: out`), oldest first.
    pub whispers: Vec<String>,
}

/// A queue call ringing an agent's contacts.
pub struct Ring {
    pub media: MediaLeg,
    /// The SIP Call-ID of the contact that answered.
    pub answered_by: Option<String>,
    /// Answered, declined or cancelled: later responses only get ACK (and BYE for a 2xx).
    pub finished: bool,
    /// Set when another phone places the call (phone to phone).
    pub bridge: Option<Bridge>,
}

/// A call from one phone ringing another agent's phones: the calling phone's INVITE is
/// answered (with this SDP, from the stand-in's media leg on that side) when a callee answers.
#[derive(Clone, Debug)]
pub struct Bridge {
    pub caller_sip_call_id: String,
    pub answer_sdp: String,
}

#[derive(Default)]
pub struct Table {
    pub dialogs: HashMap<String, Dialog>,
    /// VoIPBIN leg id -> its ring.
    pub rings: HashMap<String, Ring>,
}

impl Table {
    /// The dialogs of a VoIPBIN call (a ring's forks), as Call-IDs.
    pub fn dialogs_of_call(&self, call_id: &str) -> Vec<String> {
        let mut ids: Vec<String> = self
            .dialogs
            .values()
            .filter(|d| d.call_id == call_id)
            .map(|d| d.sip_call_id.clone())
            .collect();
        ids.sort();
        ids
    }

    /// Ends a dialog: state, time, media closed (numbers kept).
    pub fn end(&mut self, sip_call_id: &str, state: LegState, now_ms: i64) {
        if let Some(dialog) = self.dialogs.get_mut(sip_call_id) {
            if !dialog.state.is_live() {
                return;
            }
            dialog.state = state;
            dialog.ended_at_ms = Some(now_ms);
            dialog.pending_invite = None;
            if let Some(media) = dialog.media.take() {
                dialog.final_stats = Some(media.stats());
                media.close();
            }
        }
    }

    /// Drops legs that ended more than five minutes ago.
    pub fn prune(&mut self, now_ms: i64) {
        self.dialogs
            .retain(|_, d| d.ended_at_ms.is_none_or(|t| now_ms - t < ENDED_KEPT_MS));
        let dialogs = &self.dialogs;
        self.rings.retain(|leg, ring| {
            !ring.finished
                || dialogs
                    .values()
                    .any(|d| d.call_id == *leg && d.state.is_live())
        });
    }
}

/// The SIP side's call state and the simulation's phone commands waiting for it.
pub struct PhoneCalls {
    table: Mutex<Table>,
    commands: mpsc::UnboundedSender<Vec<PhoneCommand>>,
    receiver: Mutex<Option<mpsc::UnboundedReceiver<Vec<PhoneCommand>>>>,
}

impl Default for PhoneCalls {
    fn default() -> Self {
        let (commands, receiver) = mpsc::unbounded_channel();
        PhoneCalls {
            table: Mutex::default(),
            commands,
            receiver: Mutex::new(Some(receiver)),
        }
    }
}

impl PhoneCalls {
    /// Never held across an await, and never while taking the simulation's lock.
    pub fn lock(&self) -> MutexGuard<'_, Table> {
        self.table.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Called with the simulation locked after each tick and action, so commands keep the
    /// simulation's order.
    pub fn forward(&self, commands: Vec<PhoneCommand>) {
        if !commands.is_empty() {
            // Fails only when the command task has gone (server shut down).
            let _ = self.commands.send(commands);
        }
    }

    /// The commands' receiving end, for the one task that carries them out.
    pub fn take_receiver(&self) -> Option<mpsc::UnboundedReceiver<Vec<PhoneCommand>>> {
        self.receiver
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take()
    }

    /// Every leg for `GET /v1.0/sim/phone`, oldest ended ones pruned.
    pub fn legs_json(&self, now_ms: i64) -> Vec<Value> {
        let mut table = self.lock();
        table.prune(now_ms);
        let mut legs: Vec<&Dialog> = table.dialogs.values().collect();
        legs.sort_by(|a, b| a.sip_call_id.cmp(&b.sip_call_id));
        legs.into_iter().map(leg_json).collect()
    }

    /// The `media_loss` fault on every live leg; returns how many.
    pub fn set_loss(&self, percent: u8, for_ms: u64) -> usize {
        let table = self.lock();
        let mut count = 0;
        for media in table.dialogs.values().filter_map(|d| d.media.as_ref()) {
            media.set_loss(percent, for_ms);
            count += 1;
        }
        count
    }
}

fn leg_json(dialog: &Dialog) -> Value {
    let stats = match (&dialog.media, &dialog.final_stats) {
        (Some(media), _) => media.stats(),
        (None, Some(stats)) => stats.clone(),
        (None, None) => MediaStats {
            level_dbfs: -120.0,
            peak_level_dbfs: -120.0,
            barge_level_dbfs: -120.0,
            ..MediaStats::default()
        },
    };
    json!({
        "call_id": dialog.call_id,
        "sip_call_id": dialog.sip_call_id,
        "agent_id": dialog.agent_id,
        "conn_id": dialog.conn,
        "direction": match dialog.direction {
            Direction::Incoming => "incoming",
            Direction::Outgoing => "outgoing",
        },
        "state": dialog.state.as_str(),
        "connected": stats.connected,
        "packets_received": stats.packets_received,
        "packets_sent": stats.packets_sent,
        "level_dbfs": stats.level_dbfs,
        "peak_level_dbfs": stats.peak_level_dbfs,
        "first_audio_ms": stats.first_audio_ms,
        "invited_at_ms": dialog.invited_at_ms,
        "dtmf": format!("{}{}", stats.dtmf, dialog.info_dtmf),
        "held": dialog.state == LegState::Held || stats.held,
        "barge_packets": stats.barge_packets,
        "barge_level_dbfs": stats.barge_level_dbfs,
        "whisper_packets": stats.whisper_packets,
        "whispers": dialog.whispers,
    })
}
