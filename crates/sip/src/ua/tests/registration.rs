use super::*;
use crate::digest::Credentials;
use crate::ua::{refresh_delay_ms, RegistrationFailure, RETRY_AFTER_MS};

fn register_state(out: &[Output]) -> Vec<RegistrationState> {
    events(out)
        .into_iter()
        .filter_map(|e| match e {
            PhoneEvent::Registration(state) => Some(state),
            _ => None,
        })
        .collect()
}

fn credentials(register: &Request) -> Credentials {
    Credentials::parse(
        register
            .headers
            .get("Authorization")
            .expect("Authorization"),
    )
    .expect("credentials parse")
}

#[test]
fn register_401_then_200_with_a_digest_the_server_accepts() {
    let mut ua = UserAgent::new(settings(), 1);
    let out = ua.on_connected(0);
    assert_eq!(register_state(&out), [RegistrationState::Registering]);
    let first = one_request(&out, Method::Register);
    assert_eq!(first.uri.to_string(), format!("sip:{DOMAIN}"));
    let from = first.headers.from().unwrap();
    assert_eq!(from.uri.to_string(), format!("sip:2001@{DOMAIN}"));
    assert_eq!(from.display.as_deref(), Some("Agent One"));
    assert!(from.tag().is_some());
    assert_eq!(first.headers.to().unwrap().tag(), None);
    assert_eq!(first.headers.expires(), Some(600));
    assert_eq!(first.headers.get("User-Agent"), Some("voipbin-desk test"));
    let contact = first.headers.contacts().remove(0).uri;
    assert!(contact.host.ends_with(".invalid"), "{contact}");
    assert_eq!(contact.params.value("transport"), Some("ws"));
    let via = first.headers.top_via().unwrap();
    assert_eq!(
        (via.transport.as_str(), via.host.as_str()),
        ("WSS", contact.host.as_str())
    );
    assert!(first.headers.get("Authorization").is_none());

    let out = ua.on_frame(
        &answer(
            &first,
            401,
            &[("WWW-Authenticate", &challenge("n1", false))],
            "",
        ),
        10,
    );
    assert!(register_state(&out).is_empty(), "still registering");
    let second = one_request(&out, Method::Register);
    assert_eq!(second.headers.call_id(), first.headers.call_id());
    assert_eq!(second.headers.cseq().unwrap().seq, 2);
    assert_ne!(second.headers.top_via().unwrap().branch(), via.branch());
    let answer_given = credentials(&second);
    assert_eq!(answer_given.username, "2001");
    assert_eq!(answer_given.uri, format!("sip:{DOMAIN}"));
    assert_eq!(answer_given.nc.as_deref(), Some("00000001"));
    assert!(answer_given.verify("REGISTER", PASSWORD));
    assert!(!answer_given.verify("REGISTER", "other"));

    let contact_back = format!("<{contact}>;expires=300");
    let out = ua.on_frame(
        &answer(
            &second,
            200,
            &[
                ("Contact", "<sip:x@other.invalid>;expires=50"),
                ("Contact", &contact_back),
            ],
            "",
        ),
        20,
    );
    assert_eq!(
        register_state(&out),
        [RegistrationState::Registered { expires_s: 300 }]
    );
    assert_eq!(
        ua.registration(),
        &RegistrationState::Registered { expires_s: 300 }
    );
}

#[test]
fn a_second_challenge_means_a_wrong_password() {
    let mut ua = UserAgent::new(settings(), 2);
    let first = one_request(&ua.on_connected(0), Method::Register);
    let out = ua.on_frame(
        &answer(
            &first,
            401,
            &[("WWW-Authenticate", &challenge("n1", false))],
            "",
        ),
        1,
    );
    let second = one_request(&out, Method::Register);
    let out = ua.on_frame(
        &answer(
            &second,
            401,
            &[("WWW-Authenticate", &challenge("n2", false))],
            "",
        ),
        2,
    );
    assert!(requests(&out).is_empty(), "no third try: {out:?}");
    assert_eq!(
        register_state(&out),
        [RegistrationState::Failed(
            RegistrationFailure::WrongPassword
        )]
    );
    assert_eq!(
        ua.next_deadline_ms(),
        Some(30_002),
        "only the keep-alive is left"
    );
}

#[test]
fn forbidden_and_other_failures_are_reported() {
    let mut ua = UserAgent::new(settings(), 3);
    let first = one_request(&ua.on_connected(0), Method::Register);
    let out = ua.on_frame(&answer(&first, 403, &[], ""), 1);
    assert_eq!(
        register_state(&out),
        [RegistrationState::Failed(RegistrationFailure::Forbidden)]
    );

    let mut ua = UserAgent::new(settings(), 3);
    let first = one_request(&ua.on_connected(0), Method::Register);
    let out = ua.on_frame(&answer(&first, 503, &[], ""), 1);
    assert_eq!(
        register_state(&out),
        [RegistrationState::Failed(RegistrationFailure::Rejected {
            status: 503,
            reason: "Service Unavailable".into()
        })]
    );
    // A server error is tried again later.
    assert_eq!(ua.next_deadline_ms(), Some(1 + RETRY_AFTER_MS));
    let out = ua.on_tick(1 + RETRY_AFTER_MS);
    assert_eq!(register_state(&out), [RegistrationState::Registering]);
    one_request(&out, Method::Register);
}

