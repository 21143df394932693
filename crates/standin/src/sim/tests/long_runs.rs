//! Long seeded runs: invariants after every tick, the event rate, replay, bounded memory.

use std::collections::HashMap;

use voipbin_protocol::{EventType, Resource};

use super::{run_checked, sim, T0};
use crate::sim::{Scale, Sim, SimConfig};

const MINUTE: i64 = 60_000;
const HOUR: i64 = 60 * MINUTE;

/// Events per simulated second over a window after a warm-up.
fn measured_rate(rate: f64, warmup_ms: i64, window_ms: i64, tick_ms: i64) -> (f64, Sim) {
    let mut s = sim(11, rate);
    run_checked(&mut s, T0, T0 + warmup_ms, tick_ms);
    let events = run_checked(&mut s, T0 + warmup_ms, T0 + warmup_ms + window_ms, tick_ms);
    (events.len() as f64 / (window_ms as f64 / 1000.0), s)
}

#[test]
fn two_hours_at_one_event_per_second() {
    let (measured, s) = measured_rate(1.0, 10 * MINUTE, 2 * HOUR, 250);
    assert!((0.85..=1.15).contains(&measured), "measured {measured}/s");
    let stats = s.stats();
    assert!(stats.serviced_today > 20, "{stats:?}");
    assert!(stats.calls_started > 100, "{stats:?}");
}

#[test]
fn two_hours_at_one_hundred_events_per_second() {
    let (measured, s) = measured_rate(100.0, 5 * MINUTE, 2 * HOUR, 100);
    assert!((90.0..=110.0).contains(&measured), "measured {measured}/s");
    assert!(s.stats().abandoned_today > 0);
    history_is_bounded(&s);
}

#[test]
fn five_minutes_at_one_thousand_events_per_second() {
    let (measured, s) = measured_rate(1_000.0, MINUTE, 5 * MINUTE, 50);
    assert!(
        (950.0..=1_050.0).contains(&measured),
        "measured {measured}/s"
    );
    history_is_bounded(&s);
}

#[test]
fn a_minute_at_ten_thousand_events_per_second() {
    let (measured, s) = measured_rate(10_000.0, 20_000, MINUTE, 20);
    assert!(
        (9_500.0..=10_500.0).contains(&measured),
        "measured {measured}/s"
    );
    assert!(s.sessions.len() <= s.scale.max_calls);
}

#[test]
fn large_scale_holds_about_a_thousand_calls() {
    let mut s = Sim::new(
        SimConfig {
            seed: 5,
            events_per_s: 10_000.0,
            scale: Some(Scale::large()),
            ..SimConfig::default()
        },
        T0,
    );
    assert_eq!(s.agents().len(), 202);
    assert_eq!(s.queues().len(), 50);
    run_checked(&mut s, T0, T0 + 10_000, 20);
    let events = run_checked(&mut s, T0 + 10_000, T0 + 30_000, 20);
    let per_s = events.len() as f64 / 20.0;
    assert!(s.sessions.len() >= 900, "{} calls", s.sessions.len());
    assert!((9_000.0..=11_000.0).contains(&per_s), "{per_s}/s");
}

#[test]
fn same_seed_same_events_and_other_seed_differs() {
    let run = |seed| {
        let mut s = sim(seed, 200.0);
        let mut out = Vec::new();
        let mut t = T0;
        while t < T0 + 5 * MINUTE {
            t += 37;
            out.extend(s.tick(t));
        }
        (out, s.truth())
    };
    let (a, truth_a) = run(3);
    let (b, truth_b) = run(3);
    assert!(a.len() > 25_000);
    assert!(a == b, "same seed diverged");
    assert_eq!(truth_a, truth_b);
    let (c, _) = run(4);
    assert!(a != c);
}

#[test]
fn ids_and_accounts_are_stable_per_seed() {
    let a = sim(9, 5.0);
    let b = sim(9, 500.0);
    assert_eq!(a.customer_id(), b.customer_id());
    assert_eq!(a.accounts(), b.accounts());
    let names: Vec<&str> = a.accounts().iter().map(|x| x.username.as_str()).collect();
    assert_eq!(&names[..3], &["admin@demo", "manager@demo", "agent1@demo"]);
    assert_eq!(names.len(), 10);
    let perms: Vec<u64> = a.accounts().iter().map(|x| x.permission).collect();
    assert_eq!(&perms[..3], &[32, 64, 16]);
    for acc in a.accounts() {
        let agent = a.agent(&acc.agent_id).expect("agent per account");
        assert_eq!(agent.username, acc.username);
        assert_eq!(agent.customer_id, a.customer_id());
    }
    assert_ne!(sim(10, 5.0).customer_id(), a.customer_id());
    // Statuses start mixed and every queue has agents.
    let statuses: std::collections::HashSet<String> =
        a.agents().iter().map(|g| g.status.to_string()).collect();
    assert!(statuses.len() >= 2, "{statuses:?}");
    for q in a.queues.values() {
        assert!(
            !q.agent_ids.is_empty(),
            "queue {} has no agents",
            q.queue.name
        );
    }
}

