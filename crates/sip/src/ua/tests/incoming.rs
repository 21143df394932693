use super::*;
use crate::ua::EndReason;

/// The stand-in's ring: an INVITE with its headers and an offer.
pub fn ring_invite(call_id: &str, branch: &str) -> String {
    format!(
        "INVITE sip:c0ntact@abc.invalid;transport=ws SIP/2.0\r\n\
         Via: SIP/2.0/WS standin.invalid;branch={branch}\r\nMax-Forwards: 70\r\n\
         From: \"Jane Caller\" <sip:+15550001@{DOMAIN}>;tag=caller1\r\nTo: <sip:2001@{DOMAIN}>\r\n\
         Call-ID: {call_id}\r\nCSeq: 1 INVITE\r\nContact: <sip:standin@standin.invalid;transport=ws>\r\n\
         Content-Type: application/sdp\r\nContent-Length: {}\r\n\r\n{OFFER}",
        OFFER.len()
    )
}

/// A request from the stand-in inside the dialog of `ringing` (our 180 or 200).
pub fn in_dialog(ours: &Response, method: &str, seq: u32, branch: &str, body: &str) -> String {
    let to = ours.headers.get("To").unwrap();
    let call_id = ours.headers.call_id().unwrap();
    let contact = ours.headers.contacts().remove(0).uri;
    let content = if body.is_empty() {
        String::new()
    } else {
        "Content-Type: application/sdp\r\n".into()
    };
    format!(
        "{method} {contact} SIP/2.0\r\nVia: SIP/2.0/WS standin.invalid;branch={branch}\r\n\
         Max-Forwards: 70\r\nFrom: \"Jane Caller\" <sip:+15550001@{DOMAIN}>;tag=caller1\r\nTo: {to}\r\n\
         Call-ID: {call_id}\r\nCSeq: {seq} {method}\r\n{content}Content-Length: {}\r\n\r\n{body}",
        body.len()
    )
}

/// Rings a registered UA; returns the 180 it sent.
pub fn rung(ua: &mut UserAgent, call_id: &str) -> Response {
    let out = ua.on_frame(&ring_invite(call_id, "z9hG4bKring1"), 2_000);
    assert_eq!(statuses(&out), [100, 180]);
    responses(&out).remove(1)
}

/// An incoming call answered and ACKed; returns the 200 sent.
pub fn confirmed(ua: &mut UserAgent, call_id: &str) -> Response {
    rung(ua, call_id);
    let out = ua.answer(call_id, ANSWER, 3_000);
    let ok = responses(&out).remove(0);
    let out = ua.on_frame(&in_dialog(&ok, "ACK", 1, "z9hG4bKack1", ""), 3_010);
    assert_eq!(
        events(&out),
        [PhoneEvent::Confirmed {
            call: call_id.into()
        }]
    );
    ok
}

#[test]
fn ring_answer_ack_then_remote_bye() {
    let mut ua = registered();
    let out = ua.on_frame(&ring_invite("in-1", "z9hG4bKring1"), 2_000);
    assert_eq!(statuses(&out), [100, 180]);
    let ringing = responses(&out).remove(1);
    let our_tag = ringing.headers.to().unwrap().tag().unwrap().to_string();
    assert_eq!(ringing.headers.contacts().len(), 1);
    assert_eq!(
        events(&out),
        [PhoneEvent::Incoming {
            call: "in-1".into(),
            caller: crate::ua::Party {
                display_name: Some("Jane Caller".into()),
                user: "+15550001".into(),
                uri: format!("sip:+15550001@{DOMAIN}"),
            },
            offer_sdp: Some(OFFER.into()),
        }]
    );
    // A retransmitted INVITE gets the 180 again, and no second event.
    let again = ua.on_frame(&ring_invite("in-1", "z9hG4bKring1"), 2_100);
    assert_eq!(statuses(&again), [180]);
    assert!(events(&again).is_empty());

    let out = ua.answer("in-1", ANSWER, 3_000);
    let ok = responses(&out).remove(0);
    assert_eq!(ok.status, 200);
    assert_eq!(ok.body_text(), Some(ANSWER));
    assert_eq!(
        ok.headers.content_type().as_deref(),
        Some("application/sdp")
    );
    assert_eq!(ok.headers.to().unwrap().tag(), Some(our_tag.as_str()));
    assert!(events(&out).is_empty(), "up only at the ACK");
    assert!(ua.answer("in-1", ANSWER, 3_001).is_empty(), "answered once");

    let out = ua.on_frame(&in_dialog(&ok, "ACK", 1, "z9hG4bKack1", ""), 3_010);
    assert_eq!(
        events(&out),
        [PhoneEvent::Confirmed {
            call: "in-1".into()
        }]
    );
    assert!(sent(&out).is_empty());

    let out = ua.on_frame(&in_dialog(&ok, "BYE", 2, "z9hG4bKbye1", ""), 9_000);
    assert_eq!(statuses(&out), [200]);
    assert_eq!(
        events(&out),
        [PhoneEvent::Ended {
            call: "in-1".into(),
            reason: EndReason::RemoteHangup
        }]
    );
    let late = ua.on_frame(&in_dialog(&ok, "BYE", 3, "z9hG4bKbye2", ""), 9_100);
    assert_eq!(statuses(&late), [481]);
}

