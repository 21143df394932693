//! When each received 20 ms frame goes to the player. The frames arrive over TCP in bursts and
//! gaps; the player (an AudioWorklet) plays what it was given and silence when it runs dry. This
//! is the policy in front of it: hold a few frames before starting (and again after running dry)
//! so ordinary jitter never starves it, and drop frames when a burst after a stall has piled up
//! more than `max_ms`, so the supervisor never hears the call late. Pure: the clock is passed in,
//! and the player's own report of what it holds corrects the estimate (the audio clock and the
//! page's clock drift apart over a long call).

#[derive(Clone, Copy, Debug)]
pub struct JitterOptions {
    pub frame_ms: f64,
    /// Queued audio to gather before (re)starting.
    pub target_ms: f64,
    /// Queued audio beyond which frames are dropped until the queue is back to `target_ms`.
    pub max_ms: f64,
}

impl Default for JitterOptions {
    fn default() -> Self {
        JitterOptions {
            frame_ms: 20.0,
            target_ms: 60.0,
            max_ms: 200.0,
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct JitterStats {
    pub played: u64,
    pub dropped: u64,
    /// Times the player ran dry after it had started.
    pub underruns: u64,
}

pub struct JitterBuffer<T> {
    options: JitterOptions,
    /// When the player runs dry, on the caller's clock; `None` before the first start.
    dry_at_ms: Option<f64>,
    held: Vec<T>,
    catching_up: bool,
    pub stats: JitterStats,
}

impl<T> JitterBuffer<T> {
    pub fn new(options: JitterOptions) -> Self {
        JitterBuffer {
            options,
            dry_at_ms: None,
            held: Vec::new(),
            catching_up: false,
            stats: JitterStats::default(),
        }
    }

    /// Audio the player still holds at `now_ms`.
    pub fn depth_ms(&self, now_ms: f64) -> f64 {
        self.dry_at_ms.map_or(0.0, |dry| (dry - now_ms).max(0.0))
    }

    /// Takes a frame received at `now_ms`; returns the frames to hand the player now, in order.
    pub fn push(&mut self, now_ms: f64, frame: T) -> Vec<T> {
        let frame_ms = self.options.frame_ms;
        let depth = self.depth_ms(now_ms);
        match self.dry_at_ms {
            Some(_) if depth <= 0.0 && self.held.is_empty() => {
                self.stats.underruns += 1;
                self.dry_at_ms = None;
            }
            _ => {}
        }
        if self.dry_at_ms.is_none() {
            self.held.push(frame);
            if (self.held.len() as f64) * frame_ms < self.options.target_ms {
                return Vec::new();
            }
            let out = std::mem::take(&mut self.held);
            self.dry_at_ms = Some(now_ms + out.len() as f64 * frame_ms);
            self.stats.played += out.len() as u64;
            return out;
        }
        if depth + frame_ms > self.options.max_ms {
            self.catching_up = true;
        }
        if self.catching_up {
            if depth > self.options.target_ms {
                self.stats.dropped += 1;
                return Vec::new();
            }
            self.catching_up = false;
        }
        self.dry_at_ms = Some(now_ms.max(self.dry_at_ms.unwrap_or(now_ms)) + frame_ms);
        self.stats.played += 1;
        vec![frame]
    }

    /// The player says it held `depth_ms` of audio at `now_ms`.
    pub fn player_report(&mut self, now_ms: f64, depth_ms: f64) {
        if self.dry_at_ms.is_some() && depth_ms.is_finite() {
            self.dry_at_ms = Some(now_ms + depth_ms.max(0.0));
        }
    }

    /// Forgets everything queued (a new call, a new socket).
    pub fn reset(&mut self) {
        self.dry_at_ms = None;
        self.held.clear();
        self.catching_up = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn buffer() -> JitterBuffer<u32> {
        JitterBuffer::new(JitterOptions::default())
    }

    #[test]
    fn holds_three_frames_then_plays_each_as_it_comes() {
        let mut j = buffer();
        assert!(j.push(0.0, 1).is_empty());
        assert!(j.push(20.0, 2).is_empty());
        assert_eq!(j.push(40.0, 3), [1, 2, 3]);
        assert_eq!(j.depth_ms(40.0), 60.0);
        for (i, frame) in (4..100).enumerate() {
            let now = 60.0 + 20.0 * i as f64;
            assert_eq!(j.push(now, frame), [frame]);
            assert_eq!(j.depth_ms(now), 60.0);
        }
        assert_eq!(
            j.stats,
            JitterStats {
                played: 99,
                dropped: 0,
                underruns: 0
            }
        );
    }

    #[test]
    fn rides_out_late_frames_within_the_target() {
        let mut j = buffer();
        j.push(0.0, 0);
        j.push(20.0, 1);
        j.push(40.0, 2);
        // Frame 3 is 35 ms late, then 4 and 5 come at once: nothing is lost, nothing held back.
        assert_eq!(j.push(95.0, 3), [3]);
        assert_eq!(j.push(96.0, 4), [4]);
        assert_eq!(j.push(97.0, 5), [5]);
        assert_eq!(j.depth_ms(97.0), 63.0);
        assert_eq!(j.stats.underruns, 0);
    }

    #[test]
    fn a_long_gap_restarts_with_the_target_again() {
        let mut j = buffer();
        for i in 0..3 {
            j.push(20.0 * i as f64, i);
        }
        assert!(j.push(500.0, 10).is_empty());
        assert!(j.push(501.0, 11).is_empty());
        assert_eq!(j.push(502.0, 12), [10, 11, 12]);
        assert_eq!(j.stats.underruns, 1);
    }

    #[test]
    fn a_burst_after_a_stall_is_cut_back_to_the_target() {
        let mut j = buffer();
        for i in 0..3 {
            j.push(20.0 * i as f64, i);
        }
        // 40 frames at once (a stalled socket catching up): the queue never exceeds max_ms, and
        // once it was full it is let down to the target before frames are taken again.
        let mut sent = 0;
        for f in 3..43 {
            sent += j.push(41.0, f).len();
            assert!(j.depth_ms(41.0) <= 200.0);
        }
        assert_eq!(sent, 7);
        assert_eq!(j.stats.dropped, 33);
        // Still above the target 100 ms later; at it 140 ms later, and frames flow again.
        assert!(j.push(141.0, 98).is_empty());
        assert_eq!(j.push(181.0, 99), [99]);
    }

    #[test]
    fn the_players_report_corrects_the_estimate() {
        let mut j = buffer();
        for i in 0..3 {
            j.push(20.0 * i as f64, i);
        }
        j.player_report(50.0, 10.0);
        assert_eq!(j.depth_ms(50.0), 10.0);
        j.player_report(50.0, f64::NAN);
        assert_eq!(j.depth_ms(50.0), 10.0);
        j.reset();
        assert_eq!(j.depth_ms(50.0), 0.0);
        assert!(j.push(50.0, 7).is_empty());
    }
}
