//! `POST /v1.0/sim/faults` (admins): network and server failures on demand, so clients can be
//! tested against them: drop_all, drop_one, stall, resume, restart, malformed, duplicate,
//! reorder (recent frames again, newest first), expire_tokens, stall_rest (REST answers held;
//! `resume` ends it too), drop_sip (every SIP socket closed), expire_registrations (every SIP
//! registration ends; sockets stay open), media_loss (`percent` of phone media packets dropped
//! for `secs`).

use std::time::Duration;

use axum::body::Bytes;
use axum::extract::ws::Message;
use axum::extract::State;
use axum::Json;
use serde::Deserialize;
use serde_json::{json, Value};

use crate::auth::Caller;
use crate::error::{ApiError, ApiResult};
use crate::json_body::JsonBody;
use crate::state::AppState;
use crate::ws::{ConnControl, Target, CLOSE_TOKEN_EXPIRED};

/// Close code for a simulated restart ("service restart").
const CLOSE_RESTART: u16 = 1012;

/// How long `stall_rest` holds answers when no `secs` is given.
const REST_STALL: Duration = Duration::from_secs(60);

#[derive(Deserialize)]
pub struct FaultBody {
    fault: String,
    /// "all", "one" (the oldest connection) or a connection id; default depends on the fault.
    #[serde(default)]
    target: Option<Value>,
    /// stall: resume by itself after this long; restart: refuse upgrades this long; stall_rest:
    /// hold REST answers this long.
    #[serde(default)]
    secs: Option<f64>,
    /// media_loss: share of media packets dropped (0-100; default 100).
    #[serde(default)]
    percent: Option<f64>,
}

pub async fn inject(
    State(state): State<AppState>,
    caller: Caller,
    JsonBody(body): JsonBody<FaultBody>,
) -> ApiResult<Json<Value>> {
    caller.require_admin()?;
    let hub = &state.hub;
    let affected = match body.fault.as_str() {
        "drop_all" => hub.control(&Target::All, ConnControl::Drop),
        "drop_one" => hub.control(&target_of(&body, Target::One)?, ConnControl::Drop),
        "stall" => {
            let target = target_of(&body, Target::One)?;
            let count = hub.control(&target, ConnControl::Stall);
            if let Some(secs) = duration_of(&body)? {
                let hub = std::sync::Arc::clone(&state.hub);
                tokio::spawn(async move {
                    tokio::time::sleep(secs).await;
                    resume(&hub, &target);
                });
            }
            count
        }
        "resume" => {
            state.hold_rest_for(0);
            resume(hub, &target_of(&body, Target::All)?)
        }
        "stall_rest" => {
            let pause = duration_of(&body)?.unwrap_or(REST_STALL);
            state.hold_rest_for(i64::try_from(pause.as_millis()).unwrap_or(i64::MAX));
            0
        }
        "restart" => {
            let pause = duration_of(&body)?.unwrap_or(state.config.restart_pause);
            state.refuse_upgrades_for(i64::try_from(pause.as_millis()).unwrap_or(i64::MAX));
            hub.control(
                &Target::All,
                ConnControl::Close {
                    code: CLOSE_RESTART,
                    reason: "server restarting".to_owned(),
                },
            )
        }
        "malformed" => {
            let frames = malformed_frames();
            for frame in &frames {
                hub.broadcast(frame);
            }
            hub.connection_count()
        }
        "duplicate" => state.publisher.replay_recent(crate::publish::Replay::Duplicate),
        "reorder" => state.publisher.replay_recent(crate::publish::Replay::Reverse),
        // SIP phones (sip/): counts are SIP sockets and registrations.
        "drop_sip" => crate::sip::drop_all_connections(&state),
        "expire_registrations" => crate::sip::expire_all_registrations(&state),
        // Counts the live phone media legs.
        "media_loss" => {
            let percent = body.percent.unwrap_or(100.0);
            if !(0.0..=100.0).contains(&percent) {
                return Err(ApiError::bad_request("percent must be between 0 and 100"));
            }
            let secs = duration_of(&body)?.unwrap_or(Duration::from_secs(10));
            crate::sip::calls::set_media_loss(&state, percent as u8, secs.as_secs_f64())
        }
        "expire_tokens" => {
            state.auth.signer.revoke_all();
            hub.close_token_connections(CLOSE_TOKEN_EXPIRED, "token expired")
        }
        other => {
            return Err(ApiError::bad_request(format!(
                "unknown fault {other:?}: drop_all, drop_one, stall, resume, restart, malformed, duplicate, reorder, expire_tokens, stall_rest, drop_sip, expire_registrations, media_loss"
            )))
        }
    };
    tracing::info!(fault = %body.fault, affected, "fault injected");
    Ok(Json(
        json!({ "fault": body.fault, "affected_connections": affected }),
    ))
}

