//! The header section: an ordered list of `(name, value)` lines with case-insensitive lookup,
//! compact forms expanded, comma lists split, and typed accessors for what a UA reads.

use crate::digest::Challenge;
use crate::method::CSeq;
use crate::name_addr::NameAddr;
use crate::params::split_outside_quotes;
use crate::via::Via;

/// Compact header names (RFC 3261 7.3.3 and later RFCs) and their full forms.
const COMPACT: [(&str, &str); 12] = [
    ("v", "Via"),
    ("f", "From"),
    ("t", "To"),
    ("i", "Call-ID"),
    ("m", "Contact"),
    ("l", "Content-Length"),
    ("c", "Content-Type"),
    ("k", "Supported"),
    ("s", "Subject"),
    ("e", "Content-Encoding"),
    ("o", "Event"),
    ("x", "Session-Expires"),
];

/// The full name for a compact one (`v` → `Via`); other names unchanged.
pub fn full_name(name: &str) -> &str {
    COMPACT
        .iter()
        .find(|(compact, _)| compact.eq_ignore_ascii_case(name))
        .map_or(name, |(_, full)| full)
}

/// Headers in message order. Names are stored in full form as received (compact forms
/// expanded); lookups ignore case.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Headers(pub Vec<(String, String)>);

impl Headers {
    /// Appends a header line (a compact name is expanded).
    pub fn push(&mut self, name: &str, value: impl Into<String>) {
        self.0.push((full_name(name).to_string(), value.into()));
    }

    /// Replaces every line of `name` with one line holding `value`, where the first one was.
    pub fn set(&mut self, name: &str, value: impl Into<String>) {
        let name = full_name(name);
        let position = self
            .0
            .iter()
            .position(|(n, _)| n.eq_ignore_ascii_case(name));
        self.remove(name);
        let at = position.unwrap_or(self.0.len()).min(self.0.len());
        self.0.insert(at, (name.to_string(), value.into()));
    }

    /// Inserts a line before all others of any name (a new top Via).
    pub fn push_front(&mut self, name: &str, value: impl Into<String>) {
        self.0
            .insert(0, (full_name(name).to_string(), value.into()));
    }

    pub fn remove(&mut self, name: &str) {
        let name = full_name(name);
        self.0.retain(|(n, _)| !n.eq_ignore_ascii_case(name));
    }

