//! VoIPBIN list envelope `{"result":[…],"next_page_token":"…","page_size":N}`: newest first,
//! `?page_size=` (default 10, at most 100) and an opaque `?page_token=` that names the last
//! item returned, so paging stays stable while new items arrive.

use axum::Json;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use voipbin_protocol::{
    Activeflow, Agent, Call, Conference, Conversation, ConversationMessage, Extension, Groupcall,
    Message, Queue, Queuecall, Recording, Transcribe, Transcript,
};

use crate::error::{ApiError, ApiResult};

pub const DEFAULT_PAGE_SIZE: usize = 10;
pub const MAX_PAGE_SIZE: usize = 100;

#[derive(Deserialize, Default, Debug)]
pub struct PageQuery {
    pub page_size: Option<String>,
    pub page_token: Option<String>,
}

/// Anything listed: ordered by creation time, then id.
pub trait Listed: Serialize {
    fn list_id(&self) -> &str;
    fn list_tm_create(&self) -> &str;
}

macro_rules! listed {
    ($($ty:ty),+ $(,)?) => {
        $(impl Listed for $ty {
            fn list_id(&self) -> &str { &self.id }
            fn list_tm_create(&self) -> &str { &self.tm_create }
        })+
    };
}

listed!(
    Activeflow,
    Agent,
    Call,
    Conference,
    Conversation,
    ConversationMessage,
    Extension,
    Groupcall,
    Message,
    Queue,
    Queuecall,
    Recording,
    Transcribe,
    Transcript
);

impl PageQuery {
    /// The same query with `size` for a page when none (or 0) is asked for.
    pub fn or_size(self, size: usize) -> PageQuery {
        let asked = self
            .page_size
            .as_deref()
            .map(str::trim)
            .is_some_and(|s| !s.is_empty() && s != "0");
        PageQuery {
            page_size: if asked {
                self.page_size
            } else {
                Some(size.to_string())
            },
            page_token: self.page_token,
        }
    }

    fn size(&self) -> ApiResult<usize> {
        match self
            .page_size
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            None => Ok(DEFAULT_PAGE_SIZE),
            Some(text) => match text.parse::<usize>() {
                Ok(0) => Ok(DEFAULT_PAGE_SIZE),
                // Larger requests get the largest page rather than an error.
                Ok(n) => Ok(n.min(MAX_PAGE_SIZE)),
                Err(_) => Err(ApiError::bad_request(format!(
                    "page_size must be a number from 1 to {MAX_PAGE_SIZE}"
                ))),
            },
        }
    }

    /// The (tm_create, id) the previous page ended with.
    fn after(&self) -> ApiResult<Option<(String, String)>> {
        let Some(token) = self.page_token.as_deref().filter(|t| !t.is_empty()) else {
            return Ok(None);
        };
        let invalid = || ApiError::bad_request("invalid page_token");
        let bytes = URL_SAFE_NO_PAD.decode(token).map_err(|_| invalid())?;
        let text = String::from_utf8(bytes).map_err(|_| invalid())?;
        let (tm_create, id) = text.split_once('\n').ok_or_else(invalid)?;
        Ok(Some((tm_create.to_owned(), id.to_owned())))
    }
}

fn token_for(item: &impl Listed) -> String {
    URL_SAFE_NO_PAD.encode(format!("{}\n{}", item.list_tm_create(), item.list_id()))
}

/// One page of `items` (any order in; newest first out).
pub fn page<T: Listed>(mut items: Vec<&T>, query: &PageQuery) -> ApiResult<Json<Value>> {
    let size = query.size()?;
    let after = query.after()?;
    items.sort_by(|a, b| (b.list_tm_create(), b.list_id()).cmp(&(a.list_tm_create(), a.list_id())));
    let start = match &after {
        None => 0,
        Some((tm, id)) => items.partition_point(|item| {
            (item.list_tm_create(), item.list_id()) >= (tm.as_str(), id.as_str())
        }),
    };
    let rest = items.get(start..).unwrap_or_default();
    let chosen = rest.get(..size.min(rest.len())).unwrap_or_default();
    let more = rest.len() > chosen.len();
    let next_page_token = match chosen.last() {
        Some(last) if more => token_for(*last),
        _ => String::new(),
    };
    Ok(Json(json!({
        "result": chosen,
        "next_page_token": next_page_token,
        "page_size": size,
    })))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn call(id: &str, tm: &str) -> Call {
        Call {
            id: id.into(),
            tm_create: tm.into(),
            ..Call::default()
        }
    }

    fn ids(page: &Value) -> Vec<String> {
        page["result"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["id"].as_str().unwrap().to_owned())
            .collect()
    }

    #[test]
    fn pages_through_everything_once() {
        let calls: Vec<Call> = (0..25)
            .map(|i| {
                call(
                    &format!("c{i:02}"),
                    &format!("2024-01-01T00:00:{:02}.000000Z", i / 2),
                )
            })
            .collect();
        let mut seen = Vec::new();
        let mut query = PageQuery {
            page_size: Some("10".into()),
            page_token: None,
        };
        loop {
            let Json(page) = page(calls.iter().collect(), &query).unwrap();
            seen.extend(ids(&page));
            let token = page["next_page_token"].as_str().unwrap().to_owned();
            if token.is_empty() {
                break;
            }
            query.page_token = Some(token);
        }
        assert_eq!(seen.len(), 25);
        assert_eq!(seen.first().unwrap(), "c24");
        let mut sorted = seen.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), 25);
    }

    #[test]
    fn sizes_and_tokens() {
        let calls: Vec<Call> = (0..3).map(|i| call(&format!("c{i}"), "t")).collect();
        let q = |size: &str, token: &str| PageQuery {
            page_size: Some(size.into()),
            page_token: Some(token.into()),
        };
        assert_eq!(
            page(calls.iter().collect(), &q("1000", "")).unwrap().0["page_size"],
            100
        );
        assert_eq!(
            page(calls.iter().collect(), &q("", "")).unwrap().0["page_size"],
            10
        );
        assert!(page(calls.iter().collect(), &q("x", "")).is_err());
        assert!(page(calls.iter().collect(), &q("5", "%%%")).is_err());
        assert_eq!(
            page(calls.iter().collect(), &q("5", "")).unwrap().0["next_page_token"],
            ""
        );
    }
}
