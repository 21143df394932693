//! The agent's CRM as VoIPBIN serves it to any agent under `/v1.0/service_agents/…`: contacts,
//! cases with their notes, tags and the contact's timeline (bin-contact-manager models,
//! bin-timeline-manager peer events). REST only: none of these reach the event socket
//! (shared/PROTOCOL.md, "What never reaches the socket"), so they are plain lenient structs with
//! no place in the frame decoder.

mod case;
mod contact;
mod normalize;
mod timeline;

pub use case::{Case, CaseNote, CaseStatus};
pub use contact::{Contact, ContactAddress, Tag};
pub use normalize::{normalize_email, normalize_phone};
pub use timeline::PeerEvent;
