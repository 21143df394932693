//! The wrap-up after one answered call: a countdown the agent can extend, the status to go to
//! next and whether to close the case. Pure (time is passed in) and serializable, so a reload
//! resumes it where it was.

use crate::msg;
use serde::{Deserialize, Serialize};
use voipbin_protocol::AgentStatus;

/// The wrap-up time when the agent has not chosen one.
pub const DEFAULT_SECONDS: u32 = 30;
/// What one press of Extend adds.
pub const EXTEND_MS: f64 = 30_000.0;
/// The longest a timed wrap-up may run, extensions included (the agent sees it).
pub const MAX_TOTAL_MS: f64 = 300_000.0;

/// The statuses an agent may go to after a wrap-up (`wrap-up-next-status` option values).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NextStatus {
    #[default]
    Available,
    Away,
    Offline,
}

impl NextStatus {
    pub const ALL: [NextStatus; 3] = [NextStatus::Available, NextStatus::Away, NextStatus::Offline];

    pub fn as_str(self) -> &'static str {
        match self {
            NextStatus::Available => "available",
            NextStatus::Away => "away",
            NextStatus::Offline => "offline",
        }
    }

    /// The status's name, a message id.
    pub fn label_id(self) -> crate::i18n::Msg {
        match self {
            NextStatus::Available => msg!("work-next-available"),
            NextStatus::Away => msg!("work-next-away"),
            NextStatus::Offline => msg!("work-next-offline"),
        }
    }

    /// A select's value or a status; anything else is not a next status.
    pub fn parse(s: &str) -> Option<NextStatus> {
        NextStatus::ALL.into_iter().find(|n| n.as_str() == s)
    }

    pub fn of(status: &AgentStatus) -> Option<NextStatus> {
        NextStatus::parse(status.as_str())
    }

    pub fn status(self) -> AgentStatus {
        AgentStatus::parse(self.as_str())
    }
}

/// What Done (or the end of the countdown) asks for.
#[derive(Clone, Debug, PartialEq)]
pub struct Finish {
    pub call_key: String,
    pub status: AgentStatus,
    /// The case to close, when the agent asked for it and the case is known.
    pub close_case: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct WrapUp {
    /// The SIP call id (`PhoneCall::id`) of the call being wrapped up.
    pub call_key: String,
    /// Who the call was with, as the agent read it.
    pub party: String,
    pub started_ms: f64,
    /// When the countdown ends; `None` runs until Done.
    pub ends_ms: Option<f64>,
    pub next_status: NextStatus,
    pub close_case: bool,
    pub case_id: Option<String>,
}

impl Default for WrapUp {
    fn default() -> Self {
        WrapUp::start("", "", 0, 0.0)
    }
}

impl WrapUp {
    /// `seconds` is the agent's setting: 0 runs until Done.
    pub fn start(call_key: &str, party: &str, seconds: u32, now_ms: f64) -> WrapUp {
        let length = (f64::from(seconds) * 1000.0).min(MAX_TOTAL_MS);
        WrapUp {
            call_key: call_key.to_string(),
            party: party.to_string(),
            started_ms: now_ms,
            ends_ms: (seconds > 0).then_some(now_ms + length),
            next_status: NextStatus::default(),
            close_case: false,
            case_id: None,
        }
    }

    /// The latest the countdown may end (shown next to Extend).
    pub fn max_end_ms(&self) -> f64 {
        self.started_ms + MAX_TOTAL_MS
    }

    pub fn can_extend(&self) -> bool {
        self.ends_ms.is_some_and(|end| end < self.max_end_ms())
    }

    /// Adds [`EXTEND_MS`], never past [`MAX_TOTAL_MS`] of wrap-up in all.
    pub fn extend(&mut self, now_ms: f64) {
        if let Some(end) = self.ends_ms {
            self.ends_ms = Some((end.max(now_ms) + EXTEND_MS).min(self.max_end_ms()));
        }
    }

    /// Whole seconds left (rounded up), or `None` when it runs until Done.
    pub fn seconds_left(&self, now_ms: f64) -> Option<u64> {
        self.ends_ms
            .map(|end| ((end - now_ms).max(0.0) / 1000.0).ceil() as u64)
    }

