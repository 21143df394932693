//! Collections with a deterministic order. `HashMap` iteration order changes from run to run,
//! and the simulation must replay exactly from a seed, so anything that is iterated keeps its
//! own order here; hash maps are used for lookups only.

use std::collections::{BTreeMap, HashMap};

/// Resources by id, iterated in insertion order. O(1) lookup, O(log n) insert/remove.
#[derive(Debug)]
pub struct Table<T> {
    items: HashMap<String, (u64, T)>,
    order: BTreeMap<u64, String>,
    next_seq: u64,
}

impl<T> Default for Table<T> {
    fn default() -> Self {
        Table {
            items: HashMap::new(),
            order: BTreeMap::new(),
            next_seq: 0,
        }
    }
}

impl<T> Table<T> {
    /// Inserts or replaces; a replaced item keeps its place in the order.
    pub fn insert(&mut self, id: String, item: T) {
        if let Some(slot) = self.items.get_mut(&id) {
            slot.1 = item;
            return;
        }
        let seq = self.next_seq;
        self.next_seq += 1;
        self.order.insert(seq, id.clone());
        self.items.insert(id, (seq, item));
    }

    pub fn get(&self, id: &str) -> Option<&T> {
        self.items.get(id).map(|(_, item)| item)
    }

    pub fn get_mut(&mut self, id: &str) -> Option<&mut T> {
        self.items.get_mut(id).map(|(_, item)| item)
    }

    pub fn contains(&self, id: &str) -> bool {
        self.items.contains_key(id)
    }

    pub fn remove(&mut self, id: &str) -> Option<T> {
        let (seq, item) = self.items.remove(id)?;
        self.order.remove(&seq);
        Some(item)
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Items in insertion order.
    pub fn values(&self) -> impl Iterator<Item = &T> + '_ {
        self.order
            .values()
            .filter_map(move |id| self.items.get(id).map(|(_, item)| item))
    }

    /// Mutable items in no particular order (only for order-independent updates).
    pub fn values_mut_unordered(&mut self) -> impl Iterator<Item = &mut T> + '_ {
        self.items.values_mut().map(|(_, item)| item)
    }

    /// Ids in insertion order.
    pub fn ids(&self) -> impl Iterator<Item = &String> + '_ {
        self.order.values()
    }

    /// The oldest id, if any.
    pub fn first_id(&self) -> Option<&String> {
        self.order.values().next()
    }
}

/// A set of ids with O(1) insert, remove and uniform random pick (for choosing which call
/// gets a progress event). The order is deterministic: it depends only on the operations.
#[derive(Debug, Default)]
pub struct PickSet {
    ids: Vec<String>,
    index: HashMap<String, usize>,
}

impl PickSet {
    pub fn insert(&mut self, id: &str) {
        if self.index.contains_key(id) {
            return;
        }
        self.index.insert(id.to_owned(), self.ids.len());
        self.ids.push(id.to_owned());
    }

    pub fn remove(&mut self, id: &str) {
        let Some(at) = self.index.remove(id) else {
            return;
        };
        self.ids.swap_remove(at);
        if let Some(moved) = self.ids.get(at) {
            self.index.insert(moved.clone(), at);
        }
    }

    #[cfg(test)]
    pub fn contains(&self, id: &str) -> bool {
        self.index.contains_key(id)
    }

    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    pub fn get(&self, at: usize) -> Option<&String> {
        self.ids.get(at)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_keeps_insertion_order_and_place_on_replace() {
        let mut t = Table::default();
        t.insert("b".into(), 1);
        t.insert("a".into(), 2);
        t.insert("c".into(), 3);
        t.insert("a".into(), 20);
        assert_eq!(t.values().copied().collect::<Vec<_>>(), vec![1, 20, 3]);
        assert_eq!(t.remove("b"), Some(1));
        assert_eq!(t.ids().cloned().collect::<Vec<_>>(), vec!["a", "c"]);
        assert_eq!(t.first_id().map(String::as_str), Some("a"));
        assert_eq!(t.len(), 2);
        assert!(t.remove("zz").is_none());
    }

    #[test]
    fn pickset_swap_remove_keeps_index() {
        let mut s = PickSet::default();
        for id in ["a", "b", "c", "d"] {
            s.insert(id);
        }
        s.insert("a");
        assert_eq!(s.len(), 4);
        s.remove("a");
        s.remove("zz");
        assert!(!s.contains("a"));
        for id in ["b", "c", "d"] {
            assert!(s.contains(id));
            s.remove(id);
        }
        assert!(s.is_empty());
    }
}
