//! Helpers: an in-process server on 127.0.0.1:0, HTTP and WebSocket clients.

#![allow(dead_code)]

use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use reqwest::StatusCode;
use serde_json::{json, Value};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;
use tokio_tungstenite::tungstenite::{self, Message};
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};
use voipbin_protocol::Dialect;
use voipbin_standin::config::ServeConfig;
use voipbin_standin::server::{self, RunningServer};

pub const WAIT: Duration = Duration::from_secs(5);

pub struct TestServer {
    pub server: RunningServer,
    pub http: reqwest::Client,
    pub customer_id: String,
}

pub fn config(dialect: Dialect, rate: f64) -> ServeConfig {
    ServeConfig {
        listen: "127.0.0.1:0".parse().unwrap(),
        dialect,
        events_per_s: rate,
        tick_every: Duration::from_millis(10),
        ..ServeConfig::default()
    }
}

pub async fn start(dialect: Dialect, rate: f64) -> TestServer {
    start_with(config(dialect, rate)).await
}

pub async fn start_with(config: ServeConfig) -> TestServer {
    let server = server::start(config).await.expect("server starts");
    let customer_id = server.state.sim().customer_id().to_owned();
    TestServer {
        server,
        http: reqwest::Client::new(),
        customer_id,
    }
}

