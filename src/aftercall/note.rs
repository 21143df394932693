//! The note an agent writes about one call, kept on the device as typed and sent once, when the
//! server can take it. Pure: the runtime feeds it inputs (typed, done, targets, results, online)
//! and carries out the one request it asks for next.
//!
//! Once: a send whose outcome is unknown (no answer in time, a dropped connection, a 5xx) may
//! still land, so before sending again the case's notes are read for it. Contacts have no note
//! list: their `notes` field is rewritten whole, which is safe to repeat.

use crate::api::ApiError;
use serde::{Deserialize, Serialize};

/// A request that timed out may still land this long after it was sent: only a check made
/// later than that may conclude the note is not on the case.
pub const SETTLE_MS: f64 = 15_000.0;
const FIRST_RETRY_MS: f64 = 2_000.0;
const MAX_RETRY_MS: f64 = 60_000.0;
/// The server's clock may run behind the browser's: a note on the case counts as this draft's
/// when created no earlier than this before the draft started.
const CLOCK_SKEW_MS: f64 = 120_000.0;

/// Where the note goes: the call's case, else the contact's `notes` field.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Target {
    #[default]
    Unknown,
    Case(String),
    Contact(String),
}

impl Target {
    pub fn of(case_id: Option<String>, contact_id: Option<String>) -> Target {
        let known = |id: Option<String>| id.filter(|id| !id.trim().is_empty());
        match (known(case_id), known(contact_id)) {
            (Some(case), _) => Target::Case(case),
            (None, Some(contact)) => Target::Contact(contact),
            (None, None) => Target::Unknown,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Step {
    /// The agent is writing (Done not pressed).
    #[default]
    Writing,
    Send,
    /// A send's outcome is unknown: the case's notes are read before sending again.
    Check,
    /// The note is on the case; the agent asked to close it.
    Close,
    Finished,
    /// The server refused the note (its reason).
    Failed(String),
}

/// The one request the note needs next.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Request {
    AddCaseNote {
        case_id: String,
        text: String,
    },
    /// Reads the case's notes for this draft (see [`is_this_note`]).
    CheckCaseNotes {
        case_id: String,
    },
    /// Reads the contact and writes `line` at the end of its notes unless it is there already
    /// (see [`append_line`]).
    AppendContactNote {
        contact_id: String,
        line: String,
    },
    CloseCase {
        case_id: String,
    },
}

/// How a request ended, as far as sending again is concerned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    Ok,
    /// The server answered no: sending the same again would fail again.
    Refused(String),
    /// No answer, or one that does not say whether it was done.
    Unknown,
}

impl Outcome {
    pub fn of<T>(result: &Result<T, ApiError>) -> Outcome {
        match result {
            Ok(_) => Outcome::Ok,
            // A 2xx whose body did not read: the server did it.
            Err(ApiError::Decode(_)) => Outcome::Ok,
            Err(ApiError::Network(_)) => Outcome::Unknown,
            Err(ApiError::Status { code, .. }) if *code >= 500 || *code == 408 || *code == 429 => {
                Outcome::Unknown
            }
            Err(refused) => Outcome::Refused(refused.to_string()),
        }
    }
}

/// The `data-state` of `wrap-up-note-state`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoteState {
    Draft,
    SavedLocally,
    Sending,
    Sent,
    Failed,
}

impl NoteState {
    pub fn as_str(self) -> &'static str {
        match self {
            NoteState::Draft => "draft",
            NoteState::SavedLocally => "saved-locally",
            NoteState::Sending => "sending",
            NoteState::Sent => "sent",
            NoteState::Failed => "failed",
        }
    }
}

/// What the agent reads beside the state (the view puts it in words).
#[derive(Clone, Debug, PartialEq)]
pub enum NoteStatus {
    NotSent(String),
    SentCaseNotClosed(String),
    SentToContact,
    Sent,
    Sending,
    SavedNoTarget,
    SavedOffline,
    /// The server did not take it; the next try is in this many seconds.
    SavedRetrying(u64),
    Saved,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Note {
    pub call_key: String,
    pub text: String,
    pub started_ms: f64,
    pub target: Target,
    pub step: Step,
    pub close_case: bool,
    /// The case could not be closed (the note itself is on it).
    pub close_problem: Option<String>,
    /// Written to this device's storage (a note read back from it was).
    #[serde(skip_deserializing, default = "yes")]
    pub stored: bool,
    /// A request is out; a reload in the middle makes its outcome unknown (see `resumed`).
    pub in_flight: bool,
    pub attempts: u32,
    pub not_before_ms: f64,
    /// When a send's outcome became unknown (the check waits [`SETTLE_MS`] from it).
    pub unsure_since_ms: Option<f64>,
}

fn yes() -> bool {
    true
}

impl Note {
    pub fn new(call_key: &str, now_ms: f64) -> Note {
        Note {
            call_key: call_key.to_string(),
            started_ms: now_ms,
            stored: true,
            ..Note::default()
        }
    }

