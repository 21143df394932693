//! Where a webhook may go and how: only http(s) URLs, only the four methods VoIPBIN allows.
//!
//! Deployed VoIPBIN also refuses URLs that resolve to private or reserved addresses. The
//! stand-in does not: its receivers are local (tests, a developer's tool on 127.0.0.1), and it
//! only ever runs on a developer's machine, so there is no network to protect.

use reqwest::{Method, Url};

/// A checked destination.
#[derive(Clone, Debug)]
pub struct Target {
    pub url: Url,
    pub method: Method,
}

/// Parses the customer's webhook settings; the error says why delivery is refused.
pub fn resolve(uri: &str, method: &str) -> Result<Target, String> {
    let url = Url::parse(uri.trim()).map_err(|e| format!("refused: invalid webhook_uri: {e}"))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(format!(
            "refused: scheme {:?} is not http or https",
            url.scheme()
        ));
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err("refused: webhook_uri has no host".to_owned());
    }
    let method = match method.trim().to_ascii_uppercase().as_str() {
        // VoIPBIN's default when the customer never chose one.
        "" | "POST" => Method::POST,
        "PUT" => Method::PUT,
        "GET" => Method::GET,
        "DELETE" => Method::DELETE,
        other => {
            return Err(format!(
                "refused: webhook_method {other:?} is not POST, PUT, GET or DELETE"
            ))
        }
    };
    Ok(Target { url, method })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_http_and_https_with_the_four_methods() {
        for (uri, method, want) in [
            ("http://127.0.0.1:8080/hook", "post", "POST"),
            ("https://example.com/x?y=1", "PUT", "PUT"),
            ("http://localhost/", "get", "GET"),
            ("http://[::1]:9/", "DELETE", "DELETE"),
            ("http://example.com", "", "POST"),
        ] {
            let t = resolve(uri, method).unwrap();
            assert_eq!(t.method.as_str(), want);
        }
    }

    #[test]
    fn refuses_other_schemes_methods_and_garbage() {
        for (uri, method) in [
            ("ftp://example.com/", "POST"),
            ("file:///etc/passwd", "POST"),
            ("javascript:alert(1)", "POST"),
            ("not a url", "POST"),
            ("http://example.com/", "PATCH"),
        ] {
            assert!(
                resolve(uri, method).unwrap_err().starts_with("refused"),
                "{uri} {method}"
            );
        }
    }
}
