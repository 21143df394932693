//! Documented dialect: acks, every error code, the permission rules, the envelope.

use std::time::Duration;

use futures_util::SinkExt;
use serde_json::{json, Value};
use tokio_tungstenite::tungstenite::Message;
use voipbin_protocol::Dialect;

use super::common::{self, WAIT};

const QUIET: Duration = Duration::from_millis(400);

fn error_code(frame: &Value) -> &str {
    assert_eq!(frame["type"], "error", "{frame}");
    frame["code"].as_str().unwrap_or_default()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ack_and_envelope() {
    let t = common::start(Dialect::Documented, 0.0).await;
    let admin = t.login("admin@demo").await;
    let agent1 = t.agent_id("agent1@demo");
    let mut ws = t.ws(&admin).await;
    let topics = vec![t.topic("agent:*")];
    ws.subscribe(&topics).await;
    let ack = ws.next_json(WAIT).await.expect("ack");
    assert_eq!(
        ack,
        json!({"type":"ack","action":"subscribe","topics":topics,"status":"success"})
    );

    t.poke_agent(&admin, &agent1, "away").await;
    let event = ws.next_json(WAIT).await.expect("event");
    assert_eq!(event["event_type"], "agent.status");
    assert_eq!(event["topic"], t.topic(&format!("agent:{agent1}")));
    assert_eq!(event["data"]["id"], agent1.as_str());
    assert_eq!(event["data"]["status"], "away");
    let stamp = event["timestamp"].as_str().expect("timestamp");
    assert_eq!(stamp.len(), "2024-01-15T10:30:00.000000Z".len(), "{stamp}");
    assert!(stamp.ends_with('Z') && stamp.as_bytes()[10] == b'T' && stamp.as_bytes()[19] == b'.');
    let sent_ms = event["sent_ms"].as_i64().expect("sent_ms");
    let now_ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64;
    assert!((now_ms - sent_ms).abs() < 5_000);
    // The frame decodes with the shared protocol crate.
    let decoded = voipbin_protocol::decode(&event.to_string()).expect("decodes");
    assert!(matches!(decoded, voipbin_protocol::Frame::Event(_)));

    // A specific resource topic receives only that resource; `*:*` receives everything.
    let mut specific = t.ws(&admin).await;
    let agent2 = t.agent_id("agent2@demo");
    specific
        .subscribe(&[t.topic(&format!("agent:{agent2}"))])
        .await;
    specific.next_json(WAIT).await.expect("ack");
    let mut everything = t.ws(&admin).await;
    everything.subscribe(&[t.topic("*:*")]).await;
    everything.next_json(WAIT).await.expect("ack");
    t.poke_agent(&admin, &agent1, "available").await;
    assert!(everything.next_json(WAIT).await.is_some());
    assert!(specific.collect_for(QUIET).await.is_empty());
    t.poke_agent(&admin, &agent2, "away").await;
    let frame = specific.next_json(WAIT).await.expect("agent2 event");
    assert_eq!(frame["data"]["id"], agent2.as_str());

    // Unsubscribe: acknowledged, then silence.
    ws.collect_for(QUIET).await;
    ws.unsubscribe(&topics).await;
    let ack = ws.next_json(WAIT).await.expect("ack");
    assert_eq!(ack["action"], "unsubscribe");
    assert_eq!(ack["status"], "success");
    t.poke_agent(&admin, &agent1, "away").await;
    assert!(ws.collect_for(QUIET).await.is_empty());
    t.server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn permission_rules() {
    let t = common::start(Dialect::Documented, 0.0).await;
    let other = "99999999-9999-4999-8999-999999999999";
    let cases = [
        // (account, topic, allowed)
        ("admin@demo", t.topic("call:*"), true),
        ("manager@demo", t.topic("call:*"), true),
        ("agent1@demo", t.topic("call:*"), false),
        ("admin@demo", format!("customer_id:{other}:call:*"), false),
        (
            "agent1@demo",
            format!("agent_id:{}:call:*", t.agent_id("agent1@demo")),
            true,
        ),
        (
            "agent1@demo",
            format!("agent_id:{}:call:*", t.agent_id("agent2@demo")),
            false,
        ),
        (
            "admin@demo",
            format!("agent_id:{}:call:*", t.agent_id("agent2@demo")),
            false,
        ),
        (
            "manager@demo",
            format!("agent_id:{}:queue:*", t.agent_id("manager@demo")),
            true,
        ),
    ];
    for (account, topic, allowed) in cases {
        let token = t.login(account).await;
        let mut ws = t.ws(&token).await;
        ws.subscribe(std::slice::from_ref(&topic)).await;
        let reply = ws.next_json(WAIT).await.expect("reply");
        if allowed {
            assert_eq!(reply["type"], "ack", "{account} {topic}: {reply}");
        } else {
            assert_eq!(error_code(&reply), "PERMISSION_DENIED", "{account} {topic}");
            assert_eq!(reply["topics"], json!([topic]));
            assert_eq!(reply["action"], "subscribe");
            assert!(reply["message"].is_string());
        }
    }
    t.server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn error_codes() {
    let t = common::start(Dialect::Documented, 0.0).await;
    let admin = t.login("admin@demo").await;
    let mut ws = t.ws(&admin).await;

    // INVALID_TOPIC: wrong scope, non-UUID id, deployed-style prefix, unknown resource.
    for bad in [
        "account:x:call:*".to_owned(),
        "customer_id:abc:call:*".to_owned(),
        t.topic("call"),
        t.topic("zebra:*"),
    ] {
        ws.subscribe(std::slice::from_ref(&bad)).await;
        let reply = ws.next_json(WAIT).await.expect("reply");
        assert_eq!(error_code(&reply), "INVALID_TOPIC", "{bad}");
    }
    // Mixed: the good topic is acknowledged, the bad one reported.
    ws.subscribe(&[t.topic("call:*"), "nope".to_owned()]).await;
    assert_eq!(
        error_code(&ws.next_json(WAIT).await.unwrap()),
        "INVALID_TOPIC"
    );
    assert_eq!(
        ws.next_json(WAIT).await.unwrap()["topics"],
        json!([t.topic("call:*")])
    );

    // INVALID_MESSAGE: malformed JSON, unknown type, missing topics, binary.
    for bad in [
        "{oops",
        r#"{"type":"hello"}"#,
        r#"{"type":"subscribe"}"#,
        "[1]",
    ] {
        ws.send_text(bad).await;
        let reply = ws.next_json(WAIT).await.expect("reply");
        assert_eq!(error_code(&reply), "INVALID_MESSAGE", "{bad}");
    }
    ws.stream
        .send(Message::Binary(vec![1u8, 2, 3].into()))
        .await
        .unwrap();
    assert_eq!(
        error_code(&ws.next_json(WAIT).await.unwrap()),
        "INVALID_MESSAGE"
    );

    // RATE_LIMITED: more than 500 topics on one connection.
    let many: Vec<String> = (0..501).map(|i| t.topic(&format!("call:id-{i}"))).collect();
    ws.subscribe(&many).await;
    let replies = ws.collect_for(Duration::from_millis(500)).await;
    let codes: Vec<Value> = replies
        .iter()
        .map(|r| serde_json::from_str(r).unwrap())
        .collect();
    assert!(
        codes.iter().any(|c| c["code"] == "RATE_LIMITED"),
        "{replies:?}"
    );

    // RATE_LIMITED: more than 20 subscription messages in a second (fresh connection).
    let mut burst = t.ws(&admin).await;
    for _ in 0..25 {
        burst.subscribe(&[t.topic("call:*")]).await;
    }
    let replies = burst.collect_for(Duration::from_millis(700)).await;
    let limited = replies
        .iter()
        .filter(|r| r.contains("RATE_LIMITED"))
        .count();
    let acks = replies.iter().filter(|r| r.contains("\"ack\"")).count();
    assert_eq!(acks, 20, "{replies:?}");
    assert_eq!(limited, 5);
    t.server.shutdown().await;
}
