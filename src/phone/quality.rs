//! Call quality from WebRTC statistics: a MOS estimate and, when it is not good, the reason in
//! plain words. The estimate is the ITU-T G.107 E-model reduced the common way for VoIP monitors
//! (delay from round trip and jitter, a loss penalty), which needs no codec tables.

use super::Words;
use crate::msg;

/// What the page measured over the last interval.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Sample {
    pub round_trip_ms: Option<f64>,
    pub jitter_ms: f64,
    /// Packets lost and received in this interval (not since the start).
    pub lost: u64,
    pub received: u64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grade {
    Good,
    Fair,
    Poor,
}

impl Grade {
    pub fn as_str(self) -> &'static str {
        match self {
            Grade::Good => "good",
            Grade::Fair => "fair",
            Grade::Poor => "poor",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Quality {
    pub mos: f64,
    pub grade: Grade,
    pub loss_percent: f64,
    /// None when good; otherwise what is wrong, for the agent.
    pub reason: Option<Words>,
}

pub fn assess(sample: &Sample) -> Quality {
    let total = sample.lost.saturating_add(sample.received);
    let loss_percent = if total == 0 {
        0.0
    } else {
        100.0 * sample.lost as f64 / total as f64
    };
    let round_trip = sample.round_trip_ms.unwrap_or(0.0).max(0.0);
    let jitter = sample.jitter_ms.max(0.0);
    let effective_latency = round_trip / 2.0 + 2.0 * jitter + 10.0;
    let delay_penalty = if effective_latency < 160.0 {
        effective_latency / 40.0
    } else {
        (effective_latency - 120.0) / 10.0
    };
    let r = (93.2 - delay_penalty - 2.5 * loss_percent).clamp(0.0, 100.0);
    let mos = (1.0 + 0.035 * r + 7.0e-6 * r * (r - 60.0) * (100.0 - r)).clamp(1.0, 4.5);
    let grade = if mos >= 4.0 {
        Grade::Good
    } else if mos >= 3.5 {
        Grade::Fair
    } else {
        Grade::Poor
    };
    let reason = if grade == Grade::Good {
        None
    } else if sample.received == 0 && sample.lost == 0 {
        Some(Words::new(msg!("phone-quality-no-audio")))
    } else if loss_percent >= 3.0 {
        Some(Words::new(msg!("phone-quality-loss")).with("percent", loss_percent.round()))
    } else if jitter >= 30.0 {
        Some(Words::new(msg!("phone-quality-jitter")).with("jitter", jitter.round()))
    } else {
        Some(Words::new(msg!("phone-quality-slow")).with("round_trip", round_trip.round()))
    };
    Quality {
        mos,
        grade,
        loss_percent,
        reason,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(rtt: f64, jitter: f64, lost: u64, received: u64) -> Sample {
        Sample {
            round_trip_ms: Some(rtt),
            jitter_ms: jitter,
            lost,
            received,
        }
    }

    fn reason(q: &Quality) -> String {
        q.reason.as_ref().map(Words::text).unwrap_or_default()
    }

    #[test]
    fn a_clean_local_call_is_good() {
        let q = assess(&sample(2.0, 1.0, 0, 50));
        assert_eq!(q.grade, Grade::Good);
        assert!(q.mos > 4.3, "{}", q.mos);
        assert!(q.reason.is_none());
    }

    #[test]
    fn loss_lowers_the_score_and_is_named() {
        let q = assess(&sample(20.0, 5.0, 5, 45));
        assert_eq!(q.loss_percent, 10.0);
        assert_eq!(q.grade, Grade::Poor);
        assert!(
            reason(&q).contains("10% of the caller's audio"),
            "{}",
            reason(&q)
        );
        let fair = assess(&sample(20.0, 5.0, 1, 49));
        assert!(fair.mos < assess(&sample(20.0, 5.0, 0, 50)).mos);
    }

    #[test]
    fn long_delay_and_jitter_are_named() {
        let slow = assess(&sample(700.0, 2.0, 0, 50));
        assert_ne!(slow.grade, Grade::Good);
        assert!(reason(&slow).contains("round trip"), "{}", reason(&slow));
        let jittery = assess(&sample(40.0, 150.0, 0, 50));
        assert_ne!(jittery.grade, Grade::Good);
        assert!(reason(&jittery).contains("jitter"), "{}", reason(&jittery));
    }

    #[test]
    fn silence_from_the_caller_is_not_called_good_loss() {
        let q = assess(&Sample::default());
        assert_eq!(q.loss_percent, 0.0);
        assert_eq!(q.grade, Grade::Good);
        let dead = assess(&Sample {
            round_trip_ms: Some(900.0),
            ..Default::default()
        });
        assert!(reason(&dead).contains("no audio"), "{}", reason(&dead));
    }

    #[test]
    fn the_score_stays_in_range_for_any_numbers() {
        let extremes = [
            (f64::MAX, f64::MAX, u64::MAX, u64::MAX),
            (-5.0, f64::NAN, 0, u64::MAX),
            (f64::NAN, -1.0, 3, 0),
        ];
        for (rtt, jitter, lost, received) in extremes {
            let q = assess(&sample(rtt, jitter, lost, received));
            assert!((1.0..=4.5).contains(&q.mos), "{q:?}");
        }
    }
}
