//! The agent's CRM as VoIPBIN's contact-manager keeps it for one customer: contacts with their
//! addresses and tags, unresolved addresses, cases opened by a flow's `case_create` with their
//! notes, tags, and seeded timeline rows (shared/PROTOCOL.md, "The agent's work around a
//! call"). Pure and deterministic: no locks, no clock (times come in as Unix milliseconds), ids
//! from a seed. Who may call what is the REST layer's business; the rules about the records
//! themselves (one primary address, unique targets, closed cases, authors) live here.

mod addresses;
mod cases;
mod contacts;
mod error;
mod ids;
mod notes;
mod tags;

#[cfg(test)]
mod tests;

use std::collections::BTreeMap;

use voipbin_protocol::crm::{Case, CaseNote, Contact, ContactAddress, PeerEvent, Tag};
use voipbin_protocol::format_timestamp_ms;

pub use addresses::{AddressUpdate, NewAddress};
pub use cases::NewCase;
pub use contacts::{ContactFields, ContactUpdate};
pub use error::{CrmError, CrmResult, ErrorKind};

/// VoIPBIN's default idle timeout of an open case (bin-contact-manager/internal/config/
/// config.go `case_timeout_hours`, 24).
pub const DEFAULT_CASE_TIMEOUT_MS: i64 = 24 * 3_600_000;

pub struct Crm {
    customer_id: String,
    ids: ids::IdSource,
    /// Contacts without their addresses (kept in `addresses`, assembled on read).
    contacts: BTreeMap<String, Contact>,
    /// Every address of the customer, unresolved ones (`contact_id` "") included.
    addresses: BTreeMap<String, ContactAddress>,
    tags: BTreeMap<String, Tag>,
    cases: BTreeMap<String, Case>,
    notes: BTreeMap<String, CaseNote>,
    /// Timeline rows from before the simulation started (seeded contacts).
    history: Vec<PeerEvent>,
    case_timeout_ms: i64,
}

impl Crm {
    pub fn new(customer_id: &str, seed: u64, case_timeout_ms: i64) -> Crm {
        Crm {
            customer_id: customer_id.to_owned(),
            ids: ids::IdSource::new(seed),
            contacts: BTreeMap::new(),
            addresses: BTreeMap::new(),
            tags: BTreeMap::new(),
            cases: BTreeMap::new(),
            notes: BTreeMap::new(),
            history: Vec::new(),
            case_timeout_ms: case_timeout_ms.max(1),
        }
    }

    pub fn customer_id(&self) -> &str {
        &self.customer_id
    }

    fn next_id(&mut self) -> String {
        self.ids.next_id()
    }

    /// Seeded timeline rows (the simulation adds those of its own calls and messages).
    pub fn add_history(&mut self, event: PeerEvent) {
        self.history.push(event);
    }

    pub fn history(&self) -> &[PeerEvent] {
        &self.history
    }
}

fn ts(now_ms: i64) -> String {
    format_timestamp_ms(now_ms)
}
