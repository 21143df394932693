//! The customer account and its webhook settings.

use super::{Api, ApiError};
use voipbin_protocol::{Customer, Resource, ResourceKind};

pub async fn customer(api: &Api) -> Result<Customer, ApiError> {
    match Resource::from_json(&ResourceKind::Customer, api.get("/v1.0/customer").await?) {
        Resource::Customer(c) => Ok(c),
        _ => Err(ApiError::Decode(crate::t!("shell-error-not-customer"))),
    }
}

/// `PUT /v1.0/customer` needs every field: the others are sent back as they are.
pub async fn update_webhook(
    api: &Api,
    current: &Customer,
    uri: &str,
    method: &str,
) -> Result<Customer, ApiError> {
    let body = serde_json::json!({
        "name": current.name,
        "detail": current.detail,
        "email": current.email,
        "phone_number": current.phone_number,
        "address": current.address,
        "webhook_method": method,
        "webhook_uri": uri,
    });
    match Resource::from_json(
        &ResourceKind::Customer,
        api.put("/v1.0/customer", &body).await?,
    ) {
        Resource::Customer(c) => Ok(c),
        _ => Err(ApiError::Decode(crate::t!("shell-error-not-customer"))),
    }
}
