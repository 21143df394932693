//! Simulated teammates in team talk. Agents nobody drives post in the public channels now and
//! then (`talk_per_min`), answer a direct or group message from someone else after a
//! human-like pause (2 to 6 s), and sometimes react (👍 after 1 to 3 s; a public post gets a
//! reaction from another teammate 30% of the time). Deterministic from the seed; silent when
//! `talk_per_min` is 0.

use voipbin_protocol::talk::ChatType;
use voipbin_protocol::Resource;

use super::{Published, Sim};
use crate::rng::Rng;
use crate::talk::{NewMessage, TalkEvent, TalkResult};

const REPLY_MIN_MS: i64 = 2_000;
const REPLY_MAX_MS: i64 = 6_000;
const REACT_MIN_MS: i64 = 1_000;
const REACT_MAX_MS: i64 = 3_000;

const CHANNEL_LINES: &[&str] = &[
    "Queue is busy this morning, grab a coffee while you can.",
    "Who handles refunds over $500 today?",
    "Reminder: team huddle at 3pm.",
    "The billing system is slow again, give callers a heads-up.",
    "Great save on that escalation earlier!",
    "Anyone seen the new script for Support?",
];

const REPLIES: &[&str] = &[
    "Sure, one sec.",
    "Got it, thanks!",
    "On it.",
    "Let me check and get back to you.",
    "Yes, that works for me.",
];

enum Pending {
    Reply {
        agent_id: String,
        chat_id: String,
    },
    React {
        agent_id: String,
        message_id: String,
    },
}

pub struct TeamTalk {
    rng: Rng,
    per_min: f64,
    next_post_ms: i64,
    pending: Vec<(i64, Pending)>,
}

impl TeamTalk {
    pub fn new(seed: u64, per_min: f64, now_ms: i64) -> TeamTalk {
        let per_min = if per_min.is_finite() {
            per_min.max(0.0)
        } else {
            0.0
        };
        let mut talk = TeamTalk {
            rng: Rng::derived(seed, "team-talk"),
            per_min,
            next_post_ms: i64::MAX,
            pending: Vec::new(),
        };
        talk.next_post_ms = talk.after_post(now_ms);
        talk
    }

    fn enabled(&self) -> bool {
        self.per_min > 0.0
    }

    fn after_post(&mut self, now_ms: i64) -> i64 {
        if !self.enabled() {
            return i64::MAX;
        }
        let mean_ms = 60_000.0 / self.per_min;
        now_ms.saturating_add(self.rng.exponential(mean_ms).max(500.0) as i64)
    }
}

impl Sim {
    pub fn talk(&self) -> &crate::talk::Talk {
        &self.talk
    }

    pub fn talk_mut(&mut self) -> &mut crate::talk::Talk {
        &mut self.talk
    }

    /// Runs one change of team talk for a person (a REST request), publishing its events; a
    /// message simulated teammates take part in gets their answer later.
    pub fn talk_act<T>(
        &mut self,
        now_ms: i64,
        change: impl FnOnce(&mut crate::talk::Talk, i64) -> TalkResult<(T, Vec<TalkEvent>)>,
    ) -> TalkResult<(T, Vec<Published>)> {
        let now = now_ms.max(self.now_ms);
        let (value, events) = change(&mut self.talk, now)?;
        for event in &events {
            self.notice(event, now);
        }
        let published = events.into_iter().map(|e| self.published(e)).collect();
        Ok((value, published))
    }

    /// Every agent in "General"; plain agents but the first (agent1@demo) in "Random".
    pub(super) fn seed_talk(&mut self, now_ms: i64) {
        let everyone: Vec<String> = self.agents.values().map(|e| e.agent.id.clone()).collect();
        let teammates: Vec<String> = self
            .agents
            .values()
            .filter(|e| e.number > 1)
            .map(|e| e.agent.id.clone())
            .collect();
        self.talk.seed_channels(&everyone, &teammates, now_ms);
    }