    /// The value of the first line called `name`.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.all(name).next()
    }

    /// Every line called `name`, in order (not split on commas).
    pub fn all<'a>(&'a self, name: &str) -> impl Iterator<Item = &'a str> + 'a {
        let name = full_name(name).to_string();
        self.0
            .iter()
            .filter(move |(n, _)| n.eq_ignore_ascii_case(&name))
            .map(|(_, v)| v.as_str())
    }

    /// Every comma-separated value of `name` across all its lines, for list headers such as
    /// Via, Contact, Route and Record-Route. Commas inside quotes or `<>` do not split.
    pub fn list<'a>(&'a self, name: &str) -> Vec<&'a str> {
        self.all(name)
            .flat_map(|line| split_outside_quotes(line, b','))
            .map(str::trim)
            .filter(|value| !value.is_empty())
            .collect()
    }

    /// Every Via, top first. None if any is unreadable (a response must not be matched on a
    /// guess).
    pub fn vias(&self) -> Option<Vec<Via>> {
        self.list("Via")
            .into_iter()
            .map(|v| Via::parse(v).ok())
            .collect()
    }

    pub fn top_via(&self) -> Option<Via> {
        self.list("Via").first().and_then(|v| Via::parse(v).ok())
    }

    pub fn from(&self) -> Option<NameAddr> {
        self.get("From").and_then(|v| NameAddr::parse(v).ok())
    }

    pub fn to(&self) -> Option<NameAddr> {
        self.get("To").and_then(|v| NameAddr::parse(v).ok())
    }

    pub fn call_id(&self) -> Option<&str> {
        self.get("Call-ID")
            .map(str::trim)
            .filter(|id| !id.is_empty())
    }

    pub fn cseq(&self) -> Option<CSeq> {
        self.get("CSeq").and_then(|v| CSeq::parse(v).ok())
    }

    /// Contact values; `*` and unreadable ones are skipped.
    pub fn contacts(&self) -> Vec<NameAddr> {
        self.name_addrs("Contact")
    }

    pub fn routes(&self) -> Vec<NameAddr> {
        self.name_addrs("Route")
    }

    pub fn record_routes(&self) -> Vec<NameAddr> {
        self.name_addrs("Record-Route")
    }

    fn name_addrs(&self, name: &str) -> Vec<NameAddr> {
        self.list(name)
            .into_iter()
            .filter_map(|v| NameAddr::parse(v).ok())
            .collect()
    }

    /// The Expires header, in seconds.
    pub fn expires(&self) -> Option<u32> {
        self.number("Expires")
    }

    pub fn max_forwards(&self) -> Option<u32> {
        self.number("Max-Forwards")
    }

    pub fn content_length(&self) -> Option<usize> {
        self.get("Content-Length")
            .and_then(|v| v.trim().parse().ok())
    }

    fn number(&self, name: &str) -> Option<u32> {
        self.get(name).and_then(|v| v.trim().parse().ok())
    }

    /// The media type of the body, lower-cased and without parameters (`application/sdp`).
    pub fn content_type(&self) -> Option<String> {
        let value = self.get("Content-Type")?;
        let media = value.split(';').next().unwrap_or_default().trim();
        (!media.is_empty()).then(|| media.to_ascii_lowercase())
    }

    /// Digest challenges from WWW-Authenticate (401) lines; unreadable ones are skipped.
    pub fn www_authenticate(&self) -> Vec<Challenge> {
        self.challenges("WWW-Authenticate")
    }

    /// Digest challenges from Proxy-Authenticate (407) lines.
    pub fn proxy_authenticate(&self) -> Vec<Challenge> {
        self.challenges("Proxy-Authenticate")
    }

    // One challenge per line: the Digest parameters themselves contain commas.
    fn challenges(&self, name: &str) -> Vec<Challenge> {
        self.all(name)
            .filter_map(|v| Challenge::parse(v).ok())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Headers {
        let mut headers = Headers::default();
        headers.push(
            "v",
            "SIP/2.0/WSS a.invalid;branch=z9hG4bK1, SIP/2.0/UDP b.test:5060;branch=z9hG4bK2",
        );
        headers.push("VIA", "SIP/2.0/TCP c.test;branch=z9hG4bK3");
        headers.push(
            "m",
            r#""A, B" <sip:a@a.test;ob>;expires=300, <sip:b@b.test>"#,
        );
        headers.push("i", " abc@host ");
        headers.push("c", "Application/SDP; charset=utf-8");
        headers.push("Expires", "3600");
        headers.push(
            "www-authenticate",
            r#"Digest realm="r", nonce="n1", qop="auth""#,
        );
        headers.push("WWW-Authenticate", r#"Digest realm="r", nonce="n2""#);
        headers
    }

    #[test]
    fn compact_names_and_case_insensitive_lookup() {
        let headers = sample();
        assert_eq!(headers.0[0].0, "Via");
        assert_eq!(headers.call_id(), Some("abc@host"));
        assert_eq!(headers.get("CALL-id"), Some(" abc@host "));
        assert_eq!(headers.content_type().as_deref(), Some("application/sdp"));
        assert_eq!(headers.expires(), Some(3600));
        assert_eq!(headers.max_forwards(), None);
    }

    #[test]
    fn lists_split_across_lines_and_commas() {
        let headers = sample();
        let vias = headers.vias().unwrap();
        let branches: Vec<_> = vias
            .iter()
            .map(|v| v.branch().unwrap_or_default())
            .collect();
        assert_eq!(branches, ["z9hG4bK1", "z9hG4bK2", "z9hG4bK3"]);
        let contacts = headers.contacts();
        assert_eq!(contacts.len(), 2);
        assert_eq!(contacts[0].display.as_deref(), Some("A, B"));
        assert_eq!(contacts[0].expires(), Some(300));
        let nonces: Vec<_> = headers
            .www_authenticate()
            .into_iter()
            .map(|c| c.nonce)
            .collect();
        assert_eq!(nonces, ["n1", "n2"]);
    }

    #[test]
    fn set_replaces_in_place_and_remove_uses_full_names() {
        let mut headers = sample();
        headers.set("l", "5");
        headers.set("Expires", "60");
        assert_eq!(headers.all("expires").collect::<Vec<_>>(), ["60"]);
        assert_eq!(headers.0[5], ("Expires".to_string(), "60".to_string()));
        headers.remove("v");
        assert!(headers.vias().unwrap().is_empty());
        assert_eq!(headers.content_length(), Some(5));
    }
}
