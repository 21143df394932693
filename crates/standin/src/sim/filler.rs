//! Progress events for a full floor. When the concurrency bound stops new calls, the rest of
//! the rate is spent on events that real calls also produce while in progress: more dialogue
//! on talking calls, hold announcements and music on waiting ones. No state a test checks
//! (queues, agents, counts) changes, so invariants hold at any rate.

use super::Sim;

impl Sim {
    pub(super) fn fill_progress(&mut self) {
        while self.pacer.free() > 0.0 {
            if !self.one_progress_event() {
                break;
            }
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
