//! Cases: opened by a flow's `case_create` (bin-contact-manager/pkg/casehandler/create.go),
//! attached to a contact, assigned, closed by an agent (lifecycle.go `Close`) or by the idle
//! timeout (getorcreate.go: closed_reason timeout, closed_by_type system).

use voipbin_protocol::crm::{Case, CaseStatus};
use voipbin_protocol::{parse_timestamp_ms, Address};

use super::{ts, Crm, CrmError, CrmResult};

/// Cases kept; past it the oldest closed ones go first (with their notes), as the simulation
/// drops its oldest ended calls, so hours at benchmark rates stay within memory.
pub const CASES_KEPT: usize = 10_000;

/// What `case_create` knows when it opens a case (flow-manager actionhandle.go).
#[derive(Clone, Debug, Default)]
pub struct NewCase {
    /// The remote party, its target normalised.
    pub peer: Address,
    /// The customer's own number or address that was reached.
    pub local: Address,
    /// `call` or `conversation_message`.
    pub reference_type: String,
    /// The caller's call (or the conversation) id.
    pub reference_id: String,
    pub name: String,
    pub detail: String,
}

impl Crm {
    /// An id for a case about to be opened (so a caller can name it before the flow runs).
    pub fn new_case_id(&mut self) -> String {
        self.next_id()
    }

    /// Opens a case as contact-manager's plain `Create` does: no contact attribution, no
    /// owner, no previous case; an open case for the same (peer, reference_type) is a
    /// conflict, CASE_ALREADY_EXISTS (uq_case_open_peer), which the flow logs and skips.
    pub fn create_case(&mut self, id: String, new: NewCase, now_ms: i64) -> CrmResult<Case> {
        if new.peer.r#type.is_empty() || new.peer.target.is_empty() {
            return Err(CrmError::invalid(
                "CASE_PEER_REQUIRED",
                "peer.type and peer.target are required and cannot be empty.",
            ));
        }
        if self.open_case_for(&new.peer, &new.reference_type).is_some() {
            return Err(CrmError::already_exists(
                "CASE_ALREADY_EXISTS",
                "An open case already exists for this peer.",
            ));
        }
        let now = ts(now_ms);
        let case = Case {
            id: id.clone(),
            customer_id: self.customer_id.clone(),
            peer: new.peer,
            local: new.local,
            name: new.name,
            detail: new.detail,
            reference_type: new.reference_type,
            reference_id: new.reference_id,
            status: CaseStatus::Open,
            opened_at: now.clone(),
            tm_create: now.clone(),
            tm_update: now,
            ..Case::default()
        };
        self.cases.insert(id, case.clone());
        self.trim_cases();
        Ok(case)
    }

    fn trim_cases(&mut self) {
        let excess = self.cases.len().saturating_sub(CASES_KEPT);
        if excess == 0 {
            return;
        }
        let mut oldest: Vec<(bool, String, String)> = self
            .cases
            .values()
            .map(|c| (c.is_open(), c.tm_create.clone(), c.id.clone()))
            .collect();
        oldest.sort();
        for (_, _, id) in oldest.into_iter().take(excess) {
            self.cases.remove(&id);
            self.notes.retain(|_, n| n.case_id != id);
        }
    }

    /// The open case of a peer for one kind of reference, if any.
    pub fn open_case_for(&self, peer: &Address, reference_type: &str) -> Option<&Case> {
        self.cases.values().find(|c| {
            c.is_open()
                && c.peer.r#type == peer.r#type
                && c.peer.target == peer.target
                && c.reference_type == reference_type
        })
    }

    pub fn case(&self, id: &str) -> CrmResult<Case> {
        self.cases
            .get(id)
            .cloned()
            .ok_or_else(CrmError::resource_not_found)
    }

    pub fn cases(&self) -> Vec<Case> {
        self.cases.values().cloned().collect()
    }

    /// `PUT …/contact_cases/{id} {contact_id}`: "" detaches; otherwise the contact must exist
    /// (casehandler/contact_update.go).
    pub fn attach_contact(&mut self, id: &str, contact_id: &str, now_ms: i64) -> CrmResult<Case> {
        self.case(id)?;
        if !contact_id.is_empty() {
            self.live_contact(contact_id)?;
        }
        let case = self
            .cases
            .get_mut(id)
            .ok_or_else(CrmError::resource_not_found)?;
        case.contact_id = contact_id.to_owned();
        case.tm_update = ts(now_ms);
        Ok(case.clone())
    }

    /// Gives the case to an agent (whom the caller has checked belongs to the customer). A
    /// closed case answers CASE_CLOSED (servicehandler/serviceagent_case.go).
    pub fn assign_case(&mut self, id: &str, owner_id: &str, now_ms: i64) -> CrmResult<Case> {
        let case = self
            .cases
            .get_mut(id)
            .ok_or_else(CrmError::resource_not_found)?;
        if !case.is_open() {
            return Err(CrmError::case_closed());
        }
        case.owner_type = "agent".to_owned();
        case.owner_id = owner_id.to_owned();
        case.tm_update = ts(now_ms);
        Ok(case.clone())
    }

    /// Closed by an agent; closing a closed case answers it as it is (lifecycle.go `Close`).
    pub fn close_case(&mut self, id: &str, agent_id: &str, now_ms: i64) -> CrmResult<Case> {
        let case = self
            .cases
            .get_mut(id)
            .ok_or_else(CrmError::resource_not_found)?;
        if case.is_open() {
            close(case, "agent_closed", "agent", agent_id, now_ms);
        }
        Ok(case.clone())
    }

    /// Closes open cases idle (no update) for the timeout; returns how many. VoIPBIN closes
    /// such a case when the peer's case is next resolved (getorcreate.go); the stand-in
    /// closes it when due, so the desk sees the same closed case either way.
    pub fn expire_idle_cases(&mut self, now_ms: i64) -> usize {
        let timeout = self.case_timeout_ms;
        let mut closed = 0;
        for case in self.cases.values_mut().filter(|c| c.is_open()) {
            let idle_since = parse_timestamp_ms(&case.tm_update).unwrap_or(now_ms);
            if now_ms.saturating_sub(idle_since) >= timeout {
                close(case, "timeout", "system", "", now_ms);
                closed += 1;
            }
        }
        closed
    }
}

fn close(case: &mut Case, reason: &str, by_type: &str, by_id: &str, now_ms: i64) {
    let now = ts(now_ms);
    case.status = CaseStatus::Closed;
    case.closed_at = now.clone();
    case.closed_reason = reason.to_owned();
    case.closed_by_type = by_type.to_owned();
    case.closed_by_id = by_id.to_owned();
    case.tm_update = now;
}
