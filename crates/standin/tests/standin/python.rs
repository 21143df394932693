//! Real Python programs from VoIPBIN's docs against the server: the seed 000 WebSocket client
//! and the seed 002 Flask webhook receiver. Their dependencies (tests/python/requirements.txt)
//! are installed into a venv under target/tmp on first use, unless `STANDIN_PYTHON` names a
//! Python that already has them.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{mpsc, Mutex};
use std::time::Duration;

use voipbin_protocol::Dialect;

use super::common;

/// Read at run time (cargo sets it), not baked in: the shared target dir (scripts/env.sh) may
/// hold a binary that another clone built.
fn python_dir() -> PathBuf {
    Path::new(&std::env::var_os("CARGO_MANIFEST_DIR").expect("run by cargo test"))
        .join("tests/python")
}

/// Serializes venv creation between tests running in parallel.
static VENV_LOCK: Mutex<()> = Mutex::new(());

/// A Python interpreter with websocket-client and flask.
fn python() -> PathBuf {
    if let Some(python) = std::env::var_os("STANDIN_PYTHON") {
        return PathBuf::from(python);
    }
    let _guard = VENV_LOCK.lock().unwrap_or_else(|e| e.into_inner());
    let venv = Path::new(env!("CARGO_TARGET_TMPDIR")).join("standin-pyenv");
    let python = venv.join("bin/python");
    let ready = |python: &Path| {
        Command::new(python)
            .args(["-c", "import websocket, flask"])
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    };
    if ready(&python) {
        return python;
    }
    let status = Command::new("python3")
        .args(["-m", "venv"])
        .arg(&venv)
        .status()
        .expect("python3 runs");
    assert!(status.success(), "python3 -m venv failed");
    let status = Command::new(&python)
        .args([
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "-r",
        ])
        .arg(python_dir().join("requirements.txt"))
        .status()
        .expect("pip runs");
    assert!(status.success(), "pip install failed");
    assert!(ready(&python), "dependencies importable after install");
    python
}

/// Lines of a child's stdout, as they come.
fn stdout_lines(child: &mut Child) -> mpsc::Receiver<String> {
    let stdout = child.stdout.take().expect("piped stdout");
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    rx
}

/// Waits (blocking, on a helper thread) for a line satisfying `want`; returns every line seen.
async fn wait_for_line(
    rx: mpsc::Receiver<String>,
    wait: Duration,
    want: impl Fn(&str) -> bool + Send + 'static,
) -> (bool, Vec<String>) {
    tokio::task::spawn_blocking(move || {
        let deadline = std::time::Instant::now() + wait;
        let mut seen = Vec::new();
        while let Some(left) = deadline.checked_duration_since(std::time::Instant::now()) {
            match rx.recv_timeout(left) {
                Ok(line) => {
                    let found = want(&line);
                    seen.push(line);
                    if found {
                        return (true, seen);
                    }
                }
                Err(_) => break,
            }
        }
        (false, seen)
    })
    .await
    .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn seed000_python_client_prints_call_events() {
    let python = tokio::task::spawn_blocking(python).await.unwrap();
    let t = common::start(Dialect::Documented, 100.0).await;
    let token = t.login("admin@demo").await;
    // The script as published, with only its URL, token and customer id filled in.
    let original = std::fs::read_to_string(python_dir().join("seed000_client.py")).unwrap();
    let script = original
        .replace("token = \"\"", &format!("token = \"{token}\""))
        .replace(
            "customer_id = \"\"",
            &format!("customer_id = \"{}\"", t.customer_id),
        )
        .replace("wss://api.voipbin.net", &format!("ws://{}", t.server.addr));
    assert_ne!(script, original);
    let path = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("seed000_client_{}.py", std::process::id()));
    std::fs::write(&path, script).unwrap();
    let mut child = Command::new(&python)
        .arg("-u")
        .arg(&path)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let lines = stdout_lines(&mut child);
    let (found, seen) = wait_for_line(lines, Duration::from_secs(30), |l| {
        l.starts_with("[EVENT] call")
    })
    .await;
    let _ = child.kill();
    let _ = child.wait();
    let _ = std::fs::remove_file(&path);
    assert!(found, "no [EVENT] call line in {seen:?}");
    assert!(seen
        .iter()
        .any(|l| l.starts_with("Subscribed to call and transcribe events")));
    t.server.shutdown().await;
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// `sha256=<hex HMAC-SHA256(body, secret)>`, computed here independently of the server.
fn expected_signature(secret: &str, body: &[u8]) -> String {
    use hmac::{Hmac, Mac};
    let mut mac = Hmac::<sha2::Sha256>::new_from_slice(secret.as_bytes()).unwrap();
    mac.update(body);
    let hex: String = mac
        .finalize()
        .into_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    format!("sha256={hex}")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn seed002_flask_receiver_gets_signed_deliveries() {
    use base64::Engine;
    use serde_json::json;

    let python = tokio::task::spawn_blocking(python).await.unwrap();
    let port = free_port();
    let mut child = Command::new(&python)
        .arg("-u")
        .arg("seed002_harness.py")
        .arg(port.to_string())
        .current_dir(python_dir())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let lines = stdout_lines(&mut child);
    // Wait until Flask accepts connections.
    let mut up = false;
    for _ in 0..100 {
        if tokio::net::TcpStream::connect(("127.0.0.1", port))
            .await
            .is_ok()
        {
            up = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(up, "flask receiver listening");

    let t = common::start(Dialect::Documented, 50.0).await;
    let admin = t.login("admin@demo").await;
    let (status, customer) = t
        .request(
            "PUT",
            "/v1.0/customer",
            Some(&admin),
            Some(json!({"name":"Demo","detail":"","email":"","phone_number":"","address":"",
                        "webhook_method":"POST","webhook_uri":format!("http://127.0.0.1:{port}/voipbin/webhook")})),
        )
        .await;
    assert_eq!(status, reqwest::StatusCode::OK, "{customer}");
    let secret = customer["webhook_secret"]
        .as_str()
        .expect("secret")
        .to_owned();
    assert!(!secret.is_empty());

    let (found, seen) = wait_for_line(lines, Duration::from_secs(20), {
        let count = std::sync::atomic::AtomicUsize::new(0);
        move |l| {
            l.starts_with("DELIVERY ")
                && count.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1 >= 5
        }
    })
    .await;
    let _ = child.kill();
    let _ = child.wait();
    assert!(found, "five deliveries, saw {seen:?}");
    for line in seen.iter().filter(|l| l.starts_with("DELIVERY ")) {
        let parts: Vec<&str> = line.split(' ').collect();
        assert_eq!(parts.len(), 4, "{line}");
        assert_eq!(parts[1], "POST");
        let body = base64::engine::general_purpose::STANDARD
            .decode(parts[3])
            .unwrap();
        assert_eq!(
            parts[2],
            expected_signature(&secret, &body),
            "signature of {}",
            String::from_utf8_lossy(&body)
        );
        let payload: serde_json::Value = serde_json::from_slice(&body).unwrap();
        assert!(
            payload["type"].is_string() && payload["data"].is_object(),
            "{payload}"
        );
    }
    let (_, log) = t.get("/v1.0/sim/webhook_deliveries", &admin).await;
    let records = log["result"].as_array().unwrap();
    assert!(records.iter().any(|r| r["status"] == 200), "{log}");
    t.server.shutdown().await;
}
