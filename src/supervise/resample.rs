//! A streaming resampler between the call's 8 kHz and the audio device's rate (48 kHz in
//! practice): linear interpolation, with a moving average in front when going down so the
//! microphone's content above 4 kHz is damped instead of folding back into the voice band.
//! Good enough for a supervisor's voice on a phone line; state carries over between chunks, so
//! chunk sizes never change the output.

pub struct Resampler {
    /// Input samples per output sample.
    step: f64,
    /// Where the next output falls, in samples from the start of `pending`.
    next: f64,
    /// Filtered input not yet passed by `next` (the sample before it stays for interpolation).
    pending: Vec<f32>,
    taps: Vec<f32>,
    tap: usize,
    tap_sum: f32,
}

impl Resampler {
    pub fn new(from_rate: u32, to_rate: u32) -> Self {
        let step = f64::from(from_rate.max(1)) / f64::from(to_rate.max(1));
        let width = if step > 1.0 { step.round() as usize } else { 1 };
        Resampler {
            step,
            next: 0.0,
            pending: Vec::new(),
            taps: vec![0.0; width.max(1)],
            tap: 0,
            tap_sum: 0.0,
        }
    }

    /// Appends the output for `input` to `out`.
    pub fn process(&mut self, input: &[f32], out: &mut Vec<f32>) {
        let width = self.taps.len() as f32;
        for &x in input {
            let x = if x.is_finite() { x } else { 0.0 };
            self.tap_sum += x - self.taps[self.tap];
            self.taps[self.tap] = x;
            self.tap = (self.tap + 1) % self.taps.len();
            if self.tap == 0 {
                // A running sum drifts with rounding over hours: renew it once per window.
                self.tap_sum = self.taps.iter().sum();
            }
            self.pending.push(self.tap_sum / width);
        }
        while self.next + 1.0 < self.pending.len() as f64 {
            let i = self.next as usize;
            let frac = (self.next - i as f64) as f32;
            out.push(self.pending[i] * (1.0 - frac) + self.pending[i + 1] * frac);
            self.next += self.step;
        }
        let used = (self.next as usize).min(self.pending.len());
        self.pending.drain(..used);
        self.next -= used as f64;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::phone::level::rms_dbfs;
    use std::f32::consts::TAU;

    fn tone(rate: u32, hz: f32, seconds: f32, amplitude: f32) -> Vec<f32> {
        let n = (rate as f32 * seconds) as usize;
        (0..n)
            .map(|i| amplitude * (TAU * hz * i as f32 / rate as f32).sin())
            .collect()
    }

    /// Zero crossings per second / 2: the tone's frequency.
    fn frequency(samples: &[f32], rate: u32) -> f32 {
        let crossings = samples
            .windows(2)
            .filter(|w| (w[0] < 0.0) != (w[1] < 0.0))
            .count();
        crossings as f32 * rate as f32 / samples.len() as f32 / 2.0
    }

    #[test]
    fn down_from_48k_keeps_a_voice_tone_and_its_level() {
        let input = tone(48_000, 440.0, 1.0, 0.5);
        let mut r = Resampler::new(48_000, 8_000);
        let mut out = Vec::new();
        // Odd chunk sizes, as the audio thread hands them over.
        for chunk in input.chunks(128) {
            r.process(chunk, &mut out);
        }
        assert!((7_990..=8_000).contains(&out.len()), "{}", out.len());
        let f = frequency(&out[100..], 8_000);
        assert!((f - 440.0).abs() < 5.0, "{f}");
        let level = rms_dbfs(&out[100..]);
        assert!((level - rms_dbfs(&input)).abs() < 0.5, "{level}");
    }

    #[test]
    fn down_damps_what_the_call_cannot_carry() {
        // 7 kHz folds to 1 kHz at 8 kHz if nothing stops it.
        let input = tone(48_000, 7_000.0, 0.5, 0.5);
        let mut out = Vec::new();
        Resampler::new(48_000, 8_000).process(&input, &mut out);
        assert!(rms_dbfs(&out[50..]) < rms_dbfs(&input) - 10.0);
    }

    #[test]
    fn up_to_48k_is_smooth_and_the_same_length_in_time() {
        let input = tone(8_000, 300.0, 1.0, 0.25);
        let mut r = Resampler::new(8_000, 48_000);
        let mut out = Vec::new();
        for chunk in input.chunks(160) {
            r.process(chunk, &mut out);
        }
        assert!((47_990..=48_000).contains(&out.len()), "{}", out.len());
        let f = frequency(&out, 48_000);
        assert!((f - 300.0).abs() < 3.0, "{f}");
        assert!((rms_dbfs(&out) - rms_dbfs(&input)).abs() < 0.3);
    }

    #[test]
    fn chunking_does_not_change_the_output() {
        let input = tone(44_100, 1_000.0, 0.2, 0.5);
        let (mut whole, mut pieces) = (Vec::new(), Vec::new());
        Resampler::new(44_100, 8_000).process(&input, &mut whole);
        let mut r = Resampler::new(44_100, 8_000);
        for chunk in input.chunks(97) {
            r.process(chunk, &mut pieces);
        }
        assert_eq!(whole.len(), pieces.len());
        for (a, b) in whole.iter().zip(&pieces) {
            assert!((a - b).abs() < 1e-4);
        }
    }
}
