//! Activeflows: a running instance of a flow.

use crate::lenient::resource_struct;
use crate::string_enum::string_enum;

string_enum! {
    /// The docs' payloads say `executing` and `completed`; they mean running and ended.
    pub enum ActiveflowStatus {
        Running = "running" | "executing",
        Ended = "ended" | "completed",
    }
}

resource_struct! {
    pub struct Activeflow {
        pub id: String,
        pub customer_id: String,
        pub flow_id: String,
        pub status: ActiveflowStatus,
        pub reference_type: String,
        pub reference_id: String,
        /// Raw JSON: action shapes differ per action type.
        pub current_action: serde_json::Value,
        /// Kept as text: the desk only counts them, and as trees they were most of an
        /// activeflow's memory and decode time (activeflow updates are a quarter of the stream).
        pub executed_actions: Vec<crate::RawJson>,
        pub tm_create: String,
        pub tm_update: String,
        pub tm_delete: String,
    }
}
