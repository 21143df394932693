//! A chat's member (bin-talk-manager/models/participant/participant.go). `owner_type` is
//! "agent" for people; `tm_joined` RFC 3339.

use crate::lenient::rest_struct;

rest_struct! {
    pub struct Participant {
        pub id: String,
        pub customer_id: String,
        pub owner_type: String,
        pub owner_id: String,
        pub chat_id: String,
        pub tm_joined: String,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_participant_with_odd_fields() {
        let text = r#"{"id":"p1","owner_type":"agent","owner_id":7,"chat_id":null,"tm_joined":[]}"#;
        let p: Participant = serde_json::from_str(text).unwrap();
        assert_eq!(p.owner_id, "7");
        assert_eq!(p.chat_id, "");
        assert_eq!(p.tm_joined, "");
    }
}
