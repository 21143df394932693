//! The leg's task: waits on commands, datagrams, str0m's timeout and the 20 ms frame clock,
//! feeding one input at a time into str0m and draining its output after each.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use str0m::format::{Codec, CodecExtra};
use str0m::media::{Frequency, MediaData, MediaTime};
use str0m::net::{Protocol, Receive, Transmit};
use str0m::{Event, IceConnectionState, Input, Output};
use tokio::sync::mpsc::UnboundedReceiver;
use tokio::time::{interval, sleep_until, MissedTickBehavior};

use super::{Command, LegTask};
use crate::media::audio::{Generator, FRAME_SAMPLES};
use crate::media::mix::{add_into, Source};
use crate::media::{dtmf, pcmu};

const FRAME: Duration = Duration::from_millis(20);
const CONNECT_LIMIT: Duration = Duration::from_secs(30);
const SILENCE_LIMIT: Duration = Duration::from_secs(60);
/// An offer nobody answers (the call was never picked up and nobody closed the leg).
const ANSWER_LIMIT: Duration = Duration::from_secs(60);

enum Wake {
    Command(Option<Command>),
    Datagram(std::io::Result<(usize, SocketAddr)>),
    Timeout,
    Frame,
    Watchdog,
}

impl LegTask {
    pub async fn run(mut self, mut commands: UnboundedReceiver<Command>) {
        let mut frames = interval(FRAME);
        frames.set_missed_tick_behavior(MissedTickBehavior::Delay);
        let mut watchdog = interval(Duration::from_secs(1));
        let mut buffer = vec![0u8; 2048];
        let end = loop {
            let Some(deadline) = self.drain() else {
                break "str0m stopped";
            };
            let wake = tokio::select! {
                command = commands.recv() => Wake::Command(command),
                received = self.socket.recv_from(&mut buffer) => Wake::Datagram(received),
                _ = sleep_until(deadline.into()) => Wake::Timeout,
                _ = frames.tick() => Wake::Frame,
                _ = watchdog.tick() => Wake::Watchdog,
            };
            match wake {
                Wake::Command(None) => break "every handle dropped",
                Wake::Command(Some(Command::Close)) => break "closed",
                Wake::Command(Some(command)) => self.obey(command),
                Wake::Datagram(Ok((length, source))) => self.on_datagram(source, &buffer[..length]),
                // e.g. ICMP port unreachable from a far end that went away: the watchdog decides.
                Wake::Datagram(Err(e)) => tracing::trace!("media socket: {e}"),
                Wake::Timeout => self.feed(Input::Timeout(Instant::now())),
                Wake::Frame => self.send_frame(),
                Wake::Watchdog => {
                    if let Some(reason) = self.expired(Instant::now()) {
                        break reason;
                    }
                }
            }
        };
        tracing::debug!(local = %self.local_addr, "media leg ends: {end}");
        // Lets the far end's DTLS know; then the socket closes with the task.
        if self.rtc.close().is_ok() {
            self.drain();
        }
        let mut counters = self.lock_counters();
        counters.ended = true;
        counters.connected = false;
    }

    fn obey(&mut self, command: Command) {
        match command {
            Command::AcceptAnswer(sdp, reply) => {
                let _ = reply.send(self.accept_answer(&sdp));
            }
            Command::Renegotiate(sdp, reply) => {
                let _ = reply.send(self.renegotiate(&sdp));
            }
            Command::Reoffer(direction, reply) => {
                let _ = reply.send(self.reoffer(direction));
            }
            Command::SetSound(sound) => self.generator = Generator::new(&sound),
            Command::SendDtmf(digits) => self.dtmf_to_send.extend(digits.chars()),
            Command::SetLoss(percent, for_ms) => {
                let until = Instant::now() + Duration::from_millis(for_ms);
                self.loss = (percent > 0).then_some((percent, until));
            }
            Command::Close => {}
        }
    }

    /// Polls str0m until it only has a timeout left; None once it has stopped.
    fn drain(&mut self) -> Option<Instant> {
        loop {
            match self.rtc.poll_output() {
                Ok(Output::Timeout(deadline)) => return Some(deadline),
                Ok(Output::Transmit(transmit)) => self.transmit(transmit),
                Ok(Output::Event(event)) => self.on_event(event),
                Err(e) => {
                    tracing::debug!(local = %self.local_addr, "str0m: {e}");
                    return None;
                }
            }
        }
    }

    fn feed(&mut self, input: Input) {
        if let Err(e) = self.rtc.handle_input(input) {
            tracing::debug!(local = %self.local_addr, "str0m rejected input: {e}");
        }
    }

    fn transmit(&mut self, transmit: Transmit) {
        if self.lose_one() {
            return;
        }
        // A full kernel buffer drops the datagram, as the network would.
        if let Err(e) = self
            .socket
            .try_send_to(&transmit.contents, transmit.destination)
        {
            tracing::trace!("media send to {}: {e}", transmit.destination);
        }
    }

    fn on_datagram(&mut self, source: SocketAddr, datagram: &[u8]) {
        let now = Instant::now();
        self.last_datagram_at = Some(now);
        if self.lose_one() {
            return;
        }
        match Receive::new(Protocol::Udp, source, self.local_addr, datagram) {
            Ok(receive) => self.feed(Input::Receive(now, receive)),
            Err(e) => tracing::trace!("not STUN/DTLS/RTP from {source}: {e}"),
        }
    }

    /// Whether the media_loss fault drops this datagram.
    fn lose_one(&mut self) -> bool {
        let Some((percent, until)) = self.loss else {
            return false;
        };
        if Instant::now() >= until {
            self.loss = None;
            return false;
        }
        self.loss_dice.below(100) < u32::from(percent)
    }

