//! The two halves of one connection: a reader (client messages, read deadline) and a writer
//! (drains the bounded queue in batches, pings, obeys stall/drop/close). They share the socket
//! through `split` and end together.

use std::sync::Arc;
use std::time::Duration;

use axum::extract::ws::{CloseFrame, Message, Utf8Bytes, WebSocket};
use futures_util::stream::{SplitSink, SplitStream};
use futures_util::{SinkExt, StreamExt};
use tokio::sync::{mpsc, watch};
use tokio::time::{sleep_until, Instant};
use voipbin_protocol::{encode_error, Dialect, ErrorCode};

use super::client_messages::{self, RateWindow};
use super::conn::{Conn, ConnControl, ConnEnds};

/// Frames written before one flush (one syscall for a burst).
const BATCH: usize = 256;
/// How long a close frame may take to go out to a client that does not read.
const CLOSE_TIMEOUT: Duration = Duration::from_secs(1);

#[derive(Clone, Copy, Debug)]
pub struct SessionConfig {
    pub dialect: Dialect,
    pub ping_every: Duration,
    /// No frame (pongs included) from the client for this long ends the connection.
    pub read_deadline: Duration,
    /// When the credential stops being valid (tokens), the connection is closed with 4001.
    pub expires_at: Option<Instant>,
}

/// Close code for an expired or revoked token.
pub const CLOSE_TOKEN_EXPIRED: u16 = 4001;

pub async fn run(socket: WebSocket, conn: Arc<Conn>, ends: ConnEnds, config: SessionConfig) {
    let (sink, stream) = socket.split();
    let ConnEnds { outbox, control } = ends;
    let reader = read_loop(stream, Arc::clone(&conn), control.clone(), config);
    let writer = write_loop(sink, Arc::clone(&conn), outbox, control, config);
    tokio::join!(reader, writer);
}

async fn read_loop(
    mut stream: SplitStream<WebSocket>,
    conn: Arc<Conn>,
    mut control: watch::Receiver<ConnControl>,
    config: SessionConfig,
) {
    let mut window = RateWindow::default();
    let mut deadline = Instant::now() + config.read_deadline;
    loop {
        if matches!(
            *control.borrow_and_update(),
            ConnControl::Drop | ConnControl::Close { .. }
        ) {
            return;
        }
        let received = tokio::select! {
            received = stream.next() => received,
            changed = control.changed() => {
                if changed.is_err() { return; }
                continue;
            }
            () = sleep_until(deadline) => {
                tracing::debug!(conn = conn.id, "read deadline passed");
                conn.set_control(ConnControl::Drop);
                return;
            }
        };
        deadline = Instant::now() + config.read_deadline;
        match received {
            Some(Ok(Message::Text(text))) => {
                let outcome = {
                    let mut subscriptions = conn.subscriptions();
                    client_messages::handle(
                        config.dialect,
                        &conn.caller,
                        &mut subscriptions,
                        &mut window,
                        text.as_str(),
                    )
                };
                for reply in outcome.replies {
                    conn.enqueue(Message::Text(reply.into()));
                }
                if outcome.drop_connection {
                    conn.set_control(ConnControl::Drop);
                    return;
                }
            }
            Some(Ok(Message::Binary(_))) => match config.dialect {
                Dialect::Deployed => {
                    conn.set_control(ConnControl::Drop);
                    return;
                }
                Dialect::Documented => {
                    let error = encode_error(
                        "unknown",
                        &[],
                        &ErrorCode::InvalidMessage,
                        "binary frames are not accepted",
                    );
                    conn.enqueue(Message::Text(error.into()));
                }
            },
            Some(Ok(Message::Ping(_) | Message::Pong(_))) => {}
            Some(Ok(Message::Close(_))) | None | Some(Err(_)) => {
                // The client left; tungstenite has queued the close reply, the writer flushes it.
                conn.set_control(ConnControl::Close {
                    code: 1000,
                    reason: String::new(),
                });
                return;
            }
        }
    }
}

