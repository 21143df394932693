//! A keyed collection that applies the store's merge rules and keeps memory bounded.

use super::Versioned;
use std::collections::{HashMap, VecDeque};

#[derive(Debug)]
pub struct Table<T> {
    items: HashMap<String, T>,
    /// Ids in the order they were first seen, for evicting the oldest.
    arrival: VecDeque<String>,
    /// Ids in the order they reached a final state, for evicting finished items first.
    finished: VecDeque<String>,
}

impl<T> Default for Table<T> {
    fn default() -> Self {
        Table {
            items: HashMap::new(),
            arrival: VecDeque::new(),
            finished: VecDeque::new(),
        }
    }
}

impl<T: Versioned + PartialEq> Table<T> {
    /// Inserts or replaces; returns whether anything changed. Older updates (by `tm_update`)
    /// and non-final updates of a finished item are ignored.
    pub fn upsert(&mut self, item: T) -> bool {
        match self.items.get_mut(item.id()) {
            Some(held) => {
                if *held == item
                    || !voipbin_protocol::is_newer_or_same(held.tm_update(), item.tm_update())
                    || (held.is_final() && !item.is_final())
                {
                    return false;
                }
                let became_final = !held.is_final() && item.is_final();
                if became_final {
                    self.finished.push_back(item.id().to_string());
                }
                *held = item;
                true
            }
            None => {
                let id = item.id().to_string();
                if id.is_empty() {
                    return false;
                }
                if item.is_final() {
                    self.finished.push_back(id.clone());
                }
                self.arrival.push_back(id.clone());
                self.items.insert(id, item);
                true
            }
        }
    }

    /// Drops finished items beyond `keep`, oldest first.
    pub fn evict_final_beyond(&mut self, keep: usize) {
        while self.finished.len() > keep {
            if let Some(id) = self.finished.pop_front() {
                if self.items.get(&id).is_some_and(|item| item.is_final()) {
                    self.items.remove(&id);
                }
            }
        }
        self.compact_arrival();
    }

    /// Drops the oldest items beyond `keep`.
    pub fn evict_oldest_beyond(&mut self, keep: usize) {
        while self.items.len() > keep {
            match self.arrival.pop_front() {
                Some(id) => {
                    self.items.remove(&id);
                }
                None => break,
            }
        }
    }

    /// Keeps only the items `keep` accepts; returns whether anything was removed.
    pub fn retain(&mut self, mut keep: impl FnMut(&T) -> bool) -> bool {
        let before = self.items.len();
        self.items.retain(|_, item| keep(item));
        let removed = self.items.len() != before;
        if removed {
            self.compact_arrival();
        }
        removed
    }
}

impl<T> Table<T> {
    pub fn remove(&mut self, id: &str) -> bool {
        self.items.remove(id).is_some()
    }

    pub fn get(&self, id: &str) -> Option<&T> {
        self.items.get(id)
    }

    pub fn contains(&self, id: &str) -> bool {
        self.items.contains_key(id)
    }

    pub fn values(&self) -> impl Iterator<Item = &T> {
        self.items.values()
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The order queues keep ids in grows with removed ids; trim it when it doubles.
    fn compact_arrival(&mut self) {
        if self.arrival.len() > 2 * self.items.len() + 64 {
            let items = &self.items;
            self.arrival.retain(|id| items.contains_key(id));
            self.finished.retain(|id| items.contains_key(id));
        }
    }
}
