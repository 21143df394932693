//! Calls placed from a phone (an INVITE outside any dialog): `+E164` reaches a simulated
//! customer, `agent:<id>` / `extension:<name>` / a bare extension name rings that agent's
//! phones (bridge.rs) or, when it has none, is answered as the simulated agent;
//! `conference:<id>` is answered with voice. The far end answers after 2-5 s with a
//! media leg that talks. Unknown targets get 404, an unusable SDP 488, CANCEL before answer 487.

use std::time::Duration;

use rand::Rng as _;
use rsip::prelude::*;
use rsip::Request;
use voipbin_protocol::Address;

use super::bridge;
use super::calls::{answer, media_settings, sim_act};
use super::dialog::{Bridge, Dialog, Direction, LegState};
use super::responses::random_tag;
use super::wire::{self, reply_with_contact, reply_with_sdp};
use super::ConnId;
use crate::clock::now_ms;
use crate::media::{MediaError, MediaLeg, Sound};
use crate::state::AppState;

pub fn on_invite(state: &AppState, conn: ConnId, request: Request) {
    if request
        .to_header()
        .ok()
        .and_then(|t| t.tag().ok().flatten())
        .is_some()
    {
        answer(state, conn, &request, 481);
        return;
    }
    let Some(agent_id) = caller_agent(state, conn, &request) else {
        return;
    };
    let Some(destination) = target(state, &request) else {
        answer(state, conn, &request, 404);
        return;
    };
    if request.body.is_empty() {
        // An INVITE without offer (offer in the ACK) is not supported here.
        answer(state, conn, &request, 488);
        return;
    }
    let (Ok(sip_call_id), Ok(from)) = (
        request.call_id_header().map(|h| h.value().to_owned()),
        request.from_header().map(|h| h.value().to_owned()),
    ) else {
        answer(state, conn, &request, 400);
        return;
    };
    let to = wire::header_value(&request.headers, "To").unwrap_or_default();
    let tag = random_tag();
    let remote_target = request
        .contact_header()
        .ok()
        .and_then(|c| c.uri().ok())
        .map(|u| u.to_string())
        .unwrap_or_else(|| request.uri.to_string());
    answer(state, conn, &request, 100);
    state.phone_calls.lock().dialogs.insert(
        sip_call_id.clone(),
        Dialog {
            conn,
            sip_call_id: sip_call_id.clone(),
            call_id: String::new(),
            agent_id: agent_id.clone(),
            direction: Direction::Outgoing,
            state: LegState::Ringing,
            media: None,
            local: format!("{to};tag={tag}"),
            remote: from,
            remote_target,
            local_cseq: 0,
            invite_uri: String::new(),
            invite_branch: String::new(),
            pending_invite: Some(request.clone()),
            invited_at_ms: crate::clock::now_ms(),
            ended_at_ms: None,
            final_stats: None,
            info_dtmf: String::new(),
            whispers: Vec::new(),
            local_sdp: String::new(),
        },
    );
    tokio::spawn(place_call(
        state.clone(),
        conn,
        request,
        sip_call_id,
        tag,
        agent_id,
        destination,
    ));
}

async fn place_call(
    state: AppState,
    conn: ConnId,
    request: Request,
    sip_call_id: String,
    tag: String,
    agent_id: String,
    destination: Address,
) {
    let offer = String::from_utf8_lossy(&request.body).into_owned();
    let sound = Sound::Voice {
        seed: wire::seed_of(&sip_call_id),
    };
    let (media, answer_sdp) = match MediaLeg::answer(&media_settings(&state), &offer, sound).await {
        Ok(leg) => leg,
        Err(error) => {
            tracing::info!(%error, sip_call_id, "INVITE from a phone refused");
            let code = match error {
                MediaError::BadSdp(_) | MediaError::NoCommonCodec => 488,
                _ => 500,
            };
            state
                .phone_calls
                .lock()
                .end(&sip_call_id, LegState::Declined, now_ms());
            state
                .sip
                .send(conn, reply_with_to_tag(&request, code, &tag));
            return;
        }
    };
    let callee = callee_agent(&state, &destination);
    let mut call_id = String::new();
    sim_act(&state, |sim, now| {
        let placed = sim.phone_dial(&agent_id, destination, now)?;
        call_id = placed.0.id.clone();
        Ok(placed)
    });
    let still_ringing = {
        let mut table = state.phone_calls.lock();
        match table.dialogs.get_mut(&sip_call_id) {
            Some(d) if d.state == LegState::Ringing => {
                d.call_id = call_id.clone();
                d.media = Some(media.clone());
                d.local_sdp = answer_sdp.clone();
                true
            }
            _ => false,
        }
    };
    if !still_ringing {
        media.close();
        sim_act(&state, |sim, now| sim.phone_dial_ended(&call_id, true, now));
        return;
    }
    state
        .sip
        .send(conn, reply_with_contact(&request, 180, &tag));
    if let Some(callee) = callee {
        let bridge = Bridge {
            caller_sip_call_id: sip_call_id.clone(),
            answer_sdp: answer_sdp.clone(),
        };
        if bridge::ring_agent(&state, &call_id, &callee, &agent_id, bridge).await {
            return;
        }
    }
    let delay = rand::rng().random_range(2_000..=5_000);
    tokio::time::sleep(Duration::from_millis(delay)).await;
    let answered = {
        let mut table = state.phone_calls.lock();
        match table.dialogs.get_mut(&sip_call_id) {
            Some(d) if d.state == LegState::Ringing => {
                d.state = LegState::Answered;
                d.pending_invite = None;
                true
            }
            _ => false,
        }
    };
    if answered {
        state
            .sip
            .send(conn, reply_with_sdp(&request, 200, &tag, &answer_sdp));
        sim_act(&state, |sim, now| sim.phone_dial_answered(&call_id, now));
    }
}

