//! One call's WebRTC media: an `RtcPeerConnection` that sends the agent's microphone and plays
//! the far end through the chosen speaker. SIP carries whole SDPs (no trickle ICE), so every
//! local description is read once its candidates are in (`gathered_sdp`).

use crate::msg;
use js_sys::Reflect;
use std::rc::Rc;
use voipbin_sip::sdp::Sdp;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    HtmlAudioElement, MediaStream, MediaStreamTrack, RtcConfiguration, RtcIceGatheringState,
    RtcPeerConnection, RtcRtpSender, RtcRtpTransceiver, RtcRtpTransceiverDirection, RtcSdpType,
    RtcSessionDescriptionInit, RtcTrackEvent,
};

/// Gathering host candidates takes milliseconds; past this the candidates found so far are sent.
const GATHERING_LIMIT_MS: u32 = 2_000;
/// How long after the local description a UDP candidate is taken as all that is needed (other
/// network interfaces' UDP candidates arrive together with the first).
const UDP_SETTLE_MS: u32 = 20;
const GATHERING_POLL_MS: u32 = 5;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MediaError(pub String);

impl MediaError {
    /// The browser's technical detail stays as it came.
    pub fn words(&self) -> super::Words {
        super::Words::new(msg!("phone-audio-failed")).with("detail", self.0.as_str())
    }
}

fn error(context: &str, value: JsValue) -> MediaError {
    let message = Reflect::get(&value, &"message".into())
        .ok()
        .and_then(|m| m.as_string())
        .unwrap_or_else(|| format!("{value:?}"));
    MediaError(format!("{context}: {message}"))
}

pub struct CallMedia {
    pc: RtcPeerConnection,
    track: MediaStreamTrack,
    speaker: HtmlAudioElement,
    /// Kept alive as long as the connection: the browser calls it for the far end's track.
    _on_track: Closure<dyn FnMut(RtcTrackEvent)>,
}

impl CallMedia {
    /// A connection sending `microphone`'s first audio track, playing to `speaker_id` ("" =
    /// default output).
    pub fn new(microphone: &MediaStream, speaker_id: &str) -> Result<Rc<CallMedia>, MediaError> {
        let track: MediaStreamTrack = microphone
            .get_audio_tracks()
            .get(0)
            .dyn_into()
            .map_err(|_| MediaError("the microphone has no audio track".into()))?;
        let config = RtcConfiguration::new();
        let pc = RtcPeerConnection::new_with_configuration(&config)
            .map_err(|e| error("creating the connection", e))?;
        let speaker = HtmlAudioElement::new().map_err(|e| error("creating the speaker", e))?;
        speaker.set_autoplay(true);
        if !speaker_id.is_empty() {
            super::devices::route_output(&speaker, speaker_id);
        }
        let playing = speaker.clone();
        let on_track = Closure::<dyn FnMut(RtcTrackEvent)>::new(move |event: RtcTrackEvent| {
            let stream = match event.streams().get(0).dyn_into::<MediaStream>() {
                Ok(stream) => stream,
                Err(_) => match MediaStream::new() {
                    Ok(stream) => {
                        stream.add_track(&event.track());
                        stream
                    }
                    Err(_) => return,
                },
            };
            playing.set_src_object(Some(&stream));
            if let Ok(promise) = playing.play() {
                wasm_bindgen_futures::spawn_local(async move {
                    let _ = JsFuture::from(promise).await;
                });
            }
        });
        pc.set_ontrack(Some(on_track.as_ref().unchecked_ref()));
        Ok(Rc::new(CallMedia {
            pc,
            track,
            speaker,
            _on_track: on_track,
        }))
    }

    /// Answers the far end's offer: our SDP for the 200 OK.
    pub async fn answer(&self, offer_sdp: &str) -> Result<String, MediaError> {
        self.set_remote(RtcSdpType::Offer, offer_sdp).await?;
        self.attach_microphone();
        let answer = JsFuture::from(self.pc.create_answer())
            .await
            .map_err(|e| error("creating the answer", e))?;
        self.set_local(&answer).await?;
        self.gathered_sdp().await
    }

    /// An offer for a call we place.
    pub async fn offer(&self) -> Result<String, MediaError> {
        self.attach_microphone();
        self.create_offer().await
    }

    /// The far end's answer to our offer (first INVITE or re-INVITE).
    pub async fn accept_answer(&self, answer_sdp: &str) -> Result<(), MediaError> {
        self.set_remote(RtcSdpType::Answer, answer_sdp).await
    }

    /// A re-INVITE offer that holds (we only send, so the far end may play music) or resumes.
    pub async fn hold_offer(&self, hold: bool) -> Result<String, MediaError> {
        let direction = if hold {
            RtcRtpTransceiverDirection::Sendonly
        } else {
            RtcRtpTransceiverDirection::Sendrecv
        };
        for transceiver in self.transceivers() {
            transceiver.set_direction(direction);
        }
        self.create_offer().await
    }

    /// What the microphone sends: muting disables the track (the connection stays up).
    pub fn set_muted(&self, muted: bool) {
        self.track.set_enabled(!muted);
    }

