//! Transfers of a connected call. Blind: the serving leg hangs up and a new leg rings the
//! transferee (another agent, or an outside number, which takes the call off the desk).
//! Attended: a consult leg rings the transferee first; once it has talked for a while the
//! transfer completes like a blind one. Either way the call leaves its queue (queuecall done).

use voipbin_protocol::{Address, AgentStatus, CallStatus, EventType, HangupReason, NOT_DELETED};

use super::ids::uuid_from;
use super::jobs::Step;
use super::state::{Consult, Stage};
use super::{Sim, SimError, TRANSFERS_KEPT};

/// Who a transfer goes to.
#[derive(Clone, Debug, PartialEq)]
enum Transferee {
    Agent(String),
    Outside(Address),
}

impl Sim {
    pub(super) fn transfer_call(
        &mut self,
        kind: &str,
        transferer_call_id: &str,
        transferee_addresses: &[Address],
    ) -> Result<serde_json::Value, SimError> {
        let attended = match kind {
            "blind" => false,
            "attended" => true,
            other => {
                return Err(SimError::BadRequest(format!(
                    "unknown transfer_type {other:?}"
                )))
            }
        };
        let session_id = self.session_of_call(transferer_call_id)?;
        let current_agent = match self.stage_of(&session_id) {
            Some(Stage::Service { agent_id })
            | Some(Stage::Handoff {
                agent_id: Some(agent_id),
                answered: true,
            }) => agent_id,
            _ => {
                return Err(SimError::InvalidState(
                    "the call is not connected to an agent".to_owned(),
                ))
            }
        };
        if self
            .sessions
            .get(&session_id)
            .is_some_and(|s| s.consult.is_some())
        {
            return Err(SimError::InvalidState(
                "a transfer is already in progress".to_owned(),
            ));
        }
        let first = transferee_addresses
            .first()
            .ok_or_else(|| SimError::BadRequest("transferee_addresses is empty".to_owned()))?;
        let transferee = self.resolve_transferee(first, &current_agent)?;
        let destination = match &transferee {
            Transferee::Agent(agent_id) => self.agent_address(agent_id).ok_or(
                SimError::InvalidState("the transferee has no address".to_owned()),
            )?,
            Transferee::Outside(address) => address.clone(),
        };
        let target_agent = match &transferee {
            Transferee::Agent(id) => Some(id.clone()),
            Transferee::Outside(_) => None,
        };

        let leg_id = self.within(&session_id.clone(), |sim| {
            if attended {
                sim.start_consult(
                    &session_id,
                    &current_agent,
                    destination,
                    target_agent.as_deref(),
                )
            } else {
                sim.blind_transfer(
                    &session_id,
                    &current_agent,
                    destination,
                    target_agent.as_deref(),
                )
            }
        });
        let now = self.ts();
        let record = serde_json::json!({
            "id": uuid_from(&mut self.rng),
            "customer_id": self.customer.id,
            "type": kind,
            "transferer_call_id": transferer_call_id,
            "transferee_addresses": transferee_addresses,
            "transferee_call_id": leg_id,
            "groupcall_id": "",
            "confbridge_id": "",
            "tm_create": now,
            "tm_update": now,
            "tm_delete": NOT_DELETED,
        });
        let record_id = record["id"].as_str().unwrap_or_default().to_owned();
        self.transfers.insert(record_id, record.clone());
        if self.transfers.len() > TRANSFERS_KEPT {
            if let Some(oldest) = self.transfers.first_id().cloned() {
                self.transfers.remove(&oldest);
            }
        }
        self.counters.transfers += 1;
        Ok(record)
    }

    /// The session a call id belongs to (the customer call or one of its legs).
    pub(super) fn session_of_call(&self, call_id: &str) -> Result<String, SimError> {
        if self.sessions.contains_key(call_id) {
            return Ok(call_id.to_owned());
        }
        if let Some(session_id) = self.legs.get(call_id) {
            return Ok(session_id.clone());
        }
        match self.calls.get(call_id) {
            Some(call) if call.status == CallStatus::Hangup => {
                Err(SimError::InvalidState("the call has ended".to_owned()))
            }
            Some(_) => Err(SimError::InvalidState(
                "the call is not handled by a queue".to_owned(),
            )),
            None => Err(SimError::NotFound("call")),
        }
    }

