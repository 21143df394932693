//! Call events for a desk that is not the agent's phone ("not my phone": a desk phone or another
//! softphone rings). VoIPBIN leaves that agent `busy` after every answered call just the same,
//! so the desk follows the agent's legs in the store instead of the phone: the leg VoIPBIN
//! dials to the agent is owned by it and reaches its `agent_id` topics (shared/PROTOCOL.md).
//! Pure: the runtime passes the legs it read.

use super::routing::CallEvent;
use crate::store::Store;
use voipbin_protocol::CallStatus;

/// One of the agent's legs as last seen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LegSeen {
    pub id: String,
    pub answered: bool,
    pub ended: bool,
    /// Who the leg is with, as the agent reads it.
    pub party: String,
}

/// The legs VoIPBIN dialed to the agent for its callers (they have a master call).
pub fn my_legs(store: &Store, agent_id: &str) -> Vec<LegSeen> {
    let mut legs: Vec<LegSeen> = store
        .calls
        .group(agent_id)
        .filter(|c| !c.master_call_id.is_empty())
        .map(|c| LegSeen {
            id: c.id.clone(),
            answered: c.status == CallStatus::Progressing
                || crate::views::desk::selectors::tm(&c.tm_progressing).is_some(),
            ended: c.status == CallStatus::Hangup,
            party: if c.source.target_name.trim().is_empty() {
                c.source.target.clone()
            } else {
                c.source.target_name.clone()
            },
        })
        .collect();
    legs.sort_by(|a, b| a.id.cmp(&b.id));
    legs
}

/// What happened between two looks. A leg first seen already ended is history (a resync after
/// a reload) and starts nothing.
pub fn leg_events(before: &[LegSeen], now: &[LegSeen]) -> Vec<(String, CallEvent)> {
    let mut events = Vec::new();
    for leg in now {
        let was = before.iter().find(|b| b.id == leg.id);
        if was.is_none() && leg.ended {
            continue;
        }
        if was.is_none() {
            events.push((leg.id.clone(), CallEvent::Rang));
        }
        if leg.answered && !was.is_some_and(|w| w.answered) {
            events.push((leg.id.clone(), CallEvent::Answered));
        }
        if leg.ended && !was.is_some_and(|w| w.ended) {
            events.push((
                leg.id.clone(),
                CallEvent::Ended {
                    answered: leg.answered,
                },
            ));
        }
    }
    events
}

#[cfg(test)]
mod tests {
    use super::*;

    fn leg(id: &str, answered: bool, ended: bool) -> LegSeen {
        LegSeen {
            id: id.into(),
            answered,
            ended,
            party: String::new(),
        }
    }

    fn owned(id: &str, master: &str, owner: &str, updated: &str) -> voipbin_protocol::Call {
        voipbin_protocol::Call {
            id: id.into(),
            master_call_id: master.into(),
            owner_id: owner.into(),
            tm_update: updated.into(),
            ..Default::default()
        }
    }

    #[test]
    fn my_legs_are_the_agents_own_legs_even_after_an_owner_change() {
        let mut store = Store::default();
        store
            .calls
            .upsert(owned("b", "cust1", "me", "2024-01-01 00:00:01"));
        store
            .calls
            .upsert(owned("a", "cust2", "me", "2024-01-01 00:00:01"));
        store
            .calls
            .upsert(owned("c", "cust3", "other", "2024-01-01 00:00:01"));
        // A customer call the agent owns is not a leg dialed to it.
        store
            .calls
            .upsert(owned("d", "", "me", "2024-01-01 00:00:01"));
        let ids = |s: &Store, agent| {
            my_legs(s, agent)
                .into_iter()
                .map(|l| l.id)
                .collect::<Vec<_>>()
        };
        assert_eq!(ids(&store, "me"), ["a", "b"]);
        store
            .calls
            .upsert(owned("c", "cust3", "me", "2024-01-01 00:00:02"));
        store
            .calls
            .upsert(owned("a", "cust2", "other", "2024-01-01 00:00:02"));
        assert_eq!(ids(&store, "me"), ["b", "c"]);
        assert_eq!(ids(&store, "other"), ["a"]);
        assert!(ids(&store, "").is_empty());
    }

    #[test]
    fn a_leg_rings_is_answered_and_ends() {
        let ringing = [leg("a", false, false)];
        assert_eq!(
            leg_events(&[], &ringing),
            [("a".to_string(), CallEvent::Rang)]
        );
        let talking = [leg("a", true, false)];
        assert_eq!(
            leg_events(&ringing, &talking),
            [("a".to_string(), CallEvent::Answered)]
        );
        let over = [leg("a", true, true)];
        assert_eq!(
            leg_events(&talking, &over),
            [("a".to_string(), CallEvent::Ended { answered: true })]
        );
        assert!(leg_events(&over, &over).is_empty());
    }

    #[test]
    fn a_ring_answered_elsewhere_ends_unanswered() {
        let ringing = [leg("a", false, false)];
        assert_eq!(
            leg_events(&ringing, &[leg("a", false, true)]),
            [("a".to_string(), CallEvent::Ended { answered: false })]
        );
    }

    #[test]
    fn history_from_a_resync_starts_nothing_but_a_live_call_does() {
        assert!(leg_events(&[], &[leg("old", true, true)]).is_empty());
        assert_eq!(
            leg_events(&[], &[leg("live", true, false)]),
            [
                ("live".to_string(), CallEvent::Rang),
                ("live".to_string(), CallEvent::Answered)
            ]
        );
    }
}
