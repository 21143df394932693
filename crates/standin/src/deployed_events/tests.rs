//! The table's own consistency, and what the deployed-dialect publisher really sends while the
//! simulation runs: every frame traced back to one event with a row here, nothing else.

use std::collections::HashMap;
use std::sync::Arc;

use voipbin_protocol::{AgentStatus, Dialect, EventType, ResourceKind};

use super::{deployed_reach, Reach, DEPLOYED_EVENTS};
use crate::auth::{Caller, Credential};
use crate::publish::Publisher;
use crate::sim::{CustomerUpdate, Published, QueueTotals, Sim, SimConfig};
use crate::ws::Hub;

#[test]
fn each_event_type_has_one_row() {
    for (i, row) in DEPLOYED_EVENTS.iter().enumerate() {
        assert!(row.event.is_known(), "{}", row.event);
        assert!(row.source.starts_with("bin-"), "{}", row.source);
        let later = DEPLOYED_EVENTS[i + 1..]
            .iter()
            .any(|r| r.event == row.event);
        assert!(!later, "{} listed twice", row.event);
    }
}

#[test]
fn internal_events_are_absent() {
    for name in [
        "queue_created",
        "queue_updated",
        "queue_deleted",
        "queuecall_kicking",
        "customer_updated",
        "contact_created",
        "case_created",
        "case_note_created",
        "tag_created",
        "file_created",
        "conference_joined",
    ] {
        assert_eq!(deployed_reach(&EventType::parse(name)), None, "{name}");
    }
    // agent_* payloads carry no owner_id: never on agent topics.
    for row in DEPLOYED_EVENTS {
        if row.event.as_str().starts_with("agent_") {
            assert_eq!(row.reach, Reach::Customer, "{}", row.event);
        }
    }
}

/// 2026-03-02T09:00:00Z.
const T0: i64 = 1_772_442_000_000;

/// Ten simulated minutes of traffic plus the app's actions that publish (status, permission,
/// customer settings), as the deployed server's simulation runs them.
fn deployed_run() -> (Sim, Vec<Published>) {
    let config = SimConfig {
        seed: 7,
        events_per_s: 40.0,
        queue_totals: QueueTotals::Deployed,
        ..SimConfig::default()
    };
    let mut sim = Sim::new(config, T0);
    let mut events = Vec::new();
    let mut t = T0;
    while t < T0 + 600_000 {
        t += 100;
        events.extend(sim.tick(t));
        if t == T0 + 300_000 {
            let agent = sim.agents()[3].id.clone();
            let (_, e) = sim
                .set_agent_status(&agent, AgentStatus::parse("lunch"), t)
                .unwrap();
            events.extend(e);
            let (_, e) = sim.set_agent_permission(&agent, 16, t).unwrap();
            events.extend(e);
            let patch = CustomerUpdate {
                name: "Demo".to_owned(),
                detail: String::new(),
                email: String::new(),
                phone_number: String::new(),
                address: String::new(),
                webhook_method: "POST".to_owned(),
                webhook_uri: String::new(),
            };
            let (_, e) = sim.update_customer(patch, t).unwrap();
            events.extend(e);
        }
    }
    (sim, events)
}

fn caller(agent_id: &str, customer_id: &str) -> Caller {
    Caller {
        username: agent_id.to_owned(),
        agent_id: agent_id.to_owned(),
        customer_id: customer_id.to_owned(),
        permission: 0,
        credential: Credential::AccessKey,
    }
}

#[test]
fn deployed_publisher_sends_only_the_table() {
    let (sim, events) = deployed_run();
    let customer_id = sim.customer_id().to_owned();
    let hub = Arc::new(Hub::new(Dialect::Deployed));
    let publisher = Publisher::new(Arc::clone(&hub), None);

    // One connection on the whole customer prefix, one per agent on its own prefix.
    let (broad, mut broad_ends) = hub.register(caller("", &customer_id));
    broad
        .subscriptions()
        .insert(&format!("customer_id:{customer_id}"));
    let mut per_agent = HashMap::new();
    for agent in sim.agents() {
        let (conn, ends) = hub.register(caller(&agent.id, &customer_id));
        conn.subscriptions()
            .insert(&format!("agent_id:{}", agent.id));
        per_agent.insert(agent.id.clone(), (conn, ends));
    }

    let mut published: HashMap<String, usize> = HashMap::new();
    let mut withheld: HashMap<String, usize> = HashMap::new();
    let mut on_agent_topics = 0;
    for event in &events {
        publisher.publish(std::slice::from_ref(event));
        let reach = deployed_reach(&event.event_type);
        let tally = if reach.is_some() {
            &mut published
        } else {
            &mut withheld
        };
        *tally.entry(event.event_type.to_string()).or_default() += 1;

        // Two topics per event (plain and typed); the customer prefix matches both.
        let mut frames = Vec::new();
        while let Ok(frame) = broad_ends.outbox.try_recv() {
            frames.push(frame);
        }
        let expected = if reach.is_some() { 2 } else { 0 };
        assert_eq!(
            frames.len(),
            expected,
            "{} on the customer topics",
            event.event_type
        );
        for frame in &frames {
            let axum::extract::ws::Message::Text(text) = frame else {
                panic!("not text: {frame:?}");
            };
            let json: serde_json::Value = serde_json::from_str(text.as_str()).unwrap();
            // The queuecall webhook message has no queue_id (bin-queue-manager/models/
            // queuecall/webhook.go).
            if event.resource.kind() == ResourceKind::Queuecall {
                assert!(json.get("queue_id").is_none(), "{json}");
            }
        }

        for (agent_id, (_, ends)) in per_agent.iter_mut() {
            let mut count = 0;
            while ends.outbox.try_recv().is_ok() {
                count += 1;
            }
            let owner = event.agent_id.as_deref() == Some(agent_id.as_str());
            let expected = match reach {
                Some(Reach::CustomerAndOwner) if owner => 2,
                _ => 0,
            };
            assert_eq!(count, expected, "{} on agent {agent_id}", event.event_type);
            on_agent_topics += count;
        }
    }

    // The run exercised what the table keeps out, and what it lets through.
    for name in ["queue_updated", "customer_updated"] {
        assert!(
            withheld.contains_key(name),
            "{name} never produced: {withheld:?}"
        );
    }
    for name in [
        "queuecall_waiting",
        "queuecall_abandoned",
        "queuecall_done",
        "agent_status_updated",
        "agent_updated",
        "call_created",
    ] {
        assert!(
            published.contains_key(name),
            "{name} never sent: {published:?}"
        );
    }
    assert!(on_agent_topics > 0, "no call reached its agent");

    // Deployed queue-manager never counts abandoned calls, and counts a serviced one when its
    // service starts: what a dashboard adds up from polled queues and queuecall_abandoned.
    let queues = sim.queues();
    assert!(queues.iter().all(|q| q.total_abandoned_count == 0));
    let sum = |f: fn(&voipbin_protocol::Queue) -> i64| queues.iter().map(|q| f(q)).sum::<i64>();
    let incoming = sum(|q| q.total_incoming_count);
    let waiting = sum(|q| q.wait_queuecall_ids.len() as i64);
    let serviced = sum(|q| q.total_serviced_count);
    let abandoned = published["queuecall_abandoned"] as i64;
    assert_eq!(incoming, waiting + serviced + abandoned);
}
