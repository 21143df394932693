//! The store seen by views: a non-reactive `Store` plus one trigger per collection, so a view
//! re-runs only when what it reads changed. Events are queued and applied at most once per
//! animation frame: a storm of events costs one render per frame, never one per event.

use crate::live::InspectorLog;
use crate::store::{Changes, Snapshot, Store};
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use voipbin_protocol::Event;

/// How long a hidden tab (which gets no animation frames) lets events wait before applying them:
/// the queue alert must still fire its notification.
const HIDDEN_FLUSH_MS: u64 = 200;

#[derive(Clone, Copy)]
pub struct DeskState {
    store: StoredValue<Store>,
    pub calls: Trigger,
    pub queuecalls: Trigger,
    pub queues: Trigger,
    pub agents: Trigger,
    pub conversations: Trigger,
    pub sms: Trigger,
    pub recordings: Trigger,
    pub transcripts: Trigger,
    pub activeflows: Trigger,
    pub conferences: Trigger,
    pub customer: Trigger,
    pub inspector: Trigger,
    inspector_log: StoredValue<InspectorLog>,
    pending: StoredValue<Rc<RefCell<Pending>>, LocalStorage>,
    /// Bumped after every applied batch; the latency benchmark watches it.
    pub applied_batches: RwSignal<u64>,
}

#[derive(Default)]
struct Pending {
    events: Vec<Event>,
    scheduled: bool,
}

impl DeskState {
    pub fn new() -> Self {
        DeskState {
            store: StoredValue::new(Store::default()),
            calls: Trigger::new(),
            queuecalls: Trigger::new(),
            queues: Trigger::new(),
            agents: Trigger::new(),
            conversations: Trigger::new(),
            sms: Trigger::new(),
            recordings: Trigger::new(),
            transcripts: Trigger::new(),
            activeflows: Trigger::new(),
            conferences: Trigger::new(),
            customer: Trigger::new(),
            inspector: Trigger::new(),
            inspector_log: StoredValue::new(InspectorLog::default()),
            pending: StoredValue::new_local(Rc::new(RefCell::new(Pending::default()))),
            applied_batches: RwSignal::new(0),
        }
    }

    /// Reads the store, tracking `trigger` so the caller re-runs when that collection changes.
    pub fn read<R>(&self, trigger: Trigger, f: impl FnOnce(&Store) -> R) -> R {
        trigger.track();
        self.store.with_value(f)
    }

    /// Reads without tracking (event handlers, timers).
    pub fn peek<R>(&self, f: impl FnOnce(&Store) -> R) -> R {
        self.store.with_value(f)
    }

    pub fn read_inspector<R>(&self, f: impl FnOnce(&InspectorLog) -> R) -> R {
        self.inspector.track();
        self.inspector_log.with_value(f)
    }

    /// Records into the inspector; views see it with the next batch (not once per frame).
    pub fn update_inspector(&self, f: impl FnOnce(&mut InspectorLog)) {
        self.inspector_log.update_value(f);
    }

    /// Queues an event; it is applied with the others on the next frame.
    pub fn enqueue(&self, event: Event) {
        let Some(pending) = self.pending.try_get_value() else {
            return;
        };
        let schedule = {
            let mut p = pending.borrow_mut();
            p.events.push(event);
            !std::mem::replace(&mut p.scheduled, true)
        };
        if schedule {
            let this = *self;
            let flushed = Rc::new(std::cell::Cell::new(false));
            let once = {
                let flushed = flushed.clone();
                move || {
                    if !flushed.replace(true) {
                        this.flush();
                    }
                }
            };
            let fallback = once.clone();
            request_animation_frame(once);
            if is_hidden() {
                set_timeout(fallback, std::time::Duration::from_millis(HIDDEN_FLUSH_MS));
            }
        }
    }

    /// Applies every queued event in one batch and notifies the views that changed.
    pub fn flush(&self) {
        let Some(pending) = self.pending.try_get_value() else {
            return;
        };
        let events = {
            let mut p = pending.borrow_mut();
            p.scheduled = false;
            std::mem::take(&mut p.events)
        };
        if events.is_empty() {
            return;
        }
        let now = now_ms();
        let mut changes = Changes::default();
        self.store.update_value(|store| {
            for event in &events {
                changes.merge(store.apply(event, now));
            }
        });
        self.notify(changes);
        self.inspector.notify();
        self.applied_batches.update(|n| *n += 1);
    }

    pub fn merge(&self, snapshot: Snapshot) {
        let mut changes = Changes::default();
        self.store.update_value(|s| changes = s.merge(snapshot));
        self.notify(changes);
    }

    pub fn update(&self, f: impl FnOnce(&mut Store) -> Changes) {
        let mut changes = Changes::default();
        self.store.update_value(|s| changes = f(s));
        self.notify(changes);
    }

    fn notify(&self, c: Changes) {
        let pairs = [
            (c.calls, self.calls),
            (c.queuecalls, self.queuecalls),
            (c.queues, self.queues),
            (c.agents, self.agents),
            (c.conversations, self.conversations),
            (c.sms, self.sms),
            (c.recordings, self.recordings),
            (c.transcripts, self.transcripts),
            (c.activeflows, self.activeflows),
            (c.conferences, self.conferences),
            (c.customer, self.customer),
        ];
        for (changed, trigger) in pairs {
            if changed {
                trigger.notify();
            }
        }
    }

    /// Forgets everything (sign-out).
    pub fn reset(&self) {
        self.store.set_value(Store::default());
        self.inspector_log.update_value(InspectorLog::clear);
        self.notify(Changes {
            calls: true,
            queuecalls: true,
            queues: true,
            agents: true,
            conversations: true,
            sms: true,
            recordings: true,
            transcripts: true,
            activeflows: true,
            conferences: true,
            customer: true,
        });
    }
}

impl Default for DeskState {
    fn default() -> Self {
        Self::new()
    }
}

pub fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

fn is_hidden() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .is_some_and(|d| d.hidden())
}
