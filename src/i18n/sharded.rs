//! One value read by thousands of views: the language. Every translated text subscribes to it,
//! and a text that redraws leaves and rejoins its subscriber list; Leptos keeps that list in an
//! `IndexSet` and leaves it with `shift_remove`, which walks the rest of the list. On a
//! 5,000-call dashboard one list held every cell, and each redraw walked thousands of entries
//! (`bench/profile`). Readers are spread over `SHARDS` signals in turn, and a change sets them
//! all: each list is a sixty-fourth as long, and a switch still reaches every reader.

use leptos::prelude::*;
use std::cell::Cell;

const SHARDS: usize = 64;

pub struct ShardedSignal<T: Send + Sync + 'static> {
    shards: [ArcRwSignal<T>; SHARDS],
    next: Cell<usize>,
}

impl<T: Clone + Send + Sync + 'static> ShardedSignal<T> {
    pub fn new(value: T) -> Self {
        Self {
            shards: std::array::from_fn(|_| ArcRwSignal::new(value.clone())),
            next: Cell::new(0),
        }
    }

    /// The value, tracked through the next shard in turn.
    pub fn get(&self) -> T {
        let i = self.next.get();
        self.next.set((i + 1) % SHARDS);
        self.shards[i].get()
    }

    pub fn get_untracked(&self) -> T {
        self.shards[0].get_untracked()
    }

    /// Sets every shard: every reader redraws (a catalogue put in place for the same language
    /// too).
    pub fn set(&self, value: T) {
        for shard in &self.shards {
            shard.set(value.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    #[test]
    fn every_reader_follows_a_change_whichever_shard_it_read() {
        let value = Arc::new(std::sync::Mutex::new(ShardedSignal::new(1u32)));
        // A Mutex only to move it into the memos (Send + Sync); the desk keeps it thread-local.
        let readers: Vec<Memo<u32>> = (0..SHARDS * 3 + 5)
            .map(|_| {
                let value = value.clone();
                Memo::new(move |_| value.lock().unwrap().get() * 10)
            })
            .collect();
        assert!(readers.iter().all(|r| r.get_untracked() == 10));
        value.lock().unwrap().set(2);
        assert!(readers.iter().all(|r| r.get_untracked() == 20));
        value.lock().unwrap().set(3);
        assert!(readers.iter().all(|r| r.get_untracked() == 30));
    }

    #[test]
    fn readers_take_the_shards_in_turn() {
        let value = ShardedSignal::new(0u8);
        for _ in 0..SHARDS + 1 {
            value.get_untracked();
            let _ = value.get();
        }
        assert_eq!(value.next.get(), 1);
    }
}
