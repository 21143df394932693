//! What the app can do (REST actions). Each validates first and returns `SimError` instead of
//! panicking, then changes the simulation and returns the changed resource together with the
//! events to publish (the caller fans them out exactly like tick events).

use serde::{Deserialize, Serialize};
use voipbin_protocol::{
    Address, Agent, AgentStatus, Call, CallStatus, ConversationMessage, Customer, EventType,
    HangupReason, Message, MuteDirection, Queuecall, QueuecallStatus, Resource,
};

use super::messages::check_text;
use super::{Published, Sim, SimError};

/// Body of `PUT /v1.0/customer`: every field is required (as on VoIPBIN).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CustomerUpdate {
    pub name: String,
    pub detail: String,
    pub email: String,
    pub phone_number: String,
    pub address: String,
    pub webhook_method: String,
    pub webhook_uri: String,
}

type Outcome<T> = Result<(T, Vec<Published>), SimError>;

/// Longest agent status stored (VoIPBIN's agent status column is varchar(255)).
pub const MAX_STATUS_LEN: usize = 255;

impl Sim {
    /// Stamps the action's events with its time (never before the last tick).
    fn begin(&mut self, now_ms: i64) {
        self.clock_ms = now_ms.max(self.now_ms);
    }

    fn done<T>(&mut self, value: T) -> Outcome<T> {
        Ok((value, std::mem::take(&mut self.out)))
    }

    /// Sets an agent's status: any string up to [`MAX_STATUS_LEN`] characters, at once, also
    /// during a call, as VoIPBIN does (bin-agent-manager/pkg/agenthandler/agent.go
    /// `UpdateStatus` writes the status and publishes agent_status_updated; no enum check in
    /// bin-api-manager/pkg/servicehandler/agent.go `AgentUpdateStatus` or serviceagent_me.go
    /// `ServiceAgentMeUpdateStatus`). A ringing leg keeps ringing. The agent is driven by a
    /// person from now on: the simulation no longer answers for it, sends it on breaks or sets
    /// its status.
    pub fn set_agent_status(
        &mut self,
        agent_id: &str,
        status: AgentStatus,
        now_ms: i64,
    ) -> Outcome<Agent> {
        self.begin(now_ms);
        // The column is varchar(255) (bin-dbscheme-manager/bin-manager/main/versions/
        // 4cb21f78b337_add_table_agents.py). What VoIPBIN answers past it depends on MySQL's
        // sql_mode (an error or a cut); the stand-in refuses it with a 400.
        let length = status.as_str().chars().count();
        if length > MAX_STATUS_LEN {
            return Err(SimError::BadRequest(format!(
                "status is {length} characters, at most {MAX_STATUS_LEN}"
            )));
        }
        let entry = self
            .agents
            .get_mut(agent_id)
            .ok_or(SimError::NotFound("agent"))?;
        entry.manual = true;
        entry.break_due = false;
        self.change_agent_status(agent_id, status);
        let agent = self
            .agent(agent_id)
            .cloned()
            .ok_or(SimError::NotFound("agent"))?;
        self.done(agent)
    }

    /// Sets an agent's permission bits (VoIPBIN's `PUT /v1.0/agents/{id}/permission`). Like
    /// VoIPBIN, tokens carry the permission they were issued with: it applies at the next login.
    pub fn set_agent_permission(
        &mut self,
        agent_id: &str,
        permission: u64,
        now_ms: i64,
    ) -> Outcome<Agent> {
        self.begin(now_ms);
        let now = self.ts();
        let entry = self
            .agents
            .get_mut(agent_id)
            .ok_or(SimError::NotFound("agent"))?;
        entry.agent.permission = permission;
        entry.agent.tm_update = now;
        let agent = entry.agent.clone();
        self.emit_agent(agent_id, EventType::AgentUpdated);
        self.done(agent)
    }

