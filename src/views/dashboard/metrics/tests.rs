//! The dashboard's figures on small hand-built stores: each test states the numbers a supervisor
//! should read for a situation, including the awkward ones (no queue id on queue calls, legs,
//! unset "9999" times, ties).

use super::*;
use crate::store::{History, Store};
use voipbin_protocol::{
    Activeflow, ActiveflowStatus, Address, Agent, AgentStatus, Call, CallStatus, Conference,
    ConferenceStatus, Direction, Queue, Queuecall, QueuecallStatus, Recording, RecordingStatus,
    Transcribe, Transcript, TranscriptDirection, NOT_DELETED,
};

impl CallPage {
    fn row(&self, id: &str) -> Option<&CallRow> {
        self.rows.iter().find(|r| r.id == id)
    }
}

impl AgentPage {
    fn row(&self, id: &str) -> Option<&AgentRow> {
        self.rows.iter().find(|r| r.id == id)
    }
}

const T0: i64 = 1_795_000_000_000; // some time in 2026

fn ts(ms: i64) -> String {
    voipbin_protocol::format_timestamp_ms(ms)
}

fn tel(number: &str, name: &str) -> Address {
    let mut a = Address::new("tel", number);
    a.target_name = name.to_string();
    a
}

fn call(id: &str, status: CallStatus, created: i64) -> Call {
    Call {
        id: id.into(),
        status,
        direction: Direction::Incoming,
        source: tel("+15550001", "Caller"),
        destination: tel("+15559999", "Sales line"),
        tm_create: ts(created),
        tm_update: ts(created),
        tm_delete: NOT_DELETED.into(),
        ..Call::default()
    }
}

fn agent(id: &str, name: &str, status: AgentStatus) -> Agent {
    Agent {
        id: id.into(),
        name: name.into(),
        username: format!("{id}@demo"),
        status,
        tm_update: ts(T0),
        ..Agent::default()
    }
}

fn queue(id: &str, name: &str, waiting: &[&str], service: &[&str]) -> Queue {
    Queue {
        id: id.into(),
        name: name.into(),
        wait_queuecall_ids: waiting.iter().map(|s| s.to_string()).collect(),
        service_queuecall_ids: service.iter().map(|s| s.to_string()).collect(),
        tm_update: ts(T0),
        ..Queue::default()
    }
}

fn queuecall(id: &str, call_id: &str, status: QueuecallStatus, created: i64) -> Queuecall {
    Queuecall {
        id: id.into(),
        reference_type: "call".into(),
        reference_id: call_id.into(),
        status,
        source: tel("+1555000", &format!("Caller {id}")),
        tm_create: ts(created),
        tm_service: NOT_DELETED.into(),
        tm_update: ts(created),
        tm_delete: NOT_DELETED.into(),
        ..Queuecall::default()
    }
}

#[test]
fn instant_ignores_the_not_yet_marker() {
    assert_eq!(instant(NOT_DELETED), None);
    assert_eq!(instant("9999-12-31T23:59:59.999999Z"), None);
    assert_eq!(instant("9998-12-31T23:59:59Z").map(|ms| ms > 0), Some(true));
    assert_eq!(instant(""), None);
    assert_eq!(instant(&ts(T0)), Some(T0));
}

#[test]
fn active_calls_exclude_hangups_and_count_legs() {
    let mut s = Store::default();
    s.calls.upsert(call("a", CallStatus::Progressing, T0));
    s.calls.upsert(call("b", CallStatus::Ringing, T0));
    s.calls.upsert(call("c", CallStatus::Hangup, T0));
    let mut leg = call("leg", CallStatus::Dialing, T0);
    leg.master_call_id = "a".into();
    s.calls.upsert(leg);
    assert_eq!(active_calls(&s), ActiveCalls { total: 3, legs: 1 });
}

#[test]
fn waiting_counts_waiting_and_connecting_and_finds_the_oldest() {
    let mut s = Store::default();
    s.queuecalls
        .upsert(queuecall("q1", "c1", QueuecallStatus::Waiting, T0 + 5_000));
    s.queuecalls
        .upsert(queuecall("q2", "c2", QueuecallStatus::Connecting, T0));
    s.queuecalls
        .upsert(queuecall("q3", "c3", QueuecallStatus::Service, T0 - 60_000));
    s.queuecalls.upsert(queuecall(
        "q4",
        "c4",
        QueuecallStatus::Abandoned,
        T0 - 90_000,
    ));
    let mut w = waiting(&s);
    w.joined_ms.sort();
    assert_eq!(
        w,
        Waiting {
            callers: 2,
            oldest_since_ms: Some(T0),
            joined_ms: vec![T0, T0 + 5_000],
        }
    );
    assert_eq!(waiting(&Store::default()), Waiting::default());
}

