//! Addresses: a contact's phone numbers and emails, and unresolved addresses that a contact may
//! claim later (bin-contact-manager/pkg/contacthandler/contact.go, dbhandler/address.go).
//! One primary per contact across all types; (customer, type, target) unique.

use voipbin_protocol::crm::{normalize_email, normalize_phone, Contact, ContactAddress};

use super::{ts, Crm, CrmError, CrmResult};

#[derive(Clone, Debug, Default)]
pub struct NewAddress {
    pub r#type: String,
    pub target: String,
    pub name: String,
    pub detail: String,
    pub is_primary: bool,
}

/// `PUT …/addresses/{id}`: only the fields given change.
#[derive(Clone, Debug, Default)]
pub struct AddressUpdate {
    pub target: Option<String>,
    pub name: Option<String>,
    pub detail: Option<String>,
    pub is_primary: Option<bool>,
}

/// The target as VoIPBIN stores it (bin-common-handler/models/address/normalize.go).
fn normalized(kind: &str, target: &str) -> String {
    if kind == "email" {
        normalize_email(target)
    } else {
        normalize_phone(target)
    }
}

pub(super) fn duplicate_target() -> CrmError {
    CrmError::already_exists(
        "ADDRESS_ALREADY_EXISTS",
        "An address with this type and target already exists for this customer.",
    )
}

impl NewAddress {
    /// Type tel or email, a target, stored normalised (server/service_agents_contacts.go).
    pub(super) fn checked(mut self) -> CrmResult<NewAddress> {
        if self.r#type != "tel" && self.r#type != "email" {
            return Err(CrmError::invalid(
                "INVALID_ADDRESS_TYPE",
                "Address type must be 'tel' or 'email'.",
            ));
        }
        if self.target.trim().is_empty() {
            return Err(CrmError::invalid(
                "INVALID_ADDRESS_TARGET",
                "Each address must have a target.",
            ));
        }
        self.target = normalized(&self.r#type, &self.target);
        Ok(self)
    }
}

