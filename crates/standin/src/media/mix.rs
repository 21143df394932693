//! Audio other parties add to what a leg sends to its phone: a media stream's client (barge)
//! and a speaking's text (whisper). Each source is a bounded queue of 8 kHz samples the leg
//! takes one 20 ms frame from per tick and adds to its own sound.

use std::collections::VecDeque;

use super::audio::FRAME_SAMPLES;

/// A media-stream client may send faster than real time; beyond a second queued, the rest is
/// dropped (a real-time mixer has no room for it either).
const BARGE_LIMIT_SAMPLES: usize = 8_000;
/// Whispered text waits its turn; a minute of it at most.
const WHISPER_LIMIT_SAMPLES: usize = 60 * 8_000;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    Barge,
    Whisper,
}

#[derive(Default)]
pub struct Injected {
    barge: VecDeque<i16>,
    whisper: VecDeque<i16>,
}

impl Injected {
    /// Queues `samples` from `source`; what does not fit is dropped.
    pub fn push(&mut self, source: Source, samples: &[i16]) {
        let (queue, limit) = match source {
            Source::Barge => (&mut self.barge, BARGE_LIMIT_SAMPLES),
            Source::Whisper => (&mut self.whisper, WHISPER_LIMIT_SAMPLES),
        };
        let room = limit.saturating_sub(queue.len());
        queue.extend(samples.iter().take(room));
    }

    /// Takes up to one frame of `source` into `taken` (zero-padded) and adds it to `frame`;
    /// false when the source had nothing queued.
    pub fn mix_into(
        &mut self,
        source: Source,
        frame: &mut [i16; FRAME_SAMPLES],
        taken: &mut [i16; FRAME_SAMPLES],
    ) -> bool {
        let queue = match source {
            Source::Barge => &mut self.barge,
            Source::Whisper => &mut self.whisper,
        };
        if queue.is_empty() {
            return false;
        }
        taken.fill(0);
        let count = queue.len().min(FRAME_SAMPLES);
        for (slot, sample) in taken.iter_mut().zip(queue.drain(..count)) {
            *slot = sample;
        }
        add_into(frame, taken);
        true
    }
}

/// `frame += other`, clipped to the 16-bit range.
pub fn add_into(frame: &mut [i16; FRAME_SAMPLES], other: &[i16; FRAME_SAMPLES]) {
    for (mine, theirs) in frame.iter_mut().zip(other) {
        *mine = mine.saturating_add(*theirs);
    }
}

/// Signed 16-bit little-endian bytes (a media stream's PCM) as samples; an odd last byte is
/// dropped.
pub fn samples_of_pcm(pcm: &[u8]) -> Vec<i16> {
    pcm.chunks_exact(2)
        .map(|pair| i16::from_le_bytes([pair[0], pair[1]]))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_source_gives_one_frame_per_take_then_nothing() {
        let mut injected = Injected::default();
        injected.push(Source::Barge, &[100; FRAME_SAMPLES + 10]);
        let mut frame = [1i16; FRAME_SAMPLES];
        let mut taken = [0i16; FRAME_SAMPLES];
        assert!(injected.mix_into(Source::Barge, &mut frame, &mut taken));
        assert_eq!(frame, [101; FRAME_SAMPLES]);
        assert!(!injected.mix_into(Source::Whisper, &mut frame, &mut taken));
        assert!(injected.mix_into(Source::Barge, &mut frame, &mut taken));
        assert_eq!(&taken[..10], &[100; 10]);
        assert_eq!(&taken[10..], &[0; FRAME_SAMPLES - 10]);
        assert!(!injected.mix_into(Source::Barge, &mut frame, &mut taken));
    }

    #[test]
    fn queues_are_bounded_and_mixing_clips() {
        let mut injected = Injected::default();
        injected.push(Source::Barge, &vec![i16::MAX; 3 * BARGE_LIMIT_SAMPLES]);
        assert_eq!(injected.barge.len(), BARGE_LIMIT_SAMPLES);
        let mut frame = [i16::MAX; FRAME_SAMPLES];
        let mut taken = [0; FRAME_SAMPLES];
        injected.mix_into(Source::Barge, &mut frame, &mut taken);
        assert_eq!(frame, [i16::MAX; FRAME_SAMPLES]);
    }

    #[test]
    fn pcm_bytes_are_little_endian_and_an_odd_byte_is_dropped() {
        assert_eq!(
            samples_of_pcm(&[0x01, 0x02, 0xff, 0xff, 0x7f]),
            vec![0x0201, -1]
        );
        assert!(samples_of_pcm(&[]).is_empty());
    }
}
