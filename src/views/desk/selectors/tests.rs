//! The desk's rules, natively: resources built from JSON as the server sends them.

use super::*;
use crate::store::Snapshot;
use serde_json::{json, Value};
use voipbin_protocol::{Resource, ResourceKind};

const ME: &str = "a0000000-0000-4000-8000-000000000001";
const OTHER: &str = "a0000000-0000-4000-8000-000000000002";
const TAG: &str = "t0000000-0000-4000-8000-000000000001";
const CALLER: &str = "+15550100200";

fn ts(second: i64) -> String {
    voipbin_protocol::format_timestamp_ms(1_800_000_000_000 + second * 1000)
}

fn ms(second: i64) -> i64 {
    1_800_000_000_000 + second * 1000
}

fn typed(kind: ResourceKind, v: Value) -> Resource {
    Resource::from_json(&kind, v)
}

fn call(id: &str, status: &str, extra: Value) -> Call {
    let mut v = json!({
        "id": id, "status": status, "direction": "incoming",
        "source": {"type": "tel", "target": CALLER, "target_name": "Dana Diaz"},
        "destination": {"type": "tel", "target": "+15559990000", "target_name": "Support"},
        "tm_create": ts(0), "tm_update": ts(1), "tm_progressing": "9999-01-01 00:00:00.000000",
        "tm_hangup": "9999-01-01 00:00:00.000000",
    });
    merge(&mut v, extra);
    match typed(ResourceKind::Call, v) {
        Resource::Call(c) => c,
        other => panic!("not a call: {other:?}"),
    }
}

/// The leg VoIPBIN dials to the agent for the caller's call `master`.
fn leg(id: &str, master: &str, owner: &str, status: &str, extra: Value) -> Call {
    let mut v = json!({
        "owner_type": "agent", "owner_id": owner, "master_call_id": master, "direction": "outgoing",
        "destination": {"type": "extension", "target": "2001"},
        "tm_create": ts(10), "tm_update": ts(11),
    });
    merge(&mut v, extra);
    call(id, status, v)
}

fn merge(v: &mut Value, extra: Value) {
    if let (Some(obj), Value::Object(more)) = (v.as_object_mut(), extra) {
        obj.extend(more);
    }
}

fn me(supervisor: bool) -> Me {
    Me {
        id: ME.into(),
        addresses: vec![Address::new("extension", "2001")],
        tag_ids: vec![TAG.into()],
        supervisor,
    }
}

fn put(store: &mut Store, r: Resource) {
    match r {
        Resource::Call(c) => {
            store.calls.upsert(c);
        }
        Resource::Queuecall(q) => {
            store.queuecalls.upsert(q);
        }
        Resource::Queue(q) => {
            store.queues.upsert(q);
        }
        Resource::Agent(a) => {
            store.agents.upsert(a);
        }
        Resource::Conversation(c) => {
            store.conversations.upsert(c);
        }
        Resource::Message(m) => {
            store.sms.upsert(m);
        }
        Resource::Recording(r) => {
            store.recordings.upsert(r);
        }
        Resource::Transcribe(t) => {
            store.transcribes.upsert(t);
        }
        Resource::Transcript(t) => {
            store
                .transcripts
                .entry(t.transcribe_id.clone())
                .or_insert_with(|| crate::store::RecentLines::new(100))
                .upsert(t, |_, _| true);
        }
        other => panic!("unexpected {other:?}"),
    }
}

fn queue(id: &str, name: &str, tag: &str, waiting: &[&str]) -> Resource {
    typed(
        ResourceKind::Queue,
        json!({"id": id, "name": name, "tag_ids": [tag], "wait_queuecall_ids": waiting, "tm_update": ts(0)}),
    )
}

fn queuecall(id: &str, call_id: &str, status: &str, created: i64) -> Resource {
    typed(
        ResourceKind::Queuecall,
        json!({"id": id, "reference_type": "call", "reference_id": call_id, "status": status,
               "source": {"type": "tel", "target": CALLER}, "tm_create": ts(created), "tm_update": ts(created + 1)}),
    )
}

// ----- alerts ---------------------------------------------------------------------------------

