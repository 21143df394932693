//! Ending phone legs from the stand-in's side: a contact that will not answer, a ring the
//! simulation cancels (CANCEL to every contact still ringing), a call it ends (BYE), a ring
//! nobody took, and the
//! requests inside a dialog that these send.

use super::calls::sim_act;
use super::dialog::{Bridge, Direction, LegState, Table};
use super::wire::{new_branch, Outbound};
use super::ConnId;
use crate::clock::now_ms;
use crate::state::AppState;

/// One contact will not answer (refused, or its socket is gone): when no contact is left
/// ringing, the ring is declined.
pub fn fork_failed(state: &AppState, sip_call_id: &str) {
    let (leg_id, bridge) = {
        let mut table = state.phone_calls.lock();
        table.end(sip_call_id, LegState::Declined, now_ms());
        let Some(leg_id) = table.dialogs.get(sip_call_id).map(|d| d.call_id.clone()) else {
            return;
        };
        let others_ringing = table.dialogs.values().any(|d| {
            d.call_id == leg_id
                && d.state == LegState::Ringing
                && d.direction == Direction::Incoming
        });
        let Some(ring) = table.rings.get_mut(&leg_id) else {
            return;
        };
        if others_ringing || ring.finished {
            return;
        }
        ring.finished = true;
        ring.media.close();
        (leg_id, ring.bridge.clone())
    };
    ring_failed(state, &leg_id, bridge);
}

/// Nobody took the ring: a queue call goes back to the queue (and to the next agent); a call
/// from another phone is refused with 486 Busy Here.
pub fn ring_failed(state: &AppState, leg_id: &str, bridge: Option<Bridge>) {
    match bridge {
        None => {
            sim_act(state, |sim, now| sim.phone_declined(leg_id, now));
        }
        Some(bridge) => super::bridge::refuse_caller(state, &bridge, leg_id, 486),
    }
}

/// Stops a ring: CANCEL to every contact still ringing, media closed.
pub fn cancel_ring(state: &AppState, leg_id: &str) {
    let cancels = {
        let mut table = state.phone_calls.lock();
        if let Some(ring) = table.rings.get_mut(leg_id) {
            ring.finished = true;
            if ring.answered_by.is_none() {
                ring.media.close();
            }
        }
        cancel_forks(&mut table, leg_id, None)
    };
    send_all(state, cancels);
}

/// The simulation ended an answered queue call (or a call placed from the phone): BYE.
pub fn hang_up(state: &AppState, call_id: &str) {
    let byes: Vec<(ConnId, String)> = {
        let mut table = state.phone_calls.lock();
        let ids = table.dialogs_of_call(call_id);
        let mut byes = Vec::new();
        for sip_call_id in ids {
            let up = table
                .dialogs
                .get(&sip_call_id)
                .is_some_and(|d| d.state.is_up());
            if up {
                let conn = table.dialogs.get(&sip_call_id).map(|d| d.conn);
                let bye = in_dialog_request(&mut table, &sip_call_id, "BYE", true);
                table.end(&sip_call_id, LegState::Ended, now_ms());
                if let (Some(conn), Some(bye)) = (conn, bye) {
                    byes.push((conn, bye));
                }
            }
        }
        byes
    };
    // A ring the simulation ended is cancelled instead.
    cancel_ring(state, call_id);
    send_all(state, byes);
}

/// Ends one dialog from the stand-in's side: BYE if it is up.
pub fn end_from_standin(state: &AppState, sip_call_id: &str) {
    let bye = {
        let mut table = state.phone_calls.lock();
        let conn = table.dialogs.get(sip_call_id).map(|d| d.conn);
        let bye = in_dialog_request(&mut table, sip_call_id, "BYE", true);
        table.end(sip_call_id, LegState::Ended, now_ms());
        conn.zip(bye)
    };
    send_all(state, bye);
}

/// CANCELs for every ringing fork of `leg_id` except `keep`; those forks end as cancelled.
pub fn cancel_forks(table: &mut Table, leg_id: &str, keep: Option<&str>) -> Vec<(ConnId, String)> {
    let mut out = Vec::new();
    for sip_call_id in table.dialogs_of_call(leg_id) {
        if keep == Some(sip_call_id.as_str()) {
            continue;
        }
        let Some(d) = table.dialogs.get(&sip_call_id) else {
            continue;
        };
        if d.state != LegState::Ringing || d.direction != Direction::Incoming {
            continue;
        }
        let cancel = Outbound {
            method: "CANCEL",
            uri: &d.invite_uri,
            branch: &d.invite_branch,
            from: &d.local,
            to: &d.remote,
            call_id: &sip_call_id,
            cseq: 1,
            extra: "",
            sdp: None,
        }
        .render();
        out.push((d.conn, cancel));
        table.end(&sip_call_id, LegState::Cancelled, now_ms());
    }
    out
}

/// A request inside a dialog (ACK of a 2xx keeps the INVITE's CSeq; others take the next).
pub fn in_dialog_request(
    table: &mut Table,
    sip_call_id: &str,
    method: &str,
    next_cseq: bool,
) -> Option<String> {
    let d = table.dialogs.get_mut(sip_call_id)?;
    if next_cseq {
        d.local_cseq += 1;
    }
    let branch = new_branch();
    Some(
        Outbound {
            method,
            uri: &d.remote_target,
            branch: &branch,
            from: &d.local,
            to: &d.remote,
            call_id: sip_call_id,
            cseq: d.local_cseq,
            extra: "",
            sdp: None,
        }
        .render(),
    )
}

pub fn send_all(state: &AppState, messages: impl IntoIterator<Item = (ConnId, String)>) {
    for (conn, message) in messages {
        state.sip.send(conn, message);
    }
}
