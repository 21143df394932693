//! Conversations (chat threads over SMS, LINE, webchat, …) and their messages.

use super::{Address, MessageDirection};
use crate::lenient::resource_struct;
use crate::string_enum::string_enum;

string_enum! {
    pub enum ConversationMessageStatus {
        Failed = "failed",
        Progressing = "progressing",
        Done = "done",
    }
}

resource_struct! {
    pub struct Conversation {
        pub id: String,
        pub customer_id: String,
        pub owner_type: String,
        pub owner_id: String,
        pub name: String,
        pub detail: String,
        pub account_id: String,
        pub reference_type: String,
        pub reference_id: String,
        pub source: Address,
        pub participants: Vec<Address>,
        pub tm_create: String,
        pub tm_update: String,
        pub tm_delete: String,
    }
}

resource_struct! {
    pub struct ConversationMessage {
        pub id: String,
        pub customer_id: String,
        pub conversation_id: String,
        pub direction: MessageDirection,
        pub status: ConversationMessageStatus,
        pub reference_type: String,
        pub reference_id: String,
        pub source: Address,
        pub destination: Address,
        pub text: String,
        /// Kept as raw JSON: media shapes differ per channel.
        pub medias: Vec<serde_json::Value>,
        pub tm_create: String,
        pub tm_update: String,
        pub tm_delete: String,
    }
}
