//! The contact's timeline (`contact_interactions`, `contact_peer_events`):
//! bin-timeline-manager/models/peerevent/peerevent.go, returned by the agent surface unchanged.

use crate::lenient::rest_struct;
use crate::resource::Address;

rest_struct! {
    /// `publisher` is call, conversation_message or conversation; `reference_id` the call or
    /// message; `direction` incoming/outgoing (inbound/outbound for messages).
    pub struct PeerEvent {
        pub timestamp: String,
        pub customer_id: String,
        pub publisher: String,
        pub event_type: String,
        pub reference_id: String,
        pub direction: String,
        pub peer: Address,
        pub local: Address,
        pub data: serde_json::Value,
    }
}
