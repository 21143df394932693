//! App actions: validation, effects, and the events they publish.

use voipbin_protocol::{
    Address, AgentStatus, CallStatus, ConversationMessageStatus, EventType, QueuecallStatus,
    RecordingStatus, Resource, TargetStatus,
};

use super::{names, run_checked, run_until, sim, T0};
use crate::sim::state::Stage;
use crate::sim::{CustomerUpdate, PhoneCommand, Sim, SimError};

pub fn session_in(s: &Sim, want: fn(&Stage) -> bool) -> Option<String> {
    let mut ids: Vec<&String> = s.sessions.keys().collect();
    ids.sort();
    ids.into_iter()
        .find(|id| s.sessions.get(*id).is_some_and(|x| want(&x.stage)))
        .cloned()
}

fn in_service(stage: &Stage) -> bool {
    matches!(stage, Stage::Service { .. })
}

fn waiting(stage: &Stage) -> bool {
    *stage == Stage::Waiting
}

fn agent_of(s: &Sim, session: &str) -> String {
    s.sessions
        .get(session)
        .and_then(|x| x.agent_id())
        .expect("an agent")
        .to_owned()
}

/// All plain agents set offline by the app, so calls pile up in queues.
fn nobody_available(s: &mut Sim) {
    let ids: Vec<String> = s.agents().iter().map(|a| a.id.clone()).collect();
    for id in ids {
        s.set_agent_status(&id, AgentStatus::Offline, T0)
            .expect("set offline");
    }
}

#[test]
fn an_agent_going_available_gets_a_waiting_call_on_the_next_tick() {
    let mut s = sim(1, 20.0);
    nobody_available(&mut s);
    let t = run_until(&mut s, T0, 120_000, |s| session_in(s, waiting).is_some());
    assert!(session_in(&s, in_service).is_none());
    let session = session_in(&s, waiting).unwrap();
    let queue = s.sessions[&session].queue_id.clone();
    let agent1 = s.queues.get(&queue).unwrap().agent_ids[0].clone();
    s.set_phone_registered(&agent1, true);
    let (agent, events) = s
        .set_agent_status(&agent1, AgentStatus::Available, t)
        .unwrap();
    assert_eq!(agent.status, AgentStatus::Available);
    assert_eq!(names(&events), vec!["agent_status_updated"]);
    let next = s.tick(t + 50);
    let names = names(&next);
    assert!(names.contains(&"queuecall_connecting"), "{names:?}");
    assert_eq!(s.agent(&agent1).unwrap().status, AgentStatus::Ringing);
    // Same status again: nothing to publish.
    let (_, again) = s
        .set_agent_status(&agent1, AgentStatus::Ringing, t + 60)
        .unwrap();
    assert!(again.is_empty());
}

/// A desk that is the agent's phone, while that phone is not registered, has no contact to ring
/// (call-manager: "no registered contact found for extension"): the agent goes ringing as its
/// group call is created, nobody answers for it, and the caller goes on to the next agent.
#[test]
fn a_desk_whose_phone_is_not_registered_is_never_answered_for() {
    let mut s = sim(1, 20.0);
    nobody_available(&mut s);
    let t = run_until(&mut s, T0, 120_000, |s| session_in(s, waiting).is_some());
    let session = session_in(&s, waiting).unwrap();
    let queue = s.sessions[&session].queue_id.clone();
    let agents = s.queues.get(&queue).unwrap().agent_ids.clone();
    let (desk, next) = (agents[0].clone(), agents[1].clone());
    s.mark_signed_in(&desk);
    s.set_phone_registered(&desk, true);
    s.set_phone_registered(&desk, false);
    s.set_agent_status(&desk, AgentStatus::Available, t)
        .unwrap();
    let events = s.tick(t + 50);
    assert_eq!(s.agent(&desk).unwrap().status, AgentStatus::Ringing);
    assert!(!names(&events).contains(&"queuecall_connecting"));
    assert_eq!(s.sessions[&session].stage, Stage::Waiting);
    assert!(s.calls().iter().all(|c| c.owner_id != desk));
    // The next available agent (a phone here) gets the caller.
    s.set_phone_registered(&next, true);
    s.set_agent_status(&next, AgentStatus::Available, t + 100)
        .unwrap();
    s.tick(t + 150);
    let rung = s.take_phone_commands().into_iter().any(
        |c| matches!(c, PhoneCommand::Ring { agent_id, session_id, .. } if agent_id == next && session_id == session),
    );
    assert!(rung, "the caller goes to the next agent");
    assert_eq!(s.agent(&desk).unwrap().status, AgentStatus::Ringing);
}

