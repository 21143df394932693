use super::*;
use voipbin_sip::ua::{EndReason, Party, PhoneEvent};

fn party() -> Party {
    Party {
        display_name: None,
        user: "+15550001".into(),
        uri: "sip:+15550001@x".into(),
    }
}

fn incoming(call: &str) -> PhoneEvent {
    PhoneEvent::Incoming {
        call: call.into(),
        caller: party(),
        offer_sdp: None,
    }
}

fn ended(call: &str, reason: EndReason) -> PhoneEvent {
    PhoneEvent::Ended {
        call: call.into(),
        reason,
    }
}

const RANG: CallEvent = CallEvent::Rang;

fn now(status: AgentStatus, calls: usize, wrapping_up: bool) -> Now {
    Now {
        status,
        calls,
        wrapping_up,
    }
}

/// A routing that has seen the agent idle with `status`.
fn idle_as(status: AgentStatus) -> Routing {
    let mut routing = Routing::default();
    routing.observe(&now(status, 0, false));
    routing
}

#[test]
fn phone_changes_read_as_call_events() {
    let mut model = PhoneModel::default();
    model.apply(&incoming("c1"), 0.0);
    let before = seen(&PhoneModel::default());
    assert_eq!(
        call_events(&before, &model),
        [("c1".to_string(), CallEvent::Rang)]
    );
    let before = seen(&model);
    model.apply(&PhoneEvent::Confirmed { call: "c1".into() }, 10.0);
    assert_eq!(
        call_events(&before, &model),
        [("c1".to_string(), CallEvent::Answered)]
    );
    let before = seen(&model);
    model.apply(&ended("c1", EndReason::RemoteHangup), 20.0);
    assert_eq!(
        call_events(&before, &model),
        [("c1".to_string(), CallEvent::Ended { answered: true })]
    );
    assert!(call_events(&seen(&model), &model).is_empty());
}

#[test]
fn a_ring_cancelled_or_declined_is_an_unanswered_end() {
    let mut model = PhoneModel::default();
    model.apply(&incoming("c1"), 0.0);
    let before = seen(&model);
    model.apply(&ended("c1", EndReason::Cancelled), 5.0);
    assert_eq!(
        call_events(&before, &model),
        [("c1".to_string(), CallEvent::Ended { answered: false })]
    );
}

#[test]
fn a_dialed_call_reads_as_dialed() {
    let mut model = PhoneModel::default();
    model.dialing("o1", party(), 0.0);
    assert_eq!(
        call_events(&[], &model),
        [("o1".to_string(), CallEvent::Dialed)]
    );
}

#[test]
fn a_phone_stopped_mid_call_ends_its_calls_by_their_last_state() {
    let mut model = PhoneModel::default();
    model.apply(&incoming("c1"), 0.0);
    model.apply(&PhoneEvent::Confirmed { call: "c1".into() }, 1.0);
    let before = seen(&model);
    let stopped = PhoneModel::default();
    assert_eq!(
        call_events(&before, &stopped),
        [("c1".to_string(), CallEvent::Ended { answered: true })]
    );
}

#[test]
fn an_unanswered_ring_puts_the_earlier_status_back_and_checks_again() {
    let mut routing = idle_as(AgentStatus::Available);
    assert!(routing
        .on_call("c1", &RANG, &now(AgentStatus::Available, 1, false))
        .is_empty());
    // VoIPBIN set it ringing, then busy when another agent answered.
    let orders = routing.on_call(
        "c1",
        &CallEvent::Ended { answered: false },
        &now(AgentStatus::Ringing, 0, false),
    );
    assert_eq!(orders, [Order::Restore]);
    assert_eq!(
        routing.restore(&now(AgentStatus::Ringing, 0, false)),
        Some(AgentStatus::Available)
    );
    assert_eq!(
        routing.restore(&now(AgentStatus::Ringing, 0, false)),
        None,
        "only once"
    );
    // VoIPBIN's busy landed after the desk's write: once more.
    assert_eq!(
        routing.recheck(&now(AgentStatus::Busy, 0, false)),
        Some(AgentStatus::Available)
    );
    assert_eq!(
        routing.recheck(&now(AgentStatus::Busy, 0, false)),
        None,
        "only once"
    );
}

