//! The agent's CRM on VoIPBIN's agent surface (`/v1.0/service_agents/…`): contacts, their
//! timeline, cases and case notes, tags. None of it reaches the event socket, so the desk reads
//! it when it needs it (the ring, the call panel, wrap-up, the contacts page).

use super::client::urlencode;
use super::{Api, ApiError};
use serde::Serialize;
use serde_json::{json, Value};
use voipbin_protocol::crm::{Case, CaseNote, Contact, ContactAddress, PeerEvent, Tag};
use voipbin_protocol::from_value::{from_object, FromValue};

const BASE: &str = "/v1.0/service_agents";
/// Pages read when looking for the case of a call: cases come newest first, so a live call's
/// case is on the first page unless hundreds were opened since.
const CASE_SEARCH_PAGES: usize = 3;

/// The fields an agent edits (`POST` and `PUT …/contacts/{id}`).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ContactFields {
    pub first_name: String,
    pub last_name: String,
    pub display_name: String,
    pub company: String,
    pub job_title: String,
    pub notes: String,
}

impl ContactFields {
    pub fn of(contact: &Contact) -> ContactFields {
        ContactFields {
            first_name: contact.first_name.clone(),
            last_name: contact.last_name.clone(),
            display_name: contact.display_name.clone(),
            company: contact.company.clone(),
            job_title: contact.job_title.clone(),
            notes: contact.notes.clone(),
        }
    }
}

/// One page of a list and the token of the next ("" at the end).
pub struct Page<T> {
    pub items: Vec<T>,
    pub next: String,
}

pub(super) fn decode<T: FromValue>(value: Value) -> Result<T, ApiError> {
    from_object(value).ok_or_else(|| ApiError::Decode(crate::t!("shell-error-not-object")))
}

/// A list's items that read as `T` (one odd item is skipped, not fatal).
pub(super) fn page_of<T: FromValue>(body: Value) -> Page<T> {
    let next = body
        .get("next_page_token")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    let items = match body {
        Value::Object(mut map) => match map.remove("result") {
            Some(Value::Array(items)) => items,
            _ => Vec::new(),
        },
        // Some agent lists answer a bare array.
        Value::Array(items) => items,
        _ => Vec::new(),
    };
    Page {
        items: items.into_iter().filter_map(from_object).collect(),
        next,
    }
}

pub(super) fn paged(path: &str, token: &str, size: usize) -> String {
    let sep = if path.contains('?') { '&' } else { '?' };
    let mut out = format!("{path}{sep}page_size={size}");
    if !token.is_empty() {
        out.push_str("&page_token=");
        out.push_str(&urlencode(token));
    }
    out
}

/// `GET …/contacts/lookup?phone=`: the contact whose phone is exactly `phone` as VoIPBIN
/// normalises it (`+` sent as `%2B`), or `None` when nobody has it (404).
pub async fn lookup_by_phone(api: &Api, phone: &str) -> Result<Option<Contact>, ApiError> {
    let path = format!("{BASE}/contacts/lookup?phone={}", urlencode(phone.trim()));
    match api.get(&path).await {
        Ok(body) => decode(body).map(Some),
        Err(ApiError::NotFound(_)) => Ok(None),
        Err(e) => Err(e),
    }
}

pub async fn contacts_page(api: &Api, token: &str) -> Result<Page<Contact>, ApiError> {
    Ok(page_of(
        api.get(&paged(&format!("{BASE}/contacts"), token, 100))
            .await?,
    ))
}

/// The contact list, up to `max_pages` pages of 100 (VoIPBIN has no search: the desk filters).
pub async fn all_contacts(api: &Api, max_pages: usize) -> Result<Vec<Contact>, ApiError> {
    let mut all = Vec::new();
    let mut token = String::new();
    for _ in 0..max_pages {
        let page = contacts_page(api, &token).await?;
        let count = page.items.len();
        all.extend(page.items);
        if page.next.is_empty() || count == 0 {
            break;
        }
        token = page.next;
    }
    Ok(all)
}

pub async fn contact(api: &Api, id: &str) -> Result<Contact, ApiError> {
    decode(
        api.get(&format!("{BASE}/contacts/{}", urlencode(id)))
            .await?,
    )
}

/// A new contact (source manual) with `phone` as its primary address when given.
pub async fn create_contact(
    api: &Api,
    fields: &ContactFields,
    phone: Option<&str>,
) -> Result<Contact, ApiError> {
    let mut body = serde_json::to_value(fields).unwrap_or_default();
    body["source"] = json!("manual");
    if let Some(phone) = phone.filter(|p| !p.trim().is_empty()) {
        body["addresses"] = json!([{ "type": "tel", "target": phone.trim(), "is_primary": true }]);
    }
    decode(api.post(&format!("{BASE}/contacts"), &body).await?)
}

pub async fn update_contact(
    api: &Api,
    id: &str,
    fields: &ContactFields,
) -> Result<Contact, ApiError> {
    decode(
        api.put(&format!("{BASE}/contacts/{}", urlencode(id)), fields)
            .await?,
    )
}

