//! The after-call state on this device, per agent: the running wrap-up and the notes not yet
//! settled (a reload, a closed tab or a crash loses nothing), and the agent's wrap-up time.

use super::note::Note;
use super::wrap_up::{WrapUp, DEFAULT_SECONDS};
use crate::views::desk::storage;
use serde::Serialize;

/// Settled notes kept for the record beyond the current wrap-up's (failed ones hold text the
/// agent wrote; the oldest go first).
const KEEP_NOTES: usize = 50;

#[derive(Default)]
pub struct Saved {
    pub wrap_up: Option<WrapUp>,
    pub notes: Vec<Note>,
}

fn key(agent_id: &str) -> String {
    storage::agent_key("after-call", agent_id)
}

pub fn load(agent_id: &str) -> Saved {
    storage::load(&key(agent_id)).map(read).unwrap_or_default()
}

/// Reads what is readable: one odd note does not lose the others.
fn read(value: serde_json::Value) -> Saved {
    let wrap_up = value
        .get("wrap_up")
        .and_then(|w| serde_json::from_value(w.clone()).ok());
    let notes = match value.get("notes") {
        Some(serde_json::Value::Array(items)) => items
            .iter()
            .filter_map(|n| serde_json::from_value(n.clone()).ok())
            .collect(),
        _ => Vec::new(),
    };
    Saved { wrap_up, notes }
}

/// Whether it was written.
pub fn save(agent_id: &str, wrap_up: Option<&WrapUp>, notes: &[Note]) -> bool {
    #[derive(Serialize)]
    struct SavedRef<'a> {
        wrap_up: Option<&'a WrapUp>,
        notes: &'a [Note],
    }
    storage::save(&key(agent_id), &SavedRef { wrap_up, notes })
}

pub fn load_seconds(agent_id: &str) -> u32 {
    storage::load(&storage::agent_key("wrap-up-seconds", agent_id)).unwrap_or(DEFAULT_SECONDS)
}

pub fn save_seconds(agent_id: &str, seconds: u32) {
    storage::save(&storage::agent_key("wrap-up-seconds", agent_id), &seconds);
}

/// Drops finished notes that are not the current wrap-up's, and the oldest beyond a bound.
pub fn prune(notes: &mut Vec<Note>, current_call: Option<&str>) {
    notes.retain(|n| {
        Some(n.call_key.as_str()) == current_call || n.step != super::note::Step::Finished
    });
    let extra = notes.len().saturating_sub(KEEP_NOTES);
    notes.drain(..extra);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::aftercall::note::Step;

    fn note(call: &str, step: Step) -> Note {
        Note {
            step,
            ..Note::new(call, 0.0)
        }
    }

    #[test]
    fn prune_keeps_the_current_and_unsettled_notes() {
        let mut notes = vec![
            note("old", Step::Finished),
            note("now", Step::Finished),
            note("lost", Step::Failed("x".into())),
            note("queued", Step::Send),
        ];
        prune(&mut notes, Some("now"));
        let kept: Vec<_> = notes.iter().map(|n| n.call_key.as_str()).collect();
        assert_eq!(kept, ["now", "lost", "queued"]);
        let mut many: Vec<_> = (0..60).map(|i| note(&i.to_string(), Step::Send)).collect();
        prune(&mut many, None);
        assert_eq!(many.len(), KEEP_NOTES);
        assert_eq!(many[0].call_key, "10");
    }

    #[test]
    fn anything_unreadable_is_nothing_saved() {
        let odd = read(serde_json::json!({
            "wrap_up": "nonsense",
            "notes": [{"call_key": "c1", "step": {"Failed": "x"}}, 7, {"step": "Lunch"}]
        }));
        assert!(odd.wrap_up.is_none());
        assert_eq!(odd.notes.len(), 1);
        assert_eq!(odd.notes[0].step, Step::Failed("x".into()));
        assert!(read(serde_json::json!([1, 2])).notes.is_empty());
    }
}