#[test]
fn the_recheck_leaves_a_new_call_or_a_status_already_right() {
    let ring_then_miss = || {
        let mut routing = idle_as(AgentStatus::Available);
        routing.on_call("c1", &RANG, &now(AgentStatus::Available, 1, false));
        routing.on_call(
            "c1",
            &CallEvent::Ended { answered: false },
            &now(AgentStatus::Ringing, 0, false),
        );
        routing.restore(&now(AgentStatus::Ringing, 0, false));
        routing
    };
    assert_eq!(
        ring_then_miss().recheck(&now(AgentStatus::Available, 0, false)),
        None
    );
    assert_eq!(
        ring_then_miss().recheck(&now(AgentStatus::Busy, 1, false)),
        None,
        "a new call"
    );
    assert_eq!(
        ring_then_miss().recheck(&now(AgentStatus::Away, 0, false)),
        None,
        "not VoIPBIN's value: someone chose it"
    );
}

#[test]
fn an_unanswered_ring_restores_away_too() {
    // A direct call rings an away agent (VoIPBIN only sets available agents ringing, but the
    // group call's busy reaches every rung agent).
    let mut routing = idle_as(AgentStatus::Away);
    routing.on_call("c1", &RANG, &now(AgentStatus::Away, 1, false));
    let orders = routing.on_call(
        "c1",
        &CallEvent::Ended { answered: false },
        &now(AgentStatus::Busy, 0, false),
    );
    assert_eq!(orders, [Order::Restore]);
    assert_eq!(
        routing.restore(&now(AgentStatus::Busy, 0, false)),
        Some(AgentStatus::Away)
    );
}

#[test]
fn a_ring_read_as_ringing_after_it_restores_available_over_a_stale_status() {
    // A supervisor set the away agent available since the desk last read it; VoIPBIN rang it,
    // and the ring ended before the desk's read during it came back.
    let mut routing = idle_as(AgentStatus::Away);
    routing.on_call("c1", &RANG, &now(AgentStatus::Away, 1, false));
    let orders = routing.on_call(
        "c1",
        &CallEvent::Ended { answered: false },
        &now(AgentStatus::Away, 0, false),
    );
    assert_eq!(orders, [Order::Restore]);
    assert_eq!(
        routing.restore(&now(AgentStatus::Ringing, 0, false)),
        Some(AgentStatus::Available)
    );
}

#[test]
fn after_a_ring_a_status_nobody_but_a_person_sets_stands() {
    let missed = |read: AgentStatus, calls: usize| {
        let mut routing = idle_as(AgentStatus::Available);
        routing.on_call("c1", &RANG, &now(AgentStatus::Available, 1, false));
        routing.on_call(
            "c1",
            &CallEvent::Ended { answered: false },
            &now(AgentStatus::Ringing, 0, false),
        );
        routing.restore(&now(read, calls, false))
    };
    assert_eq!(missed(AgentStatus::Away, 0), None);
    assert_eq!(missed(AgentStatus::Available, 0), None);
    assert_eq!(missed(AgentStatus::parse("lunch"), 0), None);
    assert_eq!(missed(AgentStatus::Ringing, 1), None, "a new call rings");
}

#[test]
fn nothing_is_restored_without_a_known_earlier_status() {
    let mut routing = Routing::default();
    routing.on_call("c1", &RANG, &now(AgentStatus::None, 1, false));
    assert!(routing
        .on_call(
            "c1",
            &CallEvent::Ended { answered: false },
            &now(AgentStatus::Ringing, 0, false)
        )
        .is_empty());
}

#[test]
fn a_ring_missed_during_another_call_or_a_wrap_up_changes_nothing() {
    let mut routing = idle_as(AgentStatus::Available);
    routing.on_call("c1", &RANG, &now(AgentStatus::Available, 1, false));
    routing.on_call(
        "c1",
        &CallEvent::Answered,
        &now(AgentStatus::Busy, 1, false),
    );
    routing.on_call("c2", &RANG, &now(AgentStatus::Busy, 2, false));
    assert!(routing
        .on_call(
            "c2",
            &CallEvent::Ended { answered: false },
            &now(AgentStatus::Busy, 1, false)
        )
        .is_empty());
    let mut wrapping = idle_as(AgentStatus::Available);
    wrapping.on_call("c3", &RANG, &now(AgentStatus::Busy, 1, true));
    assert!(wrapping
        .on_call(
            "c3",
            &CallEvent::Ended { answered: false },
            &now(AgentStatus::Busy, 0, true)
        )
        .is_empty());
}

