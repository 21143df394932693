//! What a leg's task shares with its handles: counters and the received-audio meter.

use std::time::Instant;

use super::audio::level::LevelMeter;
use super::MediaStats;

#[derive(Default)]
pub struct LegCounters {
    pub connected: bool,
    pub packets_received: u64,
    pub packets_sent: u64,
    pub meter: LevelMeter,
    pub dtmf: String,
    pub held: bool,
    pub first_audio_ms: Option<u64>,
    pub ended: bool,
    /// Media-stream frames added to what the phone hears, and their level.
    pub barge_packets: u64,
    pub barge_meter: LevelMeter,
    /// Frames of whispered speech added to what the phone hears.
    pub whisper_packets: u64,
}

impl LegCounters {
    pub fn snapshot(&mut self, now: Instant) -> MediaStats {
        MediaStats {
            connected: self.connected,
            packets_received: self.packets_received,
            packets_sent: self.packets_sent,
            level_dbfs: self.meter.level_dbfs(now),
            peak_level_dbfs: self.meter.peak_dbfs(),
            dtmf: self.dtmf.clone(),
            held: self.held,
            first_audio_ms: self.first_audio_ms,
            ended: self.ended,
            barge_packets: self.barge_packets,
            barge_level_dbfs: self.barge_meter.level_dbfs(now),
            whisper_packets: self.whisper_packets,
        }
    }
}
