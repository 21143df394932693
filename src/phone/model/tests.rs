use super::*;
use crate::msg;

fn party(user: &str) -> Party {
    Party {
        display_name: Some("Caller".into()),
        user: user.into(),
        uri: format!("sip:{user}@x"),
    }
}

fn incoming(call: &str) -> PhoneEvent {
    PhoneEvent::Incoming {
        call: call.into(),
        caller: party("+15550001"),
        offer_sdp: Some("v=0".into()),
    }
}

#[test]
fn registration_states_read_as_the_status_views_show() {
    let mut model = PhoneModel::default();
    assert_eq!(model.status.data_state(), "unregistered");
    model.apply(
        &PhoneEvent::Registration(RegistrationState::Registering),
        0.0,
    );
    assert_eq!(model.status.data_state(), "registering");
    model.apply(
        &PhoneEvent::Registration(RegistrationState::Registered { expires_s: 600 }),
        0.0,
    );
    assert_eq!(model.status, PhoneStatus::Registered);
    model.apply(
        &PhoneEvent::Registration(RegistrationState::Failed(
            RegistrationFailure::WrongPassword,
        )),
        0.0,
    );
    match &model.status {
        PhoneStatus::Unregistered(why) => assert!(why.to_string().contains("password"), "{why}"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn an_incoming_call_rings_then_is_current_once_answered() {
    let mut model = PhoneModel::default();
    model.apply(&incoming("c1"), 1_000.0);
    let ringing = model.ringing().unwrap();
    assert_eq!(
        ringing.voipbin_call_id, None,
        "the INVITE names no VoIPBIN call"
    );
    model.link_leg("c1", "leg-1");
    assert_eq!(
        model.ringing().unwrap().voipbin_call_id.as_deref(),
        Some("leg-1")
    );
    assert!(
        model.current().is_none(),
        "ringing is not yet a call to control"
    );
    model.with_call("c1", |c| c.state = CallState::Answering);
    assert_eq!(model.current().unwrap().id, "c1");
    model.apply(&PhoneEvent::Confirmed { call: "c1".into() }, 3_000.0);
    let call = model.current().unwrap();
    assert_eq!(call.state, CallState::Active);
    assert_eq!(call.answered_ms, Some(3_000.0));
    assert!(model.ringing().is_none());
}

#[test]
fn an_ended_call_leaves_and_says_why() {
    let mut model = PhoneModel::default();
    model.apply(&incoming("c1"), 0.0);
    model.apply(
        &PhoneEvent::Ended {
            call: "c1".into(),
            reason: EndReason::Cancelled,
        },
        500.0,
    );
    assert!(
        model.calls.is_empty(),
        "a cancelled call must not keep ringing"
    );
    let ended = model.last_ended.as_ref().unwrap();
    assert!(ended.why.to_string().contains("caller is gone"));
    assert_eq!(ended.at_ms, 500.0);
}

#[test]
fn events_for_unknown_calls_change_nothing() {
    let mut model = PhoneModel::default();
    model.apply(&incoming("c1"), 0.0);
    let before = model.clone();
    model.apply(&PhoneEvent::Confirmed { call: "zz".into() }, 1.0);
    model.apply(
        &PhoneEvent::Ended {
            call: "zz".into(),
            reason: EndReason::RemoteHangup,
        },
        1.0,
    );
    model.apply(&PhoneEvent::Ringing { call: "zz".into() }, 1.0);
    assert_eq!(model, before);
}

#[test]
fn an_outgoing_call_is_current_while_it_rings_and_after_the_answer() {
    let mut model = PhoneModel::default();
    model.dialing("o1", party("+15551234567"), 0.0);
    assert_eq!(model.current().unwrap().state, CallState::Dialing);
    model.apply(&PhoneEvent::Ringing { call: "o1".into() }, 100.0);
    assert!(model.current().unwrap().far_end_ringing);
    model.apply(
        &PhoneEvent::Answered {
            call: "o1".into(),
            answer_sdp: "v=0".into(),
        },
        2_000.0,
    );
    assert_eq!(model.current().unwrap().state, CallState::Active);
    assert!(
        model.ringing().is_none(),
        "outgoing calls never ring the desk"
    );
}

#[test]
fn only_a_phone_that_should_register_and_cannot_blocks_going_available() {
    let mut model = PhoneModel::default();
    assert_eq!(model.blocks_available(), None);
    model.status = PhoneStatus::NoPhone(super::Words::new(msg!("phone-no-extension")));
    assert_eq!(
        model.blocks_available(),
        None,
        "no phone: the agent answers elsewhere"
    );
    model.status = PhoneStatus::Elsewhere;
    assert_eq!(model.blocks_available(), None);
    model.apply(
        &PhoneEvent::Registration(RegistrationState::Failed(RegistrationFailure::Forbidden)),
        0.0,
    );
    assert!(model
        .blocks_available()
        .unwrap()
        .to_string()
        .contains("not registered"));
}

#[test]
fn a_refusal_stays_shown_when_the_socket_then_drops() {
    let mut model = PhoneModel::default();
    model.apply(
        &PhoneEvent::Registration(RegistrationState::Failed(
            RegistrationFailure::WrongPassword,
        )),
        0.0,
    );
    model.apply(
        &PhoneEvent::Registration(RegistrationState::Unregistered),
        1.0,
    );
    assert!(model.refused);
    match &model.status {
        PhoneStatus::Unregistered(why) => assert!(why.to_string().contains("password"), "{why}"),
        other => panic!("{other:?}"),
    }
    model.apply(
        &PhoneEvent::Registration(RegistrationState::Registered { expires_s: 600 }),
        2.0,
    );
    assert!(!model.refused);
    assert_eq!(model.status, PhoneStatus::Registered);
}
