//! VoIPBIN timestamps (`2022-07-23T15:02:35.763577Z`, and the deleted marker
//! `9999-01-01 00:00:00.000000`) parsed by hand: no chrono in the wasm bundle.

/// The `tm_delete` value of a resource that is not deleted.
pub const NOT_DELETED: &str = "9999-01-01 00:00:00.000000";

/// True when a `tm_delete` value says the resource is deleted (non-empty and not the marker).
pub fn is_deleted(tm_delete: &str) -> bool {
    !tm_delete.is_empty() && !tm_delete.starts_with("9999-")
}

/// UTC milliseconds since the Unix epoch. Accepts `T` or a space between date and time, an
/// optional fraction (any number of digits; extra precision is truncated), and `Z`, a
/// `±hh:mm`/`±hhmm` offset, or nothing (taken as UTC).
pub fn parse_timestamp_ms(s: &str) -> Option<i64> {
    parse_timestamp_us(s).map(|us| us.div_euclid(1000))
}

/// Like [`parse_timestamp_ms`] with microsecond precision (VoIPBIN's own precision), so that
/// two updates within one millisecond still order correctly.
pub fn parse_timestamp_us(s: &str) -> Option<i64> {
    // `trim` reads chars against Unicode's whitespace table: a dashboard parses thousands of
    // timestamps a frame, and VoIPBIN's own start with a digit and end with one or a `Z`.
    let b = match s.as_bytes() {
        b @ [b'0'..=b'9', .., b'0'..=b'9' | b'Z' | b'z'] => b,
        _ => s.trim().as_bytes(),
    };
    let year = digits(b, 0, 4)?;
    expect(b, 4, b'-')?;
    let month = digits(b, 5, 2)?;
    expect(b, 7, b'-')?;
    let day = digits(b, 8, 2)?;
    if !matches!(b.get(10), Some(b'T' | b't' | b' ')) {
        return None;
    }
    let hour = digits(b, 11, 2)?;
    expect(b, 13, b':')?;
    let minute = digits(b, 14, 2)?;
    expect(b, 16, b':')?;
    let second = digits(b, 17, 2)?;
    if !(1..=12).contains(&month) || day < 1 || day > days_in_month(year, month) {
        return None;
    }
    if hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    let mut pos = 19;
    let mut micros = 0i64;
    if b.get(pos) == Some(&b'.') {
        pos += 1;
        let start = pos;
        while let Some(d) = b.get(pos).filter(|c| c.is_ascii_digit()) {
            if pos - start < 6 {
                micros = micros * 10 + i64::from(d - b'0');
            }
            pos += 1;
        }
        let taken = pos - start;
        if taken == 0 {
            return None;
        }
        for _ in taken..6 {
            micros *= 10;
        }
    }
    let offset_seconds = match b.get(pos..)? {
        [] | [b'Z' | b'z'] => 0,
        [sign @ (b'+' | b'-'), rest @ ..] => {
            let (h, m) = match rest {
                [h1, h2, b':', m1, m2] | [h1, h2, m1, m2] => {
                    (two_digits(*h1, *h2)?, two_digits(*m1, *m2)?)
                }
                [h1, h2] => (two_digits(*h1, *h2)?, 0),
                _ => return None,
            };
            if h > 23 || m > 59 {
                return None;
            }
            let seconds = h * 3600 + m * 60;
            if *sign == b'+' {
                seconds
            } else {
                -seconds
            }
        }
        _ => return None,
    };
    let days = days_from_civil(year, month, day);
    let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offset_seconds;
    Some(seconds * 1_000_000 + micros)
}

/// Formats UTC milliseconds as VoIPBIN does: `2022-07-23T15:02:35.763000Z` (six fraction
/// digits). Never panics; years outside 0..=9999 print with more or fewer digits.
pub fn format_timestamp_ms(ms: i64) -> String {
    let days = ms.div_euclid(86_400_000);
    let in_day = ms.rem_euclid(86_400_000);
    let (year, month, day) = civil_from_days(days);
    let (hour, minute) = (in_day / 3_600_000, in_day / 60_000 % 60);
    let (second, millis) = (in_day / 1000 % 60, in_day % 1000);
    format!("{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}:{second:02}.{millis:03}000Z")
}

fn digits(b: &[u8], at: usize, len: usize) -> Option<i64> {
    b.get(at..at + len)?.iter().try_fold(0i64, |acc, c| {
        c.is_ascii_digit().then(|| acc * 10 + i64::from(c - b'0'))
    })
}

fn two_digits(a: u8, b: u8) -> Option<i64> {
    digits(&[a, b], 0, 2)
}

fn expect(b: &[u8], at: usize, want: u8) -> Option<()> {
    (b.get(at) == Some(&want)).then_some(())
}

fn is_leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 (Howard Hinnant's algorithm).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_voipbin_forms() {
        assert_eq!(parse_timestamp_ms("1970-01-01T00:00:00Z"), Some(0));
        assert_eq!(
            parse_timestamp_ms("2022-07-23T15:02:35.763577Z"),
            Some(1_658_588_555_763)
        );
        assert_eq!(
            parse_timestamp_ms("2022-07-23 15:02:35.763577"),
            Some(1_658_588_555_763)
        );
        assert_eq!(
            parse_timestamp_ms("2022-07-23T17:02:35.763+02:00"),
            Some(1_658_588_555_763)
        );
        assert_eq!(
            parse_timestamp_us("2022-07-23T15:02:35.763577Z"),
            Some(1_658_588_555_763_577)
        );
        assert!(parse_timestamp_ms(NOT_DELETED).is_some());
        assert_eq!(parse_timestamp_ms("1969-12-31T23:59:59.999Z"), Some(-1));
        // Surrounding whitespace, ASCII or not, is still trimmed.
        for padded in [
            " 2022-07-23T15:02:35.763577Z",
            "2022-07-23T15:02:35.763577Z\n",
            "\u{a0}2022-07-23 15:02:35.763577\u{2003}",
        ] {
            assert_eq!(
                parse_timestamp_ms(padded),
                Some(1_658_588_555_763),
                "{padded:?}"
            );
        }
    }

    #[test]
    fn refuses_garbage() {
        for bad in [
            "",
            "2022",
            "2022-13-01T00:00:00Z",
            "2022-02-30T00:00:00Z",
            "2022-01-01X00:00:00",
            "2022-01-01T24:00:00Z",
            "2022-01-01T00:00:00.Z",
            "2022-01-01T00:00:00+1",
            "２０２２-01-01T00:00:00Z",
        ] {
            assert_eq!(parse_timestamp_ms(bad), None, "{bad}");
        }
    }

    #[test]
    fn formats_and_round_trips() {
        assert_eq!(
            format_timestamp_ms(1_658_588_555_763),
            "2022-07-23T15:02:35.763000Z"
        );
        for ms in [
            0,
            -1,
            1,
            951_782_400_000,
            4_102_444_800_123,
            -62_135_596_800_000,
        ] {
            assert_eq!(
                parse_timestamp_ms(&format_timestamp_ms(ms)),
                Some(ms),
                "{ms}"
            );
        }
        // Extremes must not panic.
        let _ = format_timestamp_ms(i64::MIN);
        let _ = format_timestamp_ms(i64::MAX);
    }
}
