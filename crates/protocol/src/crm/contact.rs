//! Contacts and tags (bin-contact-manager/models/contact/webhook.go and address.go,
//! bin-tag-manager/models/tag/webhook.go).

use crate::lenient::rest_struct;

rest_struct! {
    /// A contact's phone number (`type` "tel", E.164) or email (`type` "email", lower case).
    /// One address per contact is primary; (customer, type, target) is unique.
    pub struct ContactAddress {
        pub id: String,
        pub customer_id: String,
        pub contact_id: String,
        pub r#type: String,
        pub target: String,
        pub target_name: String,
        pub name: String,
        pub detail: String,
        pub is_primary: bool,
        pub tm_create: String,
    }
}

rest_struct! {
    /// `source` is manual, import, api or sync. Times are RFC 3339 or null (read as "").
    pub struct Contact {
        pub id: String,
        pub customer_id: String,
        pub first_name: String,
        pub last_name: String,
        pub display_name: String,
        pub company: String,
        pub job_title: String,
        pub source: String,
        pub external_id: String,
        pub notes: String,
        pub addresses: Vec<ContactAddress>,
        pub tag_ids: Vec<String>,
        pub tm_create: String,
        pub tm_update: String,
        pub tm_delete: String,
    }
}

impl Contact {
    /// What an agent calls the contact: the display name, else first and last name.
    pub fn name(&self) -> String {
        let display = self.display_name.trim();
        if !display.is_empty() {
            return display.to_owned();
        }
        let full = format!("{} {}", self.first_name.trim(), self.last_name.trim());
        full.trim().to_owned()
    }

    /// The primary address, else the first one.
    pub fn primary_address(&self) -> Option<&ContactAddress> {
        self.addresses
            .iter()
            .find(|a| a.is_primary)
            .or_else(|| self.addresses.first())
    }
}

rest_struct! {
    /// Read-only for agents; deleted tags are still listed (`tm_delete` set).
    pub struct Tag {
        pub id: String,
        pub customer_id: String,
        pub name: String,
        pub detail: String,
        pub tm_create: String,
        pub tm_update: String,
        pub tm_delete: String,
    }
}

impl Tag {
    pub fn is_deleted(&self) -> bool {
        crate::is_deleted(&self.tm_delete)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_voipbin_contact_with_nulls_and_odd_types() {
        let text = r#"{"id":"c1","first_name":"Ada","last_name":"Lovelace","display_name":"",
            "company":"Engines","addresses":[{"id":"a1","type":"tel","target":"+15550001",
            "is_primary":true,"tm_create":null},{"id":"a2","type":"email","target":"a@b.c",
            "is_primary":"false"}],"tag_ids":null,"tm_delete":null}"#;
        let contact: Contact = serde_json::from_str(text).unwrap();
        assert_eq!(contact.name(), "Ada Lovelace");
        assert_eq!(contact.primary_address().unwrap().target, "+15550001");
        assert!(!contact.addresses[1].is_primary);
        assert!(contact.tag_ids.is_empty());
        assert_eq!(contact.tm_delete, "");
    }

    #[test]
    fn display_name_wins() {
        let contact = Contact {
            display_name: " Ada L. ".into(),
            first_name: "Ada".into(),
            ..Contact::default()
        };
        assert_eq!(contact.name(), "Ada L.");
    }
}
