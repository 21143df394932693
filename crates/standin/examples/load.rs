//! Load generator for the stand-in's WebSocket fan-out: holds N concurrent clients subscribed
//! to every event of the customer, measures frames/s delivered (client side and the server's own
//! counters) and publish-to-receive latency from each documented frame's `sent_ms`.
//!
//! `cargo run --profile server -p voipbin-standin --example load -- --url http://127.0.0.1:9000 --clients 1000 --seconds 20`
//! (bench/standin-load starts a server and runs this).

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use clap::Parser;
use futures_util::{SinkExt, StreamExt};
use serde_json::{json, Value};
use tokio_tungstenite::tungstenite::Message;

#[derive(Parser, Debug)]
struct Args {
    /// Base URL of a running stand-in.
    #[arg(long, default_value = "http://127.0.0.1:9000")]
    url: String,
    #[arg(long, default_value_t = 1000)]
    clients: usize,
    /// Measurement time, after the warm-up.
    #[arg(long, default_value_t = 20)]
    seconds: u64,
    /// Seconds before measuring (the simulation ramps up to its rate as calls build up).
    #[arg(long, default_value_t = 10)]
    warmup: u64,
    /// Set the server's event rate before measuring (events/s); unset leaves it alone.
    #[arg(long)]
    rate: Option<f64>,
    /// documented (topic `customer_id:<id>:*:*`) or deployed (prefix `customer_id:<id>`).
    #[arg(long, default_value = "documented")]
    dialect: String,
}

/// Latency histogram: 1 ms buckets up to 10 s.
const BUCKETS: usize = 10_000;

struct Totals {
    frames: AtomicU64,
    connected: AtomicU64,
    failed: AtomicU64,
    closed: AtomicU64,
    latency: Mutex<Vec<u64>>,
    measuring: AtomicBool,
}

fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

/// `…,"sent_ms":1700000000000}` -> the number (documented frames end with it).
fn sent_ms(frame: &str) -> Option<i64> {
    let at = frame.rfind("\"sent_ms\":")?;
    let digits: String = frame[at + 10..]
        .chars()
        .take_while(|c| c.is_ascii_digit())
        .collect();
    digits.parse().ok()
}

async fn client(ws_url: String, subscribe: String, totals: Arc<Totals>, stop: Arc<AtomicBool>) {
    let Ok((mut ws, _)) = tokio_tungstenite::connect_async(&ws_url).await else {
        totals.failed.fetch_add(1, Ordering::Relaxed);
        return;
    };
    if ws.send(Message::Text(subscribe.into())).await.is_err() {
        totals.failed.fetch_add(1, Ordering::Relaxed);
        return;
    }
    totals.connected.fetch_add(1, Ordering::Relaxed);
    let mut local = vec![0u64; BUCKETS + 1];
    let mut frames = 0u64;
    while !stop.load(Ordering::Relaxed) {
        match tokio::time::timeout(Duration::from_millis(250), ws.next()).await {
            Err(_) => continue,
            Ok(Some(Ok(Message::Text(text)))) => {
                if totals.measuring.load(Ordering::Relaxed) {
                    frames += 1;
                    // Sample latency on one frame in 16 (parsing is cheap, but 50k/s adds up).
                    if frames.is_multiple_of(16) {
                        if let Some(sent) = sent_ms(text.as_str()) {
                            let ms = (now_ms() - sent).clamp(0, BUCKETS as i64) as usize;
                            local[ms] += 1;
                        }
                    }
                    totals.frames.fetch_add(1, Ordering::Relaxed);
                }
            }
            Ok(Some(Ok(_))) => {}
            Ok(Some(Err(_)) | None) => {
                totals.closed.fetch_add(1, Ordering::Relaxed);
                break;
            }
        }
    }
    let mut latency = totals.latency.lock().unwrap();
    for (bucket, count) in local.iter().enumerate() {
        latency[bucket] += count;
    }
}

