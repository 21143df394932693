//! Cases and case notes (bin-contact-manager/models/kase/kase.go, models/casenote/casenote.go).

use crate::lenient::rest_struct;
use crate::resource::Address;
use crate::string_enum::string_enum;

string_enum! {
    pub enum CaseStatus {
        Open = "open",
        Closed = "closed",
    }
}

rest_struct! {
    /// Opened by a flow's `case_create` action, never by an agent. `reference_id` is the
    /// caller's call (or conversation) id; `contact_id` "" when no contact is attached;
    /// `closed_reason` agent_closed, timeout or merged.
    pub struct Case {
        pub id: String,
        pub customer_id: String,
        pub owner_type: String,
        pub owner_id: String,
        pub peer: Address,
        pub local: Address,
        pub name: String,
        pub detail: String,
        pub reference_type: String,
        pub reference_id: String,
        pub contact_id: String,
        pub status: CaseStatus,
        pub opened_at: String,
        pub closed_at: String,
        pub closed_reason: String,
        pub closed_by_type: String,
        pub closed_by_id: String,
        pub previous_case_id: String,
        pub tag_ids: Vec<String>,
        pub tm_create: String,
        pub tm_update: String,
    }
}

impl Case {
    pub fn is_open(&self) -> bool {
        self.status == CaseStatus::Open
    }
}

rest_struct! {
    /// `author_type` agent or system (`author_id` "" for system notes).
    pub struct CaseNote {
        pub id: String,
        pub customer_id: String,
        pub case_id: String,
        pub author_type: String,
        pub author_id: String,
        pub text: String,
        pub tm_create: String,
        pub tm_update: String,
        pub tm_delete: String,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_case_with_null_pointers() {
        let text = r#"{"id":"k1","peer":{"type":"tel","target":"+15550001"},"reference_type":"call",
            "reference_id":"call-1","contact_id":null,"status":"closed","closed_by_id":null,
            "closed_reason":"timeout","tag_ids":["t1"]}"#;
        let case: Case = serde_json::from_str(text).unwrap();
        assert_eq!(case.peer.target, "+15550001");
        assert_eq!(case.contact_id, "");
        assert!(!case.is_open());
        assert_eq!(case.tag_ids, ["t1"]);
    }

    #[test]
    fn an_unknown_status_is_kept() {
        let case: Case = serde_json::from_str(r#"{"status":"merged_away"}"#).unwrap();
        assert_eq!(case.status.as_str(), "merged_away");
        let missing: Case = serde_json::from_str("{}").unwrap();
        assert!(!missing.is_open());
    }
}
