//! The SIP registrar over WebSocket (`GET /sip`, RFC 7118): digest, contacts, expiry, errors,
//! bad input, faults and `/v1.0/sim/phone`, with a bare client (sip_registrar/socket.rs).

#[path = "sip_registrar/socket.rs"]
mod socket;
// bad input, closing, faults
#[path = "sip_registrar/robustness.rs"]
mod robustness;

use reqwest::StatusCode;
use rsip::headers::UntypedHeader;
use rsip::Header;
use serde_json::{json, Value};
use voipbin_protocol::Dialect;

use super::common::{self, TestServer};
use socket::{
    authorization, challenge_param, contacts, header_values, www_authenticate, Account, SipSocket,
};

pub(super) const CONTACT_A: &str =
    "<sip:aaaa@aaaa.invalid;transport=ws>;+sip.ice;+sip.instance=\"<urn:uuid:0001>\"";
pub(super) const CONTACT_B: &str = "<sip:bbbb@bbbb.invalid;transport=ws>";

pub(super) async fn start() -> (TestServer, String) {
    let t = common::start(Dialect::Deployed, 0.0).await;
    let admin = t.login("admin@demo").await;
    (t, admin)
}

/// agent1@demo's extension credentials, as the simulation holds them.
pub(super) fn account_of(t: &TestServer, agent: &str) -> Account {
    let agent_id = t.agent_id(agent);
    let sim = t.server.state.sim();
    let extension = sim
        .agent_extensions(&agent_id)
        .first()
        .cloned()
        .cloned()
        .expect("extension");
    Account {
        username: extension.username,
        password: extension.password,
        realm: sim.sip_realm(),
    }
}

pub(super) fn phone_registered(t: &TestServer, agent: &str) -> bool {
    t.server.state.sim().phone_registered(&t.agent_id(agent))
}

