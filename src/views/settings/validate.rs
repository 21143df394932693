//! The webhook rules VoIPBIN applies, checked before saving so the admin sees what is wrong next
//! to the field instead of a server error. Problems are kept as what is wrong and put in words
//! when shown, so the words follow the language.

use crate::t;

pub const METHODS: [&str; 4] = ["POST", "PUT", "GET", "DELETE"];

/// A valid webhook setting, normalised (trimmed URI, upper-case method).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WebhookSetting {
    pub uri: String,
    pub method: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WebhookErrors {
    pub uri: Option<UriProblem>,
    pub method: Option<MethodProblem>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MethodProblem {
    Missing,
    /// The method typed, upper-cased.
    NotAllowed(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UriProblem {
    /// A scheme other than http or https, as typed.
    OtherScheme(String),
    NoScheme,
    UpperCaseScheme,
    Spaces,
    TooLong,
    NoHost,
}

/// The longest address VoIPBIN keeps.
const MAX_URI: usize = 2048;

impl MethodProblem {
    pub fn message(&self) -> String {
        match self {
            MethodProblem::Missing => t!("page-webhook-method-missing"),
            MethodProblem::NotAllowed(method) => {
                t!("page-webhook-method-not-allowed", method = method.as_str())
            }
        }
    }
}

impl UriProblem {
    pub fn message(&self) -> String {
        match self {
            UriProblem::OtherScheme(scheme) => {
                t!("page-webhook-uri-other-scheme", scheme = scheme.as_str())
            }
            UriProblem::NoScheme => t!("page-webhook-uri-no-scheme"),
            UriProblem::UpperCaseScheme => t!("page-webhook-uri-upper-case"),
            UriProblem::Spaces => t!("page-webhook-uri-spaces"),
            UriProblem::TooLong => t!("page-webhook-uri-too-long", max = MAX_URI),
            UriProblem::NoHost => t!("page-webhook-uri-no-host"),
        }
    }
}

/// An empty URI turns delivery off (any valid method, or none, may stay).
pub fn validate(uri: &str, method: &str) -> Result<WebhookSetting, WebhookErrors> {
    let uri = uri.trim();
    let method = method.trim().to_ascii_uppercase();
    let mut errors = WebhookErrors::default();
    let disabled_without_method = method.is_empty() && uri.is_empty();
    if !disabled_without_method && !METHODS.contains(&method.as_str()) {
        errors.method = Some(if method.is_empty() {
            MethodProblem::Missing
        } else {
            MethodProblem::NotAllowed(method.clone())
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

fn uri_problem(uri: &str) -> Option<UriProblem> {
    let lower = uri.to_ascii_lowercase();
    let rest = if lower.starts_with("https://") {
        uri.get(8..).unwrap_or_default()
    } else if lower.starts_with("http://") {
        uri.get(7..).unwrap_or_default()
    } else if let Some((scheme, _)) = uri.split_once("://") {
        return Some(UriProblem::OtherScheme(scheme.to_string()));
    } else {
        return Some(UriProblem::NoScheme);
    };
    if !uri.starts_with("http") {
        return Some(UriProblem::UpperCaseScheme);
    }
    if uri.chars().any(char::is_whitespace) {
        return Some(UriProblem::Spaces);
    }
    if uri.len() > MAX_URI {
        return Some(UriProblem::TooLong);
    }
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host_ok = !host.is_empty()
        && !host.contains('@')
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']' | '_'));
    if !host_ok {
        return Some(UriProblem::NoHost);
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
        assert_eq!(
            uri_error("ftp://files.example.com"),
            Some(UriProblem::OtherScheme("ftp".into()))
        );
        assert_eq!(uri_error("hooks.example.com"), Some(UriProblem::NoScheme));
        assert_eq!(uri_error("https://"), Some(UriProblem::NoHost));
        assert_eq!(uri_error("https://a b.example"), Some(UriProblem::Spaces));
        assert_eq!(
            uri_error("https://user@host.example"),
            Some(UriProblem::NoHost)
        );
        assert_eq!(
            uri_error("HTTPS://host.example"),
            Some(UriProblem::UpperCaseScheme),
            "the server wants lower case"
        );
        assert_eq!(
            uri_error(&format!("https://h.example/{}", "a".repeat(2100))),
            Some(UriProblem::TooLong)
        );
    }

    #[test]
    fn rejects_other_methods() {
        let e = validate("https://h.example", "patch")
            .err()
            .unwrap_or_default();
        assert_eq!(e.method, Some(MethodProblem::NotAllowed("PATCH".into())));
        assert_eq!(e.uri, None);
        let e = validate("https://h.example", "").err().unwrap_or_default();
        assert_eq!(e.method, Some(MethodProblem::Missing));
    }
}
