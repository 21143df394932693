//! Which call is the agent's leg of a call the supervisor listens to: a whisper must go to that
//! leg alone (`direction: out` is heard by the leg it is made on; shared/PROTOCOL.md). VoIPBIN
//! dials the agent as a leg of the customer's call: `master_call_id` is the customer's call and
//! `owner_type` `agent` (the stand-in's sim/routing.rs `create_leg` does the same).

use crate::store::Store;
use voipbin_protocol::{Call, CallStatus};

fn is_agents(call: &Call) -> bool {
    call.owner_type == "agent" && !call.owner_id.is_empty()
}

/// The agent's live leg of `call_id` (which may be the customer's call or the leg itself): the
/// answered one first, then the newest. A customer's call can name the agent as its owner too
/// (the stand-in's does once the agent answers), but its media is the caller's: a leg of it wins.
pub fn agent_leg<'a>(store: &'a Store, call_id: &str) -> Option<&'a Call> {
    let call = store.calls.get(call_id)?;
    if is_agents(call) && !call.master_call_id.is_empty() {
        return Some(call);
    }
    store
        .calls
        .values()
        .filter(|c| c.master_call_id == call.id && is_agents(c) && c.status != CallStatus::Hangup)
        .max_by(|a, b| {
            let answered = |c: &Call| c.status == CallStatus::Progressing;
            (answered(a), &a.tm_create, &a.id).cmp(&(answered(b), &b.tm_create, &b.id))
        })
        .or_else(|| is_agents(call).then_some(call))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn call(id: &str, master: &str, agent: &str, status: CallStatus, created: &str) -> Call {
        Call {
            id: id.into(),
            master_call_id: master.into(),
            owner_type: if agent.is_empty() {
                String::new()
            } else {
                "agent".into()
            },
            owner_id: agent.into(),
            status,
            tm_create: created.into(),
            ..Call::default()
        }
    }

    fn store(calls: Vec<Call>) -> Store {
        let mut s = Store::default();
        for c in calls {
            s.calls.upsert(c);
        }
        s
    }

    #[test]
    fn finds_the_answered_agent_leg_of_a_customer_call() {
        let s = store(vec![
            call(
                "cust",
                "",
                "",
                CallStatus::Progressing,
                "2026-01-01 00:00:00",
            ),
            call(
                "ring",
                "cust",
                "a2",
                CallStatus::Ringing,
                "2026-01-01 00:00:05",
            ),
            call(
                "talk",
                "cust",
                "a1",
                CallStatus::Progressing,
                "2026-01-01 00:00:02",
            ),
            call(
                "old",
                "cust",
                "a3",
                CallStatus::Hangup,
                "2026-01-01 00:00:09",
            ),
            call(
                "other",
                "elsewhere",
                "a4",
                CallStatus::Progressing,
                "2026-01-01 00:00:09",
            ),
        ]);
        assert_eq!(agent_leg(&s, "cust").map(|c| c.id.as_str()), Some("talk"));
        let mut owned = s.calls.get("cust").cloned().unwrap();
        (owned.owner_type, owned.owner_id) = ("agent".into(), "a1".into());
        let mut s = s;
        s.calls.upsert(owned);
        assert_eq!(
            agent_leg(&s, "cust").map(|c| c.id.as_str()),
            Some("talk"),
            "the leg over an owned customer call"
        );
        assert_eq!(agent_leg(&s, "ring").map(|c| c.id.as_str()), Some("ring"));
        assert!(agent_leg(&s, "missing").is_none());
    }

    #[test]
    fn a_call_with_no_agent_has_no_leg_to_whisper_to() {
        let s = store(vec![
            call(
                "cust",
                "",
                "",
                CallStatus::Progressing,
                "2026-01-01 00:00:00",
            ),
            call(
                "ivr",
                "cust",
                "",
                CallStatus::Progressing,
                "2026-01-01 00:00:01",
            ),
        ]);
        assert!(agent_leg(&s, "cust").is_none());
        // An agent's own call with no legs (it dialled out): itself.
        let s = store(vec![call(
            "out",
            "",
            "a1",
            CallStatus::Progressing,
            "2026-01-01 00:00:00",
        )]);
        assert_eq!(agent_leg(&s, "out").map(|c| c.id.as_str()), Some("out"));
    }
}
