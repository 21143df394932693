//! `GET /sip`: SIP over WebSocket (RFC 7118, subprotocol `sip`) on the API's port. Each frame is
//! one SIP message, read and answered by `sip::on_frame`; what the hub queues for the
//! connection is written out in order.

use axum::extract::ws::rejection::WebSocketUpgradeRejection;
use axum::extract::ws::{CloseFrame, Message, WebSocket, WebSocketUpgrade};
use axum::extract::State;
use axum::http::header::SEC_WEBSOCKET_PROTOCOL;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use tokio::sync::mpsc;

use crate::sip::hub::Outgoing;
use crate::sip::reader::MAX_MESSAGE_BYTES;
use crate::sip::{on_connection_closed, on_frame, ConnId};
use crate::state::AppState;

/// The WebSocket subprotocol RFC 7118 registers for SIP.
pub const SUBPROTOCOL: &str = "sip";

/// Frames up to this size are read (and answered 400 when over the SIP limit); a larger one
/// ends that connection.
const MAX_FRAME_BYTES: usize = 16 * MAX_MESSAGE_BYTES;

/// Close code when the `drop_sip` fault or shutdown closes the socket ("going away").
const CLOSE_GOING_AWAY: u16 = 1001;

pub async fn sip_ws_handler(
    State(state): State<AppState>,
    headers: HeaderMap,
    upgrade: Result<WebSocketUpgrade, WebSocketUpgradeRejection>,
) -> Response {
    if state.refusing_upgrades() {
        return (StatusCode::SERVICE_UNAVAILABLE, "server restarting").into_response();
    }
    let upgrade = match upgrade {
        Ok(upgrade) => upgrade,
        Err(rejection) => return rejection.into_response(),
    };
    // RFC 7118 section 4: a SIP client offers the "sip" subprotocol; a peer that offers only
    // others speaks something else, so it is refused rather than sent SIP it did not ask for.
    // A peer that offers none is taken: `trunk serve`'s WebSocket proxy (the desk's default
    // phone path, /sip on the page's origin) drops the header on its way here.
    let offered_any = headers.contains_key(SEC_WEBSOCKET_PROTOCOL);
    let upgrade = upgrade.protocols([SUBPROTOCOL]);
    if offered_any && upgrade.selected_protocol().is_none() {
        return (
            StatusCode::BAD_REQUEST,
            "Sec-WebSocket-Protocol must offer \"sip\" (RFC 7118)",
        )
            .into_response();
    }
    // Registered before the 101 goes out, so the connection exists for faults at once.
    let (conn, outgoing) = state.sip.open();
    let open = OpenConnection { state, conn };
    upgrade
        .max_message_size(MAX_FRAME_BYTES)
        .max_frame_size(MAX_FRAME_BYTES)
        .on_failed_upgrade(move |error| tracing::debug!(conn, %error, "sip upgrade failed"))
        .on_upgrade(move |socket| async move {
            tracing::debug!(conn, "sip websocket open");
            run(&open.state, conn, socket, outgoing).await;
            drop(open);
            tracing::debug!(conn, "sip websocket closed");
        })
}

/// Ends the connection's registrations and calls when dropped, also when the upgrade never
/// completes.
struct OpenConnection {
    state: AppState,
    conn: ConnId,
}

impl Drop for OpenConnection {
    fn drop(&mut self) {
        on_connection_closed(&self.state, self.conn);
    }
}

async fn run(
    state: &AppState,
    conn: ConnId,
    mut socket: WebSocket,
    mut outgoing: mpsc::Receiver<Outgoing>,
) {
    loop {
        tokio::select! {
            frame = socket.recv() => match frame {
                Some(Ok(Message::Text(text))) => on_frame(state, conn, text.as_bytes()),
                Some(Ok(Message::Binary(bytes))) => on_frame(state, conn, &bytes),
                Some(Ok(Message::Ping(_) | Message::Pong(_))) => {}
                Some(Ok(Message::Close(_))) | None => return,
                Some(Err(error)) => {
                    tracing::info!(conn, %error, "sip websocket read failed");
                    return;
                }
            },
            next = outgoing.recv() => match next {
                Some(Outgoing::Message(text)) => {
                    if let Err(error) = socket.send(Message::Text(text.into())).await {
                        tracing::debug!(conn, %error, "sip websocket write failed");
                        return;
                    }
                }
                Some(Outgoing::Close) | None => {
                    let close = CloseFrame { code: CLOSE_GOING_AWAY, reason: "sip connections dropped".into() };
                    let _ = socket.send(Message::Close(Some(close))).await;
                    return;
                }
            },
        }
    }
}
