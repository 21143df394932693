//! Contacts: create with addresses, get, update, soft delete, list, lookup by phone or email,
//! and the tags on a contact (bin-contact-manager/pkg/contacthandler/contact.go).

use voipbin_protocol::crm::{normalize_email, normalize_phone, Contact};

use super::{ts, Crm, CrmError, CrmResult, NewAddress};

/// What a new contact says about itself (`POST /service_agents/contacts`).
#[derive(Clone, Debug, Default)]
pub struct ContactFields {
    pub first_name: String,
    pub last_name: String,
    pub display_name: String,
    pub company: String,
    pub job_title: String,
    pub source: String,
    pub external_id: String,
    pub notes: String,
}

/// `PUT /service_agents/contacts/{id}`: only the fields given change.
#[derive(Clone, Debug, Default)]
pub struct ContactUpdate {
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub display_name: Option<String>,
    pub company: Option<String>,
    pub job_title: Option<String>,
    pub external_id: Option<String>,
    pub notes: Option<String>,
}

impl Crm {
    pub fn create_contact(
        &mut self,
        fields: ContactFields,
        addresses: Vec<NewAddress>,
        now_ms: i64,
    ) -> CrmResult<Contact> {
        // All addresses are checked before anything is stored: a failed create leaves nothing.
        let mut checked = Vec::with_capacity(addresses.len());
        for address in addresses {
            let address = address.checked()?;
            let taken = checked
                .iter()
                .any(|a: &NewAddress| a.r#type == address.r#type && a.target == address.target);
            if taken || self.target_taken(&address.r#type, &address.target, None) {
                return Err(super::addresses::duplicate_target());
            }
            checked.push(address);
        }
        let id = self.next_id();
        let now = ts(now_ms);
        let source = if fields.source.is_empty() {
            "manual".to_owned()
        } else {
            fields.source
        };
        let contact = Contact {
            id: id.clone(),
            customer_id: self.customer_id.clone(),
            first_name: fields.first_name,
            last_name: fields.last_name,
            display_name: fields.display_name,
            company: fields.company,
            job_title: fields.job_title,
            source,
            external_id: fields.external_id,
            notes: fields.notes,
            tm_create: now.clone(),
            tm_update: now,
            ..Contact::default()
        };
        self.contacts.insert(id.clone(), contact);
        for address in checked {
            self.insert_address(Some(&id), address, now_ms);
        }
        self.contact(&id)
    }

    /// A contact with its addresses; deleted ones too (VoIPBIN's get does not filter them).
    pub fn contact(&self, id: &str) -> CrmResult<Contact> {
        let mut contact = self
            .contacts
            .get(id)
            .cloned()
            .ok_or_else(CrmError::contact_not_found)?;
        contact.addresses = self
            .addresses
            .values()
            .filter(|a| a.contact_id == id)
            .cloned()
            .collect();
        Ok(contact)
    }

    /// Live contacts (any order; the REST layer pages newest first).
    pub fn contacts(&self) -> Vec<Contact> {
        self.contacts
            .values()
            .filter(|c| c.tm_delete.is_empty())
            .filter_map(|c| self.contact(&c.id).ok())
            .collect()
    }

    pub(super) fn live_contact(&self, id: &str) -> CrmResult<&Contact> {
        self.contacts
            .get(id)
            .filter(|c| c.tm_delete.is_empty())
            .ok_or_else(CrmError::contact_not_found)
    }

    pub fn update_contact(
        &mut self,
        id: &str,
        update: ContactUpdate,
        now_ms: i64,
    ) -> CrmResult<Contact> {
        self.live_contact(id)?;
        if let Some(contact) = self.contacts.get_mut(id) {
            let fields = [
                (&mut contact.first_name, update.first_name),
                (&mut contact.last_name, update.last_name),
                (&mut contact.display_name, update.display_name),
                (&mut contact.company, update.company),
                (&mut contact.job_title, update.job_title),
                (&mut contact.external_id, update.external_id),
                (&mut contact.notes, update.notes),
            ];
            for (field, value) in fields {
                if let Some(value) = value {
                    *field = value;
                }
            }
            contact.tm_update = ts(now_ms);
        }
        self.contact(id)
    }

    /// Soft delete: the contact keeps its row (tm_delete set), its addresses are released so
    /// their targets may be used again.
    pub fn delete_contact(&mut self, id: &str, now_ms: i64) -> CrmResult<Contact> {
        self.live_contact(id)?;
        let deleted = self.contact(id)?;
        self.addresses.retain(|_, a| a.contact_id != id);
        let now = ts(now_ms);
        if let Some(contact) = self.contacts.get_mut(id) {
            contact.tm_update = now.clone();
            contact.tm_delete = now;
        }
        Ok(Contact {
            tm_delete: ts(now_ms),
            tm_update: ts(now_ms),
            ..deleted
        })
    }

    /// The live contact owning the phone number (else the email): both normalised as stored
    /// targets are, then matched exactly, so `15551234567` does not find `+15551234567`
    /// (bin-common-handler/models/address/normalize.go; phone wins when both are given).
    pub fn lookup(&self, phone: &str, email: &str) -> CrmResult<Contact> {
        let (kind, target) = if !phone.trim().is_empty() {
            ("tel", normalize_phone(phone))
        } else if !email.trim().is_empty() {
            ("email", normalize_email(email))
        } else {
            return Err(CrmError::invalid(
                "INVALID_ARGUMENT",
                "At least one of phone or email must be provided.",
            ));
        };
        let owner = self.contact_owning(kind, &target)?;
        self.contact(&owner)
    }

    /// The id of the live contact that owns `(type, target)` (target already normalised).
    pub fn contact_owning(&self, kind: &str, target: &str) -> CrmResult<String> {
        self.addresses
            .values()
            .filter(|a| a.r#type == kind && a.target == target && !a.contact_id.is_empty())
            .find(|a| self.live_contact(&a.contact_id).is_ok())
            .map(|a| a.contact_id.clone())
            .ok_or_else(CrmError::contact_not_found)
    }

    /// `POST /service_agents/contacts/{id}/tags {tag_id}`: adding a tag twice keeps one.
    pub fn add_contact_tag(&mut self, id: &str, tag_id: &str, now_ms: i64) -> CrmResult<Contact> {
        self.live_contact(id)?;
        self.tag(tag_id)?;
        if let Some(contact) = self.contacts.get_mut(id) {
            if !contact.tag_ids.iter().any(|t| t == tag_id) {
                contact.tag_ids.push(tag_id.to_owned());
            }
            contact.tm_update = ts(now_ms);
        }
        self.contact(id)
    }

    pub fn remove_contact_tag(
        &mut self,
        id: &str,
        tag_id: &str,
        now_ms: i64,
    ) -> CrmResult<Contact> {
        self.live_contact(id)?;
        if let Some(contact) = self.contacts.get_mut(id) {
            contact.tag_ids.retain(|t| t != tag_id);
            contact.tm_update = ts(now_ms);
        }
        self.contact(id)
    }
}