#[test]
fn a_leg_ringing_for_me_alerts_until_anyone_answers_or_it_ends() {
    let mut store = Store::default();
    put(
        &mut store,
        Resource::Call(call("c1", "progressing", json!({}))),
    );
    put(
        &mut store,
        Resource::Call(leg("l1", "c1", ME, "ringing", json!({}))),
    );
    let found = alerts(&store, &me(false), false);
    assert_eq!(found.len(), 1);
    let a = &found[0];
    assert_eq!(
        (a.id.as_str(), a.call_id.as_str(), &a.kind),
        ("l1", "c1", &AlertKind::RingingForMe)
    );
    assert_eq!(a.caller.target, CALLER);
    assert_eq!(
        a.queue_name.as_deref(),
        Some("Support"),
        "from the dialed queue number's name"
    );
    assert_eq!(a.waiting_since, ts(0), "the caller's wait, not the leg's");

    for (status, tick) in [("progressing", 12), ("canceling", 13), ("hangup", 14)] {
        let mut s = Store::default();
        put(&mut s, Resource::Call(call("c1", "progressing", json!({}))));
        put(
            &mut s,
            Resource::Call(leg("l1", "c1", ME, "ringing", json!({}))),
        );
        put(
            &mut s,
            Resource::Call(leg("l1", "c1", ME, status, json!({"tm_update": ts(tick)}))),
        );
        assert!(
            alerts(&s, &me(false), false).is_empty(),
            "gone once the leg is {status}"
        );
    }

    // The caller hung up while the leg still says ringing (its update not here yet).
    let mut s = Store::default();
    put(
        &mut s,
        Resource::Call(leg("l1", "c1", ME, "ringing", json!({}))),
    );
    put(
        &mut s,
        Resource::Call(call("c1", "hangup", json!({"tm_update": ts(20)}))),
    );
    assert!(
        alerts(&s, &me(false), false).is_empty(),
        "no phantom ringing"
    );
}

#[test]
fn a_leg_without_its_master_still_alerts_with_what_it_knows() {
    // A plain agent receives only its own leg: the caller's call is not owned by it yet.
    let mut store = Store::default();
    put(
        &mut store,
        Resource::Call(leg("l1", "c-unknown", ME, "ringing", json!({}))),
    );
    let found = alerts(&store, &me(false), false);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].caller.target, CALLER);
    assert_eq!(found[0].call_id, "l1");
    assert_eq!(found[0].queue_name, None);
}

#[test]
fn my_own_outbound_dialing_and_other_agents_legs_do_not_alert() {
    let mut store = Store::default();
    let outbound = call(
        "out",
        "ringing",
        json!({"owner_type": "agent", "owner_id": ME, "direction": "outgoing",
               "destination": {"type": "tel", "target": "+15551112222"}}),
    );
    put(&mut store, Resource::Call(outbound));
    put(
        &mut store,
        Resource::Call(leg("l2", "c2", OTHER, "ringing", json!({}))),
    );
    assert!(alerts(&store, &me(true), true).is_empty());
}

#[test]
fn a_waiting_caller_in_a_queue_i_serve_alerts_with_position_and_clears_when_taken() {
    let mut store = Store::default();
    put(&mut store, queue("q1", "Sales", TAG, &["qc0", "qc1"]));
    put(&mut store, queue("q2", "Billing", "other-tag", &["qc2"]));
    put(
        &mut store,
        Resource::Call(call("c1", "progressing", json!({}))),
    );
    put(&mut store, queuecall("qc0", "c0", "waiting", 1));
    put(&mut store, queuecall("qc1", "c1", "waiting", 5));
    put(&mut store, queuecall("qc2", "c2", "waiting", 2));

    let found = alerts(&store, &me(false), false);
    let ids: Vec<_> = found.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["qc0", "qc1"], "only my queue, longest waiting first");
    assert_eq!(found[1].position, Some(2));
    assert_eq!(found[1].queue_name.as_deref(), Some("Sales"));
    assert_eq!(found[1].kind, AlertKind::WaitingInMyQueue);
    assert_eq!(
        found[1].caller.target_name, "Dana Diaz",
        "the call's richer address"
    );

    // Taken by another agent, abandoned: both gone.
    put(
        &mut store,
        queuecall("qc0", "c0", "service", 1).with_update(ts(9)),
    );
    put(
        &mut store,
        queuecall("qc1", "c1", "abandoned", 5).with_update(ts(9)),
    );
    assert!(alerts(&store, &me(false), false).is_empty());
}

