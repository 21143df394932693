//! Carries out the after-call machines: watches the phone's calls and the agent's status, runs
//! the wrap-up, keeps the state on the device; `status_writer` and `outbox` talk to the server.

use super::legs::{self, LegSeen};
use super::note::{Note, Target};
use super::outbox::pump;
use super::routing::{self, CallEvent, Now, Order};
use super::status_writer::{job, spawn_status_writer, Job};
use super::wrap_up::{NextStatus, WrapUp};
use super::{saved, AfterCall, Notice};
use crate::api::Api;
use crate::app::Auth;
use crate::phone::{Phone, PhoneStatus};
use crate::session::Session;
use crate::state::DeskState;
use leptos::prelude::*;
use std::time::Duration;
use voipbin_protocol::AgentStatus;

/// What the runtime reads from the rest of the app.
#[derive(Clone, Copy)]
pub(super) struct Context {
    auth: RwSignal<Option<Session>>,
    pub(super) phone: Phone,
    pub(super) desk: DeskState,
}

impl Context {
    pub(super) fn api(&self) -> Option<Api> {
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

    // The tab that holds the phone runs the after-call work; another tab of the same browser
    // (phone elsewhere) neither shows it nor sends, so a note never goes twice. It reads the
    // device's state again when it takes the phone over.
    Effect::new(move |previous: Option<(String, String, bool)>| {
        let (id, secret) = auth.with(|s| {
            s.as_ref()
                .map(|s| (s.me.id.clone(), s.credential.secret().to_string()))
                .unwrap_or_default()
        });
        let elsewhere = context
            .phone
            .model
            .with(|m| m.status == PhoneStatus::Elsewhere);
        let key = (id, secret, elsewhere);
        if previous.as_ref() != Some(&key) {
            let agent_id = if elsewhere { "" } else { key.0.as_str() };
            untrack(|| start_for(after, context, agent_id));
        }
        key
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
            untrack(|| {
                on_call_event(
                    after,
                    context,
                    &call_key,
                    &event,
                    &party,
                    calls,
                    Source::Phone,
                )
            });
        }
        seen
    });

    // A desk that is not the agent's phone follows the agent's legs in the store instead.
    Effect::new(move |before: Option<Vec<LegSeen>>| {
        let without_phone = context
            .phone
            .model
            .with(|m| matches!(m.status, PhoneStatus::NoPhone(_)));
        let agent_id = auth.with(|s| s.as_ref().map(|s| s.me.id.clone()).unwrap_or_default());
        let legs = if without_phone {
            context
                .desk
                .read(context.desk.calls, |s| legs::my_legs(s, &agent_id))
        } else {
            Vec::new()
        };
        let live = legs.iter().filter(|l| !l.ended).count();
        for (call_key, event) in legs::leg_events(before.as_deref().unwrap_or_default(), &legs) {
            let party = legs
                .iter()
                .find(|l| l.id == call_key)
                .map(|l| l.party.clone())
                .unwrap_or_default();
            untrack(|| {
                on_call_event(
                    after,
                    context,
                    &call_key,
                    &event,
                    &party,
                    live,
                    Source::Legs,
                )
            });
        }
        legs
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

/// Where a call event came from: the desk's phone, or the agent's legs in the store when the
/// desk is not its phone.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Source {
    Phone,
    Legs,
}

fn on_call_event(
    after: AfterCall,
    context: Context,
    call_key: &str,
    event: &CallEvent,
    party: &str,
    calls: usize,
    source: Source,
) {
    // Signing out stops the phone: its calls vanish, and there is no agent to set (nor in a tab
    // whose phone is elsewhere).
    let no_phone = context
        .phone
        .model
        .with_untracked(|m| matches!(m.status, PhoneStatus::NoPhone(_)));
    let no_agent = after.agent_id.with_value(String::is_empty);
    if no_phone != (source == Source::Legs) || no_agent || context.api().is_none() {
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
    if !orders
        .iter()
        .any(|o| matches!(o, Order::Set(_) | Order::Restore))
    {
        job(after, Job::ReadMe);
    }
    for order in orders {
        match order {
            Order::Set(status) => job(after, Job::Set(status)),
            Order::Restore => job(after, Job::Restore),
            Order::WrapUp { call_key, next } => start_wrap_up(after, &call_key, party, next),
        }
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
    let blocked = next == Some(AgentStatus::Available)
        && after.context.get_value().is_some_and(|c| {
            c.phone
                .model
                .with_untracked(|m| m.blocks_available().is_some())
        });
    after
        .notice
        .set(blocked.then_some(Notice::StillBusyPhoneUnregistered));
    if let (Some(status), false) = (next, blocked) {
        job(after, Job::Set(status));
    }
    after.persist();
    pump(after);
}
