//! Delivery against a real local HTTP receiver.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use voipbin_protocol::{encode_webhook, Call, EventType, Resource};

use super::*;
use crate::sim::Published;

#[derive(Clone, Debug)]
struct Received {
    method: String,
    path: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Received {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// A tiny HTTP/1.1 server: answers the n-th request with `statuses[n]` (the last one
/// repeating) after `delay`, and records every request.
struct Receiver {
    addr: SocketAddr,
    requests: Arc<Mutex<Vec<Received>>>,
}

impl Receiver {
    async fn start(statuses: Vec<u16>, delay: Duration) -> Receiver {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let requests = Arc::new(Mutex::new(Vec::new()));
        let seen = requests.clone();
        tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    break;
                };
                let seen = seen.clone();
                let statuses = statuses.clone();
                tokio::spawn(async move { serve(stream, seen, statuses, delay).await });
            }
        });
        Receiver { addr, requests }
    }

    fn url(&self) -> String {
        format!("http://{}/hook", self.addr)
    }

    fn received(&self) -> Vec<Received> {
        self.requests.lock().unwrap().clone()
    }
}

async fn serve(
    mut stream: TcpStream,
    seen: Arc<Mutex<Vec<Received>>>,
    statuses: Vec<u16>,
    delay: Duration,
) {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    let head_end = loop {
        if let Some(at) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break at + 4;
        }
        match stream.read(&mut chunk).await {
            Ok(0) | Err(_) => return,
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
        }
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).to_string();
    let mut lines = head.split("\r\n");
    let mut first = lines.next().unwrap_or("").split(' ');
    let method = first.next().unwrap_or("").to_owned();
    let path = first.next().unwrap_or("").to_owned();
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_owned(), v.trim().to_owned()))
        .collect();
    let length: usize = headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("content-length"))
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(0);
    let mut body = buf[head_end..].to_vec();
    while body.len() < length {
        match stream.read(&mut chunk).await {
            Ok(0) | Err(_) => return,
            Ok(n) => body.extend_from_slice(&chunk[..n]),
        }
    }
    let n = {
        let mut all = seen.lock().unwrap();
        all.push(Received {
            method,
            path,
            headers,
            body,
        });
        all.len() - 1
    };
    let status = statuses.get(n).or(statuses.last()).copied().unwrap_or(200);
    tokio::time::sleep(delay).await;
    let answer = format!("HTTP/1.1 {status} X\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    let _ = stream.write_all(answer.as_bytes()).await;
}

fn event() -> Published {
    Published {
        event_type: EventType::CallCreated,
        resource: Resource::Call(Call {
            id: "4f1d2a3b-0000-4000-8000-000000000001".into(),
            status: voipbin_protocol::CallStatus::Ringing,
            ..Call::default()
        }),
        customer_id: "c".into(),
        agent_id: None,
        audience: Vec::new(),
    }
}

fn config(uri: &str, method: &str, secret: &str) -> Arc<RwLock<WebhookConfig>> {
    Arc::new(RwLock::new(WebhookConfig {
        uri: uri.into(),
        method: method.into(),
        secret: secret.into(),
    }))
}

fn fast() -> DeliverySettings {
    DeliverySettings {
        retry_delay: Duration::from_millis(50),
        timeout: Duration::from_millis(300),
        ..DeliverySettings::default()
    }
}

