//! The store's rules, natively: merging snapshots with events, duplicates, ordering, final states
//! and bounded histories. Frames are decoded with the real protocol crate, as the app does.

use super::*;
use voipbin_protocol::{decode, Frame};

const CUSTOMER: &str = "5e4a0680-804e-11ec-8477-2fea5968d85b";

fn ts(second: u32) -> String {
    format!(
        "2026-11-23T10:{:02}:{:02}.000000Z",
        second / 60,
        second % 60
    )
}

fn call_json(id: &str, status: &str, updated: u32) -> serde_json::Value {
    serde_json::json!({
        "id": id, "customer_id": CUSTOMER, "status": status, "direction": "incoming",
        "source": {"type": "tel", "target": "+15551230000"}, "destination": {"type": "tel", "target": "+15559870000"},
        "tm_create": ts(0), "tm_update": ts(updated),
    })
}

fn event(kind_event: &str, data: serde_json::Value) -> Event {
    let text = serde_json::json!({"type": kind_event, "data": data}).to_string();
    match decode(&text) {
        Ok(Frame::Event(e)) => e,
        other => panic!("not an event: {other:?}"),
    }
}

fn call_event(id: &str, status: &str, updated: u32) -> Event {
    let name = match status {
        "hangup" => "call_hangup",
        "ringing" => "call_ringing",
        "progressing" => "call_progressing",
        _ => "call_updated",
    };
    event(name, call_json(id, status, updated))
}

fn call(id: &str, status: &str, updated: u32) -> Call {
    match Resource::from_json(&ResourceKind::Call, call_json(id, status, updated)) {
        Resource::Call(c) => c,
        other => panic!("not a call: {other:?}"),
    }
}

fn status_of(store: &Store, id: &str) -> Option<String> {
    store.calls.get(id).map(|c| c.status.to_string())
}

#[test]
fn duplicate_copies_change_nothing() {
    let mut store = Store::default();
    let e = call_event("c1", "ringing", 1);
    assert!(store.apply(&e, 0).calls);
    assert!(
        store.apply(&e, 0).is_empty(),
        "the deployed server's second copy"
    );
    assert_eq!(store.duplicates_dropped, 1);
    assert_eq!(store.calls.len(), 1);
}

#[test]
fn an_older_update_never_replaces_a_newer_one() {
    let mut store = Store::default();
    store.apply(&call_event("c1", "progressing", 5), 0);
    let changes = store.apply(&call_event("c1", "ringing", 3), 0);
    assert!(changes.is_empty());
    assert_eq!(status_of(&store, "c1").as_deref(), Some("progressing"));
}

#[test]
fn a_final_state_is_never_lost_to_a_late_non_final_one() {
    let mut store = Store::default();
    store.apply(&call_event("c1", "hangup", 5), 0);
    // Same timestamp, different content: still must not resurrect the call.
    store.apply(&call_event("c1", "progressing", 5), 0);
    assert_eq!(status_of(&store, "c1").as_deref(), Some("hangup"));
}

#[test]
fn out_of_order_delivery_converges_to_the_same_state() {
    let events: Vec<Event> = [("ringing", 1), ("progressing", 2), ("hangup", 3)]
        .iter()
        .map(|(s, t)| call_event("c1", s, *t))
        .collect();
    let mut in_order = Store::default();
    for e in &events {
        in_order.apply(e, 0);
    }
    let mut reversed = Store::default();
    for e in events.iter().rev() {
        reversed.apply(e, 0);
    }
    assert_eq!(status_of(&in_order, "c1"), status_of(&reversed, "c1"));
    assert_eq!(status_of(&reversed, "c1").as_deref(), Some("hangup"));
}

#[test]
fn deleted_events_remove_the_item() {
    let mut store = Store::default();
    store.apply(&call_event("c1", "progressing", 1), 0);
    store.apply(&event("call_deleted", call_json("c1", "hangup", 2)), 0);
    assert!(store.calls.get("c1").is_none());
}

#[test]
fn snapshot_removes_what_the_server_no_longer_lists() {
    let mut store = Store::default();
    store.apply(&call_event("gone", "progressing", 1), 0);
    store.apply(&call_event("kept", "progressing", 1), 0);
    store.begin_resync();
    store.merge(Snapshot::Calls(vec![
        call("kept", "progressing", 2),
        call("new", "ringing", 2),
    ]));
    store.end_resync();
    assert!(
        store.calls.get("gone").is_none(),
        "missed hangup while offline"
    );
    assert_eq!(status_of(&store, "kept").as_deref(), Some("progressing"));
    assert_eq!(status_of(&store, "new").as_deref(), Some("ringing"));
}

