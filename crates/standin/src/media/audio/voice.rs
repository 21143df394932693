//! A voice-like signal, cheap enough for hundreds of legs: a glottal pulse train (pitch with
//! phrase intonation) through three formant resonators gliding between vowels, syllables at
//! about 4-5 per second with an envelope and noisy consonant onsets, pauses between phrases.
//! About -20 dBFS RMS while talking.

use std::f32::consts::PI;

use super::{Rng, SAMPLE_RATE};

/// (F1, F2, F3) in Hz for a, e, i, o, u.
const VOWELS: [[f32; 3]; 5] = [
    [730.0, 1090.0, 2440.0],
    [530.0, 1840.0, 2480.0],
    [290.0, 2250.0, 2900.0],
    [570.0, 840.0, 2410.0],
    [320.0, 870.0, 2240.0],
];
const BANDWIDTHS: [f32; 3] = [90.0, 110.0, 170.0];
/// Calibrated so that talking measures about -20 dBFS RMS (see the test below).
const OUTPUT_GAIN: f32 = 24000.0;

/// Two-pole resonator (Klatt style, unity gain at DC).
#[derive(Default, Clone, Copy)]
struct Resonator {
    a: f32,
    b: f32,
    c: f32,
    y1: f32,
    y2: f32,
}

impl Resonator {
    fn tune(&mut self, frequency: f32, bandwidth: f32) {
        let r = (-PI * bandwidth / SAMPLE_RATE).exp();
        self.c = -r * r;
        self.b = 2.0 * r * (2.0 * PI * frequency / SAMPLE_RATE).cos();
        self.a = 1.0 - self.b - self.c;
    }

    fn step(&mut self, x: f32) -> f32 {
        let y = self.a * x + self.b * self.y1 + self.c * self.y2;
        self.y2 = self.y1;
        self.y1 = y;
        y
    }
}

enum Segment {
    Syllable {
        length: u32,
        /// Samples of consonant noise before the vowel.
        onset: u32,
    },
    Pause {
        length: u32,
    },
}

pub struct Voice {
    rng: Rng,
    base_pitch: f32,
    phase: f32,
    previous_pulse: f32,
    resonators: [Resonator; 3],
    formants: [f32; 3],
    target_formants: [f32; 3],
    segment: Segment,
    position: u32,
    syllables_in_phrase: u32,
    syllable_index: u32,
    question: bool,
    pitch: f32,
    loudness: f32,
}

impl Voice {
    pub fn new(seed: u64) -> Voice {
        let mut rng = Rng::new(seed);
        let base_pitch = 100.0 + 120.0 * rng.unit();
        let mut voice = Voice {
            rng,
            base_pitch,
            phase: 0.0,
            previous_pulse: 0.0,
            resonators: [Resonator::default(); 3],
            formants: VOWELS[0],
            target_formants: VOWELS[0],
            segment: Segment::Pause { length: 0 },
            position: 0,
            syllables_in_phrase: 0,
            syllable_index: 0,
            question: false,
            pitch: base_pitch,
            loudness: 1.0,
        };
        voice.retune();
        voice
    }

    /// Fills one frame. Parameters (formants, pitch) move once per frame; samples are synthesised
    /// one by one.
    pub fn fill(&mut self, out: &mut [i16]) {
        self.glide_formants();
        for sample in out.iter_mut() {
            if self.position >= self.segment_length() {
                self.next_segment();
            }
            *sample = self.next_sample();
            self.position += 1;
        }
    }

    fn segment_length(&self) -> u32 {
        match self.segment {
            Segment::Syllable { length, .. } | Segment::Pause { length } => length,
        }
    }

    fn next_segment(&mut self) {
        self.position = 0;
        if self.syllable_index >= self.syllables_in_phrase {
            // Between phrases: a pause, then a new phrase of 3-9 syllables.
            self.syllables_in_phrase = 3 + self.rng.below(7);
            self.syllable_index = 0;
            self.question = self.rng.unit() < 0.2;
            let length = samples_in(250.0 + 500.0 * self.rng.unit());
            self.segment = Segment::Pause { length };
            return;
        }
        let length = samples_in(170.0 + 100.0 * self.rng.unit());
        let onset = if self.rng.unit() < 0.6 {
            samples_in(25.0 + 35.0 * self.rng.unit())
        } else {
            0
        };
        let accent = if self.rng.unit() < 0.3 { 1.15 } else { 1.0 };
        self.target_formants = VOWELS[self.rng.below(VOWELS.len() as u32) as usize];
        self.segment = Segment::Syllable { length, onset };
        self.syllable_index += 1;
        // Declination over the phrase, a final rise for questions.
        let progress = self.syllable_index as f32 / self.syllables_in_phrase as f32;
        let contour = if self.question && self.syllable_index == self.syllables_in_phrase {
            1.3
        } else {
            1.12 - 0.25 * progress
        };
        self.pitch = self.base_pitch * contour * accent;
        // Lower voices make fewer, gentler pulses: even out their loudness (fitted by ear of
        // the level test, not physics).
        self.loudness = (150.0 / self.pitch).powf(1.4);
    }

