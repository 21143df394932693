//! Queue calls on phones, the cases phone_calls.rs leaves out: the caller leaving while the
//! phone rings (CANCEL), decline going to the other agent and never back to the decliner, a
//! phone vanishing while ringing or mid-call, the SIP legs listed with their states, and the
//! media_loss fault. Calls placed from phones are in sip_dial.rs.

use std::time::Duration;

use serde_json::{json, Value};

use super::phone_client::{Call, PhoneClient, PhoneError};
use super::phone_desk::{eventually, Desk};

const RING: Duration = Duration::from_secs(5);
const WAIT: Duration = Duration::from_secs(5);

/// agent1's phone registered, agent1 available, rung by a pinned caller: (phone, invite's
/// Call-ID, agent id, the customer call's id).
async fn ringing(
    desk: &Desk,
) -> (
    PhoneClient,
    super::phone_client::IncomingInvite,
    String,
    String,
) {
    let agent = desk.t.agent_id("agent1@demo");
    let mut phone = desk.phone("agent1@demo").await;
    desk.set_status(&agent, "available").await;
    let placed = desk.place_caller_for(&agent).await;
    let invite = phone
        .next_invite(RING)
        .await
        .unwrap_or_else(|e| panic!("rung: {e:?} {:?}", phone.transcript()));
    let call_id = placed["call_id"].as_str().unwrap_or_default().to_owned();
    (phone, invite, agent, call_id)
}

async fn answered(desk: &Desk) -> (PhoneClient, Call, String, String) {
    let (phone, invite, agent, call_id) = ringing(desk).await;
    let call = phone.answer(&invite).await.expect("answered");
    (phone, call, agent, call_id)
}

async fn customer_call(desk: &Desk, call_id: &str) -> Option<Value> {
    let truth = desk.truth().await;
    truth["calls"]
        .as_array()?
        .iter()
        .find(|c| c["call_id"] == call_id)
        .cloned()
}

async fn agent_status(desk: &Desk, agent: &str) -> String {
    let truth = desk.truth().await;
    truth["agents"]
        .as_array()
        .and_then(|a| a.iter().find(|x| x["id"] == agent))
        .and_then(|x| x["status"].as_str())
        .unwrap_or_default()
        .to_owned()
}

