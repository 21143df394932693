//! WebRTC media legs: one str0m `Rtc` per leg (one host candidate on its own UDP socket,
//! DTLS-SRTP), driven by its own tokio task and controlled through a channel. A leg that offers
//! is a full ICE agent (it then controls and nominates at once: `codecs::offering`); a leg that
//! answers is ICE-lite, unless the offer is lite itself: two lite agents never connect.
//!
//! Codecs: PCMU (PT 0) first, then Opus (111), then telephone-event/8000 (PT 101, RFC 4733
//! DTMF). Opus is offered but never chosen: encoding it needs libopus, a system package every
//! machine would have to install. An answer picks PCMU; an offer (or an answer to our offer)
//! without PCMU gets `MediaError::NoCommonCodec`. Checked against headless Chromium in both
//! directions: PCMU both ways, RTCDTMFSender digits decoded.
//!
//! The leg ends on `close()`, when every `MediaLeg` handle is dropped, 30 s after the remote
//! description without ICE connectivity, 60 s after an offer nobody answered, or after 60 s
//! without any datagram from the far end (STUN consent checks and RTCP count).

mod audio;
mod codecs;
mod dtmf;
mod ear;
mod leg;
mod mix;
mod pcmu;
mod sdp;
mod stats;

use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use tokio::sync::{broadcast, mpsc, oneshot};

use mix::Injected;
use stats::LegCounters;

pub use audio::speech::tone_pattern;
pub use audio::{Generator, FRAME_SAMPLES};
pub use ear::Ears;
pub use mix::{add_into, samples_of_pcm, Source};

/// One 20 ms frame of 8 kHz audio.
pub type Frame = [i16; FRAME_SAMPLES];

/// Where a leg's host candidate lives: a concrete address the far end can reach
/// (not 0.0.0.0: it is put in the SDP as is).
#[derive(Clone, Debug)]
pub struct MediaSettings {
    pub ip: IpAddr,
}

#[derive(Clone, Debug)]
pub enum Sound {
    /// A generated voice-like signal; the seed picks the speaker and what is "said".
    Voice { seed: u64 },
    /// Music on hold.
    Music,
    /// Comfort silence: digital-silence PCMU frames, still 50 packets a second.
    Silence,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    SendRecv,
    SendOnly,
    RecvOnly,
    Inactive,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MediaError {
    /// The SDP could not be read or applied (the SIP layer answers 488 or 400).
    BadSdp(String),
    /// No codec both sides can use (SIP 488).
    NoCommonCodec,
    /// The leg has ended (closed, timed out, or its task is gone).
    Closed,
    /// A call that does not fit the leg's state (an answer without an offer, a re-offer that
    /// changes nothing).
    State(String),
    /// Socket trouble while setting up the leg.
    Io(String),
}

impl std::fmt::Display for MediaError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            MediaError::BadSdp(why) => write!(f, "bad SDP: {why}"),
            MediaError::NoCommonCodec => write!(f, "no common codec (PCMU needed)"),
            MediaError::Closed => write!(f, "media leg ended"),
            MediaError::State(why) => write!(f, "media leg state: {why}"),
            MediaError::Io(why) => write!(f, "media socket: {why}"),
        }
    }
}

impl std::error::Error for MediaError {}

#[derive(Clone, Debug, Default, serde::Serialize)]
pub struct MediaStats {
    pub connected: bool,
    pub packets_received: u64,
    pub packets_sent: u64,
    /// RMS of what was received over the last second; -120 when nothing.
    pub level_dbfs: f32,
    /// The highest one-second level over the leg's life.
    pub peak_level_dbfs: f32,
    pub dtmf: String,
    /// The far end holds: its last SDP direction was sendonly or inactive.
    pub held: bool,
    /// Milliseconds from the start of ICE (remote description applied) to the first received
    /// audio packet.
    pub first_audio_ms: Option<u64>,
    /// The leg's task has finished (closed or timed out).
    pub ended: bool,
    /// Media-stream (barge) frames added to what the phone hears.
    pub barge_packets: u64,
    /// RMS of the barge audio added over the last second; -120 when none.
    pub barge_level_dbfs: f32,
    /// Frames of whispered speech added to what the phone hears.
    pub whisper_packets: u64,
}

