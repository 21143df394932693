//! Agents.

use super::Address;
use crate::lenient::resource_struct;
use crate::string_enum::string_enum;

/// Permission bits (`Agent::permission`).
pub const PERMISSION_SUPER_ADMIN: u64 = 1;
pub const PERMISSION_AGENT: u64 = 16;
pub const PERMISSION_ADMIN: u64 = 32;
pub const PERMISSION_MANAGER: u64 = 64;

string_enum! {
    /// Empty when never set.
    pub enum AgentStatus {
        None = "",
        Available = "available",
        Away = "away",
        Busy = "busy",
        Offline = "offline",
        Ringing = "ringing",
    }
}

resource_struct! {
    pub struct Agent {
        pub id: String,
        pub customer_id: String,
        pub username: String,
        pub name: String,
        pub detail: String,
        pub ring_method: String,
        pub status: AgentStatus,
        pub permission: u64,
        pub tag_ids: Vec<String>,
        pub addresses: Vec<Address>,
        pub tm_create: String,
        pub tm_update: String,
        pub tm_delete: String,
    }
}

impl Agent {
    /// May subscribe to `customer_id:` topics (admin or manager).
    pub fn can_watch_customer(&self) -> bool {
        self.permission & (PERMISSION_SUPER_ADMIN | PERMISSION_ADMIN | PERMISSION_MANAGER) != 0
    }
}
