//! The agent's phone against the stand-in over real sockets: an independent SIP UA (rsip) with a
//! real WebRTC leg registers with the agent's extension, is rung by a placed caller, answers,
//! exchanges audio both ways, sends DTMF, holds and resumes, hangs up from each side; declines,
//! a second contact CANCELled, a wrong password, and a call out to a phone number.

use std::time::Duration;

use serde_json::{json, Value};

use super::phone_client::{Call, PhoneClient, PhoneError};
use super::phone_desk::{eventually, Desk};

const RING: Duration = Duration::from_secs(5);
const AUDIO: Duration = Duration::from_secs(5);
/// The caller's voice as the phone hears it; the agent's voice as the stand-in measures it.
const CALLER_AUDIBLE_DBFS: f32 = -40.0;
const AGENT_AUDIBLE_DBFS: f64 = -50.0;

/// Registers agent1's phone, makes agent1 available and rings it with a pinned caller.
async fn answered_call(desk: &Desk) -> (PhoneClient, Call, String) {
    let agent = desk.t.agent_id("agent1@demo");
    let mut phone = desk.phone("agent1@demo").await;
    let token = desk.t.login("agent1@demo").await;
    let (status, body) = desk
        .t
        .request(
            "PUT",
            "/v1.0/service_agents/me/status",
            Some(&token),
            Some(json!({"status": "available"})),
        )
        .await;
    assert!(status.is_success(), "{body}");
    desk.place_caller_for(&agent).await;
    let invite = phone
        .next_invite(RING)
        .await
        .unwrap_or_else(|e| panic!("rung: {e:?} {:?}", phone.transcript()));
    let call = phone
        .answer(&invite)
        .await
        .unwrap_or_else(|e| panic!("answer: {e:?} {:?}", phone.transcript()));
    call.confirmed(RING)
        .await
        .unwrap_or_else(|e| panic!("ACK: {e:?} {:?}", phone.transcript()));
    let in_service = eventually(RING, || async {
        let call = desk.call_of(&agent).await?;
        (call["stage"] == "service").then_some(())
    })
    .await;
    assert!(
        in_service.is_some(),
        "answered on the phone, the caller is served: {}",
        desk.truth().await["calls"]
    );
    (phone, call, agent)
}

/// Waits until the phone hears the far end above `dbfs`.
async fn hears(call: &Call, dbfs: f32) -> bool {
    eventually(AUDIO, || async {
        let stats = call.stats();
        (stats.packets_received > 0 && stats.level_dbfs > dbfs).then_some(())
    })
    .await
    .is_some()
}