    /// Digits as RFC 4733 events in the audio (VoIPBIN has no other way for DTMF).
    pub fn send_digits(&self, digits: &str) -> bool {
        let Some(sender) = self.audio_sender() else {
            return false;
        };
        let Some(dtmf) = sender.dtmf() else {
            return false;
        };
        // insertDTMF replaces the tones still waiting, so keys pressed quickly are appended to
        // them. It throws when the sender cannot send tones now (web-sys's binding does not
        // catch), so it is called through a `Function`, whose call returns the error instead.
        let queued = format!("{}{digits}", dtmf.tone_buffer());
        Reflect::get(&dtmf, &"insertDTMF".into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
            .is_some_and(|insert| {
                insert
                    .call3(&dtmf, &queued.into(), &100.into(), &70.into())
                    .is_ok()
            })
    }

    pub fn connection(&self) -> &RtcPeerConnection {
        &self.pc
    }

    pub fn set_speaker(&self, device_id: &str) {
        super::devices::route_output(&self.speaker, device_id);
    }

    pub fn close(&self) {
        self.pc.set_ontrack(None);
        self.pc.close();
        self.speaker.set_src_object(None);
    }

    fn attach_microphone(&self) {
        if self.audio_sender().is_some() {
            return;
        }
        // The offer's audio transceiver (answering) or a new one (offering) takes the track.
        let free = self
            .transceivers()
            .into_iter()
            .find(|t| t.sender().track().is_none());
        match free {
            Some(transceiver) => {
                transceiver.set_direction(RtcRtpTransceiverDirection::Sendrecv);
                let _ = transceiver.sender().replace_track(Some(&self.track));
            }
            None => {
                self.pc.add_transceiver_with_media_stream_track(&self.track);
            }
        }
    }

    fn audio_sender(&self) -> Option<RtcRtpSender> {
        self.pc
            .get_senders()
            .iter()
            .filter_map(|s| s.dyn_into::<RtcRtpSender>().ok())
            .find(|s| s.track().is_some())
    }

    fn transceivers(&self) -> Vec<RtcRtpTransceiver> {
        self.pc
            .get_transceivers()
            .iter()
            .filter_map(|t| t.dyn_into::<RtcRtpTransceiver>().ok())
            .collect()
    }

    async fn create_offer(&self) -> Result<String, MediaError> {
        let offer = JsFuture::from(self.pc.create_offer())
            .await
            .map_err(|e| error("creating the offer", e))?;
        self.set_local(&offer).await?;
        self.gathered_sdp().await
    }

    async fn set_local(&self, description: &JsValue) -> Result<(), MediaError> {
        let sdp_type = Reflect::get(description, &"type".into())
            .ok()
            .and_then(|t| t.as_string())
            .unwrap_or_default();
        let sdp = Reflect::get(description, &"sdp".into())
            .ok()
            .and_then(|t| t.as_string())
            .unwrap_or_default();
        let init = RtcSessionDescriptionInit::new(if sdp_type == "answer" {
            RtcSdpType::Answer
        } else {
            RtcSdpType::Offer
        });
        init.set_sdp(&sdp);
        JsFuture::from(self.pc.set_local_description(&init))
            .await
            .map(drop)
            .map_err(|e| error("applying our description", e))
    }

    async fn set_remote(&self, kind: RtcSdpType, sdp: &str) -> Result<(), MediaError> {
        let init = RtcSessionDescriptionInit::new(kind);
        init.set_sdp(sdp);
        JsFuture::from(self.pc.set_remote_description(&init))
            .await
            .map(drop)
            .map_err(|e| error("applying the far end's description", e))
    }

    /// The local description once its candidates are in: when gathering completes, or once it
    /// has a UDP candidate and `UDP_SETTLE_MS` passed. Chromium finds its UDP host candidates at
    /// once and its TCP ones ~115 ms later (bench/phone); no STUN or TURN is configured and the
    /// media servers speak UDP, so waiting for those would only delay the 200 OK. (With a STUN
    /// or TURN server configured, this would also have to wait for srflx/relay candidates.)
    async fn gathered_sdp(&self) -> Result<String, MediaError> {
        let started = js_sys::Date::now();
        loop {
            let waited = js_sys::Date::now() - started;
            let sdp = self.pc.local_description().map(|d| d.sdp());
            let usable = waited >= f64::from(UDP_SETTLE_MS)
                && sdp
                    .as_deref()
                    .and_then(|sdp| Sdp::parse(sdp).ok())
                    .is_some_and(|sdp| sdp.has_udp_candidate());
            if usable
                || waited >= f64::from(GATHERING_LIMIT_MS)
                || self.pc.ice_gathering_state() == RtcIceGatheringState::Complete
            {
                return sdp
                    .filter(|sdp| !sdp.is_empty())
                    .ok_or_else(|| MediaError("no local description".into()));
            }
            gloo_timers::future::TimeoutFuture::new(GATHERING_POLL_MS).await;
        }
    }
}
