//! After a call: the wrap-up, the agent's note about the call, and the agent's status, which
//! VoIPBIN leaves `busy` after every answered queue call (see `routing`).
//!
//! A room like `phone`: `wrap_up`, `note` and `routing` are pure and tested natively; `runtime`
//! owns the effects, storage and REST; views read [`AfterCall`]'s signals and call its actions.

mod legs;
pub mod note;
mod outbox;
pub mod routing;
mod runtime;
mod saved;
mod status_writer;
pub mod wrap_up;

use leptos::prelude::*;
use note::{Note, Target};
use std::collections::HashMap;
use voipbin_protocol::AgentStatus;
use wrap_up::{NextStatus, WrapUp};

pub use runtime::run;

/// Why the desk did not set the status the agent chose after a wrap-up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    /// The phone cannot ring (not registered): the agent stays busy, out of the queues.
    StillBusyPhoneUnregistered,
}

/// A call's case and contact, as the screen-pop found them.
#[derive(Clone, Debug, Default, PartialEq)]
struct CallTargets {
    case_id: Option<String>,
    contact_id: Option<String>,
}

#[derive(Clone, Copy)]
pub struct AfterCall {
    /// The wrap-up running now, if any.
    pub wrap_up: RwSignal<Option<WrapUp>>,
    /// Notes not settled yet (and the shown one), oldest first.
    pub notes: RwSignal<Vec<Note>>,
    /// The call whose note the desk shows: the running wrap-up's, then, after Done, until the
    /// next wrap-up or the agent dismisses it (so the agent sees it sent).
    pub shown_note: RwSignal<Option<String>>,
    /// The agent's wrap-up time in seconds (0 = until Done).
    pub seconds: RwSignal<u32>,
    pub online: RwSignal<bool>,
    /// Why the desk did not set the status the agent chose after a wrap-up.
    pub notice: RwSignal<Option<Notice>>,
    targets: StoredValue<HashMap<String, CallTargets>>,
    routing: StoredValue<routing::Routing>,
    jobs: StoredValue<Option<status_writer::Jobs>, LocalStorage>,
    context: StoredValue<Option<runtime::Context>, LocalStorage>,
    agent_id: StoredValue<String>,
}

impl Default for AfterCall {
    fn default() -> Self {
        Self::new()
    }
}

impl AfterCall {
    pub fn new() -> AfterCall {
        AfterCall {
            wrap_up: RwSignal::new(None),
            notes: RwSignal::new(Vec::new()),
            shown_note: RwSignal::new(None),
            seconds: RwSignal::new(wrap_up::DEFAULT_SECONDS),
            online: RwSignal::new(true),
            notice: RwSignal::new(None),
            targets: StoredValue::new(HashMap::new()),
            routing: StoredValue::new(routing::Routing::default()),
            jobs: StoredValue::new_local(None),
            context: StoredValue::new_local(None),
            agent_id: StoredValue::new(String::new()),
        }
    }

    /// The note the desk shows (reactive).
    pub fn note(&self) -> Option<Note> {
        let key = self.shown_note.get()?;
        self.notes
            .with(|notes| notes.iter().find(|n| n.call_key == key).cloned())
    }

    /// Stops showing a finished wrap-up's note (it keeps going to the server if it must).
    pub fn dismiss_note(&self) {
        if self.wrap_up.with_untracked(Option::is_none) {
            self.shown_note.set(None);
        }
    }

    pub fn type_note(&self, text: &str) {
        let Some(key) = self.current_key() else {
            return;
        };
        self.with_note(&key, |note| note.typed(text));
        self.persist();
    }

    pub fn extend(&self) {
        let now = runtime::now_ms();
        self.wrap_up.update(|w| {
            if let Some(w) = w {
                w.extend(now);
            }
        });
        self.persist();
    }

    pub fn set_next_status(&self, next: NextStatus) {
        self.wrap_up.update(|w| {
            if let Some(w) = w {
                w.next_status = next;
            }
        });
        self.persist();
    }

    pub fn set_close_case(&self, close: bool) {
        self.wrap_up.update(|w| {
            if let Some(w) = w {
                w.close_case = close && w.case_id.is_some();
            }
        });
        self.persist();
    }

    /// Ends the wrap-up: sends the note, closes the case if asked, sets the next status.
    pub fn done(&self) {
        runtime::finish_wrap_up(*self, true);
    }

    /// Sends a refused note again.
    pub fn retry_note(&self) {
        if let Some(key) = self.shown_note.get_untracked() {
            let now = runtime::now_ms();
            self.with_note(&key, |note| note.retry(now));
            self.persist();
            outbox::pump(*self);
        }
    }

    /// The agent's wrap-up time (seconds, 0 = until Done), kept per agent on this device.
    pub fn set_wrap_up_seconds(&self, seconds: u32) {
        self.seconds.set(seconds);
        saved::save_seconds(&self.agent_id.get_value(), seconds);
    }

    /// The call's case and contact (`call_key` is the SIP call id, `PhoneCall::id`): where its
    /// note goes, and the case Done may close.
    pub fn set_call_targets(
        &self,
        call_key: &str,
        case_id: Option<String>,
        contact_id: Option<String>,
    ) {
        let targets = CallTargets {
            case_id,
            contact_id,
        };
        let target = Target::of(targets.case_id.clone(), targets.contact_id.clone());
        let case_id = match &target {
            Target::Case(id) => Some(id.clone()),
            _ => None,
        };
        self.targets.update_value(|all| {
            all.insert(call_key.to_string(), targets);
        });
        self.notes.update(|notes| {
            for note in notes.iter_mut().filter(|n| n.call_key == call_key) {
                note.set_target(target.clone());
            }
        });
        self.wrap_up.update(|w| {
            if let Some(w) = w.as_mut().filter(|w| w.call_key == call_key) {
                w.set_case(case_id);
            }
        });
        self.persist();
        outbox::pump(*self);
    }

    /// The agent chose a status in the status control: during a call or wrap-up it becomes the
    /// next status and the desk sets nothing over it.
    pub fn picked(&self, status: &AgentStatus) {
        let now = runtime::desk_now(*self);
        let next = self
            .routing
            .try_update_value(|r| r.picked(status, &now))
            .flatten();
        if let Some(next) = next {
            self.set_next_status(next);
        }
    }

    fn current_key(&self) -> Option<String> {
        self.wrap_up
            .with_untracked(|w| w.as_ref().map(|w| w.call_key.clone()))
    }

    fn with_note(&self, call_key: &str, f: impl FnOnce(&mut Note)) {
        self.notes.update(|notes| {
            if let Some(note) = notes.iter_mut().find(|n| n.call_key == call_key) {
                f(note);
            }
        });
    }

    /// Writes the wrap-up and the notes to this device (every change: nothing typed is lost).
    fn persist(&self) {
        let agent = self.agent_id.get_value();
        if agent.is_empty() {
            return;
        }
        let stored = self.wrap_up.with_untracked(|w| {
            self.notes
                .with_untracked(|notes| saved::save(&agent, w.as_ref(), notes))
        });
        let unmarked = self
            .notes
            .with_untracked(|notes| notes.iter().any(|n| n.stored != stored));
        if unmarked {
            self.notes
                .update(|notes| notes.iter_mut().for_each(|n| n.stored = stored));
        }
    }
}