/// A desk that says it is not the agent's phone never registers: the simulation plays the
/// agent's other phone and answers.
#[test]
fn a_desk_that_never_registers_is_answered_by_the_agents_other_phone() {
    let mut s = sim(1, 20.0);
    nobody_available(&mut s);
    let t = run_until(&mut s, T0, 120_000, |s| session_in(s, waiting).is_some());
    let session = session_in(&s, waiting).unwrap();
    let queue = s.sessions[&session].queue_id.clone();
    let desk = s.queues.get(&queue).unwrap().agent_ids[0].clone();
    s.mark_signed_in(&desk);
    assert!(s.answers_by_itself(&desk));
    s.set_agent_status(&desk, AgentStatus::Available, t)
        .unwrap();
    run_until(&mut s, t, 15_000, |s| {
        s.agent(&desk)
            .is_some_and(|a| a.status == AgentStatus::Busy)
    });
    assert!(
        s.sessions.values().any(|x| x.stage
            == Stage::Service {
                agent_id: desk.clone()
            }),
        "answered by the simulation as the agent's other phone"
    );
}

#[test]
fn any_status_up_to_255_characters_is_stored() {
    let mut s = sim(1, 5.0);
    let agent1 = s.accounts()[2].agent_id.clone();
    assert_eq!(
        s.set_agent_status("nope", AgentStatus::Away, T0)
            .unwrap_err(),
        SimError::NotFound("agent")
    );
    for status in [
        AgentStatus::Ringing,
        AgentStatus::None,
        AgentStatus::Other("lunch".into()),
        AgentStatus::Other("é".repeat(255)),
    ] {
        let (agent, _) = s.set_agent_status(&agent1, status.clone(), T0).unwrap();
        assert_eq!(agent.status, status);
        assert_eq!(s.agent(&agent1).unwrap().status, status);
    }
    assert!(matches!(
        s.set_agent_status(&agent1, AgentStatus::Other("x".repeat(256)), T0),
        Err(SimError::BadRequest(_))
    ));
}

/// VoIPBIN's UpdateStatus writes the status and nothing else: the ring goes on.
#[test]
fn a_ringing_agent_going_away_keeps_ringing() {
    let mut s = sim(4, 20.0);
    let t = run_until(&mut s, T0, 300_000, |s| {
        session_in(s, |st| matches!(st, Stage::Connecting { .. })).is_some()
    });
    let session = session_in(&s, |st| matches!(st, Stage::Connecting { .. })).unwrap();
    let agent = agent_of(&s, &session);
    let (a, events) = s.set_agent_status(&agent, AgentStatus::Away, t).unwrap();
    assert_eq!(a.status, AgentStatus::Away);
    assert_eq!(names(&events), vec!["agent_status_updated"]);
    assert!(matches!(
        s.sessions[&session].stage,
        Stage::Connecting { .. }
    ));
    super::invariants::check(&s).unwrap();
}

#[test]
fn a_status_change_during_a_call_applies_at_once() {
    let mut s = sim(5, 10.0);
    let t = run_until(&mut s, T0, 600_000, |s| session_in(s, in_service).is_some());
    let session = session_in(&s, in_service).unwrap();
    let agent = agent_of(&s, &session);
    let (a, events) = s.set_agent_status(&agent, AgentStatus::Away, t).unwrap();
    assert_eq!(a.status, AgentStatus::Away);
    assert_eq!(names(&events), vec!["agent_status_updated"]);
    s.hangup_call(&session, t + 10).unwrap();
    assert_eq!(s.agent(&agent).unwrap().status, AgentStatus::Away);
}