#[test]
fn cancel_while_ringing_gets_200_and_487() {
    let mut ua = registered();
    rung(&mut ua, "in-2");
    let cancel = ring_invite("in-2", "z9hG4bKring1")
        .replacen("INVITE sip:", "CANCEL sip:", 1)
        .replace("CSeq: 1 INVITE", "CSeq: 1 CANCEL");
    let cancel =
        cancel.split("Content-Type").next().unwrap().to_string() + "Content-Length: 0\r\n\r\n";
    let out = ua.on_frame(&cancel, 2_500);
    let sent = responses(&out);
    let cseqs: Vec<String> = sent
        .iter()
        .map(|r| format!("{} {}", r.status, r.headers.get("CSeq").unwrap()))
        .collect();
    assert_eq!(cseqs, ["200 1 CANCEL", "487 1 INVITE"]);
    assert_eq!(
        events(&out),
        [PhoneEvent::Ended {
            call: "in-2".into(),
            reason: EndReason::Cancelled
        }]
    );
    assert!(ua.answer("in-2", ANSWER, 2_600).is_empty());
    let unknown = ua.on_frame(&cancel.replace("z9hG4bKring1", "z9hG4bKother"), 2_700);
    assert_eq!(statuses(&unknown), [481]);
}

#[test]
fn decline_and_hang_up_while_ringing_answer_486() {
    for hang_up in [false, true] {
        let mut ua = registered();
        rung(&mut ua, "in-3");
        let out = if hang_up {
            ua.hang_up("in-3", 2_500)
        } else {
            ua.decline("in-3", 2_500)
        };
        assert_eq!(statuses(&out), [486]);
        assert_eq!(
            events(&out),
            [PhoneEvent::Ended {
                call: "in-3".into(),
                reason: EndReason::Declined
            }]
        );
        // The stand-in's ACK for the 486 (same branch) ends the server transaction quietly.
        let ack = ring_invite("in-3", "z9hG4bKring1")
            .replacen("INVITE sip:", "ACK sip:", 1)
            .replace("CSeq: 1 INVITE", "CSeq: 1 ACK");
        assert!(ua.on_frame(&ack, 2_600).is_empty());
    }
}

#[test]
fn missing_ack_ends_the_call_with_bye() {
    let mut ua = registered();
    rung(&mut ua, "in-4");
    ua.answer("in-4", ANSWER, 3_000);
    assert_eq!(
        ua.next_deadline_ms(),
        Some(32_000),
        "the keep-alive comes first"
    );
    ua.on_frame("\r\n", 30_000);
    let out = ua.on_tick(35_000);
    assert_eq!(
        one_request(&out, Method::Bye).headers.cseq().unwrap().seq,
        1
    );
    assert_eq!(
        events(&out),
        [PhoneEvent::Ended {
            call: "in-4".into(),
            reason: EndReason::Timeout
        }]
    );
}

