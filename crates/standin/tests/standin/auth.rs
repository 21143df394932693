//! Login, tokens, access keys, 401 before the WebSocket upgrade, expiry.

use std::time::Duration;

use reqwest::StatusCode;
use serde_json::json;
use voipbin_protocol::Dialect;

use super::common::{self, refused_status, Ending, WAIT};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn login_and_credentials() {
    let t = common::start(Dialect::Documented, 0.0).await;
    let token = t.login("admin@demo").await;
    assert_eq!(token.split('.').count(), 3);

    // Wrong password, unknown user, malformed body.
    for body in [
        json!({"username":"admin@demo","password":"nope"}),
        json!({"username":"ghost@demo","password":"demo"}),
    ] {
        let (status, err) = t.request("POST", "/auth/login", None, Some(body)).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
        assert_eq!(err["error"]["status"], "UNAUTHENTICATED");
    }
    let (status, err) = t
        .request("POST", "/auth/login", None, Some(json!({"user":"x"})))
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(err["error"]["status"], "INVALID_ARGUMENT");

    // Bearer header, ?token=, ?accesskey= (an access key also works as ?token=).
    assert_eq!(
        t.get("/v1.0/service_agents/me", &token).await.0,
        StatusCode::OK
    );
    let query = |q: String| {
        let http = t.http.clone();
        let url = t.url(&format!("/v1.0/service_agents/me?{q}"));
        async move { http.get(url).send().await.unwrap().status() }
    };
    assert_eq!(query(format!("token={token}")).await, StatusCode::OK);
    let key = t.access_key("agent1@demo");
    assert_eq!(query(format!("accesskey={key}")).await, StatusCode::OK);
    assert_eq!(query(format!("token={key}")).await, StatusCode::OK);
    let (_, me) = t.get("/v1.0/service_agents/me", &key).await;
    assert_eq!(me["id"], t.agent_id("agent1@demo"));

    // Missing, garbage and tampered tokens: 401 with the full envelope.
    let mut tampered = token.clone();
    tampered.pop();
    tampered.push(if token.ends_with('A') { 'B' } else { 'A' });
    for bad in ["garbage", "a.b.c", tampered.as_str()] {
        let (status, err) = t.get("/v1.0/service_agents/me", bad).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{bad}");
        assert_eq!(err["error"]["reason"], "INVALID_CREDENTIALS");
        assert!(err["error"]["message"].is_string());
        assert!(err["error"]["request_id"].is_string());
    }
    let (status, _) = t
        .request("GET", "/v1.0/service_agents/me", None, None)
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    t.server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn websocket_refuses_bad_tokens_before_upgrade() {
    let t = common::start(Dialect::Deployed, 0.0).await;
    for path in ["/v1.0/ws", "/v1.0/service_agents/ws"] {
        let error = t.ws_at(path, "not-a-token").await.err().expect("refused");
        let (status, body) = refused_status(&error).expect("http refusal");
        assert_eq!(status, 401);
        assert_eq!(body["error"]["status"], "UNAUTHENTICATED");
        assert_eq!(body["error"]["reason"], "INVALID_CREDENTIALS");
    }
    let token = t.login("agent1@demo").await;
    assert!(t.ws_at("/v1.0/service_agents/ws", &token).await.is_ok());
    t.server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tokens_expire() {
    let mut config = common::config(Dialect::Documented, 0.0);
    config.token_ttl = Duration::from_secs(1);
    let t = common::start_with(config).await;
    let token = t.login("admin@demo").await;
    assert_eq!(t.get("/v1.0/customer", &token).await.0, StatusCode::OK);
    let mut ws = t.ws(&token).await;
    // The open socket is closed with 4001 when the token runs out.
    assert_eq!(ws.ending(WAIT).await, Ending::CloseFrame(4001));
    let (status, err) = t.get("/v1.0/customer", &token).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(err["error"]["message"], "token expired");
    let refused = t.ws_at("/v1.0/ws", &token).await.err().expect("refused");
    assert_eq!(refused_status(&refused).map(|r| r.0), Some(401));
    // Access keys do not expire.
    let key = t.access_key("admin@demo");
    assert_eq!(t.get("/v1.0/customer", &key).await.0, StatusCode::OK);
    t.server.shutdown().await;
}
