//! A chat (bin-talk-manager/models/chat/chat.go): direct (two people), group (by invitation)
//! or talk (a public channel of the customer anyone may join). Chats have no owner.

use crate::lenient::rest_struct;
use crate::string_enum::string_enum;

string_enum! {
    pub enum ChatType {
        Direct = "direct",
        Group = "group",
        /// A public channel (`GET /service_agents/talk_channels`).
        Talk = "talk",
    }
}

rest_struct! {
    /// `member_count` is omitted by the webhook form when 0 (read as 0). Times are RFC 3339 or
    /// null (read as "").
    pub struct Chat {
        pub id: String,
        pub customer_id: String,
        pub r#type: ChatType,
        pub name: String,
        pub detail: String,
        pub member_count: i64,
        pub tm_create: String,
        pub tm_update: String,
        pub tm_delete: String,
    }
}

impl Chat {
    pub fn is_deleted(&self) -> bool {
        crate::is_deleted(&self.tm_delete)
    }

    pub fn is_public(&self) -> bool {
        self.r#type == ChatType::Talk
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::from_value::{from_object, FromValue};
    use serde_json::json;

    #[test]
    fn reads_a_channel() {
        let text = r#"{"id":"c1","customer_id":"u1","type":"talk","name":"General",
            "member_count":"3","tm_create":"2026-01-01T00:00:00Z","tm_delete":null}"#;
        let chat: Chat = serde_json::from_str(text).unwrap();
        assert!(chat.is_public());
        assert_eq!(chat.member_count, 3);
        assert!(!chat.is_deleted());
        let same: Chat = from_object(serde_json::from_str(text).unwrap()).unwrap();
        assert_eq!(same, chat);
    }

    #[test]
    fn odd_input_never_panics() {
        for odd in [
            json!(null),
            json!([1]),
            json!("x"),
            json!({"type": 5, "name": {}}),
        ] {
            let chat = Chat::from_value(odd.clone());
            assert!(!chat.is_public());
            let _: Chat = serde_json::from_str(&odd.to_string()).unwrap_or_default();
        }
        let other: Chat = serde_json::from_str(r#"{"type":"broadcast"}"#).unwrap();
        assert_eq!(other.r#type.as_str(), "broadcast");
    }
}
