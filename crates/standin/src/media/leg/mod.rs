//! One leg's task state: the str0m `Rtc`, its socket, and negotiation on behalf of the handles.

mod run;

use std::collections::VecDeque;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Instant;

use str0m::change::SdpPendingOffer;
use str0m::media::{MediaKind, Mid};
use str0m::{Candidate, Rtc, RtcConfig};
use tokio::net::UdpSocket;
use tokio::sync::{broadcast, oneshot};

use super::audio::{Generator, Rng, FRAME_SAMPLES};
use super::dtmf::DtmfReceiver;
use super::mix::Injected;
use super::sdp::{self, RemoteAudio};
use super::stats::LegCounters;
use super::{codecs, Direction, MediaError, MediaSettings, Sound};

type Reply<T> = oneshot::Sender<Result<T, MediaError>>;

pub enum Command {
    /// The far end's answer to our offer or re-offer.
    AcceptAnswer(String, Reply<()>),
    Renegotiate(String, Reply<String>),
    Reoffer(Direction, Reply<String>),
    SetSound(Sound),
    SendDtmf(String),
    SetLoss(u8, u64),
    Close,
}

pub struct LegTask {
    rtc: Rtc,
    socket: UdpSocket,
    local_addr: SocketAddr,
    mid: Option<Mid>,
    /// ICE and DTLS are up now / have been up at some point.
    connected: bool,
    connected_once: bool,
    pending_offer: Option<SdpPendingOffer>,
    counters: Arc<Mutex<LegCounters>>,
    generator: Generator,
    /// RTP time of the next audio frame, in 8 kHz samples.
    media_clock: u64,
    dtmf_to_send: VecDeque<char>,
    next_dtmf_at: Instant,
    dtmf_received: DtmfReceiver,
    /// Share of datagrams dropped (percent) and until when.
    loss: Option<(u8, Instant)>,
    loss_dice: Rng,
    created_at: Instant,
    /// When the remote description was first applied: ICE can start.
    ice_started_at: Option<Instant>,
    last_datagram_at: Option<Instant>,
    decoded: Vec<i16>,
    /// Barge and whisper audio waiting to be added to what the phone hears.
    injected: Arc<Mutex<Injected>>,
    /// The conversation as a listener hears it (our sound + the phone's), one frame per tick.
    tap: broadcast::Sender<[i16; FRAME_SAMPLES]>,
    /// The phone's latest decoded frames, waiting for the next tick's tap frame.
    heard: VecDeque<[i16; FRAME_SAMPLES]>,
    /// The o= version of the next SDP we send.
    sdp_version: u64,
}

impl LegTask {
    pub async fn offering(
        settings: &MediaSettings,
        sound: Sound,
    ) -> Result<(LegTask, String), MediaError> {
        let mut task = LegTask::new(settings, codecs::offering(), sound).await?;
        let mut change = task.rtc.sdp_api();
        let mid = change.add_media(
            MediaKind::Audio,
            Direction::SendRecv.into(),
            None,
            None,
            None,
        );
        let (offer, pending) = change
            .apply()
            .ok_or_else(|| MediaError::State("str0m made no offer".into()))?;
        task.mid = Some(mid);
        task.pending_offer = Some(pending);
        let offer = task.finish_local(&offer.to_sdp_string());
        Ok((task, offer))
    }

    pub async fn answering(
        settings: &MediaSettings,
        offer_sdp: &str,
        sound: Sound,
    ) -> Result<(LegTask, String), MediaError> {
        let remote = sdp::read_remote(offer_sdp)?;
        let offer = sdp::parse_offer(offer_sdp)?;
        let mut task = LegTask::new(settings, codecs::answering(&remote)?, sound).await?;
        let answer = task
            .rtc
            .sdp_api()
            .accept_offer(offer)
            .map_err(|e| MediaError::BadSdp(e.to_string()))?;
        task.remote_applied(&remote);
        let answer = task.finish_local(&answer.to_sdp_string());
        Ok((task, answer))
    }

