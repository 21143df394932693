//! Deployed dialect: prefix matching, bare frames, no acks/errors, duplicate delivery, drops.

use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use reqwest::StatusCode;
use tokio_tungstenite::tungstenite::Message;
use voipbin_protocol::{decode, Dialect, Frame, ResourceKind};

use super::common::{self, Ending, WAIT};

const QUIET: Duration = Duration::from_millis(400);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bare_frames_prefixes_and_duplicates() {
    let t = common::start(Dialect::Deployed, 0.0).await;
    let admin = t.login("admin@demo").await;
    let agent1 = t.agent_id("agent1@demo");

    let mut broad = t.ws(&admin).await;
    broad
        .subscribe(&[format!("customer_id:{}", t.customer_id)])
        .await;
    let mut exact = t.ws(&admin).await;
    exact
        .subscribe(&[t.topic(&format!("agent:{agent1}"))])
        .await;
    let mut literal_star = t.ws(&admin).await;
    literal_star.subscribe(&[t.topic("agent:*")]).await;
    // No acknowledgement in this dialect (and this pause lets the subscriptions land).
    assert!(broad.collect_for(QUIET).await.is_empty());

    t.poke_agent(&admin, &agent1, "away").await;
    // The broad prefix matches both published topics: the same bare frame twice.
    let first = broad.next_text(WAIT).await.expect("first copy");
    let second = broad.next_text(WAIT).await.expect("second copy");
    assert_eq!(first, second);
    let frame: serde_json::Value = serde_json::from_str(&first).unwrap();
    assert_eq!(frame["id"], agent1.as_str());
    assert!(
        frame.get("event_type").is_none() && frame.get("type").is_none(),
        "bare: {frame}"
    );
    match decode(&first).expect("decodes") {
        Frame::Event(event) => assert_eq!(event.resource.kind(), ResourceKind::Agent),
        other => panic!("{other:?}"),
    }
    assert!(
        broad.collect_for(QUIET).await.is_empty(),
        "exactly two copies"
    );
    // `…:agent:<id>` is a prefix of the plain topic only: one copy.
    assert_eq!(exact.collect_for(QUIET).await.len(), 1);
    // A literal `*` matches nothing here.
    assert!(literal_star.collect_for(QUIET).await.is_empty());
    t.server.shutdown().await;
}

/// Queues are never published (bin-queue-manager/pkg/queuehandler/db.go: PublishEvent only):
/// the `…:queue` prefix carries queuecalls alone, without `queue_id` (bin-queue-manager/models/
/// queuecall/webhook.go).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn queue_prefix_carries_queuecalls_only() {
    let t = common::start(Dialect::Deployed, 200.0).await;
    let admin = t.login("admin@demo").await;
    let mut ws = t.ws(&admin).await;
    ws.subscribe(&[t.topic("queue")]).await;
    // Calls reach their queue seconds after they start: read until a few queuecalls came.
    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    let mut queuecalls = 0;
    while queuecalls < 6 && tokio::time::Instant::now() < deadline {
        let Some(text) = ws.next_text(Duration::from_secs(1)).await else {
            continue;
        };
        let Ok(Frame::Event(event)) = decode(&text) else {
            panic!("not an event: {text}");
        };
        assert_eq!(event.resource.kind(), ResourceKind::Queuecall, "{text}");
        let json: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert!(json.get("queue_id").is_none(), "{text}");
        queuecalls += 1;
    }
    assert_eq!(queuecalls, 6, "queuecalls in 20 s");
    t.server.shutdown().await;
}

/// A kicked caller: queuecall_abandoned goes out (no kicking step: bin-queue-manager/pkg/
/// queuecallhandler/kick.go goes straight to UpdateStatusAbandoned), no queue event, and the
/// queue's total_abandoned_count stays 0 (QueueIncreaseTotalAbandonedCount has no caller).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_kicked_caller_is_abandoned_but_never_counted() {
    let t = common::start(Dialect::Deployed, 0.0).await;
    let admin = t.login("admin@demo").await;
    // Nobody available: the caller waits.
    let (_, agents) = t.get("/v1.0/agents?page_size=100", &admin).await;
    for agent in agents["result"].as_array().unwrap() {
        t.poke_agent(&admin, agent["id"].as_str().unwrap(), "away")
            .await;
    }
    let (_, queues) = t.get("/v1.0/queues?page_size=100", &admin).await;
    let queue_id = queues["result"][0]["id"].as_str().unwrap().to_owned();
    let mut ws = t.ws(&admin).await;
    ws.subscribe(&[format!("customer_id:{}", t.customer_id)])
        .await;
    tokio::time::sleep(QUIET).await;
    let (status, placed) = t
        .request(
            "POST",
            "/v1.0/sim/calls",
            Some(&admin),
            Some(serde_json::json!({ "queue_id": queue_id })),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{placed}");
    let call_id = placed["call_id"].as_str().unwrap().to_owned();
    let waiting = ws
        .wait_for(WAIT, |f| {
            f["reference_id"] == call_id.as_str() && f["status"] == "waiting"
        })
        .await
        .expect("the caller waits");
    let queuecall_id = waiting["id"].as_str().unwrap().to_owned();
    // The second copy (typed topic), and whatever else came with it.
    ws.collect_for(QUIET).await;

    let path = format!("/v1.0/queuecalls/{queuecall_id}/kick");
    let (status, body) = t.request("POST", &path, Some(&admin), None).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let after = ws.collect_for(Duration::from_secs(1)).await;
    let statuses: Vec<serde_json::Value> = after
        .iter()
        .filter_map(|text| serde_json::from_str::<serde_json::Value>(text).ok())
        .filter(|f| f["id"] == queuecall_id.as_str())
        .map(|f| f["status"].clone())
        .collect();
    assert_eq!(
        statuses,
        ["abandoned", "abandoned"],
        "two topics, one event"
    );
    for text in &after {
        let kind = decode(text).map(|frame| match frame {
            Frame::Event(event) => event.resource.kind(),
            other => panic!("{other:?}"),
        });
        assert_ne!(kind.ok(), Some(ResourceKind::Queue), "{text}");
    }

    let (_, queues) = t.get("/v1.0/queues?page_size=100", &admin).await;
    for queue in queues["result"].as_array().unwrap() {
        assert_eq!(queue["total_abandoned_count"], 0, "{queue}");
        let waiting = queue["wait_queuecall_ids"].as_array().unwrap();
        assert!(!waiting.iter().any(|id| id == queuecall_id.as_str()));
    }
    t.server.shutdown().await;
}

