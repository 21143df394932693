//! What the store needs to know about a resource to merge it: identity, age and whether its
//! lifecycle has ended.

use voipbin_protocol::{
    Activeflow, ActiveflowStatus, Agent, Call, CallStatus, Conference, ConferenceStatus,
    Conversation, Message, Queue, Queuecall, QueuecallStatus, Recording, RecordingStatus,
    Transcribe, TranscribeStatus,
};

pub trait Versioned {
    fn id(&self) -> &str;
    fn tm_update(&self) -> &str;
    /// A final state (hung up, done, ended) is never replaced by a non-final one: a late or
    /// replayed "ringing" must not resurrect a finished call.
    fn is_final(&self) -> bool {
        false
    }
    /// The id of what this item belongs to, for `Table::group` (empty: none).
    fn group(&self) -> &str {
        ""
    }
    /// A second id the item is looked up by, for `Table::linked` (empty: none).
    fn link(&self) -> &str {
        ""
    }
    /// When the item began, kept parsed by the table (`Table::values_created`; empty: unknown).
    fn created(&self) -> &str {
        ""
    }
}

macro_rules! versioned {
    ($ty:ty) => {
        impl Versioned for $ty {
            fn id(&self) -> &str {
                &self.id
            }
            fn tm_update(&self) -> &str {
                &self.tm_update
            }
        }
    };
    ($ty:ty, |$it:ident| $final:expr $(, group: |$member:ident| $group:expr, link: |$linked:ident| $link:expr, created: |$began:ident| $created:expr)?) => {
        impl Versioned for $ty {
            fn id(&self) -> &str {
                &self.id
            }
            fn tm_update(&self) -> &str {
                &self.tm_update
            }
            fn is_final(&self) -> bool {
                let $it = self;
                $final
            }
            $(
                fn group(&self) -> &str {
                    let $member = self;
                    $group
                }
                fn link(&self) -> &str {
                    let $linked = self;
                    $link
                }
                fn created(&self) -> &str {
                    let $began = self;
                    $created
                }
            )?
        }
    };
}

// Grouped by owner: an agent's desk finds its own legs every batch (aftercall `my_legs`).
// Linked to the caller's call: the dashboard finds a customer call's legs.
versioned!(
    Call,
    |c| c.status == CallStatus::Hangup,
    group: |c| &c.owner_id,
    link: |c| &c.master_call_id,
    created: |c| &c.tm_create
);
// Grouped by the call it queues: the dashboard finds a call's queue call every batch. Linked to
// the agent serving it: the agents board finds each shown agent's calls without walking them all.
versioned!(
    Queuecall,
    |q| matches!(q.status, QueuecallStatus::Done | QueuecallStatus::Abandoned),
    group: |q| &q.reference_id,
    link: |q| &q.service_agent_id,
    created: |q| &q.tm_create
);
versioned!(Recording, |r| r.status == RecordingStatus::Ended);
versioned!(Transcribe, |t| t.status == TranscribeStatus::Done);
versioned!(Activeflow, |a| a.status == ActiveflowStatus::Ended);
versioned!(Conference, |c| c.status == ConferenceStatus::Terminated);
versioned!(Queue);
versioned!(Agent);
versioned!(Conversation);
versioned!(Message);
