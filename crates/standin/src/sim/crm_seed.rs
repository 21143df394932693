//! Seeded CRM data, so the desk's screen-pop shows something real on the first call: a handful
//! of tags (one deleted), and contacts (the known callers of crm_flow.rs) with company, job
//! title, tags, notes, past interactions and, for most, an open case with notes.

use voipbin_protocol::crm::PeerEvent;
use voipbin_protocol::{format_timestamp_ms, Address};

use super::crm_flow::KnownCaller;
use super::ids::uuid_from;
use super::rng::Rng;
use super::{text, Sim};
use crate::crm::{ContactFields, NewAddress, NewCase};

/// Contacts seeded per customer.
const KNOWN_CONTACTS: usize = 12;
const HOUR_MS: i64 = 3_600_000;
const DAY_MS: i64 = 24 * HOUR_MS;

const TAGS: &[(&str, &str, bool)] = &[
    ("VIP", "Route to senior agents", false),
    ("Churn risk", "Unhappy in the last 90 days", false),
    ("Reseller", "Buys for their own customers", false),
    (
        "Billing dispute",
        "Open disagreement about an invoice",
        false,
    ),
    ("Legacy plan", "Retired in 2025", true),
];

const COMPANIES: &[&str] = &[
    "Northwind Traders",
    "Globex",
    "Initech",
    "Umbrella Logistics",
    "Stark Fabrication",
    "Wayne Foods",
    "Hooli",
    "Vandelay Industries",
];

const JOB_TITLES: &[&str] = &[
    "Office Manager",
    "IT Director",
    "Procurement Lead",
    "CFO",
    "Operations Analyst",
    "Founder",
];

const CONTACT_NOTES: &[&str] = &[
    "Prefers calls after 2 pm.",
    "Renewal due next quarter; ask about the annual plan.",
    "Had porting trouble in March, resolved.",
    "Speaks Spanish as well.",
];

const AGENT_NOTES: &[&str] = &[
    "Customer asked for a callback about the last invoice.",
    "Sent the port-out form by email.",
    "Promised a credit of one month; waiting for approval.",
    "Wants two more seats before the end of the month.",
];

impl Sim {
    pub(super) fn seed_crm(&mut self, now_ms: i64) {
        let mut rng = Rng::derived(self.seed, "crm-seed");
        let tag_ids: Vec<String> = TAGS
            .iter()
            .map(|(name, detail, deleted)| self.crm.add_tag(name, detail, *deleted, now_ms).id)
            .collect();
        let live_tags: Vec<String> = tag_ids
            .iter()
            .zip(TAGS)
            .filter(|(_, (_, _, deleted))| !deleted)
            .map(|(id, _)| id.clone())
            .collect();
        let agents: Vec<String> = self
            .agents
            .values()
            .filter(|a| a.number > 0)
            .map(|a| a.agent.id.clone())
            .collect();
        for n in 0..KNOWN_CONTACTS {
            let name = text::person_name(&mut rng);
            let number = text::caller_number(&mut rng);
            let local = text::queue_number(n % self.scale.queues.max(1));
            if let Some(contact_id) =
                self.seed_contact(&mut rng, &name, &number, &live_tags, now_ms)
            {
                self.seed_history(&mut rng, &number, &local, now_ms);
                if n % 3 != 2 {
                    self.seed_open_case(&mut rng, &contact_id, &number, &local, &agents, now_ms);
                }
                self.crm_flow
                    .known_callers
                    .push(KnownCaller { name, number });
            }
        }
    }

    fn seed_contact(
        &mut self,
        rng: &mut Rng,
        name: &str,
        number: &str,
        tags: &[String],
        now_ms: i64,
    ) -> Option<String> {
        let (first, last) = name.split_once(' ').unwrap_or((name, ""));
        let company = rng.pick(COMPANIES).copied().unwrap_or_default();
        let domain: String = company
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .collect::<String>()
            .to_lowercase();
        let fields = ContactFields {
            first_name: first.to_owned(),
            last_name: last.to_owned(),
            company: company.to_owned(),
            job_title: rng.pick(JOB_TITLES).copied().unwrap_or_default().to_owned(),
            source: if rng.chance(0.5) { "import" } else { "manual" }.to_owned(),
            notes: rng
                .pick(CONTACT_NOTES)
                .copied()
                .unwrap_or_default()
                .to_owned(),
            ..ContactFields::default()
        };
        let addresses = vec![
            NewAddress {
                r#type: "tel".to_owned(),
                target: number.to_owned(),
                name: "Mobile".to_owned(),
                is_primary: true,
                ..NewAddress::default()
            },
            NewAddress {
                r#type: "email".to_owned(),
                target: format!("{}.{}@{domain}.example", first, last).to_lowercase(),
                name: "Work".to_owned(),
                ..NewAddress::default()
            },
        ];
        let created = now_ms - rng.between(30, 400) * DAY_MS;
        let contact = self.crm.create_contact(fields, addresses, created).ok()?;
        for _ in 0..rng.below(3) {
            if let Some(tag) = rng.pick(tags) {
                let _ = self.crm.add_contact_tag(&contact.id, tag, created);
            }
        }
        Some(contact.id)
    }

