//! `/v1.0/service_agents/talk_*` and `files`: team talk as deployed (bin-api-manager/server/
//! service_agents_talk.go, service_agents_files.go; checks in pkg/servicehandler/
//! serviceagent_talk.go, serviceagent_file.go). Any agent's token; the rules live in
//! crate::talk, the events go out through `AppState::act`.

use axum::http::StatusCode;
use axum::routing::{delete, get, post};
use axum::Router;

use super::{talk_chats, talk_files, talk_messages};
use crate::error::ApiError;
use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    let base = "/v1.0/service_agents";
    Router::new()
        .route(&format!("{base}/talk_channels"), get(talk_chats::channels))
        .route(
            &format!("{base}/talk_chats"),
            get(talk_chats::list).post(talk_chats::create),
        )
        .route(
            &format!("{base}/talk_chats/{{id}}"),
            get(talk_chats::get)
                .put(talk_chats::update)
                .delete(talk_chats::remove),
        )
        .route(
            &format!("{base}/talk_chats/{{id}}/join"),
            post(talk_chats::join),
        )
        .route(
            &format!("{base}/talk_chats/{{id}}/participants"),
            get(talk_chats::participants).post(talk_chats::add_participant),
        )
        .route(
            &format!("{base}/talk_chats/{{id}}/participants/{{participant_id}}"),
            delete(talk_chats::remove_participant),
        )
        .route(
            &format!("{base}/talk_messages"),
            get(talk_messages::list).post(talk_messages::create),
        )
        .route(
            &format!("{base}/talk_messages/{{id}}"),
            get(talk_messages::get).delete(talk_messages::remove),
        )
        .route(
            &format!("{base}/talk_messages/{{id}}/reactions"),
            post(talk_messages::react),
        )
        .route(
            &format!("{base}/files"),
            get(talk_files::list)
                .post(talk_files::upload)
                // The 30 MB limit is checked while reading, as deployed (talk_files.rs).
                .layer(axum::extract::DefaultBodyLimit::disable()),
        )
        .route(
            &format!("{base}/files/{{id}}"),
            get(talk_files::get).delete(talk_files::remove),
        )
        .route(
            &format!("{base}/files/{{id}}/file"),
            get(talk_files::download_redirect),
        )
        .route(
            "/v1.0/sim/files/{id}/{signature}",
            get(talk_files::download),
        )
}

/// A talk resource in its wire JSON, listed like any resource.
pub(super) struct Wired {
    id: String,
    tm_create: String,
    value: serde_json::Value,
}

impl Wired {
    pub(super) fn all<'a, T: serde::Serialize + 'a>(
        items: impl IntoIterator<Item = &'a T>,
    ) -> Vec<Wired> {
        items
            .into_iter()
            .map(|item| {
                let value = crate::talk::wire_json(item);
                let text = |key: &str| value[key].as_str().unwrap_or_default().to_owned();
                Wired {
                    id: text("id"),
                    tm_create: text("tm_create"),
                    value,
                }
            })
            .collect()
    }
}

impl serde::Serialize for Wired {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.value.serialize(s)
    }
}

impl super::paging::Listed for Wired {
    fn list_id(&self) -> &str {
        &self.id
    }
    fn list_tm_create(&self) -> &str {
        &self.tm_create
    }
}

/// One page of talk resources, newest first (the size VoIPBIN defaults to: 100).
pub(super) fn talk_page<'a, T: serde::Serialize + 'a>(
    items: impl IntoIterator<Item = &'a T>,
    query: super::PageQuery,
) -> crate::error::ApiResult<axum::Json<serde_json::Value>> {
    let wired = Wired::all(items);
    super::paging::page(wired.iter().collect(), &query.or_size(super::MAX_PAGE_SIZE))
}

/// Path and body ids are UUIDs on VoIPBIN (`uuid.FromStringOrNil` then `== uuid.Nil`).
pub(super) fn valid_id(id: &str, what: &str) -> Result<(), ApiError> {
    if voipbin_protocol::is_uuid(id) && id != "00000000-0000-0000-0000-000000000000" {
        Ok(())
    } else {
        Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            "INVALID_ARGUMENT",
            "INVALID_ID",
            format!("The provided {what} is not a valid UUID."),
        ))
    }
}
