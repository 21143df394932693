//! The binary itself: `serve` (banner, READY, SIGTERM), `decode` on a corpus, `replay`.

use std::io::{BufRead, BufReader, Write};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use serde_json::{json, Value};

use super::common::WsClient;

const BIN: &str = env!("CARGO_BIN_EXE_voipbin-standin");

/// Spawns the binary and collects stdout lines until `READY …`; returns the child, the lines
/// and the base URL. Callers stop the child with [`terminate`], which waits for it (the lint
/// cannot see past the return).
#[allow(clippy::zombie_processes)]
fn spawn_until_ready(args: &[&str]) -> (Child, Vec<String>, String) {
    let mut child = Command::new(BIN)
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("binary starts");
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let mut lines = Vec::new();
    loop {
        let line = rx
            .recv_timeout(Duration::from_secs(30))
            .expect("READY within 30 s");
        if let Some(url) = line.strip_prefix("READY ") {
            let url = url.to_owned();
            lines.push(line);
            return (child, lines, url);
        }
        lines.push(line);
    }
}

fn terminate(child: &mut Child) -> std::process::ExitStatus {
    let _ = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    for _ in 0..100 {
        if let Ok(Some(status)) = child.try_wait() {
            return status;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.kill();
    child.wait().unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serve_prints_banner_and_stops_on_sigterm() {
    let (mut child, lines, url) = spawn_until_ready(&[
        "serve",
        "--listen",
        "127.0.0.1:0",
        "--rate",
        "0",
        "--dialect",
        "deployed",
        "--seed",
        "7",
    ]);
    let banner = lines.join("\n");
    assert!(
        url.starts_with("http://127.0.0.1:") && !url.ends_with(":0"),
        "{url}"
    );
    for needle in [
        "dialect:   deployed",
        "seed:      7",
        "admin@demo",
        "manager@demo",
        "agent8@demo",
        "accesskey ak_",
        "customer:",
        "password demo",
    ] {
        assert!(banner.contains(needle), "missing {needle:?} in\n{banner}");
    }
    let http = reqwest::Client::new();
    let login: Value = http
        .post(format!("{url}/auth/login"))
        .json(&json!({"username":"agent3@demo","password":"demo"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(login["token"].is_string());
    let status = tokio::task::spawn_blocking(move || terminate(&mut child))
        .await
        .unwrap();
    assert!(status.success(), "{status:?}");
}

#[test]
fn rejects_bad_arguments() {
    for args in [
        &["serve", "--rate", "-5"][..],
        &["serve", "--dialect", "klingon"],
        &["serve", "--listen", "nowhere"],
        &["frobnicate"],
    ] {
        let status = Command::new(BIN)
            .args(args)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .unwrap();
        assert!(!status.success(), "{args:?}");
    }
}

#[test]
fn decode_corpus() {
    let deep = format!("{}{}", "[".repeat(5000), "]".repeat(5000));
    let huge = format!(
        "{{\"type\":\"call_hangup\",\"data\":{{\"id\":\"{}\"}}}}",
        "x".repeat(1_100_000)
    );
    let mut corpus: Vec<Vec<u8>> = [
        r#"{"event_type":"call.status","timestamp":"2024-01-15T10:30:00.000000Z","topic":"customer_id:c:call:c1","data":{"id":"c1","status":"ringing"}}"#,
        r#"{"type":"call_hangup","data":{"id":"c2","status":"hangup","hangup_reason":"normal"}}"#,
        r#"{"id":"q1","reference_type":"call","reference_id":"c3","status":"waiting","service_agent_id":"","duration_waiting":0}"#,
        r#"{"type":"ack","action":"subscribe","topics":["customer_id:c:call:*"],"status":"success"}"#,
        r#"{"type":"error","action":"subscribe","topics":[],"code":"PERMISSION_DENIED","message":"no"}"#,
        r#"{"type":"subscribe","topics":["customer_id:c:call:*"]}"#,
        "this is not json",
        "",
        "[1,2,3]",
        deep.as_str(),
        huge.as_str(),
        r#"{"event_type":"call.status","data":"#,
    ]
    .iter()
    .map(|s| s.as_bytes().to_vec())
    .collect();
    corpus.push(b"\xff\xfe\xfd".to_vec());
    corpus.push(br#"{"type":"message_created","data":{"id":"m1","text":"hi"}}"#.to_vec());
    let mut input = Vec::new();
    for line in &corpus {
        input.extend_from_slice(line);
        input.push(b'\n');
    }
    let mut child = Command::new(BIN)
        .arg("decode")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let output = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    assert!(output.status.success());
    let answers: Vec<Value> = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("each answer is JSON"))
        .collect();
    assert_eq!(answers.len(), corpus.len(), "one answer per line");
    assert_eq!(
        answers[0],
        json!({"resource":"call","event":"call_ringing","id":"c1"})
    );
    assert_eq!(
        answers[1],
        json!({"resource":"call","event":"call_hangup","id":"c2"})
    );
    assert_eq!(answers[2]["resource"], "queuecall");
    assert_eq!(answers[2]["id"], "q1");
    assert_eq!(
        answers[3],
        json!({"control":"ack","topics":["customer_id:c:call:*"]})
    );
    assert_eq!(
        answers[4],
        json!({"control":"error","code":"PERMISSION_DENIED"})
    );
    assert_eq!(
        answers[5],
        json!({"control":"subscribe","topics":["customer_id:c:call:*"]})
    );
    for i in [6, 7, 8, 9, 10, 11, 12] {
        assert!(
            answers[i]["invalid"].is_string(),
            "line {i}: {}",
            answers[i]
        );
    }
    assert_eq!(answers[13]["event"], "message_created");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn replay_plays_the_file_to_subscribers() {
    let dir = std::env::temp_dir().join(format!("standin-replay-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("session.txt");
    std::fs::write(
        &file,
        "# recorded\n{\"type\":\"call_created\",\"data\":{\"id\":\"r1\"}}\n+150 {\"type\":\"call_hangup\",\"data\":{\"id\":\"r1\"}}\n\n+50 not json\n",
    )
    .unwrap();
    let (mut child, _, url) = spawn_until_ready(&[
        "replay",
        file.to_str().unwrap(),
        "--listen",
        "127.0.0.1:0",
        "--dialect",
        "documented",
    ]);
    let ws_url = format!("{}/v1.0/ws?token=anything", url.replacen("http", "ws", 1));
    let (stream, _) = tokio_tungstenite::connect_async(ws_url).await.unwrap();
    let mut ws = WsClient { stream };
    // Nothing before subscribing.
    assert!(ws.collect_for(Duration::from_millis(300)).await.is_empty());
    ws.subscribe(&["customer_id:00000000-0000-4000-8000-000000000000:call:*".to_owned()])
        .await;
    let started = std::time::Instant::now();
    let frames = ws.collect_for(Duration::from_millis(1000)).await;
    assert_eq!(frames.len(), 4, "{frames:?}");
    assert!(frames[0].contains("\"ack\""));
    assert!(frames[1].contains("call_created"));
    assert!(frames[2].contains("call_hangup"));
    assert_eq!(frames[3], "not json");
    assert!(started.elapsed() >= Duration::from_millis(200));
    let _ = tokio::task::spawn_blocking(move || terminate(&mut child)).await;
    let _ = std::fs::remove_dir_all(dir);
}