    fn on_event(&mut self, event: Event) {
        match event {
            Event::Connected => {
                self.connected = true;
                self.connected_once = true;
                self.lock_counters().connected = true;
            }
            Event::IceConnectionStateChange(IceConnectionState::Disconnected) => {
                self.connected = false;
                self.lock_counters().connected = false;
            }
            Event::MediaAdded(added) => self.mid = Some(added.mid),
            Event::MediaData(data) => self.on_media(data),
            _ => {}
        }
    }

    fn on_media(&mut self, data: MediaData) {
        let now = Instant::now();
        let counters = Arc::clone(&self.counters);
        let mut counters = counters
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        counters.packets_received += 1;
        if let CodecExtra::Tele(event) = data.codec_extra {
            counters
                .dtmf
                .extend(self.dtmf_received.on_packet(data.time, &event));
            return;
        }
        if data.params.spec().codec != Codec::PCMU {
            return;
        }
        pcmu::decode_into(&data.data, &mut self.decoded);
        counters.meter.add(now, &self.decoded);
        self.keep_heard();
        if counters.first_audio_ms.is_none() {
            let since =
                now.saturating_duration_since(self.ice_started_at.unwrap_or(self.created_at));
            counters.first_audio_ms = Some(since.as_millis() as u64);
        }
    }

    fn send_frame(&mut self) {
        let Some(mid) = self.mid.filter(|_| self.connected) else {
            return;
        };
        let now = Instant::now();
        let rtp_time = MediaTime::new(self.media_clock, Frequency::EIGHT_KHZ);
        self.media_clock += FRAME_SAMPLES as u64;
        // Held by the far end (our side recvonly/inactive): send nothing.
        let sending = self
            .rtc
            .media(mid)
            .is_some_and(|m| m.direction().is_sending());
        if !sending {
            return;
        }
        let mut frame = [0i16; FRAME_SAMPLES];
        self.generator.fill(&mut frame);
        self.publish_tap(&frame);
        self.add_injected(&mut frame, now);
        let payload = pcmu::encode(&frame);
        let event = if now >= self.next_dtmf_at {
            next_event(&mut self.dtmf_to_send)
        } else {
            None
        };
        let Some(writer) = self.rtc.writer(mid) else {
            return;
        };
        let pcmu_pt = writer
            .payload_params()
            .find(|p| p.spec().codec == Codec::PCMU)
            .map(|p| p.pt());
        let Some(pt) = pcmu_pt else {
            return;
        };
        let writer = match event {
            Some(event) => {
                self.next_dtmf_at = now + dtmf::TONE + dtmf::GAP;
                writer.telephone_event(event)
            }
            None => writer,
        };
        match writer.write(pt, now, rtp_time, payload) {
            Ok(()) => self.lock_counters().packets_sent += 1,
            Err(e) => tracing::debug!(local = %self.local_addr, "media write: {e}"),
        }
    }

    /// Keeps the phone's frame for the tap (a few at most: a listener needs no backlog).
    fn keep_heard(&mut self) {
        if self.tap.receiver_count() == 0 {
            self.heard.clear();
            return;
        }
        let mut frame = [0i16; FRAME_SAMPLES];
        for (slot, sample) in frame.iter_mut().zip(&self.decoded) {
            *slot = *sample;
        }
        if self.heard.len() >= 4 {
            self.heard.pop_front();
        }
        self.heard.push_back(frame);
    }

    /// Both parties mixed, for media-stream listeners: our sound plus what the phone sent.
    fn publish_tap(&mut self, ours: &[i16; FRAME_SAMPLES]) {
        if self.tap.receiver_count() == 0 {
            return;
        }
        let mut mixed = *ours;
        if let Some(theirs) = self.heard.pop_front() {
            add_into(&mut mixed, &theirs);
        }
        // Fails only when every listener has gone since the check.
        let _ = self.tap.send(mixed);
    }

    /// Adds queued barge and whisper audio to the phone's frame, counting what reached it.
    fn add_injected(&mut self, frame: &mut [i16; FRAME_SAMPLES], now: Instant) {
        let mut taken = [0i16; FRAME_SAMPLES];
        let (barged, whispered) = {
            let mut injected = self
                .injected
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner());
            let barged = injected.mix_into(Source::Barge, frame, &mut taken);
            let barge = taken;
            let whispered = injected.mix_into(Source::Whisper, frame, &mut taken);
            (barged.then_some(barge), whispered)
        };
        if barged.is_none() && !whispered {
            return;
        }
        let mut counters = self.lock_counters();
        if let Some(barge) = barged {
            counters.barge_packets += 1;
            counters.barge_meter.add(now, &barge);
        }
        if whispered {
            counters.whisper_packets += 1;
        }
    }

    fn expired(&self, now: Instant) -> Option<&'static str> {
        let Some(ice_started_at) = self.ice_started_at else {
            return (now - self.created_at > ANSWER_LIMIT).then_some("offer never answered");
        };
        if !self.connected_once {
            return (now - ice_started_at > CONNECT_LIMIT).then_some("no ICE connectivity in 30 s");
        }
        let last = self.last_datagram_at.unwrap_or(ice_started_at);
        (now - last > SILENCE_LIMIT).then_some("no packets for 60 s")
    }
}

/// The next DTMF character that is a digit, as a complete RFC 4733 event.
fn next_event(
    queue: &mut std::collections::VecDeque<char>,
) -> Option<str0m::media::TelephoneEvent> {
    while let Some(digit) = queue.pop_front() {
        if let Some(event) = dtmf::outgoing_event(digit) {
            return Some(event);
        }
    }
    None
}
