//! What a simulated party hears from other parties: the caller of a call the stand-in places
//! (`POST /v1.0/sim/calls`) has no phone and no media leg, yet on VoIPBIN a media stream's
//! client is heard by both parties (bin-call-manager/pkg/externalmediahandler/start.go: snoop
//! with whisper both) while a speaking `out` on the agent's leg is heard by that leg alone
//! (bin-tts-manager models/streaming). An ear takes barge and whisper audio like a leg does and
//! counts it, clocked lazily in 20 ms frames (no task: nothing is played anywhere), so tests can
//! tell what reached the caller.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use super::audio::level::LevelMeter;
use super::audio::FRAME_SAMPLES;
use super::mix::{Injected, Source};

const FRAME: Duration = Duration::from_millis(20);
/// An ear nothing reached for this long is forgotten (ended legs are listed as long).
const FORGET_AFTER: Duration = Duration::from_secs(300);

#[derive(Default)]
pub struct Ear {
    injected: Injected,
    /// When the next queued frame is heard; none while nothing is queued.
    next_frame_at: Option<Instant>,
    barge_packets: u64,
    barge_meter: LevelMeter,
    whisper_packets: u64,
    whispers: Vec<String>,
}

impl Ear {
    /// Queues `samples` from `source`, heard from `now` on at one frame per 20 ms.
    pub fn push(&mut self, now: Instant, source: Source, samples: &[i16]) {
        self.hear_until(now);
        self.injected.push(source, samples);
        self.next_frame_at.get_or_insert(now);
    }

    /// Takes every frame due by `now` from the queues, counting what was heard.
    pub fn hear_until(&mut self, now: Instant) {
        while let Some(at) = self.next_frame_at.filter(|at| *at <= now) {
            let mut frame = [0i16; FRAME_SAMPLES];
            let mut taken = [0i16; FRAME_SAMPLES];
            let barged = self
                .injected
                .mix_into(Source::Barge, &mut frame, &mut taken);
            if barged {
                self.barge_packets += 1;
                self.barge_meter.add(at, &taken);
            }
            let whispered = self
                .injected
                .mix_into(Source::Whisper, &mut frame, &mut taken);
            if whispered {
                self.whisper_packets += 1;
            }
            self.next_frame_at = (barged || whispered).then_some(at + FRAME);
        }
    }

    fn json(&mut self, call_id: &str, now: Instant) -> Value {
        self.hear_until(now);
        json!({
            "call_id": call_id,
            "barge_packets": self.barge_packets,
            "barge_level_dbfs": self.barge_meter.level_dbfs(now),
            "whisper_packets": self.whisper_packets,
            "whispers": self.whispers,
        })
    }
}

/// The simulated parties' ears, by VoIPBIN call id.
#[derive(Default)]
pub struct Ears {
    ears: HashMap<String, (Ear, Instant)>,
}

impl Ears {
    /// The call's ear, made (silent) if new: a media stream on the call makes it, so that a
    /// report shows zero rather than nothing while a supervisor only listens.
    pub fn ear(&mut self, call_id: &str, now: Instant) -> &mut Ear {
        self.ears
            .retain(|_, (_, touched)| now.duration_since(*touched) < FORGET_AFTER);
        let (ear, touched) = self
            .ears
            .entry(call_id.to_owned())
            .or_insert_with(|| (Ear::default(), now));
        *touched = now;
        ear
    }

    /// Queues a whispered `text` (as `samples`) on the call's ear and lists it.
    pub fn whisper(&mut self, call_id: &str, now: Instant, text: &str, samples: &[i16]) {
        let ear = self.ear(call_id, now);
        ear.push(now, Source::Whisper, samples);
        ear.whispers.push(text.to_owned());
    }

    /// Every ear for `GET /v1.0/sim/phone`, by call id.
    pub fn json(&mut self, now: Instant) -> Vec<Value> {
        let mut ids: Vec<String> = self.ears.keys().cloned().collect();
        ids.sort();
        ids.iter()
            .filter_map(|id| Some(self.ears.get_mut(id)?.0.json(id, now)))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(ears: &mut Ears, now: Instant) -> Value {
        ears.json(now).into_iter().next().expect("one ear")
    }

    #[test]
    fn barge_is_heard_one_frame_per_20_ms_at_its_level() {
        let start = Instant::now();
        let mut ears = Ears::default();
        ears.ear("caller", start);
        assert_eq!(report(&mut ears, start)["barge_packets"], 0);
        assert_eq!(report(&mut ears, start)["barge_level_dbfs"], -120.0);
        // Ten frames of a square wave at a quarter of full scale: -12 dBFS.
        let loud = vec![8_192i16; 10 * FRAME_SAMPLES];
        ears.ear("caller", start).push(start, Source::Barge, &loud);
        let after_100ms = start + Duration::from_millis(100);
        assert_eq!(report(&mut ears, after_100ms)["barge_packets"], 6);
        let after_1s = start + Duration::from_secs(1);
        let heard = report(&mut ears, after_1s);
        assert_eq!(heard["barge_packets"], 10);
        let dbfs = heard["barge_level_dbfs"].as_f64().unwrap();
        assert!((dbfs + 12.0).abs() < 0.2, "{dbfs}");
        assert_eq!(heard["whisper_packets"], 0);
    }

    #[test]
    fn whispers_and_barge_are_counted_apart_and_the_clock_restarts_after_silence() {
        let start = Instant::now();
        let mut ears = Ears::default();
        ears.whisper("caller", start, "hello", &[100; 2 * FRAME_SAMPLES]);
        let later = start + Duration::from_secs(10);
        let heard = report(&mut ears, later);
        assert_eq!(heard["whisper_packets"], 2);
        assert_eq!(heard["barge_packets"], 0);
        assert_eq!(heard["whispers"], json!(["hello"]));
        // Ten seconds of silence do not count as frames: the next push starts a new clock.
        ears.ear("caller", later)
            .push(later, Source::Barge, &[1_000; FRAME_SAMPLES]);
        let heard = report(&mut ears, later);
        assert_eq!(heard["barge_packets"], 1);
        assert!(heard["barge_level_dbfs"].as_f64().unwrap() > -40.0);
    }

    #[test]
    fn an_ear_nothing_reached_for_five_minutes_is_forgotten() {
        let start = Instant::now();
        let mut ears = Ears::default();
        ears.ear("old", start);
        ears.ear("new", start + FORGET_AFTER);
        let ids: Vec<Value> = ears
            .json(start + FORGET_AFTER)
            .into_iter()
            .map(|ear| ear["call_id"].clone())
            .collect();
        assert_eq!(ids, vec![json!("new")]);
    }
}