/// A serviced call publishes its life in order, and every kind of event appears over a run.
#[test]
fn lifecycle_order_and_event_variety() {
    let mut s = sim(21, 20.0);
    let events = run_checked(&mut s, T0, T0 + HOUR, 100);
    let mut kinds: HashMap<&str, usize> = HashMap::new();
    for e in &events {
        *kinds.entry(e.event_type.as_str()).or_default() += 1;
        assert_eq!(e.customer_id, s.customer_id());
    }
    for want in [
        "call_created",
        "call_ringing",
        "call_progressing",
        "call_terminating",
        "call_hangup",
        "call_updated",
        "call_canceling",
        "activeflow_created",
        "activeflow_updated",
        "queuecall_created",
        "queuecall_waiting",
        "queuecall_connecting",
        "queuecall_serviced",
        "queuecall_done",
        "queuecall_abandoned",
        "queue_updated",
        "agent_status_updated",
        "recording_started",
        "recording_finished",
        "transcribe_created",
        "transcribe_done",
        "transcript_created",
        "message_created",
        "message_updated",
        "conversation_created",
        "conversation_message_created",
        "conversation_message_updated",
        "conference_created",
        "conference_updated",
    ] {
        assert!(kinds.contains_key(want), "no {want} in {kinds:?}");
    }

    // Follow one serviced customer call through its events.
    let serviced = events
        .iter()
        .find_map(|e| match &e.resource {
            Resource::Queuecall(qc) if e.event_type == EventType::QueuecallDone => {
                Some(qc.reference_id.clone())
            }
            _ => None,
        })
        .expect("a serviced call");
    let mut steps = Vec::new();
    for e in &events {
        let about_call = match &e.resource {
            Resource::Call(c) => c.id == serviced,
            Resource::Queuecall(qc) => qc.reference_id == serviced,
            Resource::Activeflow(af) => af.reference_id == serviced,
            Resource::Recording(r) => r.reference_id == serviced,
            Resource::Transcribe(t) => t.reference_id == serviced,
            _ => false,
        };
        if about_call {
            steps.push(e.event_type.as_str().to_owned());
        }
    }
    let pos = |name: &str| steps.iter().position(|s| s == name).unwrap_or(usize::MAX);
    let order = [
        "call_created",
        "call_progressing",
        "activeflow_created",
        "queuecall_created",
        "queuecall_waiting",
        "queuecall_connecting",
        "queuecall_serviced",
        "recording_started",
        "transcribe_created",
        "call_terminating",
        "call_hangup",
        "recording_finished",
        "transcribe_done",
        "queuecall_done",
    ];
    for pair in order.windows(2) {
        assert!(
            pos(pair[0]) < pos(pair[1]),
            "{} before {} in {steps:?}",
            pair[0],
            pair[1]
        );
    }
    // Owner-scoped events: calls owned by an agent name it for agent topics.
    assert!(events
        .iter()
        .any(|e| matches!(&e.resource, Resource::Call(c)
        if c.owner_type == "agent" && e.agent_id.as_deref() == Some(c.owner_id.as_str()))));
    assert!(events
        .iter()
        .filter(|e| matches!(e.resource, Resource::Queuecall(_) | Resource::Agent(_)))
        .all(|e| e.agent_id.is_none()));
}

/// Queue lists in queue_updated payloads always match the totals (what a dashboard sees).
#[test]
fn published_queue_payloads_add_up() {
    let mut s = sim(8, 300.0);
    let events = run_checked(&mut s, T0, T0 + 5 * MINUTE, 100);
    let mut n = 0;
    for e in &events {
        if let Resource::Queue(q) = &e.resource {
            n += 1;
            let listed = (q.wait_queuecall_ids.len() + q.service_queuecall_ids.len()) as i64;
            assert_eq!(
                q.total_incoming_count,
                listed + q.total_serviced_count + q.total_abandoned_count
            );
        }
    }
    assert!(n > 100);
}

/// Serviced transcripts alternate speakers (script lines) and read like dialogue.
#[test]
fn transcripts_alternate_directions() {
    let mut s = sim(2, 2.0);
    run_checked(&mut s, T0, T0 + 30 * MINUTE, 200);
    let transcribe = s
        .transcribes()
        .into_iter()
        .find(|t| s.transcripts(&t.id).len() >= 6)
        .map(|t| t.id.clone())
        .expect("a transcribe with lines");
    let lines = s.transcripts(&transcribe);
    for pair in lines.windows(2) {
        assert_ne!(pair[0].direction, pair[1].direction);
    }
    assert!(
        lines.iter().all(|l| !l.message.contains('{')),
        "unrendered template"
    );
}

fn history_is_bounded(s: &Sim) {
    let live = s.sessions.len();
    assert!(
        s.queuecalls.len() <= 2_000 + live + 10,
        "{} queuecalls",
        s.queuecalls.len()
    );
    assert!(s.activeflows.len() <= 2_000 + live + 10);
    assert!(
        s.calls.len() <= 3 * (2_000 + live),
        "{} calls",
        s.calls.len()
    );
    assert!(s.transcribes.len() <= 2_000 + live);
    assert!(s.transcripts.len() <= 2_000 + live);
    assert!(s.messages.len() <= 2_000);
    assert!(s.conversations.len() <= 200);
    assert!(s.conferences.len() <= 60);
    assert!(s.transcripts.values().all(|t| t.len() <= 100));
    assert!(s.pacer.open_lives() <= live + s.sms_threads + s.live_conferences);
    assert!(
        s.jobs.len() < 20 * (live + 300),
        "{} jobs pending",
        s.jobs.len()
    );
}
