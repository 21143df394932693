//! Callers placed for several agents at once (`to_agents`): a ring-all group call.

use voipbin_protocol::{AgentStatus, CallStatus, HangupReason};

use super::{sim, T0};
use crate::sim::state::Stage;
use crate::sim::{PhoneCommand, PlaceRequest, Sim, SimError};

/// Plain agents 1..=n (agent1 and agent2 always start available).
fn plain_agents(s: &Sim, n: usize) -> Vec<String> {
    (1..=n)
        .map(|number| {
            s.agents
                .values()
                .find(|a| a.number == number)
                .map(|a| a.agent.id.clone())
                .unwrap()
        })
        .collect()
}

fn ring_all(to_agents: &[String], from: Option<&str>) -> PlaceRequest {
    PlaceRequest {
        to_agents: to_agents.to_vec(),
        from: from.map(str::to_owned),
        case: Some(false),
        ..PlaceRequest::default()
    }
}

/// Ticks every 50 ms for `ms`, checking invariants; returns the time reached.
fn run(s: &mut Sim, from: i64, ms: i64) -> i64 {
    let mut t = from;
    while t < from + ms {
        t += 50;
        s.tick(t);
        if let Err(why) = super::invariants::check(s) {
            panic!("invariant broken at +{} ms: {why}", t - T0);
        }
    }
    t
}

/// Ring legs as (leg, agent), from the phone commands.
fn rings(s: &mut Sim) -> Vec<(String, String)> {
    s.take_phone_commands()
        .into_iter()
        .filter_map(|c| match c {
            PhoneCommand::Ring {
                leg_id, agent_id, ..
            } => Some((leg_id, agent_id)),
            _ => None,
        })
        .collect()
}

#[test]
fn every_free_agent_rings_at_once_and_the_first_answer_takes_the_call() {
    let mut s = sim(47, 0.0);
    let agents = plain_agents(&s, 3);
    for agent in &agents {
        s.set_phone_registered(agent, true);
        s.mark_signed_in(agent);
    }
    s.set_agent_status(&agents[0], AgentStatus::Available, T0)
        .unwrap();
    s.set_agent_status(&agents[1], AgentStatus::Available, T0)
        .unwrap();
    s.set_agent_status(&agents[2], AgentStatus::Away, T0)
        .unwrap();
    let (placed, _) = s
        .place_call(ring_all(&agents, Some("+15551230001")), T0)
        .unwrap();
    assert_eq!(placed.to_agents, agents);
    assert_eq!(placed.from, "+15551230001");
    assert_eq!(placed.case_id, None);
    assert_eq!(placed.to_agent, None);
    let t = run(&mut s, T0, 1_000);
    let rung = rings(&mut s);
    let rung_agents: Vec<&String> = rung.iter().map(|(_, a)| a).collect();
    assert_eq!(rung_agents.len(), 2, "{rung:?}");
    assert!(rung_agents.contains(&&agents[0]) && rung_agents.contains(&&agents[1]));
    assert_eq!(s.agent(&agents[0]).unwrap().status, AgentStatus::Ringing);
    assert_eq!(s.agent(&agents[1]).unwrap().status, AgentStatus::Ringing);
    assert_eq!(s.agent(&agents[2]).unwrap().status, AgentStatus::Away);
    assert_eq!(
        s.call(&placed.call_id).unwrap().source.target,
        "+15551230001"
    );

    let (answered_leg, answerer) = rung.iter().find(|(_, a)| *a == agents[1]).unwrap();
    let (other_leg, _) = rung.iter().find(|(_, a)| *a == agents[0]).unwrap();
    s.phone_answered(answered_leg, t).unwrap();
    assert_eq!(
        s.take_phone_commands(),
        vec![PhoneCommand::Cancel {
            leg_id: other_leg.clone()
        }]
    );
    let other = s.call(other_leg).unwrap();
    assert_eq!(other.status, CallStatus::Hangup);
    assert_eq!(other.hangup_reason, HangupReason::Cancel);
    // Every agent the call rang goes busy, the one who did not answer too.
    assert_eq!(s.agent(&agents[0]).unwrap().status, AgentStatus::Busy);
    assert_eq!(s.agent(&agents[1]).unwrap().status, AgentStatus::Busy);
    assert_eq!(s.agent(&agents[2]).unwrap().status, AgentStatus::Away);
    assert_eq!(
        s.stage_of(&placed.call_id),
        Some(Stage::Service {
            agent_id: answerer.clone()
        })
    );
    let queuecall = s.sessions[&placed.call_id].queuecall_id.clone().unwrap();
    assert_eq!(s.queuecall(&queuecall).unwrap().service_agent_id, *answerer);
    // People drive these agents: nothing resets them after the call.
    s.hangup_call(&placed.call_id, t + 1_000).unwrap();
    run(&mut s, t + 1_000, 30_000);
    assert_eq!(s.agent(&agents[0]).unwrap().status, AgentStatus::Busy);
    assert_eq!(s.agent(&agents[1]).unwrap().status, AgentStatus::Busy);
}

