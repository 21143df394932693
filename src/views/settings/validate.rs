//! The webhook rules VoIPBIN applies, checked before saving so the admin sees what is wrong next
//! to the field instead of a server error.

pub const METHODS: [&str; 4] = ["POST", "PUT", "GET", "DELETE"];

/// A valid webhook setting, normalised (trimmed URI, upper-case method).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WebhookSetting {
    pub uri: String,
    pub method: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WebhookErrors {
    pub uri: Option<String>,
    pub method: Option<String>,
}

/// An empty URI turns delivery off (any valid method, or none, may stay).
pub fn validate(uri: &str, method: &str) -> Result<WebhookSetting, WebhookErrors> {
    let uri = uri.trim();
    let method = method.trim().to_ascii_uppercase();
    let mut errors = WebhookErrors::default();
    let disabled_without_method = method.is_empty() && uri.is_empty();
    if !disabled_without_method && !METHODS.contains(&method.as_str()) {
        errors.method = Some(if method.is_empty() {
            "Choose a method: POST, PUT, GET or DELETE.".into()
        } else {
            format!("“{method}” is not allowed: use POST, PUT, GET or DELETE.")
        });
    }
    if !uri.is_empty() {
        errors.uri = uri_problem(uri);
    }
    if errors == WebhookErrors::default() {
        Ok(WebhookSetting {
            uri: uri.to_string(),
            method,
        })
    } else {
        Err(errors)
    }
}

fn uri_problem(uri: &str) -> Option<String> {
    let lower = uri.to_ascii_lowercase();
    let rest = if lower.starts_with("https://") {
        uri.get(8..).unwrap_or_default()
    } else if lower.starts_with("http://") {
        uri.get(7..).unwrap_or_default()
    } else if let Some((scheme, _)) = uri.split_once("://") {
        return Some(format!(
            "VoIPBIN only delivers over http or https, not {scheme}://."
        ));
    } else {
        return Some("Enter a full address starting with https:// (or http://).".into());
    };
    if !uri.starts_with("http") {
        return Some("Write the scheme in lower case: https:// or http://.".into());
    }
    if uri.chars().any(char::is_whitespace) {
        return Some("The address must not contain spaces.".into());
    }
    if uri.len() > 2048 {
        return Some("The address is too long (2,048 characters at most).".into());
    }
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host_ok = !host.is_empty()
        && !host.contains('@')
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']' | '_'));
    if !host_ok {
        return Some("The address needs a host name, e.g. https://example.com/voipbin.".into());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(uri: &str, method: &str) -> Option<(String, String)> {
        validate(uri, method).ok().map(|s| (s.uri, s.method))
    }

    #[test]
    fn accepts_http_and_https_with_the_four_methods() {
        assert_eq!(
            ok(" https://hooks.example.com/voipbin ", "post"),
            Some(("https://hooks.example.com/voipbin".into(), "POST".into()))
        );
        for m in METHODS {
            assert!(ok("http://127.0.0.1:5000/hook?x=1", m).is_some(), "{m}");
        }
        assert!(ok("https://[::1]:8443/h", "PUT").is_some());
    }

    #[test]
    fn empty_uri_disables_delivery() {
        assert_eq!(ok("", "POST"), Some((String::new(), "POST".into())));
        assert_eq!(ok("", ""), Some((String::new(), String::new())));
        assert!(
            validate("", "PATCH").is_err(),
            "a bad method is still wrong"
        );
    }

    #[test]
    fn rejects_other_schemes_and_bad_addresses() {
        let uri_error = |uri: &str| validate(uri, "POST").err().and_then(|e| e.uri);
        assert!(uri_error("ftp://files.example.com").is_some_and(|e| e.contains("ftp://")));
        assert!(uri_error("hooks.example.com").is_some_and(|e| e.contains("https://")));
        assert!(uri_error("https://").is_some());
        assert!(uri_error("https://a b.example").is_some());
        assert!(uri_error("https://user@host.example").is_some());
        assert!(
            uri_error("HTTPS://host.example").is_some(),
            "the server wants lower case"
        );
        assert!(uri_error(&format!("https://h.example/{}", "a".repeat(2100))).is_some());
    }

    #[test]
    fn rejects_other_methods() {
        let e = validate("https://h.example", "patch")
            .err()
            .unwrap_or_default();
        assert!(e.method.is_some_and(|m| m.contains("PATCH")));
        assert_eq!(e.uri, None);
        let e = validate("https://h.example", "").err().unwrap_or_default();
        assert!(e.method.is_some());
    }
}
