//! What a media stream hears and where its client's audio goes. A call answered on phones is
//! heard through its legs' taps (the stand-in's caller sound plus what each phone sends) and
//! barged into each leg; a call or conference without a phone leg is the stand-in's generated
//! voice. The conversation's calls that no phone carries (the caller of a call the stand-in
//! placed) are simulated parties: barge audio reaches their ears (media/ear.rs).

use std::collections::VecDeque;
use std::time::Instant;

use tokio::sync::broadcast::error::TryRecvError;
use tokio::sync::broadcast::Receiver;
use voipbin_protocol::{CallStatus, ConferenceStatus};

use crate::media::{Frame, Generator, MediaLeg, Sound, Source};
use crate::sip::{call_media, seed_of};
use crate::state::AppState;

/// Frames kept per leg between ticks: the leg's clock and the stream's drift apart slowly.
const BACKLOG_FRAMES: usize = 3;

#[derive(Clone, Debug)]
pub enum Target {
    Call(String),
    Conference(String),
}

struct Tapped {
    sip_call_id: String,
    leg: MediaLeg,
    frames: Receiver<Frame>,
    backlog: VecDeque<Frame>,
}

pub struct Sources {
    target: Target,
    legs: Vec<Tapped>,
    /// Calls of a call's conversation with no phone leg (none for a conference).
    simulated: Vec<String>,
    generated: Generator,
}

impl Sources {
    pub fn new(target: Target) -> Sources {
        let seed = match &target {
            Target::Call(id) | Target::Conference(id) => seed_of(id),
        };
        Sources {
            target,
            legs: Vec::new(),
            simulated: Vec::new(),
            generated: Generator::new(&Sound::Voice { seed }),
        }
    }

    /// Picks up legs that came up and drops those that ended; false once the call hung up
    /// (or the conference ended): the stream ends with it.
    pub fn refresh(&mut self, state: &AppState) -> bool {
        let call_ids = {
            let sim = state.sim();
            match &self.target {
                Target::Call(id) => match sim.call(id) {
                    Some(call) if call.status != CallStatus::Hangup => sim.conversation_calls(id),
                    _ => return false,
                },
                Target::Conference(id) => {
                    return sim.conference(id).is_some_and(|c| {
                        !matches!(
                            c.status,
                            ConferenceStatus::Terminating | ConferenceStatus::Terminated
                        )
                    })
                }
            }
        };
        let live = call_media::live_media(state, &call_ids);
        self.simulated = call_media::simulated_parties(&call_ids, &live);
        let now = Instant::now();
        let mut ears = state.simulated_ears();
        for call_id in &self.simulated {
            ears.ear(call_id, now);
        }
        drop(ears);
        self.legs
            .retain(|t| live.iter().any(|l| l.sip_call_id == t.sip_call_id));
        for live_leg in live {
            if self
                .legs
                .iter()
                .all(|t| t.sip_call_id != live_leg.sip_call_id)
            {
                self.legs.push(Tapped {
                    frames: live_leg.media.listen(),
                    sip_call_id: live_leg.sip_call_id,
                    leg: live_leg.media,
                    backlog: VecDeque::new(),
                });
            }
        }
        true
    }

    /// The next 20 ms of the conversation.
    pub fn next_frame(&mut self) -> Frame {
        let mut mixed = [0i16; crate::media::FRAME_SAMPLES];
        if self.legs.is_empty() {
            self.generated.fill(&mut mixed);
            return mixed;
        }
        for tapped in &mut self.legs {
            loop {
                match tapped.frames.try_recv() {
                    Ok(frame) => tapped.backlog.push_back(frame),
                    Err(TryRecvError::Lagged(_)) => continue,
                    Err(TryRecvError::Empty | TryRecvError::Closed) => break,
                }
            }
            while tapped.backlog.len() > BACKLOG_FRAMES {
                tapped.backlog.pop_front();
            }
            if let Some(frame) = tapped.backlog.pop_front() {
                crate::media::add_into(&mut mixed, &frame);
            }
        }
        mixed
    }

    /// The client's audio, heard by every party of the call: on its phone legs and by its
    /// simulated parties.
    pub fn barge(&self, state: &AppState, samples: &[i16]) {
        for tapped in &self.legs {
            tapped.leg.inject(Source::Barge, samples);
        }
        let now = Instant::now();
        let mut ears = state.simulated_ears();
        for call_id in &self.simulated {
            ears.ear(call_id, now).push(now, Source::Barge, samples);
        }
    }
}
