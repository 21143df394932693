use super::*;
use crate::build::NewRequest;
use crate::message::Message;

fn endpoint() -> LocalEndpoint {
    LocalEndpoint {
        transport: "WSS".into(),
        sent_by: "ua.invalid".into(),
        contact: Uri::parse("sip:agent1@ua.invalid;transport=ws").unwrap(),
    }
}

/// The INVITE the desk sends for an outbound call.
fn our_invite() -> Request {
    let mut invite = Request::new(NewRequest {
        method: Method::Invite,
        uri: Uri::parse("sip:+15550100@voipbin.test").unwrap(),
        from: NameAddr::parse("<sip:agent1@voipbin.test>;tag=local1").unwrap(),
        to: NameAddr::parse("<sip:+15550100@voipbin.test>").unwrap(),
        call_id: "out-1".into(),
        cseq: 3,
        via: Via::new("WSS", "ua.invalid", "z9hG4bKd1"),
    });
    invite
        .headers
        .push("Contact", "<sip:agent1@ua.invalid;transport=ws>");
    invite
}

fn answer(
    invite: &Request,
    status: u16,
    record_routes: &[&str],
    contact: Option<&str>,
) -> Response {
    let mut response = Response::from_request(invite, status, Some("remote1"));
    response.headers.remove("Record-Route");
    for route in record_routes {
        response.headers.push("Record-Route", *route);
    }
    if let Some(contact) = contact {
        response.headers.push("Contact", contact);
    }
    response
}

const PROXY_A: &str = "<sip:a.voipbin.test;lr>";
const PROXY_B: &str = "<sip:b.voipbin.test;transport=ws;lr>";

#[test]
fn uac_early_dialog_is_confirmed_by_the_2xx_which_recomputes_routes() {
    let invite = our_invite();
    let ringing = answer(&invite, 180, &[PROXY_A], Some("<sip:early@gw.test>"));
    let mut dialog = Dialog::from_uac(&invite, &ringing).unwrap();
    assert_eq!(dialog.state, DialogState::Early);
    assert_eq!(
        dialog.id,
        DialogId {
            call_id: "out-1".into(),
            local_tag: "local1".into(),
            remote_tag: "remote1".into()
        }
    );
    assert_eq!(dialog.remote_target.host, "gw.test");
    assert_eq!(dialog.local_cseq, 3);
    let ok = answer(
        &invite,
        200,
        &[PROXY_A, PROXY_B],
        Some("<sip:callee@media.test>"),
    );
    assert!(dialog.matches_response(&ok));
    dialog.on_response(&ok).unwrap();
    assert_eq!(dialog.state, DialogState::Confirmed);
    assert_eq!(dialog.remote_target.host, "media.test");
    let hosts: Vec<_> = dialog
        .route_set
        .iter()
        .map(|r| r.uri.host.as_str())
        .collect();
    assert_eq!(
        hosts,
        ["b.voipbin.test", "a.voipbin.test"],
        "UAC reverses Record-Route"
    );
}

