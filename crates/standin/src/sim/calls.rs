//! A customer call's life before and after the queue: arrival, the flow answering and greeting,
//! joining the queue, giving up, timing out, and the single teardown path every ending uses.

use voipbin_protocol::{
    Activeflow, ActiveflowStatus, Address, Call, CallStatus, Direction, EventType, HangupReason,
    MuteDirection, RawJson, Resource, NOT_DELETED,
};

use super::ids::uuid_from;
use super::jobs::Step;
use super::pacer::CALL_EVENTS;
use super::state::{Ended, Session, Stage};
use super::{text, Sim};

/// Most recent flow actions kept in an activeflow's `executed_actions`. Small on purpose:
/// each is a JSON object cloned into every activeflow event, the dominant cost at high rates.
const EXECUTED_ACTIONS_KEPT: usize = 5;

impl Sim {
    /// A new inbound call to a queue's number. Returns false when no queue exists.
    pub(super) fn start_call(&mut self) -> bool {
        let weights: Vec<f64> = self.queues.values().map(|q| q.weight).collect();
        let Some(index) = self.rng.weighted(&weights) else {
            return false;
        };
        let Some(queue) = self.queues.values().nth(index) else {
            return false;
        };
        let queue_id = queue.queue.id.clone();
        let call_id = self.open_customer_call(&queue_id, None);
        let threshold = self.rng.unit() * CALL_EVENTS as f64;
        self.pacer.open(&call_id, CALL_EVENTS, threshold);
        self.within(&call_id.clone(), |sim| {
            sim.emit_call(&call_id, EventType::CallCreated);
            let ring = sim.rng.between(300, 1_500);
            sim.schedule_step(&call_id, ring, Step::FlowAnswer);
        });
        true
    }

    /// A customer call ringing the queue's number, from `from` (else a simulated number), and
    /// its session; no events yet (generated traffic and placed calls go on differently).
    pub(super) fn open_customer_call(&mut self, queue_id: &str, from: Option<&str>) -> String {
        let (queue_index, flow_id, number, queue_name) = match self.queues.get(queue_id) {
            Some(q) => (
                q.index,
                q.flow_id.clone(),
                q.number.clone(),
                q.queue.name.clone(),
            ),
            None => Default::default(),
        };
        let mut destination = Address::new("tel", &number);
        destination.target_name = queue_name;
        let call_id = uuid_from(&mut self.rng);
        let activeflow_id = uuid_from(&mut self.rng);
        let mut caller_name = text::person_name(&mut self.rng);
        // Drawn either way, so a given number leaves the random sequence as it was.
        let mut caller_number = text::caller_number(&mut self.rng);
        match from {
            Some(from) => caller_number = from.to_owned(),
            None => self.maybe_known_caller(&mut caller_name, &mut caller_number),
        }
        let script = self.rng.below(text::script_count(queue_index));
        let mut source = Address::new("tel", &caller_number);
        source.target_name = caller_name.clone();
        let now = self.ts();
        let call = Call {
            id: call_id.clone(),
            customer_id: self.customer.id.clone(),
            flow_id,
            activeflow_id: activeflow_id.clone(),
            r#type: "flow".to_owned(),
            source,
            destination,
            status: CallStatus::Ringing,
            direction: Direction::Incoming,
            mute_direction: MuteDirection::None,
            tm_progressing: NOT_DELETED.to_owned(),
            tm_ringing: now.clone(),
            tm_hangup: NOT_DELETED.to_owned(),
            tm_create: now.clone(),
            tm_update: now,
            tm_delete: NOT_DELETED.to_owned(),
            ..Call::default()
        };
        self.calls.insert(call_id.clone(), call);
        self.plan_case(&call_id);
        self.sessions.insert(
            call_id.clone(),
            Session {
                call_id: call_id.clone(),
                queue_id: queue_id.to_owned(),
                activeflow_id,
                queuecall_id: None,
                leg_id: None,
                consult: None,
                transcribe_id: None,
                caller_name,
                caller_number,
                script,
                line: 0,
                small_talk: 0,
                held: false,
                stage: Stage::Ringing,
                gen: 0,
                join_seq: 0,
                give_up_at: 0,
                timeout_at: 0,
                call_ids: vec![call_id.clone()],
            },
        );
        self.counters.calls_started += 1;
        call_id
    }

