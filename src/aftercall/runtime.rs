//! Carries out the after-call machines: watches the phone's calls, writes the agent's status
//! (in order, read back into the store, since no agent event reaches a plain agent), keeps the
//! state on the device and sends the notes.

use super::note::{self, Note, Outcome, Request, Target};
use super::routing::{self, CallEvent, Now, Order};
use super::wrap_up::{NextStatus, WrapUp};
use super::{saved, AfterCall};
use crate::api::{self, crm, Api};
use crate::app::Auth;
use crate::phone::{Phone, PhoneStatus};
use crate::session::Session;
use crate::state::DeskState;
use futures::channel::mpsc::{unbounded, UnboundedSender};
use futures::StreamExt;
use leptos::prelude::*;
use std::time::Duration;
use voipbin_protocol::AgentStatus;

/// Tries of one status write whose outcome is unknown: a lost `available` would leave the agent
/// out of the queues until it noticed.
const STATUS_TRIES: u32 = 4;

pub(super) enum Job {
    Set(AgentStatus),
    ReadMe,
    /// Read the agent, then put back the status `routing` restored if VoIPBIN overwrote it.
    Recheck,
}

pub(super) type Jobs = UnboundedSender<Job>;

/// What the runtime reads from the rest of the app.
#[derive(Clone, Copy)]
pub(super) struct Context {
    auth: RwSignal<Option<Session>>,
    phone: Phone,
    desk: DeskState,
}

impl Context {
    fn api(&self) -> Option<Api> {
        self.auth.with_untracked(|s| s.as_ref().map(Session::api))
    }

    /// The agent's status as last read (the store's copy, else the sign-in answer).
    fn my_status(&self) -> AgentStatus {
        let Some((id, signed_in)) = self
            .auth
            .with(|s| s.as_ref().map(|s| (s.me.id.clone(), s.me.status.clone())))
        else {
            return AgentStatus::None;
        };
        self.desk
            .read(self.desk.agents, |s| {
                s.agents.get(&id).map(|a| a.status.clone())
            })
            .unwrap_or(signed_in)
    }
}

pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Starts the runtime for the app's lifetime (call once, where `Auth`, `Phone` and `DeskState`
/// are provided).
pub fn run(after: AfterCall) {
    let Auth(auth) = expect_context::<Auth>();
    let context = Context {
        auth,
        phone: expect_context::<Phone>(),
        desk: expect_context::<DeskState>(),
    };
    after.context.set_value(Some(context));

    Effect::new(move |previous: Option<(String, String)>| {
        let session = auth.with(|s| {
            s.as_ref()
                .map(|s| (s.me.id.clone(), s.credential.secret().to_string()))
                .unwrap_or_default()
        });
        if previous.as_ref() != Some(&session) {
            untrack(|| start_for(after, context, &session.0));
        }
        session
    });

    Effect::new(move |before: Option<Vec<routing::Seen>>| {
        let (events, party, calls, seen) = context.phone.model.with(|m| {
            let events = routing::call_events(before.as_deref().unwrap_or_default(), m);
            let party = m
                .last_ended
                .as_ref()
                .map(|e| (e.call.id.clone(), crate::views::phone::party_name(&e.call)));
            (events, party, m.calls.len(), routing::seen(m))
        });
        // A session without a phone has no calls: nothing here ever sets its status.
        for (call_key, event) in events {
            let party = match &party {
                Some((id, name)) if *id == call_key => name.clone(),
                _ => String::new(),
            };
            untrack(|| on_call_event(after, context, &call_key, &event, &party, calls));
        }
        seen
    });

    Effect::new(move |_| {
        let now = Now {
            status: context.my_status(),
            ..untrack(|| desk_now(after))
        };
        after.routing.update_value(|r| r.observe(&now));
    });

    if let Ok(handle) = set_interval_with_handle(
        move || {
            let expired = after
                .wrap_up
                .with_untracked(|w| w.as_ref().is_some_and(|w| w.expired(now_ms())));
            if expired {
                finish_wrap_up(after, false);
            }
            pump(after);
        },
        Duration::from_millis(1000),
    ) {
        on_cleanup(move || handle.clear());
    }

    let online = window_event_listener_untyped("online", move |_| {
        after.online.set(true);
        let now = now_ms();
        after
            .notes
            .update(|notes| notes.iter_mut().for_each(|n| n.came_online(now)));
        pump(after);
    });
    let offline = window_event_listener_untyped("offline", move |_| after.online.set(false));
    on_cleanup(move || {
        online.remove();
        offline.remove();
    });
}