    fn resolve_transferee(
        &self,
        address: &Address,
        current_agent: &str,
    ) -> Result<Transferee, SimError> {
        let agent = match address.r#type.as_str() {
            "agent" => Some(
                self.agents
                    .get(&address.target)
                    .map(|e| e.agent.id.clone())
                    .ok_or(SimError::NotFound("transferee agent"))?,
            ),
            // Agents' extension addresses name the extension by id; a typed one, by its name.
            "extension" => self
                .extension(&address.target)
                .or_else(|| self.extension_by_username(&address.target))
                .and_then(|e| self.extension_agent(&e.id))
                .map(str::to_owned),
            "sip" => self
                .agents
                .values()
                .find(|e| {
                    e.agent
                        .addresses
                        .iter()
                        .any(|a| a.r#type == address.r#type && a.target == address.target)
                })
                .map(|e| e.agent.id.clone()),
            "tel" => {
                let digits = address.target.strip_prefix('+').unwrap_or("");
                let e164 =
                    (8..=15).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit());
                if !e164 {
                    return Err(SimError::BadRequest(format!(
                        "tel transferee {:?} is not an E.164 number",
                        address.target
                    )));
                }
                None
            }
            other => {
                return Err(SimError::BadRequest(format!(
                    "unsupported transferee type {other:?}"
                )))
            }
        };
        let Some(agent_id) = agent else {
            if address.r#type == "extension" {
                return Err(SimError::NotFound("transferee extension"));
            }
            return Ok(Transferee::Outside(address.clone()));
        };
        if agent_id == current_agent {
            return Err(SimError::BadRequest(
                "cannot transfer a call to its own agent".to_owned(),
            ));
        }
        let entry = self
            .agents
            .get(&agent_id)
            .ok_or(SimError::NotFound("transferee agent"))?;
        if entry.on_call.is_some() {
            return Err(SimError::InvalidState(
                "the transferee agent is on another call".to_owned(),
            ));
        }
        if entry.agent.status == AgentStatus::Offline {
            return Err(SimError::InvalidState(
                "the transferee agent is offline".to_owned(),
            ));
        }
        Ok(Transferee::Agent(agent_id))
    }

    /// Hangs up the serving leg, frees its agent and takes the call out of its queue.
    fn drop_serving_leg(&mut self, session_id: &str, agent_id: &str) {
        if matches!(self.stage_of(session_id), Some(Stage::Service { .. })) {
            self.leave_queue_serviced(session_id);
        }
        let old_leg = self
            .sessions
            .get_mut(session_id)
            .and_then(|s| s.leg_id.take());
        if let Some(old_leg) = old_leg {
            self.hangup_one(&old_leg, HangupReason::Normal, "local");
            self.legs.remove(&old_leg);
        }
        self.release_agent(agent_id, session_id);
    }

    fn blind_transfer(
        &mut self,
        session_id: &str,
        agent_id: &str,
        destination: Address,
        target_agent: Option<&str>,
    ) -> String {
        self.drop_serving_leg(session_id, agent_id);
        let leg_id = self.create_leg(session_id, destination, target_agent);
        if let Some(target) = target_agent {
            self.ring_agent(target, session_id);
        }
        if let Some(s) = self.sessions.get_mut(session_id) {
            s.leg_id = Some(leg_id.clone());
        }
        self.set_stage(
            session_id,
            Stage::Handoff {
                agent_id: target_agent.map(str::to_owned),
                answered: false,
            },
        );
        self.bridge_to_agent(session_id, &leg_id, target_agent);
        let ring = self.rng.between(2_000, 7_000);
        self.schedule_step(session_id, ring, Step::HandoffAnswer);
        leg_id
    }

    /// The transferee of a blind transfer answers; the conversation goes on.
    pub(super) fn handoff_answer(&mut self, session_id: &str) {
        let Some(Stage::Handoff {
            agent_id,
            answered: false,
        }) = self.stage_of(session_id)
        else {
            return;
        };
        let leg_id = self.sessions.get(session_id).and_then(|s| s.leg_id.clone());
        if let Some(leg_id) = leg_id {
            self.answer_leg(&leg_id);
        }
        if let Some(agent_id) = &agent_id {
            self.change_agent_status(agent_id, AgentStatus::Busy);
        }
        self.set_stage(
            session_id,
            Stage::Handoff {
                agent_id,
                answered: true,
            },
        );
        let delay = self.rng.between(1_000, 3_000);
        self.schedule_step(session_id, delay, Step::Utterance);
    }

    fn start_consult(
        &mut self,
        session_id: &str,
        agent_id: &str,
        destination: Address,
        target_agent: Option<&str>,
    ) -> String {
        // The consult call belongs to the transferring agent until the transfer completes.
        let leg_id = self.create_leg(session_id, destination, Some(agent_id));
        if let Some(target) = target_agent {
            self.ring_agent(target, session_id);
        }
        if let Some(s) = self.sessions.get_mut(session_id) {
            s.consult = Some(Consult {
                leg_id: leg_id.clone(),
                agent_id: target_agent.map(str::to_owned),
                answered: false,
            });
        }
        let ring = self.rng.between(2_000, 5_000);
        self.schedule_step(session_id, ring, Step::ConsultAnswer);
        leg_id
    }

    pub(super) fn consult_answer(&mut self, session_id: &str) {
        let Some(consult) = self
            .sessions
            .get(session_id)
            .and_then(|s| s.consult.clone())
        else {
            return;
        };
        if consult.answered {
            return;
        }
        self.answer_leg(&consult.leg_id);
        if let Some(agent_id) = &consult.agent_id {
            self.change_agent_status(agent_id, AgentStatus::Busy);
        }
        if let Some(c) = self
            .sessions
            .get_mut(session_id)
            .and_then(|s| s.consult.as_mut())
        {
            c.answered = true;
        }
        let talk = self.rng.between(5_000, 15_000);
        self.schedule_step(session_id, talk, Step::ConsultComplete);
    }

    /// The transferring agent drops off; the consult leg now serves the caller.
    pub(super) fn consult_complete(&mut self, session_id: &str) {
        let Some(current_agent) = self
            .sessions
            .get(session_id)
            .and_then(|s| s.agent_id().map(str::to_owned))
        else {
            return;
        };
        let Some(consult) = self
            .sessions
            .get_mut(session_id)
            .and_then(|s| s.consult.take())
        else {
            return;
        };
        self.drop_serving_leg(session_id, &current_agent);
        let now = self.ts();
        if let Some(leg) = self.calls.get_mut(&consult.leg_id) {
            match &consult.agent_id {
                Some(target) => {
                    leg.owner_type = "agent".to_owned();
                    leg.owner_id = target.clone();
                }
                None => {
                    leg.owner_type = String::new();
                    leg.owner_id = String::new();
                }
            }
            leg.tm_update = now;
        }
        self.emit_call(&consult.leg_id, EventType::CallUpdated);
        if let Some(s) = self.sessions.get_mut(session_id) {
            s.leg_id = Some(consult.leg_id.clone());
        }
        self.set_stage(
            session_id,
            Stage::Handoff {
                agent_id: consult.agent_id.clone(),
                answered: true,
            },
        );
        self.bridge_to_agent(session_id, &consult.leg_id, consult.agent_id.as_deref());
        let delay = self.rng.between(1_000, 3_000);
        self.schedule_step(session_id, delay, Step::Utterance);
    }

    /// Hanging up a consult leg cancels the attended transfer; the call stays as it was.
    pub(super) fn cancel_consult(&mut self, session_id: &str) {
        let Some(consult) = self
            .sessions
            .get_mut(session_id)
            .and_then(|s| s.consult.take())
        else {
            return;
        };
        self.hangup_one(&consult.leg_id, HangupReason::Normal, "local");
        self.legs.remove(&consult.leg_id);
        if let Some(agent_id) = consult.agent_id {
            self.release_agent(&agent_id, session_id);
        }
    }
}
