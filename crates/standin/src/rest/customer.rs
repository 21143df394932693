//! `GET /v1.0/customer` (the webhook secret only for admins and managers) and
//! `PUT /v1.0/customer` (admins; every field required and validated).

use axum::extract::State;
use axum::Json;
use serde_json::{Map, Value};
use voipbin_protocol::Customer;

use super::JsonBody;
use crate::auth::Caller;
use crate::error::{ApiError, ApiResult};
use crate::sim::CustomerUpdate;
use crate::state::AppState;

pub async fn get(State(state): State<AppState>, caller: Caller) -> ApiResult<Json<Customer>> {
    let mut customer = state.sim().customer().clone();
    if !caller.is_supervisor() {
        customer.webhook_secret.clear();
    }
    Ok(Json(customer))
}

pub async fn put(
    State(state): State<AppState>,
    caller: Caller,
    JsonBody(body): JsonBody<Value>,
) -> ApiResult<Json<Customer>> {
    caller.require_admin()?;
    let update = parse_update(&body)?;
    let customer = state.act(|sim, now| Ok(sim.update_customer(update, now)?))?;
    state.refresh_webhook(&customer);
    Ok(Json(customer))
}

const METHODS: &[&str] = &["POST", "PUT", "GET", "DELETE"];

/// All seven fields must be strings; the webhook pair must make sense together.
pub fn parse_update(body: &Value) -> ApiResult<CustomerUpdate> {
    let object = body
        .as_object()
        .ok_or_else(|| ApiError::bad_request("body must be a JSON object"))?;
    let update = CustomerUpdate {
        name: field(object, "name")?,
        detail: field(object, "detail")?,
        email: field(object, "email")?,
        phone_number: field(object, "phone_number")?,
        address: field(object, "address")?,
        webhook_method: field(object, "webhook_method")?,
        webhook_uri: field(object, "webhook_uri")?,
    };
    validate_webhook(&update.webhook_uri, &update.webhook_method)?;
    Ok(update)
}

fn field(object: &Map<String, Value>, key: &str) -> ApiResult<String> {
    match object.get(key) {
        Some(Value::String(s)) => Ok(s.clone()),
        Some(_) => Err(ApiError::bad_request(format!("{key} must be a string"))),
        None => Err(ApiError::bad_request(format!("{key} is required"))),
    }
}

fn validate_webhook(uri: &str, method: &str) -> ApiResult<()> {
    if uri.is_empty() {
        if method.is_empty() || METHODS.contains(&method) {
            return Ok(());
        }
        return Err(ApiError::bad_request(
            "webhook_method must be POST, PUT, GET, DELETE or empty",
        ));
    }
    if !METHODS.contains(&method) {
        return Err(ApiError::bad_request(
            "webhook_method must be POST, PUT, GET or DELETE when webhook_uri is set",
        ));
    }
    let rest = uri
        .strip_prefix("https://")
        .or_else(|| uri.strip_prefix("http://"))
        .ok_or_else(|| ApiError::bad_request("webhook_uri must be an http or https URL"))?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host_ok = !host.is_empty()
        && !host.contains('@')
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']' | '_'));
    if !host_ok || uri.chars().any(char::is_whitespace) || uri.len() > 2048 {
        return Err(ApiError::bad_request("webhook_uri is not a valid URL"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn body(uri: &str, method: &str) -> Value {
        json!({"name":"n","detail":"d","email":"a@b","phone_number":"","address":"","webhook_method":method,"webhook_uri":uri})
    }

    #[test]
    fn webhook_rules() {
        assert!(parse_update(&body("", "")).is_ok());
        assert!(parse_update(&body("", "POST")).is_ok());
        assert!(parse_update(&body("https://x.example/hook", "POST")).is_ok());
        assert!(parse_update(&body("http://127.0.0.1:5000/voipbin/webhook", "PUT")).is_ok());
        assert!(parse_update(&body("https://x.example/hook", "")).is_err());
        assert!(parse_update(&body("https://x.example/hook", "PATCH")).is_err());
        assert!(parse_update(&body("ftp://x.example", "POST")).is_err());
        assert!(parse_update(&body("https://", "POST")).is_err());
        assert!(parse_update(&body("https://a b", "POST")).is_err());
        assert!(parse_update(&body("", "post")).is_err());
    }

    #[test]
    fn every_field_required() {
        let full = body("", "");
        for key in [
            "name",
            "detail",
            "email",
            "phone_number",
            "address",
            "webhook_method",
            "webhook_uri",
        ] {
            let mut partial = full.clone();
            partial.as_object_mut().unwrap().remove(key);
            assert!(parse_update(&partial).is_err(), "{key}");
            let mut wrong = full.clone();
            wrong[key] = json!(5);
            assert!(parse_update(&wrong).is_err(), "{key}");
        }
        assert!(parse_update(&json!([])).is_err());
    }
}
