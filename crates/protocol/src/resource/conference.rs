//! Conferences.

use crate::lenient::resource_struct;
use crate::string_enum::string_enum;

string_enum! {
    pub enum ConferenceStatus {
        Starting = "starting",
        Progressing = "progressing",
        Terminating = "terminating",
        Terminated = "terminated",
    }
}

resource_struct! {
    pub struct Conference {
        pub id: String,
        pub customer_id: String,
        pub r#type: String,
        pub status: ConferenceStatus,
        pub name: String,
        pub detail: String,
        pub conferencecall_ids: Vec<String>,
        pub recording_id: String,
        pub tm_create: String,
        pub tm_update: String,
        pub tm_delete: String,
    }
}
