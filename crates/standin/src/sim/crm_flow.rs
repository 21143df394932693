//! The simulation's side of the CRM: callers who are known contacts, and the flow's
//! `case_create` action (bin-flow-manager/pkg/activeflowhandler/actionhandle.go
//! `actionHandleCaseCreate`) for a share of calls and of new SMS conversations. Its draws come
//! from a stream of their own, so the CRM never shifts the traffic a seed produces.

use std::collections::HashMap;

use voipbin_protocol::crm::normalize_phone;
use voipbin_protocol::{Address, Direction};

use super::rng::Rng;
use super::Sim;
use crate::crm::{Crm, NewCase};

/// Share of generated callers (and new SMS threads) who are seeded contacts.
const KNOWN_CALLER_SHARE: f64 = 0.3;
/// How often idle cases are checked for their timeout (simulated time).
const EXPIRY_CHECK_MS: i64 = 1_000;

/// A seeded contact as the traffic uses it: who calls, from which number.
#[derive(Clone, Debug)]
pub struct KnownCaller {
    pub name: String,
    pub number: String,
}

pub struct CrmFlow {
    rng: Rng,
    /// Share of calls and SMS conversations whose flow runs `case_create`.
    case_share: f64,
    pub(super) known_callers: Vec<KnownCaller>,
    /// Customer call id -> the id its case will get when the flow runs `case_create`.
    planned: HashMap<String, String>,
    last_expiry_ms: i64,
}

impl CrmFlow {
    pub fn new(seed: u64, case_share: f64, now_ms: i64) -> CrmFlow {
        CrmFlow {
            rng: Rng::derived(seed, "crm-flow"),
            case_share: if case_share.is_finite() {
                case_share.clamp(0.0, 1.0)
            } else {
                0.0
            },
            known_callers: Vec::new(),
            planned: HashMap::new(),
            last_expiry_ms: now_ms,
        }
    }
}

/// The caller's address as `case_create` stores it: the target normalised, the rest as is.
fn normalized_peer(address: &Address) -> Address {
    let mut peer = address.clone();
    if peer.r#type == "tel" {
        peer.target = normalize_phone(&peer.target);
    }
    peer
}

impl Sim {
    pub fn crm(&self) -> &Crm {
        &self.crm
    }

    pub fn crm_mut(&mut self) -> &mut Crm {
        &mut self.crm
    }

    /// A share of callers are known contacts: their name and number replace the drawn ones.
    pub(super) fn maybe_known_caller(&mut self, name: &mut String, number: &mut String) {
        let flow = &mut self.crm_flow;
        if flow.known_callers.is_empty() || !flow.rng.chance(KNOWN_CALLER_SHARE) {
            return;
        }
        let n = flow.rng.below(flow.known_callers.len());
        if let Some(known) = flow.known_callers.get(n) {
            name.clone_from(&known.name);
            number.clone_from(&known.number);
        }
    }

    /// Decides, as the call arrives, whether its flow will open a case (the configured share),
    /// and names that case.
    pub(super) fn plan_case(&mut self, call_id: &str) {
        let share = self.crm_flow.case_share;
        let wanted = self.crm_flow.rng.chance(share);
        self.set_case_plan(call_id, wanted);
    }

    /// Overrides the plan (`POST /v1.0/sim/calls {"case": …}`). Returns the id the case will
    /// have, or None when the flow will open none: not wanted, or the caller already has an
    /// open case, which makes `case_create` fail with CASE_ALREADY_EXISTS (casehandler/create.go).
    pub(super) fn set_case_plan(&mut self, call_id: &str, wanted: bool) -> Option<String> {
        self.crm_flow.planned.remove(call_id);
        let peer = self
            .calls
            .get(call_id)
            .map(|c| normalized_peer(&c.source))?;
        if !wanted || self.crm.open_case_for(&peer, "call").is_some() {
            return None;
        }
        let case_id = self.crm.new_case_id();
        self.crm_flow
            .planned
            .insert(call_id.to_owned(), case_id.clone());
        Some(case_id)
    }

    /// The id the call's case will get, if its flow is to open one.
    pub(super) fn planned_case(&self, call_id: &str) -> Option<String> {
        self.crm_flow.planned.get(call_id).cloned()
    }

    /// The flow's `case_create` for a customer call: peer the caller, local the number called,
    /// reference the caller's call; no contact attribution (contact-manager's `Create` sets
    /// none); a system note. Failures are skipped as the flow does (it only logs them).
    pub(super) fn flow_case_create(&mut self, call_id: &str) {
        let Some(case_id) = self.crm_flow.planned.remove(call_id) else {
            return;
        };
        let Some(call) = self.calls.get(call_id) else {
            return;
        };
        let (peer, local) = match call.direction {
            Direction::Outgoing => (call.destination.clone(), call.source.clone()),
            _ => (call.source.clone(), call.destination.clone()),
        };
        let note = format!(
            "Case opened by the flow for a call to {}.",
            local.target_name
        );
        let option = serde_json::json!({ "name": "", "detail": "", "note": note });
        let action = serde_json::json!({
            "id": super::ids::uuid_from(&mut self.crm_flow.rng),
            "type": "case_create",
            "option": option,
        });
        self.advance_flow_to(call_id, action);
        let new = NewCase {
            peer: normalized_peer(&peer),
            local,
            reference_type: "call".to_owned(),
            reference_id: call_id.to_owned(),
            ..NewCase::default()
        };
        let now = self.clock_ms;
        if self.crm.create_case(case_id.clone(), new, now).is_ok() {
            let _ = self.crm.add_note(&case_id, None, &note, now);
        }
    }

    /// A new SMS conversation's flow opens a case for the configured share
    /// (reference_type conversation_message, reference the conversation).
    pub(super) fn conversation_case_create(
        &mut self,
        conversation_id: &str,
        peer: &Address,
        ours: &Address,
    ) {
        let share = self.crm_flow.case_share;
        if !self.crm_flow.rng.chance(share) {
            return;
        }
        let case_id = self.crm.new_case_id();
        let new = NewCase {
            peer: normalized_peer(peer),
            local: ours.clone(),
            reference_type: "conversation_message".to_owned(),
            reference_id: conversation_id.to_owned(),
            ..NewCase::default()
        };
        let now = self.clock_ms;
        // An open case for this peer makes it fail, as on VoIPBIN; nothing else happens then.
        let _ = self.crm.create_case(case_id, new, now);
    }

    /// Closes idle cases (about once a simulated second).
    pub(super) fn expire_cases(&mut self, now_ms: i64) {
        if now_ms - self.crm_flow.last_expiry_ms < EXPIRY_CHECK_MS {
            return;
        }
        self.crm_flow.last_expiry_ms = now_ms;
        self.crm.expire_idle_cases(now_ms);
    }

    /// Forgets the plan of a call that ended before its flow ran `case_create`.
    pub(super) fn drop_case_plan(&mut self, call_id: &str) {
        self.crm_flow.planned.remove(call_id);
    }
}