    pub(super) fn team_talk_tick(&mut self, now: i64) {
        if !self.team_talk.enabled() {
            return;
        }
        if now >= self.team_talk.next_post_ms {
            self.team_talk.next_post_ms = self.team_talk.after_post(now);
            self.post_in_channel(now);
        }
        let (due, later): (Vec<_>, Vec<_>) = std::mem::take(&mut self.team_talk.pending)
            .into_iter()
            .partition(|(at, _)| *at <= now);
        self.team_talk.pending = later;
        for (_, pending) in due {
            let result = match pending {
                Pending::Reply { agent_id, chat_id } => {
                    let line = self.team_talk.rng.pick(REPLIES).copied().unwrap_or("Ok");
                    let new = NewMessage {
                        chat_id,
                        parent_id: None,
                        r#type: "normal".to_owned(),
                        text: line.to_owned(),
                        medias: Vec::new(),
                    };
                    self.talk
                        .create_message(&agent_id, new, now)
                        .map(|(_, e)| e)
                }
                Pending::React {
                    agent_id,
                    message_id,
                } => self
                    .talk
                    .react(&agent_id, &message_id, "👍", now)
                    .map(|(_, e)| e),
            };
            // A chat deleted or left meanwhile: the teammate just does not answer.
            for event in result.unwrap_or_default() {
                let published = self.published(event);
                self.out.push(published);
            }
        }
    }

    fn post_in_channel(&mut self, now: i64) {
        let channels = self.talk.channels();
        let general = channels
            .iter()
            .find(|c| c.name == crate::talk::SEEDED_CHANNELS[0].0);
        let Some(channel) = general.map(|c| c.id.clone()) else {
            return;
        };
        let members = self.talk.member_ids(&channel);
        let speakers: Vec<String> = members
            .into_iter()
            .filter(|id| self.is_simulated(id))
            .collect();
        let Some(speaker) = self.team_talk.rng.pick(&speakers).cloned() else {
            return;
        };
        let line = self
            .team_talk
            .rng
            .pick(CHANNEL_LINES)
            .copied()
            .unwrap_or("Hi all");
        let new = NewMessage {
            chat_id: channel,
            parent_id: None,
            r#type: "normal".to_owned(),
            text: line.to_owned(),
            medias: Vec::new(),
        };
        let Ok((message, events)) = self.talk.create_message(&speaker, new, now) else {
            return;
        };
        for event in events {
            let published = self.published(event);
            self.out.push(published);
        }
        if self.team_talk.rng.chance(0.3) {
            let others: Vec<&String> = speakers.iter().filter(|s| **s != speaker).collect();
            if let Some(reactor) = self.team_talk.rng.pick(&others).map(|s| (*s).clone()) {
                let at = now + self.team_talk.rng.between(REACT_MIN_MS, REACT_MAX_MS);
                self.team_talk.pending.push((
                    at,
                    Pending::React {
                        agent_id: reactor,
                        message_id: message.id,
                    },
                ));
            }
        }
    }

    /// A person's message in a direct or group chat: each simulated teammate there answers.
    fn notice(&mut self, event: &TalkEvent, now: i64) {
        if !self.team_talk.enabled()
            || event.event_type != voipbin_protocol::EventType::ChatmessageCreated
        {
            return;
        }
        let private = matches!(
            self.talk.chat_type(&event.chat_id),
            Some(ChatType::Direct | ChatType::Group)
        );
        let author = event.owner.clone().unwrap_or_default();
        if !private || self.is_simulated(&author) {
            return;
        }
        let message_id = event.data["id"].as_str().unwrap_or_default().to_owned();
        for member in &event.audience {
            if *member == author || !self.is_simulated(member) {
                continue;
            }
            let talk = &mut self.team_talk;
            let reply_at = now + talk.rng.between(REPLY_MIN_MS, REPLY_MAX_MS);
            talk.pending.push((
                reply_at,
                Pending::Reply {
                    agent_id: member.clone(),
                    chat_id: event.chat_id.clone(),
                },
            ));
            if talk.rng.chance(0.5) {
                let react_at = now + talk.rng.between(REACT_MIN_MS, REACT_MAX_MS);
                talk.pending.push((
                    react_at,
                    Pending::React {
                        agent_id: member.clone(),
                        message_id: message_id.clone(),
                    },
                ));
            }
        }
    }

    /// A plain agent nobody drives (no desk signed in, status never set over REST).
    fn is_simulated(&self, agent_id: &str) -> bool {
        self.agents
            .get(agent_id)
            .is_some_and(|e| e.number > 0 && !e.manual)
    }

    fn published(&self, event: TalkEvent) -> Published {
        Published {
            event_type: event.event_type,
            resource: Resource::Unknown {
                kind: event.kind,
                data: event.data,
            },
            customer_id: self.customer.id.clone(),
            agent_id: event.owner,
            audience: event.audience,
        }
    }
}
