//! Team talk's part of every (re)connect: the agent's chats and the newest page of each are
//! read again, so nothing sent while the socket was down is missed (the store shows each
//! message once however often it is read), then the messages written offline are sent.

use crate::api::talk;
use crate::api::{Api, ApiError};
use crate::state::DeskState;
use crate::store::Changes;

/// Chats whose newest page is read on a reconnect: the agent's, most recently changed first.
const CHATS_READ: usize = 40;

fn talk_changed() -> Changes {
    Changes {
        talk: true,
        ..Default::default()
    }
}

/// Reads the chat list again, then the newest page of each chat (`all_pages`) or only of the
/// chats the desk has no messages of yet.
pub async fn read_chats(api: &Api, desk: &DeskState, all_pages: bool) {
    let Ok(chats) = talk::my_chats(api).await else {
        return;
    };
    let mut ids: Vec<(String, String)> = chats
        .iter()
        .map(|c| (c.tm_update.clone(), c.id.clone()))
        .collect();
    ids.sort_unstable_by(|a, b| b.cmp(a));
    desk.update(|s| {
        s.talk.replace_chats(chats);
        talk_changed()
    });
    let wanted: Vec<String> = desk.peek(|s| {
        ids.into_iter()
            .map(|(_, id)| id)
            .filter(|id| all_pages || s.talk.log(id).is_none())
            .take(CHATS_READ)
            .collect()
    });
    let reads = wanted.into_iter().map(|id| {
        let api = api.clone();
        async move {
            let page = talk::messages_page(&api, &id, "").await;
            (id, page)
        }
    });
    for (id, page) in futures::future::join_all(reads).await {
        if let Ok(page) = page {
            desk.update(|s| {
                s.talk.merge_newest_page(&id, page.items, page.next);
                talk_changed()
            });
        }
    }
}

/// After a connect: everything re-read, then the outbox sent.
pub async fn resync(api: &Api, desk: &DeskState) {
    read_chats(api, desk, true).await;
    send_outbox(api.clone(), *desk);
}

/// Sends every queued message once; one that cannot reach the server waits for the next
/// connection, one the server refuses waits for the agent.
pub fn send_outbox(api: Api, desk: DeskState) {
    let mut ready = Vec::new();
    desk.update(|s| {
        ready = s.talk.take_sendable();
        talk_changed()
    });
    for out in ready {
        let api = api.clone();
        leptos::task::spawn_local(async move {
            let sent =
                talk::send_message(&api, &out.chat_id, &out.parent_id, &out.text, &out.file_ids)
                    .await;
            desk.update(|s| {
                match sent {
                    Ok(message) => s.talk.sent(out.key, message),
                    Err(ApiError::Network(_)) => s.talk.requeue(out.key),
                    Err(e) => s.talk.refused(out.key, e),
                }
                talk_changed()
            });
        });
    }
}
