//! Timed jobs: a min-heap ordered by (due time, insertion sequence), so jobs due at the same
//! millisecond run in the order they were scheduled and a seed always replays the same way.

use std::cmp::Ordering;
use std::collections::BinaryHeap;

struct Entry<J> {
    due_ms: i64,
    seq: u64,
    job: J,
}

impl<J> PartialEq for Entry<J> {
    fn eq(&self, other: &Self) -> bool {
        self.due_ms == other.due_ms && self.seq == other.seq
    }
}

impl<J> Eq for Entry<J> {}

impl<J> PartialOrd for Entry<J> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl<J> Ord for Entry<J> {
    // Reversed: BinaryHeap is a max-heap and we want the earliest job on top.
    fn cmp(&self, other: &Self) -> Ordering {
        (other.due_ms, other.seq).cmp(&(self.due_ms, self.seq))
    }
}

pub struct Schedule<J> {
    heap: BinaryHeap<Entry<J>>,
    next_seq: u64,
}

impl<J> Default for Schedule<J> {
    fn default() -> Self {
        Schedule {
            heap: BinaryHeap::new(),
            next_seq: 0,
        }
    }
}

impl<J> Schedule<J> {
    pub fn at(&mut self, due_ms: i64, job: J) {
        let seq = self.next_seq;
        self.next_seq += 1;
        self.heap.push(Entry { due_ms, seq, job });
    }

    /// The next job due at or before `now_ms`, with its due time.
    pub fn pop_due(&mut self, now_ms: i64) -> Option<(i64, J)> {
        if self.heap.peek()?.due_ms > now_ms {
            return None;
        }
        self.heap.pop().map(|e| (e.due_ms, e.job))
    }

    pub fn len(&self) -> usize {
        self.heap.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn earliest_first_then_fifo() {
        let mut s = Schedule::default();
        s.at(20, "late");
        s.at(10, "first");
        s.at(10, "second");
        assert_eq!(s.pop_due(5), None);
        assert_eq!(s.pop_due(15), Some((10, "first")));
        assert_eq!(s.pop_due(15), Some((10, "second")));
        assert_eq!(s.pop_due(15), None);
        assert_eq!(s.pop_due(20), Some((20, "late")));
        assert_eq!(s.len(), 0);
    }
}