    pub fn expired(&self, now_ms: f64) -> bool {
        self.ends_ms.is_some_and(|end| now_ms >= end)
    }

    pub fn set_case(&mut self, case_id: Option<String>) {
        if case_id.is_none() {
            self.close_case = false;
        }
        self.case_id = case_id;
    }

    pub fn done(&self) -> Finish {
        Finish {
            call_key: self.call_key.clone(),
            status: self.next_status.status(),
            close_case: self.case_id.clone().filter(|_| self.close_case),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_down_from_the_agents_setting() {
        let w = WrapUp::start("c1", "Ann", 30, 1_000.0);
        assert_eq!(w.seconds_left(1_000.0), Some(30));
        assert_eq!(w.seconds_left(1_500.0), Some(30), "rounded up");
        assert_eq!(w.seconds_left(30_999.0), Some(1));
        assert!(!w.expired(30_999.0));
        assert!(w.expired(31_000.0));
        assert_eq!(w.seconds_left(99_000.0), Some(0));
    }

    #[test]
    fn zero_runs_until_done() {
        let w = WrapUp::start("c1", "", 0, 0.0);
        assert_eq!(w.seconds_left(1e9), None);
        assert!(!w.expired(1e9));
        assert!(!w.can_extend());
    }

    #[test]
    fn extend_adds_thirty_seconds_up_to_the_maximum() {
        let mut w = WrapUp::start("c1", "", 30, 0.0);
        w.extend(10_000.0);
        assert_eq!(w.seconds_left(10_000.0), Some(50));
        for _ in 0..20 {
            w.extend(10_000.0);
        }
        assert_eq!(w.ends_ms, Some(MAX_TOTAL_MS));
        assert!(!w.can_extend());
    }

    #[test]
    fn extend_after_expiry_counts_from_now() {
        let mut w = WrapUp::start("c1", "", 30, 0.0);
        w.extend(40_000.0);
        assert_eq!(w.seconds_left(40_000.0), Some(30));
    }

    #[test]
    fn a_setting_past_the_maximum_is_capped() {
        let w = WrapUp::start("c1", "", 10_000, 0.0);
        assert_eq!(w.ends_ms, Some(MAX_TOTAL_MS));
    }

    #[test]
    fn done_sets_available_by_default_and_closes_only_a_known_case() {
        let mut w = WrapUp::start("c1", "", 30, 0.0);
        assert_eq!(
            w.done(),
            Finish {
                call_key: "c1".into(),
                status: AgentStatus::Available,
                close_case: None
            }
        );
        w.close_case = true;
        assert_eq!(w.done().close_case, None, "no case known");
        w.set_case(Some("case-1".into()));
        w.close_case = true;
        w.next_status = NextStatus::Away;
        let finish = w.done();
        assert_eq!(finish.status, AgentStatus::Away);
        assert_eq!(finish.close_case.as_deref(), Some("case-1"));
        w.set_case(None);
        assert!(!w.close_case, "the box goes with the case");
    }

    #[test]
    fn next_status_reads_only_its_three_values() {
        assert_eq!(NextStatus::parse("offline"), Some(NextStatus::Offline));
        assert_eq!(NextStatus::parse("busy"), None);
        assert_eq!(NextStatus::of(&AgentStatus::Away), Some(NextStatus::Away));
        assert_eq!(NextStatus::Offline.status(), AgentStatus::Offline);
    }

    #[test]
    fn survives_a_reload_and_tolerates_odd_json() {
        let mut w = WrapUp::start("c1", "Ann", 30, 5.0);
        w.next_status = NextStatus::Offline;
        let text = serde_json::to_string(&w).unwrap_or_default();
        assert_eq!(serde_json::from_str::<WrapUp>(&text).ok(), Some(w));
        let odd: WrapUp = serde_json::from_str(r#"{"call_key":"c2"}"#).unwrap_or_default();
        assert_eq!(odd.call_key, "c2");
        assert!(serde_json::from_str::<WrapUp>(r#"{"next_status":"lunch"}"#).is_err());
    }
}