#[test]
fn watching_every_queue_is_a_supervisor_choice() {
    let mut store = Store::default();
    put(&mut store, queue("q2", "Billing", "other-tag", &["qc2"]));
    put(&mut store, queuecall("qc2", "c2", "waiting", 2));
    assert!(alerts(&store, &me(true), false).is_empty());
    assert!(
        alerts(&store, &me(false), true).is_empty(),
        "plain agents cannot watch the floor"
    );
    let found = alerts(&store, &me(true), true);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].kind, AlertKind::WaitingOnFloor);
    assert_eq!(found[0].position, Some(1));
}

#[test]
fn the_documented_position_wins() {
    let mut store = Store::default();
    let mut qc = queuecall("qc1", "c1", "waiting", 0);
    if let Resource::Queuecall(q) = &mut qc {
        q.position = Some(4);
        q.queue_id = "q1".into();
    }
    put(&mut store, queue("q1", "Sales", TAG, &[]));
    put(&mut store, qc);
    assert_eq!(alerts(&store, &me(false), false)[0].position, Some(4));
}

trait WithUpdate {
    fn with_update(self, at: String) -> Self;
}

impl WithUpdate for Resource {
    fn with_update(mut self, at: String) -> Self {
        if let Resource::Queuecall(q) = &mut self {
            q.tm_update = at;
        }
        self
    }
}

// ----- calls ----------------------------------------------------------------------------------

fn talking_pair(store: &mut Store, id: &str, owner: &str) {
    put(
        store,
        Resource::Call(call(
            id,
            "progressing",
            json!({"owner_type": "agent", "owner_id": owner, "tm_progressing": ts(3), "tm_update": ts(12)}),
        )),
    );
    put(
        store,
        Resource::Call(leg(
            &format!("{id}-leg"),
            id,
            owner,
            "progressing",
            json!({"tm_progressing": ts(12), "tm_update": ts(12)}),
        )),
    );
}

#[test]
fn my_calls_pair_the_callers_call_with_my_leg() {
    let mut store = Store::default();
    talking_pair(&mut store, "c1", ME);
    let calls = my_calls(&store, &me(false), ms(30), &HashSet::new());
    assert_eq!(calls.len(), 1, "one conversation, not two calls");
    let dc = &calls[0];
    assert_eq!(dc.call.id, "c1");
    assert_eq!(dc.leg.as_ref().map(|l| l.id.as_str()), Some("c1-leg"));
    assert_eq!(dc.phase, Phase::Talking);
    assert_eq!(dc.since, ts(12), "timer from when I picked up");
    assert_eq!(dc.control_id(), "c1");
    assert_eq!(dc.transferer_id(), "c1-leg");
    assert_eq!(dc.customer().target, CALLER);
    assert_eq!(dc.call_ids(), vec!["c1".to_string(), "c1-leg".to_string()]);
}

#[test]
fn a_ringing_leg_is_an_alert_not_a_call() {
    let mut store = Store::default();
    put(
        &mut store,
        Resource::Call(call("c1", "progressing", json!({}))),
    );
    put(
        &mut store,
        Resource::Call(leg("l1", "c1", ME, "ringing", json!({}))),
    );
    assert!(my_calls(&store, &me(false), ms(20), &HashSet::new()).is_empty());
}

#[test]
fn ended_calls_stay_for_wrap_up_then_leave() {
    let mut store = Store::default();
    talking_pair(&mut store, "c1", ME);
    put(
        &mut store,
        Resource::Call(call(
            "c1",
            "hangup",
            json!({"owner_type": "agent", "owner_id": ME, "tm_hangup": ts(40), "tm_update": ts(40)}),
        )),
    );
    let during = my_calls(&store, &me(false), ms(40) + WRAP_UP_MS, &HashSet::new());
    assert_eq!(during.len(), 1);
    assert_eq!(
        during[0].phase,
        Phase::Ended,
        "the caller hung up: ended whatever my leg says"
    );
    assert!(my_calls(&store, &me(false), ms(41) + WRAP_UP_MS, &HashSet::new()).is_empty());
    let closed: HashSet<String> = ["c1".to_string()].into();
    assert!(
        my_calls(&store, &me(false), ms(41), &closed).is_empty(),
        "closed by the agent"
    );
}

