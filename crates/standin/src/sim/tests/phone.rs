//! Agents with a registered phone: routing rings the phone and waits for it.

use voipbin_protocol::{AgentStatus, CallStatus, EventType, QueuecallStatus};

use super::actions::session_in;
use super::{names, run_until, sim, T0};
use crate::sim::state::{Rung, Stage};
use crate::sim::{PhoneCommand, Sim};

/// A floor where only two agents of one queue are available, both with a phone, and a call
/// waiting in that queue. Returns the time reached and the two agents.
fn two_phones() -> (Sim, i64, [String; 2]) {
    let mut s = sim(7, 20.0);
    let ids: Vec<String> = s.agents().iter().map(|a| a.id.clone()).collect();
    for id in &ids {
        s.set_agent_status(id, AgentStatus::Offline, T0).unwrap();
    }
    let t = run_until(&mut s, T0, 120_000, |s| {
        session_in(s, |st| *st == Stage::Waiting).is_some()
    });
    let session = session_in(&s, |st| *st == Stage::Waiting).unwrap();
    let queue = s.sessions[&session].queue_id.clone();
    let agents = s.queues.get(&queue).unwrap().agent_ids.clone();
    let pair = [agents[0].clone(), agents[1].clone()];
    for agent in &pair {
        s.set_phone_registered(agent, true);
        s.set_agent_status(agent, AgentStatus::Available, t)
            .unwrap();
    }
    (s, t, pair)
}

/// Ticks until a Ring is produced; returns (time, leg, session, agent).
fn next_ring(s: &mut Sim, from: i64) -> (i64, String, String, String) {
    let mut t = from;
    while t < from + 60_000 {
        t += 100;
        s.tick(t);
        for command in s.take_phone_commands() {
            if let PhoneCommand::Ring {
                leg_id,
                session_id,
                agent_id,
                ..
            } = command
            {
                return (t, leg_id, session_id, agent_id);
            }
        }
    }
    panic!("no ring within 60 s");
}

fn stage(s: &Sim, session: &str) -> Option<Stage> {
    s.sessions.get(session).map(|x| x.stage.clone())
}

#[test]
fn a_phone_agent_is_rung_and_not_answered_by_the_simulation() {
    let (mut s, t, pair) = two_phones();
    let (t, leg, session, agent) = next_ring(&mut s, t);
    assert!(pair.contains(&agent));
    assert_eq!(s.agent(&agent).unwrap().status, AgentStatus::Ringing);
    assert_eq!(s.call(&leg).unwrap().status, CallStatus::Ringing);
    assert_eq!(s.call(&leg).unwrap().owner_id, agent);
    // Well past the simulated agents' 2-6 s: still ringing, nobody answered for the phone.
    for step in 1..=200 {
        s.tick(t + step * 100);
    }
    assert_eq!(
        stage(&s, &session),
        Some(Stage::Connecting {
            rung: vec![Rung {
                agent_id: agent.clone(),
                leg_id: Some(leg.clone()),
            }]
        })
    );
    let (_, events) = s.phone_answered(&leg, t + 20_000).unwrap();
    let names = names(&events);
    for want in [
        "call_progressing",
        "agent_status_updated",
        "queuecall_serviced",
        "recording_started",
        "transcribe_created",
        "call_updated",
    ] {
        assert!(names.contains(&want), "{want} missing from {names:?}");
    }
    assert_eq!(
        stage(&s, &session),
        Some(Stage::Service {
            agent_id: agent.clone()
        })
    );
    assert_eq!(s.agent(&agent).unwrap().status, AgentStatus::Busy);
    assert_eq!(s.call(&session).unwrap().owner_id, agent);
    // Answering twice is refused, not a panic.
    assert!(s.phone_answered(&leg, t + 20_100).is_err());
}

#[test]
fn a_declined_call_goes_to_the_next_agent_not_the_same() {
    let (mut s, t, pair) = two_phones();
    let (t, leg, session, first) = next_ring(&mut s, t);
    let (_, events) = s.phone_declined(&leg, t).unwrap();
    assert!(names(&events).contains(&"call_hangup"));
    assert_eq!(s.call(&leg).unwrap().status, CallStatus::Hangup);
    // An unanswered ring leaves the agent ringing, as on VoIPBIN: its desk must reset it.
    assert_eq!(s.agent(&first).unwrap().status, AgentStatus::Ringing);
    // The leg ended by the phone: nothing to cancel on it.
    assert!(s.take_phone_commands().is_empty());
    let (t, leg2, session2, second) = next_ring(&mut s, t);
    assert_eq!(session2, session, "the head of the queue is rung again");
    assert_ne!(second, first);
    assert!(pair.contains(&second));
    // Both declined: nobody is rung for that call until the declines are forgotten.
    s.phone_declined(&leg2, t).unwrap();
    // (Other queues' calls may ring these agents meanwhile.)
    for step in 1..=250 {
        s.tick(t + step * 100);
        let again = s
            .take_phone_commands()
            .into_iter()
            .any(|c| matches!(c, PhoneCommand::Ring { session_id, .. } if session_id == session));
        assert!(!again, "rung again too soon");
    }
}

