//! What a whispered text sounds like on a leg: no speech synthesis here (that would need a TTS
//! engine), one short tone per word, so a phone measures that something was said and when.

use super::SAMPLE_RATE;

const WORD_MS: usize = 120;
const GAP_MS: usize = 60;
/// A few seconds of beeps at most, however long the text (up to 5000 characters).
const MAX_WORDS: usize = 40;
const TONE_HZ: f32 = 660.0;
/// About -12 dBFS: clearly above the caller's voice on the agent's phone.
const AMPLITUDE: f32 = 8_000.0;

pub fn tone_pattern(text: &str) -> Vec<i16> {
    let per_ms = SAMPLE_RATE as usize / 1000;
    let words = text.split_whitespace().count().clamp(1, MAX_WORDS);
    let mut out = Vec::with_capacity(words * (WORD_MS + GAP_MS) * per_ms);
    for _ in 0..words {
        out.extend((0..WORD_MS * per_ms).map(|n| {
            let phase = 2.0 * std::f32::consts::PI * TONE_HZ * n as f32 / SAMPLE_RATE;
            (AMPLITUDE * phase.sin()) as i16
        }));
        out.extend(std::iter::repeat_n(0, GAP_MS * per_ms));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_tone_per_word_bounded() {
        let per_word = (WORD_MS + GAP_MS) * 8;
        assert_eq!(tone_pattern("hold the line please").len(), 4 * per_word);
        assert_eq!(tone_pattern("").len(), per_word);
        assert_eq!(tone_pattern(&"a ".repeat(5000)).len(), MAX_WORDS * per_word);
        assert!(tone_pattern("x").iter().any(|s| *s > 7_000));
    }
}
