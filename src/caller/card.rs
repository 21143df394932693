//! What the desk knows of the other party of a call and of the call's case: pure, tested
//! natively. The runtime (mod.rs) moves these with REST answers; views render them.

use crate::api::ApiError;
use voipbin_protocol::crm::{normalize_phone, Case, CaseNote, Contact, PeerEvent};

/// Interactions shown for a known caller.
pub const HISTORY_SHOWN: usize = 5;

/// The contact lookup for the caller's number (`data-state` of `screen-pop`).
#[derive(Clone, Debug, PartialEq)]
pub enum Lookup {
    Loading,
    Known(Box<Contact>),
    /// Nobody has this number (or there is no number: an anonymous caller).
    Unknown,
    Error(String),
}

impl Lookup {
    pub fn data_state(&self) -> &'static str {
        match self {
            Lookup::Loading => "loading",
            Lookup::Known(_) => "known",
            Lookup::Unknown => "unknown",
            Lookup::Error(_) => "error",
        }
    }

    pub fn contact(&self) -> Option<&Contact> {
        match self {
            Lookup::Known(contact) => Some(contact),
            _ => None,
        }
    }
}

/// The case a flow opened for the caller's call.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum CaseLookup {
    /// The caller's call id is not known yet (the agent's leg event has not arrived).
    #[default]
    Waiting,
    Loading,
    Found(Box<Case>),
    /// This call has no case (no `case_create` in its flow, or an outbound call).
    NoCase,
    Error(String),
}

impl CaseLookup {
    pub fn case(&self) -> Option<&Case> {
        match self {
            CaseLookup::Found(case) => Some(case),
            _ => None,
        }
    }
}

/// Everything the screen-pop, the call panel and wrap-up show about one phone call.
#[derive(Clone, Debug, PartialEq)]
pub struct CallerCard {
    /// The number looked up ("" when the caller has none).
    pub number: String,
    pub incoming: bool,
    /// The agent's leg (once the phone call is linked to it: src/phone/leg.rs), whose
    /// `master_call_id` is the caller's call.
    pub leg_id: Option<String>,
    pub caller_call_id: Option<String>,
    pub lookup: Lookup,
    /// The known caller's open cases and latest interactions (newest first).
    pub open_cases: Vec<Case>,
    pub history: Vec<PeerEvent>,
    pub case: CaseLookup,
    /// The call's case's notes, oldest first.
    pub notes: Vec<CaseNote>,
    /// The last action on this card that failed (the message id of its "Could not …" sentence)
    /// and why: the view words it in the agent's language.
    pub problem: Option<(crate::i18n::Msg, ApiError)>,
}

impl CallerCard {
    pub fn new(number: String, incoming: bool, leg_id: Option<String>) -> CallerCard {
        let lookup = if number.is_empty() {
            Lookup::Unknown
        } else {
            Lookup::Loading
        };
        CallerCard {
            number,
            incoming,
            leg_id,
            caller_call_id: None,
            lookup,
            open_cases: Vec::new(),
            history: Vec::new(),
            // Only a caller's call runs an inbound flow that may open a case.
            case: if incoming {
                CaseLookup::Waiting
            } else {
                CaseLookup::NoCase
            },
            notes: Vec::new(),
            problem: None,
        }
    }

    /// A contact is now the caller's (looked up, created or linked): its open cases and
    /// history are read again.
    pub fn known(&mut self, contact: Contact) {
        self.lookup = Lookup::Known(Box::new(contact));
        self.open_cases.clear();
        self.history.clear();
    }

    pub fn contact_id(&self) -> Option<String> {
        self.lookup.contact().map(|c| c.id.clone())
    }

    pub fn case_id(&self) -> Option<String> {
        self.case.case().map(|c| c.id.clone())
    }

    /// Keeps the latest interactions only, newest first.
    pub fn set_history(&mut self, mut rows: Vec<PeerEvent>) {
        rows.sort_by(|a, b| b.timestamp.cmp(&a.timestamp));
        rows.truncate(HISTORY_SHOWN);
        self.history = rows;
    }
}

/// The number to look the caller up by: the VoIPBIN call's `tel` source where the desk has it
/// (the agent's leg carries the caller's address), else the SIP From user. Normalised as
/// VoIPBIN stores numbers; "" when there are no digits (anonymous, a bare extension name).
pub fn caller_number(sip_user: &str, leg_source: Option<&str>) -> String {
    let raw = leg_source
        .filter(|s| !s.trim().is_empty())
        .unwrap_or(sip_user);
    let number = normalize_phone(raw);
    // Without digits VoIPBIN keeps the input as it came: nothing to look up.
    if number.bytes().any(|b| b.is_ascii_digit()) {
        number
    } else {
        String::new()
    }
}

/// The forms to look a number up by, in order. VoIPBIN matches exactly, and stores numbers in
/// E.164: a number the desk has without its `+` is tried with it too.
pub fn lookup_forms(number: &str) -> Vec<String> {
    let mut forms = vec![number.to_owned()];
    if !number.is_empty() && !number.starts_with('+') && number.len() >= 8 {
        forms.push(format!("+{number}"));
    }
    forms
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_legs_source_wins_over_the_sip_user() {
        assert_eq!(caller_number("2001", Some("+1 555 0100")), "+15550100");
        assert_eq!(caller_number("+15550100", None), "+15550100");
        assert_eq!(caller_number("+15550100", Some("")), "+15550100");
    }

    #[test]
    fn no_digits_means_no_number() {
        assert_eq!(caller_number("anonymous", None), "");
        assert_eq!(caller_number("", None), "");
    }

    #[test]
    fn a_number_without_plus_is_tried_in_e164_too() {
        assert_eq!(lookup_forms("+15550100"), ["+15550100"]);
        assert_eq!(lookup_forms("15550100"), ["15550100", "+15550100"]);
        // Short numbers are extensions, not E.164.
        assert_eq!(lookup_forms("2001"), ["2001"]);
    }

    #[test]
    fn a_card_for_no_number_is_unknown_at_once_and_outbound_calls_have_no_case() {
        let card = CallerCard::new(String::new(), false, None);
        assert_eq!(card.lookup.data_state(), "unknown");
        assert_eq!(card.case, CaseLookup::NoCase);
        let ringing = CallerCard::new("+15550100".into(), true, None);
        assert_eq!(ringing.lookup.data_state(), "loading");
        assert_eq!(ringing.case, CaseLookup::Waiting);
    }

    #[test]
    fn history_keeps_the_newest_five() {
        let mut card = CallerCard::new("+1555".into(), true, None);
        let rows = (0..8)
            .map(|i| PeerEvent {
                timestamp: format!("2026-01-0{}T00:00:00Z", i + 1),
                ..PeerEvent::default()
            })
            .collect();
        card.set_history(rows);
        assert_eq!(card.history.len(), HISTORY_SHOWN);
        assert!(card.history[0].timestamp.starts_with("2026-01-08"));
    }

    #[test]
    fn a_new_contact_clears_the_old_ones_cases() {
        let mut card = CallerCard::new("+1555".into(), true, None);
        card.open_cases.push(Case::default());
        card.known(Contact {
            id: "c1".into(),
            ..Contact::default()
        });
        assert_eq!(card.contact_id().as_deref(), Some("c1"));
        assert!(card.open_cases.is_empty());
    }
}
