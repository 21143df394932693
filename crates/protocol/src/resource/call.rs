//! Calls.

use super::Address;
use crate::lenient::resource_struct;
use crate::string_enum::string_enum;

string_enum! {
    /// The docs also say `answered` (deployed: progressing) and `hungup`.
    pub enum CallStatus {
        Dialing = "dialing",
        Ringing = "ringing",
        Progressing = "progressing" | "answered",
        Terminating = "terminating",
        Canceling = "canceling",
        Hangup = "hangup" | "hungup",
    }
}

string_enum! {
    /// Deployed says incoming/outgoing; the docs say inbound/outbound.
    pub enum Direction {
        Incoming = "incoming" | "inbound",
        Outgoing = "outgoing" | "outbound",
    }
}

string_enum! {
    pub enum HangupReason {
        Normal = "normal",
        Failed = "failed",
        Busy = "busy",
        Cancel = "cancel",
        Timeout = "timeout",
        Noanswer = "noanswer",
        Dialout = "dialout",
        Amd = "amd",
    }
}

string_enum! {
    /// Empty when nothing is muted.
    pub enum MuteDirection {
        None = "",
        Both = "both",
        In = "in",
        Out = "out",
    }
}

resource_struct! {
    pub struct Call {
        pub id: String,
        pub customer_id: String,
        pub owner_type: String,
        pub owner_id: String,
        pub flow_id: String,
        pub activeflow_id: String,
        pub r#type: String,
        pub master_call_id: String,
        pub chained_call_ids: Vec<String>,
        pub recording_id: String,
        pub recording_ids: Vec<String>,
        pub groupcall_id: String,
        pub source: Address,
        pub destination: Address,
        pub status: CallStatus,
        pub direction: Direction,
        pub mute_direction: MuteDirection,
        pub hangup_by: String,
        pub hangup_reason: HangupReason,
        pub tm_progressing: String,
        pub tm_ringing: String,
        pub tm_hangup: String,
        pub tm_create: String,
        pub tm_update: String,
        pub tm_delete: String,
    }
}