/// A cheap, cloneable handle on one leg. The leg ends when the last handle is dropped.
#[derive(Clone)]
pub struct MediaLeg {
    commands: mpsc::UnboundedSender<leg::Command>,
    counters: Arc<Mutex<LegCounters>>,
    injected: Arc<Mutex<Injected>>,
    tap: broadcast::Sender<Frame>,
}

impl MediaLeg {
    /// A new leg that offers: returns the leg and its SDP offer.
    pub async fn offer(
        settings: &MediaSettings,
        sound: Sound,
    ) -> Result<(MediaLeg, String), MediaError> {
        let (task, offer) = leg::LegTask::offering(settings, sound).await?;
        Ok((MediaLeg::spawn(task), offer))
    }

    /// Applies the far end's answer to `offer`.
    pub async fn accept_answer(&self, answer_sdp: &str) -> Result<(), MediaError> {
        self.ask(|reply| leg::Command::AcceptAnswer(answer_sdp.to_owned(), reply))
            .await
    }

    /// A new leg that answers `offer_sdp`: returns the leg and its SDP answer.
    pub async fn answer(
        settings: &MediaSettings,
        offer_sdp: &str,
        sound: Sound,
    ) -> Result<(MediaLeg, String), MediaError> {
        let (task, answer) = leg::LegTask::answering(settings, offer_sdp, sound).await?;
        Ok((MediaLeg::spawn(task), answer))
    }

    /// A re-INVITE's offer (hold: sendonly/inactive, resume: sendrecv); returns the answer.
    pub async fn renegotiate(&self, offer_sdp: &str) -> Result<String, MediaError> {
        self.ask(|reply| leg::Command::Renegotiate(offer_sdp.to_owned(), reply))
            .await
    }

    /// A new offer from this side with `direction` (the stand-in holds: SendOnly, resumes:
    /// SendRecv). Follow with `accept_reanswer`.
    pub async fn reoffer(&self, direction: Direction) -> Result<String, MediaError> {
        self.ask(|reply| leg::Command::Reoffer(direction, reply))
            .await
    }

    pub async fn accept_reanswer(&self, answer_sdp: &str) -> Result<(), MediaError> {
        self.ask(|reply| leg::Command::AcceptAnswer(answer_sdp.to_owned(), reply))
            .await
    }

    pub fn set_sound(&self, sound: Sound) {
        self.tell(leg::Command::SetSound(sound));
    }

    /// Sends RFC 4733 events for each DTMF character (0-9 * # A-D; others are skipped).
    pub fn send_dtmf(&self, digits: &str) {
        self.tell(leg::Command::SendDtmf(digits.to_owned()));
    }

    /// Drops `percent` of outgoing and incoming datagrams for `for_ms` (media_loss fault).
    pub fn set_loss(&self, percent: u8, for_ms: u64) {
        self.tell(leg::Command::SetLoss(percent.min(100), for_ms));
    }

    /// Adds `samples` (8 kHz) to what the phone hears, from the next frame on.
    pub fn inject(&self, source: Source, samples: &[i16]) {
        self.injected
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .push(source, samples);
    }

    /// The conversation on this leg, both parties mixed, one frame per 20 ms while it flows.
    pub fn listen(&self) -> broadcast::Receiver<Frame> {
        self.tap.subscribe()
    }

    pub fn stats(&self) -> MediaStats {
        let mut counters = self
            .counters
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        counters.snapshot(Instant::now())
    }

    /// Ends the leg (idempotent).
    pub fn close(&self) {
        self.tell(leg::Command::Close);
    }

    fn spawn(task: leg::LegTask) -> MediaLeg {
        let (commands, receiver) = mpsc::unbounded_channel();
        let counters = task.counters();
        let injected = task.injected();
        let tap = task.tap();
        tokio::spawn(task.run(receiver));
        MediaLeg {
            commands,
            counters,
            injected,
            tap,
        }
    }

    fn tell(&self, command: leg::Command) {
        // A send error means the leg has ended: nothing left to control.
        let _ = self.commands.send(command);
    }

    async fn ask<T>(
        &self,
        command: impl FnOnce(oneshot::Sender<Result<T, MediaError>>) -> leg::Command,
    ) -> Result<T, MediaError> {
        let (reply, answer) = oneshot::channel();
        self.commands
            .send(command(reply))
            .map_err(|_| MediaError::Closed)?;
        answer.await.unwrap_or(Err(MediaError::Closed))
    }
}

#[cfg(test)]
mod tests;
