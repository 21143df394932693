//! Music on hold: a simple repeating melody of plucked notes (a fundamental and two harmonics
//! with a decaying envelope), about -20 dBFS RMS.

use std::f32::consts::TAU;

use super::SAMPLE_RATE;

/// (MIDI note, length in eighths); 0 is a rest.
const MELODY: [(u8, u32); 16] = [
    (64, 2),
    (64, 2),
    (65, 2),
    (67, 2),
    (67, 2),
    (65, 2),
    (64, 2),
    (62, 2),
    (60, 2),
    (60, 2),
    (62, 2),
    (64, 2),
    (64, 3),
    (62, 1),
    (62, 4),
    (0, 2),
];
const EIGHTH_SAMPLES: u32 = 2000; // 250 ms at 8 kHz
const AMPLITUDE: f32 = 9000.0;

/// Per-sample envelope decay: e^(-3 t), a plucked note fading over about a second.
const DECAY: f32 = 0.999_625;

#[derive(Default)]
pub struct Music {
    note: usize,
    position: u32,
    phase: f32,
    /// Phase advance per sample of the current note (0 for a rest).
    step: f32,
    envelope: f32,
}

impl Music {
    pub fn fill(&mut self, out: &mut [i16]) {
        for sample in out.iter_mut() {
            let (_, eighths) = MELODY[self.note];
            if self.position >= eighths * EIGHTH_SAMPLES {
                self.note = (self.note + 1) % MELODY.len();
                self.position = 0;
            }
            if self.position == 0 {
                self.start_note();
            }
            self.phase = (self.phase + self.step).fract();
            self.envelope *= DECAY;
            // A 5 ms attack avoids a click at each note.
            let attack = (self.position as f32 / 40.0).min(1.0);
            let tone = (TAU * self.phase).sin()
                + 0.4 * (2.0 * TAU * self.phase).sin()
                + 0.2 * (3.0 * TAU * self.phase).sin();
            *sample = (AMPLITUDE * attack * self.envelope * tone) as i16;
            self.position += 1;
        }
    }

    fn start_note(&mut self) {
        let (midi, _) = MELODY[self.note];
        self.phase = 0.0;
        self.envelope = 1.0;
        self.step = if midi == 0 {
            0.0
        } else {
            440.0 * 2f32.powf((f32::from(midi) - 69.0) / 12.0) / SAMPLE_RATE
        };
    }
}

#[cfg(test)]
mod tests {
    use super::super::level::rms_dbfs;
    use super::*;

    #[test]
    fn the_melody_is_audible_and_not_clipped() {
        let mut music = Music::default();
        let mut samples = vec![0i16; 8000 * 8];
        music.fill(&mut samples);
        let level = rms_dbfs(&samples);
        assert!((-26.0..=-14.0).contains(&level), "{level} dBFS");
        assert!(samples.iter().all(|&s| s.abs() < 32000));
    }
}
