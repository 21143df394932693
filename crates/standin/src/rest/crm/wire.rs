//! The CRM records as VoIPBIN's Go structs serialise them (bin-contact-manager/models/
//! {contact,kase,casenote}, bin-tag-manager/models/tag): unset pointers (`*time.Time`,
//! `*uuid.UUID`) are null, an unset `uuid.UUID` is the nil UUID, `omitempty` fields vanish
//! when empty. The store keeps "" for all of them.

use axum::Json;
use serde::{Serialize, Serializer};
use serde_json::{Map, Value};
use voipbin_protocol::crm::{Case, CaseNote, Contact, ContactAddress, PeerEvent, Tag};

use super::super::paging::{page, Listed, PageQuery};
use crate::error::ApiResult;

const NIL_UUID: &str = "00000000-0000-0000-0000-000000000000";

/// One record as sent, with what the list envelope pages by.
pub struct Wire {
    id: String,
    tm_create: String,
    json: Value,
}

impl Serialize for Wire {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.json.serialize(serializer)
    }
}

impl Listed for Wire {
    fn list_id(&self) -> &str {
        &self.id
    }
    fn list_tm_create(&self) -> &str {
        &self.tm_create
    }
}

/// A page of records, newest first; VoIPBIN's CRM lists default to 100 a page
/// (server/service_agents_contact_cases.go).
pub fn crm_page(items: Vec<Wire>, query: &PageQuery) -> ApiResult<Json<Value>> {
    let query = PageQuery {
        page_size: query
            .page_size
            .clone()
            .filter(|s| !s.trim().is_empty())
            .or_else(|| Some("100".to_owned())),
        page_token: query.page_token.clone(),
    };
    page(items.iter().collect(), &query)
}

fn object(value: impl Serialize) -> Map<String, Value> {
    match serde_json::to_value(value) {
        Ok(Value::Object(map)) => map,
        _ => Map::new(),
    }
}

fn empty(value: Option<&Value>) -> bool {
    match value {
        None | Some(Value::Null) => true,
        Some(Value::String(s)) => s.is_empty(),
        Some(Value::Array(a)) => a.is_empty(),
        _ => false,
    }
}

fn null_when_empty(map: &mut Map<String, Value>, keys: &[&str]) {
    for key in keys {
        if empty(map.get(*key)) {
            map.insert((*key).to_owned(), Value::Null);
        }
    }
}

fn nil_when_empty(map: &mut Map<String, Value>, keys: &[&str]) {
    for key in keys {
        if empty(map.get(*key)) {
            map.insert((*key).to_owned(), Value::from(NIL_UUID));
        }
    }
}

fn omit_when_empty(map: &mut Map<String, Value>, keys: &[&str]) {
    for key in keys {
        if empty(map.get(*key)) {
            map.remove(*key);
        }
    }
}

pub fn address(address: &ContactAddress) -> Value {
    let mut map = object(address);
    nil_when_empty(&mut map, &["contact_id"]);
    null_when_empty(&mut map, &["tm_create"]);
    Value::Object(map)
}

pub fn contact(contact: &Contact) -> Value {
    let mut map = object(contact);
    map.insert(
        "addresses".to_owned(),
        contact.addresses.iter().map(address).collect(),
    );
    null_when_empty(&mut map, &["tm_create", "tm_update", "tm_delete"]);
    omit_when_empty(&mut map, &["addresses", "tag_ids"]);
    Value::Object(map)
}

pub fn case(case: &Case) -> Value {
    let mut map = object(case);
    null_when_empty(
        &mut map,
        &[
            "contact_id",
            "opened_at",
            "closed_at",
            "closed_by_id",
            "previous_case_id",
            "tm_create",
            "tm_update",
        ],
    );
    nil_when_empty(&mut map, &["owner_id"]);
    omit_when_empty(&mut map, &["name", "detail", "reference_id", "tag_ids"]);
    Value::Object(map)
}

pub fn note(note: &CaseNote) -> Value {
    let mut map = object(note);
    null_when_empty(
        &mut map,
        &["author_id", "tm_create", "tm_update", "tm_delete"],
    );
    Value::Object(map)
}

pub fn tag(tag: &Tag) -> Value {
    let mut map = object(tag);
    null_when_empty(&mut map, &["tm_create", "tm_update", "tm_delete"]);
    Value::Object(map)
}

pub fn listed_contact(c: &Contact) -> Wire {
    Wire {
        id: c.id.clone(),
        tm_create: c.tm_create.clone(),
        json: contact(c),
    }
}

pub fn listed_case(c: &Case) -> Wire {
    Wire {
        id: c.id.clone(),
        tm_create: c.tm_create.clone(),
        json: case(c),
    }
}

pub fn listed_tag(t: &Tag) -> Wire {
    Wire {
        id: t.id.clone(),
        tm_create: t.tm_create.clone(),
        json: tag(t),
    }
}

/// Timeline rows page by time, then by reference and event (a call has several rows).
pub fn listed_event(e: &PeerEvent) -> Wire {
    Wire {
        id: format!("{}/{}", e.reference_id, e.event_type),
        tm_create: e.timestamp.clone(),
        json: serde_json::to_value(e).unwrap_or_default(),
    }
}