#[test]
fn simulated_agents_answer_a_ring_all_and_come_back_after_their_wrap_up() {
    let mut s = sim(48, 0.0);
    let agents = plain_agents(&s, 2);
    let (placed, _) = s.place_call(ring_all(&agents, None), T0).unwrap();
    assert!(placed.from.starts_with('+'), "{}", placed.from);
    let t = run(&mut s, T0, 1_000);
    assert!(matches!(
        s.stage_of(&placed.call_id),
        Some(Stage::Connecting { ref rung }) if rung.len() == 2
    ));
    for agent in &agents {
        assert_eq!(s.agent(agent).unwrap().status, AgentStatus::Ringing);
    }
    let t = run(&mut s, t, 6_000);
    assert!(matches!(
        s.stage_of(&placed.call_id),
        Some(Stage::Service { .. })
    ));
    for agent in &agents {
        assert_eq!(s.agent(agent).unwrap().status, AgentStatus::Busy);
    }
    // The one who did not answer wraps up and is back within 20 s.
    let idle = agents
        .iter()
        .find(|a| s.sessions[&placed.call_id].agent_id() != Some(a.as_str()))
        .unwrap()
        .clone();
    run(&mut s, t, 20_100);
    assert_eq!(s.agent(&idle).unwrap().status, AgentStatus::Available);
}

#[test]
fn a_declined_leg_leaves_the_others_ringing() {
    let mut s = sim(49, 0.0);
    let agents = plain_agents(&s, 2);
    for agent in &agents {
        s.set_phone_registered(agent, true);
    }
    let (placed, _) = s.place_call(ring_all(&agents, None), T0).unwrap();
    let t = run(&mut s, T0, 1_000);
    let rung = rings(&mut s);
    assert_eq!(rung.len(), 2);
    s.phone_declined(&rung[0].0, t).unwrap();
    assert!(matches!(
        s.stage_of(&placed.call_id),
        Some(Stage::Connecting { .. })
    ));
    assert_eq!(s.agent(&rung[0].1).unwrap().status, AgentStatus::Ringing);
    s.phone_answered(&rung[1].0, t + 500).unwrap();
    assert_eq!(s.agent(&rung[0].1).unwrap().status, AgentStatus::Busy);
    assert_eq!(s.agent(&rung[1].1).unwrap().status, AgentStatus::Busy);
}

#[test]
fn bad_ring_all_requests_are_refused() {
    let mut s = sim(50, 0.0);
    let agents = plain_agents(&s, 2);
    let both = PlaceRequest {
        to_agent: Some(agents[0].clone()),
        to_agents: agents.clone(),
        ..PlaceRequest::default()
    };
    let unknown = ring_all(&["nobody".to_owned()], None);
    for request in [
        both,
        unknown,
        ring_all(&agents, Some("5551230001")),
        ring_all(&agents, Some("+1555")),
    ] {
        assert!(matches!(
            s.place_call(request.clone(), T0),
            Err(SimError::BadRequest(_))
        ));
    }
    assert!(s.sessions.is_empty());
}