/// Where the desk stands now, for `routing`.
pub(super) fn desk_now(after: AfterCall) -> Now {
    let Some(context) = after.context.get_value() else {
        return Now {
            status: AgentStatus::None,
            calls: 0,
            wrapping_up: false,
        };
    };
    Now {
        status: untrack(|| context.my_status()),
        calls: context.phone.model.with_untracked(|m| m.calls.len()),
        wrapping_up: after.wrap_up.with_untracked(Option::is_some),
    }
}

/// Loads the signed-in agent's wrap-up and notes from the device and resumes them.
fn start_for(after: AfterCall, context: Context, agent_id: &str) {
    after.agent_id.set_value(agent_id.to_string());
    after.routing.set_value(routing::Routing::default());
    after.targets.update_value(|t| t.clear());
    after.jobs.set_value(None);
    let online = web_sys::window().is_none_or(|w| w.navigator().on_line());
    after.online.set(online);
    let (Some(api), false) = (context.api(), agent_id.is_empty()) else {
        after.wrap_up.set(None);
        after.shown_note.set(None);
        after.notes.set(Vec::new());
        return;
    };
    let saved = saved::load(agent_id);
    let now = now_ms();
    let current = saved.wrap_up.as_ref().map(|w| w.call_key.clone());
    let mut notes = saved.notes;
    saved::prune(&mut notes, current.as_deref());
    for note in &mut notes {
        note.resumed(now);
        // Its wrap-up is gone (it ended in another tab): send what was written.
        if Some(&note.call_key) != current.as_ref() {
            note.done(false);
        }
    }
    after.seconds.set(saved::load_seconds(agent_id));
    after.wrap_up.set(saved.wrap_up);
    after.shown_note.set(current);
    after.notes.set(notes);
    after
        .jobs
        .set_value(Some(spawn_status_writer(after, context, api)));
    after.persist();
    pump(after);
}

fn on_call_event(
    after: AfterCall,
    context: Context,
    call_key: &str,
    event: &CallEvent,
    party: &str,
    calls: usize,
) {
    // Signing out stops the phone: its calls vanish, and there is no agent to set.
    let no_phone = context
        .phone
        .model
        .with_untracked(|m| matches!(m.status, PhoneStatus::NoPhone(_)));
    if no_phone || context.api().is_none() {
        return;
    }
    let now = Now {
        calls,
        ..desk_now(after)
    };
    let orders = after
        .routing
        .try_update_value(|r| r.on_call(call_key, event, &now))
        .unwrap_or_default();
    // No agent event reaches a plain agent: its status (ringing, busy) is read after each of
    // its own call events, not only on the desk's timer.
    if !orders.iter().any(|o| matches!(o, Order::Set(_))) {
        job(after, Job::ReadMe);
    }
    for order in orders {
        match order {
            Order::Set(status) => job(after, Job::Set(status)),
            Order::Recheck { after_ms } => {
                leptos::task::spawn_local(async move {
                    gloo_timers::future::TimeoutFuture::new(after_ms as u32).await;
                    job(after, Job::Recheck);
                });
            }
            Order::WrapUp { call_key, next } => start_wrap_up(after, &call_key, party, next),
        }
    }
}

fn job(after: AfterCall, job: Job) {
    after.jobs.with_value(|jobs| {
        if let Some(jobs) = jobs {
            let _ = jobs.unbounded_send(job);
        }
    });
}

