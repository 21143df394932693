//! Reconnect delays: 1 s doubling to a 30 s cap, with jitter so a thousand desks that lost the
//! same server don't all come back in the same millisecond. Pure: randomness is passed in.

pub struct BackoffOptions {
    pub initial_ms: u64,
    pub cap_ms: u64,
    /// Jitter as a share of the delay: 0.2 spreads each delay over ±20%.
    pub jitter: f64,
    /// A connection that stays up this long resets the schedule.
    pub stable_after_ms: u64,
}

impl Default for BackoffOptions {
    fn default() -> Self {
        BackoffOptions {
            initial_ms: 1_000,
            cap_ms: 30_000,
            jitter: 0.2,
            stable_after_ms: 10_000,
        }
    }
}

pub struct Backoff {
    options: BackoffOptions,
    attempt: u32,
    connected_at_ms: Option<f64>,
}

impl Backoff {
    pub fn new(options: BackoffOptions) -> Self {
        Backoff {
            options,
            attempt: 0,
            connected_at_ms: None,
        }
    }

    /// The delay before the next attempt; `random` is uniform in [0, 1).
    pub fn next_delay_ms(&mut self, random: f64) -> u64 {
        let exp = self
            .options
            .initial_ms
            .saturating_mul(1u64 << self.attempt.min(20))
            .min(self.options.cap_ms);
        self.attempt = self.attempt.saturating_add(1);
        let spread = 1.0 + self.options.jitter * (2.0 * random.clamp(0.0, 1.0) - 1.0);
        ((exp as f64 * spread) as u64).min(self.options.cap_ms)
    }

    pub fn attempt(&self) -> u32 {
        self.attempt
    }

    pub fn on_connected(&mut self, now_ms: f64) {
        self.connected_at_ms = Some(now_ms);
    }

    /// Called when a connection ends: only a stable connection resets the schedule, so a server
    /// that accepts and immediately drops keeps the client backing off.
    pub fn on_disconnected(&mut self, now_ms: f64) {
        if let Some(since) = self.connected_at_ms.take() {
            if now_ms - since >= self.options.stable_after_ms as f64 {
                self.attempt = 0;
            }
        }
    }

    /// Reconnect now (the browser came online, the tab became visible): start the schedule over.
    pub fn reset(&mut self) {
        self.attempt = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doubles_from_one_second_to_the_cap() {
        let mut b = Backoff::new(BackoffOptions::default());
        let delays: Vec<u64> = (0..8).map(|_| b.next_delay_ms(0.5)).collect();
        assert_eq!(
            delays,
            [1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]
        );
    }

    #[test]
    fn jitter_stays_within_twenty_percent_and_under_the_cap() {
        let mut low = Backoff::new(BackoffOptions::default());
        let mut high = Backoff::new(BackoffOptions::default());
        assert_eq!(low.next_delay_ms(0.0), 800);
        assert_eq!(high.next_delay_ms(0.999_999), 1_199);
        for _ in 0..10 {
            assert!(high.next_delay_ms(1.0) <= 30_000);
        }
    }

    #[test]
    fn only_a_stable_connection_resets_the_schedule() {
        let mut b = Backoff::new(BackoffOptions::default());
        b.next_delay_ms(0.5);
        b.next_delay_ms(0.5);
        b.on_connected(0.0);
        b.on_disconnected(500.0);
        assert_eq!(
            b.next_delay_ms(0.5),
            4_000,
            "a flapping server keeps the backoff"
        );
        b.on_connected(1_000.0);
        b.on_disconnected(20_000.0);
        assert_eq!(b.next_delay_ms(0.5), 1_000);
    }

    #[test]
    fn survives_absurd_inputs() {
        let mut b = Backoff::new(BackoffOptions::default());
        for _ in 0..1_000 {
            let d = b.next_delay_ms(f64::NAN);
            assert!(d <= 30_000);
        }
    }
}
