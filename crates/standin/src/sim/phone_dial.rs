//! Calls placed from an agent's phone (an INVITE out of dialog): an outgoing call owned by the
//! agent, as VoIPBIN publishes it (call_created, call_ringing, call_progressing when the far end
//! answers, then terminating/hangup). The SIP layer decides when the far end answers.

use voipbin_protocol::{
    Address, Call, CallStatus, Direction, EventType, HangupReason, NOT_DELETED,
};

use super::ids::uuid_from;
use super::state::Ended;
use super::{Published, Sim, SimError};

type Outcome<T> = Result<(T, Vec<Published>), SimError>;

impl Sim {
    /// The agent's phone dials `destination` (tel, agent, extension or conference address):
    /// the call is created and rings.
    pub fn phone_dial(
        &mut self,
        agent_id: &str,
        destination: Address,
        now_ms: i64,
    ) -> Outcome<Call> {
        self.begin_phone(now_ms);
        if !self.agents.contains(agent_id) {
            return Err(SimError::NotFound("agent"));
        }
        let source = self
            .agent_address(agent_id)
            .ok_or_else(|| SimError::InvalidState("the agent has no address".to_owned()))?;
        let call_id = uuid_from(&mut self.rng);
        let now = self.ts();
        let call = Call {
            id: call_id.clone(),
            customer_id: self.customer.id.clone(),
            owner_type: "agent".to_owned(),
            owner_id: agent_id.to_owned(),
            r#type: "flow".to_owned(),
            source,
            destination,
            status: CallStatus::Dialing,
            direction: Direction::Outgoing,
            tm_progressing: NOT_DELETED.to_owned(),
            tm_ringing: NOT_DELETED.to_owned(),
            tm_hangup: NOT_DELETED.to_owned(),
            tm_create: now.clone(),
            tm_update: now.clone(),
            tm_delete: NOT_DELETED.to_owned(),
            ..Call::default()
        };
        self.calls.insert(call_id.clone(), call);
        self.emit_call(&call_id, EventType::CallCreated);
        self.set_dialed_status(&call_id, CallStatus::Ringing);
        self.emit_call(&call_id, EventType::CallRinging);
        self.phone_done_with_call(&call_id)
    }

    /// The far end of a call placed from a phone answered.
    pub fn phone_dial_answered(&mut self, call_id: &str, now_ms: i64) -> Outcome<Call> {
        self.begin_phone(now_ms);
        match self.calls.get(call_id).map(|c| &c.status) {
            Some(CallStatus::Ringing) => {}
            Some(_) => return Err(SimError::InvalidState("the call is not ringing".to_owned())),
            None => return Err(SimError::NotFound("call")),
        }
        self.set_dialed_status(call_id, CallStatus::Progressing);
        self.emit_call(call_id, EventType::CallProgressing);
        self.phone_done_with_call(call_id)
    }

    /// A call placed from a phone ended: `by_phone` when the phone hung up or cancelled.
    pub fn phone_dial_ended(
        &mut self,
        call_id: &str,
        by_phone: bool,
        now_ms: i64,
    ) -> Outcome<Call> {
        self.begin_phone(now_ms);
        let call = self.calls.get(call_id).ok_or(SimError::NotFound("call"))?;
        if call.status == CallStatus::Hangup {
            return Err(SimError::InvalidState("the call has ended".to_owned()));
        }
        let reason = match call.status {
            CallStatus::Progressing => HangupReason::Normal,
            _ if by_phone => HangupReason::Cancel,
            _ => HangupReason::Noanswer,
        };
        // From VoIPBIN's side the phone is the remote end of this call.
        self.hangup_one(call_id, reason, if by_phone { "remote" } else { "local" });
        self.ended.push_back(Ended {
            call_ids: vec![call_id.to_owned()],
            queuecall_id: None,
            activeflow_id: String::new(),
            transcribe_id: None,
        });
        self.phone_done_with_call(call_id)
    }

    /// Ends an entry point with the call as it is now, and the events produced.
    fn phone_done_with_call(&mut self, call_id: &str) -> Outcome<Call> {
        let call = self
            .calls
            .get(call_id)
            .cloned()
            .ok_or(SimError::NotFound("call"))?;
        self.phone_done(call)
    }

    fn set_dialed_status(&mut self, call_id: &str, status: CallStatus) {
        let now = self.ts();
        if let Some(call) = self.calls.get_mut(call_id) {
            match status {
                CallStatus::Ringing => call.tm_ringing = now.clone(),
                CallStatus::Progressing => call.tm_progressing = now.clone(),
                _ => {}
            }
            call.status = status;
            call.tm_update = now;
        }
    }
}