#[test]
fn an_event_during_resync_wins_over_an_older_snapshot() {
    let mut store = Store::default();
    store.begin_resync();
    // The event arrives while the REST list is in flight; the list was taken before it.
    store.apply(&call_event("fresh", "ringing", 9), 0);
    store.apply(&call_event("c1", "hangup", 9), 0);
    store.merge(Snapshot::Calls(vec![call("c1", "progressing", 4)]));
    store.end_resync();
    assert_eq!(
        status_of(&store, "fresh").as_deref(),
        Some("ringing"),
        "not in the snapshot, but newer"
    );
    assert_eq!(status_of(&store, "c1").as_deref(), Some("hangup"));
}

// The first resync ending must not drop what the second, still running, relies on: its snapshot
// was taken before the event and would remove the call (fixed bug: one resync's end cleared the
// marks of another that overlapped it, as after the switch to the deployed dialect's topics).
#[test]
fn overlapping_resyncs_keep_what_events_touched_until_the_last_one_ends() {
    let mut store = Store::default();
    store.begin_resync();
    store.begin_resync();
    store.apply(&call_event("fresh", "ringing", 9), 0);
    store.merge(Snapshot::Calls(vec![]));
    store.end_resync();
    store.merge(Snapshot::Calls(vec![]));
    assert_eq!(status_of(&store, "fresh").as_deref(), Some("ringing"));
    store.end_resync();
    store.merge(Snapshot::Calls(vec![]));
    assert!(
        store.calls.get("fresh").is_none(),
        "no resync running: a later snapshot is the truth again"
    );
}

#[test]
fn ended_calls_are_bounded() {
    let mut store = Store::default();
    for i in 0..(ENDED_CALLS_KEPT + 200) {
        store.apply(&call_event(&format!("c{i}"), "hangup", 1), 0);
    }
    store.apply(&call_event("live", "progressing", 1), 0);
    assert_eq!(store.calls.len(), ENDED_CALLS_KEPT + 1);
    assert!(
        store.calls.get("live").is_some(),
        "active calls are never evicted"
    );
    assert!(
        store.calls.get("c0").is_none(),
        "oldest ended call went first"
    );
}

#[test]
fn conversation_threads_and_transcripts_are_bounded() {
    let mut store = Store::default();
    for i in 0..(MESSAGES_PER_THREAD + 50) {
        let data = serde_json::json!({"id": format!("m{i}"), "conversation_id": "conv", "text": "hi", "direction": "incoming", "tm_update": ts(1)});
        store.apply(&event("conversation_message_created", data), 0);
    }
    for i in 0..(TRANSCRIPT_LINES_PER_CALL + 50) {
        let data = serde_json::json!({"id": format!("t{i}"), "transcribe_id": "tr", "message": "hello", "direction": "in"});
        store.apply(&event("transcript_created", data), 0);
    }
    assert_eq!(
        store.conversation_messages.get("conv").map(|t| t.len()),
        Some(MESSAGES_PER_THREAD)
    );
    assert_eq!(
        store.transcripts.get("tr").map(|t| t.len()),
        Some(TRANSCRIPT_LINES_PER_CALL)
    );
}

#[test]
fn lines_of_transcribes_never_seen_are_capped_to_a_few_calls() {
    let mut store = Store::default();
    store.apply(
        &event(
            "transcribe_created",
            serde_json::json!({"id": "known", "status": "progressing"}),
        ),
        0,
    );
    store.apply(
        &event(
            "transcript_created",
            serde_json::json!({"id": "k0", "transcribe_id": "known", "message": "hi"}),
        ),
        0,
    );
    for call in 0..1_000 {
        for line in 0..10 {
            let data = serde_json::json!({"id": format!("u{call}-{line}"), "transcribe_id": format!("unknown-{call}"), "message": "hello"});
            store.apply(&event("transcript_created", data), 0);
        }
        assert!(
            store.transcripts.len() <= 2 + UNKNOWN_TRANSCRIBES_KEPT,
            "{} transcribes' lines held after {call} unknown ones",
            store.transcripts.len()
        );
    }
    assert!(
        store.transcripts.contains_key("known"),
        "a known transcribe's lines stay"
    );
    assert!(
        store.transcripts.contains_key("unknown-999"),
        "the newest unknown one's lines stay"
    );
}

