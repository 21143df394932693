//! How VoIPBIN stores and looks up address targets (bin-common-handler/models/address/
//! normalize.go): the desk sends what the stand-in and VoIPBIN compare, and the stand-in
//! matches exactly as VoIPBIN does.

/// Trims, keeps a `+` only at the very start, keeps ASCII digits, drops the rest. Input with
/// no digit at all (a carrier's "anonymous") is returned unchanged, as VoIPBIN does.
pub fn normalize_phone(target: &str) -> String {
    let trimmed = target.trim();
    let mut out = String::with_capacity(trimmed.len());
    for (i, c) in trimmed.char_indices() {
        if (c == '+' && i == 0) || c.is_ascii_digit() {
            out.push(c);
        }
    }
    if out.bytes().any(|b| b.is_ascii_digit()) {
        out
    } else {
        target.to_owned()
    }
}

/// Trimmed and lower-cased.
pub fn normalize_email(target: &str) -> String {
    target.trim().to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_keeps_a_leading_plus_and_digits_only() {
        assert_eq!(normalize_phone(" +1 (555) 123-4567 "), "+15551234567");
        assert_eq!(normalize_phone("1-555+123"), "1555123");
        assert_eq!(normalize_phone("15551234567"), "15551234567");
        // A `+` after leading whitespace still counts as leading: trimmed first.
        assert_eq!(normalize_phone("\t+44 20"), "+4420");
    }

    #[test]
    fn phone_without_digits_is_kept_as_it_came() {
        assert_eq!(normalize_phone("anonymous"), "anonymous");
        assert_eq!(normalize_phone("+"), "+");
        assert_eq!(normalize_phone(""), "");
    }

    #[test]
    fn email_is_trimmed_and_lower_cased() {
        assert_eq!(normalize_email("  Ada@Example.COM "), "ada@example.com");
    }
}
