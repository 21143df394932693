//! The newest lines of a message thread or a transcript, bounded, found by id through a compact
//! list of id hashes. Scanning the lines themselves touched one heap string per line: for a
//! 300-line transcript that was 300 cache misses for every new line, near the top of a profile
//! at 8,000 events/s.

use rustc_hash::FxHasher;
use std::collections::VecDeque;
use std::hash::{Hash, Hasher};
use voipbin_protocol::{ConversationMessage, Transcript};

pub trait Identified {
    fn id(&self) -> &str;
}

impl Identified for Transcript {
    fn id(&self) -> &str {
        &self.id
    }
}

impl Identified for ConversationMessage {
    fn id(&self) -> &str {
        &self.id
    }
}

#[derive(Debug, Clone)]
pub struct RecentLines<T> {
    lines: VecDeque<T>,
    /// `id_hash` of each line, in the same order.
    hashes: VecDeque<u64>,
    capacity: usize,
}

impl<T: Identified + PartialEq> RecentLines<T> {
    pub fn new(capacity: usize) -> Self {
        RecentLines {
            lines: VecDeque::new(),
            hashes: VecDeque::new(),
            capacity: capacity.max(1),
        }
    }

    /// Replaces the line with the same id when `accept(held, new)` allows, or appends it (the
    /// oldest line goes when full). Returns whether anything changed.
    pub fn upsert(&mut self, line: T, accept: impl Fn(&T, &T) -> bool) -> bool {
        match self.position(line.id()) {
            Some(i) => {
                let held = &mut self.lines[i];
                if *held == line || !accept(held, &line) {
                    return false;
                }
                *held = line;
            }
            None => {
                if self.lines.len() == self.capacity {
                    self.lines.pop_front();
                    self.hashes.pop_front();
                }
                self.hashes.push_back(id_hash(line.id()));
                self.lines.push_back(line);
            }
        }
        true
    }

    pub fn remove(&mut self, id: &str) -> bool {
        let Some(i) = self.position(id) else {
            return false;
        };
        self.lines.remove(i);
        self.hashes.remove(i);
        true
    }

    /// Newest first: a line that changes is usually a recent one.
    fn position(&self, id: &str) -> Option<usize> {
        let hash = id_hash(id);
        (0..self.hashes.len())
            .rev()
            .find(|&i| self.hashes[i] == hash && self.lines[i].id() == id)
    }
}

impl<T> RecentLines<T> {
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &T> + ExactSizeIterator {
        self.lines.iter()
    }

    pub fn len(&self) -> usize {
        self.lines.len()
    }

    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    pub fn last(&self) -> Option<&T> {
        self.lines.back()
    }
}

fn id_hash(id: &str) -> u64 {
    let mut hasher = FxHasher::default();
    id.hash(&mut hasher);
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(id: &str, text: &str) -> Transcript {
        Transcript {
            id: id.into(),
            message: text.into(),
            ..Transcript::default()
        }
    }

    fn texts(lines: &RecentLines<Transcript>) -> Vec<&str> {
        lines.iter().map(|l| l.message.as_str()).collect()
    }

    #[test]
    fn replaces_by_id_appends_new_ids_and_drops_the_oldest_when_full() {
        let mut lines = RecentLines::new(3);
        assert!(lines.upsert(line("a", "one"), |_, _| true));
        assert!(lines.upsert(line("b", "two"), |_, _| true));
        assert!(
            !lines.upsert(line("a", "one"), |_, _| true),
            "same line: no change"
        );
        assert!(!lines.upsert(line("a", "uno"), |_, _| false), "refused");
        assert!(lines.upsert(line("a", "uno"), |_, _| true));
        assert_eq!(texts(&lines), ["uno", "two"]);
        lines.upsert(line("c", "three"), |_, _| true);
        lines.upsert(line("d", "four"), |_, _| true);
        assert_eq!(texts(&lines), ["two", "three", "four"]);
        // "a" left with the oldest line: it comes back as new.
        lines.upsert(line("a", "again"), |_, _| true);
        assert_eq!(texts(&lines), ["three", "four", "again"]);
        assert!(lines.remove("d"));
        assert!(!lines.remove("d"));
        assert_eq!(texts(&lines), ["three", "again"]);
        // Hashes stayed aligned with the lines through pops and removals.
        assert!(lines.upsert(line("again", "x"), |_, _| true));
        assert!(lines.upsert(line("a", "AGAIN"), |_, _| true));
        assert_eq!(texts(&lines), ["three", "AGAIN", "x"]);
    }
}