#[test]
fn agents_are_counted_by_status() {
    let mut s = Store::default();
    for (i, st) in [
        AgentStatus::Available,
        AgentStatus::Available,
        AgentStatus::Busy,
        AgentStatus::Ringing,
        AgentStatus::Away,
        AgentStatus::Offline,
        AgentStatus::None,
    ]
    .into_iter()
    .enumerate()
    {
        s.agents.upsert(agent(&format!("a{i}"), "x", st));
    }
    let c = agent_counts(&s);
    assert_eq!(
        (c.available, c.busy, c.ringing, c.away, c.offline, c.other),
        (2, 1, 1, 1, 1, 1)
    );
    assert_eq!(c.occupied(), 2);
}

#[test]
fn queue_totals_sum_every_queue() {
    let mut s = Store::default();
    let mut a = queue("qa", "A", &[], &[]);
    (
        a.total_incoming_count,
        a.total_serviced_count,
        a.total_abandoned_count,
    ) = (10, 7, 2);
    let mut b = queue("qb", "B", &[], &[]);
    (
        b.total_incoming_count,
        b.total_serviced_count,
        b.total_abandoned_count,
    ) = (5, 3, 1);
    s.queues.upsert(a);
    s.queues.upsert(b);
    assert_eq!(
        queue_board(&s, 0).totals,
        QueueTotals {
            incoming: 15,
            serviced: 10,
            abandoned: 3
        }
    );
}

#[test]
fn service_level_is_the_share_within_the_threshold() {
    let sl = service_level(&[5_000, 20_000, 20_001, 90_000], 20_000);
    assert_eq!(
        sl,
        ServiceLevel {
            within: 2,
            answered: 4
        }
    );
    assert_eq!(sl.percent(), Some(50));
    assert_eq!(service_level(&[], 20_000).percent(), None);
    // Rounded down: 2 of 3 is 66 %, and 99.9 % never reads as 100.
    assert_eq!(service_level(&[1, 1, 99_999], 10).percent(), Some(66));
    let mut many = vec![0; 999];
    many.push(1_000_000);
    assert_eq!(service_level(&many, 10).percent(), Some(99));
}

#[test]
fn answered_waits_use_the_larger_sample() {
    let mut s = Store::default();
    let mut served = queuecall("q1", "c1", QueuecallStatus::Service, T0);
    served.tm_service = ts(T0 + 12_000);
    s.queuecalls.upsert(served);
    let mut done = queuecall("q2", "c2", QueuecallStatus::Done, T0);
    done.duration_waiting = 40_000;
    done.tm_service = ts(T0 + 40_000);
    s.queuecalls.upsert(done);
    s.queuecalls
        .upsert(queuecall("q3", "c3", QueuecallStatus::Waiting, T0));
    s.queuecalls
        .upsert(queuecall("q4", "c4", QueuecallStatus::Abandoned, T0));
    let mut waits = answered_waits(&s);
    waits.sort();
    assert_eq!(
        waits,
        vec![12_000, 40_000],
        "right after load: from the table"
    );
    for w in [1_000, 2_000, 3_000] {
        s.answered_waits_ms.push(w);
    }
    assert_eq!(
        answered_waits(&s),
        vec![1_000, 2_000, 3_000],
        "later: the store's record"
    );
    s.answered_waits_ms.push(4_000);
    assert_eq!(
        answered_waits(&s),
        vec![1_000, 2_000, 3_000, 4_000],
        "a record as long as the table: the table is not read"
    );
}