impl TestServer {
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.server.url(), path)
    }

    pub fn agent_id(&self, username: &str) -> String {
        self.server
            .state
            .auth
            .directory
            .by_username(username)
            .expect("account exists")
            .agent_id
            .clone()
    }

    pub fn access_key(&self, username: &str) -> String {
        self.server
            .state
            .auth
            .directory
            .by_username(username)
            .expect("account exists")
            .access_key
            .clone()
    }

    pub async fn login(&self, username: &str) -> String {
        let (status, body) = self
            .request(
                "POST",
                "/auth/login",
                None,
                Some(json!({"username": username, "password": "demo"})),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert_eq!(body["username"], username);
        body["token"].as_str().expect("token").to_owned()
    }

    /// Any request; `token` goes in `Authorization: Bearer`. Returns status and JSON body
    /// (Null when the body is not JSON).
    pub async fn request(
        &self,
        method: &str,
        path: &str,
        token: Option<&str>,
        body: Option<Value>,
    ) -> (StatusCode, Value) {
        let method = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
        let mut request = self.http.request(method, self.url(path));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        if let Some(body) = body {
            request = request.json(&body);
        }
        let response = request.send().await.expect("request sent");
        let status = response.status();
        let text = response.text().await.unwrap_or_default();
        (status, serde_json::from_str(&text).unwrap_or(Value::Null))
    }

    pub async fn get(&self, path: &str, token: &str) -> (StatusCode, Value) {
        self.request("GET", path, Some(token), None).await
    }

    pub async fn ws(&self, token: &str) -> WsClient {
        self.ws_at("/v1.0/ws", token)
            .await
            .expect("websocket connects")
    }

    pub async fn ws_at(&self, path: &str, token: &str) -> Result<WsClient, tungstenite::Error> {
        let url = format!("ws://{}{}?token={}", self.server.addr, path, token);
        let (stream, _) = tokio_tungstenite::connect_async(url).await?;
        Ok(WsClient { stream })
    }

    pub fn topic(&self, rest: &str) -> String {
        format!("customer_id:{}:{}", self.customer_id, rest)
    }

    pub async fn set_rate(&self, admin: &str, rate: f64) {
        let (status, body) = self
            .request(
                "PUT",
                "/v1.0/sim/rate",
                Some(admin),
                Some(json!({"events_per_s": rate})),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{body}");
    }

    pub async fn stats(&self, admin: &str) -> Value {
        let (status, body) = self.get("/v1.0/sim/stats", admin).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        body
    }

    /// Changes an agent's status through REST (an `agent_status_updated` on customer topics).
    pub async fn poke_agent(&self, admin: &str, agent_id: &str, status: &str) {
        let (code, body) = self
            .request(
                "PUT",
                &format!("/v1.0/agents/{agent_id}/status"),
                Some(admin),
                Some(json!({"status": status})),
            )
            .await;
        assert_eq!(code, StatusCode::OK, "{body}");
    }
}

/// How a WebSocket ended, as the client saw it.
#[derive(Debug, PartialEq, Eq)]
pub enum Ending {
    CloseFrame(u16),
    /// TCP closed without a close frame (a browser reports 1006).
    Abrupt,
    StillOpen,
}

pub struct WsClient {
    pub stream: WebSocketStream<MaybeTlsStream<TcpStream>>,
}

impl WsClient {
    pub async fn send_text(&mut self, text: &str) {
        self.stream
            .send(Message::Text(text.into()))
            .await
            .expect("send");
    }

    pub async fn send_json(&mut self, value: Value) {
        self.send_text(&value.to_string()).await;
    }

    pub async fn subscribe(&mut self, topics: &[String]) {
        self.send_json(json!({"type": "subscribe", "topics": topics}))
            .await;
    }

    pub async fn unsubscribe(&mut self, topics: &[String]) {
        self.send_json(json!({"type": "unsubscribe", "topics": topics}))
            .await;
    }

    /// The next text frame within `wait` (pings are answered and skipped).
    pub async fn next_text(&mut self, wait: Duration) -> Option<String> {
        let deadline = tokio::time::Instant::now() + wait;
        loop {
            let next = tokio::time::timeout_at(deadline, self.stream.next())
                .await
                .ok()??;
            match next {
                Ok(Message::Text(text)) => return Some(text.to_string()),
                Ok(Message::Ping(_) | Message::Pong(_) | Message::Frame(_)) => continue,
                Ok(Message::Binary(_)) => return Some("<binary>".to_owned()),
                Ok(Message::Close(_)) | Err(_) => return None,
            }
        }
    }

    pub async fn next_json(&mut self, wait: Duration) -> Option<Value> {
        let text = self.next_text(wait).await?;
        Some(serde_json::from_str(&text).unwrap_or(Value::Null))
    }

    /// The next JSON frame satisfying `want`, skipping others.
    pub async fn wait_for(
        &mut self,
        wait: Duration,
        want: impl Fn(&Value) -> bool,
    ) -> Option<Value> {
        let deadline = tokio::time::Instant::now() + wait;
        loop {
            let left = deadline.saturating_duration_since(tokio::time::Instant::now());
            let frame = self.next_json(left).await?;
            if want(&frame) {
                return Some(frame);
            }
        }
    }

    /// Every text frame received during `wait`.
    pub async fn collect_for(&mut self, wait: Duration) -> Vec<String> {
        let deadline = tokio::time::Instant::now() + wait;
        let mut frames = Vec::new();
        loop {
            let left = deadline.saturating_duration_since(tokio::time::Instant::now());
            if left.is_zero() {
                return frames;
            }
            match self.next_text(left).await {
                Some(text) => frames.push(text),
                None => return frames,
            }
        }
    }

    /// Reads until the connection ends (or `wait` passes), skipping data frames.
    pub async fn ending(&mut self, wait: Duration) -> Ending {
        let deadline = tokio::time::Instant::now() + wait;
        loop {
            match tokio::time::timeout_at(deadline, self.stream.next()).await {
                Err(_) => return Ending::StillOpen,
                Ok(None) => return Ending::Abrupt,
                Ok(Some(Ok(Message::Close(frame)))) => {
                    return Ending::CloseFrame(frame.map_or(1005, |f| u16::from(f.code)));
                }
                Ok(Some(Ok(_))) => continue,
                Ok(Some(Err(_))) => return Ending::Abrupt,
            }
        }
    }
}

/// Status code of a refused WebSocket handshake, with its JSON body.
pub fn refused_status(error: &tungstenite::Error) -> Option<(u16, Value)> {
    match error {
        tungstenite::Error::Http(response) => {
            let body = response
                .body()
                .as_ref()
                .and_then(|b| serde_json::from_slice(b).ok())
                .unwrap_or(Value::Null);
            Some((response.status().as_u16(), body))
        }
        _ => None,
    }
}

pub fn is_close_code(ending: &Ending, code: CloseCode) -> bool {
    *ending == Ending::CloseFrame(u16::from(code))
}
