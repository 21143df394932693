//! Documented error codes of the server's `error` frame.

use crate::string_enum::string_enum;

string_enum! {
    pub enum ErrorCode {
        PermissionDenied = "PERMISSION_DENIED",
        InvalidTopic = "INVALID_TOPIC",
        InvalidMessage = "INVALID_MESSAGE",
        RateLimited = "RATE_LIMITED",
    }
}
