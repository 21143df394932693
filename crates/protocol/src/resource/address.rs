//! Addresses: who a call, message or conversation is from or to.

use crate::lenient::resource_struct;

resource_struct! {
    /// `{type, target, target_name, name, detail}`; `type` is agent, ai, conference, email,
    /// extension, line, sip, tel, webchat, … (kept as a string: the list keeps growing).
    pub struct Address {
        pub r#type: String,
        pub target: String,
        pub target_name: String,
        pub name: String,
        pub detail: String,
    }
}

impl Address {
    pub fn new(r#type: &str, target: &str) -> Address {
        Address {
            r#type: r#type.to_owned(),
            target: target.to_owned(),
            ..Address::default()
        }
    }
}
