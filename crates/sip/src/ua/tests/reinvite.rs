use super::incoming::{confirmed, in_dialog};
use super::*;
use crate::ua::EndReason;

const HOLD: &str = "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 0\r\na=sendonly\r\n";

#[test]
fn our_hold_reinvite_is_acked_and_reported() {
    let mut ua = registered();
    confirmed(&mut ua, "in-1");
    let out = ua.reinvite("in-1", HOLD, 4_000);
    let reinvite = one_request(&out, Method::Invite);
    assert_eq!(
        reinvite.headers.cseq().unwrap().seq,
        1,
        "our first request in the dialog"
    );
    assert_eq!(reinvite.headers.to().unwrap().tag(), Some("caller1"));
    assert_eq!(reinvite.body_text(), Some(HOLD));
    assert_eq!(
        reinvite.uri.to_string(),
        "sip:standin@standin.invalid;transport=ws"
    );
    assert!(ua.reinvite("in-1", HOLD, 4_001).is_empty(), "one at a time");

    let out = ua.on_frame(
        &answer(
            &reinvite,
            200,
            &[("Contact", "<sip:standin@standin.invalid;transport=ws>")],
            ANSWER,
        ),
        4_010,
    );
    let ack = one_request(&out, Method::Ack);
    assert_eq!(ack.headers.cseq().unwrap().to_string(), "1 ACK");
    assert_eq!(
        events(&out),
        [PhoneEvent::ReinviteAnswered {
            call: "in-1".into(),
            answer_sdp: ANSWER.into()
        }]
    );

    let out = ua.reinvite("in-1", OFFER, 5_000);
    let resume = one_request(&out, Method::Invite);
    assert_eq!(resume.headers.cseq().unwrap().seq, 2);
    let out = ua.on_frame(&answer(&resume, 491, &[], ""), 5_010);
    assert_eq!(
        events(&out),
        [PhoneEvent::ReinviteFailed {
            call: "in-1".into(),
            status: 491
        }]
    );
    assert!(
        !ua.reinvite("in-1", OFFER, 5_020).is_empty(),
        "may try again"
    );
}

#[test]
fn their_reinvite_is_offered_and_answered_or_rejected() {
    let mut ua = registered();
    let ok = confirmed(&mut ua, "in-2");
    let out = ua.on_frame(&in_dialog(&ok, "INVITE", 2, "z9hG4bKre1", HOLD), 4_000);
    assert_eq!(statuses(&out), [100]);
    assert_eq!(
        events(&out),
        [PhoneEvent::RemoteOffer {
            call: "in-2".into(),
            sdp: HOLD.into()
        }]
    );
    // Our own re-INVITE must wait; a second one of theirs gets 500 (14.2).
    assert!(ua.reinvite("in-2", OFFER, 4_001).is_empty());
    let second = ua.on_frame(&in_dialog(&ok, "INVITE", 3, "z9hG4bKre2", HOLD), 4_002);
    assert_eq!(statuses(&second), [100, 500]);

    let out = ua.answer_reinvite("in-2", ANSWER, 4_010);
    let reply = responses(&out).remove(0);
    assert_eq!((reply.status, reply.body_text()), (200, Some(ANSWER)));
    assert_eq!(reply.headers.get("CSeq"), Some("2 INVITE"));
    assert!(ua.answer_reinvite("in-2", ANSWER, 4_011).is_empty());
    let ack = ua.on_frame(&in_dialog(&ok, "ACK", 2, "z9hG4bKack2", ""), 4_020);
    assert!(ack.is_empty(), "{ack:?}");

    ua.on_frame(&in_dialog(&ok, "INVITE", 4, "z9hG4bKre3", OFFER), 5_000);
    let out = ua.reject_reinvite("in-2", 5_010);
    assert_eq!(statuses(&out), [488]);
    // An offerless re-INVITE gets our last SDP.
    let out = ua.on_frame(&in_dialog(&ok, "INVITE", 5, "z9hG4bKre4", ""), 6_000);
    assert_eq!(statuses(&out), [100, 200]);
    assert_eq!(responses(&out)[1].body_text(), Some(ANSWER));
    // Out of order: 500.
    let out = ua.on_frame(&in_dialog(&ok, "INFO", 1, "z9hG4bKold", ""), 6_100);
    assert_eq!(statuses(&out), [500]);
}

#[test]
fn glare_gets_491_and_a_timed_out_reinvite_ends_the_call() {
    let mut ua = registered();
    let ok = confirmed(&mut ua, "in-3");
    let out = ua.reinvite("in-3", HOLD, 4_000);
    one_request(&out, Method::Invite);
    let theirs = ua.on_frame(&in_dialog(&ok, "INVITE", 2, "z9hG4bKg", HOLD), 4_001);
    assert_eq!(statuses(&theirs), [100, 491]);
    ua.on_frame("\r\n", 30_000);
    let out = ua.on_tick(4_000 + crate::transaction::TIMEOUT_MS);
    assert_eq!(
        events(&out),
        [
            PhoneEvent::ReinviteFailed {
                call: "in-3".into(),
                status: 408
            },
            PhoneEvent::Ended {
                call: "in-3".into(),
                reason: EndReason::Timeout
            },
        ]
    );
    one_request(&out, Method::Bye);
}
