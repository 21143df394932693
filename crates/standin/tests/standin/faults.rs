//! Fault injection: drop_all, drop_one, stall/resume, restart, malformed, expire_tokens, stall_rest.

use std::time::Duration;

use reqwest::StatusCode;
use serde_json::{json, Value};
use voipbin_protocol::Dialect;

use super::common::{self, refused_status, Ending, TestServer, WAIT};

const QUIET: Duration = Duration::from_millis(400);

async fn fault(t: &TestServer, admin: &str, body: Value) -> Value {
    let (status, reply) = t
        .request("POST", "/v1.0/sim/faults", Some(admin), Some(body))
        .await;
    assert_eq!(status, StatusCode::OK, "{reply}");
    reply
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn drop_all_drop_one_and_restart() {
    let t = common::start(Dialect::Documented, 0.0).await;
    let admin = t.login("admin@demo").await;
    let agent = t.login("agent1@demo").await;
    let (status, _) = t
        .request(
            "POST",
            "/v1.0/sim/faults",
            Some(&agent),
            Some(json!({"fault":"drop_all"})),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = t
        .request(
            "POST",
            "/v1.0/sim/faults",
            Some(&admin),
            Some(json!({"fault":"meteor"})),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);

    let mut a = t.ws(&admin).await;
    let mut b = t.ws(&agent).await;
    let reply = fault(&t, &admin, json!({"fault":"drop_all"})).await;
    assert_eq!(reply["affected_connections"], 2);
    assert_eq!(a.ending(WAIT).await, Ending::Abrupt);
    assert_eq!(b.ending(WAIT).await, Ending::Abrupt);

    let mut first = t.ws(&admin).await;
    let mut second = t.ws(&admin).await;
    fault(&t, &admin, json!({"fault":"drop_one"})).await;
    assert_eq!(first.ending(WAIT).await, Ending::Abrupt, "the oldest goes");
    assert_eq!(second.ending(QUIET).await, Ending::StillOpen);

    fault(&t, &admin, json!({"fault":"restart"})).await;
    assert_eq!(second.ending(WAIT).await, Ending::CloseFrame(1012));
    let refused = t
        .ws_at("/v1.0/ws", &admin)
        .await
        .err()
        .expect("refused while restarting");
    let (status, body) = refused_status(&refused).expect("http refusal");
    assert_eq!(status, 503);
    assert_eq!(body["error"]["status"], "UNAVAILABLE");
    // REST keeps working, and tokens survive the restart.
    assert_eq!(t.get("/v1.0/customer", &admin).await.0, StatusCode::OK);
    tokio::time::sleep(Duration::from_millis(1200)).await;
    assert!(t.ws_at("/v1.0/ws", &admin).await.is_ok());
    t.server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn expire_tokens() {
    let t = common::start(Dialect::Documented, 0.0).await;
    let admin = t.login("admin@demo").await;
    let key = t.access_key("admin@demo");
    let mut by_token = t.ws(&admin).await;
    let mut by_key = t.ws(&key).await;
    fault(&t, &admin, json!({"fault":"expire_tokens"})).await;
    assert_eq!(by_token.ending(WAIT).await, Ending::CloseFrame(4001));
    assert_eq!(by_key.ending(QUIET).await, Ending::StillOpen);
    assert_eq!(
        t.get("/v1.0/customer", &admin).await.0,
        StatusCode::UNAUTHORIZED
    );
    let fresh = t.login("admin@demo").await;
    assert_eq!(t.get("/v1.0/customer", &fresh).await.0, StatusCode::OK);
    assert!(t.ws_at("/v1.0/ws", &fresh).await.is_ok());
    t.server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stall_and_resume() {
    let t = common::start(Dialect::Documented, 0.0).await;
    let admin = t.login("admin@demo").await;
    let agent2 = t.agent_id("agent2@demo");
    let mut stalled = t.ws(&admin).await;
    stalled.subscribe(&[t.topic("agent:*")]).await;
    stalled.next_json(WAIT).await.expect("ack");
    let mut healthy = t.ws(&admin).await;
    healthy.subscribe(&[t.topic("agent:*")]).await;
    healthy.next_json(WAIT).await.expect("ack");

    let reply = fault(&t, &admin, json!({"fault":"stall"})).await;
    assert_eq!(reply["affected_connections"], 1);
    t.poke_agent(&admin, &agent2, "away").await;
    assert!(healthy.next_json(WAIT).await.is_some());
    assert!(
        stalled.collect_for(QUIET).await.is_empty(),
        "a stalled socket is silent"
    );
    assert_eq!(stalled.ending(QUIET).await, Ending::StillOpen);
    let stats = t.stats(&admin).await;
    assert!(stats["per_connection"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["state"] == "stalled"));

    fault(&t, &admin, json!({"fault":"resume"})).await;
    let late = stalled
        .next_json(WAIT)
        .await
        .expect("queued frame arrives after resume");
    assert_eq!(late["data"]["id"], agent2.as_str());
    t.server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn malformed_frames_reach_subscribers() {
    let t = common::start(Dialect::Documented, 0.0).await;
    let admin = t.login("admin@demo").await;
    let mut ws = t.ws(&admin).await;
    ws.subscribe(&[t.topic("call:*")]).await;
    ws.next_json(WAIT).await.expect("ack");
    fault(&t, &admin, json!({"fault":"malformed"})).await;
    let frames = ws.collect_for(Duration::from_secs(2)).await;
    assert!(frames.len() >= 15, "got {}", frames.len());
    assert!(frames.iter().any(|f| f == "<binary>"));
    assert!(
        frames.iter().any(|f| f.len() > 1 << 20),
        "an oversized frame"
    );
    assert!(
        frames
            .iter()
            .any(|f| serde_json::from_str::<Value>(f).is_err()),
        "invalid JSON"
    );
    // The connection survives it.
    assert_eq!(ws.ending(QUIET).await, Ending::StillOpen);
    t.server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn overflow_is_counted_and_reported_once_drained() {
    let t = common::start(Dialect::Documented, 0.0).await;
    let admin = t.login("admin@demo").await;
    let mut ws = t.ws(&admin).await;
    fault(&t, &admin, json!({"fault":"stall","target":"all"})).await;
    // 2,500 frames into a stalled connection: 2,000 fit the queue, 500 are dropped.
    for chunk in 0..3 {
        let frames: Vec<String> = (0..1000)
            .map(|i| format!("{{\"n\":{}}}", chunk * 1000 + i))
            .take(if chunk == 2 { 500 } else { 1000 })
            .collect();
        let (status, body) = t
            .request(
                "POST",
                "/v1.0/sim/inject",
                Some(&admin),
                Some(json!({"frames": frames})),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{body}");
    }
    let stats = t.stats(&admin).await;
    assert_eq!(
        stats["per_connection"][0]["frames_dropped"], 500,
        "{}",
        stats["per_connection"]
    );
    assert_eq!(stats["per_connection"][0]["queued"], 2000);
    fault(&t, &admin, json!({"fault":"resume"})).await;
    let frames = ws.collect_for(Duration::from_secs(3)).await;
    assert_eq!(frames.len(), 2001, "2,000 queued frames, then the notice");
    let notice: Value = serde_json::from_str(frames.last().unwrap()).unwrap();
    assert_eq!(notice["type"], "error");
    assert_eq!(notice["action"], "deliver");
    assert_eq!(notice["code"], "OVERFLOW");
    assert_eq!(notice["message"], "500 events dropped");
    assert!(t.stats(&admin).await["frames_dropped"].as_u64().unwrap() >= 500);
    t.server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn duplicate_and_reorder_replay_only_what_a_socket_could_have_seen() {
    let t = common::start(Dialect::Documented, 0.0).await;
    let admin = t.login("admin@demo").await;
    let agent1 = t.agent_id("agent1@demo");
    let agent2 = t.agent_id("agent2@demo");
    let mut early = t.ws(&admin).await;
    early.subscribe(&[t.topic("agent:*")]).await;
    early.next_json(WAIT).await.expect("ack");
    t.poke_agent(&admin, &agent1, "away").await;
    t.poke_agent(&admin, &agent2, "busy").await;
    let first: Vec<String> = early.collect_for(QUIET).await;
    assert!(first.len() >= 2, "{first:?}");

    // A socket opened after those events must never receive them, not even as a fault.
    let mut late = t.ws(&admin).await;
    late.subscribe(&[t.topic("agent:*")]).await;
    late.next_json(WAIT).await.expect("ack");

    fault(&t, &admin, json!({"fault":"duplicate"})).await;
    assert_eq!(
        early.collect_for(QUIET).await,
        first,
        "the same frames again, in order"
    );
    assert!(late.collect_for(QUIET).await.is_empty());

    fault(&t, &admin, json!({"fault":"reorder"})).await;
    let reversed: Vec<String> = first.iter().rev().cloned().collect();
    assert_eq!(early.collect_for(QUIET).await, reversed, "newest first");
    assert!(late.collect_for(QUIET).await.is_empty());
    t.server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stall_rest_holds_api_answers_until_it_ends_or_resume() {
    let t = common::start(Dialect::Documented, 0.0).await;
    let admin = t.login("admin@demo").await;
    fault(&t, &admin, json!({"fault":"stall_rest","secs":1})).await;
    let started = std::time::Instant::now();
    let (status, _) = t.get("/v1.0/queues", &admin).await;
    assert_eq!(status, StatusCode::OK, "answered once the hold ends");
    assert!(
        started.elapsed() >= Duration::from_millis(900),
        "held for {:?}",
        started.elapsed()
    );

    fault(&t, &admin, json!({"fault":"stall_rest"})).await;
    let started = std::time::Instant::now();
    // Simulation control and sign-in are not held, so the hold can be ended.
    t.stats(&admin).await;
    t.login("agent1@demo").await;
    assert!(
        started.elapsed() < Duration::from_millis(500),
        "{:?}",
        started.elapsed()
    );
    let held = {
        let t = &t;
        let admin = admin.clone();
        async move { t.get("/v1.0/customer", &admin).await.0 }
    };
    let resume = async {
        tokio::time::sleep(Duration::from_millis(300)).await;
        fault(&t, &admin, json!({"fault":"resume"})).await;
    };
    let (status, ()) = tokio::join!(held, resume);
    assert_eq!(status, StatusCode::OK);
    let waited = started.elapsed();
    assert!(
        waited >= Duration::from_millis(300) && waited < Duration::from_secs(5),
        "{waited:?}"
    );
    t.server.shutdown().await;
}
