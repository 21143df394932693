//! `--static DIR`: the built app at the same origin as the API (what `trunk serve`'s proxy does
//! in development), with the single-page app's routes answered by index.html. API paths keep
//! VoIPBIN's JSON 404.
//!
//! Served as any static host should serve a release: files whose names carry a content hash
//! (`name-<16 hex>.ext`, `name-<16 hex>_bg.wasm`) are immutable for a year, everything else
//! (index.html above all) is revalidated on every load, and a `.br` or `.gz` sibling is sent
//! when the browser accepts it. Tests can make the server refuse files (`/v1.0/sim/static`).

use std::convert::Infallible;
use std::path::Path;
use std::sync::{Arc, PoisonError, RwLock};

use axum::extract::Request;
use axum::http::header::{CACHE_CONTROL, VARY};
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::MethodRouter;
use tower::ServiceExt;
use tower_http::services::{ServeDir, ServeFile};

const IMMUTABLE: &str = "public, max-age=31536000, immutable";
const REVALIDATE: &str = "no-cache";

/// File-name prefixes the server answers 503 for (tests of a page whose chunk cannot load).
pub type Refusals = Arc<RwLock<Vec<String>>>;

pub fn app(dir: &Path, refusals: Refusals) -> MethodRouter {
    let index = ServeFile::new(dir.join("index.html"))
        .precompressed_br()
        .precompressed_gzip();
    let files = ServeDir::new(dir)
        .precompressed_br()
        .precompressed_gzip()
        .fallback(index);
    axum::routing::any(move |request: Request| {
        let files = files.clone();
        let refusals = Arc::clone(&refusals);
        async move {
            let path = request.uri().path().to_owned();
            if path.starts_with("/v1.0/") || path.starts_with("/auth/") {
                return Ok::<Response, Infallible>(
                    crate::error::no_such_endpoint().await.into_response(),
                );
            }
            let file_name = path.rsplit('/').next().unwrap_or_default();
            if is_refused(&refusals, file_name) {
                return Ok(StatusCode::SERVICE_UNAVAILABLE.into_response());
            }
            let mut response = match files.oneshot(request).await {
                Ok(response) => response.into_response(),
                Err(never) => match never {},
            };
            if response.status().is_success() || response.status() == StatusCode::NOT_MODIFIED {
                let headers = response.headers_mut();
                let cache = if is_hashed(file_name) {
                    IMMUTABLE
                } else {
                    REVALIDATE
                };
                headers.insert(CACHE_CONTROL, HeaderValue::from_static(cache));
                headers.insert(VARY, HeaderValue::from_static("accept-encoding"));
            }
            Ok(response)
        }
    })
}

fn is_refused(refusals: &Refusals, file_name: &str) -> bool {
    !file_name.is_empty()
        && refusals
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .iter()
            .any(|prefix| file_name.starts_with(prefix.as_str()))
}

/// A content-hashed name, as trunk and scripts/split-build write them: a `-`, the hash in hex,
/// then the extension or `_bg`. trunk writes its u64 hash with `{:x}` (pipelines/mod.rs), so a
/// hash that starts with zeros is shorter than 16 digits; 12 or more are taken as a hash (a
/// shorter one is a 1-in-a-million case and is only revalidated).
pub fn is_hashed(file_name: &str) -> bool {
    let bytes = file_name.as_bytes();
    bytes.iter().enumerate().any(|(dash, &b)| {
        b == b'-' && {
            let digits = bytes[dash + 1..]
                .iter()
                .take_while(|b| b.is_ascii_hexdigit())
                .count();
            (12..=16).contains(&digits) && matches!(bytes.get(dash + 1 + digits), Some(b'.' | b'_'))
        }
    })
}

#[cfg(test)]
mod tests {
    use super::is_hashed;

    #[test]
    fn hashed_names_are_those_with_hex_digits_before_the_extension() {
        assert!(is_hashed("voipbin-desk-0123456789abcdef.js"));
        assert!(is_hashed("voipbin-desk-0123456789abcdef_bg.wasm"));
        assert!(is_hashed("split_dashboard-fedcba9876543210.wasm.br"));
        assert!(!is_hashed("index.html"));
        assert!(!is_hashed("favicon.svg"));
        assert!(!is_hashed("voipbin-desk-0123456789abcdeg.js"));
        assert!(!is_hashed("voipbin-desk-0123456789abcdef0.js"));
        assert!(!is_hashed("logo-cafe.svg"));
    }

    /// trunk's `{:x}` drops a hash's leading zeros: `desk-7f8e504557ca6b8.css` was revalidated
    /// on every reload.
    #[test]
    fn a_hash_with_leading_zeros_dropped_is_still_a_hash() {
        assert!(is_hashed("desk-7f8e504557ca6b8.css"));
        assert!(is_hashed("desk-7f8e504557ca6b8.css.br"));
        assert!(is_hashed("voipbin-desk-0123456789abc.js"));
    }
}
