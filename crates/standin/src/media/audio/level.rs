//! Level meter for received audio: RMS in dBFS over a sliding second, and the highest such level.
//!
//! dBFS here is relative to a full-scale square wave (RMS 32768): a full-scale sine reads -3 dBFS.

use std::collections::VecDeque;
use std::time::{Duration, Instant};

/// What a leg reports when it heard nothing in the window.
pub const SILENT_DBFS: f32 = -120.0;
const WINDOW: Duration = Duration::from_secs(1);

struct Chunk {
    at: Instant,
    sum_of_squares: f64,
    samples: u64,
}

#[derive(Default)]
pub struct LevelMeter {
    window: VecDeque<Chunk>,
    sum_of_squares: f64,
    samples: u64,
    peak_dbfs: Option<f32>,
}

impl LevelMeter {
    /// Adds one decoded packet's samples, received at `at`.
    pub fn add(&mut self, at: Instant, samples: &[i16]) {
        let sum_of_squares = samples.iter().map(|&s| f64::from(s).powi(2)).sum();
        self.window.push_back(Chunk {
            at,
            sum_of_squares,
            samples: samples.len() as u64,
        });
        self.sum_of_squares += sum_of_squares;
        self.samples += samples.len() as u64;
        self.forget_before(at);
        let level = self.current();
        self.peak_dbfs = Some(self.peak_dbfs.map_or(level, |peak| peak.max(level)));
    }

    /// RMS level of what arrived in the second before `now`.
    pub fn level_dbfs(&mut self, now: Instant) -> f32 {
        self.forget_before(now);
        self.current()
    }

    /// Highest one-second level seen so far.
    pub fn peak_dbfs(&self) -> f32 {
        self.peak_dbfs.unwrap_or(SILENT_DBFS)
    }

    fn forget_before(&mut self, now: Instant) {
        while let Some(oldest) = self.window.front() {
            if now.saturating_duration_since(oldest.at) <= WINDOW {
                break;
            }
            self.sum_of_squares -= oldest.sum_of_squares;
            self.samples -= oldest.samples;
            self.window.pop_front();
        }
        if self.window.is_empty() {
            // Drop accumulated rounding error along with the data.
            self.sum_of_squares = 0.0;
        }
    }

    fn current(&self) -> f32 {
        if self.samples == 0 {
            return SILENT_DBFS;
        }
        let mean_square = (self.sum_of_squares / self.samples as f64).max(0.0);
        dbfs_of_mean_square(mean_square)
    }
}

/// RMS level of a block of samples (the generators' tests).
#[cfg(test)]
pub fn rms_dbfs(samples: &[i16]) -> f32 {
    if samples.is_empty() {
        return SILENT_DBFS;
    }
    let sum: f64 = samples.iter().map(|&s| f64::from(s).powi(2)).sum();
    dbfs_of_mean_square(sum / samples.len() as f64)
}

fn dbfs_of_mean_square(mean_square: f64) -> f32 {
    if mean_square <= 0.0 {
        return SILENT_DBFS;
    }
    let full_scale = 32768.0f64 * 32768.0;
    ((10.0 * (mean_square / full_scale).log10()) as f32).max(SILENT_DBFS)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sine(amplitude: f64, samples: usize) -> Vec<i16> {
        (0..samples)
            .map(|i| (amplitude * (i as f64 * 0.1).sin()) as i16)
            .collect()
    }

    #[test]
    fn a_half_scale_sine_reads_about_minus_nine_dbfs_and_fades_after_a_second() {
        let mut meter = LevelMeter::default();
        let start = Instant::now();
        assert_eq!(meter.level_dbfs(start), SILENT_DBFS);
        for frame in 0..50 {
            meter.add(
                start + Duration::from_millis(frame * 20),
                &sine(16384.0, 160),
            );
        }
        let level = meter.level_dbfs(start + Duration::from_millis(990));
        assert!((level - -9.03).abs() < 0.3, "{level}");
        assert_eq!(
            meter.level_dbfs(start + Duration::from_secs(3)),
            SILENT_DBFS
        );
        assert!((meter.peak_dbfs() - -9.03).abs() < 0.3);
    }
}
