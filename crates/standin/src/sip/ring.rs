//! Queue calls on phones: the simulation's Ring, Cancel and Bye, and the phones' responses to
//! our INVITEs. One media leg offers for the ring; every registered contact of the agent gets
//! the INVITE; the first 2xx wins and the other contacts are CANCELled; 486/603 from all of
//! them or no answer in 20 s is a decline (the simulation rings the next agent). Calls from
//! one phone to another agent's phones ring the same way (bridge.rs).

use std::time::Duration;

use rsip::prelude::*;
use rsip::Response;

use super::calls::{media_settings, sim_act};
use super::dialog::{Bridge, Dialog, Direction, LegState, Ring};
use super::teardown::{
    cancel_forks, cancel_ring, end_from_standin, fork_failed, hang_up, in_dialog_request,
    ring_failed, send_all,
};
use super::wire::{self, new_branch, new_call_id, Outbound, LOCAL_CONTACT};
use super::ConnId;
use crate::clock::now_ms;
use crate::media::{MediaLeg, Sound};
use crate::sim::PhoneCommand;
use crate::state::AppState;

/// No answer from any contact in this long counts as a decline (as VoIPBIN's ring timeout).
const RING_TIMEOUT: Duration = Duration::from_secs(20);

pub async fn run_command(state: &AppState, command: PhoneCommand) {
    match command {
        PhoneCommand::Ring { .. } => ring(state, command).await,
        PhoneCommand::Cancel { leg_id } => cancel_ring(state, &leg_id),
        PhoneCommand::Bye { leg_id } => hang_up(state, &leg_id),
    }
}

async fn ring(state: &AppState, command: PhoneCommand) {
    let PhoneCommand::Ring {
        leg_id,
        agent_id,
        caller,
        ..
    } = command
    else {
        return;
    };
    let realm = state.sim().sip_realm();
    let caller_name = caller.target_name.replace(['"', '\\', '\r', '\n'], "");
    let request = RingRequest {
        from: format!(
            "\"{caller_name}\" <sip:{}@{realm}>;tag={}",
            caller.target,
            super::responses::random_tag()
        ),
        leg_id: leg_id.clone(),
        agent_id,
        bridge: None,
    };
    if !ring_phones(state, request).await {
        sim_act(state, |sim, now| sim.phone_declined(&leg_id, now));
    }
}

/// Ringing an agent's phones for one VoIPBIN call.
pub struct RingRequest {
    pub leg_id: String,
    pub agent_id: String,
    /// Our From, with its tag.
    pub from: String,
    pub bridge: Option<Bridge>,
}

/// Sends the INVITE to every registered contact of the agent, with one media leg's offer;
/// false (nothing started) when the agent has no contact or no media leg could be made.
pub async fn ring_phones(state: &AppState, request: RingRequest) -> bool {
    let RingRequest {
        leg_id,
        agent_id,
        from,
        bridge,
    } = request;
    let contacts = state.sip.contacts_of_agent(&agent_id);
    if contacts.is_empty() {
        return false;
    }
    let sound = Sound::Voice {
        seed: wire::seed_of(&leg_id),
    };
    let (media, sdp) = match MediaLeg::offer(&media_settings(state), sound).await {
        Ok(offer) => offer,
        Err(error) => {
            tracing::warn!(%error, leg_id, "no media leg for the ring");
            return false;
        }
    };
    // As deployed, the INVITE names neither the VoIPBIN call nor its queue: call-manager's
    // outgoing channel adds VBOUT-SDP_Transport and VBOUT-CODECS (for the proxy) and puts the
    // caller in From (CALLERID name and number: the leg's source, the caller's address)
    // (bin-call-manager/pkg/callhandler/outgoing_call.go, codec.go; models/common/sip.go).
    // The desk finds the call from the agent's call events (src/phone/leg.rs).
    let extra =
        format!("Contact: {LOCAL_CONTACT}\r\nAllow: INVITE, ACK, BYE, CANCEL, INFO, OPTIONS\r\n");
    let now = now_ms();
    let mut sent = Vec::new();
    {
        let mut table = state.phone_calls.lock();
        table.rings.insert(
            leg_id.clone(),
            Ring {
                media: media.clone(),
                answered_by: None,
                finished: false,
                bridge,
            },
        );
        for contact in &contacts {
            let (call_id, branch) = (new_call_id(), new_branch());
            let to = format!("<{}>", contact.aor);
            let invite = Outbound {
                method: "INVITE",
                uri: &contact.uri,
                branch: &branch,
                from: &from,
                to: &to,
                call_id: &call_id,
                cseq: 1,
                extra: &extra,
                sdp: Some(&sdp),
            };
            sent.push((contact.conn_id, call_id.clone(), invite.render()));
            table.dialogs.insert(
                call_id.clone(),
                Dialog {
                    conn: contact.conn_id,
                    sip_call_id: call_id,
                    call_id: leg_id.clone(),
                    agent_id: agent_id.clone(),
                    direction: Direction::Incoming,
                    state: LegState::Ringing,
                    media: None,
                    local: from.clone(),
                    remote: to,
                    remote_target: contact.uri.clone(),
                    local_cseq: 1,
                    invite_uri: contact.uri.clone(),
                    invite_branch: branch,
                    pending_invite: None,
                    invited_at_ms: now,
                    ended_at_ms: None,
                    final_stats: None,
                    info_dtmf: String::new(),
                    whispers: Vec::new(),
                    local_sdp: sdp.clone(),
                },
            );
        }
        table.prune(now);
    }
    for (conn, call_id, invite) in sent {
        if !state.sip.send(conn, invite) {
            fork_failed(state, &call_id);
        }
    }
    let state = state.clone();
    tokio::spawn(async move {
        tokio::time::sleep(RING_TIMEOUT).await;
        let unanswered = {
            let table = state.phone_calls.lock();
            table
                .rings
                .get(&leg_id)
                .filter(|r| !r.finished)
                .map(|r| r.bridge.clone())
        };
        if let Some(bridge) = unanswered {
            tracing::info!(leg_id, "no phone answered in 20 s");
            cancel_ring(&state, &leg_id);
            ring_failed(&state, &leg_id, bridge);
        }
    });
    true
}