#[test]
fn dialing_while_available_sets_busy() {
    let mut routing = idle_as(AgentStatus::Available);
    assert_eq!(
        routing.on_call(
            "o1",
            &CallEvent::Dialed,
            &now(AgentStatus::Available, 1, false)
        ),
        [Order::Set(AgentStatus::Busy)]
    );
    let mut away = idle_as(AgentStatus::Away);
    assert!(away
        .on_call("o1", &CallEvent::Dialed, &now(AgentStatus::Away, 1, false))
        .is_empty());
}

#[test]
fn an_unanswered_dialed_call_puts_the_status_back() {
    let mut routing = idle_as(AgentStatus::Available);
    routing.on_call(
        "o1",
        &CallEvent::Dialed,
        &now(AgentStatus::Available, 1, false),
    );
    let orders = routing.on_call(
        "o1",
        &CallEvent::Ended { answered: false },
        &now(AgentStatus::Busy, 0, false),
    );
    assert_eq!(orders, [Order::Restore]);
    assert_eq!(
        routing.restore(&now(AgentStatus::Busy, 0, false)),
        Some(AgentStatus::Available)
    );
}

#[test]
fn an_answered_call_holds_busy_and_ends_in_wrap_up() {
    let mut routing = idle_as(AgentStatus::Available);
    routing.on_call("c1", &RANG, &now(AgentStatus::Available, 1, false));
    assert_eq!(
        routing.on_call(
            "c1",
            &CallEvent::Answered,
            &now(AgentStatus::Ringing, 1, false)
        ),
        [Order::Set(AgentStatus::Busy)]
    );
    assert_eq!(
        routing.on_call(
            "c1",
            &CallEvent::Ended { answered: true },
            &now(AgentStatus::Busy, 0, false)
        ),
        [Order::WrapUp {
            call_key: "c1".into(),
            next: NextStatus::Available
        }]
    );
    assert_eq!(
        routing.finish(&AgentStatus::Available, &now(AgentStatus::Busy, 0, true)),
        Some(AgentStatus::Available)
    );
}

#[test]
fn a_status_picked_during_the_call_stands_and_becomes_the_next_status() {
    let mut routing = idle_as(AgentStatus::Available);
    routing.on_call("c1", &RANG, &now(AgentStatus::Available, 1, false));
    routing.on_call(
        "c1",
        &CallEvent::Answered,
        &now(AgentStatus::Busy, 1, false),
    );
    assert_eq!(
        routing.picked(&AgentStatus::Away, &now(AgentStatus::Busy, 1, false)),
        Some(NextStatus::Away)
    );
    assert_eq!(
        routing.on_call(
            "c1",
            &CallEvent::Ended { answered: true },
            &now(AgentStatus::Away, 0, false)
        ),
        [Order::WrapUp {
            call_key: "c1".into(),
            next: NextStatus::Away
        }],
        "no busy over the agent's choice"
    );
}

#[test]
fn a_status_picked_during_a_ring_is_not_overwritten() {
    let mut routing = idle_as(AgentStatus::Available);
    routing.on_call("c1", &RANG, &now(AgentStatus::Available, 1, false));
    routing.picked(&AgentStatus::Offline, &now(AgentStatus::Ringing, 1, false));
    assert!(routing
        .on_call(
            "c1",
            &CallEvent::Ended { answered: false },
            &now(AgentStatus::Offline, 0, false)
        )
        .is_empty());
}

#[test]
fn a_status_picked_while_idle_is_what_a_missed_ring_restores() {
    let mut routing = idle_as(AgentStatus::Available);
    assert_eq!(
        routing.picked(&AgentStatus::Away, &now(AgentStatus::Available, 0, false)),
        None
    );
    routing.on_call("c1", &RANG, &now(AgentStatus::Away, 1, false));
    routing.on_call(
        "c1",
        &CallEvent::Ended { answered: false },
        &now(AgentStatus::Busy, 0, false),
    );
    assert_eq!(
        routing.restore(&now(AgentStatus::Busy, 0, false)),
        Some(AgentStatus::Away)
    );
}

