//! Team talk's runtime, a wasm chunk of its own with the `split` feature: decoding talk frames,
//! reading the agent's chats again and sending the outbox (`talk_sync`). An agent's first
//! download does not carry it; the first connect or talk frame fetches it. Meanwhile the store
//! keeps talk frames in its inbox (`TalkStore::take`), so nothing is lost; a chunk that cannot be
//! fetched is asked for again at the next talk frame or connect.

use super::talk_sync;
use crate::api::Api;
use crate::state::DeskState;
use crate::store::Changes;
use futures::future::LocalBoxFuture;
use leptos::prelude::*;

/// Applies the store's talk frames whenever some wait, one fetch of the chunk at a time.
pub fn follow_inbox(desk: DeskState) {
    let applying = StoredValue::new(false);
    Effect::new(move |_| {
        let waiting = desk.read(desk.talk, |s| s.talk.has_inbox());
        if !waiting || applying.get_value() {
            return;
        }
        applying.set_value(true);
        leptos::task::spawn_local(async move {
            let _ = runtime::apply_inbox(desk).await;
            let _ = applying.try_set_value(false);
        });
    });
}

/// After a connect: the chats and their newest pages read again, then the outbox sent.
pub async fn resync(api: Api, desk: DeskState) {
    if let Ok(work) = runtime::resync(api, desk).await {
        work.await;
    }
}

/// The chat list read again (someone joined or left a chat; a message of a chat not held).
pub async fn read_chats(api: Api, desk: DeskState) {
    if let Ok(work) = runtime::read_chats(api, desk).await {
        work.await;
    }
}

fn apply_now(desk: DeskState) {
    desk.update(|s| Changes {
        talk: s.talk.apply_inbox(),
        ..Default::default()
    });
}

fn resync_now(api: Api, desk: DeskState) -> LocalBoxFuture<'static, ()> {
    Box::pin(async move { talk_sync::resync(&api, &desk).await })
}

fn read_chats_now(api: Api, desk: DeskState) -> LocalBoxFuture<'static, ()> {
    Box::pin(async move { talk_sync::read_chats(&api, &desk, false).await })
}

#[cfg(feature = "split")]
mod runtime {
    use super::*;
    use wasm_split_helpers::{wasm_split, SplitLoaderError};

    #[wasm_split(talk, fallible)]
    pub fn apply_inbox(desk: DeskState) -> Result<(), SplitLoaderError> {
        apply_now(desk);
        Ok(())
    }

    #[wasm_split(talk, fallible)]
    pub fn resync(
        api: Api,
        desk: DeskState,
    ) -> Result<LocalBoxFuture<'static, ()>, SplitLoaderError> {
        Ok(resync_now(api, desk))
    }

    #[wasm_split(talk, fallible)]
    pub fn read_chats(
        api: Api,
        desk: DeskState,
    ) -> Result<LocalBoxFuture<'static, ()>, SplitLoaderError> {
        Ok(read_chats_now(api, desk))
    }
}

/// One module: the runtime is there from the start.
#[cfg(not(feature = "split"))]
mod runtime {
    use super::*;

    pub async fn apply_inbox(desk: DeskState) -> Result<(), ()> {
        apply_now(desk);
        Ok(())
    }

    pub async fn resync(api: Api, desk: DeskState) -> Result<LocalBoxFuture<'static, ()>, ()> {
        Ok(resync_now(api, desk))
    }

    pub async fn read_chats(api: Api, desk: DeskState) -> Result<LocalBoxFuture<'static, ()>, ()> {
        Ok(read_chats_now(api, desk))
    }
}
