use super::*;
use crate::digest::Credentials;
use crate::ua::{escape_user, target_uri, EndReason};

const SERVER_CONTACT: &str = "<sip:standin@standin.invalid;transport=ws>";

/// Dials and returns the INVITE sent.
fn dialed(ua: &mut UserAgent, target: &str) -> (String, Request) {
    let (call, out) = ua.dial(target, OFFER, 2_000);
    let invite = one_request(&out, Method::Invite);
    (call, invite)
}

fn ended(out: &[Output]) -> Vec<EndReason> {
    events(out)
        .into_iter()
        .filter_map(|e| match e {
            PhoneEvent::Ended { reason, .. } => Some(reason),
            _ => None,
        })
        .collect()
}

#[test]
fn targets_are_escaped_user_parts_at_our_domain() {
    assert_eq!(escape_user("agent:1a2b"), "agent%3A1a2b");
    assert_eq!(escape_user("+15551234567"), "+15551234567");
    assert_eq!(escape_user("a b@c?"), "a%20b%40c%3F");
    let uri = target_uri("conference:xyz", DOMAIN).unwrap();
    assert_eq!(uri.to_string(), format!("sip:conference%3Axyz@{DOMAIN}"));
    assert_eq!(
        target_uri("sip:bob@example.com", DOMAIN).unwrap().host,
        "example.com"
    );
    assert_eq!(target_uri("  ", DOMAIN), None);
    assert_eq!(target_uri("sip:", DOMAIN), None);
}

#[test]
fn challenge_then_ringing_then_answer_is_acked() {
    let mut ua = registered();
    let (call, invite) = dialed(&mut ua, "agent:abc");
    assert_eq!(invite.uri.to_string(), format!("sip:agent%3Aabc@{DOMAIN}"));
    assert_eq!(invite.body_text(), Some(OFFER));
    assert_eq!(invite.headers.call_id(), Some(call.as_str()));
    assert_eq!(invite.headers.contacts().len(), 1);
    assert_eq!(invite.headers.to().unwrap().tag(), None);

    let proxy = challenge("n9", false);
    let out = ua.on_frame(
        &answer(&invite, 407, &[("Proxy-Authenticate", &proxy)], ""),
        2_010,
    );
    let acks = requests(&out);
    assert_eq!(
        acks.first().map(|r| r.method.clone()),
        Some(Method::Ack),
        "the 407 is ACKed"
    );
    let retry = one_request(&out, Method::Invite);
    assert_eq!(retry.headers.call_id(), invite.headers.call_id());
    assert_eq!(
        retry.headers.from().unwrap().tag(),
        invite.headers.from().unwrap().tag()
    );
    assert_eq!(retry.headers.cseq().unwrap().seq, 2);
    assert_ne!(
        retry.headers.top_via().unwrap().branch(),
        invite.headers.top_via().unwrap().branch()
    );
    let given = Credentials::parse(retry.headers.get("Proxy-Authorization").unwrap()).unwrap();
    assert_eq!(given.uri, retry.uri.to_string());
    assert!(given.verify("INVITE", PASSWORD));
    assert!(events(&out).is_empty());

    assert!(events(&ua.on_frame(&answer(&retry, 100, &[], ""), 2_020)).is_empty());
    let out = ua.on_frame(
        &answer(&retry, 180, &[("Contact", SERVER_CONTACT)], ""),
        2_030,
    );
    assert_eq!(events(&out), [PhoneEvent::Ringing { call: call.clone() }]);
    assert!(
        events(&ua.on_frame(&answer(&retry, 183, &[], ""), 2_031)).is_empty(),
        "once"
    );

    let ok = answer(&retry, 200, &[("Contact", SERVER_CONTACT)], ANSWER);
    let out = ua.on_frame(&ok, 2_040);
    let ack = one_request(&out, Method::Ack);
    assert_eq!(
        ack.uri.to_string(),
        "sip:standin@standin.invalid;transport=ws"
    );
    assert_eq!(ack.headers.cseq().unwrap().to_string(), "2 ACK");
    assert_eq!(ack.headers.to().unwrap().tag(), Some("srv-tag"));
    assert_eq!(
        events(&out),
        [PhoneEvent::Answered {
            call: call.clone(),
            answer_sdp: ANSWER.into()
        }]
    );
    // The 2xx again: the ACK again, no second event.
    let again = ua.on_frame(&ok, 2_050);
    assert_eq!(requests(&again), [ack]);
    assert!(events(&again).is_empty());

    let out = ua.hang_up(&call, 5_000);
    let bye = one_request(&out, Method::Bye);
    assert_eq!(bye.headers.cseq().unwrap().seq, 3);
    assert_eq!(ended(&out), [EndReason::LocalHangup]);
}

