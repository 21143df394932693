//! Calls placed from phones: to an agent without a phone (the simulated agent answers) and with
//! one (its phone rings: decline gives 486, answer connects, BYE ends both), unknown targets,
//! and bad requests (challenge, 488, 481) that leave the connection working.

use std::time::Duration;

use serde_json::Value;

use super::phone_client::PhoneError;
use super::phone_desk::{eventually, Desk};

// The registrar tests' bare SIP socket, included here too (its module is private there).
#[path = "sip_registrar/socket.rs"]
#[allow(dead_code, clippy::duplicate_mod)]
mod raw;

const RING: Duration = Duration::from_secs(5);
const WAIT: Duration = Duration::from_secs(5);

async fn leg_of(desk: &Desk, sip_call_id: &str) -> Value {
    desk.phone_legs()
        .await
        .into_iter()
        .find(|l| l["sip_call_id"] == sip_call_id)
        .unwrap_or(Value::Null)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_phone_calls_another_agent_and_owns_the_call() {
    let desk = Desk::start().await;
    let agent = desk.t.agent_id("agent1@demo");
    let target = desk.t.agent_id("agent2@demo");
    let phone = desk.phone("agent1@demo").await;
    let dialing = phone
        .dial(&format!("agent:{target}"))
        .await
        .expect("INVITE sent");
    let sip_call_id = dialing.call_id().to_owned();
    let call = dialing
        .answered(Duration::from_secs(8))
        .await
        .unwrap_or_else(|e| panic!("answered: {e:?} {:?}", phone.transcript()));
    let leg = leg_of(&desk, &sip_call_id).await;
    assert_eq!(leg["state"], "answered", "{leg}");
    assert_eq!(leg["direction"], "outgoing", "{leg}");
    let call_id = leg["call_id"].as_str().unwrap_or_default();
    let (status, body) = desk
        .t
        .get(&format!("/v1.0/calls/{call_id}"), &desk.admin)
        .await;
    assert!(status.is_success(), "{body}");
    let resource = body.get("result").unwrap_or(&body);
    assert_eq!(resource["owner_id"], agent.as_str(), "{resource}");
    assert_eq!(resource["status"], "progressing", "{resource}");
    assert_eq!(
        resource["destination"]["target"],
        target.as_str(),
        "{resource}"
    );
    call.bye().await.expect("bye");
    let ended = eventually(WAIT, || async {
        let (_, body) = desk
            .t
            .get(&format!("/v1.0/calls/{call_id}"), &desk.admin)
            .await;
        let resource = body.get("result").unwrap_or(&body).clone();
        (resource["status"] == "hangup").then_some(())
    })
    .await;
    assert!(ended.is_some(), "the call hangs up after BYE");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_phone_dialing_nobody_gets_404() {
    let desk = Desk::start().await;
    let phone = desk.phone("agent1@demo").await;
    for target in ["no-such-extension", "agent:not-an-agent", "+12"] {
        let dialing = phone.dial(target).await.expect("INVITE sent");
        match dialing.answered(WAIT).await {
            Err(PhoneError::Rejected { statuses }) => assert_eq!(statuses, vec![404], "{target}"),
            other => panic!("{target}: expected 404, got {:?}", other.err()),
        }
    }
}

/// The final status the stand-in gives a raw request (provisional answers skipped).
async fn final_status(socket: &mut raw::SipSocket, request: &str) -> u16 {
    socket.send_raw(request).await;
    loop {
        let text = socket.next_text(WAIT).await.expect("an answer");
        let response =
            rsip::Response::try_from(text.as_str()).unwrap_or_else(|e| panic!("{e}: {text}"));
        if response.status_code.code() >= 200 {
            return response.status_code.code();
        }
    }
}

fn invite(realm: &str, target: &str, call_id: &str, to_tag: &str, sdp: &str) -> String {
    format!(
        "INVITE sip:{target}@{realm} SIP/2.0\r\nVia: SIP/2.0/WS client.invalid;branch=z9hG4bK{call_id}\r\n\
         Max-Forwards: 70\r\nFrom: <sip:2001@{realm}>;tag=a1\r\nTo: <sip:{target}@{realm}>{to_tag}\r\n\
         Call-ID: {call_id}\r\nCSeq: 1 INVITE\r\nContact: <sip:2001@client.invalid;transport=ws>\r\n\
         Content-Type: application/sdp\r\nContent-Length: {}\r\n\r\n{sdp}",
        sdp.len()
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_requests_from_a_phone_get_sip_errors() {
    let desk = Desk::start().await;
    let credentials = desk.credentials("agent1@demo").await;
    let account = raw::Account {
        username: credentials.username.clone(),
        password: credentials.password.clone(),
        realm: desk.realm(),
    };
    let realm = desk.realm();
    // Not registered: the INVITE is challenged.
    let mut stranger = raw::SipSocket::connect(desk.t.server.addr).await;
    let sdp = "v=0\r\nthis is not an SDP\r\n";
    assert_eq!(
        final_status(
            &mut stranger,
            &invite(&realm, "+15550001111", "c0", "", sdp)
        )
        .await,
        401
    );
    let mut socket = raw::SipSocket::connect(desk.t.server.addr).await;
    let registered = socket
        .register_with(
            &account,
            &account.password,
            &["<sip:2001@client.invalid;transport=ws>"],
            None,
        )
        .await;
    assert_eq!(registered.status_code.code(), 200, "{registered}");
    // A broken SDP: 488.
    assert_eq!(
        final_status(&mut socket, &invite(&realm, "+15550001111", "c1", "", sdp)).await,
        488
    );
    // No SDP at all: 488 too (offers in the ACK are not taken).
    assert_eq!(
        final_status(&mut socket, &invite(&realm, "+15550001111", "c2", "", "")).await,
        488
    );
    // A re-INVITE or BYE for a dialog that does not exist: 481.
    assert_eq!(
        final_status(
            &mut socket,
            &invite(&realm, "+15550001111", "c3", ";tag=nope", sdp)
        )
        .await,
        481
    );
    let bye = format!(
        "BYE sip:standin@standin.invalid SIP/2.0\r\nVia: SIP/2.0/WS client.invalid;branch=z9hG4bKb4\r\n\
         From: <sip:2001@{realm}>;tag=a1\r\nTo: <sip:x@{realm}>;tag=b\r\nCall-ID: c4\r\nCSeq: 2 BYE\r\n\
         Content-Length: 0\r\n\r\n"
    );
    assert_eq!(final_status(&mut socket, &bye).await, 481);
    // The connection still works: a good call goes through afterwards.
    let phone = desk.phone("agent1@demo").await;
    let call = phone
        .dial("+15550100125")
        .await
        .expect("INVITE sent")
        .answered(Duration::from_secs(8))
        .await
        .expect("answered");
    call.bye().await.expect("bye");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_phone_calling_an_agent_with_a_phone_rings_it() {
    let desk = Desk::start().await;
    let callee = desk.t.agent_id("agent2@demo");
    let caller_extension = desk.credentials("agent1@demo").await.username;
    let phone1 = desk.phone("agent1@demo").await;
    let mut phone2 = desk.phone("agent2@demo").await;

    // Declined by the callee's phone: the caller gets 486.
    let dialing = phone1
        .dial(&format!("agent:{callee}"))
        .await
        .expect("INVITE sent");
    let invite = phone2
        .next_invite(RING)
        .await
        .unwrap_or_else(|e| panic!("callee rung: {e:?} {:?}", phone2.transcript()));
    assert!(
        invite.from().contains(&format!("sip:{caller_extension}@")),
        "{}",
        invite.from()
    );
    phone2.decline(&invite, 486).expect("486 sent");
    match dialing.answered(WAIT).await {
        Err(PhoneError::Rejected { statuses }) => assert_eq!(statuses, vec![486]),
        other => panic!("expected 486, got {:?}", other.err()),
    }

    // Answered: both phones hear the stand-in, the callee's BYE reaches the caller.
    let dialing = phone1.dial("2002").await.expect("INVITE sent");
    let invite = phone2.next_invite(RING).await.expect("callee rung again");
    let answered = phone2.answer(&invite).await.expect("callee answers");
    let call = dialing
        .answered(WAIT)
        .await
        .expect("the caller is connected");
    for side in [&call, &answered] {
        let heard = eventually(WAIT, || async {
            (side.stats().packets_received > 0 && side.stats().level_dbfs > -40.0).then_some(())
        })
        .await;
        assert!(heard.is_some(), "{:?}", side.stats());
    }
    answered.bye().await.expect("callee hangs up");
    call.expect_bye(WAIT)
        .await
        .unwrap_or_else(|e| panic!("BYE to the caller: {e:?} {:?}", phone1.transcript()));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dtmf_sent_as_sip_info_is_reported_and_a_refresh_keeps_the_call() {
    let desk = Desk::start().await;
    let credentials = desk.credentials("agent1@demo").await;
    let realm = desk.realm();
    let account = raw::Account {
        username: credentials.username.clone(),
        password: credentials.password.clone(),
        realm: realm.clone(),
    };
    let mut socket = raw::SipSocket::connect(desk.t.server.addr).await;
    let contact = "<sip:2001@client.invalid;transport=ws>";
    let registered = socket
        .register_with(&account, &account.password, &[contact], None)
        .await;
    assert_eq!(registered.status_code.code(), 200, "{registered}");
    let settings = voipbin_standin::media::MediaSettings {
        ip: std::net::IpAddr::V4(std::net::Ipv4Addr::LOCALHOST),
    };
    let sound = voipbin_standin::media::Sound::Silence;
    let (leg, offer) = voipbin_standin::media::MediaLeg::offer(&settings, sound)
        .await
        .expect("offer");
    let call_id = "info-dtmf-1";
    socket
        .send_raw(&invite(&realm, "+15550001234", call_id, "", &offer))
        .await;
    let ok = loop {
        let text = socket
            .next_text(Duration::from_secs(8))
            .await
            .expect("an answer");
        let response =
            rsip::Response::try_from(text.as_str()).unwrap_or_else(|e| panic!("{e}: {text}"));
        if response.status_code.code() >= 200 {
            break response;
        }
    };
    assert_eq!(ok.status_code.code(), 200, "{ok}");
    leg.accept_answer(&String::from_utf8_lossy(&ok.body))
        .await
        .expect("answer applies");
    use rsip::prelude::{HeadersExt, UntypedHeader};
    let to = ok.to_header().expect("To").value().to_owned();
    let in_dialog = |method: &str, cseq: u32, body: &str| {
        format!(
            "{method} sip:standin@standin.invalid SIP/2.0\r\nVia: SIP/2.0/WS client.invalid;branch=z9hG4bK{method}{cseq}\r\n\
             Max-Forwards: 70\r\nFrom: <sip:2001@{realm}>;tag=a1\r\nTo: {to}\r\nCall-ID: {call_id}\r\n\
             CSeq: {cseq} {method}\r\nContent-Type: application/dtmf-relay\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        )
    };
    socket.send_raw(&in_dialog("ACK", 1, "")).await;
    for (cseq, digit) in [(2, "1"), (3, "2"), (4, "#")] {
        let status = final_status(
            &mut socket,
            &in_dialog("INFO", cseq, &format!("Signal={digit}\r\nDuration=160\r\n")),
        )
        .await;
        assert_eq!(status, 200);
    }
    let leg_json = leg_of(&desk, call_id).await;
    assert_eq!(leg_json["dtmf"], "12#", "{leg_json}");
    // A session refresh without offer: 200 with our SDP as the offer, the call goes on.
    socket.send_raw(&in_dialog("INVITE", 5, "")).await;
    let refreshed = loop {
        let text = socket.next_text(WAIT).await.expect("an answer");
        let response =
            rsip::Response::try_from(text.as_str()).unwrap_or_else(|e| panic!("{e}: {text}"));
        if response.status_code.code() >= 200 {
            break response;
        }
    };
    assert_eq!(refreshed.status_code.code(), 200, "{refreshed}");
    assert!(
        String::from_utf8_lossy(&refreshed.body).starts_with("v=0"),
        "{refreshed}"
    );
    socket.send_raw(&in_dialog("ACK", 5, "")).await;
    assert_eq!(leg_of(&desk, call_id).await["state"], "answered");
    assert_eq!(
        final_status(&mut socket, &in_dialog("BYE", 6, "")).await,
        200
    );
    let ended = eventually(WAIT, || async {
        (leg_of(&desk, call_id).await["state"] == "ended").then_some(())
    })
    .await;
    assert!(ended.is_some(), "{}", leg_of(&desk, call_id).await);
    leg.close();
}
