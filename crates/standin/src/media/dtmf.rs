//! RFC 4733 DTMF: digits to event codes and back, and counting received events once each.
//!
//! str0m 0.25 negotiates `telephone-event` (`Codec::Tele`), sends a complete event with
//! `Writer::telephone_event`, and hands each received event packet over as `MediaData` with
//! `CodecExtra::Tele`. Every event arrives as several packets (updates and three end
//! packets) sharing one RTP timestamp: a digit is counted at its first packet, keyed by that
//! timestamp.

use std::time::Duration;

use str0m::media::{MediaTime, TelephoneEvent};

/// How long each sent digit sounds, and the gap before the next (RFC 4733 senders typically use
/// 100 ms / 50-100 ms; str0m needs a pause of at least 50 ms).
pub const TONE: Duration = Duration::from_millis(100);
pub const GAP: Duration = Duration::from_millis(70);
/// Tone power in -dBm0 (RFC 4733 2.3.4); 10 is the usual value.
const VOLUME: u8 = 10;

pub fn event_code(digit: char) -> Option<u8> {
    match digit {
        '0'..='9' => Some(digit as u8 - b'0'),
        '*' => Some(10),
        '#' => Some(11),
        'A'..='D' => Some(digit as u8 - b'A' + 12),
        'a'..='d' => Some(digit as u8 - b'a' + 12),
        _ => None,
    }
}

pub fn digit_of(code: u8) -> Option<char> {
    match code {
        0..=9 => Some((b'0' + code) as char),
        10 => Some('*'),
        11 => Some('#'),
        12..=15 => Some((b'A' + code - 12) as char),
        _ => None,
    }
}

/// A complete outgoing event for `digit`, or None for a character that is no DTMF digit.
pub fn outgoing_event(digit: char) -> Option<TelephoneEvent> {
    Some(TelephoneEvent {
        event: event_code(digit)?,
        end: true,
        volume: VOLUME,
        duration: TONE,
    })
}

/// Counts received events once each.
#[derive(Default)]
pub struct DtmfReceiver {
    last_event_time: Option<MediaTime>,
}

impl DtmfReceiver {
    /// One received event packet (its RTP time and report); the digit when it starts a new event.
    pub fn on_packet(&mut self, rtp_time: MediaTime, event: &TelephoneEvent) -> Option<char> {
        if self.last_event_time == Some(rtp_time) {
            return None;
        }
        self.last_event_time = Some(rtp_time);
        digit_of(event.event)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use str0m::media::Frequency;

    #[test]
    fn digits_map_to_rfc_4733_codes_and_back() {
        for digit in "0123456789*#ABCD".chars() {
            let code = event_code(digit).unwrap();
            assert_eq!(digit_of(code), Some(digit));
        }
        assert_eq!(event_code('#'), Some(11));
        assert_eq!(event_code('x'), None);
        assert_eq!(digit_of(16), None); // flash is no digit
    }

    #[test]
    fn an_event_counts_once_however_many_packets_carry_it() {
        let mut receiver = DtmfReceiver::default();
        let report = |event, end| TelephoneEvent {
            event,
            end,
            volume: 10,
            duration: Duration::from_millis(20),
        };
        let start = MediaTime::new(8000, Frequency::EIGHT_KHZ);
        let mut digits = String::new();
        for end in [false, false, true, true, true] {
            digits.extend(receiver.on_packet(start, &report(1, end)));
        }
        let next = MediaTime::new(9600, Frequency::EIGHT_KHZ);
        for end in [false, true, true] {
            digits.extend(receiver.on_packet(next, &report(1, end)));
        }
        assert_eq!(digits, "11");
    }
}