pub(super) async fn registrations(t: &TestServer, admin: &str) -> Vec<Value> {
    let (status, body) = t.get("/v1.0/sim/phone", admin).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert!(body["legs"].is_array(), "{body}");
    body["registrations"]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

pub(super) async fn fault(t: &TestServer, admin: &str, name: &str) -> Value {
    let (status, body) = t
        .request(
            "POST",
            "/v1.0/sim/faults",
            Some(admin),
            Some(json!({ "fault": name })),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    body
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn register_with_digest_refresh_two_contacts_unregister_and_wildcard() {
    let (t, admin) = start().await;
    let account = account_of(&t, "agent1@demo");
    assert_eq!(
        account.realm,
        format!("{}.registrar.voipbin.test", t.customer_id)
    );
    let mut a = SipSocket::connect(t.server.addr).await;

    // No credentials: 401 with an MD5 qop=auth challenge in the customer's realm.
    let first = a.register(
        &account.username,
        &account.realm,
        &[CONTACT_A],
        Some(600),
        None,
    );
    a.send_raw(&first).await;
    let challenge = a.response().await;
    assert_eq!(challenge.status_code.code(), 401);
    let www = www_authenticate(&challenge);
    assert_eq!(
        challenge_param(&www, "realm").as_deref(),
        Some(account.realm.as_str()),
        "{www}"
    );
    assert_eq!(
        challenge_param(&www, "qop").as_deref(),
        Some("auth"),
        "{www}"
    );
    assert!(!phone_registered(&t, "agent1@demo"));

    // The digest answer registers the contact.
    let nonce = challenge_param(&www, "nonce").expect("nonce");
    let auth = authorization(
        &account,
        &account.password,
        &nonce,
        &format!("sip:{}", account.realm),
    );
    let second = a.register(
        &account.username,
        &account.realm,
        &[CONTACT_A],
        Some(600),
        Some(auth),
    );
    a.send_raw(&second).await;
    let ok = a.response().await;
    assert_eq!(ok.status_code.code(), 200, "{ok}");
    assert_eq!(
        contacts(&ok),
        vec![("sip:aaaa@aaaa.invalid;transport=ws".to_owned(), 600)]
    );
    assert!(phone_registered(&t, "agent1@demo"));
    let listed = registrations(&t, &admin).await;
    assert_eq!(listed.len(), 1, "{listed:?}");
    assert_eq!(listed[0]["username"], account.username.as_str());
    assert_eq!(listed[0]["agent_id"], t.agent_id("agent1@demo").as_str());
    assert_eq!(listed[0]["contact"], "sip:aaaa@aaaa.invalid;transport=ws");
    assert_eq!(listed[0]["user_agent"], "registrar-test");
    assert_eq!(listed[0]["transport"], "ws");
    assert!(
        (598..=600).contains(&listed[0]["expires_in"].as_i64().unwrap()),
        "{listed:?}"
    );

    // Re-REGISTER refreshes (and caps at 3600); still one contact.
    let again = a
        .register_with(&account, &account.password, &[CONTACT_A], Some(7200))
        .await;
    assert_eq!(
        contacts(&again),
        vec![("sip:aaaa@aaaa.invalid;transport=ws".to_owned(), 3600)]
    );

    // A second connection adds a second contact; each is reached over its own socket.
    let mut b = SipSocket::connect(t.server.addr).await;
    let both = b
        .register_with(&account, &account.password, &[CONTACT_B], None)
        .await;
    assert_eq!(both.status_code.code(), 200, "{both}");
    assert_eq!(contacts(&both).len(), 2, "{both}");
    let extension_id = t
        .server
        .state
        .sim()
        .agent_extensions(&t.agent_id("agent1@demo"))[0]
        .id
        .clone();
    let held = t.server.state.sip.contacts_of_extension(&extension_id);
    assert_eq!(held.len(), 2);
    assert_ne!(held[0].conn_id, held[1].conn_id);
    assert!(t
        .server
        .state
        .sip
        .send(held[1].conn_id, "SIP/2.0 999 Hello b\r\n\r\n".into()));
    assert_eq!(
        b.next_text(socket::WAIT).await.as_deref(),
        Some("SIP/2.0 999 Hello b\r\n\r\n")
    );
    let identity = t.server.state.sip.connection_identity(held[0].conn_id);
    assert_eq!(
        identity,
        Some((t.agent_id("agent1@demo"), extension_id.clone()))
    );

    // expires=0 on one contact removes only that one.
    let gone = b
        .register_with(
            &account,
            &account.password,
            &[&format!("{CONTACT_B};expires=0")],
            None,
        )
        .await;
    assert_eq!(
        contacts(&gone),
        vec![("sip:aaaa@aaaa.invalid;transport=ws".to_owned(), 3600)]
    );
    assert!(phone_registered(&t, "agent1@demo"));

    // Contact: * with Expires: 0 removes all of the AOR's contacts.
    b.register_with(&account, &account.password, &[CONTACT_B], None)
        .await;
    let cleared = b
        .register_with(&account, &account.password, &["*"], Some(0))
        .await;
    assert_eq!(cleared.status_code.code(), 200, "{cleared}");
    assert!(contacts(&cleared).is_empty(), "{cleared}");
    assert!(!phone_registered(&t, "agent1@demo"));
    assert!(registrations(&t, &admin).await.is_empty());
    // `*` with a non-zero expiry is a bad request.
    let bad = b
        .register_with(&account, &account.password, &["*"], Some(60))
        .await;
    assert_eq!(bad.status_code.code(), 400, "{bad}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn too_brief_wrong_password_and_other_customers_are_refused() {
    let (t, admin) = start().await;
    let account = account_of(&t, "agent1@demo");
    let mut phone = SipSocket::connect(t.server.addr).await;

    let brief = phone
        .register_with(&account, &account.password, &[CONTACT_A], Some(30))
        .await;
    assert_eq!(brief.status_code.code(), 423, "{brief}");
    let min = header_values(&brief, |h| match h {
        Header::MinExpires(v) => Some(v.value().to_owned()),
        _ => None,
    });
    assert_eq!(min, vec!["60".to_owned()]);

    // Wrong password: 401 (a fresh challenge), then 403 on the second try.
    let wrong = phone
        .register_with(&account, "not-the-password", &[CONTACT_A], None)
        .await;
    assert_eq!(wrong.status_code.code(), 401, "{wrong}");
    let nonce = challenge_param(&www_authenticate(&wrong), "nonce").expect("nonce");
    let auth = authorization(
        &account,
        "still-wrong",
        &nonce,
        &format!("sip:{}", account.realm),
    );
    let retry = phone.register(
        &account.username,
        &account.realm,
        &[CONTACT_A],
        None,
        Some(auth),
    );
    phone.send_raw(&retry).await;
    assert_eq!(phone.response().await.status_code.code(), 403);
    // The right password still works afterwards.
    let right = phone
        .register_with(&account, &account.password, &[CONTACT_A], None)
        .await;
    assert_eq!(right.status_code.code(), 200, "{right}");

    // Another customer's domain: 403 before any challenge.
    let other = "00000000-0000-0000-0000-000000000000.registrar.voipbin.test";
    let foreign = phone.register(&account.username, other, &[CONTACT_A], None, None);
    phone.send_raw(&foreign).await;
    assert_eq!(phone.response().await.status_code.code(), 403);

    // Agent 1's credentials for agent 2's AOR: 403.
    let other_agent = account_of(&t, "agent2@demo");
    assert_ne!(other_agent.username, account.username);
    let mut intruder = SipSocket::connect(t.server.addr).await;
    let first = intruder.register(
        &other_agent.username,
        &account.realm,
        &[CONTACT_B],
        None,
        None,
    );
    intruder.send_raw(&first).await;
    let nonce = challenge_param(&www_authenticate(&intruder.response().await), "nonce").unwrap();
    let auth = authorization(
        &account,
        &account.password,
        &nonce,
        &format!("sip:{}", account.realm),
    );
    let second = intruder.register(
        &other_agent.username,
        &account.realm,
        &[CONTACT_B],
        None,
        Some(auth),
    );
    intruder.send_raw(&second).await;
    assert_eq!(intruder.response().await.status_code.code(), 403);
    assert!(!phone_registered(&t, "agent2@demo"));
    assert_eq!(registrations(&t, &admin).await.len(), 1);
}