impl Crm {
    pub(super) fn target_taken(&self, kind: &str, target: &str, except_id: Option<&str>) -> bool {
        self.addresses
            .values()
            .any(|a| a.r#type == kind && a.target == target && Some(a.id.as_str()) != except_id)
    }

    /// Stores a checked address; a primary one clears the contact's other primaries.
    pub(super) fn insert_address(
        &mut self,
        contact_id: Option<&str>,
        address: NewAddress,
        now_ms: i64,
    ) -> ContactAddress {
        let id = self.next_id();
        let row = ContactAddress {
            id: id.clone(),
            customer_id: self.customer_id.clone(),
            contact_id: contact_id.unwrap_or_default().to_owned(),
            r#type: address.r#type,
            target: address.target,
            name: address.name,
            detail: address.detail,
            is_primary: false,
            tm_create: ts(now_ms),
            ..ContactAddress::default()
        };
        self.addresses.insert(id.clone(), row.clone());
        if address.is_primary {
            self.make_primary(&id);
        }
        self.addresses.get(&id).cloned().unwrap_or(row)
    }

    fn make_primary(&mut self, address_id: &str) {
        let Some(contact_id) = self.addresses.get(address_id).map(|a| a.contact_id.clone()) else {
            return;
        };
        for address in self.addresses.values_mut() {
            if !contact_id.is_empty() && address.contact_id == contact_id {
                address.is_primary = address.id == address_id;
            }
        }
    }

    fn new_checked(&self, address: NewAddress) -> CrmResult<NewAddress> {
        let address = address.checked()?;
        if self.target_taken(&address.r#type, &address.target, None) {
            return Err(duplicate_target());
        }
        Ok(address)
    }

    /// `POST /service_agents/contacts/{id}/addresses`: answers the contact.
    pub fn add_address(
        &mut self,
        contact_id: &str,
        address: NewAddress,
        now_ms: i64,
    ) -> CrmResult<Contact> {
        self.live_contact(contact_id)?;
        let address = self.new_checked(address)?;
        self.insert_address(Some(contact_id), address, now_ms);
        self.contact(contact_id)
    }

    fn owned_address(&self, contact_id: &str, address_id: &str) -> CrmResult<()> {
        self.live_contact(contact_id)?;
        match self.addresses.get(address_id) {
            Some(a) if a.contact_id == contact_id => Ok(()),
            _ => Err(CrmError::address_not_found()),
        }
    }

    pub fn update_contact_address(
        &mut self,
        contact_id: &str,
        address_id: &str,
        update: AddressUpdate,
    ) -> CrmResult<Contact> {
        self.owned_address(contact_id, address_id)?;
        self.update_address(address_id, update)?;
        self.contact(contact_id)
    }

    pub fn delete_contact_address(
        &mut self,
        contact_id: &str,
        address_id: &str,
    ) -> CrmResult<Contact> {
        self.owned_address(contact_id, address_id)?;
        self.addresses.remove(address_id);
        self.contact(contact_id)
    }

    /// `POST /service_agents/contact_addresses`: without a contact the address is unresolved,
    /// and an unresolved address cannot be primary (server/service_agents_contact_addresses.go).
    pub fn create_address(
        &mut self,
        contact_id: Option<&str>,
        address: NewAddress,
        now_ms: i64,
    ) -> CrmResult<ContactAddress> {
        match contact_id {
            Some(id) => {
                self.live_contact(id)?;
            }
            None if address.is_primary => {
                return Err(CrmError::invalid(
                    "INVALID_IS_PRIMARY",
                    "An unresolved address (no contact_id) cannot be primary.",
                ))
            }
            None => {}
        }
        let address = self.new_checked(address)?;
        Ok(self.insert_address(contact_id, address, now_ms))
    }

    pub fn address(&self, id: &str) -> CrmResult<ContactAddress> {
        self.addresses
            .get(id)
            .cloned()
            .ok_or_else(CrmError::address_not_found)
    }

    /// Every address of the customer (admin/manager listing).
    pub fn addresses(&self) -> Vec<ContactAddress> {
        self.addresses.values().cloned().collect()
    }

    pub fn update_address(&mut self, id: &str, update: AddressUpdate) -> CrmResult<ContactAddress> {
        let current = self.address(id)?;
        if let Some(target) = &update.target {
            let target = normalized(&current.r#type, target);
            if target.trim().is_empty() {
                return Err(CrmError::invalid(
                    "INVALID_ADDRESS_TARGET",
                    "Each address must have a target.",
                ));
            }
            if self.target_taken(&current.r#type, &target, Some(id)) {
                return Err(duplicate_target());
            }
            if let Some(row) = self.addresses.get_mut(id) {
                row.target = target;
            }
        }
        if let Some(row) = self.addresses.get_mut(id) {
            if let Some(name) = update.name {
                row.name = name;
            }
            if let Some(detail) = update.detail {
                row.detail = detail;
            }
            if update.is_primary == Some(false) {
                row.is_primary = false;
            }
        }
        if update.is_primary == Some(true) && !current.contact_id.is_empty() {
            self.make_primary(id);
        }
        self.address(id)
    }

    pub fn delete_address(&mut self, id: &str) -> CrmResult<ContactAddress> {
        self.addresses
            .remove(id)
            .ok_or_else(CrmError::address_not_found)
    }

    /// Attaches an unresolved address to a contact. Claiming it again for the same contact
    /// is a no-op; another contact's address answers ADDRESS_ALREADY_CLAIMED (contact.go
    /// ClaimAddress).
    pub fn claim_address(&mut self, id: &str, contact_id: &str) -> CrmResult<ContactAddress> {
        let current = self.address(id)?;
        self.live_contact(contact_id)?;
        if current.contact_id == contact_id {
            return Ok(current);
        }
        if !current.contact_id.is_empty() {
            return Err(CrmError::already_exists(
                "ADDRESS_ALREADY_CLAIMED",
                "The address is already claimed by another contact.",
            ));
        }
        if let Some(row) = self.addresses.get_mut(id) {
            row.contact_id = contact_id.to_owned();
        }
        self.address(id)
    }
}
