//! `name-addr` / `addr-spec` values with header parameters: From, To, Contact, Route and
//! Record-Route (RFC 3261 20.10, 20.20, 20.39).

use std::fmt;

use crate::error::ParseError;
use crate::params::{quote, unquote, Params};
use crate::uri::Uri;

/// `"Alice" <sip:alice@example.com>;tag=1928301774`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameAddr {
    /// The display name, unquoted.
    pub display: Option<String>,
    pub uri: Uri,
    /// Header parameters (after the `>`; for a bare URI, everything after its first `;`).
    pub params: Params,
}

impl NameAddr {
    pub fn new(uri: Uri) -> NameAddr {
        NameAddr {
            display: None,
            uri,
            params: Params::default(),
        }
    }

    pub fn parse(value: &str) -> Result<NameAddr, ParseError> {
        let value = value.trim();
        let display_end = if value.starts_with('"') {
            closing_quote(value).ok_or(ParseError::Value("unclosed display name"))? + 1
        } else {
            0
        };
        let after_display = &value[display_end..];
        let Some(open) = after_display.find('<') else {
            if display_end > 0 {
                return Err(ParseError::Value("display name without <uri>"));
            }
            // addr-spec form: URI parameters cannot be told from header parameters, and RFC
            // 3261 20.10 says they are header parameters.
            let (uri, params) = match value.split_once(';') {
                Some((uri, params)) => (uri, Params::parse(params)),
                None => (value, Params::default()),
            };
            return Ok(NameAddr::new(Uri::parse(uri)?).with_params(params));
        };
        let display = value[..display_end + open].trim();
        let rest = &after_display[open + 1..];
        let close = rest.find('>').ok_or(ParseError::Value("unclosed <uri>"))?;
        let params = rest[close + 1..].trim_start();
        let params = match params.strip_prefix(';') {
            Some(params) => Params::parse(params),
            None if params.is_empty() => Params::default(),
            None => return Err(ParseError::Value("text after <uri>")),
        };
        Ok(NameAddr {
            display: (!display.is_empty()).then(|| unquote(display)),
            uri: Uri::parse(&rest[..close])?,
            params,
        })
    }

    fn with_params(mut self, params: Params) -> NameAddr {
        self.params = params;
        self
    }

    pub fn tag(&self) -> Option<&str> {
        self.params.value("tag")
    }

    pub fn set_tag(&mut self, tag: &str) {
        self.params.set("tag", Some(tag));
    }

    /// The `expires` parameter of a Contact, in seconds.
    pub fn expires(&self) -> Option<u32> {
        self.params.value("expires").and_then(|s| s.parse().ok())
    }
}

/// Index of the quote closing the quoted string that starts `text`.
fn closing_quote(text: &str) -> Option<usize> {
    let mut escaped = false;
    for (i, byte) in text.bytes().enumerate().skip(1) {
        match byte {
            _ if escaped => escaped = false,
            b'\\' => escaped = true,
            b'"' => return Some(i),
            _ => {}
        }
    }
    None
}

/// Always writes the `<uri>` form, which is unambiguous whatever the URI holds.
impl fmt::Display for NameAddr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(display) = &self.display {
            write!(f, "{} ", quote(display))?;
        }
        write!(f, "<{}>{}", self.uri, self.params)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_forms_of_name_addr() {
        let from = NameAddr::parse(r#""Bob \"B\", Agent" <sip:bob@b.test;transport=ws>;tag=a73k"#)
            .unwrap();
        assert_eq!(from.display.as_deref(), Some(r#"Bob "B", Agent"#));
        assert_eq!(from.uri.params.value("transport"), Some("ws"));
        assert_eq!(from.tag(), Some("a73k"));
        let plain = NameAddr::parse("Alice <sip:alice@a.test>").unwrap();
        assert_eq!(
            (plain.display.as_deref(), plain.tag()),
            (Some("Alice"), None)
        );
        let bare = NameAddr::parse("sip:carol@c.test;tag=xyz;expires=60").unwrap();
        assert_eq!((bare.tag(), bare.expires()), (Some("xyz"), Some(60)));
        assert!(bare.uri.params.0.is_empty());
        let spaced = NameAddr::parse("  <sip:d@d.test> ; expires = 3600 ").unwrap();
        assert_eq!(spaced.expires(), Some(3600));
    }

    #[test]
    fn writes_and_reads_back() {
        let mut to = NameAddr::parse(r#""A \\ B" <sip:x@y.test>"#).unwrap();
        to.set_tag("t1");
        assert_eq!(to.to_string(), r#""A \\ B" <sip:x@y.test>;tag=t1"#);
        assert_eq!(NameAddr::parse(&to.to_string()).unwrap(), to);
    }

    #[test]
    fn rejects_malformed_values() {
        for bad in [
            "",
            "\"open <sip:a@b>",
            "\"name\" sip:a@b",
            "<sip:a@b",
            "<sip:a@b> junk",
            "<>",
            "*",
        ] {
            assert!(NameAddr::parse(bad).is_err(), "{bad:?}");
        }
    }
}