#[test]
fn done_during_another_call_waits_for_that_call() {
    let mut routing = idle_as(AgentStatus::Available);
    assert_eq!(
        routing.finish(&AgentStatus::Away, &now(AgentStatus::Busy, 1, true)),
        None
    );
    // That call goes unanswered: the wrap-up's choice is what comes back.
    let orders = routing.on_call(
        "o2",
        &CallEvent::Ended { answered: false },
        &now(AgentStatus::Busy, 0, false),
    );
    assert_eq!(orders, [Order::Restore]);
    assert_eq!(
        routing.restore(&now(AgentStatus::Busy, 0, false)),
        Some(AgentStatus::Away)
    );
}

#[test]
fn ringing_or_unset_is_never_remembered_as_the_agents_own() {
    let mut routing = idle_as(AgentStatus::Available);
    routing.observe(&now(AgentStatus::Ringing, 0, false));
    routing.observe(&now(AgentStatus::None, 0, false));
    routing.observe(&now(AgentStatus::Away, 1, false));
    routing.on_call("c1", &RANG, &now(AgentStatus::Ringing, 1, false));
    let orders = routing.on_call(
        "c1",
        &CallEvent::Ended { answered: false },
        &now(AgentStatus::Busy, 0, false),
    );
    assert_eq!(orders, [Order::Restore]);
    assert_eq!(
        routing.restore(&now(AgentStatus::Busy, 0, false)),
        Some(AgentStatus::Available)
    );
}

/// The agent was made available outside this desk (a supervisor, a REST call) and the desk
/// still read `away`: VoIPBIN's `ringing` during the ring says it was available.
#[test]
fn ringing_read_during_a_ring_means_the_agent_was_available() {
    let mut routing = idle_as(AgentStatus::Away);
    routing.on_call("c1", &RANG, &now(AgentStatus::Away, 1, false));
    routing.observe(&now(AgentStatus::Ringing, 1, false));
    let orders = routing.on_call(
        "c1",
        &CallEvent::Ended { answered: false },
        &now(AgentStatus::Ringing, 0, false),
    );
    assert_eq!(orders, [Order::Restore]);
    assert_eq!(
        routing.restore(&now(AgentStatus::Busy, 0, false)),
        Some(AgentStatus::Available)
    );
    // A ring that found the agent away (a ring-all) leaves it as it was.
    let mut routing = idle_as(AgentStatus::Away);
    routing.on_call("c2", &RANG, &now(AgentStatus::Away, 1, false));
    routing.observe(&now(AgentStatus::Away, 1, false));
    let orders = routing.on_call(
        "c2",
        &CallEvent::Ended { answered: false },
        &now(AgentStatus::Away, 0, false),
    );
    assert_eq!(orders, [Order::Restore]);
    assert_eq!(routing.restore(&now(AgentStatus::Away, 0, false)), None);
}

/// The read asked for at the ring lands only after it ended, and still
/// says what the status was, over the desk's stale memory.
#[test]
fn a_read_from_the_ring_that_lands_after_it_still_counts() {
    let late_read = |remembered: AgentStatus, read: AgentStatus| {
        let mut routing = idle_as(remembered.clone());
        routing.on_call("c1", &RANG, &now(remembered.clone(), 1, false));
        routing.on_call(
            "c1",
            &CallEvent::Ended { answered: false },
            &now(remembered, 0, false),
        );
        routing.observe(&now(read, 0, false));
        routing.restore(&now(AgentStatus::Busy, 0, false))
    };
    assert_eq!(
        late_read(AgentStatus::Away, AgentStatus::Ringing),
        Some(AgentStatus::Available)
    );
    assert_eq!(
        late_read(AgentStatus::Available, AgentStatus::Away),
        Some(AgentStatus::Away),
        "changed elsewhere before the ring"
    );
    assert_eq!(
        late_read(AgentStatus::Away, AgentStatus::Busy),
        Some(AgentStatus::Away),
        "busy tells nothing"
    );
}
