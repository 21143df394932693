//! Deployed dialect: prefix matching, bare frames, no acks/errors, duplicate delivery, drops.

use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn queue_prefix_also_matches_queuecalls() {
    let t = common::start(Dialect::Deployed, 200.0).await;
    let admin = t.login("admin@demo").await;
    let mut ws = t.ws(&admin).await;
    ws.subscribe(&[t.topic("queue")]).await;
    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    let mut kinds = Vec::new();
    while tokio::time::Instant::now() < deadline {
        let Some(text) = ws.next_text(Duration::from_secs(1)).await else {
            continue;
        };
        if let Ok(Frame::Event(event)) = decode(&text) {
            kinds.push(event.resource.kind());
            if event.resource.kind() == ResourceKind::Queuecall {
                break;
            }
        }
    }
    assert!(
        kinds.contains(&ResourceKind::Queuecall),
        "saw only {kinds:?}"
    );
    assert!(
        kinds
            .iter()
            .all(|k| matches!(k, ResourceKind::Queue | ResourceKind::Queuecall)),
        "{kinds:?}"
    );
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
