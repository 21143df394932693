//! The HTTP client: base URL, credentials, VoIPBIN's error envelope and list paging.

use crate::t;
use gloo_net::http::{Method, RequestBuilder};
use serde::Serialize;
use serde_json::Value;
use std::fmt;
use voipbin_protocol::{Resource, ResourceKind};

/// How many pages of 100 a list follows before it stops: a bound, so a server that keeps
/// returning a next page token cannot keep the desk busy forever.
const MAX_PAGES: usize = 30;

/// How long one request may go unanswered. The browser's fetch has no limit of its own, and an
/// answer that never comes would leave a button busy or a resync running for good (a running
/// resync keeps the store's event marks alive, see `Store::begin_resync`).
const REQUEST_TIMEOUT_MS: u32 = 10_000;

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Credential {
    Token(String),
    AccessKey(String),
}

impl Credential {
    /// The query parameter VoIPBIN takes for this credential.
    pub fn query(&self) -> String {
        match self {
            Credential::Token(t) => format!("token={}", urlencode(t)),
            Credential::AccessKey(k) => format!("accesskey={}", urlencode(k)),
        }
    }

    pub fn secret(&self) -> &str {
        match self {
            Credential::Token(s) | Credential::AccessKey(s) => s,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum ApiError {
    /// The server could not be reached.
    Network(String),
    /// 401: the token is bad or expired; the user must sign in again.
    Unauthorized(String),
    /// 403: the user's permission does not allow this.
    Forbidden(String),
    /// 404 when the server does not offer an optional endpoint.
    NotFound(String),
    Status {
        code: u16,
        message: String,
    },
    Decode(String),
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ApiError::Network(m) => f.write_str(&t!("shell-error-network", detail = m.as_str())),
            ApiError::Unauthorized(m) => {
                f.write_str(&t!("shell-error-unauthorized", detail = m.as_str()))
            }
            ApiError::Forbidden(m) => {
                f.write_str(&t!("shell-error-forbidden", detail = m.as_str()))
            }
            ApiError::NotFound(m) => f.write_str(&t!("shell-error-not-found", detail = m.as_str())),
            ApiError::Status { code, message } => f.write_str(&t!(
                "shell-error-status",
                code = code.to_string(),
                detail = message.as_str()
            )),
            ApiError::Decode(m) => f.write_str(&t!("shell-error-decode", detail = m.as_str())),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Api {
    /// Scheme and host, e.g. `https://api.voipbin.net`, or empty for the page's own origin.
    pub base: String,
    pub credential: Option<Credential>,
}

impl Api {
    pub fn new(base: &str, credential: Option<Credential>) -> Self {
        Api {
            base: base.trim_end_matches('/').to_string(),
            credential,
        }
    }

    /// The full URL for a path, with the credential as VoIPBIN's query parameter.
    pub fn url(&self, path: &str) -> String {
        let mut url = format!("{}{}", self.base, path);
        if let Some(credential) = &self.credential {
            url.push(if path.contains('?') { '&' } else { '?' });
            url.push_str(&credential.query());
        }
        url
    }

    /// The event WebSocket's URL: same host, ws/wss scheme.
    pub fn websocket_url(&self, origin: &str) -> String {
        self.websocket_url_for(origin, "/v1.0/ws")
    }

    /// A WebSocket URL for `path` (which may carry a query) on the API's host, credential added.
    pub fn websocket_url_for(&self, origin: &str, path: &str) -> String {
        let base = if self.base.is_empty() {
            origin
        } else {
            &self.base
        };
        let ws_base = if let Some(rest) = base.strip_prefix("https://") {
            format!("wss://{rest}")
        } else if let Some(rest) = base.strip_prefix("http://") {
            format!("ws://{rest}")
        } else {
            base.to_string()
        };
        Api::new(&ws_base, self.credential.clone()).url(path)
    }

    pub async fn get(&self, path: &str) -> Result<Value, ApiError> {
        self.send::<()>(Method::GET, path, None).await
    }

    pub async fn post<B: Serialize>(&self, path: &str, body: &B) -> Result<Value, ApiError> {
        self.send(Method::POST, path, Some(body)).await
    }

    pub async fn put<B: Serialize>(&self, path: &str, body: &B) -> Result<Value, ApiError> {
        self.send(Method::PUT, path, Some(body)).await
    }

    pub async fn delete(&self, path: &str) -> Result<Value, ApiError> {
        self.send::<()>(Method::DELETE, path, None).await
    }

    async fn send<B: Serialize>(
        &self,
        method: Method,
        path: &str,
        body: Option<&B>,
    ) -> Result<Value, ApiError> {
        let answer = std::pin::pin!(self.exchange(method, path, body));
        let deadline = gloo_timers::future::TimeoutFuture::new(REQUEST_TIMEOUT_MS);
        match futures::future::select(answer, deadline).await {
            futures::future::Either::Left((answer, _)) => answer,
            futures::future::Either::Right(_) => Err(ApiError::Network(t!(
                "shell-error-timeout",
                seconds = REQUEST_TIMEOUT_MS / 1000
            ))),
        }
    }

    async fn exchange<B: Serialize>(
        &self,
        method: Method,
        path: &str,
        body: Option<&B>,
    ) -> Result<Value, ApiError> {
        let builder = RequestBuilder::new(&self.url(path)).method(method);
        let request = match body {
            Some(body) => builder.json(body),
            None => builder.build(),
        }
        .map_err(|e| ApiError::Network(e.to_string()))?;
        let response = request
            .send()
            .await
            .map_err(|e| ApiError::Network(e.to_string()))?;
        let status = response.status();
        let text = response
            .text()
            .await
            .map_err(|e| ApiError::Network(e.to_string()))?;
        if (200..300).contains(&status) {
            if text.trim().is_empty() {
                return Ok(Value::Null);
            }
            return serde_json::from_str(&text).map_err(|e| ApiError::Decode(e.to_string()));
        }
        Err(error_from_status(status, &text))
    }

    /// Every item of a VoIPBIN list (`{"result":[…],"next_page_token":…}`), following pages.
    /// Items that don't decode as `kind` are skipped and counted.
    pub async fn list(&self, path: &str, kind: ResourceKind) -> Result<Listed, ApiError> {
        let mut listed = Listed::default();
        let mut token = String::new();
        for _ in 0..MAX_PAGES {
            let sep = if path.contains('?') { '&' } else { '?' };
            let page_path = if token.is_empty() {
                format!("{path}{sep}page_size=100")
            } else {
                format!("{path}{sep}page_size=100&page_token={}", urlencode(&token))
            };
            let page = self.get(&page_path).await?;
            let items = match page.get("result") {
                Some(Value::Array(items)) => items.clone(),
                Some(Value::Null) | None => Vec::new(),
                Some(_) => return Err(ApiError::Decode("`result` is not a list".into())),
            };
            let count = items.len();
            for item in items {
                match Resource::from_json(&kind, item) {
                    Resource::Unknown { .. } => listed.skipped += 1,
                    resource => listed.items.push(resource),
                }
            }
            token = page
                .get("next_page_token")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string();
            if token.is_empty() || count == 0 {
                break;
            }
        }
        Ok(listed)
    }
}

#[derive(Debug, Default)]
pub struct Listed {
    pub items: Vec<Resource>,
    pub skipped: usize,
}

/// VoIPBIN's error envelope: `{"error":{"status","reason","message"}}`.
pub fn error_from_status(status: u16, body: &str) -> ApiError {
    let message = serde_json::from_str::<Value>(body)
        .ok()
        .and_then(|v| {
            let error = v.get("error")?;
            let text = error
                .get("message")
                .and_then(Value::as_str)
                .or_else(|| error.get("reason").and_then(Value::as_str))?;
            Some(text.to_string())
        })
        .unwrap_or_else(|| body.chars().take(200).collect());
    match status {
        401 => ApiError::Unauthorized(message),
        403 => ApiError::Forbidden(message),
        404 => ApiError::NotFound(message),
        code => ApiError::Status { code, message },
    }
}

pub fn urlencode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_voipbin_error_envelope() {
        let body = r#"{"error":{"status":"UNAUTHENTICATED","reason":"INVALID_CREDENTIALS","message":"token expired"}}"#;
        assert_eq!(
            error_from_status(401, body),
            ApiError::Unauthorized("token expired".into())
        );
        assert!(
            matches!(error_from_status(403, "not json"), ApiError::Forbidden(m) if m == "not json")
        );
    }

    #[test]
    fn builds_urls_for_both_credentials_and_origins() {
        let api = Api::new(
            "https://api.voipbin.net/",
            Some(Credential::Token("a b".into())),
        );
        assert_eq!(
            api.url("/v1.0/calls"),
            "https://api.voipbin.net/v1.0/calls?token=a%20b"
        );
        assert_eq!(
            api.websocket_url("http://ignored"),
            "wss://api.voipbin.net/v1.0/ws?token=a%20b"
        );
        let local = Api::new("", Some(Credential::AccessKey("k".into())));
        assert_eq!(
            local.url("/v1.0/queues?x=1"),
            "/v1.0/queues?x=1&accesskey=k"
        );
        assert_eq!(
            local.websocket_url("http://127.0.0.1:8080"),
            "ws://127.0.0.1:8080/v1.0/ws?accesskey=k"
        );
        assert_eq!(
            api.websocket_url_for(
                "http://ignored",
                "/v1.0/calls/c1/media_stream?encapsulation=sln"
            ),
            "wss://api.voipbin.net/v1.0/calls/c1/media_stream?encapsulation=sln&token=a%20b"
        );
    }
}