#[test]
fn delivery_status_updates_replace_the_message_in_place() {
    let mut store = Store::default();
    let mut data = serde_json::json!({"id": "m1", "conversation_id": "conv", "text": "hello", "direction": "outgoing", "status": "progressing", "tm_update": ts(1)});
    store.apply(&event("conversation_message_created", data.clone()), 0);
    data["status"] = "done".into();
    data["tm_update"] = ts(2).into();
    assert!(
        store
            .apply(&event("conversation_message_updated", data), 0)
            .conversations
    );
    let thread = store
        .conversation_messages
        .get("conv")
        .map(|t| t.iter().map(|m| m.status.to_string()).collect::<Vec<_>>());
    assert_eq!(thread, Some(vec!["done".to_string()]));
}

#[test]
fn the_waiting_queue_is_found_without_a_queue_id() {
    let mut store = Store::default();
    let queue = serde_json::json!({"id": "q1", "name": "Support", "wait_queuecall_ids": ["qc1"], "tm_update": ts(1)});
    store.apply(&event("queue_updated", queue), 0);
    let qc = serde_json::json!({"id": "qc1", "status": "waiting", "reference_type": "call", "reference_id": "c1", "tm_update": ts(1)});
    store.apply(&event("queuecall_waiting", qc), 0);
    let Some(queuecall) = store.queuecalls.get("qc1") else {
        panic!("queuecall kept")
    };
    assert_eq!(
        store.queue_of(queuecall).map(|q| q.name.as_str()),
        Some("Support")
    );
    assert_eq!(store.waiting_queuecalls().count(), 1);
}

#[test]
fn wrong_and_unknown_input_never_panics_the_store() {
    let mut store = Store::default();
    for text in [
        r#"{"type":"call_hangup","data":{"id":42,"status":["x"],"tm_update":null}}"#,
        r#"{"type":"totally_new_event","data":{"id":"x"}}"#,
        r#"{"type":"queuecall_waiting","data":{}}"#,
        r#"{"event_type":"call.status","topic":"x","data":{"id":"c9","status":"answered"}}"#,
        r#"{"id":"b1","transcribe_id":"t","message":"<script>alert(1)</script>","direction":"in"}"#,
    ] {
        if let Ok(Frame::Event(e)) = decode(text) {
            store.apply(&e, 0);
            store.sample(0);
        }
    }
    assert_eq!(
        status_of(&store, "c9").as_deref(),
        Some("progressing"),
        "answered is progressing"
    );
}

#[test]
fn a_replayed_frame_never_resurrects_a_removed_call() {
    let mut store = Store::default();
    store.apply(&call_event("c1", "progressing", 2), 0);
    store.begin_resync();
    store.merge(Snapshot::Calls(vec![]));
    store.end_resync();
    assert!(store.calls.get("c1").is_none());
    // The same frame replayed much later (after the dedup window), or an older one.
    let mut replay = Store::default();
    std::mem::swap(&mut replay.calls, &mut store.calls);
    replay.apply(&call_event("c1", "progressing", 2), 0);
    replay.apply(&call_event("c1", "ringing", 1), 0);
    assert!(replay.calls.get("c1").is_none(), "no resurrection");
    replay.apply(&call_event("c1", "progressing", 3), 0);
    assert_eq!(
        status_of(&replay, "c1").as_deref(),
        Some("progressing"),
        "a newer update is real"
    );
}

#[test]
fn a_running_transcript_merged_after_reconnect_joins_live_lines_without_doubles() {
    let line = |id: &str, message: &str| match Resource::from_json(
        &ResourceKind::Transcript,
        serde_json::json!({"id": id, "transcribe_id": "t1", "direction": "in", "message": message,
            "tm_transcript": ts(1), "tm_create": ts(1)}),
    ) {
        Resource::Transcript(t) => t,
        other => panic!("not a transcript: {other:?}"),
    };
    let mut store = Store::default();
    let live = event(
        "transcript_created",
        serde_json::json!({"id": "l2", "transcribe_id": "t1", "direction": "out", "message": "How can I help?"}),
    );
    assert!(store.apply(&live, 0).transcripts);
    let changes = store.merge(Snapshot::Transcripts(vec![
        line("l1", "Hello"),
        line("l2", "How can I help?"),
    ]));
    assert!(changes.transcripts);
    let ids: Vec<&str> = store.transcripts["t1"]
        .iter()
        .map(|l| l.id.as_str())
        .collect();
    assert_eq!(ids.len(), 2, "{ids:?}");
    assert!(ids.contains(&"l1") && ids.contains(&"l2"));
}