async fn wait_for_log(d: &Dispatcher, n: usize) -> Vec<DeliveryRecord> {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(10) {
        let log = d.log();
        if log.len() >= n {
            return log;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("only {} deliveries logged", d.log().len());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn posts_the_signed_webhook_body() {
    let rx = Receiver::start(vec![200], Duration::ZERO).await;
    let d = Dispatcher::new(config(&rx.url(), "POST", "s3cret"));
    let p = event();
    d.enqueue(&p);
    let log = wait_for_log(&d, 1).await;
    assert_eq!(log[0].status, Some(200));
    assert_eq!(log[0].attempts, 1);
    assert_eq!(log[0].event_type, "call_created");
    assert!(log[0].error.is_none());
    let got = rx.received();
    assert_eq!(got.len(), 1);
    let req = &got[0];
    assert_eq!(req.method, "POST");
    assert_eq!(req.path, "/hook");
    assert_eq!(req.header("content-type"), Some("application/json"));
    let body = encode_webhook(&p.event_type, &p.resource);
    assert_eq!(req.body, body.as_bytes());
    let json: serde_json::Value = serde_json::from_slice(&req.body).unwrap();
    assert_eq!(json["type"], "call_created");
    assert_eq!(json["data"]["status"], "ringing");
    let signature = req.header("x-voipbin-signature").unwrap();
    assert_eq!(signature, sign("s3cret", body.as_bytes()));
    assert!(verify("s3cret", &req.body, signature));
    assert_eq!(d.stats().delivered, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn honours_the_method_and_leaves_unsigned_without_secret() {
    for method in ["PUT", "GET", "DELETE"] {
        let rx = Receiver::start(vec![204], Duration::ZERO).await;
        let d = Dispatcher::new(config(&rx.url(), &method.to_lowercase(), ""));
        d.enqueue(&event());
        let log = wait_for_log(&d, 1).await;
        assert_eq!(log[0].method, method);
        let req = &rx.received()[0];
        assert_eq!(req.method, method);
        assert!(req.header("x-voipbin-signature").is_none());
        assert!(!req.body.is_empty());
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn retries_5xx_three_times_one_second_apart() {
    let rx = Receiver::start(vec![500, 503, 502], Duration::ZERO).await;
    let d = Dispatcher::new(config(&rx.url(), "POST", "k"));
    d.enqueue(&event());
    let log = wait_for_log(&d, 1).await;
    assert_eq!(rx.received().len(), 3);
    assert_eq!(log[0].attempts, 3);
    assert_eq!(log[0].status, Some(502));
    assert!(log[0].latency_ms >= 2_000, "{} ms", log[0].latency_ms);
    assert_eq!(d.stats().failed, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_retry_can_succeed() {
    let rx = Receiver::start(vec![500, 200], Duration::ZERO).await;
    let d = Dispatcher::with_settings(config(&rx.url(), "POST", "k"), fast());
    d.enqueue(&event());
    let log = wait_for_log(&d, 1).await;
    assert_eq!((log[0].attempts, log[0].status), (2, Some(200)));
    assert!(log[0].succeeded());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn does_not_retry_4xx() {
    let rx = Receiver::start(vec![404, 200], Duration::ZERO).await;
    let d = Dispatcher::with_settings(config(&rx.url(), "POST", "k"), fast());
    d.enqueue(&event());
    let log = wait_for_log(&d, 1).await;
    assert_eq!((log[0].attempts, log[0].status), (1, Some(404)));
    assert_eq!(log[0].error.as_deref(), Some("HTTP 404"));
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(rx.received().len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn times_out_and_retries() {
    let rx = Receiver::start(vec![200], Duration::from_secs(2)).await;
    let d = Dispatcher::with_settings(config(&rx.url(), "POST", "k"), fast());
    d.enqueue(&event());
    let log = wait_for_log(&d, 1).await;
    assert_eq!(log[0].attempts, 3);
    assert_eq!(log[0].status, None);
    assert_eq!(log[0].error.as_deref(), Some("timed out"));
    assert!(
        log[0].latency_ms < 2_000,
        "each attempt is cut at the timeout"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn default_timeout_is_five_seconds() {
    assert_eq!(DeliverySettings::default().timeout, Duration::from_secs(5));
    assert_eq!(DeliverySettings::default().attempts, 3);
    assert_eq!(
        DeliverySettings::default().retry_delay,
        Duration::from_secs(1)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn transport_errors_are_retried() {
    // Bind and drop a listener: nothing answers on that port.
    let addr = TcpListener::bind("127.0.0.1:0")
        .await
        .unwrap()
        .local_addr()
        .unwrap();
    let d = Dispatcher::with_settings(config(&format!("http://{addr}/"), "POST", ""), fast());
    d.enqueue(&event());
    let log = wait_for_log(&d, 1).await;
    assert_eq!(log[0].attempts, 3);
    assert!(
        log[0]
            .error
            .as_deref()
            .unwrap_or("")
            .starts_with("connection failed"),
        "{:?}",
        log[0].error
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn refuses_non_http_uris() {
    for uri in ["ftp://127.0.0.1/hook", "file:///etc/passwd", "nonsense"] {
        let d = Dispatcher::with_settings(config(uri, "POST", "k"), fast());
        d.enqueue(&event());
        let log = wait_for_log(&d, 1).await;
        assert_eq!(log[0].attempts, 0, "{uri}");
        assert!(
            log[0].error.as_deref().unwrap_or("").starts_with("refused"),
            "{uri}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn empty_uri_disables_delivery() {
    let rx = Receiver::start(vec![200], Duration::ZERO).await;
    let shared = config("", "POST", "k");
    let d = Dispatcher::with_settings(shared.clone(), fast());
    d.enqueue(&event());
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert!(d.log().is_empty());
    assert_eq!(d.stats(), WebhookStats::default());
    let test = d.send_test().await;
    assert!(test.error.as_deref().unwrap_or("").contains("disabled"));
    assert_eq!(test.attempts, 0);
    // Enabling it through the shared config takes effect at once.
    shared.write().unwrap().uri = rx.url();
    d.enqueue(&event());
    wait_for_log(&d, 2).await;
    assert_eq!(rx.received().len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn send_test_delivers_now() {
    let rx = Receiver::start(vec![200], Duration::ZERO).await;
    let d = Dispatcher::new(config(&rx.url(), "PUT", "abc"));
    let record = d.send_test().await;
    assert_eq!(record.status, Some(200));
    assert_eq!(record.event_type, "webhook_test");
    assert_eq!(d.log(), vec![record]);
    let req = &rx.received()[0];
    assert_eq!(req.method, "PUT");
    let json: serde_json::Value = serde_json::from_slice(&req.body).unwrap();
    assert_eq!(json["type"], "webhook_test");
    assert!(verify(
        "abc",
        &req.body,
        req.header("x-voipbin-signature").unwrap()
    ));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_queue_drops_without_blocking() {
    let rx = Receiver::start(vec![200], Duration::from_millis(200)).await;
    let settings = DeliverySettings {
        queue_capacity: 4,
        max_in_flight: 1,
        ..fast()
    };
    let d = Dispatcher::with_settings(config(&rx.url(), "POST", ""), settings);
    let p = event();
    let start = Instant::now();
    for _ in 0..1_000 {
        d.enqueue(&p);
    }
    assert!(
        start.elapsed() < Duration::from_millis(500),
        "enqueue blocked"
    );
    let stats = d.stats();
    assert!(stats.dropped >= 990, "{stats:?}");
    assert_eq!(stats.enqueued + stats.dropped, 1_000);
}

#[test]
fn without_a_runtime_events_are_counted_as_dropped() {
    let d = Dispatcher::new(config("http://127.0.0.1:1/", "POST", ""));
    d.enqueue(&event());
    assert_eq!(d.stats().dropped, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn keeps_up_with_a_moderate_rate() {
    let rx = Receiver::start(vec![200], Duration::ZERO).await;
    let d = Dispatcher::new(config(&rx.url(), "POST", "k"));
    let p = event();
    for _ in 0..300 {
        d.enqueue(&p);
    }
    let start = Instant::now();
    while d.stats().delivered < 300 && start.elapsed() < Duration::from_secs(20) {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(d.stats().delivered, 300, "{:?}", d.stats());
    assert_eq!(d.stats().dropped, 0);
    assert_eq!(d.log().len(), LOG_CAPACITY);
}

/// Deployed: the customer webhook gets only what deployed VoIPBIN sends it, the events published
/// with PublishWebhookEvent (crate::deployed_events); a queue change stays inside.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deployed_sends_the_webhook_only_webhook_events() {
    let rx = Receiver::start(vec![200, 200], Duration::ZERO).await;
    let d = Dispatcher::new(config(&rx.url(), "POST", ""));
    let hub = Arc::new(crate::ws::Hub::new(voipbin_protocol::Dialect::Deployed));
    let publisher = crate::publish::Publisher::new(hub, Some(d.clone()));
    let queue = Published {
        event_type: EventType::QueueUpdated,
        resource: Resource::Queue(voipbin_protocol::Queue::default()),
        customer_id: "c".into(),
        agent_id: None,
        audience: Vec::new(),
    };
    publisher.publish(&[queue, event()]);
    let log = wait_for_log(&d, 1).await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(d.log().len(), 1, "{log:?}");
    assert_eq!(log[0].event_type, "call_created");
    assert_eq!(rx.received().len(), 1);
}