#[test]
fn uac_acks_the_2xx_and_builds_in_dialog_requests() {
    let invite = our_invite();
    let ok = answer(
        &invite,
        200,
        &[PROXY_A, PROXY_B],
        Some("<sip:callee@media.test>"),
    );
    let mut dialog = Dialog::from_uac(&invite, &ok).unwrap();
    let ack = dialog.ack(3, &endpoint(), "z9hG4bKack");
    assert_eq!(ack.method, Method::Ack);
    assert_eq!(ack.uri.to_string(), "sip:callee@media.test");
    assert_eq!(ack.headers.get("CSeq"), Some("3 ACK"));
    assert_eq!(ack.headers.top_via().unwrap().branch(), Some("z9hG4bKack"));
    assert_eq!(ack.headers.list("Route"), [PROXY_B, PROXY_A]);
    assert_eq!(ack.headers.to().unwrap().tag(), Some("remote1"));
    assert_eq!(ack.headers.from().unwrap().tag(), Some("local1"));
    assert_eq!(dialog.local_cseq, 3, "ACK does not take a new CSeq");

    let reinvite = dialog.request(Method::Invite, &endpoint(), "z9hG4bKre");
    assert_eq!(reinvite.headers.get("CSeq"), Some("4 INVITE"));
    assert_eq!(reinvite.headers.contacts()[0].uri, endpoint().contact);
    let info = dialog.request(Method::Info, &endpoint(), "z9hG4bKinfo");
    assert_eq!(info.headers.get("CSeq"), Some("5 INFO"));
    assert!(info.headers.get("Contact").is_none());
    let bye = dialog.request(Method::Bye, &endpoint(), "z9hG4bKbye");
    assert_eq!(bye.headers.call_id(), Some("out-1"));
    let bye_ok = Response::from_request(&bye, 200, None);
    dialog.on_response(&bye_ok).unwrap();
    assert_eq!(dialog.state, DialogState::Terminated);
    let Ok(Message::Request(read_back)) = Message::parse(&bye.to_bytes()) else {
        panic!("BYE does not read back")
    };
    assert_eq!(read_back.headers.cseq(), bye.headers.cseq());
}

#[test]
fn uac_early_dialog_ends_on_a_failure_and_refuses_bad_responses() {
    let invite = our_invite();
    let ringing = answer(&invite, 183, &[], None);
    let mut dialog = Dialog::from_uac(&invite, &ringing).unwrap();
    assert_eq!(
        dialog.remote_target, invite.uri,
        "no Contact in 183: Request-URI for now"
    );
    dialog
        .on_response(&answer(&invite, 486, &[], None))
        .unwrap();
    assert_eq!(dialog.state, DialogState::Terminated);
    let trying = Response::from_request(&invite, 100, None);
    assert_eq!(
        Dialog::from_uac(&invite, &trying),
        Err(DialogError::Missing("tags"))
    );
    let busy = answer(&invite, 486, &[], None);
    assert_eq!(
        Dialog::from_uac(&invite, &busy),
        Err(DialogError::NotDialogCreating)
    );
    let no_contact = answer(&invite, 200, &[], None);
    assert_eq!(
        Dialog::from_uac(&invite, &no_contact),
        Err(DialogError::Missing("Contact"))
    );
    let mut other_fork = answer(&invite, 200, &[], Some("<sip:x@y.test>"));
    other_fork
        .headers
        .set("To", "<sip:+15550100@voipbin.test>;tag=remote2");
    let mut dialog =
        Dialog::from_uac(&invite, &answer(&invite, 200, &[], Some("<sip:x@y.test>"))).unwrap();
    assert_eq!(
        dialog.on_response(&other_fork),
        Err(DialogError::OtherDialog)
    );
}

/// The INVITE the stand-in sends the desk for an incoming call, and the desk's 200.
fn incoming() -> (Request, Response) {
    let mut invite = Request::new(NewRequest {
        method: Method::Invite,
        uri: Uri::parse("sip:agent1@ua.invalid;transport=ws").unwrap(),
        from: NameAddr::parse("\"Caller\" <sip:+15550199@voipbin.test>;tag=caller1").unwrap(),
        to: NameAddr::parse("<sip:agent1@voipbin.test>").unwrap(),
        call_id: "in-1".into(),
        cseq: 101,
        via: Via::new("WSS", "voipbin.test", "z9hG4bKin"),
    });
    invite.headers.push("Record-Route", PROXY_A);
    invite.headers.push("Record-Route", PROXY_B);
    invite
        .headers
        .push("Contact", "<sip:caller@gw.voipbin.test>");
    let mut ok = Response::from_request(&invite, 200, Some("agent-tag"));
    ok.headers
        .push("Contact", "<sip:agent1@ua.invalid;transport=ws>");
    (invite, ok)
}