    /// The flow answers: the call is up and its activeflow starts.
    pub(super) fn flow_answer(&mut self, id: &str) {
        // A few callers hang up before anyone answers.
        if !self.is_placed(id) && self.rng.chance(0.02) {
            self.end_session(id, HangupReason::Cancel, "remote");
            return;
        }
        let now = self.ts();
        if let Some(call) = self.calls.get_mut(id) {
            call.status = CallStatus::Progressing;
            call.tm_progressing = now.clone();
            call.tm_update = now.clone();
        }
        self.emit_call(id, EventType::CallProgressing);
        let Some(session) = self.sessions.get(id) else {
            return;
        };
        let flow_id = self
            .calls
            .get(id)
            .map(|c| c.flow_id.clone())
            .unwrap_or_default();
        let activeflow = Activeflow {
            id: session.activeflow_id.clone(),
            customer_id: self.customer.id.clone(),
            flow_id,
            status: ActiveflowStatus::Running,
            reference_type: "call".to_owned(),
            reference_id: id.to_owned(),
            current_action: self.flow_action("answer", serde_json::json!({})),
            executed_actions: Vec::new(),
            tm_create: now.clone(),
            tm_update: now,
            tm_delete: NOT_DELETED.to_owned(),
        };
        let activeflow_id = activeflow.id.clone();
        self.activeflows.insert(activeflow_id.clone(), activeflow);
        self.emit_activeflow(&activeflow_id, EventType::ActiveflowCreated);
        self.set_stage(id, Stage::Greeting);
        let delay = self.step_delay(id, 200, 800);
        self.schedule_step(id, delay, Step::Greeting);
    }

    pub(super) fn flow_greeting(&mut self, id: &str) {
        self.flow_case_create(id);
        let queue_name = self.session_queue_name(id);
        let greeting = format!(
            "Thank you for calling {}. Your call may be recorded. Connecting you to {queue_name}.",
            text::COMPANY
        );
        self.advance_flow(
            id,
            "talk",
            serde_json::json!({ "text": greeting, "language": "en-US" }),
        );
        let delay = self.step_delay(id, 4_000, 8_000);
        self.schedule_step(id, delay, Step::JoinQueue);
    }

    /// The caller waited long enough and hangs up.
    pub(super) fn give_up(&mut self, id: &str) {
        if self.stage_of(id) == Some(Stage::Waiting) {
            self.end_session(id, HangupReason::Cancel, "remote");
        }
    }

    /// The queue's wait timeout: the call leaves the queue and the flow takes a message.
    pub(super) fn wait_timeout(&mut self, id: &str) {
        if self.stage_of(id) != Some(Stage::Waiting) {
            return;
        }
        self.leave_queue_unserviced(id, false);
        self.say_goodbye(id);
    }

    /// After leaving the queue unserviced (timeout, kick): a last message, then hang up.
    pub(super) fn say_goodbye(&mut self, id: &str) {
        self.set_stage(id, Stage::Exiting);
        self.advance_flow(
            id,
            "talk",
            serde_json::json!({
                "text": "All our agents are busy. Please leave a message after the tone.",
                "language": "en-US"
            }),
        );
        let delay = self.rng.between(6_000, 12_000);
        self.schedule_step(id, delay, Step::ExitFlow);
    }

    pub(super) fn exit_flow(&mut self, id: &str) {
        self.end_session(id, HangupReason::Normal, "local");
    }

    /// Moves the session's activeflow to a new current action (the old one joins the
    /// bounded `executed_actions`) and publishes activeflow_updated.
    pub(super) fn advance_flow(&mut self, id: &str, action: &str, option: serde_json::Value) {
        if !self.sessions.contains_key(id) {
            return;
        }
        let next = self.flow_action(action, option);
        self.advance_flow_to(id, next);
    }

    /// [`Sim::advance_flow`] with the action already built.
    pub(super) fn advance_flow_to(&mut self, id: &str, next: serde_json::Value) {
        let Some(activeflow_id) = self.sessions.get(id).map(|s| s.activeflow_id.clone()) else {
            return;
        };
        let now = self.ts();
        let Some(flow) = self.activeflows.get_mut(&activeflow_id) else {
            return;
        };
        let previous = std::mem::replace(&mut flow.current_action, next);
        flow.executed_actions.push(RawJson::from_value(&previous));
        if flow.executed_actions.len() > EXECUTED_ACTIONS_KEPT {
            flow.executed_actions.remove(0);
        }
        flow.tm_update = now;
        self.emit_activeflow(&activeflow_id, EventType::ActiveflowUpdated);
    }

    fn flow_action(&mut self, action: &str, option: serde_json::Value) -> serde_json::Value {
        serde_json::json!({ "id": uuid_from(&mut self.rng), "type": action, "option": option })
    }

    pub(super) fn stage_of(&self, id: &str) -> Option<Stage> {
        self.sessions.get(id).map(|s| s.stage.clone())
    }

    fn session_queue_name(&self, id: &str) -> String {
        self.sessions
            .get(id)
            .and_then(|s| self.queues.get(&s.queue_id))
            .map(|q| q.queue.name.clone())
            .unwrap_or_default()
    }

