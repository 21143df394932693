//! The supervisor's wall screen: headline tiles, queues, active calls, agents, the last hour's
//! charts and live feeds. Admin or manager only (the customer-wide topics need it).
//!
//! Every figure comes from `metrics` (pure, tested natively). Views recompute when the
//! collections they show change (`refresh`: tables every applied batch, read-along feeds once a
//! second), read the store without tracking anything else, and key every row so an update
//! rewrites text in place.

mod agent_status;
mod agents_board;
mod calls_table;
mod charts;
mod feeds;
mod help_requests;
mod keyed_rows;
mod listen_panel;
pub mod metrics;
mod queues;
mod refresh;
mod tiles;

use crate::app::Auth;
use crate::i18n::tr;
use crate::live::{Live, ScopeKey, TopicNeed};
use crate::session::Session;
use crate::state::DeskState;
use crate::store::Changes;
use crate::supervise::Listener;
use crate::views::use_now;
use leptos::prelude::*;
use voipbin_protocol::ResourceKind;

/// What the dashboard reads, declared so that it keeps working whatever the base
/// subscriptions become (needs are reference-counted: no extra traffic today).
const WATCHED: [ResourceKind; 9] = [
    ResourceKind::Call,
    ResourceKind::Queuecall,
    ResourceKind::Queue,
    ResourceKind::Agent,
    ResourceKind::Recording,
    ResourceKind::Transcribe,
    ResourceKind::Transcript,
    ResourceKind::Activeflow,
    ResourceKind::Conference,
];

/// Waiting callers named per queue; the count says how many more there are.
const CALLERS_SHOWN: usize = 4;

#[component]
pub fn Dashboard() -> impl IntoView {
    let Auth(auth) = expect_context::<Auth>();
    let session = auth.get_untracked();
    let Some(session) = session.filter(Session::is_supervisor) else {
        return view! {
            <main id="main" class="dashboard" data-testid="dashboard-forbidden">
                <div class="card notice-card" role="alert">
                    <h1>{tr!("dash-title")}</h1>
                    <p>{tr!("dash-forbidden")}</p>
                </div>
            </main>
        }
        .into_any();
    };
    let live = expect_context::<Live>();
    for kind in WATCHED {
        live.use_topic(TopicNeed::new(
            ScopeKey::Customer,
            &session.me.customer_id,
            kind,
        ));
    }

    // Callers waiting, sampled once a second for the chart (the store keeps the minute's peak).
    let desk = expect_context::<DeskState>();
    let now = use_now();
    Effect::new(move |_| {
        let t = now.get();
        desk.update(|store| {
            store.sample(t);
            Changes::default()
        });
    });

    let queue_poll = crate::live::use_queue_poll(session.api(), desk);
    // One pass over the queue figures for the queues table and the tiles' totals; queue-call
    // events move the polled queues' figures.
    let queues_refresh = refresh::use_live_refresh(vec![desk.queues, desk.queuecalls]);
    let queue_board = Memo::new(move |_| {
        queues_refresh.track();
        queues_refresh.measure(|| desk.peek(|s| metrics::queue_board(s, CALLERS_SHOWN)))
    });
    // Callers waiting, for the tiles and the wait chart: found when queue calls change, and
    // only aged by the clock.
    let waiting_refresh = refresh::use_live_refresh(vec![desk.queuecalls]);
    let waiting = Memo::new(move |_| {
        waiting_refresh.track();
        waiting_refresh.measure(|| desk.peek(metrics::waiting))
    });
    // Answered callers' waits (up to 10,000), for the service level and the wait chart: they
    // change only with queue calls, at most once a second is enough (it was read on every tick
    // of the clock, by each of the two).
    let answered_refresh = refresh::use_refresh(vec![desk.queuecalls], refresh::FEED_MS);
    let answered = Memo::new(move |_| {
        answered_refresh.track();
        desk.peek(metrics::answered_waits)
    });
    // Setting another agent's status is for admins and managers (bin-api-manager agents PUT
    // status); the same bits that open this page.
    let can_set_status = session.is_supervisor();
    // Live-call controls: one call at a time, for as long as the dashboard is open.
    let listener = Listener::new(desk, session.api());
    provide_context(listener);
    on_cleanup(move || listener.stop());
    help_requests::listen_from_link(listener);
    let help = help_requests::use_help_board(&session, desk);
    let my_name = crate::views::desk::selectors::display_name(&session.me);

    view! {
        <main id="main" class="dashboard" data-testid="dashboard">
            <h1 class="visually-hidden">{tr!("dash-title")}</h1>
            <help_requests::HelpRequests board=help my_name/>
            <tiles::Tiles board=queue_board waiting answered/>
            <listen_panel::ListenPanel/>
            <div class="dash-grid">
                <queues::QueueStats poll=queue_poll board=queue_board/>
                <agents_board::AgentsBoard can_set_status/>
                <calls_table::ActiveCalls/>
                <charts::Charts waiting answered/>
                <div class="dash-feeds">
                    <feeds::Feeds/>
                </div>
            </div>
        </main>
    }
    .into_any()
}
