use voipbin_protocol::Address;

use super::*;

const T0: i64 = 1_772_442_000_000;
const HOUR: i64 = 3_600_000;

fn crm() -> Crm {
    Crm::new("cust-1", 7, DEFAULT_CASE_TIMEOUT_MS)
}

fn tel(target: &str, primary: bool) -> NewAddress {
    NewAddress {
        r#type: "tel".into(),
        target: target.into(),
        is_primary: primary,
        ..NewAddress::default()
    }
}

fn email(target: &str, primary: bool) -> NewAddress {
    NewAddress {
        r#type: "email".into(),
        ..tel(target, primary)
    }
}

fn ada(crm: &mut Crm) -> Contact {
    let fields = ContactFields {
        first_name: "Ada".into(),
        last_name: "Lovelace".into(),
        ..ContactFields::default()
    };
    let addresses = vec![
        tel("+1 (555) 123-4567", true),
        email(" Ada@Example.COM", false),
    ];
    crm.create_contact(fields, addresses, T0).unwrap()
}

fn call_case(target: &str) -> NewCase {
    NewCase {
        peer: Address::new("tel", target),
        local: Address::new("tel", "+14155550100"),
        reference_type: "call".into(),
        reference_id: "call-1".into(),
        ..NewCase::default()
    }
}