    /// Hangs up a call. The customer call or its agent leg ends the whole call (queuecall
    /// done or abandoned); a consult leg only cancels the transfer.
    pub fn hangup_call(&mut self, call_id: &str, now_ms: i64) -> Outcome<Call> {
        self.begin(now_ms);
        let session_id = self.session_of_call(call_id)?;
        let is_consult = self
            .sessions
            .get(&session_id)
            .and_then(|s| s.consult.as_ref())
            .is_some_and(|c| c.leg_id == call_id);
        self.within(&session_id.clone(), |sim| {
            if is_consult {
                sim.cancel_consult(&session_id);
            } else {
                sim.end_session(&session_id, HangupReason::Normal, "local");
            }
        });
        let call = self
            .call(call_id)
            .cloned()
            .ok_or(SimError::NotFound("call"))?;
        self.done(call)
    }

    /// `POST /v1.0/transfers`: kind "blind" or "attended"; the transferer call is the
    /// customer call or its agent leg; the first transferee address counts (agent, extension,
    /// sip of an agent, or tel).
    pub fn transfer(
        &mut self,
        kind: &str,
        transferer_call_id: &str,
        transferee: Vec<Address>,
        now_ms: i64,
    ) -> Outcome<serde_json::Value> {
        self.begin(now_ms);
        let record = self.transfer_call(kind, transferer_call_id, &transferee)?;
        self.done(record)
    }

    /// Removes a waiting (or ringing) queuecall from its queue: kicking, then abandoned; the
    /// caller hears a goodbye and the call ends shortly after.
    pub fn kick_queuecall(&mut self, queuecall_id: &str, now_ms: i64) -> Outcome<Queuecall> {
        self.begin(now_ms);
        let qc = self
            .queuecalls
            .get(queuecall_id)
            .ok_or(SimError::NotFound("queuecall"))?;
        if !matches!(
            qc.status,
            QueuecallStatus::Waiting | QueuecallStatus::Connecting
        ) {
            return Err(SimError::InvalidState(format!(
                "queuecall is {}, only waiting or connecting ones can be kicked",
                qc.status.as_str()
            )));
        }
        let session_id = qc.reference_id.clone();
        if self.stage_of(&session_id).is_none() {
            return Err(SimError::InvalidState(
                "the queuecall's call has ended".to_owned(),
            ));
        }
        self.within(&session_id.clone(), |sim| {
            sim.cancel_ring(&session_id, "local");
            sim.leave_queue_unserviced(&session_id, true);
            sim.say_goodbye(&session_id);
        });
        let qc = self
            .queuecalls
            .get(queuecall_id)
            .cloned()
            .ok_or(SimError::NotFound("queuecall"))?;
        self.done(qc)
    }

    /// `POST /v1.0/messages`: an outbound SMS; its targets go queued -> sent -> delivered
    /// (sometimes failed) over the next ticks.
    pub fn send_message(
        &mut self,
        source: Address,
        destinations: Vec<Address>,
        text: &str,
        now_ms: i64,
    ) -> Outcome<Message> {
        self.begin(now_ms);
        let id = self.app_send_message(source, destinations, text)?;
        let message = self
            .message(&id)
            .cloned()
            .ok_or(SimError::NotFound("message"))?;
        self.done(message)
    }

    /// An agent's reply in a conversation (progressing, then done over the next ticks), sent
    /// as SMS to the customer.
    pub fn send_conversation_message(
        &mut self,
        conversation_id: &str,
        text: &str,
        medias: Vec<serde_json::Value>,
        now_ms: i64,
    ) -> Outcome<ConversationMessage> {
        self.begin(now_ms);
        if !self.conversations.contains(conversation_id) {
            return Err(SimError::NotFound("conversation"));
        }
        if medias.is_empty() {
            check_text(text)?;
        }
        let entry = self
            .reply(conversation_id, text, medias, None, false)
            .ok_or(SimError::NotFound("conversation"))?;
        self.done(entry)
    }

