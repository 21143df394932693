//! The clock: each tick runs the jobs that fell due, routes waiting calls, starts new work as
//! the rate allows, and tops up with progress events when the floor is full.

use super::{Published, Sim};

/// Share of starts that are SMS threads and conferences (the rest are calls).
const SMS_SHARE: f64 = 0.10;
const CONFERENCE_SHARE: f64 = 0.015;
/// Conferences running at once.
const MAX_LIVE_CONFERENCES: usize = 2;

impl Sim {
    /// Advances the simulation to `now_ms` and returns the events to publish, in order.
    /// Time never goes backwards: an earlier `now_ms` is treated as no time passing.
    pub fn tick(&mut self, now_ms: i64) -> Vec<Published> {
        let now = now_ms.max(self.now_ms);
        let dt = now - self.now_ms;
        self.pacer.accrue(dt);
        while let Some((due, job)) = self.jobs.pop_due(now) {
            self.clock_ms = due;
            self.run_job(job);
        }
        self.now_ms = now;
        self.clock_ms = now;
        if self.counters.roll_day(now) {
            for queue in self.queues.values_mut_unordered() {
                queue.today = Default::default();
            }
        }
        self.route();
        let floor_full = self.start_work();
        if floor_full {
            self.fill_progress(dt);
        }
        self.trim_history();
        self.expire_cases(now);
        self.team_talk_tick(now);
        std::mem::take(&mut self.out)
    }

    pub fn set_rate(&mut self, events_per_s: f64) {
        self.pacer
            .set_rate(super::config::sanitize_rate(events_per_s));
    }

    pub fn rate(&self) -> f64 {
        self.pacer.rate()
    }

    /// Starts calls, SMS threads and conferences while the pacer allows. Returns true when
    /// a call was wanted but the concurrency bound was reached.
    fn start_work(&mut self) -> bool {
        let max_sms = (self.scale.max_calls / 4).max(4);
        while self.pacer.may_start() {
            let roll = self.rng.unit();
            if roll < SMS_SHARE && self.sms_threads < max_sms {
                self.start_sms_thread();
            } else if roll < SMS_SHARE + CONFERENCE_SHARE
                && self.live_conferences < MAX_LIVE_CONFERENCES
            {
                self.start_conference();
            } else if self.sessions.len() >= self.scale.max_calls {
                return true;
            } else if !self.start_call() {
                return false;
            }
        }
        false
    }
}