#[test]
fn queue_rows_list_counts_and_oldest_callers_in_name_order() {
    let mut s = Store::default();
    let mut sales = queue("q-s", "Sales", &["w1", "w2", "w3"], &["sv1"]);
    (sales.total_serviced_count, sales.total_abandoned_count) = (4, 1);
    s.queues.upsert(sales);
    s.queues.upsert(queue("q-b", "Billing", &[], &[]));
    s.queuecalls
        .upsert(queuecall("w1", "c1", QueuecallStatus::Waiting, T0 + 30_000));
    s.queuecalls
        .upsert(queuecall("w2", "c2", QueuecallStatus::Connecting, T0));
    s.queuecalls
        .upsert(queuecall("w3", "c3", QueuecallStatus::Waiting, T0 + 10_000));
    let rows = queue_rows(&s, 2);
    assert_eq!(
        rows.iter().map(|r| r.name.as_str()).collect::<Vec<_>>(),
        ["Billing", "Sales"]
    );
    let sales = &rows[1];
    assert_eq!(
        (
            sales.waiting,
            sales.in_service,
            sales.serviced,
            sales.abandoned
        ),
        (3, 1, 4, 1)
    );
    assert_eq!(sales.oldest_since_ms, Some(T0));
    let shown: Vec<_> = sales
        .callers
        .iter()
        .map(|c| (c.queuecall_id.as_str(), c.connecting))
        .collect();
    assert_eq!(
        shown,
        [("w2", true), ("w3", false)],
        "oldest two, ringing one marked"
    );
    assert_eq!(
        sales.callers[0].caller, "Caller w2",
        "name only: the chips are small"
    );
    assert_eq!(rows[0].oldest_since_ms, None);
}

fn busy_store() -> Store {
    let mut s = Store::default();
    s.agents.upsert(agent("ag1", "Zoe", AgentStatus::Busy));
    s.agents.upsert(agent("ag2", "Adam", AgentStatus::Ringing));
    s.queues.upsert(queue("qs", "Sales", &["qc2"], &["qc1"]));
    // c1: served by Zoe (owner set by the bridge); c2 waiting with Adam's leg ringing.
    let mut c1 = call("c1", CallStatus::Progressing, T0);
    c1.owner_type = "agent".into();
    c1.owner_id = "ag1".into();
    c1.source = tel("+1555111", "Ann");
    s.calls.upsert(c1);
    let mut c2 = call("c2", CallStatus::Progressing, T0 + 1_000);
    c2.source = tel("+1555222", "Bob");
    s.calls.upsert(c2);
    let mut leg = call("leg2", CallStatus::Ringing, T0 + 2_000);
    leg.master_call_id = "c2".into();
    leg.direction = Direction::Outgoing;
    leg.owner_type = "agent".into();
    leg.owner_id = "ag2".into();
    leg.source = tel("+1555222", "Bob");
    leg.destination = Address::new("extension", "2002");
    s.calls.upsert(leg);
    s.calls.upsert(call("gone", CallStatus::Hangup, T0 - 5_000));
    let mut qc1 = queuecall("qc1", "c1", QueuecallStatus::Service, T0);
    qc1.service_agent_id = "ag1".into();
    s.queuecalls.upsert(qc1);
    s.queuecalls.upsert(queuecall(
        "qc2",
        "c2",
        QueuecallStatus::Connecting,
        T0 + 1_000,
    ));
    s
}

#[test]
fn call_rows_join_agent_and_queue_for_calls_and_legs() {
    let s = busy_store();
    let page = call_page(&s, &CallQuery::default());
    assert_eq!((page.active, page.matching), (3, 3));
    let ids: Vec<_> = page.rows.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["c1", "c2", "leg2"], "longest first");
    let c1 = page.row("c1").cloned().unwrap_or_default();
    assert_eq!((c1.agent.as_str(), c1.queue.as_str()), ("Zoe", "Sales"));
    assert_eq!(c1.from, "Ann (+1555111)");
    let c2 = page.row("c2").cloned().unwrap_or_default();
    assert_eq!(
        (c2.agent.as_str(), c2.queue.as_str()),
        ("", "Sales"),
        "not answered yet"
    );
    let leg = page.row("leg2").cloned().unwrap_or_default();
    assert_eq!(
        (leg.agent.as_str(), leg.queue.as_str()),
        ("Adam", "Sales"),
        "leg: queue of its master"
    );
    assert!(page.row("gone").is_none());
}