    pub fn typed(&mut self, text: &str) {
        if self.step == Step::Writing && self.text != text {
            self.text = text.to_string();
            self.stored = false;
        }
    }

    pub fn set_target(&mut self, target: Target) {
        // A note already sent stays where it went.
        let open = match self.step {
            Step::Writing | Step::Send => true,
            Step::Close => self.target == Target::Unknown,
            _ => false,
        };
        if open && !self.in_flight {
            self.target = target;
        }
    }

    /// Read back from storage after a reload: a request that was out may or may not have landed.
    pub fn resumed(&mut self, now_ms: f64) {
        if self.in_flight {
            if self.step == Step::Send {
                self.send_result(Outcome::Unknown, now_ms);
            }
            self.in_flight = false;
        }
    }

    /// Done pressed (or the wrap-up ran out): send what was written, then close the case if
    /// asked (only a case can be closed).
    pub fn done(&mut self, close_case: bool) {
        if self.step != Step::Writing {
            return;
        }
        self.close_case = close_case;
        self.step = if !self.text.trim().is_empty() {
            Step::Send
        } else if close_case {
            Step::Close
        } else {
            Step::Finished
        };
    }

    /// The request to make now, if any; the note then waits for its result.
    pub fn next_request(&mut self, now_ms: f64, online: bool) -> Option<Request> {
        if self.in_flight || !online || now_ms < self.not_before_ms {
            return None;
        }
        let request = match (&self.step, &self.target) {
            (Step::Send, Target::Case(case_id)) => Request::AddCaseNote {
                case_id: case_id.clone(),
                text: self.text.clone(),
            },
            (Step::Send, Target::Contact(contact_id)) => Request::AppendContactNote {
                contact_id: contact_id.clone(),
                line: self.contact_line(),
            },
            (Step::Check, Target::Case(case_id)) => Request::CheckCaseNotes {
                case_id: case_id.clone(),
            },
            (Step::Close, Target::Case(case_id)) if self.close_case => Request::CloseCase {
                case_id: case_id.clone(),
            },
            _ => return None,
        };
        self.in_flight = true;
        Some(request)
    }

    pub fn send_result(&mut self, outcome: Outcome, now_ms: f64) {
        if !self.in_flight || self.step != Step::Send {
            return;
        }
        self.in_flight = false;
        match outcome {
            Outcome::Ok => self.sent(),
            Outcome::Refused(reason) => self.step = Step::Failed(reason),
            // Rewriting a contact's notes is safe to repeat; a case note is checked first.
            Outcome::Unknown => {
                if matches!(self.target, Target::Case(_)) {
                    self.step = Step::Check;
                    self.unsure_since_ms = Some(now_ms);
                }
                self.back_off(now_ms);
            }
        }
    }

    /// `found`: the case's notes hold this one; `None`: they could not be read.
    pub fn check_result(&mut self, found: Option<bool>, now_ms: f64) {
        if !self.in_flight || self.step != Step::Check {
            return;
        }
        self.in_flight = false;
        let settled_at = self.unsure_since_ms.unwrap_or(now_ms) + SETTLE_MS;
        match found {
            Some(true) => self.sent(),
            Some(false) if now_ms >= settled_at => {
                self.step = Step::Send;
                self.unsure_since_ms = None;
                self.not_before_ms = now_ms;
            }
            // Too early to be sure the lost send will not land: look again once it would have.
            Some(false) => self.not_before_ms = settled_at,
            None => self.back_off(now_ms),
        }
    }

    pub fn close_result(&mut self, outcome: Outcome, now_ms: f64) {
        if !self.in_flight || self.step != Step::Close {
            return;
        }
        self.in_flight = false;
        match outcome {
            Outcome::Ok => self.step = Step::Finished,
            Outcome::Refused(reason) => {
                self.close_problem = Some(reason);
                self.step = Step::Finished;
            }
            Outcome::Unknown => self.back_off(now_ms),
        }
    }

