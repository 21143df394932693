//! Placed callers (`POST /v1.0/sim/calls`): quick to ring, pinned to their agent, patient.

use voipbin_protocol::{AgentStatus, CallStatus};

use super::{names, sim, T0};
use crate::sim::state::Stage;
use crate::sim::{Published, Sim, SimError};

/// A plain agent that starts available (agent1 and agent2 always do).
fn first_agent(s: &Sim) -> String {
    s.agents
        .values()
        .find(|a| a.number == 1)
        .map(|a| a.agent.id.clone())
        .unwrap()
}

/// The ringing or answered leg owned by `agent_id` for `call_id`, if any.
fn agent_leg(s: &Sim, call_id: &str, agent_id: &str) -> Option<String> {
    s.calls()
        .into_iter()
        .find(|c| c.master_call_id == call_id && c.owner_id == agent_id)
        .map(|c| c.id.clone())
}

/// Ticks every 50 ms for `ms` (checking invariants), collecting events.
fn run(s: &mut Sim, from: i64, ms: i64) -> (i64, Vec<Published>) {
    let mut events = Vec::new();
    let mut t = from;
    while t < from + ms {
        t += 50;
        events.extend(s.tick(t));
        if let Err(why) = super::invariants::check(s) {
            panic!("invariant broken at +{} ms: {why}", t - T0);
        }
    }
    (t, events)
}

#[test]
fn a_pinned_caller_rings_its_free_agent_within_a_second() {
    let mut s = sim(41, 0.0);
    let agent = first_agent(&s);
    let (placed, events) = s.place_call(Some(&agent), None, None, T0 + 10).unwrap();
    assert_eq!(names(&events), vec!["call_created"]);
    assert_eq!(placed.to_agent.as_deref(), Some(agent.as_str()));
    assert!(s
        .agents
        .get(&agent)
        .unwrap()
        .queue_ids
        .contains(&placed.queue_id));
    let (_, events) = run(&mut s, T0 + 10, 1_000);
    let leg = agent_leg(&s, &placed.call_id, &agent).expect("the agent's leg rings");
    assert_eq!(s.call(&leg).unwrap().status, CallStatus::Ringing);
    assert_eq!(s.agent(&agent).unwrap().status, AgentStatus::Ringing);
    // Nothing VoIPBIN shows is skipped on the way.
    let names = names(&events);
    let order = [
        "call_progressing",
        "activeflow_created",
        "queuecall_created",
        "queuecall_waiting",
        "queuecall_connecting",
        "call_ringing",
    ];
    let positions: Vec<usize> = order
        .iter()
        .map(|n| {
            names
                .iter()
                .position(|x| x == n)
                .unwrap_or_else(|| panic!("{n} in {names:?}"))
        })
        .collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{names:?}");
}

#[test]
fn a_pinned_caller_waits_for_its_agent_only() {
    let mut s = sim(42, 0.0);
    // A plain agent and one of its queues where another agent is free meanwhile.
    let free = |s: &Sim, a: &str| {
        s.agent(a)
            .is_some_and(|x| x.status == AgentStatus::Available)
    };
    let (agent, queue_id) = s
        .agents
        .values()
        .filter(|e| e.number > 0)
        .flat_map(|e| {
            e.queue_ids
                .iter()
                .map(move |q| (e.agent.id.clone(), q.clone()))
        })
        .find(|(a, q)| {
            let others = &s.queues.get(q).unwrap().agent_ids;
            free(&s, a) && others.iter().any(|o| o != a && free(&s, o))
        })
        .expect("a queue with two free agents");
    s.set_agent_status(&agent, AgentStatus::Away, T0).unwrap();
    let (placed, _) = s
        .place_call(Some(&agent), Some(&queue_id), None, T0)
        .unwrap();
    let (t, _) = run(&mut s, T0, 5_000);
    assert_eq!(s.stage_of(&placed.call_id), Some(Stage::Waiting));
    assert_eq!(s.sessions[&placed.call_id].leg_id, None);
    s.set_agent_status(&agent, AgentStatus::Available, t)
        .unwrap();
    run(&mut s, t, 200);
    assert!(agent_leg(&s, &placed.call_id, &agent).is_some());
    assert!(
        matches!(s.stage_of(&placed.call_id), Some(Stage::Connecting { agent_id }) if agent_id == agent)
    );
}

#[test]
fn a_pinned_caller_is_patient_for_ten_minutes() {
    let mut s = sim(43, 0.0);
    let agent = first_agent(&s);
    s.set_agent_status(&agent, AgentStatus::Away, T0).unwrap();
    let (placed, _) = s.place_call(Some(&agent), None, None, T0).unwrap();
    let mut t = T0;
    while t < T0 + 590_000 {
        t += 1_000;
        s.tick(t);
    }
    assert_eq!(s.stage_of(&placed.call_id), Some(Stage::Waiting));
    while t < T0 + 640_000 {
        t += 1_000;
        s.tick(t);
    }
    assert_ne!(s.stage_of(&placed.call_id), Some(Stage::Waiting));
}

#[test]
fn a_caller_placed_in_a_queue_reaches_one_of_its_agents() {
    let mut s = sim(44, 0.0);
    let agent = first_agent(&s);
    let queue_id = s.agents.get(&agent).unwrap().queue_ids[0].clone();
    let (placed, _) = s.place_call(None, Some(&queue_id), None, T0).unwrap();
    assert_eq!(placed.to_agent, None);
    run(&mut s, T0, 1_500);
    let Some(Stage::Connecting { agent_id }) = s.stage_of(&placed.call_id) else {
        panic!("not ringing: {:?}", s.stage_of(&placed.call_id));
    };
    assert!(s
        .queues
        .get(&queue_id)
        .unwrap()
        .agent_ids
        .contains(&agent_id));
}

#[test]
fn bad_requests_are_refused() {
    let mut s = sim(45, 0.0);
    let agent = first_agent(&s);
    let admin = s.accounts[0].agent_id.clone();
    let unserved = s
        .queues
        .ids()
        .find(|q| !s.agents.get(&agent).unwrap().queue_ids.contains(q))
        .cloned();
    assert!(matches!(
        s.place_call(None, None, None, T0),
        Err(SimError::BadRequest(_))
    ));
    assert!(matches!(
        s.place_call(Some("nobody"), None, None, T0),
        Err(SimError::BadRequest(_))
    ));
    assert!(matches!(
        s.place_call(None, Some("nowhere"), None, T0),
        Err(SimError::BadRequest(_))
    ));
    assert!(matches!(
        s.place_call(Some(&admin), None, None, T0),
        Err(SimError::InvalidState(_))
    ));
    if let Some(q) = unserved {
        assert!(matches!(
            s.place_call(Some(&agent), Some(&q), None, T0),
            Err(SimError::BadRequest(_))
        ));
    }
    assert!(s.sessions.is_empty() || s.sessions.keys().all(|k| !s.is_placed(k)));
}

#[test]
fn placing_is_deterministic() {
    let play = || {
        let mut s = sim(46, 5.0);
        let agent = first_agent(&s);
        let (t, mut events) = run(&mut s, T0, 3_000);
        let (placed, placed_events) = s.place_call(Some(&agent), None, None, t).unwrap();
        events.extend(placed_events);
        events.extend(run(&mut s, t, 20_000).1);
        (placed, events)
    };
    assert_eq!(play(), play());
}