#[test]
fn a_call_queued_twice_shows_its_live_queue_call_in_either_order() {
    for live_first in [true, false] {
        let mut s = Store::default();
        s.calls.upsert(call("c1", CallStatus::Progressing, T0));
        s.queues.upsert(queue("qa", "Sales", &[], &[]));
        s.queues.upsert(queue("qb", "Support", &[], &["qc-live"]));
        let mut done = queuecall("qc-done", "c1", QueuecallStatus::Done, T0);
        done.queue_id = "qa".into();
        done.service_agent_id = "ag-old".into();
        // No queue id: found through Support's service list.
        let mut live = queuecall("qc-live", "c1", QueuecallStatus::Service, T0 + 1_000);
        live.service_agent_id = "ag1".into();
        s.agents.upsert(agent("ag1", "Zoe", AgentStatus::Busy));
        let (first, second) = if live_first {
            (live, done)
        } else {
            (done, live)
        };
        s.queuecalls.upsert(first);
        s.queuecalls.upsert(second);
        let page = call_page(&s, &CallQuery::default());
        let row = page.row("c1").cloned().unwrap_or_default();
        assert_eq!(
            (row.queue.as_str(), row.agent.as_str()),
            ("Support", "Zoe"),
            "live first: {live_first}"
        );
    }
}

#[test]
fn call_rows_filter_sort_and_limit() {
    let s = busy_store();
    let q = |text: &str, sort, descending, limit| CallQuery {
        text: text.into(),
        sort,
        descending,
        limit,
        ..CallQuery::default()
    };
    let ids = |p: CallPage| p.rows.into_iter().map(|r| r.id).collect::<Vec<_>>();
    assert_eq!(
        ids(call_page(&s, &q("bob", CallSort::Duration, true, 50))),
        ["c2", "leg2"]
    );
    assert_eq!(
        ids(call_page(&s, &q("ZOE", CallSort::Duration, true, 50))),
        ["c1"],
        "any case"
    );
    assert_eq!(
        ids(call_page(&s, &q("", CallSort::Duration, false, 50))),
        ["leg2", "c2", "c1"]
    );
    assert_eq!(
        ids(call_page(&s, &q("", CallSort::Agent, false, 50))),
        ["c2", "leg2", "c1"]
    );
    let limited = call_page(&s, &q("", CallSort::Duration, true, 2));
    assert_eq!((limited.matching, limited.rows.len()), (3, 2));
    assert_eq!(
        ids(limited),
        ["c1", "c2"],
        "the first two of the full order"
    );
    let ringing = call_page(
        &s,
        &CallQuery {
            status: Some(CallStatus::Ringing),
            ..CallQuery::default()
        },
    );
    assert_eq!(ids(ringing), ["leg2"]);
    let outgoing = call_page(
        &s,
        &CallQuery {
            direction: Some(Direction::Outgoing),
            ..CallQuery::default()
        },
    );
    assert_eq!(ids(outgoing), ["leg2"]);
}

#[test]
fn equal_sort_keys_keep_a_fixed_order_by_id() {
    let mut s = Store::default();
    for id in ["d", "b", "a", "c"] {
        s.calls.upsert(call(id, CallStatus::Progressing, T0));
    }
    for descending in [true, false] {
        let page = call_page(
            &s,
            &CallQuery {
                descending,
                ..CallQuery::default()
            },
        );
        let ids: Vec<_> = page.rows.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(
            ids,
            ["a", "b", "c", "d"],
            "ties never swap, whatever the direction"
        );
        assert_eq!(page.row("c").map(|r| r.id.as_str()), Some("c"));
    }
    for limit in 1..=4 {
        let page = call_page(
            &s,
            &CallQuery {
                limit,
                ..CallQuery::default()
            },
        );
        let ids: Vec<_> = page.rows.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(
            ids,
            ["a", "b", "c", "d"][..limit],
            "a cut keeps the same prefix"
        );
    }
}

#[test]
fn case_insensitive_match_handles_unicode_and_short_haystacks() {
    assert!(contains_ignoring_case("Bob Smith", "smith"));
    assert!(!contains_ignoring_case("Bo", "bob"));
    assert!(contains_ignoring_case("ÉLODIE", "élodie"));
    assert!(contains_ignoring_case("", ""));
}

#[test]
fn agent_board_in_name_order_with_current_calls() {
    let mut s = busy_store();
    s.agents.upsert(agent("ag3", "Mia", AgentStatus::Away));
    let page = agent_page(&s, AgentFilter::All, 10);
    let names: Vec<_> = page.rows.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, ["Adam", "Mia", "Zoe"]);
    let zoe = page.row("ag1").cloned().unwrap_or_default();
    assert_eq!(
        zoe.call
            .as_ref()
            .map(|c| (c.call_id.as_str(), c.party.as_str())),
        Some(("c1", "Ann (+1555111)"))
    );
    assert_eq!(zoe.since_ms, Some(T0));
    let adam = page.row("ag2").cloned().unwrap_or_default();
    assert_eq!(
        adam.call.map(|c| c.call_id),
        Some("leg2".to_string()),
        "the leg ringing him"
    );
    assert_eq!(page.row("ag3").and_then(|r| r.call.clone()), None);

    let on_call = agent_page(&s, AgentFilter::OnCall, 10);
    assert_eq!(on_call.matching, 2);
    let limited = agent_page(&s, AgentFilter::All, 1);
    assert_eq!((limited.matching, limited.rows.len()), (3, 1));
}

