//! How big and how busy the simulated contact center is.

/// Size of the contact center. `Scale::large()` is the benchmark setting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Scale {
    pub agents: usize,
    pub queues: usize,
    /// Upper bound on concurrent customer calls; past it, extra load becomes progress events
    /// (transcripts, flow updates) on the calls already there.
    pub max_calls: usize,
}

impl Scale {
    /// 8 agents, 4 queues (Sales, Support, Billing, VIP).
    pub fn standard() -> Scale {
        Scale {
            agents: 8,
            queues: 4,
            max_calls: 120,
        }
    }

    /// 200 agents, 50 queues, up to ~1,000 concurrent calls.
    pub fn large() -> Scale {
        Scale {
            agents: 200,
            queues: 50,
            max_calls: 1_000,
        }
    }

    /// 1,000 agents, 100 queues, up to 5,000 concurrent calls: the dashboard's scale target
    /// (issue 26: 5,000 live calls and 1,000 agents at 1,000 events/s).
    pub fn xl() -> Scale {
        Scale {
            agents: 1_000,
            queues: 100,
            max_calls: 5_000,
        }
    }

    /// `"default"`/`"standard"`/`"small"`, `"large"` or `"xl"` (CLI and REST spelling).
    pub fn parse(name: &str) -> Option<Scale> {
        match name.trim().to_ascii_lowercase().as_str() {
            "default" | "standard" | "small" => Some(Scale::standard()),
            "large" | "bench" => Some(Scale::large()),
            "xl" => Some(Scale::xl()),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct SimConfig {
    pub seed: u64,
    /// Target average of published events per second (1 to 10,000 is the tested range).
    pub events_per_s: f64,
    /// Plain agents (agent1@demo ...), used when `scale` is `None`.
    pub agents: usize,
    /// Queues, used when `scale` is `None`.
    pub queues: usize,
    /// Overrides `agents`/`queues` and sets the concurrency bound.
    pub scale: Option<Scale>,
    /// Share (0 to 1) of calls and new SMS conversations whose flow runs `case_create`.
    pub case_share: f64,
    /// Idle time after which an open case closes (VoIPBIN: 24 h).
    pub case_timeout_ms: i64,
    /// How the queues' `total_*_count` move.
    pub queue_totals: QueueTotals,
    /// Simulated teammates' posts per minute in the public channels; 0 (or `events_per_s` 0)
    /// keeps them silent: no posts, replies or reactions (sim/team_talk.rs).
    pub talk_per_min: f64,
}

/// When a queue's totals go up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QueueTotals {
    /// Serviced when the call leaves service, abandoned when it leaves unserviced.
    Documented,
    /// As deployed queue-manager does: `total_serviced_count` when service starts
    /// (AddServiceQueuecallID -> QueueIncreaseTotalServicedCount, bin-queue-manager/pkg/
    /// queuehandler/db.go), `total_abandoned_count` never (QueueIncreaseTotalAbandonedCount,
    /// pkg/dbhandler/queue.go, has no caller).
    Deployed,
}

impl Default for SimConfig {
    fn default() -> Self {
        SimConfig {
            seed: 1,
            events_per_s: 5.0,
            agents: 8,
            queues: 4,
            scale: None,
            case_share: DEFAULT_CASE_SHARE,
            case_timeout_ms: crate::crm::DEFAULT_CASE_TIMEOUT_MS,
            queue_totals: QueueTotals::Documented,
            talk_per_min: 0.0,
        }
    }
}

/// Half the calls open a case unless told otherwise.
pub const DEFAULT_CASE_SHARE: f64 = 0.5;

/// Highest rate accepted; more than the hub is expected to carry, so it is never the limit.
pub const MAX_RATE: f64 = 100_000.0;

impl SimConfig {
    /// The effective scale: `scale` if set, else one built from `agents`/`queues` (at least one
    /// of each) with a concurrency bound that keeps queues plausible for that many agents.
    pub fn resolved_scale(&self) -> Scale {
        if let Some(scale) = self.scale {
            return Scale {
                agents: scale.agents.max(1),
                queues: scale.queues.max(1),
                max_calls: scale.max_calls.max(1),
            };
        }
        let agents = self.agents.max(1);
        Scale {
            agents,
            queues: self.queues.max(1),
            max_calls: (agents * 15).max(60),
        }
    }
}

/// NaN, negative or absurd rates become something the scheduler can use.
pub fn sanitize_rate(events_per_s: f64) -> f64 {
    if events_per_s.is_finite() {
        events_per_s.clamp(0.0, MAX_RATE)
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scales() {
        assert_eq!(Scale::parse("LARGE"), Some(Scale::large()));
        assert_eq!(Scale::parse("default"), Some(Scale::standard()));
        assert_eq!(Scale::parse("xl"), Some(Scale::xl()));
        assert_eq!(Scale::parse("huge"), None);
        let cfg = SimConfig {
            agents: 0,
            queues: 0,
            ..SimConfig::default()
        };
        let s = cfg.resolved_scale();
        assert_eq!((s.agents, s.queues), (1, 1));
        assert_eq!(SimConfig::default().resolved_scale(), Scale::standard());
    }

    #[test]
    fn rates_are_sanitized() {
        assert_eq!(sanitize_rate(f64::NAN), 0.0);
        assert_eq!(sanitize_rate(-3.0), 0.0);
        assert_eq!(sanitize_rate(1e12), MAX_RATE);
        assert_eq!(sanitize_rate(10.0), 10.0);
    }
}
