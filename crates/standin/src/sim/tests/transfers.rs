//! Transfers: blind to an agent or an outside number, attended with a consult leg.

use voipbin_protocol::{Address, AgentStatus, CallStatus, QueuecallStatus};

use super::actions::session_in;
use super::{names, run_until, sim, T0};
use crate::sim::state::Stage;
use crate::sim::{Sim, SimError};

fn serviced(s: &mut Sim) -> (String, String, i64) {
    let t = run_until(s, T0, 900_000, |s| {
        session_in(s, |st| matches!(st, Stage::Service { .. })).is_some()
            && free_agent(s, "").is_some()
    });
    let session = session_in(s, |st| matches!(st, Stage::Service { .. })).unwrap();
    let agent = s.sessions[&session].agent_id().unwrap().to_owned();
    (session, agent, t)
}

/// An idle, available plain agent other than `not`.
fn free_agent(s: &Sim, not: &str) -> Option<String> {
    s.agents
        .values()
        .find(|a| {
            a.number > 0
                && a.agent.id != not
                && a.on_call.is_none()
                && a.agent.status == AgentStatus::Available
        })
        .map(|a| a.agent.id.clone())
}

#[test]
fn blind_transfer_to_an_agent_moves_the_call() {
    let mut s = sim(31, 5.0);
    let (session, agent, t) = serviced(&mut s);
    let target = free_agent(&s, &agent).unwrap();
    let qc = s.sessions[&session].queuecall_id.clone().unwrap();
    let old_leg = s.sessions[&session].leg_id.clone().unwrap();
    let (record, events) = s
        .transfer("blind", &session, vec![Address::new("agent", &target)], t)
        .unwrap();
    assert_eq!(record["type"], "blind");
    assert_eq!(record["transferer_call_id"], session.as_str());
    let names = names(&events);
    assert!(names.contains(&"queuecall_done"), "{names:?}");
    assert!(names.contains(&"call_created"), "{names:?}");
    assert_eq!(s.call(&old_leg).unwrap().status, CallStatus::Hangup);
    assert_eq!(s.queuecall(&qc).unwrap().status, QueuecallStatus::Done);
    // The transferer is left busy (VoIPBIN sets no status when a leg ends).
    assert_eq!(s.agent(&agent).unwrap().status, AgentStatus::Busy);
    assert_eq!(s.agent(&target).unwrap().status, AgentStatus::Ringing);
    assert_eq!(s.call(&session).unwrap().owner_id, target);
    super::invariants::check(&s).unwrap();
    run_until(&mut s, t, 10_000, |s| {
        s.agent(&target)
            .is_some_and(|a| a.status == AgentStatus::Busy)
    });
    // The call still ends normally later; the simulated transferee wraps up, then is free.
    let t = run_until(&mut s, t, 600_000, |s| !s.sessions.contains_key(&session));
    run_until(&mut s, t, 20_100, |s| {
        s.agent(&target)
            .is_some_and(|a| a.status != AgentStatus::Busy)
    });
}

#[test]
fn blind_transfer_to_a_number_leaves_the_desk() {
    let mut s = sim(32, 5.0);
    let (session, agent, t) = serviced(&mut s);
    let (record, _) = s
        .transfer(
            "blind",
            &session,
            vec![Address::new("tel", "+14155559876")],
            t,
        )
        .unwrap();
    let leg = record["transferee_call_id"].as_str().unwrap().to_owned();
    assert_eq!(s.call(&leg).unwrap().destination.target, "+14155559876");
    assert_eq!(s.agent(&agent).unwrap().status, AgentStatus::Busy);
    assert_eq!(s.call(&session).unwrap().owner_id, "");
    assert!(matches!(
        s.sessions[&session].stage,
        Stage::Handoff { agent_id: None, .. }
    ));
    run_until(&mut s, t, 600_000, |s| !s.sessions.contains_key(&session));
}