#[test]
fn last_hour_has_sixty_minutes_zero_filled() {
    let mut h = History::default();
    let now = T0 - T0.rem_euclid(60_000) + 30_000;
    h.record_call(now - 5 * 60_000);
    h.record_call(now - 5 * 60_000);
    h.record_waiting(now - 5 * 60_000, 7);
    h.record_call(now);
    h.record_waiting(now, 3);
    h.record_waiting(now, 2);
    let points = last_hour(&h, now);
    assert_eq!(points.len(), 60);
    let last = points[59];
    assert_eq!((last.calls, last.waiting_peak), (1, 3));
    assert_eq!(last.minute_ms, now - 30_000);
    assert_eq!((points[54].calls, points[54].waiting_peak), (2, 7));
    assert_eq!(points.iter().map(|p| p.calls).sum::<u32>(), 3);
    // An hour later everything has scrolled out.
    assert!(last_hour(&h, now + 3_600_000).iter().all(|p| p.calls == 0));
}

#[test]
fn histogram_bins_by_wait() {
    let bins = histogram([
        0, 14_999, 15_000, 59_999, 60_000, 299_999, 600_000, 9_999_999,
    ]);
    assert_eq!(bins, [2, 1, 1, 1, 1, 0, 2]);
    assert_eq!(histogram([]), [0; 7]);
}

#[test]
fn current_waits_are_measured_from_joining() {
    let mut s = Store::default();
    s.queuecalls
        .upsert(queuecall("q1", "c1", QueuecallStatus::Waiting, T0));
    s.queuecalls
        .upsert(queuecall("q2", "c2", QueuecallStatus::Service, T0));
    s.queuecalls
        .upsert(queuecall("q3", "c3", QueuecallStatus::Waiting, T0 + 10_000));
    let mut w: Vec<i64> = current_waits(&waiting(&s).joined_ms, T0 + 20_000).collect();
    w.sort();
    assert_eq!(w, vec![10_000, 20_000]);
}

fn transcript(id: &str, transcribe: &str, dir: TranscriptDirection, at: i64, text: &str) -> Event {
    let t = Transcript {
        id: id.into(),
        transcribe_id: transcribe.into(),
        direction: dir,
        message: text.into(),
        tm_transcript: ts(at),
        tm_create: ts(at),
        ..Transcript::default()
    };
    let text = serde_json::json!({"type": "transcript_created", "data": t}).to_string();
    match voipbin_protocol::decode(&text) {
        Ok(voipbin_protocol::Frame::Event(e)) => e,
        other => panic!("not an event: {other:?}"),
    }
}

use voipbin_protocol::Event;

#[test]
fn transcript_feed_merges_calls_newest_first() {
    let mut s = busy_store();
    s.transcribes.upsert(Transcribe {
        id: "tr1".into(),
        reference_type: "call".into(),
        reference_id: "c1".into(),
        tm_update: ts(T0),
        ..Transcribe::default()
    });
    let lines = [
        ("l1", "tr1", TranscriptDirection::In, T0 + 1_000, "hello"),
        (
            "l2",
            "tr1",
            TranscriptDirection::Out,
            T0 + 3_000,
            "hi, how can I help",
        ),
        (
            "m1",
            "tr2",
            TranscriptDirection::In,
            T0 + 2_000,
            "other call",
        ),
        ("l3", "tr1", TranscriptDirection::In, T0 + 5_000, "my bill"),
    ];
    for (id, tr, dir, at, text) in lines {
        s.apply(&transcript(id, tr, dir, at, text), at);
    }
    let feed = latest_transcripts(&s, 3);
    let ids: Vec<_> = feed.iter().map(|l| l.id.as_str()).collect();
    assert_eq!(ids, ["l3", "l2", "m1"]);
    assert_eq!(
        (feed[0].speaker.as_str(), feed[0].from_caller),
        ("Ann (+1555111)", true)
    );
    assert_eq!(feed[1].speaker, "Zoe", "the agent serving the call");
    assert_eq!(feed[2].speaker, "", "unknown call: the view names the side");
    assert_eq!(latest_transcripts(&s, 10).len(), 4);
    assert!(latest_transcripts(&s, 0).is_empty());
}

