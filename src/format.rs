//! Durations and phone numbers as people read them (clock times and dates: src/i18n).

/// `m:ss`, or `h:mm:ss` past an hour; negative spans (clock skew) read as 0:00.
pub fn duration(ms: i64) -> String {
    let total = (ms.max(0) / 1000) as u64;
    let (h, m, s) = (total / 3600, (total / 60) % 60, total % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

/// Milliseconds since `timestamp` (VoIPBIN's format), or None when it is unset or unreadable.
pub fn since(timestamp: &str, now_ms: i64) -> Option<i64> {
    // The "not yet" marker (9999-01-01…) parses but is no time at all.
    voipbin_protocol::parse_timestamp_ms(timestamp)
        .filter(|_| !timestamp.trim_start().starts_with("9999-"))
        .map(|t| now_ms - t)
}

/// The name to show for an address: its display name when there is one, else the number, else
/// (nothing known) "unknown" in the agent's language.
pub fn party(address: &voipbin_protocol::Address) -> String {
    known_party(address).unwrap_or_else(|| crate::t!("shell-party-unknown"))
}

/// The address's display name and number, or None when it has neither.
pub fn known_party(address: &voipbin_protocol::Address) -> Option<String> {
    let name = address.target_name.trim();
    let target = address.target.trim();
    match (name.is_empty(), target.is_empty()) {
        (false, false) if name != target => Some(format!("{name} ({target})")),
        (false, _) => Some(name.to_string()),
        (true, false) => Some(target.to_string()),
        (true, true) => None,
    }
}

/// Digits of a phone number (`+1 (555) 010-2000` and `15550102000` are the same person).
pub fn digits(number: &str) -> String {
    number.chars().filter(char::is_ascii_digit).collect()
}

pub fn same_number(a: &str, b: &str) -> bool {
    let (a, b) = (digits(a), digits(b));
    a.len() >= 3 && a == b
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_naturally() {
        assert_eq!(duration(0), "0:00");
        assert_eq!(duration(61_000), "1:01");
        assert_eq!(duration(3_723_000), "1:02:03");
        assert_eq!(duration(-5_000), "0:00");
    }

    #[test]
    fn since_reads_real_times_and_ignores_the_unset_marker() {
        let t = voipbin_protocol::format_timestamp_ms(1_800_000_000_000);
        assert_eq!(since(&t, 1_800_000_005_000), Some(5_000));
        assert_eq!(
            since(voipbin_protocol::NOT_DELETED, 1_800_000_005_000),
            None
        );
        assert_eq!(since("", 0), None);
    }

    #[test]
    fn numbers_match_by_digits_only() {
        assert!(same_number("+1 (555) 010-0200", "15550100200"));
        assert!(
            !same_number("", ""),
            "unknown numbers never match each other"
        );
        assert!(!same_number("+15550100200", "+15550100201"));
    }
}
