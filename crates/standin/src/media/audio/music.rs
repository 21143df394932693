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

#[derive(Default)]
pub struct Music {
    note: usize,
    position: u32,
    phase: f32,
}

impl Music {
    pub fn fill(&mut self, out: &mut [i16]) {
        for sample in out.iter_mut() {
            let (midi, eighths) = MELODY[self.note];
            let length = eighths * EIGHTH_SAMPLES;
            if self.position >= length {
                self.note = (self.note + 1) % MELODY.len();
                self.position = 0;
                self.phase = 0.0;
                *sample = 0;
                continue;
            }
            *sample = if midi == 0 {
                0
            } else {
                let frequency = 440.0 * 2f32.powf((f32::from(midi) - 69.0) / 12.0);
                self.phase = (self.phase + frequency / SAMPLE_RATE).fract();
                let time = self.position as f32 / SAMPLE_RATE;
                let envelope = (-3.0 * time).exp() * (self.position as f32 / 40.0).min(1.0);
                let tone = (TAU * self.phase).sin()
                    + 0.4 * (2.0 * TAU * self.phase).sin()
                    + 0.2 * (3.0 * TAU * self.phase).sin();
                (AMPLITUDE * envelope * tone) as i16
            };
            self.position += 1;
        }
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