#[test]
fn recording_feed_counts_running_and_lists_newest() {
    let mut s = busy_store();
    let rec =
        |id: &str, call: &str, status: RecordingStatus, start: i64, end: Option<i64>| Recording {
            id: id.into(),
            reference_type: "call".into(),
            reference_id: call.into(),
            status,
            tm_start: ts(start),
            tm_end: end.map(ts).unwrap_or_else(|| NOT_DELETED.into()),
            tm_update: ts(end.unwrap_or(start)),
            ..Recording::default()
        };
    s.recordings
        .upsert(rec("r1", "c1", RecordingStatus::Recording, T0, None));
    s.recordings.upsert(rec(
        "r2",
        "c2",
        RecordingStatus::Ended,
        T0 - 60_000,
        Some(T0 + 5_000),
    ));
    s.recordings.upsert(rec(
        "r3",
        "zz",
        RecordingStatus::Ended,
        T0 - 90_000,
        Some(T0 - 80_000),
    ));
    let feed = recording_feed(&s, 2);
    assert_eq!(feed.recording_now, 1);
    let ids: Vec<_> = feed.recent.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["r2", "r1"]);
    assert_eq!(feed.recent[0].length_ms, Some(65_000));
    assert_eq!(feed.recent[1].party, "Ann (+1555111)");
    assert!(feed.recent[1].recording);
}

#[test]
fn flow_progress_groups_running_flows_by_action() {
    let mut s = busy_store();
    let flow = |id: &str, action: &str, status: ActiveflowStatus, at: i64| Activeflow {
        id: id.into(),
        status,
        reference_type: "call".into(),
        reference_id: "c1".into(),
        current_action: serde_json::json!({"id": "x", "type": action}),
        executed_actions: vec![voipbin_protocol::RawJson::from_value(
            &serde_json::json!({"type": "answer"}),
        )],
        tm_update: ts(at),
        ..Activeflow::default()
    };
    s.activeflows
        .upsert(flow("f1", "queue_join", ActiveflowStatus::Running, T0));
    s.activeflows.upsert(flow(
        "f2",
        "queue_join",
        ActiveflowStatus::Running,
        T0 + 1_000,
    ));
    s.activeflows
        .upsert(flow("f3", "talk", ActiveflowStatus::Running, T0 + 2_000));
    s.activeflows
        .upsert(flow("f4", "talk", ActiveflowStatus::Ended, T0 + 3_000));
    let p = flow_progress(&s, 2);
    assert_eq!(p.running, 3);
    assert_eq!(
        p.by_action,
        vec![("queue_join".to_string(), 2), ("talk".to_string(), 1)]
    );
    let recent: Vec<_> = p
        .recent
        .iter()
        .map(|f| (f.id.as_str(), f.action.as_str()))
        .collect();
    assert_eq!(recent, [("f3", "talk"), ("f2", "queue_join")]);
    assert_eq!(p.recent[0].steps, 1);
    assert_eq!(action_type(&serde_json::Value::Null), "—");
}

#[test]
fn conferences_list_live_ones_with_participants() {
    let mut s = Store::default();
    let conf = |id: &str, status: ConferenceStatus, n: usize, at: i64| Conference {
        id: id.into(),
        name: format!("Room {id}"),
        status,
        conferencecall_ids: (0..n).map(|i| format!("cc{i}")).collect(),
        tm_create: ts(at),
        tm_update: ts(at),
        ..Conference::default()
    };
    s.conferences
        .upsert(conf("b", ConferenceStatus::Progressing, 3, T0 + 1));
    s.conferences
        .upsert(conf("a", ConferenceStatus::Starting, 0, T0));
    s.conferences
        .upsert(conf("z", ConferenceStatus::Terminated, 0, T0 - 1));
    let rows = conferences(&s);
    let got: Vec<_> = rows
        .iter()
        .map(|r| (r.id.as_str(), r.participants))
        .collect();
    assert_eq!(got, [("a", 0), ("b", 3)]);
}