#[test]
fn after_a_blind_transfer_the_call_is_over_for_me() {
    let mut store = Store::default();
    talking_pair(&mut store, "c1", ME);
    put(
        &mut store,
        Resource::Call(leg(
            "c1-leg",
            "c1",
            ME,
            "hangup",
            json!({"tm_hangup": ts(50), "tm_update": ts(50)}),
        )),
    );
    put(
        &mut store,
        Resource::Call(leg(
            "c1-leg2",
            "c1",
            OTHER,
            "ringing",
            json!({"tm_create": ts(50)}),
        )),
    );
    let calls = my_calls(&store, &me(false), ms(51), &HashSet::new());
    assert_eq!(calls.len(), 1);
    assert_eq!(calls[0].phase, Phase::Ended);
    assert_eq!(
        calls[0].leg.as_ref().map(|l| l.id.as_str()),
        Some("c1-leg"),
        "my leg, not the new one"
    );
}

#[test]
fn supervisors_see_other_agents_calls_on_the_floor() {
    let mut store = Store::default();
    talking_pair(&mut store, "c1", OTHER);
    talking_pair(&mut store, "c2", ME);
    put(
        &mut store,
        Resource::Call(call("c3", "progressing", json!({}))),
    );
    let floor = floor_calls(&store, &me(true));
    assert_eq!(floor.len(), 1);
    assert_eq!(floor[0].call.id, "c1");
    assert_eq!(floor[0].agent_id, OTHER);
    assert_eq!(floor[0].leg.as_ref().map(|l| l.id.as_str()), Some("c1-leg"));
}

// ----- transcript and recordings ------------------------------------------------------------

#[test]
fn transcript_lines_follow_the_callers_call_in_spoken_order() {
    let mut store = Store::default();
    put(
        &mut store,
        typed(
            ResourceKind::Transcribe,
            json!({"id": "tr1", "reference_type": "call", "reference_id": "c1", "status": "progressing", "tm_update": ts(1)}),
        ),
    );
    put(
        &mut store,
        typed(
            ResourceKind::Transcribe,
            json!({"id": "tr9", "reference_type": "call", "reference_id": "c9", "status": "progressing", "tm_update": ts(1)}),
        ),
    );
    for (id, dir, text, at) in [
        ("t2", "out", "How can I help?", 5),
        ("t1", "in", "Hello", 4),
        ("t9", "in", "other call", 4),
    ] {
        let transcribe = if id == "t9" { "tr9" } else { "tr1" };
        put(
            &mut store,
            typed(
                ResourceKind::Transcript,
                json!({"id": id, "transcribe_id": transcribe, "direction": dir, "message": text, "tm_transcript": ts(at)}),
            ),
        );
    }
    let (transcribes, lines) = transcript(&store, &["c1".to_string(), "c1-leg".to_string()]);
    assert_eq!(transcribes.len(), 1);
    let got: Vec<_> = lines.iter().map(|l| (l.speaker, l.text.as_str())).collect();
    assert_eq!(
        got,
        [
            (Speaker::Caller, "Hello"),
            (Speaker::Agent, "How can I help?")
        ]
    );
}

#[test]
fn recordings_of_the_conversation_newest_first() {
    let mut store = Store::default();
    for (id, call_id, at) in [("r1", "c1", 1), ("r2", "c1", 5), ("r3", "c2", 6)] {
        put(
            &mut store,
            typed(
                ResourceKind::Recording,
                json!({"id": id, "reference_type": "call", "reference_id": call_id, "status": "ended", "tm_create": ts(at), "tm_update": ts(at)}),
            ),
        );
    }
    let ids: Vec<_> = recordings(&store, &["c1".to_string()])
        .into_iter()
        .map(|r| r.id)
        .collect();
    assert_eq!(ids, ["r2", "r1"]);
}

// ----- customer context ---------------------------------------------------------------------