async fn leg_of(desk: &Desk, sip_call_id: &str) -> Value {
    desk.phone_legs()
        .await
        .into_iter()
        .find(|l| l["sip_call_id"] == sip_call_id)
        .unwrap_or(Value::Null)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_caller_hanging_up_while_the_phone_rings_cancels_it() {
    let desk = Desk::start().await;
    let (phone, invite, agent, call_id) = ringing(&desk).await;
    assert_eq!(leg_of(&desk, &invite.call_id()).await["state"], "ringing");
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
    assert_eq!(leg_of(&desk, &invite.call_id()).await["state"], "cancelled");
    assert!(phone.answer(&invite).await.is_err());
    // As on VoIPBIN, an unanswered ring leaves the agent ringing: its desk resets it.
    assert_eq!(agent_status(&desk, &agent).await, "ringing");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_declined_call_rings_the_other_agent_and_not_the_decliner_again() {
    let desk = Desk::start().await;
    let truth = desk.truth().await;
    let queue = truth["queues"]
        .as_array()
        .and_then(|q| {
            q.iter()
                .find(|q| q["agent_ids"].as_array().is_some_and(|a| a.len() >= 2))
        })
        .cloned()
        .expect("a queue with two agents");
    let ids: Vec<String> = queue["agent_ids"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|v| v.as_str().map(str::to_owned))
        .collect();
    let username = |id: &str| {
        truth["agents"]
            .as_array()
            .and_then(|a| a.iter().find(|x| x["id"] == id))
            .and_then(|x| x["username"].as_str())
            .unwrap_or_default()
            .to_owned()
    };
    // Every agent of the queue's other queues too could take it: set all agents but two away.
    for agent in truth["agents"].as_array().into_iter().flatten() {
        let id = agent["id"].as_str().unwrap_or_default();
        if id != ids[0] && id != ids[1] && agent["username"] != "admin@demo" {
            desk.set_status(id, "away").await;
        }
    }
    let mut first = desk.phone(&username(&ids[0])).await;
    let mut second = desk.phone(&username(&ids[1])).await;
    desk.set_status(&ids[0], "available").await;
    desk.set_status(&ids[1], "available").await;
    desk.place_caller(json!({ "queue_id": queue["id"] })).await;

    let (first_rang, invite) = tokio::select! {
        i = first.next_invite(RING) => (true, i),
        i = second.next_invite(RING) => (false, i),
    };
    let invite = invite.expect("one phone rings");
    let (decliner, other) = if first_rang {
        (&mut first, &mut second)
    } else {
        (&mut second, &mut first)
    };
    decliner.decline(&invite, 603).expect("603 sent");
    let next = other
        .next_invite(RING)
        .await
        .unwrap_or_else(|e| panic!("the other phone rings: {e:?} {:?}", other.transcript()));
    assert_eq!(leg_of(&desk, &invite.call_id()).await["state"], "declined");
    // While the other phone rings, the decliner is left alone.
    let again = decliner.next_invite(Duration::from_secs(2)).await;
    assert!(
        matches!(again, Err(PhoneError::Timeout(_))),
        "rung again: {:?}",
        again.err()
    );
    let call = other.answer(&next).await.expect("answered");
    call.bye().await.expect("bye");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_phone_that_vanishes_mid_call_ends_the_call() {
    let desk = Desk::start().await;
    let (phone, call, agent, call_id) = answered(&desk).await;
    // The 200 OK reaches the stand-in over the WebSocket a moment after `answer` returns.
    let served = eventually(WAIT, || async {
        let call = customer_call(&desk, &call_id).await?;
        (call["stage"] == "service").then_some(())
    })
    .await;
    assert!(
        served.is_some(),
        "{:?}",
        customer_call(&desk, &call_id).await
    );
    phone.close();
    let gone = eventually(WAIT, || async {
        customer_call(&desk, &call_id).await.is_none().then_some(())
    })
    .await;
    assert!(gone.is_some(), "the call ends with the phone's socket");
    assert_eq!(leg_of(&desk, &call.call_id()).await["state"], "ended");
    // Nothing sets the agent back to available after a call (VoIPBIN neither).
    assert_eq!(agent_status(&desk, &agent).await, "busy");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_phone_that_vanishes_while_ringing_puts_the_call_back_in_the_queue() {
    let desk = Desk::start().await;
    let (phone, invite, _agent, call_id) = ringing(&desk).await;
    phone.close();
    let waiting = eventually(WAIT, || async {
        let call = customer_call(&desk, &call_id).await?;
        (call["stage"] == "waiting").then_some(())
    })
    .await;
    assert!(
        waiting.is_some(),
        "{:?}",
        customer_call(&desk, &call_id).await
    );
    assert_eq!(leg_of(&desk, &invite.call_id()).await["state"], "declined");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn media_loss_stops_the_agents_audio_for_a_while() {
    let desk = Desk::start().await;
    let (_phone, call, _agent, _) = answered(&desk).await;
    let sip_call_id = call.call_id();
    let flowing = eventually(WAIT, || async {
        let leg = leg_of(&desk, &sip_call_id).await;
        (leg["packets_received"].as_u64() > Some(20)).then_some(())
    })
    .await;
    assert!(flowing.is_some(), "{}", leg_of(&desk, &sip_call_id).await);
    let (status, body) = desk
        .t
        .request(
            "POST",
            "/v1.0/sim/faults",
            Some(&desk.admin),
            Some(json!({"fault": "media_loss", "percent": 100, "secs": 2})),
        )
        .await;
    assert!(status.is_success(), "{body}");
    assert_eq!(body["affected_connections"], 1, "{body}");
    tokio::time::sleep(Duration::from_millis(300)).await;
    let before = leg_of(&desk, &sip_call_id).await["packets_received"].as_u64();
    tokio::time::sleep(Duration::from_millis(1_000)).await;
    let during = leg_of(&desk, &sip_call_id).await["packets_received"].as_u64();
    assert_eq!(before, during, "nothing arrives during total loss");
    let back = eventually(WAIT, || async {
        let now = leg_of(&desk, &sip_call_id).await["packets_received"].as_u64();
        (now > during.map(|d| d + 10)).then_some(())
    })
    .await;
    assert!(back.is_some(), "audio comes back after the loss");
    call.bye().await.expect("bye");
}