#[test]
fn an_agent_busy_without_a_call_for_over_a_minute_is_stuck() {
    let mut s = Store::default();
    s.agents.upsert(agent("ag1", "Zoe", AgentStatus::Busy));
    let row = |s: &Store| {
        agent_page(s, AgentFilter::All, 10)
            .row("ag1")
            .cloned()
            .unwrap_or_default()
    };
    assert!(
        !is_stuck_busy(&row(&s), T0 + STUCK_BUSY_MS),
        "a minute is allowed"
    );
    assert!(is_stuck_busy(&row(&s), T0 + STUCK_BUSY_MS + 1));

    // Its call hung up 30 s ago: the minute counts from the hangup, not the status change.
    let mut ended = call("c1", CallStatus::Hangup, T0);
    (ended.owner_type, ended.owner_id) = ("agent".into(), "ag1".into());
    ended.tm_hangup = ts(T0 + 50_000);
    s.calls.upsert(ended);
    assert!(!is_stuck_busy(&row(&s), T0 + 80_000));
    assert!(is_stuck_busy(&row(&s), T0 + 110_001));

    // On a live call, or any other status, it is not stuck.
    let mut live = call("c2", CallStatus::Progressing, T0);
    (live.owner_type, live.owner_id) = ("agent".into(), "ag1".into());
    s.calls.upsert(live);
    assert!(!is_stuck_busy(&row(&s), T0 + 600_000));
    s.calls.remove("c2");
    s.agents.upsert(Agent {
        tm_update: ts(T0 + 1),
        ..agent("ag1", "Zoe", AgentStatus::Away)
    });
    assert!(!is_stuck_busy(&row(&s), T0 + 600_000));
}

/// The agents board's calls come from the store's indexes (`served_calls`); a caller is rung at
/// one agent, goes to the next, is answered and hangs up, and each card follows.
#[test]
fn agent_cards_follow_a_call_through_ring_reassign_answer_and_hangup() {
    let mut s = Store::default();
    s.agents.upsert(agent("ag1", "Zoe", AgentStatus::Available));
    s.agents
        .upsert(agent("ag2", "Adam", AgentStatus::Available));
    let call_of = |s: &Store, agent: &str| {
        agent_page(s, AgentFilter::All, 10)
            .row(agent)
            .and_then(|r| r.call.as_ref().map(|c| c.call_id.clone()))
    };
    let at = |c: Call, t: i64| Call {
        tm_update: ts(t),
        ..c
    };
    let leg = |id: &str, owner: &str, status: CallStatus, t: i64| Call {
        master_call_id: "c1".into(),
        owner_type: "agent".into(),
        owner_id: owner.into(),
        ..call(id, status, t)
    };
    let queued = |status: QueuecallStatus, agent: &str, t: i64| Queuecall {
        service_agent_id: agent.into(),
        tm_update: ts(t),
        ..queuecall("q1", "c1", status, T0)
    };

    s.calls.upsert(call("c1", CallStatus::Progressing, T0));
    s.queuecalls
        .upsert(queued(QueuecallStatus::Waiting, "", T0));
    assert_eq!((call_of(&s, "ag1"), call_of(&s, "ag2")), (None, None));

    // Ag1 is rung: the caller's call, not the leg, is its current call.
    s.queuecalls
        .upsert(queued(QueuecallStatus::Connecting, "ag1", T0 + 1_000));
    s.calls
        .upsert(leg("l1", "ag1", CallStatus::Ringing, T0 + 1_000));
    assert_eq!(call_of(&s, "ag1").as_deref(), Some("c1"));

    // No answer: the caller goes to ag2; ag1's leg ends and it is free from then.
    s.queuecalls
        .upsert(queued(QueuecallStatus::Connecting, "ag2", T0 + 20_000));
    s.calls.upsert(Call {
        tm_hangup: ts(T0 + 20_000),
        ..at(leg("l1", "ag1", CallStatus::Hangup, T0), T0 + 20_000)
    });
    s.calls
        .upsert(leg("l2", "ag2", CallStatus::Ringing, T0 + 20_000));
    let page = agent_page(&s, AgentFilter::All, 10);
    let ag1 = page.row("ag1").cloned().unwrap_or_default();
    assert_eq!(ag1.call, None);
    assert_eq!(ag1.free_since_ms, Some(T0 + 20_000));
    assert_eq!(call_of(&s, "ag2").as_deref(), Some("c1"));

    // Answered, then the caller hangs up first: ag2's leg is what is left, then nothing.
    s.queuecalls
        .upsert(queued(QueuecallStatus::Service, "ag2", T0 + 25_000));
    s.calls.upsert(at(
        leg("l2", "ag2", CallStatus::Progressing, T0),
        T0 + 25_000,
    ));
    assert_eq!(call_of(&s, "ag2").as_deref(), Some("c1"));
    s.calls
        .upsert(at(call("c1", CallStatus::Hangup, T0), T0 + 90_000));
    s.queuecalls
        .upsert(queued(QueuecallStatus::Done, "ag2", T0 + 90_000));
    assert_eq!(call_of(&s, "ag2").as_deref(), Some("l2"));
    s.calls
        .upsert(at(leg("l2", "ag2", CallStatus::Hangup, T0), T0 + 91_000));
    assert_eq!(call_of(&s, "ag2"), None);

    // Ended calls evicted from the store leave no trace in the index.
    s.calls.evict_final_beyond(0);
    s.queuecalls.evict_final_beyond(0);
    let links = CallLinks::new(&s);
    assert!(served_calls(&s, &links, "ag1").is_empty());
    assert!(served_calls(&s, &links, "ag2").is_empty());
}

