//! The desk's writes of the agent's status, one at a time so they land in the order they were
//! decided, each read back into the store (no agent event reaches a plain agent).

use super::note::Outcome;
use super::routing::RECHECK_AFTER_MS;
use super::runtime::{desk_now, Context};
use super::AfterCall;
use crate::api::{self, Api};
use futures::channel::mpsc::{unbounded, UnboundedSender};
use futures::StreamExt;
use leptos::prelude::*;
use voipbin_protocol::AgentStatus;

/// Tries of one status write whose outcome is unknown: a lost `available` would leave the agent
/// out of the queues until it noticed.
const STATUS_TRIES: u32 = 4;

pub(super) enum Job {
    Set(AgentStatus),
    ReadMe,
    /// Read the agent, then put back the status an unanswered ring took (see `Routing::restore`).
    Restore,
    /// Read the agent, then put back the status `routing` restored if VoIPBIN overwrote it.
    Recheck,
}

pub(super) type Jobs = UnboundedSender<Job>;

/// Queues a job (dropped when nobody is signed in).
pub(super) fn job(after: AfterCall, job: Job) {
    after.jobs.with_value(|jobs| {
        if let Some(jobs) = jobs {
            let _ = jobs.unbounded_send(job);
        }
    });
}

/// The writer of one session.
pub(super) fn spawn_status_writer(after: AfterCall, context: Context, api: Api) -> Jobs {
    let (sender, mut jobs) = unbounded::<Job>();
    leptos::task::spawn_local(async move {
        while let Some(job) = jobs.next().await {
            match job {
                Job::Set(status) => set_status(&api, &status).await,
                Job::ReadMe => {}
                Job::Restore => {
                    read_me(context, &api).await;
                    let now = desk_now(after);
                    let back = after
                        .routing
                        .try_update_value(|r| r.restore(&now))
                        .flatten();
                    let Some(status) = back else { continue };
                    set_status(&api, &status).await;
                    // VoIPBIN's own write for the ring may land after the desk's.
                    leptos::task::spawn_local(async move {
                        gloo_timers::future::TimeoutFuture::new(RECHECK_AFTER_MS as u32).await;
                        self::job(after, Job::Recheck);
                    });
                }
                Job::Recheck => {
                    read_me(context, &api).await;
                    let now = desk_now(after);
                    let again = after
                        .routing
                        .try_update_value(|r| r.recheck(&now))
                        .flatten();
                    match again {
                        Some(status) => set_status(&api, &status).await,
                        None => continue,
                    }
                }
            }
            read_me(context, &api).await;
        }
    });
    sender
}

async fn set_status(api: &Api, status: &AgentStatus) {
    for attempt in 0..STATUS_TRIES {
        if Outcome::of(&api::set_my_status(api, status).await) != Outcome::Unknown {
            return;
        }
        gloo_timers::future::TimeoutFuture::new(1_000 << attempt).await;
    }
}

async fn read_me(context: Context, api: &Api) {
    if let Ok(fresh) = api::me(api).await {
        context.desk.update(|s| crate::store::Changes {
            agents: s.agents.upsert(fresh),
            ..Default::default()
        });
    }
}
