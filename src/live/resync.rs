//! After every (re)connect: fetch REST snapshots and merge them, so the desk equals the server's
//! truth whatever was missed while the socket was down.

use super::connection::{mark, Live};
use crate::api::{urlencode, Api, ApiError};
use crate::session::Session;
use crate::state::DeskState;
use crate::store::Snapshot;
use leptos::prelude::*;
use voipbin_protocol::{Resource, ResourceKind, TranscribeStatus};

/// Fetches and merges every snapshot the user's permission allows. `generation` identifies the
/// connection that asked: a newer connection's resync supersedes this one.
pub async fn resync(live: Live, desk: DeskState, session: Session, generation: u64) {
    let api = session.api();
    desk.update(|store| {
        store.begin_resync();
        Default::default()
    });
    let supervisor = session.is_supervisor();
    let lists: Vec<(&str, ResourceKind)> = if supervisor {
        vec![
            ("/v1.0/calls", ResourceKind::Call),
            ("/v1.0/queuecalls", ResourceKind::Queuecall),
            ("/v1.0/queues", ResourceKind::Queue),
            ("/v1.0/agents", ResourceKind::Agent),
            (
                "/v1.0/service_agents/conversations",
                ResourceKind::Conversation,
            ),
            ("/v1.0/activeflows", ResourceKind::Activeflow),
            ("/v1.0/conferences", ResourceKind::Conference),
            ("/v1.0/transcribes", ResourceKind::Transcribe),
            ("/v1.0/recordings", ResourceKind::Recording),
        ]
    } else {
        vec![
            ("/v1.0/service_agents/calls", ResourceKind::Call),
            (
                "/v1.0/service_agents/conversations",
                ResourceKind::Conversation,
            ),
        ]
    };
    let fetches = lists.into_iter().map(|(path, kind)| {
        let api = api.clone();
        async move { (path, kind.clone(), api.list(path, kind).await) }
    });
    let results = futures::future::join_all(fetches).await;
    let mut problems = Vec::new();
    for (path, kind, result) in results {
        match result {
            Ok(listed) => {
                if listed.skipped > 0 {
                    problems.push(crate::t!(
                        "shell-resync-skipped",
                        path = path,
                        count = listed.skipped
                    ));
                }
                if let Some(snapshot) = snapshot_of(&kind, listed.items) {
                    desk.merge(snapshot);
                }
            }
            // A server without this optional list (e.g. no conferences) is not an error.
            Err(ApiError::NotFound(_)) => {}
            Err(error) => problems.push(crate::t!(
                "shell-resync-failed",
                path = path,
                error = error.to_string()
            )),
        }
    }
    // Told now, not after the steps below: each may wait for its own requests' time limit.
    if !problems.is_empty() {
        live.notices.update(|n| n.extend(problems));
    }
    // Beside the rest, not before "synced": team talk is not what a caller waits on.
    leptos::task::spawn_local(super::talk_chunk::resync(api.clone(), desk));
    merge_conversation_threads(&api, &desk).await;
    if supervisor {
        merge_live_transcripts(&api, &desk).await;
    }
    if let Ok(me) = crate::api::me(&api).await {
        desk.update(|store| crate::store::Changes {
            agents: store.agents.upsert(me),
            ..Default::default()
        });
    }
    desk.update(|store| {
        store.end_resync();
        Default::default()
    });
    if live.generation.get_untracked() == generation {
        live.synced.set(true);
        mark("desk:synced");
    }
}

/// Loads the messages of the agent's conversations (the newest page of each).
async fn merge_conversation_threads(api: &Api, desk: &DeskState) {
    let ids: Vec<String> = desk.peek(|s| s.conversations.values().map(|c| c.id.clone()).collect());
    let fetches = ids.into_iter().take(50).map(|id| {
        let api = api.clone();
        async move {
            let path = format!("/v1.0/service_agents/conversations/{id}/messages");
            (id, api.list(&path, ResourceKind::ConversationMessage).await)
        }
    });
    for (conversation_id, result) in futures::future::join_all(fetches).await {
        if let Ok(listed) = result {
            let messages = listed
                .items
                .into_iter()
                .filter_map(|r| match r {
                    Resource::ConversationMessage(m) => Some(m),
                    _ => None,
                })
                .collect();
            desk.merge(Snapshot::ConversationMessages {
                conversation_id,
                messages,
            });
        }
    }
}

/// Loads the lines so far of running transcribes: transcript events name only their transcribe,
/// so lines of a call that began before this connection would otherwise start mid-sentence.
async fn merge_live_transcripts(api: &Api, desk: &DeskState) {
    let ids: Vec<String> = desk.peek(|s| {
        s.transcribes
            .values()
            .filter(|t| t.status == TranscribeStatus::Progressing)
            .map(|t| t.id.clone())
            .collect()
    });
    let fetches = ids.into_iter().take(50).map(|id| {
        let api = api.clone();
        async move {
            let path = format!("/v1.0/transcripts?transcribe_id={}", urlencode(&id));
            api.list(&path, ResourceKind::Transcript).await
        }
    });
    for listed in futures::future::join_all(fetches)
        .await
        .into_iter()
        .flatten()
    {
        let lines = listed
            .items
            .into_iter()
            .filter_map(|r| match r {
                Resource::Transcript(t) => Some(t),
                _ => None,
            })
            .collect();
        desk.merge(Snapshot::Transcripts(lines));
    }
}

fn snapshot_of(kind: &ResourceKind, items: Vec<Resource>) -> Option<Snapshot> {
    macro_rules! collect {
        ($variant:ident) => {
            items
                .into_iter()
                .filter_map(|r| match r {
                    Resource::$variant(x) => Some(x),
                    _ => None,
                })
                .collect()
        };
    }
    Some(match kind {
        ResourceKind::Call => Snapshot::Calls(collect!(Call)),
        ResourceKind::Queuecall => Snapshot::Queuecalls(collect!(Queuecall)),
        ResourceKind::Queue => Snapshot::Queues(collect!(Queue)),
        ResourceKind::Agent => Snapshot::Agents(collect!(Agent)),
        ResourceKind::Conversation => Snapshot::Conversations(collect!(Conversation)),
        ResourceKind::Activeflow => Snapshot::Activeflows(collect!(Activeflow)),
        ResourceKind::Conference => Snapshot::Conferences(collect!(Conference)),
        ResourceKind::Transcribe => Snapshot::Transcribes(collect!(Transcribe)),
        ResourceKind::Recording => Snapshot::Recordings(collect!(Recording)),
        _ => return None,
    })
}
