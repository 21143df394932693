//! Queue figures from polls and queuecall events, natively: the deployed dialect (no queue
//! events, no queue_id on queuecalls) and the documented one (queue events are snapshots).

use super::*;
use voipbin_protocol::{decode, Frame};

fn ts(second: u32) -> String {
    format!(
        "2026-12-07T10:{:02}:{:02}.000000Z",
        second / 60,
        second % 60
    )
}

/// A queuecall event as the deployed socket sends it: the bare resource, no queue_id.
fn queuecall(id: &str, status: &str, second: u32) -> Event {
    frame(serde_json::json!({
        "id": id, "customer_id": "cu-1", "reference_type": "call", "reference_id": format!("call-{id}"),
        "status": status, "service_agent_id": "", "duration_waiting": 0, "tm_create": ts(0),
        "tm_update": ts(second),
    }))
}

/// A documented queuecall event, which names its queue.
fn queuecall_in(queue_id: &str, id: &str, status: &str, second: u32) -> Event {
    let data = serde_json::json!({
        "id": id, "customer_id": "cu-1", "queue_id": queue_id, "reference_type": "call",
        "reference_id": format!("call-{id}"), "status": status, "tm_create": ts(0), "tm_update": ts(second),
    });
    envelope(&format!("queuecall_{status}"), data)
}

fn queue_json(
    id: &str,
    waiting: &[&str],
    service: &[&str],
    serviced: i64,
    second: u32,
) -> serde_json::Value {
    serde_json::json!({
        "id": id, "customer_id": "cu-1", "name": id, "wait_queuecall_ids": waiting,
        "service_queuecall_ids": service, "total_incoming_count": 10, "total_serviced_count": serviced,
        "total_abandoned_count": 0, "tm_update": ts(second),
    })
}

fn queue(id: &str, waiting: &[&str], service: &[&str], serviced: i64, second: u32) -> Queue {
    match Resource::from_json(
        &ResourceKind::Queue,
        queue_json(id, waiting, service, serviced, second),
    ) {
        Resource::Queue(q) => q,
        other => panic!("not a queue: {other:?}"),
    }
}

fn frame(data: serde_json::Value) -> Event {
    match decode(&data.to_string()) {
        Ok(Frame::Event(e)) => e,
        other => panic!("not an event: {other:?}"),
    }
}

fn envelope(event_type: &str, data: serde_json::Value) -> Event {
    frame(serde_json::json!({"type": event_type, "data": data}))
}

/// (waiting, in service, serviced, abandoned) of queue `id`.
fn figures(store: &Store, id: &str) -> (usize, usize, i64, i64) {
    let all = store.all_queue_figures();
    let f = all.get(id).expect("queue held");
    (f.waiting_ids.len(), f.in_service, f.serviced, f.abandoned)
}

fn poll(store: &mut Store, queues: Vec<Queue>) {
    let requested_at = store.queue_poll_started();
    store.merge_queue_poll(queues, requested_at);
}

#[test]
fn a_caller_answered_between_polls_moves_from_waiting_to_service() {
    let mut store = Store::default();
    store.apply(&queuecall("qc1", "waiting", 1), 0);
    store.apply(&queuecall("qc2", "waiting", 1), 0);
    poll(&mut store, vec![queue("sales", &["qc1", "qc2"], &[], 4, 1)]);
    assert_eq!(figures(&store, "sales"), (2, 0, 4, 0));

    // The deployed queuecall names no queue: the poll's lists tell it.
    store.apply(&queuecall("qc1", "service", 2), 0);
    assert_eq!(figures(&store, "sales"), (1, 1, 5, 0));
    store.apply(&queuecall("qc1", "done", 3), 0);
    assert_eq!(figures(&store, "sales"), (1, 0, 5, 0));

    // The next poll agrees: the total now has it, counted once.
    poll(&mut store, vec![queue("sales", &["qc2"], &[], 5, 3)]);
    assert_eq!(figures(&store, "sales"), (1, 0, 5, 0));
}

#[test]
fn a_poll_older_than_an_event_does_not_undo_it() {
    let mut store = Store::default();
    poll(&mut store, vec![queue("sales", &["qc1"], &[], 4, 1)]);
    let requested_at = store.queue_poll_started();
    // The event arrives while the poll is in flight; its answer predates the answer.
    store.apply(&queuecall("qc1", "service", 2), 0);
    store.merge_queue_poll(vec![queue("sales", &["qc1"], &[], 4, 1)], requested_at);
    assert_eq!(figures(&store, "sales"), (0, 1, 5, 0));

    // A poll requested after the event lists it in service with it in the total.
    poll(&mut store, vec![queue("sales", &[], &["qc1"], 5, 2)]);
    assert_eq!(figures(&store, "sales"), (0, 1, 5, 0));
}

#[test]
fn a_caller_a_newer_poll_no_longer_lists_is_gone_even_if_its_event_was_lost() {
    let mut store = Store::default();
    store.apply(&queuecall("qc1", "waiting", 1), 0);
    poll(&mut store, vec![queue("sales", &["qc1"], &[], 0, 1)]);
    poll(&mut store, vec![queue("sales", &[], &[], 0, 2)]);
    assert_eq!(figures(&store, "sales"), (0, 0, 0, 0));
}