#[test]
fn hang_up_before_the_ack_sends_bye_at_the_ack() {
    let mut ua = registered();
    rung(&mut ua, "in-5");
    let ok = responses(&ua.answer("in-5", ANSWER, 3_000)).remove(0);
    let out = ua.hang_up("in-5", 3_001);
    assert!(sent(&out).is_empty(), "no BYE before the ACK");
    assert_eq!(
        events(&out),
        [PhoneEvent::Ended {
            call: "in-5".into(),
            reason: EndReason::LocalHangup
        }]
    );
    let out = ua.on_frame(&in_dialog(&ok, "ACK", 1, "z9hG4bKack1", ""), 3_010);
    let bye = one_request(&out, Method::Bye);
    assert_eq!(
        bye.uri.to_string(),
        "sip:standin@standin.invalid;transport=ws"
    );
    assert_eq!(
        bye.headers.from().unwrap().tag(),
        ok.headers.to().unwrap().tag()
    );
    assert!(events(&out).is_empty(), "ended once");
}

#[test]
fn local_bye_and_unknown_dialogs() {
    let mut ua = registered();
    let ok = confirmed(&mut ua, "in-6");
    let out = ua.hang_up("in-6", 4_000);
    let bye = one_request(&out, Method::Bye);
    assert_eq!(bye.headers.to().unwrap().tag(), Some("caller1"));
    assert_eq!(bye.headers.call_id(), Some("in-6"));
    assert_eq!(
        events(&out),
        [PhoneEvent::Ended {
            call: "in-6".into(),
            reason: EndReason::LocalHangup
        }]
    );
    assert!(ua.on_frame(&answer(&bye, 200, &[], ""), 4_010).is_empty());
    let info = in_dialog(&ok, "INFO", 5, "z9hG4bKinfo", "");
    assert_eq!(statuses(&ua.on_frame(&info, 4_100)), [481]);
}

#[test]
fn a_second_invite_rings_too_and_disconnect_ends_every_call() {
    let mut ua = registered();
    confirmed(&mut ua, "in-7");
    let out = ua.on_frame(&ring_invite("in-8", "z9hG4bKring8"), 5_000);
    assert!(
        matches!(events(&out).as_slice(), [PhoneEvent::Incoming { call, .. }] if call == "in-8")
    );
    let out = ua.on_disconnected(6_000);
    let ended: Vec<_> = events(&out)
        .into_iter()
        .filter(|e| matches!(e, PhoneEvent::Ended { .. }))
        .collect();
    assert_eq!(
        ended,
        [
            PhoneEvent::Ended {
                call: "in-7".into(),
                reason: EndReason::TransportLost
            },
            PhoneEvent::Ended {
                call: "in-8".into(),
                reason: EndReason::TransportLost
            },
        ]
    );
    assert!(ua.hang_up("in-7", 6_001).is_empty());
}

#[test]
fn malformed_requests_get_400_or_nothing() {
    let mut ua = registered();
    let no_cseq = ring_invite("in-9", "z9hG4bKx").replace("CSeq: 1 INVITE\r\n", "");
    assert_eq!(statuses(&ua.on_frame(&no_cseq, 2_000)), [400]);
    let wrong_method = ring_invite("in-9", "z9hG4bKx").replace("CSeq: 1 INVITE", "CSeq: 1 BYE");
    assert_eq!(statuses(&ua.on_frame(&wrong_method, 2_000)), [400]);
    let no_contact = ring_invite("in-9", "z9hG4bKy").replace(
        "Contact: <sip:standin@standin.invalid;transport=ws>\r\n",
        "",
    );
    let out = ua.on_frame(&no_contact, 2_000);
    assert_eq!(statuses(&out), [100, 400]);
    assert!(events(&out).is_empty());
    assert!(ua.on_frame("garbage\r\n\r\n", 2_000).is_empty());
    let message = ring_invite("m", "z9hG4bKm")
        .replacen("INVITE sip:", "MESSAGE sip:", 1)
        .replace("1 INVITE", "1 MESSAGE");
    assert_eq!(statuses(&ua.on_frame(&message, 2_000)), [405]);
}

#[test]
fn calls_beyond_the_limit_are_busy() {
    let mut ua = registered();
    for n in 0..crate::ua::call::MAX_CALLS {
        let out = ua.on_frame(
            &ring_invite(&format!("many-{n}"), &format!("z9hG4bKm{n}")),
            2_000,
        );
        assert_eq!(statuses(&out), [100, 180]);
    }
    let out = ua.on_frame(&ring_invite("one-too-many", "z9hG4bKmany"), 2_000);
    assert_eq!(statuses(&out), [100, 486]);
    assert!(events(&out).is_empty());
}