#[test]
fn hangup_of_a_serviced_call_finishes_everything() {
    let mut s = sim(6, 10.0);
    let t = run_until(&mut s, T0, 600_000, |s| session_in(s, in_service).is_some());
    let session = session_in(&s, in_service).unwrap();
    let agent = agent_of(&s, &session);
    let qc_id = s.sessions[&session].queuecall_id.clone().unwrap();
    let queue_id = s.sessions[&session].queue_id.clone();
    let serviced_before = s.queue(&queue_id).unwrap().total_serviced_count;
    let (call, events) = s.hangup_call(&session, t).unwrap();
    assert_eq!(call.status, CallStatus::Hangup);
    assert_eq!(call.hangup_by, "local");
    assert_eq!(call.hangup_reason.as_str(), "normal");
    let names = names(&events);
    for want in [
        "call_terminating",
        "call_hangup",
        "recording_finished",
        "transcribe_done",
        "queuecall_done",
        "queue_updated",
        "activeflow_updated",
    ] {
        assert!(names.contains(&want), "{want} missing from {names:?}");
    }
    assert_eq!(s.queuecall(&qc_id).unwrap().status, QueuecallStatus::Done);
    assert!(s.queuecall(&qc_id).unwrap().duration_service >= 0);
    assert_eq!(
        s.queue(&queue_id).unwrap().total_serviced_count,
        serviced_before + 1
    );
    // The call leaves the agent busy (VoIPBIN never resets it); a simulated agent sets itself
    // available after its wrap-up, as a desk would.
    assert!(!names.contains(&"agent_status_updated"), "{names:?}");
    assert_eq!(s.agent(&agent).unwrap().status, AgentStatus::Busy);
    assert!(s
        .recordings()
        .iter()
        .filter(|r| r.reference_id == session)
        .all(|r| r.status == RecordingStatus::Ended));
    super::invariants::check(&s).unwrap();
    // Ended and unknown calls are refused, not panicked on.
    assert!(matches!(
        s.hangup_call(&session, t + 1),
        Err(SimError::InvalidState(_))
    ));
    assert_eq!(
        s.hangup_call("missing", t + 1).unwrap_err(),
        SimError::NotFound("call")
    );
    // The simulated agent's wrap-up: 5 to 20 s, then available through the usual path.
    s.tick(t + 4_900);
    assert_eq!(s.agent(&agent).unwrap().status, AgentStatus::Busy);
    let mut back = Vec::new();
    for step in 50..=200 {
        back.extend(s.tick(t + step * 100));
    }
    assert!(s
        .agent(&agent)
        .is_some_and(|a| matches!(a.status, AgentStatus::Available | AgentStatus::Ringing)));
    assert!(back.iter().any(|p| {
        matches!(&p.resource, Resource::Agent(a) if a.id == agent && a.status == AgentStatus::Available)
    }));
}

#[test]
fn hanging_up_the_agent_leg_ends_the_call_too() {
    let mut s = sim(6, 10.0);
    let t = run_until(&mut s, T0, 600_000, |s| session_in(s, in_service).is_some());
    let session = session_in(&s, in_service).unwrap();
    let leg = s.sessions[&session].leg_id.clone().unwrap();
    let (call, _) = s.hangup_call(&leg, t).unwrap();
    assert_eq!(call.id, leg);
    assert_eq!(s.call(&session).unwrap().status, CallStatus::Hangup);
}

#[test]
fn hangup_of_a_waiting_call_abandons_its_queuecall() {
    let mut s = sim(7, 20.0);
    nobody_available(&mut s);
    let t = run_until(&mut s, T0, 120_000, |s| session_in(s, waiting).is_some());
    let session = session_in(&s, waiting).unwrap();
    let qc = s.sessions[&session].queuecall_id.clone().unwrap();
    let (_, events) = s.hangup_call(&session, t).unwrap();
    assert!(names(&events).contains(&"queuecall_abandoned"));
    assert_eq!(s.queuecall(&qc).unwrap().status, QueuecallStatus::Abandoned);
    super::invariants::check(&s).unwrap();
}

