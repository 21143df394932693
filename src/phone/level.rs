//! The microphone level meter: an `AnalyserNode` on the microphone's stream, read as dBFS. The
//! same meter serves the mic check before going available and the meter during a call (a muted
//! microphone reads as silence there, which is what the agent should see).

use std::cell::RefCell;
use web_sys::{AnalyserNode, AudioContext, MediaStream};

pub struct LevelMeter {
    context: AudioContext,
    analyser: AnalyserNode,
    samples: RefCell<Vec<f32>>,
}

/// The quietest level the meter reports.
pub const FLOOR_DBFS: f64 = -90.0;

impl LevelMeter {
    pub fn new(stream: &MediaStream) -> Option<LevelMeter> {
        let context = AudioContext::new().ok()?;
        let source = context.create_media_stream_source(stream).ok()?;
        let analyser = context.create_analyser().ok()?;
        analyser.set_fft_size(2048);
        source.connect_with_audio_node(&analyser).ok()?;
        let _ = context.resume();
        let size = analyser.fft_size() as usize;
        Some(LevelMeter {
            context,
            analyser,
            samples: RefCell::new(vec![0.0; size]),
        })
    }

    /// The RMS level of the last ~43 ms, in dBFS.
    pub fn dbfs(&self) -> f64 {
        let mut samples = self.samples.borrow_mut();
        self.analyser.get_float_time_domain_data(&mut samples);
        rms_dbfs(&samples)
    }
}

impl Drop for LevelMeter {
    fn drop(&mut self) {
        let _ = self.context.close();
    }
}

pub fn rms_dbfs(samples: &[f32]) -> f64 {
    if samples.is_empty() {
        return FLOOR_DBFS;
    }
    let power: f64 = samples
        .iter()
        .map(|s| f64::from(*s).powi(2))
        .filter(|p| p.is_finite())
        .sum::<f64>()
        / samples.len() as f64;
    if power <= 0.0 {
        FLOOR_DBFS
    } else {
        (10.0 * power.log10()).max(FLOOR_DBFS)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_scale_square_is_zero_and_silence_is_the_floor() {
        assert!((rms_dbfs(&[1.0, -1.0, 1.0, -1.0]) - 0.0).abs() < 1e-9);
        assert_eq!(rms_dbfs(&[0.0; 64]), FLOOR_DBFS);
        assert_eq!(rms_dbfs(&[]), FLOOR_DBFS);
    }

    #[test]
    fn a_tenth_of_full_scale_is_minus_twenty() {
        let level = rms_dbfs(&[0.1, -0.1, 0.1, -0.1]);
        assert!((level + 20.0).abs() < 1e-6, "{level}");
    }

    #[test]
    fn broken_samples_do_not_poison_the_level() {
        let level = rms_dbfs(&[f32::NAN, 0.5, f32::INFINITY, -0.5]);
        assert!(level.is_finite());
    }
}
