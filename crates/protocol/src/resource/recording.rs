//! Call recordings.

use crate::lenient::resource_struct;
use crate::string_enum::string_enum;

string_enum! {
    pub enum RecordingStatus {
        Initiating = "initiating",
        Recording = "recording",
        Stopping = "stopping",
        Ended = "ended",
    }
}

resource_struct! {
    pub struct Recording {
        pub id: String,
        pub customer_id: String,
        pub reference_type: String,
        pub reference_id: String,
        pub status: RecordingStatus,
        pub format: String,
        pub tm_start: String,
        pub tm_end: String,
        pub tm_create: String,
        pub tm_update: String,
        pub tm_delete: String,
    }
}