    /// Past calls (and now and then a text) from this number, as timeline rows.
    fn seed_history(&mut self, rng: &mut Rng, number: &str, local: &str, now_ms: i64) {
        let peer = Address::new("tel", number);
        let ours = Address::new("tel", local);
        for _ in 0..rng.between(1, 3) {
            let call_id = uuid_from(rng);
            let start = now_ms - rng.between(2, 90) * DAY_MS;
            let talk_ms = rng.between(60, 900) * 1_000;
            let data = serde_json::json!({
                "id": call_id, "customer_id": self.customer.id, "direction": "incoming",
                "source": peer, "destination": ours, "status": "hangup",
                "hangup_reason": "normal", "tm_create": format_timestamp_ms(start),
            });
            for (event_type, at) in [
                ("call_created", start),
                ("call_progressing", start + 2_000),
                ("call_hangup", start + talk_ms),
            ] {
                self.crm.add_history(self.history_row(
                    "call", event_type, &call_id, "incoming", &peer, &ours, at, &data,
                ));
            }
        }
        if rng.chance(0.5) {
            let message_id = uuid_from(rng);
            let at = now_ms - rng.between(1, 30) * DAY_MS;
            let sms = Address::new("tel", &text::sms_number());
            let data = serde_json::json!({
                "id": message_id, "customer_id": self.customer.id, "direction": "inbound",
                "source": peer, "destination": sms, "text": "Hi, is my order shipped yet?",
                "tm_create": format_timestamp_ms(at),
            });
            let row = self.history_row(
                "conversation_message",
                "conversation_message_created",
                &message_id,
                "inbound",
                &peer,
                &sms,
                at,
                &data,
            );
            self.crm.add_history(row);
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn history_row(
        &self,
        publisher: &str,
        event_type: &str,
        reference_id: &str,
        direction: &str,
        peer: &Address,
        local: &Address,
        at_ms: i64,
        data: &serde_json::Value,
    ) -> PeerEvent {
        PeerEvent {
            timestamp: format_timestamp_ms(at_ms),
            customer_id: self.customer.id.clone(),
            publisher: publisher.to_owned(),
            event_type: event_type.to_owned(),
            reference_id: reference_id.to_owned(),
            direction: direction.to_owned(),
            peer: peer.clone(),
            local: local.clone(),
            data: data.clone(),
        }
    }

    /// An open case from an earlier call, attached to the contact, with a flow note and an
    /// agent's note; opened well within the idle timeout of a default run.
    fn seed_open_case(
        &mut self,
        rng: &mut Rng,
        contact_id: &str,
        number: &str,
        local: &str,
        agents: &[String],
        now_ms: i64,
    ) {
        let opened = now_ms - rng.between(1, 6) * HOUR_MS;
        let case_id = self.crm.new_case_id();
        let new = NewCase {
            peer: Address::new("tel", number),
            local: Address::new("tel", local),
            reference_type: "call".to_owned(),
            reference_id: uuid_from(rng),
            ..NewCase::default()
        };
        if self.crm.create_case(case_id.clone(), new, opened).is_err() {
            return;
        }
        let _ = self
            .crm
            .add_note(&case_id, None, "Case opened by the flow.", opened);
        if let Some(agent) = rng.pick(agents) {
            let text = rng.pick(AGENT_NOTES).copied().unwrap_or_default();
            let _ = self
                .crm
                .add_note(&case_id, Some(agent), text, opened + 5 * 60_000);
            if rng.chance(0.5) {
                let _ = self.crm.assign_case(&case_id, agent, opened + 6 * 60_000);
            }
        }
        let _ = self
            .crm
            .attach_contact(&case_id, contact_id, opened + 6 * 60_000);
    }
}
