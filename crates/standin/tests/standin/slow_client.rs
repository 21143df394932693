//! A client that never reads must not slow anyone else; its overflow is counted.

use std::time::Duration;

use futures_util::SinkExt;
use serde_json::json;
use tokio::net::TcpSocket;
use tokio_tungstenite::tungstenite::Message;
use voipbin_protocol::Dialect;

use super::common::{self, WAIT};

fn number(v: &serde_json::Value) -> u64 {
    v.as_u64().unwrap_or(0)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_client_does_not_slow_others() {
    let t = common::start(Dialect::Documented, 0.0).await;
    let admin = t.login("admin@demo").await;
    let everything = vec![t.topic("*:*")];

    // The sluggard: a tiny receive buffer, subscribes, then never reads again.
    let socket = TcpSocket::new_v4().unwrap();
    socket.set_recv_buffer_size(4096).unwrap();
    let stream = socket.connect(t.server.addr).await.unwrap();
    let url = format!("ws://{}/v1.0/ws?token={admin}", t.server.addr);
    let (mut sluggard, _) = tokio_tungstenite::client_async(url, stream).await.unwrap();
    sluggard
        .send(Message::Text(
            json!({"type":"subscribe","topics":everything})
                .to_string()
                .into(),
        ))
        .await
        .unwrap();

    let mut reader = t.ws(&admin).await;
    reader.subscribe(&everything).await;
    reader.next_json(WAIT).await.expect("ack");

    t.set_rate(&admin, 400.0).await;
    // Read until the sluggard's queue has overflowed.
    let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
    let started = std::time::Instant::now();
    let mut received = 0u64;
    let mut sluggard_dropped = 0;
    while tokio::time::Instant::now() < deadline {
        received += reader.collect_for(Duration::from_millis(500)).await.len() as u64;
        let stats = t.stats(&admin).await;
        sluggard_dropped = stats["per_connection"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| number(&c["frames_dropped"]))
            .max()
            .unwrap_or(0);
        if sluggard_dropped > 0 {
            break;
        }
    }
    assert!(sluggard_dropped > 0, "the sluggard overflowed");
    eprintln!("sluggard overflowed after {:?}", started.elapsed());
    assert!(received > 0);

    // Now measure the reader while the sluggard stays stuck.
    let before = t.stats(&admin).await;
    let window = reader.collect_for(Duration::from_secs(2)).await.len() as u64;
    let after = t.stats(&admin).await;
    let published = number(&after["events_published"]) - number(&before["events_published"]);
    assert!(published > 300, "published {published}");
    assert!(
        window * 10 >= published * 8,
        "reader got {window} of {published} events"
    );
    let conns = after["per_connection"].as_array().unwrap().clone();
    let dropped: Vec<u64> = conns.iter().map(|c| number(&c["frames_dropped"])).collect();
    assert_eq!(
        dropped.iter().filter(|d| **d > 0).count(),
        1,
        "only the sluggard drops: {dropped:?}"
    );
    assert!(number(&after["frames_dropped"]) > 0);
    t.set_rate(&admin, 0.0).await;
    drop(sluggard);
    t.server.shutdown().await;
}
