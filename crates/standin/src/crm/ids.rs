//! Deterministic ids for CRM records: a stream of their own derived from the seed, so `--seed`
//! replays the same ids without drawing from (and so shifting) the simulation's traffic stream.

use crate::rng::{uuid_from, Rng};

pub struct IdSource(Rng);

impl IdSource {
    pub fn new(seed: u64) -> IdSource {
        IdSource(Rng::derived(seed, "crm-ids"))
    }

    /// The next version-4 UUID.
    pub fn next_id(&mut self) -> String {
        uuid_from(&mut self.0)
    }
}