#[test]
fn context_gathers_earlier_calls_and_messages_with_the_same_number() {
    let mut store = Store::default();
    talking_pair(&mut store, "now", ME);
    put(
        &mut store,
        Resource::Call(call(
            "old1",
            "hangup",
            json!({"tm_create": ts(-500), "tm_update": ts(-400)}),
        )),
    );
    put(
        &mut store,
        Resource::Call(call(
            "old2",
            "hangup",
            json!({"tm_create": ts(-100), "tm_update": ts(-90),
            "source": {"type": "tel", "target": "+1 (555) 010-0200"}}),
        )),
    );
    put(
        &mut store,
        Resource::Call(call(
            "stranger",
            "hangup",
            json!({"source": {"type": "tel", "target": "+15557777777"}}),
        )),
    );
    put(
        &mut store,
        typed(
            ResourceKind::Conversation,
            json!({"id": "conv1", "name": "Dana Diaz", "reference_id": CALLER, "tm_update": ts(-50)}),
        ),
    );
    put(
        &mut store,
        typed(
            ResourceKind::Message,
            json!({"id": "m1", "direction": "inbound", "text": "hi",
            "source": {"type": "tel", "target": CALLER}, "targets": [], "tm_create": ts(-60), "tm_update": ts(-60)}),
        ),
    );
    let dc = my_calls(&store, &me(false), ms(30), &HashSet::new()).remove(0);
    let ctx = customer_context(&store, dc.customer(), &dc.call_ids(), 10);
    let ids: Vec<_> = ctx.calls.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(
        ids,
        ["old2", "old1"],
        "same number in any format, newest first, not the current call"
    );
    assert_eq!(ctx.total_calls, 2);
    assert_eq!(ctx.threads.len(), 1);
    assert_eq!(ctx.sms.len(), 1);
    assert_eq!(ctx.name, "Dana Diaz");
    let limited = customer_context(&store, dc.customer(), &dc.call_ids(), 1);
    assert_eq!((limited.calls.len(), limited.total_calls), (1, 2));
}

// ----- threads and messages -------------------------------------------------------------------

fn conversation(id: &str, owner: &str, number: &str, updated: i64) -> Resource {
    typed(
        ResourceKind::Conversation,
        json!({"id": id, "owner_type": "agent", "owner_id": owner, "name": "", "reference_id": number,
               "source": {"type": "tel", "target": "+15550000000"},
               "participants": [{"type": "tel", "target": "+15550000000"}, {"type": "tel", "target": number, "target_name": "Sam Lee"}],
               "tm_update": ts(updated)}),
    )
}

fn cmsg(
    id: &str,
    conv: &str,
    dir: &str,
    status: &str,
    at: i64,
    reference: &str,
) -> ConversationMessage {
    match typed(
        ResourceKind::ConversationMessage,
        json!({"id": id, "conversation_id": conv, "direction": dir, "status": status, "text": format!("text {id}"),
               "reference_type": "message", "reference_id": reference, "tm_create": ts(at), "tm_update": ts(at)}),
    ) {
        Resource::ConversationMessage(m) => m,
        other => panic!("not a message: {other:?}"),
    }
}

fn thread_store() -> Store {
    let mut store = Store::default();
    put(&mut store, conversation("conv1", ME, "+15550100201", 1));
    put(&mut store, conversation("conv2", ME, "+15550100202", 2));
    put(&mut store, conversation("conv3", OTHER, "+15550100203", 3));
    store.merge(Snapshot::ConversationMessages {
        conversation_id: "conv1".into(),
        messages: vec![
            cmsg("m1", "conv1", "inbound", "done", 10, ""),
            cmsg("m2", "conv1", "outbound", "done", 11, ""),
            cmsg("m3", "conv1", "inbound", "done", 12, ""),
            cmsg("m4", "conv1", "inbound", "done", 13, ""),
        ],
    });
    store
}

