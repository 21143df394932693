//! SMS messages.

use super::Address;
use crate::lenient::resource_struct;
use crate::string_enum::string_enum;

string_enum! {
    /// Messages say inbound/outbound (unlike calls); `incoming`/`outgoing` accepted too.
    pub enum MessageDirection {
        Inbound = "inbound" | "incoming",
        Outbound = "outbound" | "outgoing",
    }
}

string_enum! {
    /// Delivery status of one target of a message.
    pub enum TargetStatus {
        Received = "received",
        Queued = "queued",
        GwTimeout = "gw_timeout",
        Sent = "sent",
        DlrTimeout = "dlr_timeout",
        Failed = "failed",
        Delivered = "delivered",
    }
}

resource_struct! {
    pub struct MessageTarget {
        pub destination: Address,
        pub status: TargetStatus,
        pub parts: i64,
        pub tm_update: String,
    }
}

resource_struct! {
    pub struct Message {
        pub id: String,
        pub customer_id: String,
        pub r#type: String,
        pub source: Address,
        pub targets: Vec<MessageTarget>,
        pub text: String,
        pub direction: MessageDirection,
        pub tm_create: String,
        pub tm_update: String,
        pub tm_delete: String,
    }
}