/// CANCEL of the phone's own INVITE before the answer: 200 to the CANCEL, 487 to the INVITE.
pub fn on_cancel(state: &AppState, conn: ConnId, request: &Request, sip_call_id: &str) {
    let cancelled = {
        let mut table = state.phone_calls.lock();
        let pending = table
            .dialogs
            .get(sip_call_id)
            .filter(|d| d.conn == conn && d.state == LegState::Ringing)
            .filter(|d| d.direction == Direction::Outgoing)
            .and_then(|d| {
                d.pending_invite
                    .clone()
                    .map(|i| (i, d.local.clone(), d.call_id.clone()))
            });
        if pending.is_some() {
            table.end(sip_call_id, LegState::Cancelled, now_ms());
        }
        pending
    };
    let Some((invite, local, call_id)) = cancelled else {
        answer(state, conn, request, 481);
        return;
    };
    answer(state, conn, request, 200);
    let tag = wire::tag_of(&local);
    state.sip.send(conn, reply_with_to_tag(&invite, 487, &tag));
    if !call_id.is_empty() {
        // A call to another agent's phones stops ringing them.
        super::teardown::cancel_ring(state, &call_id);
        sim_act(state, |sim, now| sim.phone_dial_ended(&call_id, true, now));
    }
}

fn reply_with_to_tag(request: &Request, status: u16, tag: &str) -> String {
    super::responses::reply_with_to_tag(request, status, tag).to_string()
}

/// The agent placing the call: the connection's registration, or digest credentials
/// (auth.rs); otherwise the challenge or refusal is sent and None returned.
fn caller_agent(state: &AppState, conn: ConnId, request: &Request) -> Option<String> {
    if let Some((agent_id, _)) = state.sip.connection_identity(conn) {
        return Some(agent_id);
    }
    match super::auth::authenticate(state, conn, request) {
        Ok(authenticated) => Some(authenticated.agent_id),
        Err(response) => {
            state.sip.send(conn, response.to_string());
            None
        }
    }
}

/// The agent a destination rings, for agent and extension targets.
fn callee_agent(state: &AppState, destination: &Address) -> Option<String> {
    let sim = state.sim();
    match destination.r#type.as_str() {
        "agent" => Some(destination.target.clone()),
        "extension" => sim.extension_agent(&destination.target).map(str::to_owned),
        _ => None,
    }
}

/// What the Request-URI's user part names (bin-call-manager channelhandler/address.go).
fn target(state: &AppState, request: &Request) -> Option<Address> {
    let auth = request.uri.auth.as_ref()?;
    // `sip:agent:<id>@...` reads as user "agent", password "<id>".
    let user = match &auth.password {
        Some(rest) => format!("{}:{rest}", auth.user),
        None => auth.user.replace("%3A", ":").replace("%3a", ":"),
    };
    let sim = state.sim();
    if let Some(number) = user.strip_prefix('+') {
        let valid = (4..=15).contains(&number.len()) && number.bytes().all(|b| b.is_ascii_digit());
        return valid.then(|| Address::new("tel", &user));
    }
    if let Some(id) = user.strip_prefix("agent:") {
        let agent = sim.agent(id)?;
        let mut address = Address::new("agent", id);
        address.target_name = agent.name.clone();
        return Some(address);
    }
    if let Some(id) = user.strip_prefix("conference:") {
        sim.conference(id)?;
        return Some(Address::new("conference", id));
    }
    let name = user.strip_prefix("extension:").unwrap_or(&user);
    let extension = sim.extension_by_username(name)?;
    let mut address = Address::new("extension", &extension.id);
    address.target_name = extension.username.clone();
    Some(address)
}