#[test]
fn interval_too_brief_is_retried_with_min_expires() {
    let mut ua = UserAgent::new(settings(), 4);
    let first = one_request(&ua.on_connected(0), Method::Register);
    let out = ua.on_frame(&answer(&first, 423, &[("Min-Expires", "1200")], ""), 1);
    let second = one_request(&out, Method::Register);
    assert_eq!(second.headers.expires(), Some(1200));
    let out = ua.on_frame(&answer(&second, 200, &[], ""), 2);
    assert_eq!(
        register_state(&out),
        [RegistrationState::Registered { expires_s: 1200 }]
    );

    // A Min-Expires that is no higher than asked is a plain failure.
    let mut ua = UserAgent::new(settings(), 4);
    let first = one_request(&ua.on_connected(0), Method::Register);
    let out = ua.on_frame(&answer(&first, 423, &[("Min-Expires", "60")], ""), 1);
    assert!(requests(&out).is_empty());
    assert!(matches!(
        register_state(&out).as_slice(),
        [RegistrationState::Failed(RegistrationFailure::Rejected {
            status: 423,
            ..
        })]
    ));
}

#[test]
fn stale_nonce_is_answered_again_without_counting() {
    let mut ua = UserAgent::new(settings(), 5);
    let first = one_request(&ua.on_connected(0), Method::Register);
    let out = ua.on_frame(
        &answer(
            &first,
            401,
            &[("WWW-Authenticate", &challenge("n1", false))],
            "",
        ),
        1,
    );
    let second = one_request(&out, Method::Register);
    let out = ua.on_frame(
        &answer(
            &second,
            401,
            &[("WWW-Authenticate", &challenge("n2", true))],
            "",
        ),
        2,
    );
    let third = one_request(&out, Method::Register);
    let given = credentials(&third);
    assert_eq!(
        (given.nonce.as_str(), given.nc.as_deref()),
        ("n2", Some("00000001"))
    );
    assert!(given.verify("REGISTER", PASSWORD));
    let out = ua.on_frame(&answer(&third, 200, &[("Expires", "600")], ""), 3);
    assert_eq!(
        register_state(&out),
        [RegistrationState::Registered { expires_s: 600 }]
    );
}

#[test]
fn refresh_at_half_time_reuses_the_nonce_with_the_next_count() {
    assert_eq!(refresh_delay_ms(600), 300_000);
    assert_eq!(refresh_delay_ms(60), 30_000);
    assert_eq!(refresh_delay_ms(8), 3_000);
    assert_eq!(refresh_delay_ms(0), 1_000);
    let mut ua = registered();
    // Registered at 1,020 for 600 s; the keep-alive comes first, then the refresh.
    assert_eq!(ua.next_deadline_ms(), Some(31_020));
    ua.on_frame("\r\n", 31_000);
    let due = 1_020 + 300_000;
    assert!(requests(&ua.on_tick(due - 1))
        .iter()
        .all(|r| r.method != Method::Register));
    let out = ua.on_tick(due);
    assert!(
        register_state(&out).is_empty(),
        "stays Registered while refreshing"
    );
    let refresh = one_request(&out, Method::Register);
    assert_eq!(refresh.headers.cseq().unwrap().seq, 3);
    let given = credentials(&refresh);
    assert_eq!(
        (given.nonce.as_str(), given.nc.as_deref()),
        ("n1", Some("00000002"))
    );
    assert!(given.verify("REGISTER", PASSWORD));
    let out = ua.on_frame(&answer(&refresh, 200, &[("Expires", "120")], ""), due + 5);
    assert_eq!(
        register_state(&out),
        [RegistrationState::Registered { expires_s: 120 }]
    );
}

#[test]
fn unregister_sends_expires_zero() {
    let mut ua = registered();
    let out = ua.unregister(5_000);
    let removal = one_request(&out, Method::Register);
    assert_eq!(removal.headers.expires(), Some(0));
    assert!(
        removal.headers.get("Authorization").is_some(),
        "cached challenge reused"
    );
    let out = ua.on_frame(&answer(&removal, 200, &[], ""), 5_010);
    assert_eq!(register_state(&out), [RegistrationState::Unregistered]);
}

#[test]
fn no_answer_is_a_timeout_and_disconnect_unregisters() {
    let mut ua = UserAgent::new(settings(), 6);
    ua.on_connected(0);
    assert_eq!(ua.next_deadline_ms(), Some(30_000));
    ua.on_frame("\r\n", 29_000);
    let out = ua.on_tick(32_000);
    assert_eq!(
        register_state(&out),
        [RegistrationState::Failed(RegistrationFailure::Timeout)]
    );

    let mut ua = registered();
    let out = ua.on_disconnected(2_000);
    assert_eq!(register_state(&out), [RegistrationState::Unregistered]);
    assert_eq!(ua.next_deadline_ms(), None);
    assert!(ua.on_tick(400_000).is_empty());
    // Reconnecting registers again, offering the cached credentials at once.
    let out = ua.on_connected(3_000);
    assert_eq!(register_state(&out), [RegistrationState::Registering]);
    assert!(one_request(&out, Method::Register)
        .headers
        .get("Authorization")
        .is_some());
}
