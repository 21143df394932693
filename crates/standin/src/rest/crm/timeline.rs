//! The contact's timeline: `contact_interactions` (server/service_agents_contact_interactions.go:
//! at most one filter; none means the customer's history over `since=<N>d`, default 30d, at
//! most 180d; only calls and conversation messages) and `contact_peer_events`
//! (service_agents_contact_peer_events.go: exactly one of contact_id or peer_type+peer_target).

use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::Json;
use serde::Deserialize;
use serde_json::Value;
use voipbin_protocol::crm::{normalize_email, normalize_phone, PeerEvent};
use voipbin_protocol::{format_timestamp_ms, Address};

use super::super::paging::PageQuery;
use super::wire;
use crate::auth::Caller;
use crate::clock::now_ms;
use crate::crm::Crm;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

const DAY_MS: i64 = 24 * 3_600_000;
const MAX_SINCE_DAYS: i64 = 180;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct TimelineQuery {
    contact_id: String,
    address_id: String,
    peer_type: String,
    peer_target: String,
    since: String,
    page_size: Option<String>,
    page_token: Option<String>,
}

impl TimelineQuery {
    fn paging(&self) -> PageQuery {
        PageQuery {
            page_size: self.page_size.clone(),
            page_token: self.page_token.clone(),
        }
    }

    fn has_peer(&self) -> bool {
        !self.peer_type.is_empty() || !self.peer_target.is_empty()
    }
}

fn invalid(reason: &'static str, message: &str) -> ApiError {
    ApiError::new(StatusCode::BAD_REQUEST, "INVALID_ARGUMENT", reason, message)
}

fn invalid_filter(message: &str) -> ApiError {
    invalid("INVALID_FILTER", message)
}

/// The contact's distinct addresses (servicehandler/contact_peer_event.go).
fn contact_peers(crm: &Crm, contact_id: &str) -> ApiResult<Vec<Address>> {
    let contact = crm.contact(contact_id)?;
    let mut peers: Vec<Address> = Vec::new();
    for a in &contact.addresses {
        if !peers
            .iter()
            .any(|p| p.r#type == a.r#type && p.target == a.target)
        {
            peers.push(Address::new(&a.r#type, &a.target));
        }
    }
    Ok(peers)
}

/// `<N>d`, 1 to 180.
fn since_days(since: &str) -> ApiResult<i64> {
    let text = if since.is_empty() { "30d" } else { since };
    let days = text.strip_suffix('d').ok_or_else(|| {
        invalid(
            "INVALID_SINCE",
            "The 'since' parameter must be in the format '<N>d' (e.g. '7d', '30d').",
        )
    })?;
    match days.parse::<i64>() {
        Ok(n) if n > MAX_SINCE_DAYS => Err(invalid(
            "INVALID_SINCE",
            "The 'since' parameter must be at most 180d.",
        )),
        Ok(n) if n > 0 => Ok(n),
        _ => Err(invalid(
            "INVALID_SINCE",
            "The 'since' parameter must be a positive number of days (e.g. '7d').",
        )),
    }
}

fn listed(rows: Vec<PeerEvent>, query: &TimelineQuery) -> ApiResult<Json<Value>> {
    wire::crm_page(
        rows.iter().map(wire::listed_event).collect(),
        &query.paging(),
    )
}

pub async fn interactions(
    State(state): State<AppState>,
    _caller: Caller,
    Query(query): Query<TimelineQuery>,
) -> ApiResult<Json<Value>> {
    let filters = [
        query.has_peer(),
        !query.contact_id.is_empty(),
        !query.address_id.is_empty(),
    ];
    if filters.iter().filter(|f| **f).count() > 1 {
        return Err(invalid_filter(
            "At most one filter is allowed: peer_type+peer_target, contact_id, or address_id.",
        ));
    }
    let sim = state.sim();
    let mut cutoff = None;
    let peers = if !query.contact_id.is_empty() {
        Some(contact_peers(sim.crm(), &query.contact_id)?)
    } else if !query.address_id.is_empty() {
        let a = sim.crm().address(&query.address_id)?;
        Some(vec![Address::new(&a.r#type, &a.target)])
    } else if query.has_peer() {
        let target = if query.peer_type == "email" {
            normalize_email(&query.peer_target)
        } else {
            normalize_phone(&query.peer_target)
        };
        Some(vec![Address::new(&query.peer_type, &target)])
    } else {
        cutoff = Some(format_timestamp_ms(
            now_ms() - since_days(&query.since)? * DAY_MS,
        ));
        None
    };
    let rows: Vec<PeerEvent> = sim
        .timeline(peers.as_deref())
        .into_iter()
        .filter(|r| r.publisher == "call" || r.publisher == "conversation_message")
        .filter(|r| cutoff.as_ref().is_none_or(|c| r.timestamp >= *c))
        .collect();
    listed(rows, &query)
}

pub async fn peer_events(
    State(state): State<AppState>,
    _caller: Caller,
    Query(query): Query<TimelineQuery>,
) -> ApiResult<Json<Value>> {
    let exactly_one = "Exactly one filter is required: contact_id, or peer_type+peer_target.";
    let given = [!query.contact_id.is_empty(), query.has_peer()];
    if given.iter().filter(|g| **g).count() != 1 {
        return Err(invalid_filter(exactly_one));
    }
    let sim = state.sim();
    let peers = if !query.contact_id.is_empty() {
        contact_peers(sim.crm(), &query.contact_id)?
    } else if query.peer_type.is_empty() || query.peer_target.is_empty() {
        return Err(invalid_filter(exactly_one));
    } else {
        // Passed through as given (no normalisation on this route).
        vec![Address::new(&query.peer_type, &query.peer_target)]
    };
    listed(sim.timeline(Some(&peers)), &query)
}
