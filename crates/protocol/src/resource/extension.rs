//! Extensions: the SIP credentials of an agent's phone (registrar-manager's extension,
//! bin-registrar-manager/models/extension/webhook.go). Only REST carries them, never events.

use serde::{Deserialize, Serialize};

/// `domain_name` is the customer id and `username` the extension (Kamailio checks INVITEs
/// against both); `password` is the digest password of the phone's registration.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Extension {
    pub id: String,
    pub customer_id: String,
    pub name: String,
    pub detail: String,
    pub extension: String,
    pub domain_name: String,
    pub username: String,
    pub password: String,
    pub direct_hash: String,
    pub tm_create: String,
    pub tm_update: String,
    pub tm_delete: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_voipbin_field_names() {
        let text = r#"{"id":"e1","customer_id":"c1","name":"Alice","detail":"",
            "extension":"2001","domain_name":"c1","username":"2001","password":"pw",
            "direct_hash":"","tm_create":"2024-01-01T00:00:00.000000Z",
            "tm_update":"2024-01-01T00:00:00.000000Z","tm_delete":"9999-01-01 00:00:00.000000"}"#;
        let ext: Extension = serde_json::from_str(text).unwrap();
        assert_eq!(ext.username, "2001");
        assert_eq!(ext.domain_name, "c1");
        let back: serde_json::Value = serde_json::to_value(&ext).unwrap();
        let original: serde_json::Value = serde_json::from_str(text).unwrap();
        assert_eq!(back, original);
    }

    #[test]
    fn missing_fields_default_to_empty() {
        let ext: Extension = serde_json::from_str(r#"{"id":"e1"}"#).unwrap();
        assert_eq!(ext.id, "e1");
        assert_eq!(ext.password, "");
    }
}
