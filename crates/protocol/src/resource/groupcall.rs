//! Groupcalls: one logical call ringing several destinations.

use crate::lenient::resource_struct;

resource_struct! {
    /// `status` stays a string: the deployed values are not documented.
    pub struct Groupcall {
        pub id: String,
        pub customer_id: String,
        pub status: String,
        pub call_ids: Vec<String>,
        pub tm_create: String,
        pub tm_update: String,
        pub tm_delete: String,
    }
}