#[test]
fn uas_dialog_and_its_bye() {
    let (invite, ok) = incoming();
    let mut dialog = Dialog::from_uas(&invite, &ok).unwrap();
    assert_eq!(dialog.state, DialogState::Confirmed);
    assert_eq!(
        dialog.id,
        DialogId {
            call_id: "in-1".into(),
            local_tag: "agent-tag".into(),
            remote_tag: "caller1".into()
        }
    );
    assert_eq!(dialog.remote_cseq, Some(101));
    let hosts: Vec<_> = dialog
        .route_set
        .iter()
        .map(|r| r.uri.host.as_str())
        .collect();
    assert_eq!(
        hosts,
        ["a.voipbin.test", "b.voipbin.test"],
        "UAS keeps Record-Route order"
    );
    let bye = dialog.request(Method::Bye, &endpoint(), "z9hG4bKb");
    assert_eq!(bye.uri.host, "gw.voipbin.test");
    assert_eq!(bye.headers.get("CSeq"), Some("1 BYE"));
    assert_eq!(bye.headers.to().unwrap().tag(), Some("caller1"));
    assert_eq!(bye.headers.from().unwrap().tag(), Some("agent-tag"));
    assert_eq!(
        bye.headers.from().unwrap().uri.user.as_deref(),
        Some("agent1")
    );
}

fn in_dialog(invite: &Request, method: Method, seq: u32) -> Request {
    let mut request = invite.clone();
    request.method = method.clone();
    request
        .headers
        .set("To", "<sip:agent1@voipbin.test>;tag=agent-tag");
    request
        .headers
        .set("CSeq", CSeq { seq, method }.to_string());
    request
}

#[test]
fn uas_sees_reinvite_refresh_order_and_bye() {
    let (invite, ok) = incoming();
    let mut dialog = Dialog::from_uas(&invite, &ok).unwrap();
    let mut reinvite = in_dialog(&invite, Method::Invite, 102);
    reinvite
        .headers
        .set("Contact", "<sip:caller@moved.voipbin.test>");
    assert!(dialog.matches_request(&reinvite));
    dialog.on_request(&reinvite).unwrap();
    assert_eq!(dialog.remote_target.host, "moved.voipbin.test");
    assert_eq!(
        dialog.on_request(&in_dialog(&invite, Method::Info, 101)),
        Err(DialogError::OutOfOrder)
    );
    assert_eq!(dialog.remote_cseq, Some(102));
    dialog
        .on_request(&in_dialog(&invite, Method::Ack, 102))
        .unwrap();
    assert_eq!(
        dialog.on_request(&invite),
        Err(DialogError::OtherDialog),
        "no To tag"
    );
    dialog
        .on_request(&in_dialog(&invite, Method::Bye, 103))
        .unwrap();
    assert_eq!(dialog.state, DialogState::Terminated);
}

#[test]
fn a_481_to_an_in_dialog_request_ends_the_dialog() {
    let (invite, ok) = incoming();
    let mut dialog = Dialog::from_uas(&invite, &ok).unwrap();
    let info = dialog.request(Method::Info, &endpoint(), "z9hG4bKi");
    dialog
        .on_response(&Response::from_request(&info, 481, None))
        .unwrap();
    assert_eq!(dialog.state, DialogState::Terminated);
}

#[test]
fn strict_route_becomes_the_request_uri() {
    let invite = our_invite();
    let strict = "<sip:strict.voipbin.test;method=INVITE>";
    let ok = answer(
        &invite,
        200,
        &[PROXY_A, strict],
        Some("<sip:callee@media.test>"),
    );
    let mut dialog = Dialog::from_uac(&invite, &ok).unwrap();
    let bye = dialog.request(Method::Bye, &endpoint(), "z9hG4bKs");
    assert_eq!(bye.uri.to_string(), "sip:strict.voipbin.test");
    assert_eq!(
        bye.headers.list("Route"),
        [PROXY_A, "<sip:callee@media.test>"]
    );
}