    fn next_sample(&mut self) -> i16 {
        let (excitation, envelope) = match self.segment {
            Segment::Pause { .. } => (0.0, 0.0),
            Segment::Syllable { onset, .. } if self.position < onset => {
                // Consonant onset: noise, swelling and fading.
                let shape = (PI * self.position as f32 / onset as f32).sin();
                (0.15 * self.rng.signed_unit(), shape)
            }
            Segment::Syllable { length, onset, .. } => {
                let voiced_position = (self.position - onset) as f32;
                let voiced_length = (length - onset) as f32;
                let attack = voiced_position / samples_in(25.0) as f32;
                let release = (voiced_length - voiced_position) / samples_in(60.0) as f32;
                let envelope = attack.min(release).min(1.0);
                // A slight rise and fall of pitch inside the syllable.
                let bend = 1.0 + 0.04 * (PI * voiced_position / voiced_length).sin();
                self.phase += self.pitch * bend / SAMPLE_RATE;
                if self.phase >= 1.0 {
                    self.phase -= 1.0;
                }
                let pulse = glottal_pulse(self.phase);
                // Lip radiation: the first difference of the glottal flow, plus some breath.
                let radiated = pulse - self.previous_pulse;
                self.previous_pulse = pulse;
                (
                    self.loudness * radiated + 0.01 * self.rng.signed_unit(),
                    envelope,
                )
            }
        };
        let mut signal = excitation * envelope;
        for resonator in &mut self.resonators {
            signal = resonator.step(signal);
        }
        (signal * OUTPUT_GAIN).clamp(-32767.0, 32767.0) as i16
    }

    fn glide_formants(&mut self) {
        for (current, target) in self.formants.iter_mut().zip(self.target_formants) {
            *current += (target - *current) * 0.35;
        }
        self.retune();
    }

    fn retune(&mut self) {
        for ((resonator, frequency), bandwidth) in self
            .resonators
            .iter_mut()
            .zip(self.formants)
            .zip(BANDWIDTHS)
        {
            resonator.tune(frequency, bandwidth);
        }
    }
}

fn samples_in(milliseconds: f32) -> u32 {
    (milliseconds * SAMPLE_RATE / 1000.0) as u32
}

/// Rosenberg glottal flow pulse over one pitch period (opening 40 %, closing 16 %, then closed).
fn glottal_pulse(phase: f32) -> f32 {
    if phase < 0.4 {
        0.5 * (1.0 - (PI * phase / 0.4).cos())
    } else if phase < 0.56 {
        (0.5 * PI * (phase - 0.4) / 0.16).cos()
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::super::level::rms_dbfs;
    use super::super::FRAME_SAMPLES;
    use super::*;

    fn frames(seed: u64, seconds: usize) -> Vec<[i16; FRAME_SAMPLES]> {
        let mut voice = Voice::new(seed);
        (0..seconds * 50)
            .map(|_| {
                let mut frame = [0i16; FRAME_SAMPLES];
                voice.fill(&mut frame);
                frame
            })
            .collect()
    }

    #[test]
    fn talks_at_about_minus_twenty_dbfs_with_pauses_between_phrases() {
        for seed in [1, 7, 42, 1234] {
            let frames = frames(seed, 20);
            let talking: Vec<i16> = frames
                .iter()
                .filter(|frame| rms_dbfs(&frame[..]) > -45.0)
                .flat_map(|frame| frame.iter().copied())
                .collect();
            let level = rms_dbfs(&talking);
            assert!(
                (-22.0..=-18.0).contains(&level),
                "seed {seed}: {level} dBFS"
            );
            let silent = frames.iter().filter(|f| rms_dbfs(&f[..]) < -60.0).count();
            // Pauses exist but do not dominate (20 s = 1000 frames).
            assert!(
                (50..500).contains(&silent),
                "seed {seed}: {silent} silent frames"
            );
        }
    }

    #[test]
    fn syllables_come_at_about_four_to_five_per_second() {
        let frames = frames(3, 20);
        let loud: Vec<bool> = frames.iter().map(|f| rms_dbfs(&f[..]) > -32.0).collect();
        let onsets = loud.windows(2).filter(|w| !w[0] && w[1]).count();
        // Some syllables merge at the frame level; pauses take their share of time.
        assert!(
            (40..=110).contains(&onsets),
            "{onsets} syllable onsets in 20 s"
        );
    }

    #[test]
    fn different_seeds_sound_different_and_one_seed_repeats() {
        assert_ne!(frames(1, 1), frames(2, 1));
        assert_eq!(frames(5, 1), frames(5, 1));
    }
}
