//! Generated audio for the stand-in's legs (voice, music on hold) and the level meter.

pub mod level;
mod music;
pub mod speech;
mod voice;

use super::Sound;

pub const SAMPLE_RATE: f32 = 8000.0;
/// 20 ms at 8 kHz: one PCMU packet.
pub const FRAME_SAMPLES: usize = 160;

/// What a leg plays, frame by frame.
pub enum Generator {
    Voice(Box<voice::Voice>),
    Music(music::Music),
    /// Comfort silence: digital-silence frames keep packets (and the far end's counters) flowing.
    Silence,
}

impl Generator {
    pub fn new(sound: &Sound) -> Generator {
        match sound {
            Sound::Voice { seed } => Generator::Voice(Box::new(voice::Voice::new(*seed))),
            Sound::Music => Generator::Music(music::Music::default()),
            Sound::Silence => Generator::Silence,
        }
    }

    pub fn fill(&mut self, out: &mut [i16; FRAME_SAMPLES]) {
        match self {
            Generator::Voice(voice) => voice.fill(out),
            Generator::Music(music) => music.fill(out),
            Generator::Silence => out.fill(0),
        }
    }
}

/// xorshift64*: a few instructions per number, deterministic per seed. Sound needs no more.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        // Never zero (xorshift's fixed point); spread small seeds.
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// Uniform in [0, 1).
    pub fn unit(&mut self) -> f32 {
        (self.next_u64() >> 40) as f32 / (1u64 << 24) as f32
    }

    /// Uniform in [-1, 1).
    pub fn signed_unit(&mut self) -> f32 {
        2.0 * self.unit() - 1.0
    }

    /// Uniform in 0..n (n > 0).
    pub fn below(&mut self, n: u32) -> u32 {
        (self.next_u64() % u64::from(n.max(1))) as u32
    }
}