/// Links `phone` to `contact_id`: the address is created unresolved and claimed (VoIPBIN's
/// way to attribute a number); if it already exists, added to the contact directly, which
/// VoIPBIN refuses (409) when another contact owns it.
pub async fn link_phone(api: &Api, contact_id: &str, phone: &str) -> Result<(), ApiError> {
    let address = json!({ "type": "tel", "target": phone.trim() });
    match api
        .post(&format!("{BASE}/contact_addresses"), &address)
        .await
    {
        Ok(created) => {
            let created: ContactAddress = decode(created)?;
            let claim = format!("{BASE}/contact_addresses/{}/claim", urlencode(&created.id));
            api.post(&claim, &json!({ "contact_id": contact_id }))
                .await
                .map(drop)
        }
        Err(ApiError::Status { code: 409, .. }) => api
            .post(
                &format!("{BASE}/contacts/{}/addresses", urlencode(contact_id)),
                &address,
            )
            .await
            .map(drop),
        Err(e) => Err(e),
    }
}

/// The contact's latest interactions, newest first.
pub async fn interactions(
    api: &Api,
    contact_id: &str,
    count: usize,
) -> Result<Vec<PeerEvent>, ApiError> {
    let path = format!(
        "{BASE}/contact_interactions?contact_id={}",
        urlencode(contact_id)
    );
    Ok(page_of(api.get(&paged(&path, "", count)).await?).items)
}

pub async fn cases_page(api: &Api, token: &str) -> Result<Page<Case>, ApiError> {
    Ok(page_of(
        api.get(&paged(&format!("{BASE}/contact_cases"), token, 100))
            .await?,
    ))
}

/// The case a flow opened for the caller's call (`reference_id`), if any. VoIPBIN has no
/// filter on this list: the newest pages are read.
pub async fn case_for_call(api: &Api, caller_call_id: &str) -> Result<Option<Case>, ApiError> {
    let mut token = String::new();
    for _ in 0..CASE_SEARCH_PAGES {
        let page = cases_page(api, &token).await?;
        if let Some(case) = page
            .items
            .into_iter()
            .find(|c| c.reference_id == caller_call_id)
        {
            return Ok(Some(case));
        }
        if page.next.is_empty() {
            break;
        }
        token = page.next;
    }
    Ok(None)
}

/// A contact's open cases among the newest ones.
pub async fn open_cases_of(api: &Api, contact_id: &str) -> Result<Vec<Case>, ApiError> {
    let page = cases_page(api, "").await?;
    Ok(page
        .items
        .into_iter()
        .filter(|c| c.contact_id == contact_id && c.is_open())
        .collect())
}

pub async fn case(api: &Api, id: &str) -> Result<Case, ApiError> {
    decode(
        api.get(&format!("{BASE}/contact_cases/{}", urlencode(id)))
            .await?,
    )
}

/// All of a case's notes, oldest first.
pub async fn case_notes(api: &Api, case_id: &str) -> Result<Vec<CaseNote>, ApiError> {
    let path = format!("{BASE}/contact_cases/{}/notes", urlencode(case_id));
    Ok(page_of(api.get(&path).await?).items)
}

pub async fn add_case_note(api: &Api, case_id: &str, text: &str) -> Result<CaseNote, ApiError> {
    let path = format!("{BASE}/contact_cases/{}/notes", urlencode(case_id));
    decode(api.post(&path, &json!({ "text": text })).await?)
}

/// Attaches the contact to the case ("" detaches).
pub async fn attach_contact(api: &Api, case_id: &str, contact_id: &str) -> Result<Case, ApiError> {
    let path = format!("{BASE}/contact_cases/{}", urlencode(case_id));
    decode(api.put(&path, &json!({ "contact_id": contact_id })).await?)
}

pub async fn assign_case(api: &Api, case_id: &str, owner_id: &str) -> Result<Case, ApiError> {
    let path = format!("{BASE}/contact_cases/{}/assign", urlencode(case_id));
    decode(api.post(&path, &json!({ "owner_id": owner_id })).await?)
}

pub async fn close_case(api: &Api, case_id: &str) -> Result<Case, ApiError> {
    let path = format!("{BASE}/contact_cases/{}/close", urlencode(case_id));
    decode(api.post(&path, &json!({})).await?)
}

/// The customer's tags, deleted ones included (VoIPBIN lists them: check `is_deleted`).
pub async fn tags(api: &Api) -> Result<Vec<Tag>, ApiError> {
    Ok(page_of(api.get(&paged(&format!("{BASE}/tags"), "", 100)).await?).items)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_skips_items_that_do_not_read() {
        let page: Page<Contact> = page_of(json!({
            "result": [{"id": "c1"}, 7, {"id": "c2", "addresses": "odd"}],
            "next_page_token": "t2"
        }));
        let ids: Vec<_> = page.items.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["c1", "c2"]);
        assert_eq!(page.next, "t2");
        let bare: Page<Contact> = page_of(json!([{"id": "c3"}]));
        assert_eq!(bare.items.len(), 1);
        assert!(page_of::<Contact>(json!("nonsense")).items.is_empty());
    }

    #[test]
    fn paged_paths_carry_size_and_token() {
        assert_eq!(paged("/x", "", 5), "/x?page_size=5");
        assert_eq!(
            paged("/x?a=1", "t+1", 100),
            "/x?a=1&page_size=100&page_token=t%2B1"
        );
    }
}