/// One writer, so the desk's status writes land in the order they were decided.
fn spawn_status_writer(after: AfterCall, context: Context, api: Api) -> Jobs {
    let (sender, mut jobs) = unbounded::<Job>();
    leptos::task::spawn_local(async move {
        while let Some(job) = jobs.next().await {
            match job {
                Job::Set(status) => set_status(&api, &status).await,
                Job::ReadMe => {}
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

fn start_wrap_up(after: AfterCall, call_key: &str, party: &str, next: NextStatus) {
    // One wrap-up at a time: a call answered during one ends it (its note goes as written).
    close_wrap_up(after);
    after.notice.set(None);
    let now = now_ms();
    let targets = after
        .targets
        .with_value(|t| t.get(call_key).cloned())
        .unwrap_or_default();
    let target = Target::of(targets.case_id, targets.contact_id);
    let mut wrap_up = WrapUp::start(call_key, party, after.seconds.get_untracked(), now);
    wrap_up.next_status = next;
    if let Target::Case(case_id) = &target {
        wrap_up.set_case(Some(case_id.clone()));
    }
    after.notes.update(|notes| {
        saved::prune(notes, Some(call_key));
        if !notes.iter().any(|n| n.call_key == call_key) {
            let mut note = Note::new(call_key, now);
            note.set_target(target);
            notes.push(note);
        }
    });
    after.shown_note.set(Some(call_key.to_string()));
    after.wrap_up.set(Some(wrap_up));
    after.persist();
}

/// Ends the running wrap-up's note (sent as written) without touching the status.
fn close_wrap_up(after: AfterCall) -> Option<super::wrap_up::Finish> {
    let finish = after.wrap_up.get_untracked()?.done();
    after.notes.update(|notes| {
        if let Some(note) = notes.iter_mut().find(|n| n.call_key == finish.call_key) {
            note.done(finish.close_case.is_some());
        }
    });
    after.wrap_up.set(None);
    Some(finish)
}

/// Done pressed (`by_agent`) or the countdown ran out: the note goes, the next status is set.
pub(super) fn finish_wrap_up(after: AfterCall, by_agent: bool) {
    let expired = after
        .wrap_up
        .with_untracked(|w| w.as_ref().is_some_and(|w| w.expired(now_ms())));
    if !by_agent && !expired {
        return;
    }
    let Some(finish) = close_wrap_up(after) else {
        return;
    };
    let now = desk_now(after);
    let next = after
        .routing
        .try_update_value(|r| r.finish(&finish.status, &now))
        .flatten();
    // A phone that cannot ring must not take queue calls: the agent stays busy and is told.
    let blocked = after.context.get_value().and_then(|c| {
        c.phone
            .model
            .with_untracked(|m| m.blocks_available())
            .filter(|_| next == Some(AgentStatus::Available))
    });
    after.notice.set(
        blocked
            .as_ref()
            .map(|why| format!("Still busy, not set available: {why}.")),
    );
    if let (Some(status), None) = (next, blocked) {
        job(after, Job::Set(status));
    }
    after.persist();
    pump(after);
}

/// Starts every request the notes need now; their in-flight marks are stored first, so a
/// reload in the middle knows the outcome is unknown.
pub(super) fn pump(after: AfterCall) {
    let Some(api) = after.context.get_value().and_then(|c| c.api()) else {
        return;
    };
    let online = after.online.get_untracked();
    let now = now_ms();
    let mut requests = Vec::new();
    after.notes.maybe_update(|notes| {
        for note in notes.iter_mut() {
            if let Some(request) = note.next_request(now, online) {
                requests.push((note.call_key.clone(), request));
            }
        }
        !requests.is_empty()
    });
    if requests.is_empty() {
        return;
    }
    after.persist();
    let my_id = after.agent_id.get_value();
    for (call_key, request) in requests {
        let (api, my_id) = (api.clone(), my_id.clone());
        leptos::task::spawn_local(async move {
            let result = execute(&api, &my_id, &call_key, after, request).await;
            let now = now_ms();
            after.with_note(&call_key, |note| match result {
                Done::Sent(outcome) => note.send_result(outcome, now),
                Done::Checked(found) => note.check_result(found, now),
                Done::Closed(outcome) => note.close_result(outcome, now),
            });
            after.persist();
            pump(after);
        });
    }
}

enum Done {
    Sent(Outcome),
    Checked(Option<bool>),
    Closed(Outcome),
}

async fn execute(
    api: &Api,
    my_id: &str,
    call_key: &str,
    after: AfterCall,
    request: Request,
) -> Done {
    match request {
        Request::AddCaseNote { case_id, text } => {
            Done::Sent(Outcome::of(&crm::add_case_note(api, &case_id, &text).await))
        }
        Request::CheckCaseNotes { case_id } => {
            let draft = after
                .notes
                .with_untracked(|n| n.iter().find(|n| n.call_key == call_key).cloned());
            let found = crm::case_notes(api, &case_id).await.ok().map(|notes| {
                draft
                    .is_some_and(|draft| notes.iter().any(|n| note::is_this_note(n, &draft, my_id)))
            });
            Done::Checked(found)
        }
        Request::AppendContactNote { contact_id, line } => {
            Done::Sent(append_to_contact(api, &contact_id, &line).await)
        }
        Request::CloseCase { case_id } => {
            Done::Closed(Outcome::of(&crm::close_case(api, &case_id).await))
        }
    }
}

/// The contact's notes are rewritten whole: read them, add the line unless it is there.
async fn append_to_contact(api: &Api, contact_id: &str, line: &str) -> Outcome {
    let contact = match crm::contact(api, contact_id).await {
        Ok(contact) => contact,
        Err(e) => return Outcome::of::<()>(&Err(e)),
    };
    let Some(notes) = note::append_line(&contact.notes, line) else {
        return Outcome::Ok;
    };
    let fields = crm::ContactFields {
        notes,
        ..crm::ContactFields::of(&contact)
    };
    Outcome::of(&crm::update_contact(api, contact_id, &fields).await)
}
