//! Case notes: listed oldest first, written by the calling agent or by the flow (author_type
//! system), deleted by their author only (servicehandler/serviceagent_case_note.go). There is
//! no note get or update.

use voipbin_protocol::crm::CaseNote;

use super::{ts, Crm, CrmError, CrmResult};

impl Crm {
    /// All notes of a case, oldest first.
    pub fn notes(&self, case_id: &str) -> CrmResult<Vec<CaseNote>> {
        self.case(case_id)?;
        let mut notes: Vec<CaseNote> = self
            .notes
            .values()
            .filter(|n| n.case_id == case_id)
            .cloned()
            .collect();
        notes.sort_by(|a, b| (&a.tm_create, &a.id).cmp(&(&b.tm_create, &b.id)));
        Ok(notes)
    }

    /// A note by an agent (`author_id` the agent) or by the system (`author_id` "").
    pub fn add_note(
        &mut self,
        case_id: &str,
        author_agent: Option<&str>,
        text: &str,
        now_ms: i64,
    ) -> CrmResult<CaseNote> {
        self.case(case_id)?;
        let id = self.next_id();
        let now = ts(now_ms);
        let note = CaseNote {
            id: id.clone(),
            customer_id: self.customer_id.clone(),
            case_id: case_id.to_owned(),
            author_type: if author_agent.is_some() {
                "agent"
            } else {
                "system"
            }
            .to_owned(),
            author_id: author_agent.unwrap_or_default().to_owned(),
            text: text.to_owned(),
            tm_create: now.clone(),
            tm_update: now,
            tm_delete: String::new(),
        };
        // A note does not bump the case's tm_update (casehandler/casenote.go), so it does not
        // hold off the idle timeout.
        self.notes.insert(id, note.clone());
        Ok(note)
    }

    /// Only the note's author may delete it; system notes belong to nobody.
    pub fn delete_note(&mut self, case_id: &str, note_id: &str, agent_id: &str) -> CrmResult<()> {
        self.case(case_id)?;
        let note = self
            .notes
            .get(note_id)
            .filter(|n| n.case_id == case_id)
            .ok_or_else(CrmError::resource_not_found)?;
        if note.author_id.is_empty() || note.author_id != agent_id {
            return Err(CrmError::forbidden(
                "You do not have permission to access this resource.",
            ));
        }
        self.notes.remove(note_id);
        Ok(())
    }
}