#[test]
fn threads_are_mine_newest_first_with_unread_counts() {
    let store = thread_store();
    let list = threads(&store, ME, false, &HashMap::new(), 0);
    let ids: Vec<_> = list.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(
        ids,
        ["conv1", "conv2"],
        "conv1 had the latest message; conv3 is another agent's"
    );
    assert_eq!(list[0].unread, 3);
    assert_eq!(list[0].last_text, "text m4");
    assert_eq!(
        list[0].peer, "Sam Lee",
        "a participant's name when the conversation has none"
    );
    assert_eq!(list[0].number, "+15550100201");

    let read: HashMap<String, i64> = [("conv1".to_string(), ms(12))].into();
    assert_eq!(
        threads(&store, ME, false, &read, 0)[0].unread,
        1,
        "only m4 came after"
    );
    assert_eq!(
        threads(&store, ME, false, &HashMap::new(), ms(100))[0].unread,
        0,
        "older than the desk"
    );
    assert_eq!(
        threads(&store, ME, true, &HashMap::new(), 0).len(),
        3,
        "supervisors see all"
    );
    assert_eq!(newest_message_ms(&store, "conv1"), Some(ms(13)));
}

#[test]
fn long_threads_show_the_last_n_and_count_the_rest() {
    let store = thread_store();
    let (shown, hidden) = thread_messages(&store, "conv1", 2);
    let ids: Vec<_> = shown.iter().map(|m| m.message.id.as_str()).collect();
    assert_eq!(ids, ["m3", "m4"]);
    assert_eq!(hidden, 2);
    assert_eq!(thread_messages(&store, "missing", 2), (Vec::new(), 0));
}

#[test]
fn delivery_follows_the_carriers_receipts_when_known() {
    let mut store = Store::default();
    let sending = cmsg("m1", "c", "outbound", "progressing", 1, "sms1");
    assert_eq!(delivery(&store, &sending), Delivery::Sending);
    assert_eq!(
        delivery(&store, &cmsg("m1", "c", "outbound", "done", 1, "sms1")),
        Delivery::Sent
    );
    assert_eq!(
        delivery(&store, &cmsg("m1", "c", "outbound", "failed", 1, "sms1")),
        Delivery::Failed
    );
    assert_eq!(
        delivery(&store, &cmsg("m1", "c", "inbound", "done", 1, "")),
        Delivery::Received
    );
    for (status, expected) in [
        ("queued", Delivery::Queued),
        ("sent", Delivery::Sent),
        ("delivered", Delivery::Delivered),
        ("failed", Delivery::Failed),
    ] {
        put(
            &mut store,
            typed(
                ResourceKind::Message,
                json!({"id": "sms1", "direction": "outbound",
                "targets": [{"destination": {"type": "tel", "target": CALLER}, "status": status}],
                "tm_update": ts(match status { "queued" => 1, "sent" => 2, "delivered" => 3, _ => 4 })}),
            ),
        );
        assert_eq!(delivery(&store, &sending), expected, "target {status}");
    }
    assert!(Delivery::Delivered.is_final() && !Delivery::Sending.is_final());
}

// ----- transfer -----------------------------------------------------------------------------

#[test]
fn typed_destinations_become_voipbin_addresses() {
    let ok = |s: &str| parse_destination(s).map(|a| (a.r#type, a.target));
    assert_eq!(
        ok("+1 555-010-0200"),
        Ok(("tel".into(), "+15550100200".into()))
    );
    assert_eq!(ok("2003"), Ok(("extension".into(), "2003".into())));
    assert_eq!(
        ok("sip:bob@example.com"),
        Ok(("sip".into(), "bob@example.com".into()))
    );
    assert!(parse_destination("").is_err());
    assert!(
        parse_destination("5550100200").is_err(),
        "a national number without +"
    );
    assert!(parse_destination("+12").is_err());
    assert!(parse_destination("bob").is_err());
}

#[test]
fn transfer_targets_put_available_agents_first_and_skip_me() {
    let mut store = Store::default();
    for (id, name, status) in [
        (ME, "Me", "available"),
        (OTHER, "Zed", "available"),
        ("a3", "Amy", "away"),
        ("a4", "Bob", "available"),
    ] {
        put(
            &mut store,
            typed(
                ResourceKind::Agent,
                json!({"id": id, "name": name, "status": status, "tm_update": ts(0)}),
            ),
        );
    }
    let got: Vec<_> = transfer_targets(&store, ME)
        .into_iter()
        .map(|(a, ok)| (a.name, ok))
        .collect();
    assert_eq!(
        got,
        [
            ("Bob".to_string(), true),
            ("Zed".to_string(), true),
            ("Amy".to_string(), false)
        ]
    );
}
