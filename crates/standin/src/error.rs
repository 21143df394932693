//! The REST error envelope `{"error":{"status","reason","message","request_id"}}` (VoIPBIN's
//! shape), as one type that every handler returns.

use std::sync::atomic::{AtomicU64, Ordering};

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::json;

/// A failed request. `status`/`reason` are VoIPBIN's machine-readable strings.
#[derive(Debug, Clone)]
pub struct ApiError {
    pub http: StatusCode,
    pub status: &'static str,
    pub reason: &'static str,
    pub message: String,
}

/// The answer for a path no route takes (the router's fallback, and `--static` without a file).
pub async fn no_such_endpoint() -> ApiError {
    ApiError::not_found("no such endpoint")
}

impl ApiError {
    pub fn new(
        http: StatusCode,
        status: &'static str,
        reason: &'static str,
        message: impl Into<String>,
    ) -> ApiError {
        ApiError {
            http,
            status,
            reason,
            message: message.into(),
        }
    }

    /// 401: no credential, a bad signature, an expired or revoked token, an unknown access key.
    pub fn unauthenticated(message: impl Into<String>) -> ApiError {
        Self::new(
            StatusCode::UNAUTHORIZED,
            "UNAUTHENTICATED",
            "INVALID_CREDENTIALS",
            message,
        )
    }

    /// 403: authenticated but lacking the permission.
    pub fn forbidden(message: impl Into<String>) -> ApiError {
        Self::new(
            StatusCode::FORBIDDEN,
            "PERMISSION_DENIED",
            "MISSING_PERMISSION",
            message,
        )
    }

    pub fn bad_request(message: impl Into<String>) -> ApiError {
        Self::new(
            StatusCode::BAD_REQUEST,
            "INVALID_ARGUMENT",
            "INVALID_REQUEST",
            message,
        )
    }

    pub fn not_found(message: impl Into<String>) -> ApiError {
        Self::new(
            StatusCode::NOT_FOUND,
            "NOT_FOUND",
            "RESOURCE_NOT_FOUND",
            message,
        )
    }

    /// 409: the resource exists but is in the wrong state for the action.
    pub fn conflict(message: impl Into<String>) -> ApiError {
        Self::new(
            StatusCode::CONFLICT,
            "FAILED_PRECONDITION",
            "INVALID_STATE",
            message,
        )
    }

    pub fn unavailable(message: impl Into<String>) -> ApiError {
        Self::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "UNAVAILABLE",
            "SERVICE_RESTARTING",
            message,
        )
    }

    pub fn internal(message: impl Into<String>) -> ApiError {
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "INTERNAL",
            "INTERNAL_ERROR",
            message,
        )
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} {}: {}",
            self.http.as_u16(),
            self.status,
            self.message
        )
    }
}

impl std::error::Error for ApiError {}

/// Request ids only need to be unique within one server run, for matching logs to answers.
fn next_request_id() -> String {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    format!("standin-{n:08x}")
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let request_id = next_request_id();
        if self.http.is_server_error() {
            tracing::warn!(%request_id, status = self.status, message = %self.message, "request failed");
        } else {
            tracing::debug!(%request_id, status = self.status, message = %self.message, "request refused");
        }
        let body = json!({
            "error": {
                "status": self.status,
                "reason": self.reason,
                "message": self.message,
                "request_id": request_id,
            }
        });
        (self.http, Json(body)).into_response()
    }
}

pub type ApiResult<T> = Result<T, ApiError>;
