use super::test_messages::{request, response};
use super::*;

const START: u64 = 1_000;

fn invite() -> (ClientTransaction, Request) {
    let invite = request(Method::Invite, "z9hG4bKc1");
    let (transaction, actions) = ClientTransaction::start(invite.clone(), START).unwrap();
    assert_eq!(
        actions,
        vec![
            Action::Send(Message::Request(invite.clone())),
            Action::ArmTimer {
                timer: Timer::B,
                at_ms: START + 32_000
            },
        ]
    );
    assert_eq!(transaction.state(), ClientState::Calling);
    (transaction, invite)
}

fn non_invite() -> (ClientTransaction, Request) {
    let register = request(Method::Register, "z9hG4bKc2");
    let (transaction, actions) = ClientTransaction::start(register.clone(), START).unwrap();
    assert_eq!(
        actions[1],
        Action::ArmTimer {
            timer: Timer::F,
            at_ms: START + 32_000
        }
    );
    assert_eq!(transaction.state(), ClientState::Trying);
    (transaction, register)
}

fn deliver(response: &Response) -> Action {
    Action::Deliver(Message::Response(response.clone()))
}

#[test]
fn invite_provisional_then_2xx_is_accepted_until_timer_m() {
    let (mut transaction, invite) = invite();
    let ringing = response(&invite, 180);
    assert_eq!(
        transaction.on_response(ringing.clone(), 1_100),
        vec![deliver(&ringing)]
    );
    assert_eq!(transaction.state(), ClientState::Proceeding);
    assert!(
        transaction.on_timer(Timer::B, START + 32_000).is_empty(),
        "B only runs in Calling"
    );
    let ok = response(&invite, 200);
    assert_eq!(
        transaction.on_response(ok.clone(), 2_000),
        vec![
            deliver(&ok),
            Action::ArmTimer {
                timer: Timer::M,
                at_ms: 34_000
            }
        ]
    );
    assert_eq!(transaction.state(), ClientState::Accepted);
    assert_eq!(
        transaction.on_response(ok.clone(), 2_500),
        vec![deliver(&ok)],
        "2xx resent: TU acks again"
    );
    assert!(transaction
        .on_response(response(&invite, 486), 2_600)
        .is_empty());
    assert_eq!(
        transaction.on_timer(Timer::M, 34_000),
        vec![Action::Terminated]
    );
    assert_eq!(transaction.state(), ClientState::Terminated);
    assert!(transaction.on_response(ok, 35_000).is_empty());
}

#[test]
fn invite_failure_is_acked_by_the_transaction() {
    for status in [302, 404, 486, 503, 603] {
        let (mut transaction, invite) = invite();
        let failure = response(&invite, status);
        let actions = transaction.on_response(failure.clone(), 1_200);
        assert_eq!(actions.len(), 3, "{status}");
        let Action::Send(Message::Request(ack)) = &actions[0] else {
            panic!("first action is not the ACK: {actions:?}")
        };
        assert_eq!(actions[1..], [deliver(&failure), Action::Terminated]);
        assert_eq!(ack.method, Method::Ack);
        assert_eq!(ack.uri, invite.uri);
        assert_eq!(ack.headers.top_via().unwrap().branch(), Some("z9hG4bKc1"));
        assert_eq!(ack.headers.list("Via").len(), 1);
        assert_eq!(ack.headers.to().unwrap().tag(), Some("to1"));
        assert_eq!(ack.headers.from().unwrap().tag(), Some("from1"));
        assert_eq!(ack.headers.call_id(), Some("call-1"));
        assert_eq!(ack.headers.cseq().unwrap().to_string(), "5 ACK");
        assert_eq!(ack.headers.routes().len(), 1);
        assert!(ack.body.is_empty());
        assert_eq!(transaction.state(), ClientState::Terminated);
    }
}

#[test]
fn invite_without_any_response_times_out_with_timer_b() {
    let (mut transaction, _) = invite();
    assert!(
        transaction.on_timer(Timer::F, 33_000).is_empty(),
        "not this transaction's timer"
    );
    assert_eq!(
        transaction.on_timer(Timer::B, 33_000),
        vec![Action::Timeout, Action::Terminated]
    );
    assert!(transaction.on_timer(Timer::B, 33_000).is_empty());
}

#[test]
fn non_invite_final_response_ends_it_at_once() {
    for status in [200, 401, 404, 500, 600] {
        let (mut transaction, register) = non_invite();
        let trying = response(&register, 100);
        assert_eq!(
            transaction.on_response(trying.clone(), 1_010),
            vec![deliver(&trying)]
        );
        let last = response(&register, status);
        assert_eq!(
            transaction.on_response(last.clone(), 1_050),
            vec![deliver(&last), Action::Terminated]
        );
        assert_eq!(transaction.state(), ClientState::Terminated);
    }
}

#[test]
fn non_invite_times_out_with_timer_f_even_after_a_provisional() {
    let (mut transaction, register) = non_invite();
    transaction.on_response(response(&register, 100), 1_010);
    assert_eq!(
        transaction.on_timer(Timer::F, 33_000),
        vec![Action::Timeout, Action::Terminated]
    );
}

#[test]
fn responses_of_other_transactions_are_ignored() {
    let (mut transaction, invite) = invite();
    let mut other_branch = response(&invite, 200);
    other_branch
        .headers
        .set("Via", "SIP/2.0/WSS ua.invalid;branch=z9hG4bKother");
    assert!(transaction.on_response(other_branch, 1_100).is_empty());
    let mut other_method = response(&invite, 200);
    other_method.headers.set("CSeq", "5 CANCEL");
    assert!(transaction.on_response(other_method, 1_100).is_empty());
    let mut no_via = response(&invite, 200);
    no_via.headers.remove("Via");
    assert!(transaction.on_response(no_via, 1_100).is_empty());
    assert_eq!(transaction.state(), ClientState::Calling);
}

#[test]
fn transport_error_ends_it_once() {
    let (mut transaction, _) = non_invite();
    assert_eq!(
        transaction.on_transport_error(),
        vec![Action::TransportError, Action::Terminated]
    );
    assert!(transaction.on_transport_error().is_empty());
}

#[test]
fn refuses_ack_and_requests_without_branch() {
    let ack = request(Method::Ack, "z9hG4bKa");
    assert_eq!(
        ClientTransaction::start(ack, 0).err(),
        Some(TransactionError::Ack)
    );
    let mut no_branch = request(Method::Options, "z9hG4bKa");
    no_branch.headers.set("Via", "SIP/2.0/WSS ua.invalid");
    assert_eq!(
        ClientTransaction::start(no_branch, 0).err(),
        Some(TransactionError::NoBranch)
    );
}