enum Step {
    Frame(Message),
    Control,
    Ping,
    Expired,
    Stop,
}

async fn write_loop(
    mut sink: SplitSink<WebSocket, Message>,
    conn: Arc<Conn>,
    mut outbox: mpsc::Receiver<Message>,
    mut control: watch::Receiver<ConnControl>,
    config: SessionConfig,
) {
    let mut ping = tokio::time::interval_at(Instant::now() + config.ping_every, config.ping_every);
    ping.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut stalled = false;
    loop {
        let step = tokio::select! {
            biased;
            changed = control.changed() => if changed.is_ok() { Step::Control } else { Step::Stop },
            () = sleep_until(config.expires_at.unwrap_or_else(far_future)), if config.expires_at.is_some() => Step::Expired,
            frame = outbox.recv(), if !stalled => frame.map_or(Step::Stop, Step::Frame),
            _ = ping.tick(), if !stalled => Step::Ping,
        };
        let written = match step {
            Step::Stop => return,
            Step::Control => Ok(0),
            Step::Expired => {
                conn.set_control(ConnControl::Close {
                    code: CLOSE_TOKEN_EXPIRED,
                    reason: "token expired".to_owned(),
                });
                Ok(0)
            }
            Step::Ping => {
                let send = sink.send(Message::Ping(Default::default()));
                tokio::select! {
                    sent = send => sent.map(|()| 0),
                    _ = control.changed() => Ok(0),
                }
            }
            Step::Frame(first) => {
                let batch = write_batch(&mut sink, first, &mut outbox, &conn, config.dialect);
                tokio::select! {
                    written = batch => written,
                    _ = control.changed() => Ok(0),
                }
            }
        };
        if written.is_err() {
            conn.set_control(ConnControl::Drop);
            return;
        }
        // `changed()` may have consumed the notification above, so look at the value itself.
        let current = control.borrow_and_update().clone();
        match current {
            ConnControl::Run => stalled = false,
            ConnControl::Stall => stalled = true,
            ConnControl::Drop => return,
            ConnControl::Close { code, reason } => {
                let frame = Message::Close(Some(CloseFrame {
                    code,
                    reason: Utf8Bytes::from(reason),
                }));
                let _ = tokio::time::timeout(CLOSE_TIMEOUT, async {
                    let _ = sink.send(frame).await;
                    let _ = sink.close().await;
                })
                .await;
                return;
            }
        }
    }
}

/// Writes `first` and whatever else is already queued (up to [`BATCH`]), then flushes once.
/// Returns the number of frames written.
async fn write_batch(
    sink: &mut SplitSink<WebSocket, Message>,
    first: Message,
    outbox: &mut mpsc::Receiver<Message>,
    conn: &Conn,
    dialect: Dialect,
) -> Result<u64, axum::Error> {
    sink.feed(first).await?;
    let mut written = 1u64;
    while written < BATCH as u64 {
        match outbox.try_recv() {
            Ok(frame) => {
                sink.feed(frame).await?;
                written += 1;
            }
            Err(_) => break,
        }
    }
    sink.flush().await?;
    conn.add_sent(written);
    // Documented dialect: once the queue has drained, tell the client what it missed.
    if dialect == Dialect::Documented && outbox.is_empty() {
        let dropped = conn.take_unreported_drops();
        if dropped > 0 {
            let notice = overflow_notice(dropped);
            sink.send(Message::Text(notice.into())).await?;
        }
    }
    Ok(written)
}

/// `{"type":"error","action":"deliver","code":"OVERFLOW","message":"N events dropped"}`.
pub fn overflow_notice(dropped: u64) -> String {
    serde_json::json!({
        "type": "error",
        "action": "deliver",
        "topics": [],
        "code": "OVERFLOW",
        "message": format!("{dropped} events dropped"),
    })
    .to_string()
}

fn far_future() -> Instant {
    Instant::now() + Duration::from_secs(86_400 * 365)
}
