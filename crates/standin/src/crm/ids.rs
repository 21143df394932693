//! Deterministic ids for CRM records: a seed and a counter, so `--seed` replays the same ids
//! without drawing from (and so shifting) the simulation's traffic stream.

pub struct IdSource {
    seed: u64,
    issued: u64,
}

fn splitmix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

impl IdSource {
    pub fn new(seed: u64) -> IdSource {
        IdSource {
            seed: splitmix(seed ^ 0x0c12_3c0d_e5ca_5e00),
            issued: 0,
        }
    }

    /// The next version-4 UUID.
    pub fn next_id(&mut self) -> String {
        self.issued += 1;
        let hi = splitmix(self.seed ^ self.issued.wrapping_mul(2));
        let lo = splitmix(self.seed ^ self.issued.wrapping_mul(2).wrapping_add(1));
        let hi = (hi & 0xffff_ffff_ffff_0fff) | 0x0000_0000_0000_4000;
        let lo = (lo & 0x3fff_ffff_ffff_ffff) | 0x8000_0000_0000_0000;
        format!(
            "{:08x}-{:04x}-{:04x}-{:04x}-{:012x}",
            hi >> 32,
            (hi >> 16) & 0xffff,
            hi & 0xffff,
            lo >> 48,
            lo & 0xffff_ffff_ffff
        )
    }
}
