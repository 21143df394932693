//! Reading `RTCPeerConnection.getStats()`: what arrived from the far end, what we sent, and the
//! round trip, as running totals; `quality` turns the change between two readings into a grade.

use js_sys::{Array, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::RtcPeerConnection;

#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Totals {
    pub packets_received: u64,
    pub packets_lost: u64,
    pub packets_sent: u64,
    pub jitter_ms: f64,
    pub round_trip_ms: Option<f64>,
    /// The far end's audio level, 0..1 (RMS as the browser reports it).
    pub caller_level: f64,
}

impl Totals {
    /// The interval between an earlier reading and this one.
    pub fn since(&self, earlier: &Totals) -> super::quality::Sample {
        super::quality::Sample {
            round_trip_ms: self.round_trip_ms,
            jitter_ms: self.jitter_ms,
            lost: self.packets_lost.saturating_sub(earlier.packets_lost),
            received: self
                .packets_received
                .saturating_sub(earlier.packets_received),
        }
    }
}

pub async fn read(pc: &RtcPeerConnection) -> Totals {
    let mut totals = Totals::default();
    let Ok(report) = JsFuture::from(pc.get_stats()).await else {
        return totals;
    };
    // RTCStatsReport is a maplike: its values() are plain objects with a `type`.
    let values = Reflect::get(&report, &"values".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call0(&report).ok());
    let Some(values) = values else { return totals };
    let Ok(entries) = Array::from(&values).dyn_into::<Array>() else {
        return totals;
    };
    for entry in entries.iter() {
        match text(&entry, "type").as_deref() {
            Some("inbound-rtp") if text(&entry, "kind").as_deref() == Some("audio") => {
                totals.packets_received += number(&entry, "packetsReceived") as u64;
                totals.packets_lost += number(&entry, "packetsLost").max(0.0) as u64;
                totals.jitter_ms = totals.jitter_ms.max(number(&entry, "jitter") * 1000.0);
                totals.caller_level = totals.caller_level.max(number(&entry, "audioLevel"));
            }
            Some("outbound-rtp") if text(&entry, "kind").as_deref() == Some("audio") => {
                totals.packets_sent += number(&entry, "packetsSent") as u64;
            }
            Some("candidate-pair") if text(&entry, "state").as_deref() == Some("succeeded") => {
                let rtt = Reflect::get(&entry, &"currentRoundTripTime".into())
                    .ok()
                    .and_then(|v| v.as_f64())
                    .filter(|v| v.is_finite() && *v >= 0.0);
                if let Some(rtt) = rtt {
                    totals.round_trip_ms = Some(rtt * 1000.0);
                }
            }
            _ => {}
        }
    }
    totals
}

fn text(entry: &JsValue, field: &str) -> Option<String> {
    Reflect::get(entry, &field.into()).ok()?.as_string()
}

/// A numeric field, 0 when absent or not a finite number.
fn number(entry: &JsValue, field: &str) -> f64 {
    Reflect::get(entry, &field.into())
        .ok()
        .and_then(|v| v.as_f64())
        .filter(|v| v.is_finite())
        .unwrap_or(0.0)
}