    async fn new(
        settings: &MediaSettings,
        config: RtcConfig,
        sound: Sound,
    ) -> Result<LegTask, MediaError> {
        let socket = UdpSocket::bind(SocketAddr::new(settings.ip, 0))
            .await
            .map_err(|e| MediaError::Io(e.to_string()))?;
        let local_addr = socket
            .local_addr()
            .map_err(|e| MediaError::Io(e.to_string()))?;
        let now = Instant::now();
        let mut rtc = config.build(now);
        let candidate =
            Candidate::host(local_addr, "udp").map_err(|e| MediaError::Io(e.to_string()))?;
        rtc.add_local_candidate(candidate);
        let seed = local_addr.port().into();
        Ok(LegTask {
            rtc,
            socket,
            local_addr,
            mid: None,
            connected: false,
            connected_once: false,
            pending_offer: None,
            counters: Arc::default(),
            generator: Generator::new(&sound),
            media_clock: 0,
            dtmf_to_send: VecDeque::new(),
            next_dtmf_at: now,
            dtmf_received: DtmfReceiver::default(),
            loss: None,
            loss_dice: Rng::new(seed),
            created_at: now,
            ice_started_at: None,
            last_datagram_at: None,
            decoded: Vec::with_capacity(FRAME_SAMPLES),
            injected: Arc::default(),
            // A listener that falls this far behind skips ahead (broadcast lag).
            tap: broadcast::channel(16).0,
            heard: VecDeque::new(),
            sdp_version: 1,
        })
    }

    pub fn counters(&self) -> Arc<Mutex<LegCounters>> {
        Arc::clone(&self.counters)
    }

    pub fn injected(&self) -> Arc<Mutex<Injected>> {
        Arc::clone(&self.injected)
    }

    pub fn tap(&self) -> broadcast::Sender<[i16; FRAME_SAMPLES]> {
        self.tap.clone()
    }

    fn lock_counters(&self) -> MutexGuard<'_, LegCounters> {
        self.counters
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn finish_local(&mut self, sdp: &str) -> String {
        let version = self.sdp_version;
        self.sdp_version += 1;
        sdp::finish_local(sdp, self.local_addr, version)
    }

    fn remote_applied(&mut self, remote: &RemoteAudio) {
        self.ice_started_at.get_or_insert_with(Instant::now);
        self.lock_counters().held = remote.holds();
    }

    fn accept_answer(&mut self, answer_sdp: &str) -> Result<(), MediaError> {
        let remote = sdp::read_remote(answer_sdp)?;
        codecs::check_answer(&remote)?;
        let answer = sdp::parse_answer(answer_sdp)?;
        // Taken only now: a broken answer leaves the offer open for a good one.
        let pending = self
            .pending_offer
            .take()
            .ok_or_else(|| MediaError::State("no offer is waiting for an answer".into()))?;
        self.rtc
            .sdp_api()
            .accept_answer(pending, answer)
            .map_err(|e| MediaError::BadSdp(e.to_string()))?;
        self.remote_applied(&remote);
        Ok(())
    }

    fn renegotiate(&mut self, offer_sdp: &str) -> Result<String, MediaError> {
        let remote = sdp::read_remote(offer_sdp)?;
        if !remote.pcmu {
            return Err(MediaError::NoCommonCodec);
        }
        let offer = sdp::parse_offer(offer_sdp)?;
        // A new offer from the far end replaces any offer of ours still waiting.
        self.pending_offer = None;
        let answer = self
            .rtc
            .sdp_api()
            .accept_offer(offer)
            .map_err(|e| MediaError::BadSdp(e.to_string()))?;
        self.remote_applied(&remote);
        Ok(self.finish_local(&answer.to_sdp_string()))
    }

    fn reoffer(&mut self, direction: Direction) -> Result<String, MediaError> {
        let mid = self
            .mid
            .ok_or_else(|| MediaError::State("no audio negotiated yet".into()))?;
        let wanted: str0m::media::Direction = direction.into();
        let current = self.rtc.media(mid).map(|media| media.direction());
        let mut change = self.rtc.sdp_api();
        if current == Some(wanted) {
            // str0m only offers when something changed; an offer that changes nothing is still
            // needed (a re-INVITE without SDP asks for one), so change and change back.
            let other = match wanted {
                str0m::media::Direction::Inactive => str0m::media::Direction::SendRecv,
                _ => str0m::media::Direction::Inactive,
            };
            change.set_direction(mid, other);
        }
        change.set_direction(mid, wanted);
        let (offer, pending) = change
            .apply()
            .ok_or_else(|| MediaError::State("str0m made no offer".into()))?;
        self.pending_offer = Some(pending);
        Ok(self.finish_local(&offer.to_sdp_string()))
    }
}

impl From<Direction> for str0m::media::Direction {
    fn from(direction: Direction) -> Self {
        match direction {
            Direction::SendRecv => str0m::media::Direction::SendRecv,
            Direction::SendOnly => str0m::media::Direction::SendOnly,
            Direction::RecvOnly => str0m::media::Direction::RecvOnly,
            Direction::Inactive => str0m::media::Direction::Inactive,
        }
    }
}