#[test]
fn kick_removes_a_waiting_queuecall() {
    let mut s = sim(8, 20.0);
    nobody_available(&mut s);
    let t = run_until(&mut s, T0, 120_000, |s| session_in(s, waiting).is_some());
    let session = session_in(&s, waiting).unwrap();
    let qc_id = s.sessions[&session].queuecall_id.clone().unwrap();
    let (qc, events) = s.kick_queuecall(&qc_id, t).unwrap();
    assert_eq!(qc.status, QueuecallStatus::Abandoned);
    let names = names(&events);
    let kicking = names
        .iter()
        .position(|n| *n == "queuecall_kicking")
        .unwrap();
    let abandoned = names
        .iter()
        .position(|n| *n == "queuecall_abandoned")
        .unwrap();
    assert!(kicking < abandoned);
    assert!(names.contains(&"activeflow_updated"));
    super::invariants::check(&s).unwrap();
    assert!(matches!(
        s.kick_queuecall(&qc_id, t),
        Err(SimError::InvalidState(_))
    ));
    assert_eq!(
        s.kick_queuecall("nope", t).unwrap_err(),
        SimError::NotFound("queuecall")
    );
    // The caller hears goodbye and the call ends by itself.
    let later = run_checked(&mut s, t, t + 15_000, 100);
    assert!(later.iter().any(
        |e| e.event_type == EventType::CallHangup && e.resource.id() == Some(session.as_str())
    ));
}