    /// `PUT /v1.0/customer`. Validated: a name, an email with `@` (or empty), webhook method
    /// POST/PUT/GET/DELETE, webhook URI empty (disabled) or http(s). The published copy leaves
    /// out the webhook secret.
    pub fn update_customer(&mut self, patch: CustomerUpdate, now_ms: i64) -> Outcome<Customer> {
        self.begin(now_ms);
        let method = validate_customer(&patch)?;
        let now = self.ts();
        let c = &mut self.customer;
        c.name = patch.name.trim().to_owned();
        c.detail = patch.detail;
        c.email = patch.email.trim().to_owned();
        c.phone_number = patch.phone_number.trim().to_owned();
        c.address = patch.address;
        c.webhook_method = method;
        c.webhook_uri = patch.webhook_uri.trim().to_owned();
        c.tm_update = now;
        let mut public = self.customer.clone();
        public.webhook_secret.clear();
        self.emit(
            EventType::Other("customer_updated".to_owned()),
            Resource::Customer(public),
        );
        let customer = self.customer.clone();
        self.done(customer)
    }

    /// `POST /v1.0/calls/{id}/mute {direction}`: in, out or both.
    pub fn mute(&mut self, call_id: &str, direction: &str, now_ms: i64) -> Outcome<Call> {
        self.begin(now_ms);
        let direction = parse_mute(direction)?;
        self.live_call(call_id)?;
        let merged = match (
            self.call(call_id).map(|c| c.mute_direction.clone()),
            &direction,
        ) {
            (Some(MuteDirection::In), MuteDirection::Out)
            | (Some(MuteDirection::Out), MuteDirection::In) => MuteDirection::Both,
            (Some(MuteDirection::Both), _) => MuteDirection::Both,
            _ => direction,
        };
        self.update_call(call_id, |c| c.mute_direction = merged)
    }

    /// `DELETE /v1.0/calls/{id}/mute {direction}`: lifts muting in that direction.
    pub fn unmute(&mut self, call_id: &str, direction: &str, now_ms: i64) -> Outcome<Call> {
        self.begin(now_ms);
        let direction = parse_mute(direction)?;
        self.live_call(call_id)?;
        let current = self
            .call(call_id)
            .map(|c| c.mute_direction.clone())
            .unwrap_or_default();
        let left = match (current, direction) {
            (_, MuteDirection::Both) => MuteDirection::None,
            (MuteDirection::Both, MuteDirection::In) => MuteDirection::Out,
            (MuteDirection::Both, MuteDirection::Out) => MuteDirection::In,
            (now, lifted) if now == lifted => MuteDirection::None,
            (now, _) => now,
        };
        self.update_call(call_id, |c| c.mute_direction = left)
    }

    /// `POST /v1.0/calls/{id}/hold`. VoIPBIN's call has no hold field; the change shows as a
    /// call_updated and in `truth()`.
    pub fn hold(&mut self, call_id: &str, now_ms: i64) -> Outcome<Call> {
        self.set_hold(call_id, true, now_ms)
    }

    /// `DELETE /v1.0/calls/{id}/hold`.
    pub fn unhold(&mut self, call_id: &str, now_ms: i64) -> Outcome<Call> {
        self.set_hold(call_id, false, now_ms)
    }

    fn set_hold(&mut self, call_id: &str, held: bool, now_ms: i64) -> Outcome<Call> {
        self.begin(now_ms);
        self.live_call(call_id)?;
        let session_id = self.session_of_call(call_id)?;
        if let Some(s) = self.sessions.get_mut(&session_id) {
            s.held = held;
        }
        self.update_call(call_id, |_| {})
    }

    /// `POST /v1.0/calls/{id}/recording_start`.
    pub fn recording_start(&mut self, call_id: &str, now_ms: i64) -> Outcome<Call> {
        self.begin(now_ms);
        self.live_call(call_id)?;
        if self
            .call(call_id)
            .is_some_and(|c| !c.recording_id.is_empty())
        {
            return Err(SimError::InvalidState(
                "the call is already being recorded".to_owned(),
            ));
        }
        let life = self.session_of_call(call_id).unwrap_or_default();
        self.within(&life, |sim| sim.start_recording(call_id));
        self.update_call(call_id, |_| {})
    }

