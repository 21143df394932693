//! `;name=value` parameter lists (URI and header parameters) and the quote-aware splitting that
//! SIP's header grammar needs: commas and semicolons inside `"..."` or `<...>` do not separate.

use std::fmt;

/// Parameters in the order received. Names compare case-insensitively; values are kept as sent
/// (quotes included) so that writing a parsed value gives back the same text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Params(pub Vec<(String, Option<String>)>);

impl Params {
    /// Reads `a=1;b;c="x;y"` (without a leading `;`). Empty items are skipped.
    pub fn parse(text: &str) -> Params {
        let items = split_outside_quotes(text, b';')
            .into_iter()
            .map(str::trim)
            .filter(|item| !item.is_empty())
            .map(|item| match item.split_once('=') {
                Some((name, value)) => (name.trim().to_string(), Some(value.trim().to_string())),
                None => (item.to_string(), None),
            });
        Params(items.collect())
    }

    /// `Some(None)` for a parameter without a value (`;lr`), `Some(Some(v))` with one, `None` if absent.
    pub fn get(&self, name: &str) -> Option<Option<&str>> {
        self.0
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_deref())
    }

    /// The value of `name`, when present with a value.
    pub fn value(&self, name: &str) -> Option<&str> {
        self.get(name).flatten()
    }

    pub fn has(&self, name: &str) -> bool {
        self.get(name).is_some()
    }

    /// Replaces the parameter's value, or appends it.
    pub fn set(&mut self, name: &str, value: Option<&str>) {
        let value = value.map(str::to_string);
        match self
            .0
            .iter_mut()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
        {
            Some(slot) => slot.1 = value,
            None => self.0.push((name.to_string(), value)),
        }
    }

    pub fn remove(&mut self, name: &str) {
        self.0.retain(|(n, _)| !n.eq_ignore_ascii_case(name));
    }
}

/// Writes each parameter as `;name` or `;name=value`.
impl fmt::Display for Params {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (name, value) in &self.0 {
            match value {
                Some(value) => write!(f, ";{name}={value}")?,
                None => write!(f, ";{name}")?,
            }
        }
        Ok(())
    }
}

/// Splits on `separator` where it is outside double quotes and angle brackets; a backslash
/// escapes the next character inside quotes.
pub fn split_outside_quotes(text: &str, separator: u8) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut start = 0;
    let mut in_quotes = false;
    let mut in_angles = false;
    let mut escaped = false;
    for (i, byte) in text.bytes().enumerate() {
        if escaped {
            escaped = false;
            continue;
        }
        match byte {
            b'\\' if in_quotes => escaped = true,
            b'"' if !in_angles => in_quotes = !in_quotes,
            b'<' if !in_quotes => in_angles = true,
            b'>' if !in_quotes => in_angles = false,
            _ if byte == separator && !in_quotes && !in_angles => {
                // The separator is ASCII, so slicing here stays on a char boundary.
                parts.push(&text[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&text[start..]);
    parts
}

/// Removes surrounding double quotes and backslash escapes; other text is returned as is.
pub fn unquote(text: &str) -> String {
    let text = text.trim();
    match text.strip_prefix('"').and_then(|t| t.strip_suffix('"')) {
        Some(inner) => {
            let mut out = String::with_capacity(inner.len());
            let mut chars = inner.chars();
            while let Some(c) = chars.next() {
                if c == '\\' {
                    out.extend(chars.next());
                } else {
                    out.push(c);
                }
            }
            out
        }
        None => text.to_string(),
    }
}

/// Quotes a display name or parameter value, escaping `"` and `\`.
pub fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        if c == '"' || c == '\\' {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_outside_quotes_and_angles() {
        let parts = split_outside_quotes(r#""a, b" <sip:x;y=1,2>, c;d="e,f", g"#, b',');
        assert_eq!(
            parts,
            vec![r#""a, b" <sip:x;y=1,2>"#, r#" c;d="e,f""#, " g"]
        );
        assert_eq!(
            split_outside_quotes(r#""a\", b", c"#, b','),
            vec![r#""a\", b""#, " c"]
        );
    }

    #[test]
    fn params_read_write_and_edit() {
        let mut params = Params::parse("tag=abc; lr ;Expires=60;q=\"x;y\"");
        assert_eq!(params.get("lr"), Some(None));
        assert_eq!(params.value("expires"), Some("60"));
        assert_eq!(params.value("q"), Some("\"x;y\""));
        assert_eq!(params.get("nope"), None);
        params.set("TAG", Some("z"));
        params.remove("lr");
        assert_eq!(params.to_string(), ";tag=z;Expires=60;q=\"x;y\"");
    }

    #[test]
    fn quoting_round_trips() {
        assert_eq!(
            unquote(&quote(r#"Bob "the" \ Agent"#)),
            r#"Bob "the" \ Agent"#
        );
        assert_eq!(unquote("plain"), "plain");
        assert_eq!(unquote("\""), "\"");
    }
}
