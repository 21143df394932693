//! Which VoIPBIN call a ringing phone call is. VoIPBIN's INVITE names no call and no queue: the
//! outgoing channel carries only the caller, in From (bin-call-manager/pkg/callhandler/
//! outgoing_call.go sets CALLERID from the leg's source). The leg it dials to the agent is owned
//! by the agent, though, and reaches its `agent_id` topics (shared/PROTOCOL.md, "The agent's
//! phone"): that leg, live, dialed for the caller in From, is the call. Pure; the desk feeds it
//! the store's legs on every change until each call has one.

use super::{Direction, PhoneCall};
use crate::format::digits;
use crate::store::Store;
use voipbin_protocol::CallStatus;

/// One of the agent's legs that a ringing phone call may be.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Leg {
    pub id: String,
    /// The caller's number (digits only), "" when it has none.
    pub caller_digits: String,
    /// Not answered anywhere yet (dialing, ringing).
    pub ringing: bool,
    /// Dialed to an extension (a phone like this one), not to a `tel`/`sip` address of the
    /// agent's that rings at the same time (ring-all over the agent's addresses).
    pub to_extension: bool,
    pub tm_create: String,
}

/// The agent's live legs that VoIPBIN dialed for a caller (they have a master call).
pub fn live_legs(store: &Store, agent_id: &str) -> Vec<Leg> {
    store
        .calls
        .group(agent_id)
        .filter(|c| !c.master_call_id.is_empty())
        .filter(|c| {
            !matches!(
                c.status,
                CallStatus::Hangup | CallStatus::Terminating | CallStatus::Canceling
            )
        })
        .map(|c| Leg {
            id: c.id.clone(),
            caller_digits: digits(&c.source.target),
            ringing: matches!(c.status, CallStatus::Dialing | CallStatus::Ringing),
            to_extension: c.destination.r#type == "extension",
            tm_create: c.tm_create.clone(),
        })
        .collect()
}

/// The links to make: each incoming call without a leg gets the newest leg not taken by another
/// call whose caller is the From user's number (one to an extension first); failing that (an anonymous caller, a From a proxy
/// rewrote), the only untaken leg still ringing, if there is exactly one: never a guess.
pub fn new_links(calls: &[PhoneCall], legs: &[Leg]) -> Vec<(String, String)> {
    let mut taken: Vec<&str> = calls
        .iter()
        .filter_map(|c| c.voipbin_call_id.as_deref())
        .collect();
    let mut links = Vec::new();
    for call in calls
        .iter()
        .filter(|c| c.direction == Direction::Incoming && c.voipbin_call_id.is_none())
    {
        let free: Vec<&Leg> = legs
            .iter()
            .filter(|l| !taken.contains(&l.id.as_str()))
            .collect();
        let from = digits(&call.party.user);
        let by_number = free
            .iter()
            .filter(|l| !from.is_empty() && l.caller_digits == from)
            .max_by(|a, b| (a.to_extension, &a.tm_create).cmp(&(b.to_extension, &b.tm_create)));
        let ringing: Vec<&&Leg> = free.iter().filter(|l| l.ringing).collect();
        let leg = by_number.or(match ringing.as_slice() {
            [only] => Some(*only),
            _ => None,
        });
        if let Some(leg) = leg {
            taken.push(&leg.id);
            links.push((call.id.clone(), leg.id.clone()));
        }
    }
    links
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::phone::CallState;
    use voipbin_sip::ua::Party;

    fn ringing(id: &str, user: &str) -> PhoneCall {
        PhoneCall {
            id: id.into(),
            direction: Direction::Incoming,
            state: CallState::Ringing,
            party: Party {
                display_name: None,
                user: user.into(),
                uri: format!("sip:{user}@example.invalid"),
            },
            voipbin_call_id: None,
            far_end_ringing: false,
            held: false,
            muted: false,
            digits: String::new(),
            started_ms: 0.0,
            answered_ms: None,
        }
    }

    fn leg(id: &str, caller: &str, tm_create: &str) -> Leg {
        Leg {
            id: id.into(),
            caller_digits: digits(caller),
            ringing: true,
            to_extension: true,
            tm_create: tm_create.into(),
        }
    }

    #[test]
    fn the_leg_dialed_for_the_caller_in_from() {
        let calls = [ringing("sip-1", "+15550100001")];
        let legs = [
            leg("other", "+15550100002", "2026-01-01T10:00:02Z"),
            leg("mine", "1 (555) 010-0001", "2026-01-01T10:00:01Z"),
        ];
        assert_eq!(new_links(&calls, &legs), [("sip-1".into(), "mine".into())]);
    }

    #[test]
    fn ringing_all_the_agents_addresses_the_leg_to_the_extension_is_this_phones() {
        let calls = [ringing("sip-1", "+15550100001")];
        let mut mobile = leg("to-mobile", "+15550100001", "2026-01-01T10:00:02Z");
        mobile.to_extension = false;
        let legs = [
            leg("to-phone", "+15550100001", "2026-01-01T10:00:01Z"),
            mobile,
        ];
        assert_eq!(
            new_links(&calls, &legs),
            [("sip-1".into(), "to-phone".into())]
        );
    }

    #[test]
    fn no_leg_yet_links_nothing_and_a_linked_call_keeps_its_leg() {
        let calls = [ringing("sip-1", "+15550100001")];
        assert!(new_links(&calls, &[]).is_empty());
        let mut linked = ringing("sip-1", "+15550100001");
        linked.voipbin_call_id = Some("mine".into());
        let legs = [leg("newer", "+15550100001", "2026-01-01T10:00:09Z")];
        assert!(new_links(&[linked], &legs).is_empty());
    }

    #[test]
    fn the_same_caller_twice_gets_the_newest_leg_not_taken() {
        let mut first = ringing("sip-1", "+15550100001");
        first.voipbin_call_id = Some("old".into());
        let calls = [first, ringing("sip-2", "+15550100001")];
        let legs = [
            leg("old", "+15550100001", "2026-01-01T10:00:01Z"),
            leg("new", "+15550100001", "2026-01-01T10:00:05Z"),
        ];
        assert_eq!(new_links(&calls, &legs), [("sip-2".into(), "new".into())]);
    }

    #[test]
    fn an_unmatched_caller_gets_the_only_ringing_leg_and_never_a_guess() {
        for user in ["anonymous", "+15550100009"] {
            let calls = [ringing("sip-1", user)];
            let one = [leg("only", "", "2026-01-01T10:00:01Z")];
            assert_eq!(new_links(&calls, &one), [("sip-1".into(), "only".into())]);
            let two = [
                leg("a", "", "2026-01-01T10:00:01Z"),
                leg("b", "+15550100003", "2026-01-01T10:00:02Z"),
            ];
            assert!(new_links(&calls, &two).is_empty(), "{user}");
            // A leg already answered (a stale one whose hangup never arrived) is not a ring.
            let mut answered = leg("old", "", "2026-01-01T09:00:00Z");
            answered.ringing = false;
            assert!(new_links(&calls, &[answered]).is_empty(), "{user}");
        }
    }

    #[test]
    fn outgoing_calls_are_not_linked() {
        let mut dialed = ringing("sip-1", "+15550100001");
        dialed.direction = Direction::Outgoing;
        let legs = [leg("mine", "+15550100001", "2026-01-01T10:00:01Z")];
        assert!(new_links(&[dialed], &legs).is_empty());
    }
}