#[test]
fn failures_map_to_end_reasons() {
    let cases = [
        (486, EndReason::Busy),
        (603, EndReason::Busy),
        (404, EndReason::NotFound),
        (487, EndReason::Cancelled),
        (408, EndReason::Timeout),
        (
            488,
            EndReason::Rejected {
                status: 488,
                reason: "Not Acceptable Here".into(),
            },
        ),
    ];
    for (status, reason) in cases {
        let mut ua = registered();
        let (call, invite) = dialed(&mut ua, "+15551234567");
        ua.on_frame(&answer(&invite, 180, &[], ""), 2_010);
        let out = ua.on_frame(&answer(&invite, status, &[], ""), 2_020);
        assert_eq!(
            one_request(&out, Method::Ack).headers.cseq().unwrap().seq,
            1
        );
        assert_eq!(
            events(&out),
            [PhoneEvent::Ended {
                call: call.clone(),
                reason
            }],
            "{status}"
        );
        assert!(ua.hang_up(&call, 2_030).is_empty());
    }
}

#[test]
fn a_second_challenge_is_not_answered() {
    let mut ua = registered();
    let (_, invite) = dialed(&mut ua, "2002");
    let out = ua.on_frame(
        &answer(
            &invite,
            401,
            &[("WWW-Authenticate", &challenge("a", false))],
            "",
        ),
        2_010,
    );
    let retry = one_request(&out, Method::Invite);
    assert!(retry.headers.get("Authorization").is_some());
    let out = ua.on_frame(
        &answer(
            &retry,
            401,
            &[("WWW-Authenticate", &challenge("b", false))],
            "",
        ),
        2_020,
    );
    assert!(requests(&out).iter().all(|r| r.method == Method::Ack));
    assert_eq!(
        ended(&out),
        [EndReason::Rejected {
            status: 401,
            reason: "Unauthorized".into()
        }]
    );
}

#[test]
fn cancel_after_ringing_ends_at_the_487() {
    let mut ua = registered();
    let (call, invite) = dialed(&mut ua, "+15551234567");
    ua.on_frame(&answer(&invite, 180, &[], ""), 2_010);
    let out = ua.hang_up(&call, 2_500);
    let cancel = one_request(&out, Method::Cancel);
    assert_eq!(
        cancel.headers.top_via().unwrap().branch(),
        invite.headers.top_via().unwrap().branch()
    );
    assert_eq!(cancel.headers.cseq().unwrap().to_string(), "1 CANCEL");
    assert!(events(&out).is_empty(), "ends at the 487");
    assert!(ua.hang_up(&call, 2_501).is_empty());
    assert!(ua
        .on_frame(&answer(&cancel, 200, &[], ""), 2_510)
        .is_empty());
    let out = ua.on_frame(&answer(&invite, 487, &[], ""), 2_520);
    assert_eq!(ended(&out), [EndReason::LocalHangup]);
}

#[test]
fn cancel_before_any_response_waits_for_the_first_provisional() {
    let mut ua = registered();
    let (call, invite) = dialed(&mut ua, "+15551234567");
    assert!(
        ua.hang_up(&call, 2_001).is_empty(),
        "no CANCEL before a provisional (9.1)"
    );
    let out = ua.on_frame(&answer(&invite, 100, &[], ""), 2_010);
    one_request(&out, Method::Cancel);
    // The far end answered meanwhile: ACK and BYE.
    let out = ua.on_frame(
        &answer(&invite, 200, &[("Contact", SERVER_CONTACT)], ANSWER),
        2_020,
    );
    one_request(&out, Method::Ack);
    one_request(&out, Method::Bye);
    assert_eq!(ended(&out), [EndReason::LocalHangup]);
}

#[test]
fn cancel_without_final_response_gives_up_and_no_response_times_out() {
    let mut ua = registered();
    let (call, invite) = dialed(&mut ua, "+15551234567");
    ua.on_frame(&answer(&invite, 180, &[], ""), 2_010);
    ua.hang_up(&call, 2_020);
    ua.on_frame("\r\n", 30_000);
    let out = ua.on_tick(2_020 + crate::transaction::TIMEOUT_MS);
    assert_eq!(ended(&out), [EndReason::LocalHangup]);

    let mut ua = registered();
    let (_, _) = dialed(&mut ua, "+15551234567");
    ua.on_frame("\r\n", 30_000);
    let out = ua.on_tick(2_000 + crate::transaction::TIMEOUT_MS);
    assert_eq!(ended(&out), [EndReason::Timeout]);
}

#[test]
fn dialing_while_disconnected_or_nowhere_ends_at_once() {
    let mut ua = UserAgent::new(settings(), 9);
    let (call, out) = ua.dial("+1555", OFFER, 0);
    assert_eq!(
        events(&out),
        [PhoneEvent::Ended {
            call,
            reason: EndReason::TransportLost
        }]
    );
    let mut ua = registered();
    let (call, out) = ua.dial("sip:@@", OFFER, 0);
    assert_eq!(
        events(&out),
        [PhoneEvent::Ended {
            call,
            reason: EndReason::NotFound
        }]
    );
}