#[test]
fn finished_transcribes_recordings_and_their_lines_are_bounded() {
    let mut store = Store::default();
    let total = ENDED_CALLS_KEPT + 300;
    for i in 0..total {
        let id = format!("t{i}");
        let created = |status: &str| {
            event(
                "transcribe_progressing",
                serde_json::json!({"id": id, "reference_id": format!("c{i}"), "status": status, "tm_update": ts(if status == "done" { 2 } else { 1 })}),
            )
        };
        store.apply(&created("progressing"), 0);
        store.apply(
            &event(
                "transcript_created",
                serde_json::json!({"id": format!("l{i}"), "transcribe_id": id, "direction": "in", "message": "hi"}),
            ),
            0,
        );
        store.apply(&created("done"), 0);
        store.apply(
            &event(
                "recording_finished",
                serde_json::json!({"id": format!("r{i}"), "reference_id": format!("c{i}"), "status": "ended", "tm_update": ts(2)}),
            ),
            0,
        );
    }
    assert_eq!(store.transcribes.len(), ENDED_CALLS_KEPT);
    assert_eq!(store.recordings.len(), ENDED_CALLS_KEPT);
    assert!(
        store.transcripts.len() <= ENDED_CALLS_KEPT + 1,
        "{}",
        store.transcripts.len()
    );
    assert!(
        store.transcripts.contains_key(&format!("t{}", total - 1)),
        "the newest stay"
    );
    assert!(!store.transcripts.contains_key("t0"), "the oldest go");
}

#[test]
fn conversations_and_their_threads_are_bounded() {
    let mut store = Store::default();
    let total = CONVERSATIONS_KEPT + 50;
    for i in 0..total {
        let id = format!("conv{i}");
        store.apply(
            &event(
                "conversation_created",
                serde_json::json!({"id": id, "tm_update": ts(1)}),
            ),
            0,
        );
        store.apply(
            &event(
                "conversation_message_created",
                serde_json::json!({"id": format!("m{i}"), "conversation_id": id, "text": "hi", "tm_update": ts(1)}),
            ),
            0,
        );
    }
    assert_eq!(store.conversations.len(), CONVERSATIONS_KEPT);
    assert!(
        store.conversation_messages.len() <= CONVERSATIONS_KEPT,
        "{}",
        store.conversation_messages.len()
    );
    assert!(store.conversations.contains(&format!("conv{}", total - 1)));
    assert!(!store.conversation_messages.contains_key("conv0"));
}

#[test]
fn lines_of_finished_transcribes_are_bounded_in_all_and_running_ones_keep_theirs() {
    let mut store = Store::default();
    let transcribe = |id: &str, status: &str, second: u32| {
        event(
            "transcribe_progressing",
            serde_json::json!({"id": id, "reference_id": format!("c-{id}"), "status": status, "tm_update": ts(second)}),
        )
    };
    let line = |transcribe_id: &str, n: usize| {
        event(
            "transcript_created",
            serde_json::json!({"id": format!("{transcribe_id}-l{n}"), "transcribe_id": transcribe_id, "direction": "in", "message": "hello"}),
        )
    };
    // A long call still being transcribed, then many short calls that finish.
    store.apply(&transcribe("live", "progressing", 1), 0);
    for n in 0..200 {
        store.apply(&line("live", n), 0);
    }
    let per_call = 100;
    let calls = 2 * FINISHED_TRANSCRIPT_LINES_KEPT / per_call;
    for i in 0..calls {
        let id = format!("t{i}");
        store.apply(&transcribe(&id, "progressing", 1), 0);
        for n in 0..per_call {
            store.apply(&line(&id, n), 0);
        }
        store.apply(&transcribe(&id, "done", 2), 0);
    }
    let finished_lines: usize = store
        .transcripts
        .iter()
        .filter(|(id, _)| id.as_str() != "live")
        .map(|(_, lines)| lines.len())
        .sum();
    assert!(
        finished_lines <= FINISHED_TRANSCRIPT_LINES_KEPT,
        "{finished_lines} lines of finished calls held"
    );
    assert!(
        finished_lines > FINISHED_TRANSCRIPT_LINES_KEPT - per_call,
        "no more evicted than needed: {finished_lines}"
    );
    assert_eq!(
        store.transcripts.get("live").map(|l| l.len()),
        Some(200),
        "the running call keeps its lines"
    );
    assert!(
        store.transcripts.contains_key(&format!("t{}", calls - 1)),
        "the newest stay"
    );
    assert!(!store.transcripts.contains_key("t0"), "the oldest go");
    assert!(!store.transcribes.contains("t0"), "with their transcribe");
}
