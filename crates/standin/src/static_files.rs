//! `--static DIR`: the built app at the same origin as the API (what `trunk serve`'s proxy does
//! in development), with the single-page app's routes answered by index.html. API paths keep
//! VoIPBIN's JSON 404.

use std::convert::Infallible;
use std::path::Path;

use axum::extract::Request;
use axum::response::{IntoResponse, Response};
use axum::routing::MethodRouter;
use tower::ServiceExt;
use tower_http::services::{ServeDir, ServeFile};

pub fn app(dir: &Path) -> MethodRouter {
    let files = ServeDir::new(dir).fallback(ServeFile::new(dir.join("index.html")));
    axum::routing::any(move |request: Request| {
        let files = files.clone();
        async move {
            let path = request.uri().path();
            if path.starts_with("/v1.0/") || path.starts_with("/auth/") {
                return Ok::<Response, Infallible>(crate::rest::not_found().await.into_response());
            }
            Ok(match files.oneshot(request).await {
                Ok(response) => response.into_response(),
                Err(never) => match never {},
            })
        }
    })
}