fn resume(hub: &crate::ws::Hub, target: &Target) -> usize {
    // Stalled connections are no longer "running", so `One` means all stalled ones here.
    let target = if *target == Target::One {
        Target::All
    } else {
        target.clone()
    };
    hub.control(&target, ConnControl::Run)
}

fn target_of(body: &FaultBody, default: Target) -> ApiResult<Target> {
    match &body.target {
        None | Some(Value::Null) => Ok(default),
        Some(Value::String(s)) if s == "all" => Ok(Target::All),
        Some(Value::String(s)) if s == "one" => Ok(Target::One),
        Some(Value::String(s)) => s
            .parse()
            .map(Target::Id)
            .map_err(|_| ApiError::bad_request("target must be all, one or a connection id")),
        Some(Value::Number(n)) => n
            .as_u64()
            .map(Target::Id)
            .ok_or_else(|| ApiError::bad_request("target must be all, one or a connection id")),
        Some(_) => Err(ApiError::bad_request(
            "target must be all, one or a connection id",
        )),
    }
}

fn duration_of(body: &FaultBody) -> ApiResult<Option<Duration>> {
    match body.secs {
        None => Ok(None),
        Some(secs) if secs.is_finite() && (0.0..=3600.0).contains(&secs) => {
            Ok(Some(Duration::from_secs_f64(secs)))
        }
        Some(_) => Err(ApiError::bad_request("secs must be between 0 and 3600")),
    }
}

/// Frames a robust client must survive: invalid JSON, binary, oversized, deeply nested JSON,
/// wrong types, unknown events, truncated envelopes.
pub fn malformed_frames() -> Vec<Message> {
    let text = |s: String| Message::Text(s.into());
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    let deep_object = format!("{}1{}", "{\"a\":".repeat(5_000), "}".repeat(5_000));
    let oversized = format!(
        "{{\"event_type\":\"call.status\",\"data\":{{\"id\":\"{}\"}}}}",
        "x".repeat((1 << 20) + 16)
    );
    vec![
        text("{\"event_type\":\"call.status\",\"data\":".to_owned()),
        text("not json at all".to_owned()),
        text(String::new()),
        text("null".to_owned()),
        text("[1,2,3]".to_owned()),
        text("\"just a string\"".to_owned()),
        Message::Binary(Bytes::from_static(b"\x00\x01binary\xff")),
        text(deep),
        text(deep_object),
        text(oversized),
        text(r#"{"event_type":123,"timestamp":[],"topic":{},"data":"x"}"#.to_owned()),
        text(
            r#"{"event_type":"call.status","data":{"id":5,"status":["ringing"],"source":"nope"}}"#
                .to_owned(),
        ),
        text(r#"{"type":"call_hangup","data":null}"#.to_owned()),
        text(r#"{"type":"totally_unknown_event","data":{"id":"x"}}"#.to_owned()),
        text(r#"{"id":"not-a-resource","weird":true}"#.to_owned()),
        text(r#"{"type":"ack"}"#.to_owned()),
        text(r#"{"type":"error","code":42}"#.to_owned()),
        text("{\"event_type\":\"call.created\",\"data\":{\"id\":\"\u{0000}\u{fffd}\"}}".to_owned()),
    ]
}
