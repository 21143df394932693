//! Call control: the operations VoIPBIN has a REST call for. (It has none to answer a call: an
//! agent answers on its SIP/WebRTC address.)

use super::client::urlencode;
use super::{Api, ApiError};
use serde_json::json;
use voipbin_protocol::Address;

fn call_path(call_id: &str, op: &str) -> String {
    format!("/v1.0/calls/{}/{op}", urlencode(call_id))
}

pub async fn hangup(api: &Api, call_id: &str) -> Result<(), ApiError> {
    api.post(&call_path(call_id, "hangup"), &json!({}))
        .await
        .map(drop)
}

pub async fn set_mute(api: &Api, call_id: &str, on: bool) -> Result<(), ApiError> {
    let path = call_path(call_id, "mute");
    if on {
        api.post(&path, &json!({"direction": "both"}))
            .await
            .map(drop)
    } else {
        api.delete(&format!("{path}?direction=both"))
            .await
            .map(drop)
    }
}

pub async fn set_hold(api: &Api, call_id: &str, on: bool) -> Result<(), ApiError> {
    let path = call_path(call_id, "hold");
    if on {
        api.post(&path, &json!({})).await.map(drop)
    } else {
        api.delete(&path).await.map(drop)
    }
}

pub async fn set_recording(api: &Api, call_id: &str, on: bool) -> Result<(), ApiError> {
    let op = if on {
        "recording_start"
    } else {
        "recording_stop"
    };
    api.post(&call_path(call_id, op), &json!({}))
        .await
        .map(drop)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TransferKind {
    Blind,
    Attended,
}

pub async fn transfer(
    api: &Api,
    kind: TransferKind,
    call_id: &str,
    to: Address,
) -> Result<(), ApiError> {
    let transfer_type = match kind {
        TransferKind::Blind => "blind",
        TransferKind::Attended => "attended",
    };
    api.post(
        "/v1.0/transfers",
        &json!({
            "transfer_type": transfer_type,
            "transferer_call_id": call_id,
            "transferee_addresses": [to],
        }),
    )
    .await
    .map(drop)
}
