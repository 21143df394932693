//! The desk's SIP user agent core (`voipbin_sip::ua`) against the real stand-in over a real
//! WebSocket (subprotocol `sip`), with real WebRTC legs made by the stand-in's own `MediaLeg`:
//! agent1's extension registers, is rung by a placed caller, answers, carries audio, holds by
//! re-INVITE and hangs up; then dials a number that answers and hangs up; then unregisters.
//! A second test: the keep-alive ping, a ring CANCELled, a call ended with BYE, a dropped socket.
//! The test plays the desk's part: it carries the UA's outputs out and feeds frames and ticks.

#[path = "phone_ua/driver.rs"]
mod driver;

use std::time::Duration;

use serde_json::json;
use voipbin_sip::ua::{
    EndReason, Output, PhoneEvent, RegistrationState, IDLE_BEFORE_PING_MS, PING,
};
use voipbin_standin::media::{Direction, MediaLeg, Sound};

use super::phone_desk::{Desk, RING};
use driver::{
    agent1_phone, hang_up_from_voipbin, leg_until, media, packets_received, phone_hears,
    ring_and_answer,
};

/// The simulated customer answers a dialed number after 2-5 s.
const DIAL_ANSWER: Duration = Duration::from_secs(8);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn desk_user_agent_registers_answers_holds_dials_and_hangs_up() {
    let desk = Desk::start().await;
    let (mut phone, agent) = agent1_phone(&desk).await;
    let (call, leg_id, leg) = ring_and_answer(&desk, &mut phone, &agent).await;
    let listed = leg_until(&desk, &call, |l| {
        l["state"] == "answered" && packets_received(l) > 0
    })
    .await
    .unwrap_or_else(|last| panic!("the stand-in receives the phone's audio: {last}"));
    assert_eq!(listed["call_id"], leg_id.as_str(), "{listed}");
    assert_eq!(listed["direction"], "incoming");
    assert!(
        phone_hears(&leg).await,
        "the phone hears the caller: {:?}",
        leg.stats()
    );

    // Hold by re-INVITE (sendonly), then resume.
    for (direction, held) in [(Direction::SendOnly, true), (Direction::SendRecv, false)] {
        let offer = leg.reoffer(direction).await.expect("re-offer");
        let out = phone.ua.reinvite(&call, &offer, phone.now());
        phone.carry(out).await;
        let answered = phone
            .wait_for(
                RING,
                |e| matches!(e, PhoneEvent::ReinviteAnswered { call: c, .. } if *c == call),
            )
            .await;
        let PhoneEvent::ReinviteAnswered { answer_sdp, .. } = answered else {
            unreachable!()
        };
        leg.accept_reanswer(&answer_sdp)
            .await
            .expect("re-answer applies");
        leg_until(&desk, &call, |l| l["held"] == held)
            .await
            .unwrap_or_else(|last| panic!("leg held={held}: {last}"));
    }

    // The phone hangs up: BYE, answered 200.
    let before = phone.transcript.len();
    let out = phone.ua.hang_up(&call, phone.now());
    phone.carry(out).await;
    let ended = phone
        .wait_for(RING, |e| matches!(e, PhoneEvent::Ended { .. }))
        .await;
    assert_eq!(
        ended,
        PhoneEvent::Ended {
            call: call.clone(),
            reason: EndReason::LocalHangup
        }
    );
    phone.settle(300).await;
    let bye_exchange: Vec<&str> = phone
        .transcript
        .iter()
        .skip(before)
        .map(String::as_str)
        .collect();
    assert!(
        bye_exchange
            .first()
            .is_some_and(|l| l.starts_with("-> BYE "))
            && bye_exchange.get(1) == Some(&"<- SIP/2.0 200 OK"),
        "{bye_exchange:?}"
    );
    leg_until(&desk, &call, |l| l["state"] == "ended")
        .await
        .unwrap_or_else(|last| panic!("leg ended: {last}"));
    leg.close();

    // A call out to a number: Ringing, then the simulated customer answers.
    let (out_leg, offer) = MediaLeg::offer(&media(), Sound::Voice { seed: 8 })
        .await
        .expect("offer SDP");
    let (dialed, out) = phone.ua.dial("+15551234567", &offer, phone.now());
    phone.carry(out).await;
    phone
        .wait_for(RING, |e| {
            *e == PhoneEvent::Ringing {
                call: dialed.clone(),
            }
        })
        .await;
    let answered = phone
        .wait_for(DIAL_ANSWER, |e| {
            matches!(e, PhoneEvent::Answered { call, .. } | PhoneEvent::Ended { call, .. } if *call == dialed)
        })
        .await;
    let PhoneEvent::Answered { answer_sdp, .. } = answered else {
        panic!("not answered: {answered:?} {:?}", phone.transcript)
    };
    out_leg
        .accept_answer(&answer_sdp)
        .await
        .expect("answer applies");
    let listed = leg_until(&desk, &dialed, |l| {
        l["state"] == "answered" && packets_received(l) > 0
    })
    .await
    .unwrap_or_else(|last| panic!("outgoing leg carries audio: {last}"));
    assert_eq!(listed["direction"], "outgoing", "{listed}");
    assert!(
        phone_hears(&out_leg).await,
        "the customer talks: {:?}",
        out_leg.stats()
    );
    let out = phone.ua.hang_up(&dialed, phone.now());
    phone.carry(out).await;
    let ended = phone
        .wait_for(RING, |e| matches!(e, PhoneEvent::Ended { .. }))
        .await;
    assert_eq!(
        ended,
        PhoneEvent::Ended {
            call: dialed.clone(),
            reason: EndReason::LocalHangup
        }
    );
    leg_until(&desk, &dialed, |l| l["state"] == "ended")
        .await
        .unwrap_or_else(|last| panic!("outgoing leg ended: {last}"));
    out_leg.close();

    // Sign-out: the contact goes.
    let out = phone.ua.unregister(phone.now());
    phone.carry(out).await;
    phone
        .wait_for(RING, |e| {
            *e == PhoneEvent::Registration(RegistrationState::Unregistered)
        })
        .await;
    let (_, body) = desk.t.get("/v1.0/sim/phone", &desk.admin).await;
    assert_eq!(body["registrations"], json!([]), "{body}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn desk_user_agent_keeps_alive_and_hears_calls_end_from_the_far_side() {
    let desk = Desk::start().await;
    let (mut phone, agent) = agent1_phone(&desk).await;

    // The keep-alive ping (RFC 5626) is answered with a CRLF.
    let out = phone.ua.on_tick(phone.now() + IDLE_BEFORE_PING_MS);
    assert_eq!(out, [Output::Send(PING.to_string())]);
    phone.carry(out).await;
    phone.settle(300).await;
    assert_eq!(
        phone.transcript.last().map(String::as_str),
        Some("<- (keep-alive)"),
        "{:?}",
        phone.transcript
    );

    // The call ends while it rings: CANCEL.
    desk.place_caller_for(&agent).await;
    let incoming = phone
        .wait_for(RING, |e| matches!(e, PhoneEvent::Incoming { .. }))
        .await;
    let PhoneEvent::Incoming { call, .. } = incoming else {
        unreachable!()
    };
    hang_up_from_voipbin(&desk, &agent).await;
    let ended = phone
        .wait_for(RING, |e| matches!(e, PhoneEvent::Ended { .. }))
        .await;
    let cancelled = PhoneEvent::Ended {
        call: call.clone(),
        reason: EndReason::Cancelled,
    };
    assert_eq!(ended, cancelled, "{:?}", phone.transcript);

    // An answered call ended by VoIPBIN: BYE.
    desk.set_status(&agent, "available").await;
    let (call, _, leg) = ring_and_answer(&desk, &mut phone, &agent).await;
    hang_up_from_voipbin(&desk, &agent).await;
    let ended = phone
        .wait_for(RING, |e| matches!(e, PhoneEvent::Ended { .. }))
        .await;
    let remote = PhoneEvent::Ended {
        call: call.clone(),
        reason: EndReason::RemoteHangup,
    };
    assert_eq!(ended, remote, "{:?}", phone.transcript);
    leg.close();

    // Every SIP socket dropped: the call in progress and the registration go with it.
    desk.set_status(&agent, "available").await;
    let (call, _, leg) = ring_and_answer(&desk, &mut phone, &agent).await;
    let (status, body) = desk
        .t
        .request(
            "POST",
            "/v1.0/sim/faults",
            Some(&desk.admin),
            Some(json!({"fault": "drop_sip"})),
        )
        .await;
    assert!(status.is_success(), "{body}");
    let lost = PhoneEvent::Ended {
        call: call.clone(),
        reason: EndReason::TransportLost,
    };
    phone.wait_for(RING, |e| *e == lost).await;
    phone
        .wait_for(RING, |e| {
            *e == PhoneEvent::Registration(RegistrationState::Unregistered)
        })
        .await;
    assert!(phone.closed);
    leg.close();
}