#[test]
fn a_new_caller_joins_its_queue_at_the_poll_that_lists_it() {
    let mut store = Store::default();
    poll(&mut store, vec![queue("sales", &[], &[], 0, 1)]);
    let requested_at = store.queue_poll_started();
    store.apply(&queuecall("qc9", "waiting", 2), 0);
    // A poll requested before the caller joined does not list it and does not lose it either.
    store.merge_queue_poll(vec![queue("sales", &[], &[], 0, 1)], requested_at);
    assert_eq!(figures(&store, "sales"), (0, 0, 0, 0));
    poll(&mut store, vec![queue("sales", &["qc9"], &[], 0, 2)]);
    assert_eq!(figures(&store, "sales"), (1, 0, 0, 0));
    let qc = store.queuecalls.get("qc9").unwrap().clone();
    assert_eq!(store.queue_of(&qc).map(|q| q.id.as_str()), Some("sales"));
}

#[test]
fn an_abandoned_call_counts_once_even_if_repeated() {
    let mut store = Store::default();
    poll(&mut store, vec![queue("sales", &["qc1"], &[], 0, 1)]);
    let abandoned = queuecall("qc1", "abandoned", 2);
    store.apply(&abandoned, 0);
    store.apply(&abandoned, 0);
    // The same state again with a later stamp (a deleted event, a replay) is no new abandon.
    store.apply(&queuecall("qc1", "abandoned", 3), 0);
    assert_eq!(figures(&store, "sales"), (0, 0, 0, 1));
    // The deployed total stays 0; the count survives the next poll.
    poll(&mut store, vec![queue("sales", &[], &[], 0, 4)]);
    assert_eq!(figures(&store, "sales"), (0, 0, 0, 1));
    assert_eq!(
        crate::views::dashboard::metrics::queue_board(&store, 0)
            .totals
            .abandoned,
        1
    );
}

#[test]
fn unknown_queue_ids_never_panic_and_still_count_in_the_totals() {
    let mut store = Store::default();
    store.apply(&queuecall_in("no-such-queue", "qc1", "abandoned", 1), 0);
    store.apply(&queuecall("qc2", "abandoned", 1), 0);
    store.apply(&queuecall_in("", "qc3", "service", 1), 0);
    assert_eq!(store.abandoned_outside_queues(), 2);
    poll(&mut store, vec![queue("sales", &["ghost"], &["qc3"], 0, 1)]);
    assert_eq!(figures(&store, "sales"), (1, 1, 0, 0));
    let qc1 = store.queuecalls.get("qc1").unwrap().clone();
    assert!(store.queue_of(&qc1).is_none());
    poll(&mut store, vec![]);
    assert!(store.queues.is_empty());
    assert_eq!(store.abandoned_outside_queues(), 2);
}

#[test]
fn documented_queue_events_are_snapshots_and_are_not_counted_twice() {
    let mut store = Store::default();
    store.apply(
        &envelope("queue_updated", queue_json("sales", &["qc1"], &[], 4, 1)),
        0,
    );
    store.apply(&queuecall_in("sales", "qc1", "service", 2), 0);
    assert_eq!(figures(&store, "sales"), (0, 1, 5, 0));
    store.apply(
        &envelope("queue_updated", queue_json("sales", &[], &["qc1"], 5, 2)),
        0,
    );
    assert_eq!(figures(&store, "sales"), (0, 1, 5, 0));
    // A caller the event names joins at once, before any poll lists it.
    store.apply(&queuecall_in("sales", "qc2", "waiting", 3), 0);
    assert_eq!(figures(&store, "sales"), (1, 1, 5, 0));
    // The documented counter wins when it is the larger.
    let mut counted = queue_json("sales", &["qc2"], &["qc1"], 5, 4);
    counted["total_abandoned_count"] = 3.into();
    store.apply(&envelope("queue_updated", counted), 0);
    assert_eq!(figures(&store, "sales"), (1, 1, 5, 3));
}

#[test]
fn callers_no_poll_lists_are_forgotten() {
    let mut store = Store::default();
    for i in 0..1000 {
        let id = format!("qc{i}");
        store.apply(&queuecall(&id, "waiting", 1), 0);
        store.apply(&queuecall(&id, "done", 2), 0);
    }
    poll(&mut store, vec![queue("sales", &["qc-live"], &[], 0, 2)]);
    assert_eq!(store.queue_ledger.tracked(), 1);
}

#[test]
fn without_polls_finished_callers_are_forgotten_past_a_bound() {
    // A desk page takes queuecall events all shift and never polls the queues.
    let mut store = Store::default();
    for i in 0..5000 {
        let id = format!("qc{i}");
        store.apply(&queuecall(&id, "waiting", 1), 0);
        store.apply(&queuecall(&id, "done", 2), 0);
    }
    store.apply(&queuecall("qc-live", "waiting", 3), 0);
    assert_eq!(store.queue_ledger.tracked(), queue_ledger::GONE_KEPT + 1);
}
