//! The contact's timeline as bin-timeline-manager builds it (pkg/subscribehandler/
//! peer_event.go): one row per call event (publisher call) and per conversation message
//! (publisher conversation_message) whose peer is the address asked about, newest first. The
//! simulation derives them from the calls and messages it keeps, plus the seeded history.

use voipbin_protocol::crm::{normalize_email, normalize_phone, PeerEvent};
use voipbin_protocol::{
    Address, Call, ConversationMessage, Direction, MessageDirection, NOT_DELETED,
};

use super::Sim;

/// Peers a timeline may be about (VoIPBIN's CRM-eligible address types).
fn eligible(address: &Address) -> bool {
    address.r#type == "tel" || address.r#type == "email"
}

fn same_peer(a: &Address, wanted: &[Address]) -> bool {
    let target = if a.r#type == "email" {
        normalize_email(&a.target)
    } else {
        normalize_phone(&a.target)
    };
    wanted
        .iter()
        .any(|w| w.r#type == a.r#type && w.target == target)
}

/// A call's time that has happened (unset ones carry VoIPBIN's far-future sentinel).
fn happened(at: &str) -> bool {
    !at.is_empty() && at != NOT_DELETED && !at.starts_with("9999")
}

impl Sim {
    /// Rows about any of `peers` (type and normalised target), or about every eligible peer
    /// when `peers` is None; newest first.
    pub fn timeline(&self, peers: Option<&[Address]>) -> Vec<PeerEvent> {
        let wanted = |a: &Address| eligible(a) && peers.is_none_or(|p| same_peer(a, p));
        let mut rows: Vec<PeerEvent> = Vec::new();
        for call in self.calls.values() {
            let (peer, local) = match call.direction {
                Direction::Outgoing => (&call.destination, &call.source),
                _ => (&call.source, &call.destination),
            };
            if wanted(peer) {
                self.call_rows(call, peer, local, &mut rows);
            }
        }
        for messages in self.conversation_messages.values() {
            for message in messages {
                let (peer, local) = match message.direction {
                    MessageDirection::Outbound => (&message.destination, &message.source),
                    _ => (&message.source, &message.destination),
                };
                if wanted(peer) {
                    rows.push(self.message_row(message, peer, local));
                }
            }
        }
        rows.extend(
            self.crm
                .history()
                .iter()
                .filter(|row| wanted(&row.peer))
                .cloned(),
        );
        rows.sort_by(|a, b| b.timestamp.cmp(&a.timestamp));
        rows
    }

    fn call_rows(&self, call: &Call, peer: &Address, local: &Address, rows: &mut Vec<PeerEvent>) {
        let data = serde_json::to_value(call).unwrap_or_default();
        let steps = [
            ("call_created", &call.tm_create),
            ("call_progressing", &call.tm_progressing),
            ("call_hangup", &call.tm_hangup),
        ];
        for (event_type, at) in steps {
            if !happened(at) {
                continue;
            }
            rows.push(PeerEvent {
                timestamp: at.clone(),
                customer_id: call.customer_id.clone(),
                publisher: "call".to_owned(),
                event_type: event_type.to_owned(),
                reference_id: call.id.clone(),
                direction: call.direction.as_str().to_owned(),
                peer: peer.clone(),
                local: local.clone(),
                data: data.clone(),
            });
        }
    }

    fn message_row(
        &self,
        message: &ConversationMessage,
        peer: &Address,
        local: &Address,
    ) -> PeerEvent {
        PeerEvent {
            timestamp: message.tm_create.clone(),
            customer_id: message.customer_id.clone(),
            publisher: "conversation_message".to_owned(),
            event_type: "conversation_message_created".to_owned(),
            reference_id: message.id.clone(),
            direction: message.direction.as_str().to_owned(),
            peer: peer.clone(),
            local: local.clone(),
            data: serde_json::to_value(message).unwrap_or_default(),
        }
    }
}