    /// The browser is online again: try now rather than at the end of the backoff.
    pub fn came_online(&mut self, now_ms: f64) {
        let settling = self.step == Step::Check
            && self
                .unsure_since_ms
                .is_some_and(|since| now_ms < since + SETTLE_MS);
        if !settling {
            self.not_before_ms = self.not_before_ms.min(now_ms);
        }
    }

    /// Sends a refused note again (the agent fixed what was wrong, or wants to try).
    pub fn retry(&mut self, now_ms: f64) {
        if matches!(self.step, Step::Failed(_)) {
            self.step = Step::Send;
            self.attempts = 0;
            self.not_before_ms = now_ms;
        }
    }

    pub fn state(&self) -> NoteState {
        match &self.step {
            Step::Writing if self.text.trim().is_empty() || !self.stored => NoteState::Draft,
            Step::Writing => NoteState::SavedLocally,
            Step::Send if self.in_flight => NoteState::Sending,
            Step::Send => NoteState::SavedLocally,
            Step::Check => NoteState::Sending,
            Step::Close | Step::Finished if self.text.trim().is_empty() => NoteState::Draft,
            Step::Close | Step::Finished => NoteState::Sent,
            Step::Failed(_) => NoteState::Failed,
        }
    }

    /// What the agent reads beside the state (`None` for a draft).
    pub fn status(&self, now_ms: f64, online: bool) -> Option<NoteStatus> {
        Some(match (&self.step, self.state()) {
            (_, NoteState::Draft) => return None,
            (Step::Failed(reason), _) => NoteStatus::NotSent(reason.clone()),
            (_, NoteState::Sent) => match (&self.target, &self.close_problem) {
                (_, Some(problem)) => NoteStatus::SentCaseNotClosed(problem.clone()),
                (Target::Contact(_), None) => NoteStatus::SentToContact,
                _ => NoteStatus::Sent,
            },
            (_, NoteState::Sending) => NoteStatus::Sending,
            (Step::Send, _) if self.target == Target::Unknown => NoteStatus::SavedNoTarget,
            (Step::Send, _) if !online => NoteStatus::SavedOffline,
            (Step::Send, _) if self.not_before_ms > now_ms => {
                NoteStatus::SavedRetrying(((self.not_before_ms - now_ms) / 1000.0).ceil() as u64)
            }
            _ => NoteStatus::Saved,
        })
    }

    /// Nothing more to do for this note.
    pub fn settled(&self) -> bool {
        matches!(self.step, Step::Finished | Step::Failed(_))
    }

    /// The line added to a contact's notes: dated (UTC) by when the draft started.
    pub fn contact_line(&self) -> String {
        let stamp = voipbin_protocol::format_timestamp_ms(self.started_ms as i64);
        let minute = stamp.get(..16).unwrap_or_default().replace('T', " ");
        format!("{minute} UTC (call): {}", self.text.trim())
    }

    fn sent(&mut self) {
        self.unsure_since_ms = None;
        self.step = if self.close_case && matches!(self.target, Target::Case(_)) {
            Step::Close
        } else {
            Step::Finished
        };
    }

    fn back_off(&mut self, now_ms: f64) {
        let delay = FIRST_RETRY_MS * 2f64.powi(self.attempts.min(10) as i32);
        self.attempts = self.attempts.saturating_add(1);
        self.not_before_ms = now_ms + delay.min(MAX_RETRY_MS);
    }
}

/// Whether a note read from the case is this draft, sent earlier: same text, written by this
/// agent, created after the draft started.
pub fn is_this_note(note: &voipbin_protocol::crm::CaseNote, draft: &Note, my_id: &str) -> bool {
    let created = voipbin_protocol::parse_timestamp_ms(&note.tm_create).map(|ms| ms as f64);
    note.text.trim() == draft.text.trim()
        && note.author_id == my_id
        && created.is_some_and(|ms| ms >= draft.started_ms - CLOCK_SKEW_MS)
}

/// The contact's notes with `line` at the end, or `None` when it is there already.
pub fn append_line(notes: &str, line: &str) -> Option<String> {
    if notes.lines().any(|l| l.trim() == line.trim()) {
        return None;
    }
    let notes = notes.trim_end();
    Some(if notes.is_empty() {
        line.to_string()
    } else {
        format!("{notes}\n{line}")
    })
}

#[cfg(test)]
mod tests;