    /// `POST /v1.0/calls/{id}/recording_stop`.
    pub fn recording_stop(&mut self, call_id: &str, now_ms: i64) -> Outcome<Call> {
        self.begin(now_ms);
        self.live_call(call_id)?;
        let recording_id = self
            .call(call_id)
            .map(|c| c.recording_id.clone())
            .unwrap_or_default();
        if recording_id.is_empty() {
            return Err(SimError::InvalidState(
                "the call is not being recorded".to_owned(),
            ));
        }
        let life = self.session_of_call(call_id).unwrap_or_default();
        self.within(&life, |sim| sim.finish_recording(&recording_id));
        self.update_call(call_id, |c| c.recording_id.clear())
    }

    /// The call exists and is answered and not ended.
    fn live_call(&self, call_id: &str) -> Result<(), SimError> {
        let call = self.call(call_id).ok_or(SimError::NotFound("call"))?;
        match call.status {
            CallStatus::Progressing => Ok(()),
            CallStatus::Hangup | CallStatus::Terminating | CallStatus::Canceling => {
                Err(SimError::InvalidState("the call has ended".to_owned()))
            }
            _ => Err(SimError::InvalidState(
                "the call is not answered yet".to_owned(),
            )),
        }
    }

    /// Applies `change`, stamps tm_update and publishes call_updated.
    fn update_call(&mut self, call_id: &str, change: impl FnOnce(&mut Call)) -> Outcome<Call> {
        let now = self.ts();
        let call = self
            .calls
            .get_mut(call_id)
            .ok_or(SimError::NotFound("call"))?;
        change(call);
        call.tm_update = now;
        let call = call.clone();
        let life = self.session_of_call(call_id).unwrap_or_default();
        self.within(&life, |sim| {
            sim.emit(EventType::CallUpdated, Resource::Call(call.clone()))
        });
        self.done(call)
    }
}

fn parse_mute(direction: &str) -> Result<MuteDirection, SimError> {
    match MuteDirection::parse(direction.trim()) {
        d @ (MuteDirection::Both | MuteDirection::In | MuteDirection::Out) => Ok(d),
        _ => Err(SimError::BadRequest(format!(
            "direction must be in, out or both, not {direction:?}"
        ))),
    }
}

/// Checks the update; returns the normalized (upper-case) webhook method.
fn validate_customer(patch: &CustomerUpdate) -> Result<String, SimError> {
    if patch.name.trim().is_empty() {
        return Err(SimError::BadRequest("name is required".to_owned()));
    }
    let email = patch.email.trim();
    if !email.is_empty() && (!email.contains('@') || email.contains(char::is_whitespace)) {
        return Err(SimError::BadRequest(format!(
            "email {email:?} is not an address"
        )));
    }
    let uri = patch.webhook_uri.trim();
    if !uri.is_empty() {
        let lower = uri.to_ascii_lowercase();
        let scheme_ok = lower.starts_with("http://") || lower.starts_with("https://");
        let host_ok = uri.split("://").nth(1).is_some_and(|rest| !rest.is_empty());
        if !scheme_ok || !host_ok || uri.contains(char::is_whitespace) || uri.len() > 2_048 {
            return Err(SimError::BadRequest(format!(
                "webhook_uri {uri:?} must be an http or https URL"
            )));
        }
    }
    let method = patch.webhook_method.trim().to_ascii_uppercase();
    match method.as_str() {
        "POST" | "PUT" | "GET" | "DELETE" => Ok(method),
        "" if uri.is_empty() => Ok(method),
        _ => Err(SimError::BadRequest(format!(
            "webhook_method must be POST, PUT, GET or DELETE, not {:?}",
            patch.webhook_method
        ))),
    }
}
