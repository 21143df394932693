use super::test_messages::{request, response};
use super::*;

fn send(response: &Response) -> Action {
    Action::Send(Message::Response(response.clone()))
}

fn invite() -> (ServerTransaction, Request) {
    let invite = request(Method::Invite, "z9hG4bKs1");
    let (transaction, actions) = ServerTransaction::new(invite.clone(), 0).unwrap();
    let trying = Response::from_request(&invite, 100, None);
    assert_eq!(
        actions,
        vec![
            send(&trying),
            Action::Deliver(Message::Request(invite.clone()))
        ]
    );
    assert_eq!(transaction.state(), ServerState::Proceeding);
    (transaction, invite)
}

fn ack_for(invite: &Request) -> Request {
    let mut ack = invite.clone();
    ack.method = Method::Ack;
    ack.headers.set("CSeq", "5 ACK");
    ack
}

#[test]
fn invite_retransmission_gets_the_last_provisional_again() {
    let (mut transaction, invite) = invite();
    let trying = Response::from_request(&invite, 100, None);
    assert_eq!(
        transaction.on_request(invite.clone(), 10),
        vec![send(&trying)]
    );
    let ringing = response(&invite, 180);
    assert_eq!(
        transaction.respond(ringing.clone(), 20),
        vec![send(&ringing)]
    );
    assert_eq!(transaction.on_request(invite, 30), vec![send(&ringing)]);
}

#[test]
fn invite_2xx_is_accepted_and_the_tu_may_resend_it() {
    let (mut transaction, invite) = invite();
    let ok = response(&invite, 200);
    assert_eq!(
        transaction.respond(ok.clone(), 1_000),
        vec![
            send(&ok),
            Action::ArmTimer {
                timer: Timer::L,
                at_ms: 33_000
            }
        ]
    );
    assert_eq!(transaction.state(), ServerState::Accepted);
    assert_eq!(transaction.respond(ok.clone(), 1_500), vec![send(&ok)]);
    assert!(
        transaction.on_request(invite.clone(), 1_600).is_empty(),
        "retransmitted INVITE absorbed"
    );
    let ack = ack_for(&invite);
    assert_eq!(
        transaction.on_request(ack.clone(), 1_700),
        vec![Action::Deliver(Message::Request(ack))]
    );
    assert!(transaction
        .respond(response(&invite, 486), 1_800)
        .is_empty());
    assert!(transaction.on_timer(Timer::H, 33_000).is_empty());
    assert_eq!(
        transaction.on_timer(Timer::L, 33_000),
        vec![Action::Terminated]
    );
    assert_eq!(transaction.state(), ServerState::Terminated);
}

#[test]
fn invite_failure_waits_for_the_ack() {
    let (mut transaction, invite) = invite();
    let busy = response(&invite, 486);
    assert_eq!(
        transaction.respond(busy.clone(), 500),
        vec![
            send(&busy),
            Action::ArmTimer {
                timer: Timer::H,
                at_ms: 32_500
            }
        ]
    );
    assert_eq!(transaction.state(), ServerState::Completed);
    assert_eq!(
        transaction.on_request(invite.clone(), 600),
        vec![send(&busy)]
    );
    assert!(
        transaction.respond(response(&invite, 200), 650).is_empty(),
        "final already sent"
    );
    assert_eq!(
        transaction.on_request(ack_for(&invite), 700),
        vec![Action::Terminated]
    );
    assert_eq!(transaction.state(), ServerState::Terminated);
    assert!(transaction.on_timer(Timer::H, 32_500).is_empty());
}

#[test]
fn invite_failure_without_ack_times_out_with_timer_h() {
    let (mut transaction, invite) = invite();
    transaction.respond(response(&invite, 603), 0);
    assert_eq!(
        transaction.on_timer(Timer::H, 32_000),
        vec![Action::Timeout, Action::Terminated]
    );
}

#[test]
fn non_invite_is_delivered_and_ends_with_its_final_response() {
    let bye = request(Method::Bye, "z9hG4bKs2");
    let (mut transaction, actions) = ServerTransaction::new(bye.clone(), 0).unwrap();
    assert_eq!(
        actions,
        vec![Action::Deliver(Message::Request(bye.clone()))]
    );
    assert_eq!(transaction.state(), ServerState::Trying);
    assert!(
        transaction.on_request(bye.clone(), 5).is_empty(),
        "nothing to resend yet"
    );
    let trying = response(&bye, 100);
    assert_eq!(transaction.respond(trying.clone(), 10), vec![send(&trying)]);
    assert_eq!(transaction.on_request(bye.clone(), 15), vec![send(&trying)]);
    let ok = response(&bye, 200);
    assert_eq!(
        transaction.respond(ok.clone(), 20),
        vec![send(&ok), Action::Terminated]
    );
    assert!(transaction.respond(ok, 30).is_empty());
    assert!(transaction.on_request(bye, 40).is_empty());
}

#[test]
fn requests_of_other_transactions_are_ignored() {
    let (mut transaction, invite) = invite();
    let mut other = invite.clone();
    other
        .headers
        .set("Via", "SIP/2.0/WSS ua.invalid;branch=z9hG4bKother");
    assert!(transaction.on_request(other, 10).is_empty());
    let mut cancel = invite;
    cancel.method = Method::Cancel;
    assert!(
        transaction.on_request(cancel.clone(), 10).is_empty(),
        "CANCEL is its own transaction"
    );
    let cancelled = TransactionKey {
        method: Method::Invite,
        ..TransactionKey::of_request(&cancel).unwrap()
    };
    assert_eq!(&cancelled, transaction.key());
}

#[test]
fn transport_error_ends_it() {
    let (mut transaction, _) = invite();
    assert_eq!(
        transaction.on_transport_error(),
        vec![Action::TransportError, Action::Terminated]
    );
    assert!(transaction.on_transport_error().is_empty());
}
