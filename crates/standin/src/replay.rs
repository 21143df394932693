//! `voipbin-standin replay FILE`: serves the WebSocket and plays recorded frames.
//!
//! File format: one frame per line, sent as a text frame; a `+250 ` prefix waits 250 ms before
//! the frame; empty lines and lines starting with `#` are skipped. Each connection gets the whole
//! recording from the start, beginning when it first subscribes (so a test is deterministic).
//! Any token is accepted, and `POST /auth/login` accepts any username and password.

use std::io::{self, Write};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::ws::{Message, WebSocket, WebSocketUpgrade};
use axum::extract::State;
use axum::response::Response;
use axum::routing::{get, post};
use axum::{Json, Router};
use futures_util::{SinkExt, StreamExt};
use serde_json::{json, Value};
use tokio::net::TcpListener;
use tokio::sync::watch;
use tower_http::cors::CorsLayer;
use voipbin_protocol::{encode_ack, ClientMessage, Dialect};

pub struct ReplayOptions {
    pub file: PathBuf,
    pub listen: SocketAddr,
    pub dialect: Dialect,
    pub repeat: bool,
}

/// One recorded frame and the pause before it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScriptLine {
    pub delay: Duration,
    pub frame: String,
}

#[derive(Clone)]
struct ReplayState {
    script: Arc<Vec<ScriptLine>>,
    dialect: Dialect,
    repeat: bool,
}

pub fn parse_script(text: &str) -> Vec<ScriptLine> {
    text.lines()
        .map(|line| line.trim_end_matches('\r'))
        .filter(|line| !line.trim().is_empty() && !line.trim_start().starts_with('#'))
        .map(parse_line)
        .collect()
}

fn parse_line(line: &str) -> ScriptLine {
    if let Some(rest) = line.strip_prefix('+') {
        let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
        if let Ok(ms) = digits.parse::<u64>() {
            let frame = rest.get(digits.len()..).unwrap_or_default().trim_start();
            return ScriptLine {
                delay: Duration::from_millis(ms),
                frame: frame.to_owned(),
            };
        }
    }
    ScriptLine {
        delay: Duration::ZERO,
        frame: line.to_owned(),
    }
}

/// Binds and serves in the background; returns the bound address.
pub async fn start(
    options: ReplayOptions,
) -> io::Result<(SocketAddr, tokio::task::JoinHandle<()>)> {
    let text = std::fs::read_to_string(&options.file)?;
    let state = ReplayState {
        script: Arc::new(parse_script(&text)),
        dialect: options.dialect,
        repeat: options.repeat,
    };
    tracing::info!(frames = state.script.len(), file = %options.file.display(), "replay loaded");
    let app = Router::new()
        .route("/auth/login", post(login_any))
        .route("/v1.0/ws", get(ws_handler))
        .route("/v1.0/service_agents/ws", get(ws_handler))
        .layer(CorsLayer::permissive())
        .with_state(state);
    let listener = TcpListener::bind(options.listen).await?;
    let addr = listener.local_addr()?;
    let task = tokio::spawn(async move {
        let _ = axum::serve(listener, app)
            .with_graceful_shutdown(crate::server::shutdown_signal())
            .await;
    });
    Ok((addr, task))
}

pub async fn run(options: ReplayOptions) -> io::Result<()> {
    let (addr, task) = start(options).await?;
    {
        let mut out = io::stdout().lock();
        writeln!(out, "voipbin-standin replay: ws://{addr}/v1.0/ws")?;
        writeln!(out, "READY http://{addr}")?;
        out.flush()?;
    }
    let _ = task.await;
    Ok(())
}

async fn login_any(body: Option<Json<Value>>) -> Json<Value> {
    let username = body
        .and_then(|Json(v)| v.get("username").and_then(Value::as_str).map(str::to_owned))
        .unwrap_or_default();
    Json(json!({ "username": username, "token": "replay-token" }))
}

async fn ws_handler(State(state): State<ReplayState>, upgrade: WebSocketUpgrade) -> Response {
    upgrade.on_upgrade(move |socket| play(socket, state))
}

async fn play(socket: WebSocket, state: ReplayState) {
    let (mut sink, mut stream) = socket.split();
    let (subscribed_tx, mut subscribed) = watch::channel(false);
    let (reply_tx, mut replies) = tokio::sync::mpsc::channel::<String>(64);
    let dialect = state.dialect;
    let reader = async move {
        while let Some(Ok(message)) = stream.next().await {
            let Message::Text(text) = message else {
                if matches!(message, Message::Close(_)) {
                    break;
                }
                continue;
            };
            if let Ok(client) = ClientMessage::decode(text.as_str()) {
                if matches!(client, ClientMessage::Subscribe { .. }) && !client.topics().is_empty()
                {
                    let _ = subscribed_tx.send(true);
                }
                if dialect == Dialect::Documented {
                    let _ = reply_tx.try_send(encode_ack(client.action(), client.topics()));
                }
            }
        }
    };
    let writer = async move {
        // Acks until the first subscription, then the recording (acks keep flowing between frames).
        loop {
            tokio::select! {
                changed = async { subscribed.wait_for(|s| *s).await.map(|_| ()) } => { if changed.is_err() { return; } break; }
                reply = replies.recv() => match reply {
                    Some(reply) => if sink.send(Message::Text(reply.into())).await.is_err() { return; },
                    None => return,
                },
            }
        }
        loop {
            for line in state.script.iter() {
                let pause = tokio::time::sleep(line.delay);
                tokio::pin!(pause);
                loop {
                    tokio::select! {
                        () = &mut pause => break,
                        reply = replies.recv() => if let Some(reply) = reply {
                            if sink.send(Message::Text(reply.into())).await.is_err() { return; }
                        },
                    }
                }
                if sink
                    .send(Message::Text(line.frame.clone().into()))
                    .await
                    .is_err()
                {
                    return;
                }
            }
            if !state.repeat || state.script.is_empty() {
                break;
            }
        }
        // Keep answering until the client leaves.
        while let Some(reply) = replies.recv().await {
            if sink.send(Message::Text(reply.into())).await.is_err() {
                return;
            }
        }
    };
    tokio::select! {
        () = reader => {},
        () = writer => {},
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_delays_and_skips_comments() {
        let script =
            parse_script("# header\n\n+250 {\"a\":1}\n{\"b\":2}\r\n+x {\"c\":3}\n+10{\"d\":4}\n");
        assert_eq!(
            script,
            vec![
                ScriptLine {
                    delay: Duration::from_millis(250),
                    frame: "{\"a\":1}".into()
                },
                ScriptLine {
                    delay: Duration::ZERO,
                    frame: "{\"b\":2}".into()
                },
                ScriptLine {
                    delay: Duration::ZERO,
                    frame: "+x {\"c\":3}".into()
                },
                ScriptLine {
                    delay: Duration::from_millis(10),
                    frame: "{\"d\":4}".into()
                },
            ]
        );
    }
}