#[test]
fn lookup_normalises_then_matches_exactly() {
    let mut crm = crm();
    let ada = ada(&mut crm);
    let phone = ada.addresses.iter().find(|a| a.r#type == "tel").unwrap();
    assert_eq!(phone.target, "+15551234567");
    assert_eq!(crm.lookup(" +1 555-123-4567", "").unwrap().id, ada.id);
    assert_eq!(crm.lookup("", "ADA@example.com ").unwrap().id, ada.id);
    let missing = crm.lookup("15551234567", "").unwrap_err();
    assert_eq!(missing.reason, "CONTACT_NOT_FOUND");
    assert_eq!(missing.kind, ErrorKind::NotFound);
    // The phone wins when both are given, even when only the email would match.
    assert!(crm.lookup("+15550000000", "ada@example.com").is_err());
    assert_eq!(crm.lookup("", "").unwrap_err().kind, ErrorKind::Invalid);
    crm.delete_contact(&ada.id, T0 + 1).unwrap();
    assert!(crm.lookup("+15551234567", "").is_err());
    assert!(!crm.contact(&ada.id).unwrap().tm_delete.is_empty());
    assert!(crm.contacts().is_empty());
}

#[test]
fn one_primary_across_types() {
    let mut crm = crm();
    let ada = ada(&mut crm);
    let contact = crm
        .add_address(&ada.id, email("work@example.com", true), T0)
        .unwrap();
    let primaries: Vec<&str> = contact
        .addresses
        .iter()
        .filter(|a| a.is_primary)
        .map(|a| a.target.as_str())
        .collect();
    assert_eq!(primaries, ["work@example.com"]);
    let phone = contact
        .addresses
        .iter()
        .find(|a| a.r#type == "tel")
        .unwrap();
    let update = AddressUpdate {
        is_primary: Some(true),
        ..AddressUpdate::default()
    };
    let contact = crm
        .update_contact_address(&ada.id, &phone.id, update)
        .unwrap();
    assert_eq!(contact.addresses.iter().filter(|a| a.is_primary).count(), 1);
    assert_eq!(contact.primary_address().unwrap().id, phone.id);
}

#[test]
fn targets_are_unique_and_claims_conflict() {
    let mut crm = crm();
    let ada = ada(&mut crm);
    let duplicate = crm
        .add_address(&ada.id, tel("+15551234567", false), T0)
        .unwrap_err();
    assert_eq!(duplicate.reason, "ADDRESS_ALREADY_EXISTS");
    assert_eq!(duplicate.kind, ErrorKind::AlreadyExists);
    let before = crm.contacts().len();
    let second = crm.create_contact(
        ContactFields::default(),
        vec![tel("+15551234567", false)],
        T0,
    );
    assert!(second.is_err());
    assert_eq!(crm.contacts().len(), before);

    let bob = crm
        .create_contact(ContactFields::default(), vec![], T0)
        .unwrap();
    let loose = crm
        .create_address(None, tel("+447700900001", false), T0)
        .unwrap();
    assert_eq!(loose.contact_id, "");
    assert!(crm
        .create_address(None, tel("+447700900002", true), T0)
        .is_err());
    let claimed = crm.claim_address(&loose.id, &ada.id).unwrap();
    assert_eq!(claimed.contact_id, ada.id);
    assert_eq!(crm.claim_address(&loose.id, &ada.id).unwrap(), claimed);
    let conflict = crm.claim_address(&loose.id, &bob.id).unwrap_err();
    assert_eq!(conflict.reason, "ADDRESS_ALREADY_CLAIMED");
    assert_eq!(conflict.kind, ErrorKind::AlreadyExists);
}

#[test]
fn cases_open_once_per_peer_and_close_idempotently() {
    let mut crm = crm();
    let first = crm.new_case_id();
    let case = crm
        .create_case(first.clone(), call_case("+15551234567"), T0)
        .unwrap();
    assert!(case.is_open());
    assert_eq!(case.contact_id, "");
    let again = crm.new_case_id();
    let conflict = crm
        .create_case(again, call_case("+15551234567"), T0 + 1)
        .unwrap_err();
    assert_eq!(conflict.reason, "CASE_ALREADY_EXISTS");
    let other = crm.new_case_id();
    crm.create_case(other.clone(), call_case("+15559999999"), T0 + 5)
        .unwrap();
    let mut listed = crm.cases();
    listed.sort_by(|a, b| b.tm_create.cmp(&a.tm_create));
    assert_eq!(listed[0].id, other);

    let assigned = crm.assign_case(&first, "agent-2", T0 + 10).unwrap();
    assert_eq!(
        (assigned.owner_type.as_str(), assigned.owner_id.as_str()),
        ("agent", "agent-2")
    );
    let closed = crm.close_case(&first, "agent-1", T0 + 20).unwrap();
    assert_eq!(closed.closed_reason, "agent_closed");
    assert_eq!(closed.closed_by_type, "agent");
    assert_eq!(closed.closed_by_id, "agent-1");
    assert_eq!(crm.close_case(&first, "agent-3", T0 + 30).unwrap(), closed);
    let refused = crm.assign_case(&first, "agent-1", T0 + 40).unwrap_err();
    assert_eq!(refused.reason, "CASE_CLOSED");
    assert_eq!(refused.kind, ErrorKind::FailedPrecondition);
    assert_eq!(crm.case("nope").unwrap_err().kind, ErrorKind::NotFound);
}

#[test]
fn attach_and_detach_a_contact() {
    let mut crm = crm();
    let ada = ada(&mut crm);
    let id = crm.new_case_id();
    crm.create_case(id.clone(), call_case("+15551234567"), T0)
        .unwrap();
    assert_eq!(
        crm.attach_contact(&id, &ada.id, T0).unwrap().contact_id,
        ada.id
    );
    assert_eq!(crm.attach_contact(&id, "", T0).unwrap().contact_id, "");
    assert_eq!(
        crm.attach_contact(&id, "ghost", T0).unwrap_err().reason,
        "CONTACT_NOT_FOUND"
    );
}

#[test]
fn notes_oldest_first_and_deleted_by_their_author_only() {
    let mut crm = crm();
    let id = crm.new_case_id();
    crm.create_case(id.clone(), call_case("+15551234567"), T0)
        .unwrap();
    crm.add_note(&id, None, "Opened by the flow", T0).unwrap();
    let mine = crm
        .add_note(&id, Some("agent-1"), "Called back", T0 + 2)
        .unwrap();
    crm.add_note(&id, Some("agent-2"), "Sent the invoice", T0 + 1)
        .unwrap();
    let texts: Vec<String> = crm
        .notes(&id)
        .unwrap()
        .into_iter()
        .map(|n| n.text)
        .collect();
    assert_eq!(
        texts,
        ["Opened by the flow", "Sent the invoice", "Called back"]
    );
    let system = &crm.notes(&id).unwrap()[0];
    assert_eq!(
        (system.author_type.as_str(), system.author_id.as_str()),
        ("system", "")
    );
    assert_eq!(mine.author_type, "agent");

    let refused = crm.delete_note(&id, &mine.id, "agent-2").unwrap_err();
    assert_eq!(refused.kind, ErrorKind::Forbidden);
    let system_id = system.id.clone();
    assert_eq!(
        crm.delete_note(&id, &system_id, "agent-1")
            .unwrap_err()
            .kind,
        ErrorKind::Forbidden
    );
    crm.delete_note(&id, &mine.id, "agent-1").unwrap();
    assert_eq!(crm.notes(&id).unwrap().len(), 2);
    assert_eq!(
        crm.delete_note(&id, &mine.id, "agent-1").unwrap_err().kind,
        ErrorKind::NotFound
    );
}

#[test]
fn idle_open_cases_time_out() {
    let mut crm = Crm::new("cust-1", 7, 24 * HOUR);
    let idle = crm.new_case_id();
    crm.create_case(idle.clone(), call_case("+15551234567"), T0)
        .unwrap();
    let busy = crm.new_case_id();
    crm.create_case(busy.clone(), call_case("+15559999999"), T0)
        .unwrap();
    crm.assign_case(&busy, "agent-1", T0 + 12 * HOUR).unwrap();
    assert_eq!(crm.expire_idle_cases(T0 + 24 * HOUR - 1), 0);
    assert_eq!(crm.expire_idle_cases(T0 + 24 * HOUR), 1);
    let closed = crm.case(&idle).unwrap();
    assert_eq!(closed.closed_reason, "timeout");
    assert_eq!(closed.closed_by_type, "system");
    assert_eq!(closed.closed_by_id, "");
    assert!(crm.case(&busy).unwrap().is_open());
    // The peer may open a new case once the old one timed out.
    let next = crm.new_case_id();
    assert!(crm
        .create_case(next, call_case("+15551234567"), T0 + 25 * HOUR)
        .is_ok());
}

#[test]
fn tags_on_contacts_and_deleted_tags_listed() {
    let mut crm = crm();
    let vip = crm.add_tag("VIP", "", false, T0);
    let old = crm.add_tag("Legacy", "", true, T0);
    assert_eq!(crm.tags().len(), 2);
    assert!(crm.tag(&old.id).unwrap().is_deleted());
    let ada = ada(&mut crm);
    crm.add_contact_tag(&ada.id, &vip.id, T0).unwrap();
    let tagged = crm.add_contact_tag(&ada.id, &vip.id, T0).unwrap();
    assert_eq!(tagged.tag_ids, [vip.id.as_str()]);
    assert_eq!(
        crm.add_contact_tag(&ada.id, "nope", T0).unwrap_err().reason,
        "TAG_NOT_FOUND"
    );
    assert!(crm
        .remove_contact_tag(&ada.id, &vip.id, T0)
        .unwrap()
        .tag_ids
        .is_empty());
}

#[test]
fn ids_are_deterministic() {
    let (mut a, mut b) = (crm(), crm());
    assert_eq!(ada(&mut a).id, ada(&mut b).id);
    assert_ne!(a.new_case_id(), Crm::new("cust-1", 8, 1).new_case_id());
}

#[test]
fn the_oldest_closed_cases_go_first_past_the_bound() {
    let mut crm = crm();
    let first = crm.new_case_id();
    crm.create_case(first.clone(), call_case("+10000000000"), T0)
        .unwrap();
    crm.add_note(&first, None, "kept", T0).unwrap();
    let closed = crm.new_case_id();
    crm.create_case(closed.clone(), call_case("+10000000001"), T0 + 1)
        .unwrap();
    crm.close_case(&closed, "agent-1", T0 + 2).unwrap();
    crm.add_note(&closed, None, "dropped", T0 + 2).unwrap();
    for n in 2..=cases::CASES_KEPT {
        let id = crm.new_case_id();
        crm.create_case(id, call_case(&format!("+1{n:010}")), T0 + 3)
            .unwrap();
    }
    assert_eq!(crm.cases().len(), cases::CASES_KEPT);
    assert!(crm.case(&closed).is_err());
    assert!(crm.notes.values().all(|n| n.case_id != closed));
    assert_eq!(crm.notes(&first).unwrap().len(), 1);
}
