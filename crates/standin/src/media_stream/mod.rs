//! A media stream's socket (`GET /v1.0/calls/{id}/media_stream`, `/conferences/{id}/...`):
//! one binary frame of 320 bytes of PCM every 20 ms in the asked encapsulation, both parties
//! mixed; binary frames from the client are barged into the call (both parties hear them). As deployed
//! (bin-api-manager/pkg/streamhandler/handle.go): text frames are ignored, frames that do not
//! decode are dropped, an unknown encapsulation drops every frame both ways, no ping is sent,
//! and the socket closes when the call hangs up.

mod sources;

use std::time::Duration;

use axum::extract::ws::{Message, WebSocket};
use futures_util::{SinkExt, StreamExt};
use tokio::time::{interval, MissedTickBehavior};
use voipbin_protocol::media_stream::{payload, Encapsulation, FrameWriter, FRAME_BYTES};

use crate::media::{samples_of_pcm, Frame};
use crate::state::AppState;

pub use sources::Target;

const FRAME: Duration = Duration::from_millis(20);
/// Ticks between looks at the call (hung up? a phone leg came up?): 200 ms.
const REFRESH_EVERY_TICKS: u32 = 10;

pub async fn run(
    socket: WebSocket,
    state: AppState,
    target: Target,
    encapsulation: Option<Encapsulation>,
) {
    let (mut sink, mut stream) = socket.split();
    let mut sources = sources::Sources::new(target);
    let mut writer = encapsulation.map(FrameWriter::new);
    let mut ticks = interval(FRAME);
    ticks.set_missed_tick_behavior(MissedTickBehavior::Delay);
    let mut tick: u32 = 0;
    let stamps = state.config.media_stamps;
    let mut sent: u64 = 0;
    loop {
        tokio::select! {
            received = stream.next() => match received {
                Some(Ok(Message::Binary(data))) => {
                    let pcm = encapsulation.and_then(|e| payload(e, &data));
                    if let Some(pcm) = pcm {
                        sources.barge(&state, &samples_of_pcm(pcm));
                    }
                }
                Some(Ok(Message::Close(_)) | Err(_)) | None => break,
                // Text is ignored; pings are answered by the socket layer.
                Some(Ok(_)) => {}
            },
            _ = ticks.tick() => {
                if tick.is_multiple_of(REFRESH_EVERY_TICKS) && !sources.refresh(&state) {
                    break;
                }
                tick = tick.wrapping_add(1);
                let frame = sources.next_frame();
                let Some(writer) = writer.as_mut() else { continue };
                let message = Message::Binary(writer.frame(&pcm_of(&frame)).into());
                if sink.send(message).await.is_err() {
                    break;
                }
                sent += 1;
                if stamps {
                    let stamp = format!("{{\"seq\":{sent},\"sent_ms\":{}}}", crate::clock::now_ms());
                    if sink.send(Message::Text(stamp.into())).await.is_err() {
                        break;
                    }
                }
            }
        }
    }
    let _ = sink.send(Message::Close(None)).await;
}

/// Samples as signed 16-bit little-endian bytes.
fn pcm_of(frame: &Frame) -> [u8; FRAME_BYTES] {
    let mut pcm = [0u8; FRAME_BYTES];
    for (bytes, sample) in pcm.chunks_exact_mut(2).zip(frame) {
        bytes.copy_from_slice(&sample.to_le_bytes());
    }
    pcm
}
