//! Progress events for a full floor. When the concurrency bound stops new calls, the rest of
//! the rate is spent on events that real calls also produce while in progress: more dialogue
//! on talking calls, hold announcements and music on waiting ones. No state a test checks
//! (queues, agents, counts) changes, so invariants hold at any rate.

use super::Sim;

/// Progress events per tick are at most this many times the rate's share of the tick. Budget
/// that piled up (calls that ended early, or a floor with nobody waiting or talking yet, as in
/// the seconds after the rate went up) is caught up gradually: spent at once it came out as
/// one burst of up to a second's events (10,000 in one tick at 10,000/s), more than a
/// connection's 2,000-frame queue holds.
const CATCH_UP: f64 = 1.25;

impl Sim {
    /// Spends the free budget on progress events, at most the rate's share of `dt_ms` (the time
    /// since the last tick) times [`CATCH_UP`].
    pub(super) fn fill_progress(&mut self, dt_ms: i64) {
        let share = self.pacer.rate() * dt_ms.max(0) as f64 / 1000.0;
        let mut left = (share * CATCH_UP).ceil() as u64;
        while left > 0 && self.pacer.free() > 0.0 {
            if !self.one_progress_event() {
                break;
            }
            left -= 1;
        }
    }

    fn one_progress_event(&mut self) -> bool {
        // Dialogue lines are the cheapest event to build and the most useful to watch.
        let use_talking =
            !self.talking.is_empty() && (self.waiting.is_empty() || self.rng.chance(0.75));
        if use_talking {
            let at = self.rng.below(self.talking.len());
            let Some(id) = self.talking.get(at).cloned() else {
                return false;
            };
            return self.small_talk(&id);
        }
        if self.waiting.is_empty() {
            return false;
        }
        let at = self.rng.below(self.waiting.len());
        let Some(id) = self.waiting.get(at).cloned() else {
            return false;
        };
        self.hold_progress(&id);
        true
    }

    /// The waiting caller's flow alternates announcements and hold music.
    fn hold_progress(&mut self, id: &str) {
        let turn = match self.sessions.get_mut(id) {
            Some(s) => {
                s.small_talk += 1;
                s.small_talk
            }
            None => return,
        };
        if turn % 2 == 0 {
            self.advance_flow(
                id,
                "talk",
                serde_json::json!({
                    "text": "Your call is important to us. Please stay on the line.",
                    "language": "en-US"
                }),
            );
        } else {
            self.advance_flow(
                id,
                "play",
                serde_json::json!({ "stream_urls": ["https://assets.voipbin.example/hold-music.wav"] }),
            );
        }
    }
}
