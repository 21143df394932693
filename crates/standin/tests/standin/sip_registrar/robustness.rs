//! The SIP registrar's robustness: OPTIONS and keep-alives, bad input answered 400 or
//! dropped without harming other connections, closing, `drop_sip`, `expire_registrations`.

use reqwest::StatusCode;

use super::socket::{self, SipSocket};
use super::{account_of, fault, phone_registered, registrations, start, CONTACT_A, CONTACT_B};
use crate::standin::common::refused_status;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn options_keepalive_and_bad_input_leave_connections_working() {
    let (t, _admin) = start().await;
    let account = account_of(&t, "agent1@demo");
    let mut phone = SipSocket::connect(t.server.addr).await;
    let mut bystander = SipSocket::connect(t.server.addr).await;
    assert_eq!(
        bystander
            .register_with(&account, &account.password, &[CONTACT_B], None)
            .await
            .status_code
            .code(),
        200
    );

    let options = phone.options().await;
    assert_eq!(options.status_code.code(), 200, "{options}");
    phone.send_raw("\r\n\r\n").await;
    assert_eq!(phone.next_text(socket::WAIT).await.as_deref(), Some("\r\n"));

    // A request that parses but lacks what a request needs (CSeq names another method): 400.
    let broken = phone
        .register(&account.username, &account.realm, &[CONTACT_A], None, None)
        .replace(" REGISTER\r\n", " INVITE\r\n");
    phone.send_raw(&broken).await;
    let reply = phone.response().await;
    assert_eq!(reply.status_code.code(), 400, "{reply}");
    // Oversized (> 64 KiB): 400 too.
    let big = phone
        .register(&account.username, &account.realm, &[CONTACT_A], None, None)
        .replace(
            "User-Agent: registrar-test",
            &format!("X-Pad: {}", "p".repeat(70_000)),
        );
    phone.send_raw(&big).await;
    assert_eq!(phone.response().await.status_code.code(), 400);
    // Garbage and an unreadable response: dropped, nothing comes back.
    phone.send_raw("\u{0}\u{1}garbage\r\n\r\n").await;
    phone.send_raw("SIP/2.0 200 OK\r\n\r\n").await;
    assert_eq!(
        phone.next_text(std::time::Duration::from_millis(300)).await,
        None
    );

    // Both connections still work.
    assert_eq!(phone.options().await.status_code.code(), 200);
    assert_eq!(bystander.options().await.status_code.code(), 200);
    assert!(phone_registered(&t, "agent1@demo"));

    // A peer offering only another subprotocol is refused.
    let refused = SipSocket::connect_with(t.server.addr, Some("chat"))
        .await
        .err()
        .expect("refused");
    assert_eq!(
        refused_status(&refused).map(|(status, _)| status),
        Some(400)
    );
    // One offering none is taken (trunk serve's proxy drops the header) and speaks SIP.
    let mut proxied = SipSocket::connect_with(t.server.addr, None)
        .await
        .expect("accepted without a subprotocol");
    assert_eq!(proxied.options().await.status_code.code(), 200);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn closing_drop_sip_and_expire_registrations() {
    let (t, admin) = start().await;
    let one = account_of(&t, "agent1@demo");
    let two = account_of(&t, "agent2@demo");
    let mut first = SipSocket::connect(t.server.addr).await;
    let mut second = SipSocket::connect(t.server.addr).await;
    assert_eq!(
        first
            .register_with(&one, &one.password, &[CONTACT_A], None)
            .await
            .status_code
            .code(),
        200
    );
    assert_eq!(
        second
            .register_with(&two, &two.password, &[CONTACT_B], None)
            .await
            .status_code
            .code(),
        200
    );
    assert!(phone_registered(&t, "agent1@demo") && phone_registered(&t, "agent2@demo"));

    // expire_registrations: all gone, sockets open, phones register again.
    let body = fault(&t, &admin, "expire_registrations").await;
    assert_eq!(body["affected_connections"], 2);
    assert!(registrations(&t, &admin).await.is_empty());
    assert!(!phone_registered(&t, "agent1@demo") && !phone_registered(&t, "agent2@demo"));
    assert_eq!(first.options().await.status_code.code(), 200);
    assert_eq!(
        first
            .register_with(&one, &one.password, &[CONTACT_A], None)
            .await
            .status_code
            .code(),
        200
    );
    assert_eq!(
        second
            .register_with(&two, &two.password, &[CONTACT_B], None)
            .await
            .status_code
            .code(),
        200
    );

    // A phone that closes its socket loses its registration.
    drop(second);
    let deadline = tokio::time::Instant::now() + socket::WAIT;
    while phone_registered(&t, "agent2@demo") && tokio::time::Instant::now() < deadline {
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert!(!phone_registered(&t, "agent2@demo"));
    assert_eq!(registrations(&t, &admin).await.len(), 1);

    // drop_sip: every SIP socket closes and its registrations go.
    let body = fault(&t, &admin, "drop_sip").await;
    assert_eq!(body["affected_connections"], 1);
    assert!(first.closed_within(socket::WAIT).await);
    assert!(registrations(&t, &admin).await.is_empty());
    assert!(!phone_registered(&t, "agent1@demo"));
    // New connections work after it.
    let mut again = SipSocket::connect(t.server.addr).await;
    assert_eq!(
        again
            .register_with(&one, &one.password, &[CONTACT_A], None)
            .await
            .status_code
            .code(),
        200
    );
    assert!(phone_registered(&t, "agent1@demo"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sim_phone_is_for_admins() {
    let (t, _admin) = start().await;
    let agent = t.login("agent1@demo").await;
    let (status, _) = t.get("/v1.0/sim/phone", &agent).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}
