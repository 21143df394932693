//! The authenticated caller of a request, taken from `Authorization: Bearer`, `?token=` or
//! `?accesskey=` (either query key takes a token or an access key, as VoIPBIN does).

use std::sync::Arc;

use axum::extract::{FromRef, FromRequestParts, Query};
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use serde::Deserialize;
use voipbin_protocol::{PERMISSION_ADMIN, PERMISSION_MANAGER, PERMISSION_SUPER_ADMIN};

use super::{AccountEntry, Auth};
use crate::clock::now_ms;
use crate::error::ApiError;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Credential {
    Token { jti: u64, expires_at_ms: i64 },
    AccessKey,
}

#[derive(Clone, Debug)]
pub struct Caller {
    pub username: String,
    pub agent_id: String,
    pub customer_id: String,
    pub permission: u64,
    pub credential: Credential,
}

impl Caller {
    pub fn from_account(account: &AccountEntry, credential: Credential) -> Caller {
        Caller {
            username: account.username.clone(),
            agent_id: account.agent_id.clone(),
            customer_id: account.customer_id.clone(),
            permission: account.permission,
            credential,
        }
    }

    pub fn is_super_admin(&self) -> bool {
        self.permission & PERMISSION_SUPER_ADMIN != 0
    }

    pub fn is_admin(&self) -> bool {
        self.permission & (PERMISSION_ADMIN | PERMISSION_SUPER_ADMIN) != 0
    }

    /// Admin or manager: may see the whole customer (REST lists, `customer_id:` topics).
    pub fn is_supervisor(&self) -> bool {
        self.permission & (PERMISSION_ADMIN | PERMISSION_MANAGER | PERMISSION_SUPER_ADMIN) != 0
    }

    /// `customer_id:<id>` topics: admin or manager of that customer, or a super-admin.
    pub fn may_watch_customer(&self, customer_id: &str) -> bool {
        self.is_super_admin() || (self.is_supervisor() && self.customer_id == customer_id)
    }

    /// `agent_id:<id>` topics: only the agent itself.
    pub fn may_watch_agent(&self, agent_id: &str) -> bool {
        self.agent_id == agent_id
    }

    pub fn require_supervisor(&self) -> Result<(), ApiError> {
        if self.is_supervisor() {
            Ok(())
        } else {
            Err(ApiError::forbidden("admin or manager permission required"))
        }
    }

    pub fn require_admin(&self) -> Result<(), ApiError> {
        if self.is_admin() {
            Ok(())
        } else {
            Err(ApiError::forbidden("admin permission required"))
        }
    }
}

#[derive(Deserialize)]
struct CredentialQuery {
    token: Option<String>,
    accesskey: Option<String>,
}

/// The credential string in a request, if any (header first, then `token`, then `accesskey`).
pub fn credential_of(parts: &Parts) -> Option<String> {
    if let Some(value) = parts
        .headers
        .get(AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
    {
        let value = value.trim();
        let bearer = value
            .strip_prefix("Bearer ")
            .or_else(|| value.strip_prefix("bearer "))
            .unwrap_or(value)
            .trim();
        if !bearer.is_empty() {
            return Some(bearer.to_owned());
        }
    }
    let query = Query::<CredentialQuery>::try_from_uri(&parts.uri).ok()?.0;
    query
        .token
        .filter(|t| !t.is_empty())
        .or(query.accesskey.filter(|k| !k.is_empty()))
}

/// Any router state that lends the accounts (the server's `AppState` does), so authenticating
/// a request needs nothing else of the server.
impl<S> FromRequestParts<S> for Caller
where
    S: Send + Sync,
    Arc<Auth>: FromRef<S>,
{
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let credential = credential_of(parts)
            .ok_or_else(|| ApiError::unauthenticated("missing token or access key"))?;
        Arc::<Auth>::from_ref(state)
            .authenticate(&credential, now_ms())
            .map_err(|e| ApiError::unauthenticated(e.to_string()))
    }
}
