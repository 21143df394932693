//! Calls to and from registered phones: the SIP side of ringing (ring.rs), calls placed from a
//! phone (dial.rs) and requests inside a dialog (here). The WebSocket reader (mod.rs) hands
//! every message other than REGISTER/OPTIONS to [`on_message`]; the simulation's phone commands
//! arrive through [`run`]. Nothing from a socket can panic here: a bad request gets a SIP error.

use std::net::{IpAddr, Ipv4Addr};

use rsip::headers::UntypedHeader;
use rsip::prelude::*;
use rsip::{Method, Request, SipMessage};

use super::dialog::{Direction, LegState};
use super::responses::reply;
use super::wire::{self, reply_with_sdp, sdp_holds};
use super::{dial, ring, teardown, ConnId};
use crate::clock::now_ms;
use crate::error::ApiError;
use crate::media::{MediaError, MediaSettings};
use crate::sim::{Published, Sim, SimError};
use crate::state::AppState;

pub use super::dialog::PhoneCalls;

/// A SIP request or response from a phone's connection.
pub fn on_message(state: &AppState, conn: ConnId, message: SipMessage) {
    match message {
        SipMessage::Response(response) => ring::on_response(state, conn, response),
        SipMessage::Request(request) => on_request(state, conn, request),
    }
}

/// The phone's WebSocket closed: its ringing INVITEs count as unanswered, its calls end.
pub fn on_connection_closed(state: &AppState, conn: ConnId) {
    let dialogs: Vec<(String, String, Direction, LegState)> = state
        .phone_calls
        .lock()
        .dialogs
        .values()
        .filter(|d| d.conn == conn && d.state.is_live())
        .map(|d| {
            (
                d.sip_call_id.clone(),
                d.call_id.clone(),
                d.direction,
                d.state,
            )
        })
        .collect();
    for (sip_call_id, call_id, direction, leg_state) in dialogs {
        if direction == Direction::Incoming && leg_state == LegState::Ringing {
            teardown::fork_failed(state, &sip_call_id);
            continue;
        }
        state
            .phone_calls
            .lock()
            .end(&sip_call_id, LegState::Ended, now_ms());
        call_over(state, direction, &call_id);
    }
}

/// Carries out the simulation's phone commands, in order, for the server's lifetime.
pub async fn run(state: AppState) {
    let Some(mut receiver) = state.phone_calls.take_receiver() else {
        return;
    };
    while let Some(commands) = receiver.recv().await {
        for command in commands {
            ring::run_command(&state, command).await;
        }
    }
}

/// Where media legs put their host candidate: the API's address, or loopback when it listens
/// on every interface (a phone on another machine needs `--listen <that machine's address>`).
pub fn media_settings(state: &AppState) -> MediaSettings {
    let ip = state.config.listen.ip();
    let ip = if ip.is_unspecified() {
        IpAddr::V4(Ipv4Addr::LOCALHOST)
    } else {
        ip
    };
    MediaSettings { ip }
}

/// Runs a phone entry point on the simulation and publishes its events; false (logged) when
/// the simulation refused it.
pub fn sim_act<T>(
    state: &AppState,
    action: impl FnOnce(&mut Sim, i64) -> Result<(T, Vec<Published>), SimError>,
) -> bool {
    match state.act(|sim, now| action(sim, now).map_err(ApiError::from)) {
        Ok(_) => true,
        Err(error) => {
            tracing::debug!(?error, "simulation refused a phone action");
            false
        }
    }
}

/// A phone's side of a call ended (BYE, socket closed, unusable answer): the simulation hears
/// of it, and the other phone of a phone-to-phone call gets BYE (or CANCEL while ringing).
pub fn call_over(state: &AppState, direction: Direction, call_id: &str) {
    let bridged = state
        .phone_calls
        .lock()
        .rings
        .get(call_id)
        .is_some_and(|r| r.bridge.is_some());
    if direction == Direction::Incoming && !bridged {
        sim_act(state, |sim, now| sim.phone_hangup(call_id, now));
    } else {
        sim_act(state, |sim, now| sim.phone_dial_ended(call_id, true, now));
    }
    teardown::hang_up(state, call_id);
}