#[test]
fn send_message_gets_delivery_receipts() {
    let mut s = sim(9, 1.0);
    let from = Address::new("tel", "+14155550199");
    let to = vec![
        Address::new("tel", "+14155551234"),
        Address::new("tel", "+447700900123"),
    ];
    let (msg, events) = s
        .send_message(from.clone(), to.clone(), "Your order has shipped", T0)
        .unwrap();
    assert_eq!(names(&events), vec!["message_created"]);
    assert!(msg.targets.iter().all(|t| t.status == TargetStatus::Queued));
    assert_eq!(msg.direction.as_str(), "outbound");
    let later = run_checked(&mut s, T0, T0 + 10_000, 100);
    let updates: Vec<_> = later
        .iter()
        .filter_map(|e| match &e.resource {
            Resource::Message(m) if m.id == msg.id => Some(m.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(updates.len(), 2, "sent, then final");
    assert!(updates[0]
        .targets
        .iter()
        .all(|t| t.status == TargetStatus::Sent));
    assert!(updates[1]
        .targets
        .iter()
        .all(|t| matches!(t.status, TargetStatus::Delivered | TargetStatus::Failed)));
    // Validation.
    for (src, dst, text) in [
        (Address::new("sip", "a@b"), to.clone(), "hi"),
        (from.clone(), vec![], "hi"),
        (from.clone(), vec![Address::new("tel", "12345")], "hi"),
        (from.clone(), to.clone(), "   "),
    ] {
        assert!(matches!(
            s.send_message(src, dst, text, T0),
            Err(SimError::BadRequest(_))
        ));
    }
}

#[test]
fn conversation_reply_progresses_to_done() {
    let mut s = sim(10, 50.0);
    let t = run_until(&mut s, T0, 600_000, |s| !s.conversations().is_empty());
    let conv = s.conversations()[0].id.clone();
    let (cm, events) = s
        .send_conversation_message(&conv, "On it!", vec![], t)
        .unwrap();
    assert_eq!(cm.status, ConversationMessageStatus::Progressing);
    assert_eq!(cm.direction.as_str(), "outbound");
    let names = names(&events);
    assert!(names.contains(&"conversation_message_created"));
    assert!(names.contains(&"message_created"), "the SMS carrying it");
    let later = run_checked(&mut s, t, t + 5_000, 100);
    assert!(later.iter().any(|e| matches!(&e.resource,
        Resource::ConversationMessage(m) if m.id == cm.id && m.status != ConversationMessageStatus::Progressing)));
    assert!(s.conversation_messages(&conv).iter().any(|m| m.id == cm.id));
    assert_eq!(
        s.send_conversation_message("nope", "x", vec![], t)
            .unwrap_err(),
        SimError::NotFound("conversation")
    );
    assert!(matches!(
        s.send_conversation_message(&conv, "", vec![], t),
        Err(SimError::BadRequest(_))
    ));
    // Media alone is fine.
    assert!(s
        .send_conversation_message(&conv, "", vec![serde_json::json!({"type":"image"})], t)
        .is_ok());
}

#[test]
fn mute_hold_and_recording_change_the_call() {
    let mut s = sim(12, 10.0);
    let t = run_until(&mut s, T0, 600_000, |s| session_in(s, in_service).is_some());
    let call = session_in(&s, in_service).unwrap();
    let (c, ev) = s.mute(&call, "in", t).unwrap();
    assert_eq!(c.mute_direction.as_str(), "in");
    assert_eq!(names(&ev), vec!["call_updated"]);
    let (c, _) = s.mute(&call, "out", t).unwrap();
    assert_eq!(c.mute_direction.as_str(), "both");
    let (c, _) = s.unmute(&call, "in", t).unwrap();
    assert_eq!(c.mute_direction.as_str(), "out");
    let (c, _) = s.unmute(&call, "both", t).unwrap();
    assert_eq!(c.mute_direction.as_str(), "");
    assert!(matches!(
        s.mute(&call, "sideways", t),
        Err(SimError::BadRequest(_))
    ));

    let (_, ev) = s.hold(&call, t).unwrap();
    assert_eq!(names(&ev), vec!["call_updated"]);
    assert!(s.sessions[&call].held);
    s.unhold(&call, t).unwrap();
    assert!(!s.sessions[&call].held);

    // A serviced call is being recorded already.
    assert!(matches!(
        s.recording_start(&call, t),
        Err(SimError::InvalidState(_))
    ));
    let (c, ev) = s.recording_stop(&call, t).unwrap();
    assert!(c.recording_id.is_empty());
    assert_eq!(names(&ev), vec!["recording_finished", "call_updated"]);
    assert!(matches!(
        s.recording_stop(&call, t),
        Err(SimError::InvalidState(_))
    ));
    let (c, ev) = s.recording_start(&call, t).unwrap();
    assert!(!c.recording_id.is_empty());
    assert_eq!(c.recording_ids.len(), 2);
    assert_eq!(names(&ev), vec!["recording_started", "call_updated"]);

    s.hangup_call(&call, t).unwrap();
    assert!(matches!(
        s.mute(&call, "in", t),
        Err(SimError::InvalidState(_))
    ));
    assert_eq!(s.hold("nope", t).unwrap_err(), SimError::NotFound("call"));
}

fn customer_update() -> CustomerUpdate {
    CustomerUpdate {
        name: "Acme".into(),
        detail: "d".into(),
        email: "ops@acme.example".into(),
        phone_number: "+14155550100".into(),
        address: "1 Market St".into(),
        webhook_method: "post".into(),
        webhook_uri: "http://127.0.0.1:9000/hook".into(),
    }
}

#[test]
fn update_customer_validates_and_hides_the_secret_in_the_event() {
    let mut s = sim(13, 1.0);
    let (c, events) = s.update_customer(customer_update(), T0).unwrap();
    assert_eq!(c.webhook_method, "POST");
    assert_eq!(c.webhook_uri, "http://127.0.0.1:9000/hook");
    assert!(
        !c.webhook_secret.is_empty(),
        "the admin's answer keeps the secret"
    );
    assert_eq!(names(&events), vec!["customer_updated"]);
    match &events[0].resource {
        Resource::Customer(published) => assert!(published.webhook_secret.is_empty()),
        other => panic!("{other:?}"),
    }
    let bad = [
        CustomerUpdate {
            name: " ".into(),
            ..customer_update()
        },
        CustomerUpdate {
            email: "nope".into(),
            ..customer_update()
        },
        CustomerUpdate {
            webhook_method: "PATCH".into(),
            ..customer_update()
        },
        CustomerUpdate {
            webhook_uri: "ftp://x".into(),
            ..customer_update()
        },
        CustomerUpdate {
            webhook_uri: "http://".into(),
            ..customer_update()
        },
    ];
    for patch in bad {
        assert!(matches!(
            s.update_customer(patch, T0),
            Err(SimError::BadRequest(_))
        ));
    }
    let off = CustomerUpdate {
        webhook_uri: String::new(),
        webhook_method: String::new(),
        ..customer_update()
    };
    assert!(s.update_customer(off, T0).is_ok());
}