fn level(leg: &Value) -> f64 {
    leg["level_dbfs"].as_f64().unwrap_or(-120.0)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn answered_call_carries_audio_dtmf_and_hold_then_the_phone_hangs_up() {
    let desk = Desk::start().await;
    let (phone, call, agent) = answered_call(&desk).await;

    assert!(
        hears(&call, CALLER_AUDIBLE_DBFS).await,
        "caller's voice on the phone: {:?}",
        call.stats()
    );
    let leg = desk
        .leg_until(&agent, AUDIO, |l| {
            l["packets_received"].as_u64() > Some(0) && level(l) > AGENT_AUDIBLE_DBFS
        })
        .await
        .unwrap_or_else(|last| panic!("the stand-in hears the agent: {last}"));
    assert_eq!(leg["direction"], "incoming", "{leg}");
    let served = desk
        .call_of(&agent)
        .await
        .expect("the caller is served by agent1");
    assert_eq!(served["stage"], "service", "{served}");

    call.send_dtmf("123#");
    desk.leg_until(&agent, AUDIO, |l| l["dtmf"] == "123#")
        .await
        .unwrap_or_else(|last| panic!("DTMF 123# reported: {last}"));

    call.hold()
        .await
        .unwrap_or_else(|e| panic!("hold: {e:?} {:?}", phone.transcript()));
    desk.leg_until(&agent, AUDIO, |l| l["held"] == true)
        .await
        .unwrap_or_else(|last| panic!("leg held: {last}"));
    let held = desk.call_of(&agent).await.expect("still served");
    assert_eq!(held["held"], true, "{held}");
    call.resume()
        .await
        .unwrap_or_else(|e| panic!("resume: {e:?} {:?}", phone.transcript()));
    desk.leg_until(&agent, AUDIO, |l| l["held"] == false)
        .await
        .unwrap_or_else(|last| panic!("leg resumed: {last}"));
    let resumed = desk.call_of(&agent).await.expect("still served");
    assert_eq!(resumed["held"], false, "{resumed}");

    call.bye()
        .await
        .unwrap_or_else(|e| panic!("bye: {e:?} {:?}", phone.transcript()));
    desk.leg_until(&agent, AUDIO, |l| l["state"] == "ended")
        .await
        .unwrap_or_else(|last| panic!("leg ended: {last}"));
    let gone = eventually(AUDIO, || async {
        desk.call_of(&agent).await.is_none().then_some(())
    })
    .await;
    assert!(
        gone.is_some(),
        "the call ends when the phone hangs up: {}",
        desk.truth().await["calls"]
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn admin_hangup_sends_bye_to_the_phone() {
    let desk = Desk::start().await;
    let (phone, call, agent) = answered_call(&desk).await;
    let served = desk
        .call_of(&agent)
        .await
        .expect("the caller is served by agent1");
    let call_id = served["call_id"].as_str().expect("call id").to_owned();
    let (status, body) = desk
        .t
        .request(
            "POST",
            &format!("/v1.0/calls/{call_id}/hangup"),
            Some(&desk.admin),
            None,
        )
        .await;
    assert!(status.is_success(), "{body}");
    call.expect_bye(RING)
        .await
        .unwrap_or_else(|e| panic!("BYE: {e:?} {:?}", phone.transcript()));
    desk.leg_until(&agent, AUDIO, |l| l["state"] == "ended")
        .await
        .unwrap_or_else(|last| panic!("leg ended: {last}"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn declined_call_rings_another_agent() {
    let desk = Desk::start().await;
    // A queue served by two plain agents (first two listed); every other agent of it away, so
    // the caller can only go to those two phones.
    let truth = desk.truth().await;
    let queue = truth["queues"]
        .as_array()
        .and_then(|queues| {
            queues
                .iter()
                .find(|q| q["agent_ids"].as_array().is_some_and(|ids| ids.len() >= 2))
        })
        .cloned()
        .unwrap_or_else(|| panic!("a queue with two agents: {}", truth["queues"]));
    let ids: Vec<String> = queue["agent_ids"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|i| Some(i.as_str()?.to_owned()))
        .collect();
    let username = |id: &str| {
        truth["agents"]
            .as_array()
            .and_then(|agents| agents.iter().find(|a| a["id"] == id))
            .and_then(|a| a["username"].as_str())
            .map(str::to_owned)
            .unwrap_or_else(|| panic!("agent {id} in the truth"))
    };
    let (agent1, agent2) = (ids[0].clone(), ids[1].clone());
    for other in &ids[2..] {
        desk.set_status(other, "away").await;
    }
    let mut phone1 = desk.phone(&username(&agent1)).await;
    let mut phone2 = desk.phone(&username(&agent2)).await;
    desk.set_status(&agent1, "available").await;
    desk.set_status(&agent2, "available").await;
    desk.place_caller(json!({"queue_id": queue["id"]})).await;

    let (first_is_agent1, invite) = tokio::select! {
        i = phone1.next_invite(RING) => (true, i),
        i = phone2.next_invite(RING) => (false, i),
    };
    let invite = invite.unwrap_or_else(|e| panic!("a phone rings: {e:?}"));
    let (decliner, answerer, other_agent) = if first_is_agent1 {
        (&mut phone1, &mut phone2, &agent2)
    } else {
        (&mut phone2, &mut phone1, &agent1)
    };
    decliner.decline(&invite, 486).expect("486 sent");
    let next = answerer.next_invite(RING).await.unwrap_or_else(|e| {
        panic!(
            "the other agent's phone rings: {e:?} {:?}",
            answerer.transcript()
        )
    });
    let call = answerer.answer(&next).await.expect("answered");
    let served = eventually(RING, || async { desk.call_of(other_agent).await }).await;
    assert!(
        served.is_some(),
        "served by the agent who answered: {}",
        desk.truth().await["calls"]
    );
    assert!(
        hears(&call, CALLER_AUDIBLE_DBFS).await,
        "{:?}",
        call.stats()
    );
    call.bye().await.expect("bye");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_call_ended_while_ringing_cancels_the_phone() {
    let desk = Desk::start().await;
    let agent = desk.t.agent_id("agent1@demo");
    let mut phone = desk.phone("agent1@demo").await;
    desk.set_status(&agent, "available").await;
    desk.place_caller_for(&agent).await;
    let invite = phone.next_invite(RING).await.expect("rung");
    let ringing = desk.call_of(&agent).await.expect("the caller rings agent1");
    let call_id = ringing["call_id"].as_str().expect("call id").to_owned();
    let (status, body) = desk
        .t
        .request(
            "POST",
            &format!("/v1.0/calls/{call_id}/hangup"),
            Some(&desk.admin),
            None,
        )
        .await;
    assert!(status.is_success(), "{body}");
    invite
        .expect_cancel(RING)
        .await
        .unwrap_or_else(|e| panic!("CANCEL: {e:?} {:?}", phone.transcript()));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn second_contact_is_cancelled_when_the_first_answers() {
    let desk = Desk::start().await;
    let agent = desk.t.agent_id("agent1@demo");
    let mut desk_phone = desk.phone("agent1@demo").await;
    let mut mobile = desk.phone("agent1@demo").await;
    desk.set_status(&agent, "available").await;
    desk.place_caller_for(&agent).await;
    let first = desk_phone
        .next_invite(RING)
        .await
        .expect("first contact rings");
    let second = mobile
        .next_invite(RING)
        .await
        .unwrap_or_else(|e| panic!("second contact rings: {e:?} {:?}", mobile.transcript()));
    let call = desk_phone.answer(&first).await.expect("answered");
    second
        .expect_cancel(RING)
        .await
        .unwrap_or_else(|e| panic!("CANCEL: {e:?} {:?}", mobile.transcript()));
    assert!(
        mobile.answer(&second).await.is_err(),
        "a cancelled INVITE cannot be answered"
    );
    assert!(
        hears(&call, CALLER_AUDIBLE_DBFS).await,
        "{:?}",
        call.stats()
    );
    call.bye().await.expect("bye");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wrong_password_gets_401_then_403() {
    let desk = Desk::start().await;
    let credentials = desk.credentials("agent1@demo").await;
    match desk
        .register(&credentials.username, "not-the-password")
        .await
    {
        // The unauthenticated REGISTER is challenged; a wrong answer ends in 403 (a registrar
        // may challenge a wrong answer once more first, as a nonce may be what was wrong).
        Err(PhoneError::Rejected { statuses }) => {
            assert_eq!(statuses.first(), Some(&401), "{statuses:?}");
            assert_eq!(statuses.last(), Some(&403), "{statuses:?}");
            assert!(statuses.len() <= 3, "{statuses:?}");
        }
        Err(other) => panic!("expected 401 then 403, got {other:?}"),
        Ok(phone) => panic!("registered with a wrong password: {:?}", phone.transcript()),
    }
    // The right password still works afterwards.
    desk.register(&credentials.username, &credentials.password)
        .await
        .expect("registers");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn phone_calls_a_number_and_talks() {
    let desk = Desk::start().await;
    let agent = desk.t.agent_id("agent1@demo");
    let phone = desk.phone("agent1@demo").await;
    let dialing = phone.dial("+15550100123").await.expect("INVITE sent");
    // The simulated customer answers after 2-5 s.
    let call = dialing
        .answered(Duration::from_secs(8))
        .await
        .unwrap_or_else(|e| panic!("answered: {e:?} {:?}", phone.transcript()));
    assert!(
        hears(&call, CALLER_AUDIBLE_DBFS).await,
        "the customer's voice: {:?}",
        call.stats()
    );
    let leg = desk
        .leg_until(&agent, AUDIO, |l| {
            l["packets_received"].as_u64() > Some(0) && level(l) > AGENT_AUDIBLE_DBFS
        })
        .await
        .unwrap_or_else(|last| panic!("the stand-in hears the agent: {last}"));
    assert_eq!(leg["direction"], "outgoing", "{leg}");
    call.bye().await.expect("bye");
    desk.leg_until(&agent, AUDIO, |l| l["state"] == "ended")
        .await
        .unwrap_or_else(|last| panic!("leg ended: {last}"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn phone_cancels_a_call_before_it_is_answered() {
    let desk = Desk::start().await;
    let phone = desk.phone("agent1@demo").await;
    let dialing = phone.dial("+15550100124").await.expect("INVITE sent");
    tokio::time::sleep(Duration::from_millis(300)).await;
    dialing
        .cancel()
        .await
        .unwrap_or_else(|e| panic!("487 after CANCEL: {e:?} {:?}", phone.transcript()));
}
