//! Timed work and its dispatch. Jobs name resources by id and re-check state when they run
//! (a session job also carries the session's generation), so a job that outlived its reason
//! (the caller hung up, the agent went away) simply does nothing.

use super::Sim;

/// A step in a customer call's life (see calls.rs, routing.rs, service.rs, transfer.rs).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    FlowAnswer,
    Greeting,
    JoinQueue,
    GiveUp,
    WaitTimeout,
    AgentAnswer,
    Utterance,
    ServiceEnd,
    ExitFlow,
    HandoffAnswer,
    ConsultAnswer,
    ConsultComplete,
    RingTimeout,
    RouteAgain,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MessageStep {
    Sent,
    Final,
}

#[derive(Debug)]
pub enum Job {
    Session {
        id: String,
        gen: u32,
        step: Step,
    },
    AgentBreak(String),
    AgentWrapUp(String),
    Message {
        id: String,
        life: Option<String>,
        step: MessageStep,
        /// The last event of an SMS thread: close its life afterwards.
        closes: bool,
    },
    ConversationMessageDone {
        conversation_id: String,
        message_id: String,
        life: Option<String>,
    },
    SmsReply {
        conversation_id: String,
        life: String,
        rounds_left: u32,
    },
    SmsFollowUp {
        conversation_id: String,
        life: String,
        rounds_left: u32,
    },
    Conference(String),
}

impl Sim {
    /// Schedules a session step `delay_ms` from the current event time, for the session's
    /// current generation.
    pub(super) fn schedule_step(&mut self, session_id: &str, delay_ms: i64, step: Step) {
        let Some(gen) = self.sessions.get(session_id).map(|s| s.gen) else {
            return;
        };
        let due = self.clock_ms + delay_ms.max(0);
        self.jobs.at(
            due,
            Job::Session {
                id: session_id.to_owned(),
                gen,
                step,
            },
        );
    }

    pub(super) fn schedule(&mut self, delay_ms: i64, job: Job) {
        let due = self.clock_ms + delay_ms.max(0);
        self.jobs.at(due, job);
    }

    pub(super) fn run_job(&mut self, job: Job) {
        match job {
            Job::Session { id, gen, step } => {
                let current = self.sessions.get(&id).map(|s| s.gen);
                if current == Some(gen) {
                    self.within(&id.clone(), |sim| sim.run_step(&id, step));
                }
            }
            Job::AgentBreak(agent_id) => self.agent_break(&agent_id),
            Job::AgentWrapUp(agent_id) => self.wrap_up(&agent_id),
            Job::Message {
                id,
                life,
                step,
                closes,
            } => {
                let life_key = life.clone().unwrap_or_default();
                let exists = self.within(&life_key, |sim| sim.message_receipt(&id, step));
                if exists && step == MessageStep::Sent {
                    let delay = self.rng.between(1_000, 5_000);
                    let step = MessageStep::Final;
                    self.schedule(
                        delay,
                        Job::Message {
                            id,
                            life,
                            step,
                            closes,
                        },
                    );
                } else if closes {
                    if let Some(life) = life {
                        self.close_sms_thread(&life);
                    }
                }
            }
            Job::ConversationMessageDone {
                conversation_id,
                message_id,
                life,
            } => {
                let life_key = life.unwrap_or_default();
                self.within(&life_key, |sim| {
                    sim.conversation_message_done(&conversation_id, &message_id)
                });
            }
            Job::SmsReply {
                conversation_id,
                life,
                rounds_left,
            } => {
                self.within(&life.clone(), |sim| {
                    sim.sms_auto_reply(&conversation_id, &life, rounds_left)
                });
            }
            Job::SmsFollowUp {
                conversation_id,
                life,
                rounds_left,
            } => {
                self.within(&life.clone(), |sim| {
                    sim.sms_follow_up(&conversation_id, &life, rounds_left)
                });
            }
            Job::Conference(id) => self.within(&id.clone(), |sim| sim.conference_step(&id)),
        }
    }

    fn run_step(&mut self, id: &str, step: Step) {
        match step {
            Step::FlowAnswer => self.flow_answer(id),
            Step::Greeting => self.flow_greeting(id),
            Step::JoinQueue => self.join_queue(id),
            Step::GiveUp => self.give_up(id),
            Step::WaitTimeout => self.wait_timeout(id),
            Step::AgentAnswer => self.simulated_answer(id),
            Step::Utterance => self.utterance(id),
            Step::ServiceEnd => self.service_end(id),
            Step::ExitFlow => self.exit_flow(id),
            Step::HandoffAnswer => self.handoff_answer(id),
            Step::ConsultAnswer => self.consult_answer(id),
            Step::ConsultComplete => self.consult_complete(id),
            Step::RingTimeout => self.ring_timeout(id),
            Step::RouteAgain => self.route_dirty = true,
        }
    }
}
