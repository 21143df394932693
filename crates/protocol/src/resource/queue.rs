//! Queues and the calls waiting in them (queuecalls).

use super::Address;
use crate::lenient::resource_struct;
use crate::string_enum::string_enum;

string_enum! {
    pub enum QueuecallStatus {
        Initiating = "initiating",
        Waiting = "waiting",
        Connecting = "connecting",
        Kicking = "kicking",
        Service = "service",
        Done = "done",
        Abandoned = "abandoned",
    }
}

resource_struct! {
    /// `queue_id`, `position` and `estimated_wait` appear only in the documented `queue.joined`
    /// payload (the deployed queuecall has none of them), so they are skipped when empty.
    pub struct Queuecall {
        pub id: String,
        pub customer_id: String,
        #[serde(skip_serializing_if = "String::is_empty")]
        pub queue_id: String,
        pub reference_type: String,
        pub reference_id: String,
        pub reference_activeflow_id: String,
        pub status: QueuecallStatus,
        pub service_agent_id: String,
        pub source: Address,
        /// Milliseconds.
        pub duration_waiting: i64,
        /// Milliseconds.
        pub duration_service: i64,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub position: Option<i64>,
        /// Seconds, as documented.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub estimated_wait: Option<i64>,
        pub tm_create: String,
        pub tm_service: String,
        pub tm_update: String,
        pub tm_delete: String,
    }
}

resource_struct! {
    pub struct Queue {
        pub id: String,
        pub customer_id: String,
        pub name: String,
        pub detail: String,
        pub routing_method: String,
        pub tag_ids: Vec<String>,
        /// Milliseconds.
        pub wait_timeout: i64,
        /// Milliseconds.
        pub service_timeout: i64,
        pub wait_queuecall_ids: Vec<String>,
        pub service_queuecall_ids: Vec<String>,
        pub total_incoming_count: i64,
        pub total_serviced_count: i64,
        pub total_abandoned_count: i64,
        pub tm_create: String,
        pub tm_update: String,
        pub tm_delete: String,
    }
}
