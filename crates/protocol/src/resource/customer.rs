//! The customer account (also where the webhook is configured).

use crate::lenient::resource_struct;

resource_struct! {
    pub struct Customer {
        pub id: String,
        pub name: String,
        pub detail: String,
        pub email: String,
        pub phone_number: String,
        pub address: String,
        pub webhook_method: String,
        pub webhook_uri: String,
        /// Only present for admins and managers; never echoed when empty.
        #[serde(skip_serializing_if = "String::is_empty")]
        pub webhook_secret: String,
        pub tm_create: String,
        pub tm_update: String,
        pub tm_delete: String,
    }
}