#[test]
fn attended_transfer_consults_first() {
    let mut s = sim(33, 5.0);
    let (session, agent, t) = serviced(&mut s);
    let target = free_agent(&s, &agent).unwrap();
    let ext = s.agent(&target).unwrap().addresses[0].clone();
    assert_eq!(ext.r#type, "extension");
    let (record, _) = s.transfer("attended", &session, vec![ext], t).unwrap();
    let consult = record["transferee_call_id"].as_str().unwrap().to_owned();
    assert_eq!(
        s.sessions[&session].consult.as_ref().unwrap().leg_id,
        consult
    );
    assert_eq!(
        s.call(&consult).unwrap().owner_id,
        agent,
        "consult belongs to the transferer"
    );
    assert_eq!(
        s.agent(&agent).unwrap().status,
        AgentStatus::Busy,
        "still talking meanwhile"
    );
    // A second transfer while consulting is refused.
    assert!(matches!(
        s.transfer(
            "blind",
            &session,
            vec![Address::new("tel", "+14155559876")],
            t
        ),
        Err(SimError::InvalidState(_))
    ));
    let done = run_until(&mut s, t, 30_000, |s| {
        s.sessions
            .get(&session)
            .is_some_and(|x| x.consult.is_none())
    });
    assert!(done > t);
    assert_eq!(
        s.sessions[&session].leg_id.as_deref(),
        Some(consult.as_str())
    );
    assert_eq!(s.agent(&target).unwrap().status, AgentStatus::Busy);
    assert_eq!(s.agent(&agent).unwrap().status, AgentStatus::Busy);
    assert_eq!(s.call(&consult).unwrap().owner_id, target);
}

#[test]
fn hanging_up_the_consult_leg_cancels_the_transfer() {
    let mut s = sim(34, 5.0);
    let (session, agent, t) = serviced(&mut s);
    let target = free_agent(&s, &agent).unwrap();
    let (record, _) = s
        .transfer(
            "attended",
            &session,
            vec![Address::new("agent", &target)],
            t,
        )
        .unwrap();
    let consult = record["transferee_call_id"].as_str().unwrap().to_owned();
    let (call, _) = s.hangup_call(&consult, t + 100).unwrap();
    assert_eq!(call.status, CallStatus::Hangup);
    assert!(s.sessions[&session].consult.is_none());
    assert!(matches!(s.sessions[&session].stage, Stage::Service { .. }));
    // An unanswered ring leaves the agent ringing until its wrap-up.
    assert_eq!(s.agent(&target).unwrap().status, AgentStatus::Ringing);
    super::invariants::check(&s).unwrap();
}

#[test]
fn transfer_validation() {
    let mut s = sim(35, 5.0);
    let (session, agent, t) = serviced(&mut s);
    let to_self = vec![Address::new("agent", &agent)];
    let cases: Vec<(&str, &str, Vec<Address>)> = vec![
        (
            "sideways",
            session.as_str(),
            vec![Address::new("tel", "+14155559876")],
        ),
        ("blind", session.as_str(), vec![]),
        ("blind", session.as_str(), to_self),
        ("blind", session.as_str(), vec![Address::new("tel", "555")]),
        (
            "blind",
            session.as_str(),
            vec![Address::new("email", "a@b.c")],
        ),
    ];
    for (kind, call, to) in cases {
        assert!(
            matches!(s.transfer(kind, call, to, t), Err(SimError::BadRequest(_))),
            "{kind}"
        );
    }
    assert_eq!(
        s.transfer(
            "blind",
            "nope",
            vec![Address::new("tel", "+14155559876")],
            t
        )
        .unwrap_err(),
        SimError::NotFound("call")
    );
    assert_eq!(
        s.transfer("blind", &session, vec![Address::new("agent", "nope")], t)
            .unwrap_err(),
        SimError::NotFound("transferee agent")
    );
    // A waiting call has no agent to transfer from.
    let waiting = session_in(&s, |st| *st == Stage::Waiting);
    if let Some(waiting) = waiting {
        assert!(matches!(
            s.transfer(
                "blind",
                &waiting,
                vec![Address::new("tel", "+14155559876")],
                t
            ),
            Err(SimError::InvalidState(_))
        ));
    }
}

#[test]
fn blind_transfer_to_a_typed_extension_name_rings_its_agent() {
    let mut s = sim(31, 5.0);
    let (session, agent, t) = serviced(&mut s);
    let target = free_agent(&s, &agent).unwrap();
    let name = s.agent_extensions(&target)[0].username.clone();
    s.transfer("blind", &session, vec![Address::new("extension", &name)], t)
        .unwrap();
    assert_eq!(s.agent(&target).unwrap().status, AgentStatus::Ringing);
    assert_eq!(s.call(&session).unwrap().owner_id, target);
}

#[test]
fn transfer_to_an_unknown_extension_is_not_found() {
    let mut s = sim(31, 5.0);
    let (session, _, t) = serviced(&mut s);
    let result = s.transfer(
        "blind",
        &session,
        vec![Address::new("extension", "9999")],
        t,
    );
    assert!(matches!(result, Err(SimError::NotFound(_))), "{result:?}");
}

/// Only an available agent shows ringing when rung (bin-agent-manager/pkg/agenthandler/
/// event.go `EventGroupcallCreated`); answered, it is busy whatever it showed.
#[test]
fn a_rung_agent_that_is_not_available_keeps_its_status_until_it_answers() {
    let mut s = sim(36, 5.0);
    let (session, agent, t) = serviced(&mut s);
    let target = free_agent(&s, &agent).unwrap();
    s.set_agent_status(&target, AgentStatus::Away, t).unwrap();
    s.transfer("blind", &session, vec![Address::new("agent", &target)], t)
        .unwrap();
    assert_eq!(s.agent(&target).unwrap().status, AgentStatus::Away);
    run_until(&mut s, t, 10_000, |s| {
        s.agent(&target)
            .is_some_and(|a| a.status == AgentStatus::Busy)
    });
}
