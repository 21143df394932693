//! The store seen by views: a non-reactive `Store` plus one trigger per collection, so a view
//! re-runs only when what it reads changed. An event is applied at once (in a microtask) while
//! applying is cheap, so it reaches the screen within milliseconds instead of waiting up to a
//! frame; once a frame's budget is spent (or one batch costs more than it), the rest wait for the
//! next animation frame and are applied as one batch, so a storm costs at most a frame's budget
//! plus one render per frame, never one render per event.

use crate::live::InspectorLog;
use crate::store::{Changes, Snapshot, Store};
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use voipbin_protocol::Event;

/// How long a hidden tab (which gets no animation frames) lets events wait before applying them:
/// the queue alert must still fire its notification.
const HIDDEN_FLUSH_MS: u64 = 200;
/// One display frame.
pub const FRAME_MS: f64 = 16.0;
/// Main-thread time per frame that immediate (unbatched) applies may take, views included.
const IMMEDIATE_BUDGET_MS: f64 = 4.0;
/// Immediate applies per frame: every event of a burst at a few hundred a second (servers send
/// in ticks; at 200/s a 20 ms tick carries 4 on average, rarely over 12). Each apply has a fixed
/// cost (views, the inspector, the report), so at thousands a second the rest wait for the
/// frame's batch: at 8,000/s one apply per event took a third of the main thread.
const IMMEDIATE_APPLIES_PER_FRAME: u32 = 12;

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
    /// Team talk (chats, messages, the outbox).
    pub talk: Trigger,
    pub inspector: Trigger,
    inspector_log: StoredValue<InspectorLog>,
    pending: StoredValue<Rc<RefCell<Pending>>, LocalStorage>,
    /// Batches applied so far: a burst must cost one (checked by the wasm tests).
    pub applied_batches: RwSignal<u64>,
}

#[derive(Default)]
struct Pending {
    events: Vec<Event>,
    scheduled: bool,
    /// Start of the current frame-long window, and the apply time spent in it.
    window_start_ms: f64,
    spent_in_window_ms: f64,
    immediate_in_window: u32,
    /// What the last applied batch cost, views included.
    last_cost_ms: f64,
}

impl Pending {
    /// Whether the next flush may run at once rather than on the next frame: only if one more
    /// batch like the last still fits this frame's budget and its count of immediate applies.
    fn immediate_fits(&mut self, now_ms: f64) -> bool {
        if now_ms - self.window_start_ms >= FRAME_MS {
            self.window_start_ms = now_ms;
            self.spent_in_window_ms = 0.0;
            self.immediate_in_window = 0;
        }
        let fits = self.immediate_in_window < IMMEDIATE_APPLIES_PER_FRAME
            && self.spent_in_window_ms + self.last_cost_ms <= IMMEDIATE_BUDGET_MS;
        self.immediate_in_window += u32::from(fits);
        fits
    }

    fn record_cost(&mut self, cost_ms: f64) {
        self.last_cost_ms = cost_ms;
        self.spent_in_window_ms += cost_ms;
    }
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
            talk: Trigger::new(),
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

    /// Queues an event: applied at once while events are sparse, else with the next frame's batch.
    pub fn enqueue(&self, event: Event) {
        let Some(pending) = self.pending.try_get_value() else {
            return;
        };
        let immediate = {
            let mut p = pending.borrow_mut();
            p.events.push(event);
            if std::mem::replace(&mut p.scheduled, true) {
                return;
            }
            p.immediate_fits(performance_now())
        };
        let this = *self;
        if immediate {
            queue_microtask(move || this.flush());
            return;
        }
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
        let started = performance_now();
        let now = now_ms();
        let mut changes = Changes::default();
        let mut taken = 0;
        self.store.update_value(|store| {
            for event in &events {
                changes.merge(store.apply(event, now));
            }
            taken = store.events_taken;
        });
        self.notify(changes);
        self.inspector.notify();
        self.applied_batches.update(|n| *n += 1);
        report_applied(taken, self.applied_batches.get_untracked());
        // Views re-run in tasks woken by `notify`, queued before this one: when it runs, they ran.
        leptos::task::spawn_local(async move {
            pending
                .borrow_mut()
                .record_cost(performance_now() - started);
        });
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
            (c.talk, self.talk),
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
            talk: true,
        });
    }
}

impl Default for DeskState {
    fn default() -> Self {
        Self::new()
    }
}

/// `window.__deskApplied = {events, batches}`: what the store has taken in, for the throughput
/// benchmark (bench/throughput.mjs), which cannot see into wasm. Once per batch, at most a frame's.
fn report_applied(events: u64, batches: u64) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let report = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&report, &"events".into(), &(events as f64).into());
    let _ = js_sys::Reflect::set(&report, &"batches".into(), &(batches as f64).into());
    let _ = js_sys::Reflect::set(&window, &"__deskApplied".into(), &report);
}

/// A sub-millisecond clock for measuring work (`Date.now()` has 1 ms steps). Called a few times
/// per applied batch: the `Performance` object is looked up once.
pub fn performance_now() -> f64 {
    thread_local! {
        static PERFORMANCE: Option<web_sys::Performance> =
            web_sys::window().and_then(|w| w.performance());
    }
    PERFORMANCE.with(|p| p.as_ref().map_or_else(js_sys::Date::now, |p| p.now()))
}

pub fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

pub fn is_hidden() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .is_some_and(|d| d.hidden())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cheap_batches_apply_at_once_until_the_frame_budget_is_spent() {
        let mut p = Pending::default();
        let mut immediate = Vec::new();
        for i in 0..5 {
            let fits = p.immediate_fits(1000.0 + i as f64);
            immediate.push(fits);
            if fits {
                p.record_cost(1.5);
            }
        }
        assert_eq!(immediate, [true, true, false, false, false]);
        // The next frame-long window gives a fresh budget.
        assert!(p.immediate_fits(1000.0 + FRAME_MS));
    }

    #[test]
    fn very_cheap_batches_apply_at_once_a_few_times_per_frame() {
        let mut p = Pending::default();
        let immediate = (0..20)
            .filter(|i| {
                let fits = p.immediate_fits(1000.0 + f64::from(*i) * 0.1);
                p.record_cost(0.01);
                fits
            })
            .count();
        assert_eq!(immediate, IMMEDIATE_APPLIES_PER_FRAME as usize);
        assert!(p.immediate_fits(1000.0 + FRAME_MS));
    }

    #[test]
    fn a_batch_dearer_than_the_budget_makes_the_next_wait_for_the_frame() {
        let mut p = Pending::default();
        assert!(p.immediate_fits(0.0));
        p.record_cost(IMMEDIATE_BUDGET_MS + 1.0);
        assert!(!p.immediate_fits(100.0));
        // Once a cheap batch is measured (a frame-batched one), immediate applies resume.
        p.record_cost(0.5);
        assert!(p.immediate_fits(200.0));
    }
}