fn percentile(histogram: &[u64], p: f64) -> Option<usize> {
    let total: u64 = histogram.iter().sum();
    if total == 0 {
        return None;
    }
    let want = ((total as f64) * p).ceil() as u64;
    let mut seen = 0;
    histogram.iter().position(|count| {
        seen += count;
        seen >= want
    })
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args = Args::parse();
    let http = reqwest::Client::new();
    let login: Value = http
        .post(format!("{}/auth/login", args.url))
        .json(&json!({"username":"admin@demo","password":"demo"}))
        .send()
        .await?
        .json()
        .await?;
    let token = login["token"].as_str().ok_or("login failed")?.to_owned();
    let customer: Value = http
        .get(format!("{}/v1.0/customer", args.url))
        .bearer_auth(&token)
        .send()
        .await?
        .json()
        .await?;
    let customer_id = customer["id"].as_str().ok_or("no customer id")?.to_owned();
    let topic = match args.dialect.as_str() {
        "deployed" => format!("customer_id:{customer_id}"),
        _ => format!("customer_id:{customer_id}:*:*"),
    };
    let subscribe = json!({"type":"subscribe","topics":[topic]}).to_string();
    let ws_url = format!(
        "{}/v1.0/ws?token={token}",
        args.url.replacen("http", "ws", 1)
    );

    let totals = Arc::new(Totals {
        frames: AtomicU64::new(0),
        connected: AtomicU64::new(0),
        failed: AtomicU64::new(0),
        closed: AtomicU64::new(0),
        latency: Mutex::new(vec![0; BUCKETS + 1]),
        measuring: AtomicBool::new(false),
    });
    let stop = Arc::new(AtomicBool::new(false));
    let started = Instant::now();
    let mut tasks = Vec::with_capacity(args.clients);
    // Connect in waves so the accept backlog never overflows.
    for wave in (0..args.clients).collect::<Vec<_>>().chunks(100) {
        for _ in wave {
            tasks.push(tokio::spawn(client(
                ws_url.clone(),
                subscribe.clone(),
                totals.clone(),
                stop.clone(),
            )));
        }
        while (totals.connected.load(Ordering::Relaxed) + totals.failed.load(Ordering::Relaxed))
            < tasks.len() as u64
        {
            if started.elapsed() > Duration::from_secs(120) {
                break;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
    println!(
        "clients: {} connected, {} failed, in {:.1} s",
        totals.connected.load(Ordering::Relaxed),
        totals.failed.load(Ordering::Relaxed),
        started.elapsed().as_secs_f64()
    );
    if let Some(rate) = args.rate {
        http.put(format!("{}/v1.0/sim/rate", args.url))
            .bearer_auth(&token)
            .json(&json!({"events_per_s": rate}))
            .send()
            .await?;
        println!("server rate set to {rate} events/s");
    }
    tokio::time::sleep(Duration::from_secs(args.warmup)).await;

    let stats = |http: reqwest::Client, url: String, token: String| async move {
        let v: Value = http
            .get(format!("{url}/v1.0/sim/stats"))
            .bearer_auth(token)
            .send()
            .await?
            .json()
            .await?;
        Ok::<Value, reqwest::Error>(v)
    };
    let before = stats(http.clone(), args.url.clone(), token.clone()).await?;
    totals.measuring.store(true, Ordering::Relaxed);
    let measure_start = Instant::now();
    for second in 1..=args.seconds {
        let at_start = totals.frames.load(Ordering::Relaxed);
        tokio::time::sleep(Duration::from_secs(1)).await;
        let got = totals.frames.load(Ordering::Relaxed) - at_start;
        println!("  t+{second:>3}s  {got:>8} frames/s received");
    }
    totals.measuring.store(false, Ordering::Relaxed);
    let elapsed = measure_start.elapsed().as_secs_f64();
    let after = stats(http.clone(), args.url.clone(), token.clone()).await?;
    stop.store(true, Ordering::Relaxed);
    for task in tasks {
        let _ = task.await;
    }
    let frames = totals.frames.load(Ordering::Relaxed);
    let field = |v: &Value, k: &str| v[k].as_u64().unwrap_or(0);
    let server_sent = field(&after, "frames_sent") - field(&before, "frames_sent");
    let server_dropped = field(&after, "frames_dropped") - field(&before, "frames_dropped");
    let events = field(&after, "events_published") - field(&before, "events_published");
    let latency = totals.latency.lock().unwrap().clone();
    println!("--- {:.1} s measured", elapsed);
    println!("clients held:            {}", field(&after, "connections"));
    println!(
        "clients closed early:    {}",
        totals.closed.load(Ordering::Relaxed)
    );
    println!("events published:        {:.0} /s", events as f64 / elapsed);
    println!(
        "frames sent (server):    {:.0} /s",
        server_sent as f64 / elapsed
    );
    println!("frames received (load):  {:.0} /s", frames as f64 / elapsed);
    println!("frames dropped (server): {server_dropped}");
    for (name, p) in [("p50", 0.5), ("p90", 0.9), ("p99", 0.99), ("max", 1.0)] {
        match percentile(&latency, p) {
            Some(ms) if ms >= BUCKETS => println!("latency {name}:             >= {BUCKETS} ms"),
            Some(ms) => println!("latency {name}:             {ms} ms"),
            None => println!("latency {name}:             n/a (no documented frames)"),
        }
    }
    Ok(())
}
