//! Ringing the agent's phone: a decline sends the caller to another agent, a second contact is
//! CANCELled when the first answers, a call ended while ringing CANCELs the phone.

use serde_json::json;

use super::phone_desk::{eventually, hears, Desk, CALLER_AUDIBLE_DBFS, RING};

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
    // As deployed, the ring names neither the VoIPBIN call nor its queue; the caller is in From
    // (bin-call-manager/pkg/callhandler/outgoing_call.go sets CALLERID from the leg's source).
    let text = invite.request.to_string();
    assert!(!text.to_ascii_lowercase().contains("x-voipbin"), "{text}");
    assert!(!text.contains(&call_id), "{text}");
    let legs = desk.phone_legs().await;
    let leg = legs
        .iter()
        .find(|l| l["sip_call_id"] == invite.call_id().as_str());
    let leg_id = leg.and_then(|l| l["call_id"].as_str()).unwrap_or_default();
    assert!(
        !leg_id.is_empty() && !text.contains(leg_id),
        "{legs:?} {text}"
    );
    let from = text
        .lines()
        .find(|l| l.starts_with("From:"))
        .unwrap_or_default();
    let caller = ringing["caller"].as_str().unwrap_or_default();
    assert!(
        !caller.is_empty() && from.contains(caller),
        "{from} / {ringing}"
    );
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