    /// Changes stage, invalidates pending jobs (new generation) and keeps the progress-event
    /// pools (`waiting`, `talking`) in step.
    pub(super) fn set_stage(&mut self, id: &str, stage: Stage) {
        let Some(session) = self.sessions.get_mut(id) else {
            return;
        };
        session.gen = session.gen.wrapping_add(1);
        let talking = matches!(
            stage,
            Stage::Service { .. } | Stage::Handoff { answered: true, .. }
        );
        let waiting = stage == Stage::Waiting;
        session.stage = stage;
        if talking {
            self.talking.insert(id);
        } else {
            self.talking.remove(id);
        }
        if waiting {
            self.waiting.insert(id);
        } else {
            self.waiting.remove(id);
        }
    }

    /// Hangs up one call resource (terminating/canceling, then hangup) and finishes its
    /// recording. No-op for a call already hung up.
    pub(super) fn hangup_one(&mut self, call_id: &str, reason: HangupReason, by: &str) {
        let now = self.ts();
        let Some(call) = self.calls.get_mut(call_id) else {
            return;
        };
        if call.status == CallStatus::Hangup {
            return;
        }
        let answered = call.status == CallStatus::Progressing;
        call.status = if answered {
            CallStatus::Terminating
        } else {
            CallStatus::Canceling
        };
        call.tm_update = now.clone();
        let recording_id = std::mem::take(&mut call.recording_id);
        self.phone_call_ended(call_id);
        self.emit_call(
            call_id,
            if answered {
                EventType::CallTerminating
            } else {
                EventType::CallCanceling
            },
        );
        if let Some(call) = self.calls.get_mut(call_id) {
            call.status = CallStatus::Hangup;
            call.hangup_reason = reason;
            call.hangup_by = by.to_owned();
            call.tm_hangup = now.clone();
            call.tm_update = now;
            call.mute_direction = MuteDirection::None;
        }
        self.emit_call(call_id, EventType::CallHangup);
        if !recording_id.is_empty() {
            self.finish_recording(&recording_id);
        }
    }

    /// Ends a customer call and everything attached: legs, consult, recording, transcribe,
    /// queuecall (abandoned or done), agents, flow. The one teardown path, so the queue
    /// counters and agent states stay consistent whatever ended the call.
    pub(super) fn end_session(&mut self, id: &str, reason: HangupReason, by: &str) {
        let Some(stage) = self.stage_of(id) else {
            return;
        };
        let Some(session) = self.sessions.get_mut(id) else {
            return;
        };
        let consult = session.consult.take();
        let leg_id = session.leg_id.take();
        let transcribe_id = session.transcribe_id.clone();
        if let Some(consult) = consult {
            self.hangup_one(&consult.leg_id, reason.clone(), by);
            self.legs.remove(&consult.leg_id);
            if let Some(agent_id) = consult.agent_id {
                self.release_agent(&agent_id, id);
            }
        }
        self.hangup_one(id, reason.clone(), by);
        self.cancel_ring(id, by);
        if let Some(leg_id) = leg_id {
            self.hangup_one(&leg_id, reason, by);
            self.legs.remove(&leg_id);
        }
        if let Some(transcribe_id) = &transcribe_id {
            self.finish_transcribe(transcribe_id);
        }
        // The queue learns of the hangup after the call did (as on VoIPBIN).
        match &stage {
            Stage::Waiting | Stage::Connecting { .. } => self.leave_queue_unserviced(id, false),
            Stage::Service { .. } => self.leave_queue_serviced(id),
            _ => {}
        }
        let serving = match &stage {
            Stage::Connecting { .. } => None,
            _ => self.sessions.get(id).and_then(|s| s.agent_id()),
        };
        if let Some(agent_id) = serving.map(str::to_owned) {
            self.release_agent(&agent_id, id);
        }
        self.end_flow(id);
        self.set_stage(id, Stage::Exiting);
        self.talking.remove(id);
        self.waiting.remove(id);
        if let Some(session) = self.sessions.remove(id) {
            self.ended.push_back(Ended {
                call_ids: session.call_ids,
                queuecall_id: session.queuecall_id,
                activeflow_id: session.activeflow_id,
                transcribe_id: session.transcribe_id,
            });
        }
        self.pacer.close(id);
        self.drop_case_plan(id);
        self.counters.calls_ended += 1;
    }

    fn end_flow(&mut self, id: &str) {
        let Some(activeflow_id) = self.sessions.get(id).map(|s| s.activeflow_id.clone()) else {
            return;
        };
        let now = self.ts();
        let Some(flow) = self.activeflows.get_mut(&activeflow_id) else {
            return;
        };
        if flow.status == ActiveflowStatus::Ended {
            return;
        }
        flow.status = ActiveflowStatus::Ended;
        flow.tm_update = now;
        let resource = Resource::Activeflow(flow.clone());
        self.emit(EventType::ActiveflowUpdated, resource);
    }
}
