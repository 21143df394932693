//! Tags (bin-tag-manager): read-only for agents; deleted tags stay listed with tm_delete set.

use voipbin_protocol::crm::Tag;

use super::{ts, Crm, CrmError, CrmResult};

impl Crm {
    /// Seeds a tag; `deleted` marks it soft-deleted at the same instant.
    pub fn add_tag(&mut self, name: &str, detail: &str, deleted: bool, now_ms: i64) -> Tag {
        let id = self.next_id();
        let now = ts(now_ms);
        let tag = Tag {
            id: id.clone(),
            customer_id: self.customer_id.clone(),
            name: name.to_owned(),
            detail: detail.to_owned(),
            tm_create: now.clone(),
            tm_update: now.clone(),
            tm_delete: if deleted { now } else { String::new() },
        };
        self.tags.insert(id, tag.clone());
        tag
    }

    pub fn tag(&self, id: &str) -> CrmResult<Tag> {
        self.tags
            .get(id)
            .cloned()
            .ok_or_else(|| CrmError::not_found("TAG_NOT_FOUND", "The tag was not found."))
    }

    pub fn tags(&self) -> Vec<Tag> {
        self.tags.values().cloned().collect()
    }
}
