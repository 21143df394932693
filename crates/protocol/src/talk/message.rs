//! A chat message (bin-talk-manager/models/message/message.go, metadata.go). Deleting is soft:
//! a deleted message keeps its place with `tm_delete` set and is still listed.

use crate::lenient::rest_struct;
use crate::resource::Address;
use crate::string_enum::string_enum;

string_enum! {
    pub enum ChatMessageType {
        Normal = "normal",
        /// Written by VoIPBIN itself (joins, leaves), not by a person.
        System = "system",
    }
}

string_enum! {
    /// What a media item carries; only the matching field is meaningful.
    pub enum MediaType {
        Address = "address",
        Agent = "agent",
        File = "file",
        Link = "link",
    }
}

rest_struct! {
    /// `file_id` for `file`, `link_url` for `link`, `agent_id` for `agent`, `address` for
    /// `address` (the Go struct sends the others zeroed or omitted).
    pub struct Media {
        pub r#type: MediaType,
        pub address: Address,
        pub agent_id: String,
        pub file_id: String,
        pub link_url: String,
    }
}

rest_struct! {
    /// One person's emoji on a message. There is no route to remove one.
    pub struct Reaction {
        pub emoji: String,
        pub owner_type: String,
        pub owner_id: String,
        pub tm_create: String,
    }
}

rest_struct! {
    pub struct Metadata {
        pub reactions: Vec<Reaction>,
    }
}

rest_struct! {
    /// `parent_id` is the thread's first message ("" for a top-level message).
    pub struct ChatMessage {
        pub id: String,
        pub customer_id: String,
        pub owner_type: String,
        pub owner_id: String,
        pub chat_id: String,
        pub parent_id: String,
        pub r#type: ChatMessageType,
        pub text: String,
        pub medias: Vec<Media>,
        pub metadata: Metadata,
        pub tm_create: String,
        pub tm_update: String,
        pub tm_delete: String,
    }
}

impl ChatMessage {
    pub fn is_deleted(&self) -> bool {
        crate::is_deleted(&self.tm_delete)
    }

    pub fn is_reply(&self) -> bool {
        !self.parent_id.is_empty()
    }

    /// The ids of the files attached.
    pub fn file_ids(&self) -> impl Iterator<Item = &str> {
        self.medias
            .iter()
            .filter(|m| m.r#type == MediaType::File && !m.file_id.is_empty())
            .map(|m| m.file_id.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::from_value::FromValue;
    use serde_json::json;

    #[test]
    fn reads_a_thread_reply_with_media_and_reactions() {
        let text = r#"{"id":"m2","owner_type":"agent","owner_id":"a1","chat_id":"c1",
            "parent_id":"m1","type":"normal","text":"see <b>this</b>",
            "medias":[{"type":"file","file_id":"f1"},{"type":"link","link_url":"https://x"}],
            "metadata":{"reactions":[{"emoji":"👍","owner_type":"agent","owner_id":"a2",
            "tm_create":"2026-01-01T00:00:00Z"}]},"tm_create":"2026-01-01T00:00:00Z",
            "tm_update":null,"tm_delete":null}"#;
        let m: ChatMessage = serde_json::from_str(text).unwrap();
        assert!(m.is_reply());
        assert!(!m.is_deleted());
        assert_eq!(m.text, "see <b>this</b>");
        assert_eq!(m.file_ids().collect::<Vec<_>>(), ["f1"]);
        assert_eq!(m.medias[1].link_url, "https://x");
        assert_eq!(m.metadata.reactions[0].owner_id, "a2");
        let from_value = ChatMessage::from_value(serde_json::from_str(text).unwrap());
        assert_eq!(from_value, m);
    }

    #[test]
    fn odd_input_never_panics() {
        let odd = [
            json!(null),
            json!(1),
            json!("x"),
            json!([{"a": 1}]),
            json!({"deep": [[[[]]]]}),
        ];
        for value in odd {
            let body = json!({"parent_id": value, "medias": value, "metadata": value,
                "type": value, "text": value});
            let lenient: ChatMessage = serde_json::from_str(&body.to_string()).unwrap();
            assert_eq!(ChatMessage::from_value(body), lenient);
            let reactions = json!({"metadata": {"reactions": [value, {"emoji": value}]}});
            let m = ChatMessage::from_value(reactions);
            assert!(m.metadata.reactions.len() <= 2);
        }
        let deleted: ChatMessage =
            serde_json::from_str(r#"{"tm_delete":"2026-01-02T00:00:00Z","type":"sticker"}"#)
                .unwrap();
        assert!(deleted.is_deleted());
        assert_eq!(deleted.r#type.as_str(), "sticker");
    }
}