/// A response to one of our requests (only INVITE responses matter).
pub fn on_response(state: &AppState, conn: ConnId, response: Response) {
    let Ok(call_id) = response.call_id_header().map(|h| h.value().to_owned()) else {
        return;
    };
    let method = response.cseq_header().ok().and_then(|c| c.method().ok());
    if method != Some(rsip::Method::Invite) {
        return;
    }
    let code = response.status_code.code();
    if code < 200 {
        return;
    }
    let mut table = state.phone_calls.lock();
    let Some(dialog) = table.dialogs.get(&call_id) else {
        tracing::debug!(conn, call_id, code, "response for no dialog");
        return;
    };
    if dialog.conn != conn || dialog.direction != Direction::Incoming {
        return;
    }
    let to = wire::header_value(&response.headers, "To").unwrap_or_default();
    if code >= 300 {
        // Non-2xx ACK: same branch as the INVITE, the response's To (RFC 3261 17.1.1.3).
        let ack = Outbound {
            method: "ACK",
            uri: &dialog.invite_uri,
            branch: &dialog.invite_branch,
            from: &dialog.local,
            to: &to,
            call_id: &call_id,
            cseq: 1,
            extra: "",
            sdp: None,
        }
        .render();
        let was_ringing = dialog.state == LegState::Ringing;
        drop(table);
        state.sip.send(conn, ack);
        if was_ringing {
            fork_failed(state, &call_id);
        }
        return;
    }
    let target = response
        .contact_header()
        .ok()
        .and_then(|c| c.uri().ok())
        .map(|u| u.to_string())
        .unwrap_or_else(|| dialog.invite_uri.clone());
    let leg_id = dialog.call_id.clone();
    let wins =
        dialog.state == LegState::Ringing && table.rings.get(&leg_id).is_some_and(|r| !r.finished);
    if let Some(dialog) = table.dialogs.get_mut(&call_id) {
        dialog.remote = to;
        dialog.remote_target = target;
    }
    let ack = in_dialog_request(&mut table, &call_id, "ACK", false);
    if !wins {
        // Late or duplicate 2xx: ACK it; a second contact's late answer is hung up.
        let bye = match table.dialogs.get(&call_id).map(|d| d.state) {
            Some(LegState::Ringing | LegState::Cancelled) => {
                table.end(&call_id, LegState::Cancelled, now_ms());
                in_dialog_request(&mut table, &call_id, "BYE", true)
            }
            _ => None,
        };
        drop(table);
        for message in ack.into_iter().chain(bye) {
            state.sip.send(conn, message);
        }
        return;
    }
    let (media, bridge) = match table.rings.get_mut(&leg_id) {
        Some(ring) => {
            ring.finished = true;
            ring.answered_by = Some(call_id.clone());
            (Some(ring.media.clone()), ring.bridge.clone())
        }
        None => (None, None),
    };
    if let Some(dialog) = table.dialogs.get_mut(&call_id) {
        dialog.state = LegState::Answered;
        dialog.media = media.clone();
    }
    let cancels = cancel_forks(&mut table, &leg_id, Some(&call_id));
    drop(table);
    if let Some(ack) = ack {
        state.sip.send(conn, ack);
    }
    send_all(state, cancels);
    // The simulation connects the caller at the 200 OK (as VoIPBIN does), so the call shows
    // served at once; the media follows.
    let connected = match &bridge {
        Some(bridge) => super::bridge::answer_caller(state, bridge, &leg_id),
        None => sim_act(state, |sim, now| sim.phone_answered(&leg_id, now)),
    };
    if !connected {
        end_from_standin(state, &call_id);
        return;
    }
    let answer = String::from_utf8_lossy(&response.body).into_owned();
    let state = state.clone();
    tokio::spawn(async move {
        let accepted = match &media {
            Some(media) => media.accept_answer(&answer).await,
            None => Err(crate::media::MediaError::Closed),
        };
        if let Err(error) = accepted {
            tracing::info!(%error, call_id, "phone's answer SDP not usable: hanging up");
            end_from_standin(&state, &call_id);
            super::calls::call_over(&state, Direction::Incoming, &leg_id);
        }
    });
}
