//! The agent's phone against the stand-in over real sockets: an independent SIP UA (rsip) with a
//! real WebRTC leg registers with the agent's extension, is rung by a placed caller, answers,
//! exchanges audio both ways, sends DTMF, holds and resumes, hangs up from each side; a wrong
//! password; a call out to a phone number, and one cancelled. Ringing cases: phone_ringing.rs.

use std::time::Duration;

use serde_json::Value;

use super::phone_client::PhoneError;
use super::phone_desk::{eventually, hears, Desk, AUDIO, CALLER_AUDIBLE_DBFS, RING};

/// The agent's voice as the stand-in measures it.
const AGENT_AUDIBLE_DBFS: f64 = -50.0;

fn level(leg: &Value) -> f64 {
    leg["level_dbfs"].as_f64().unwrap_or(-120.0)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn answered_call_carries_audio_dtmf_and_hold_then_the_phone_hangs_up() {
    let desk = Desk::start().await;
    let (phone, call, agent) = desk.answered_call().await;

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
    let (phone, call, agent) = desk.answered_call().await;
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