fn on_request(state: &AppState, conn: ConnId, request: Request) {
    let Ok(sip_call_id) = request.call_id_header().map(|h| h.value().to_owned()) else {
        answer(state, conn, &request, 400);
        return;
    };
    let known = state
        .phone_calls
        .lock()
        .dialogs
        .get(&sip_call_id)
        .filter(|d| d.conn == conn)
        .map(|d| (d.direction, d.state, d.call_id.clone()));
    match (&request.method, known) {
        (Method::Ack, _) => {}
        (Method::Invite, None) => dial::on_invite(state, conn, request),
        (Method::Cancel, _) => dial::on_cancel(state, conn, &request, &sip_call_id),
        (Method::Bye, Some((direction, leg_state, call_id))) if leg_state.is_live() => {
            answer(state, conn, &request, 200);
            if direction == Direction::Incoming && leg_state == LegState::Ringing {
                teardown::fork_failed(state, &sip_call_id);
                return;
            }
            state
                .phone_calls
                .lock()
                .end(&sip_call_id, LegState::Ended, now_ms());
            call_over(state, direction, &call_id);
        }
        (Method::Invite, Some((direction, leg_state, call_id))) if leg_state.is_up() => {
            reinvite(state, conn, request, sip_call_id, direction, call_id)
        }
        (Method::Invite, Some(_)) => answer(state, conn, &request, 491),
        (Method::Info, Some(_)) => {
            if let Some(digit) = wire::info_dtmf(&request.body) {
                if let Some(d) = state.phone_calls.lock().dialogs.get_mut(&sip_call_id) {
                    d.info_dtmf.push(digit);
                }
            }
            answer(state, conn, &request, 200)
        }
        (Method::Update | Method::Options, Some(_)) => answer(state, conn, &request, 200),
        (Method::Bye | Method::Info | Method::Update, _) => answer(state, conn, &request, 481),
        _ => answer(state, conn, &request, 501),
    }
}

/// A re-INVITE from the phone: sendonly/inactive is hold, sendrecv again resumes.
fn reinvite(
    state: &AppState,
    conn: ConnId,
    request: Request,
    sip_call_id: String,
    direction: Direction,
    call_id: String,
) {
    let (media, local_sdp) = state
        .phone_calls
        .lock()
        .dialogs
        .get(&sip_call_id)
        .map(|d| (d.media.clone(), d.local_sdp.clone()))
        .unwrap_or_default();
    let Some(media) = media else {
        // Still setting up the media: RFC 3261 14.1 "request pending".
        answer(state, conn, &request, 491);
        return;
    };
    if request.body.is_empty() {
        // A refresh without offer: our last SDP is the offer, nothing changes (the answer in
        // the ACK is not applied).
        let tag = super::responses::random_tag();
        state
            .sip
            .send(conn, reply_with_sdp(&request, 200, &tag, &local_sdp));
        return;
    }
    let offer = String::from_utf8_lossy(&request.body).into_owned();
    let state = state.clone();
    tokio::spawn(async move {
        let tag = super::responses::random_tag();
        let answer_sdp = match media.renegotiate(&offer).await {
            Ok(sdp) => sdp,
            Err(error) => {
                tracing::info!(%error, sip_call_id, "re-INVITE refused");
                let code = match error {
                    MediaError::BadSdp(_) | MediaError::NoCommonCodec => 488,
                    MediaError::Closed => 481,
                    _ => 500,
                };
                answer(&state, conn, &request, code);
                return;
            }
        };
        let held = sdp_holds(&offer);
        let changed = {
            let mut table = state.phone_calls.lock();
            match table.dialogs.get_mut(&sip_call_id) {
                Some(d) if d.state.is_up() => {
                    d.local_sdp = answer_sdp.clone();
                    let was = d.state == LegState::Held;
                    d.state = if held {
                        LegState::Held
                    } else {
                        LegState::Answered
                    };
                    was != held
                }
                _ => false,
            }
        };
        state
            .sip
            .send(conn, reply_with_sdp(&request, 200, &tag, &answer_sdp));
        if changed {
            super::bridge::far_end_hears_hold(&state, &call_id, &sip_call_id, held);
            if direction == Direction::Incoming {
                sim_act(&state, |sim, now| sim.phone_hold(&call_id, held, now));
            }
        }
    });
}

/// Sends a response without body to `request` (ACK gets none).
pub fn answer(state: &AppState, conn: ConnId, request: &Request, status: u16) {
    if request.method == Method::Ack {
        return;
    }
    state.sip.send(conn, reply(request, status).to_string());
}

/// `GET /v1.0/sim/phone`'s `legs`.
pub fn legs_json(state: &AppState) -> Vec<serde_json::Value> {
    state.phone_calls.legs_json(now_ms())
}

/// The `media_loss` fault: every live leg drops `percent` of its packets for `secs`.
pub fn set_media_loss(state: &AppState, percent: u8, secs: f64) -> usize {
    let for_ms = (secs.max(0.0) * 1000.0) as u64;
    state.phone_calls.set_loss(percent, for_ms)
}
