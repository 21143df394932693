//! Conferences: a bridge starts, participants join one by one, talk, leave, and it ends.

use voipbin_protocol::{Conference, ConferenceStatus, EventType, NOT_DELETED};

use super::ids::uuid_from;
use super::jobs::Job;
use super::pacer::CONFERENCE_EVENTS;
use super::state::{ConferenceEntry, ConferencePhase};
use super::{text, Sim, CONFERENCES_KEPT};

impl Sim {
    pub(super) fn start_conference(&mut self) {
        let id = uuid_from(&mut self.rng);
        let threshold = self.rng.unit() * CONFERENCE_EVENTS as f64;
        self.pacer.open(&id, CONFERENCE_EVENTS, threshold);
        self.live_conferences += 1;
        self.counters.conferences += 1;
        let name = self
            .rng
            .pick(text::CONFERENCE_NAMES)
            .copied()
            .unwrap_or("Conference");
        let now = self.ts();
        let conference = Conference {
            id: id.clone(),
            customer_id: self.customer.id.clone(),
            r#type: "conference".to_owned(),
            status: ConferenceStatus::Starting,
            name: name.to_owned(),
            detail: String::new(),
            conferencecall_ids: Vec::new(),
            recording_id: String::new(),
            tm_create: now.clone(),
            tm_update: now,
            tm_delete: NOT_DELETED.to_owned(),
        };
        self.conferences.insert(
            id.clone(),
            ConferenceEntry {
                conference,
                phase: ConferencePhase::Starting,
            },
        );
        self.within(&id.clone(), |sim| {
            sim.emit_conference(&id, EventType::ConferenceCreated);
            let delay = sim.rng.between(1_000, 3_000);
            sim.schedule(delay, Job::Conference(id.clone()));
        });
        self.trim_conferences();
    }

    /// One step of a conference's life; each publishes conference_updated.
    pub(super) fn conference_step(&mut self, id: &str) {
        let joiner = uuid_from(&mut self.rng);
        let participants = self.rng.between(2, 5) as usize;
        let now = self.ts();
        let Some(entry) = self.conferences.get_mut(id) else {
            return;
        };
        let conf = &mut entry.conference;
        let (phase, delay) = match entry.phase {
            ConferencePhase::Starting => {
                conf.status = ConferenceStatus::Progressing;
                (
                    ConferencePhase::Joining { left: participants },
                    (2_000, 8_000),
                )
            }
            ConferencePhase::Joining { left } => {
                conf.conferencecall_ids.push(joiner);
                if left <= 1 {
                    (ConferencePhase::Talking, (60_000, 240_000))
                } else {
                    (ConferencePhase::Joining { left: left - 1 }, (2_000, 8_000))
                }
            }
            ConferencePhase::Talking | ConferencePhase::Leaving => {
                if !conf.conferencecall_ids.is_empty() {
                    conf.conferencecall_ids.remove(0);
                }
                if conf.conferencecall_ids.is_empty() {
                    (ConferencePhase::Terminating, (1_000, 3_000))
                } else {
                    (ConferencePhase::Leaving, (2_000, 8_000))
                }
            }
            ConferencePhase::Terminating => {
                conf.status = ConferenceStatus::Terminating;
                (ConferencePhase::Done, (500, 1_500))
            }
            ConferencePhase::Done => {
                if conf.status == ConferenceStatus::Terminated {
                    return;
                }
                conf.status = ConferenceStatus::Terminated;
                (ConferencePhase::Done, (0, 0))
            }
        };
        conf.tm_update = now;
        let finished = conf.status == ConferenceStatus::Terminated;
        entry.phase = phase;
        self.emit_conference(id, EventType::ConferenceUpdated);
        if finished {
            if self.pacer.close(id) {
                self.live_conferences = self.live_conferences.saturating_sub(1);
            }
            return;
        }
        let delay = self.rng.between(delay.0, delay.1);
        self.schedule(delay, Job::Conference(id.to_owned()));
    }

    /// Keeps the most recent ended conferences only.
    fn trim_conferences(&mut self) {
        let mut ended = self
            .conferences
            .values()
            .filter(|e| e.conference.status == ConferenceStatus::Terminated)
            .count();
        while ended > CONFERENCES_KEPT {
            let oldest = self
                .conferences
                .values()
                .find(|e| e.conference.status == ConferenceStatus::Terminated)
                .map(|e| e.conference.id.clone());
            let Some(oldest) = oldest else {
                break;
            };
            self.conferences.remove(&oldest);
            ended -= 1;
        }
    }
}