/// `PUT /v1.0/agents/{id}/status`: the agent itself or an admin/manager, any string up to 255
/// characters (bin-api-manager/pkg/servicehandler/agent.go `AgentUpdateStatus`); the
/// agent_status_updated it publishes reaches customer topics only, never the agent's own (the
/// agent webhook message has no owner_id: bin-webhook-manager/pkg/webhookhandler/routingkey.go).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn agent_status_reaches_customer_topics_only() {
    let t = common::start(Dialect::Deployed, 0.0).await;
    let admin = t.login("admin@demo").await;
    let manager = t.login("manager@demo").await;
    let agent = t.login("agent1@demo").await;
    let other = t.login("agent2@demo").await;
    let agent1 = t.agent_id("agent1@demo");

    let mut supervisor = t.ws(&admin).await;
    supervisor.subscribe(&[t.topic("agent")]).await;
    let mut own = t.ws(&agent).await;
    own.subscribe(&[format!("agent_id:{agent1}")]).await;
    tokio::time::sleep(QUIET).await;

    let path = format!("/v1.0/agents/{agent1}/status");
    let longest = "ü".repeat(255);
    for (who, status) in [
        (&admin, "away"),
        (&manager, "on a break"),
        (&agent, longest.as_str()),
    ] {
        let body = serde_json::json!({ "status": status });
        let (code, answer) = t.request("PUT", &path, Some(who), Some(body)).await;
        assert_eq!(code, StatusCode::OK, "{answer}");
        assert_eq!(answer["status"], status);
        let frames = supervisor.collect_for(QUIET).await;
        assert_eq!(frames.len(), 2, "plain and typed topic: {frames:?}");
        for text in &frames {
            let frame: serde_json::Value = serde_json::from_str(text).unwrap();
            assert_eq!(frame["id"], agent1.as_str());
            assert_eq!(frame["status"], status);
        }
    }
    // Refused: another plain agent, and 256 characters; nothing published.
    let body = serde_json::json!({ "status": "available" });
    let (code, _) = t.request("PUT", &path, Some(&other), Some(body)).await;
    assert_eq!(code, StatusCode::FORBIDDEN);
    let body = serde_json::json!({ "status": "x".repeat(256) });
    let (code, _) = t.request("PUT", &path, Some(&agent), Some(body)).await;
    assert_eq!(code, StatusCode::BAD_REQUEST);
    assert!(supervisor.collect_for(QUIET).await.is_empty());
    // The agent's own topics never carried its status.
    assert!(own.collect_for(QUIET).await.is_empty());
    t.server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_input_drops_the_socket_without_close_frame() {
    let t = common::start(Dialect::Deployed, 0.0).await;
    let admin = t.login("admin@demo").await;
    let agent = t.login("agent1@demo").await;

    // Malformed JSON is ignored: the connection keeps working.
    let mut ws = t.ws(&admin).await;
    ws.send_text("{oops").await;
    ws.send_text(r#"{"type":"hello","topics":[]}"#).await;
    ws.subscribe(&[t.topic("agent")]).await;
    // No ack in this dialect: give the server a moment to take the subscription.
    tokio::time::sleep(QUIET).await;
    t.poke_agent(&admin, &t.agent_id("agent2@demo"), "away")
        .await;
    assert!(
        ws.next_text(WAIT).await.is_some(),
        "still subscribed after junk"
    );

    // Invalid topic, forbidden topic, binary frame: dropped, no close frame.
    let mut invalid = t.ws(&admin).await;
    invalid
        .subscribe(&["customer_id:not-a-uuid:call".to_owned()])
        .await;
    assert_eq!(invalid.ending(WAIT).await, Ending::Abrupt);
    let mut forbidden = t.ws(&agent).await;
    forbidden.subscribe(&[t.topic("call")]).await;
    assert_eq!(forbidden.ending(WAIT).await, Ending::Abrupt);
    let mut binary = t.ws(&admin).await;
    binary
        .stream
        .send(Message::Binary(vec![0u8; 4].into()))
        .await
        .unwrap();
    assert_eq!(binary.ending(WAIT).await, Ending::Abrupt);

    // An agent may watch its own agent_id prefix.
    let mut own = t.ws(&agent).await;
    own.subscribe(&[format!("agent_id:{}", t.agent_id("agent1@demo"))])
        .await;
    assert_eq!(own.ending(QUIET).await, Ending::StillOpen);
    t.server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn server_pings() {
    let mut config = common::config(Dialect::Deployed, 0.0);
    config.ping_every = Duration::from_secs(1);
    let t = common::start_with(config).await;
    let token = t.login("agent1@demo").await;
    let mut ws = t.ws(&token).await;
    let ping = tokio::time::timeout(Duration::from_secs(3), async {
        while let Some(Ok(message)) = ws.stream.next().await {
            if let Message::Ping(_) = message {
                return true;
            }
        }
        false
    })
    .await;
    assert_eq!(ping, Ok(true));
    t.server.shutdown().await;
}