/// Through a long run of creates, updates, reassignments, hangups, removals and evictions, the
/// indexed lookup finds exactly the calls a walk of every call gives each agent.
#[test]
fn served_calls_agree_with_a_walk_of_every_call() {
    const AGENTS: [&str; 4] = ["ag1", "ag2", "ag3", ""];
    let mut seed: u64 = 0x5eed;
    let mut next = move |n: usize| {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((seed >> 33) as usize) % n
    };
    let mut s = Store::default();
    // Calls found in all, so the run is known to reach the interesting cases.
    let mut served = 0;
    for step in 0..3_000_i64 {
        let t = T0 + step * 1_000;
        let root = format!("c{}", next(12));
        match next(6) {
            // A customer call, its owner sometimes an agent, sometimes not.
            0 => {
                let mut c = call(&root, CallStatus::Progressing, t);
                if next(3) == 0 {
                    c.owner_type = ["agent", "customer"][next(2)].into();
                    c.owner_id = AGENTS[next(4)].into();
                }
                s.calls.upsert(c);
            }
            // A leg of a customer call, owned by an agent or not.
            1 => {
                let mut c = call(&format!("{root}-l{}", next(3)), CallStatus::Ringing, t);
                c.master_call_id = root.clone();
                c.owner_type = ["agent", "", "customer"][next(3)].into();
                c.owner_id = AGENTS[next(4)].into();
                s.calls.upsert(c);
            }
            // A queue call for it: waiting, rung at an agent, served, finished; reassigned.
            2 => {
                let status = [
                    QueuecallStatus::Waiting,
                    QueuecallStatus::Connecting,
                    QueuecallStatus::Service,
                    QueuecallStatus::Done,
                    QueuecallStatus::Abandoned,
                ][next(5)]
                .clone();
                let mut qc = queuecall(&format!("q{root}-{}", next(2)), &root, status, t);
                qc.service_agent_id = AGENTS[next(4)].into();
                s.queuecalls.upsert(qc);
            }
            // A hangup of the call or of one of its legs.
            3 => {
                let id = [root.clone(), format!("{root}-l{}", next(3))][next(2)].clone();
                if let Some(held) = s.calls.get(&id).cloned() {
                    s.calls.upsert(Call {
                        status: CallStatus::Hangup,
                        tm_hangup: ts(t),
                        tm_update: ts(t),
                        ..held
                    });
                }
            }
            4 => {
                s.calls.remove(&root);
                s.queuecalls.remove(&format!("q{root}-0"));
            }
            _ => {
                s.calls.evict_final_beyond(next(8));
                s.queuecalls.evict_final_beyond(next(8));
            }
        }
        let links = CallLinks::new(&s);
        for agent in AGENTS {
            let ids = |calls: Vec<&Call>| calls.iter().map(|c| c.id.clone()).collect::<Vec<_>>();
            let mut walked: Vec<&Call> = s
                .calls
                .values()
                .filter(|c| !agent.is_empty() && links.agent_id(c) == agent)
                .collect();
            walked.sort_by(|a, b| a.id.cmp(&b.id));
            served += walked.len();
            assert_eq!(
                ids(served_calls(&s, &links, agent)),
                ids(walked),
                "step {step}, agent {agent:?}"
            );
        }
    }
    assert!(served > 3_000, "{served} calls found over the run");
}