#[test]
fn an_unreported_ring_times_out_like_no_answer() {
    let (mut s, t, _) = two_phones();
    let (t, leg, _, first) = next_ring(&mut s, t);
    for step in 1..=310 {
        s.tick(t + step * 100);
    }
    assert_eq!(s.call(&leg).unwrap().status, CallStatus::Hangup);
    let commands = s.take_phone_commands();
    assert!(commands.contains(&PhoneCommand::Cancel {
        leg_id: leg.clone()
    }));
    let next = commands.iter().find_map(|c| match c {
        PhoneCommand::Ring { agent_id, .. } => Some(agent_id.clone()),
        _ => None,
    });
    assert_ne!(next, Some(first));
}

#[test]
fn a_caller_hanging_up_while_ringing_cancels_the_phone() {
    let (mut s, t, _) = two_phones();
    let (t, leg, session, agent) = next_ring(&mut s, t);
    s.hangup_call(&session, t).unwrap();
    assert_eq!(
        s.take_phone_commands(),
        vec![PhoneCommand::Cancel {
            leg_id: leg.clone()
        }]
    );
    assert_eq!(s.agent(&agent).unwrap().status, AgentStatus::Ringing);
    assert!(s.phone_answered(&leg, t + 100).is_err());
}

#[test]
fn a_kicked_ringing_call_cancels_the_phone() {
    let (mut s, t, _) = two_phones();
    let (t, leg, session, _) = next_ring(&mut s, t);
    let queuecall = s.sessions[&session].queuecall_id.clone().unwrap();
    s.kick_queuecall(&queuecall, t).unwrap();
    assert_eq!(
        s.take_phone_commands(),
        vec![PhoneCommand::Cancel { leg_id: leg }]
    );
}

#[test]
fn the_end_of_the_dialogue_hangs_up_the_phone() {
    let (mut s, t, _) = two_phones();
    let (t, leg, session, agent) = next_ring(&mut s, t);
    s.phone_answered(&leg, t).unwrap();
    let t = run_until(&mut s, t, 900_000, |s| !s.sessions.contains_key(&session));
    let _ = t;
    let commands = s.take_phone_commands();
    assert!(
        commands.contains(&PhoneCommand::Bye {
            leg_id: leg.clone()
        }),
        "{commands:?}"
    );
    assert_eq!(s.call(&leg).unwrap().status, CallStatus::Hangup);
    // Nothing sets a person's agent back to available after the call (VoIPBIN neither).
    assert_eq!(s.agent(&agent).unwrap().status, AgentStatus::Busy);
}

#[test]
fn the_agent_hanging_up_on_the_phone_ends_the_call() {
    let (mut s, t, _) = two_phones();
    let (t, leg, session, agent) = next_ring(&mut s, t);
    s.phone_answered(&leg, t).unwrap();
    let queuecall = s.sessions[&session].queuecall_id.clone().unwrap();
    let (_, events) = s.phone_hangup(&leg, t + 5_000).unwrap();
    assert!(names(&events).contains(&"queuecall_done"));
    assert!(!s.sessions.contains_key(&session));
    assert_eq!(
        s.queuecall(&queuecall).unwrap().status,
        QueuecallStatus::Done
    );
    assert_eq!(s.agent(&agent).unwrap().status, AgentStatus::Busy);
    // The phone ended it: no BYE back to it.
    assert!(s.take_phone_commands().is_empty());
    assert!(s.phone_hangup(&leg, t + 5_100).is_err());
}

#[test]
fn hold_on_the_phone_shows_on_the_call() {
    let (mut s, t, _) = two_phones();
    let (t, leg, session, _) = next_ring(&mut s, t);
    s.phone_answered(&leg, t).unwrap();
    let (_, events) = s.phone_hold(&leg, true, t + 1_000).unwrap();
    assert_eq!(names(&events), vec!["call_updated"]);
    assert!(s.sessions[&session].held);
    s.phone_hold(&leg, false, t + 2_000).unwrap();
    assert!(!s.sessions[&session].held);
}

#[test]
fn a_call_from_the_phone_is_owned_by_the_agent() {
    let (mut s, t, pair) = two_phones();
    let destination = voipbin_protocol::Address::new("tel", "+15551230000");
    let (call, events) = s.phone_dial(&pair[0], destination, t).unwrap();
    assert_eq!(names(&events), vec!["call_created", "call_ringing"]);
    assert_eq!(events[0].agent_id.as_deref(), Some(pair[0].as_str()));
    assert_eq!(call.owner_id, pair[0]);
    let (call, events) = s.phone_dial_answered(&call.id, t + 3_000).unwrap();
    assert_eq!(events[0].event_type, EventType::CallProgressing);
    assert_eq!(call.status, CallStatus::Progressing);
    let (call, events) = s.phone_dial_ended(&call.id, true, t + 9_000).unwrap();
    assert_eq!(names(&events), vec!["call_terminating", "call_hangup"]);
    assert_eq!(call.hangup_by, "remote");
    assert!(s.phone_dial_ended(&call.id, true, t + 9_100).is_err());
    assert!(s.phone_dial("nobody", Default::default(), t).is_err());
}
