//! The event inspector's record: the last frames as they arrived (secrets redacted), and
//! counters per frame type. Bounded, so it costs nothing over a long shift.

use std::borrow::Cow;
use std::collections::{BTreeMap, VecDeque};

pub const FRAMES_KEPT: usize = 500;
/// Frames are shown up to this many bytes; the rest is cut (and said so).
pub const FRAME_PREVIEW_BYTES: usize = 8 * 1024;

#[derive(Clone, Debug, PartialEq)]
pub struct LoggedFrame {
    pub seq: u64,
    pub at_ms: f64,
    /// `call_hangup`, `ack`, `error`, `invalid`, …
    pub label: String,
    pub resource: String,
    pub text: String,
    pub problem: Option<String>,
}

#[derive(Debug, Default)]
pub struct InspectorLog {
    frames: VecDeque<LoggedFrame>,
    counts: BTreeMap<String, u64>,
    next_seq: u64,
    pub paused: bool,
}

impl InspectorLog {
    pub fn record(
        &mut self,
        at_ms: f64,
        label: &str,
        resource: &str,
        text: &str,
        problem: Option<String>,
        secret: &str,
    ) {
        // Counted for every frame: look the label up before allocating a key for it.
        match self.counts.get_mut(label) {
            Some(count) => *count += 1,
            None => {
                self.counts.insert(label.to_string(), 1);
            }
        }
        self.next_seq += 1;
        if self.paused {
            return;
        }
        if self.frames.len() == FRAMES_KEPT {
            self.frames.pop_front();
        }
        self.frames.push_back(LoggedFrame {
            seq: self.next_seq,
            at_ms,
            label: label.to_string(),
            resource: resource.to_string(),
            text: redact(&preview(text), secret),
            problem,
        });
    }

    pub fn frames(&self) -> impl DoubleEndedIterator<Item = &LoggedFrame> {
        self.frames.iter()
    }

    pub fn counts(&self) -> &BTreeMap<String, u64> {
        &self.counts
    }

    pub fn clear(&mut self) {
        self.frames.clear();
        self.counts.clear();
    }
}

fn preview(text: &str) -> Cow<'_, str> {
    if text.len() <= FRAME_PREVIEW_BYTES {
        return Cow::Borrowed(text);
    }
    let mut end = FRAME_PREVIEW_BYTES;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    Cow::Owned(format!("{}… [{} bytes in all]", &text[..end], text.len()))
}

/// Removes the user's own secret and any `token=`/`accesskey=` value from text shown on screen.
pub fn redact(text: &str, secret: &str) -> String {
    let mut out = if secret.len() >= 8 {
        text.replace(secret, "[redacted]")
    } else {
        text.to_string()
    };
    for key in ["token=", "accesskey="] {
        let mut from = 0;
        while let Some(found) = out[from..].find(key) {
            let start = from + found + key.len();
            let end = out[start..]
                .find(|c: char| c == '&' || c == '"' || c == '\'' || c.is_whitespace())
                .map_or(out.len(), |n| start + n);
            if end > start && &out[start..end] != "[redacted]" {
                out.replace_range(start..end, "[redacted]");
            }
            from = start;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redacts_the_secret_and_query_credentials() {
        let secret = "eyJhbGciOiJIUzI1NiJ9.payload.sig";
        let text = format!(
            r#"{{"url":"wss://x/v1.0/ws?token=abc123&x=1","t":"{secret}","k":"accesskey=zz"}}"#
        );
        let shown = redact(&text, secret);
        assert!(!shown.contains(secret));
        assert!(!shown.contains("abc123"));
        assert!(!shown.contains("accesskey=zz"));
        assert!(shown.contains("token=[redacted]&x=1"));
    }

    #[test]
    fn keeps_a_bounded_history_and_counts_everything() {
        let mut log = InspectorLog::default();
        for i in 0..(FRAMES_KEPT + 10) {
            log.record(i as f64, "call_updated", "call", "{}", None, "");
        }
        assert_eq!(log.frames().count(), FRAMES_KEPT);
        assert_eq!(
            log.counts().get("call_updated"),
            Some(&((FRAMES_KEPT + 10) as u64))
        );
        log.paused = true;
        log.record(0.0, "ack", "", "{}", None, "");
        assert_eq!(
            log.frames().count(),
            FRAMES_KEPT,
            "paused: counted, not listed"
        );
        assert_eq!(log.counts().get("ack"), Some(&1));
    }

    #[test]
    fn cuts_huge_frames_on_a_char_boundary() {
        let text = "é".repeat(FRAME_PREVIEW_BYTES);
        let shown = preview(&text);
        assert!(shown.len() < FRAME_PREVIEW_BYTES + 64);
        assert!(shown.ends_with("bytes in all]"));
    }
}
