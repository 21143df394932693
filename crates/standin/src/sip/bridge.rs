//! A call from one phone to another agent's phones (`agent:<id>`, `extension:<name>` or a bare
//! extension name): the callee's contacts are rung as for a queue call; the first to answer
//! gets the caller's INVITE answered; nobody answering gets the caller a 486. The two phones
//! are not bridged: each hears the stand-in's voice on its own media leg.

use super::calls::sim_act;
use super::dialog::{Bridge, Direction, LegState};
use super::responses::random_tag;
use super::ring::{ring_phones, RingRequest};
use super::wire::{reply_with_sdp, seed_of, tag_of};
use crate::clock::now_ms;
use crate::media::Sound;
use crate::state::AppState;

/// Rings the callee's phones for `call_id`; false when it has none (the simulated agent
/// answers instead).
pub async fn ring_agent(
    state: &AppState,
    call_id: &str,
    callee_agent: &str,
    caller_agent: &str,
    bridge: Bridge,
) -> bool {
    let (realm, caller_name, caller_user) = {
        let sim = state.sim();
        let name = sim
            .agent(caller_agent)
            .map(|a| a.name.clone())
            .unwrap_or_default();
        let user = sim
            .agent_extensions(caller_agent)
            .first()
            .map(|e| e.username.clone())
            .unwrap_or_else(|| "agent".to_owned());
        (
            sim.sip_realm(),
            name.replace(['"', '\\', '\r', '\n'], ""),
            user,
        )
    };
    let request = RingRequest {
        leg_id: call_id.to_owned(),
        agent_id: callee_agent.to_owned(),
        from: format!(
            "\"{caller_name}\" <sip:{caller_user}@{realm}>;tag={}",
            random_tag()
        ),
        bridge: Some(bridge),
    };
    ring_phones(state, request).await
}

/// A callee answered: the caller's INVITE gets its 200 OK. False when the caller has gone.
pub fn answer_caller(state: &AppState, bridge: &Bridge, call_id: &str) -> bool {
    let pending = {
        let mut table = state.phone_calls.lock();
        match table.dialogs.get_mut(&bridge.caller_sip_call_id) {
            Some(d) if d.state == LegState::Ringing => {
                d.state = LegState::Answered;
                d.pending_invite
                    .take()
                    .map(|i| (d.conn, i, tag_of(&d.local)))
            }
            _ => None,
        }
    };
    let Some((conn, invite, tag)) = pending else {
        return false;
    };
    state
        .sip
        .send(conn, reply_with_sdp(&invite, 200, &tag, &bridge.answer_sdp));
    sim_act(state, |sim, now| sim.phone_dial_answered(call_id, now));
    true
}

/// Nobody answered: the caller's INVITE gets `status`, the call ends unanswered.
pub fn refuse_caller(state: &AppState, bridge: &Bridge, call_id: &str, status: u16) {
    let pending = {
        let mut table = state.phone_calls.lock();
        let pending = table
            .dialogs
            .get_mut(&bridge.caller_sip_call_id)
            .filter(|d| d.state == LegState::Ringing)
            .and_then(|d| {
                d.pending_invite
                    .take()
                    .map(|i| (d.conn, i, tag_of(&d.local)))
            });
        table.end(&bridge.caller_sip_call_id, LegState::Declined, now_ms());
        pending
    };
    if let Some((conn, invite, tag)) = pending {
        let response = super::responses::reply_with_to_tag(&invite, status, &tag);
        state.sip.send(conn, response.to_string());
    }
    sim_act(state, |sim, now| sim.phone_dial_ended(call_id, false, now));
}

/// One phone of a phone-to-phone call holds (or resumes): the other hears music on hold (or
/// the voice again).
pub fn far_end_hears_hold(state: &AppState, call_id: &str, holder: &str, held: bool) {
    let table = state.phone_calls.lock();
    let others = table
        .dialogs
        .values()
        .filter(|d| d.call_id == call_id && d.sip_call_id != holder && d.state.is_up());
    for other in others {
        if let Some(media) = &other.media {
            media.set_sound(if held {
                Sound::Music
            } else {
                // The voice each side was given when its leg was made (ring.rs, dial.rs).
                let seed = match other.direction {
                    Direction::Incoming => seed_of(call_id),
                    Direction::Outgoing => seed_of(&other.sip_call_id),
                };
                Sound::Voice { seed }
            });
        }
    }
}
