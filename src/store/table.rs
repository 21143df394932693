//! A keyed collection that applies the store's merge rules and keeps memory bounded.

use super::Versioned;
use rustc_hash::FxHashMap;
use std::collections::VecDeque;

#[derive(Debug)]
pub struct Table<T> {
    items: FxHashMap<String, Held<T>>,
    /// Ids in the order they were first seen, for evicting the oldest.
    arrival: VecDeque<String>,
    /// Ids in the order they reached a final state, for evicting finished items first.
    finished: VecDeque<String>,
    /// Recently removed ids with their last `tm_update`: a replayed or late frame must not bring
    /// a removed item back, only a strictly newer update may.
    gone: FxHashMap<String, String>,
    gone_order: VecDeque<String>,
    /// Item ids by `Versioned::group` and by `Versioned::link`, kept with every insert,
    /// replace and removal.
    groups: Index,
    links: Index,
    live: LiveCount,
}

/// An item and its `Versioned::created` time, read once when the item arrives or changes: a
/// dashboard orders and ages thousands of calls and queue calls on every refresh, and parsing
/// their timestamps each time was its largest single cost in script.
#[derive(Debug)]
struct Held<T> {
    item: T,
    created_ms: Option<i64>,
}

impl<T: Versioned> Held<T> {
    fn new(item: T) -> Self {
        let created_ms = voipbin_protocol::parse_timestamp_ms(item.created());
        Held { item, created_ms }
    }
}

/// Items not in a final state, and how many of those have a `Versioned::link` (a call's legs):
/// the dashboard's headline counts, kept with every change instead of a walk of every item
/// each frame (5,000 calls: a walk per applied batch was most of the tile's cost).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LiveCount {
    pub items: usize,
    pub linked: usize,
}

impl LiveCount {
    fn add<T: Versioned>(&mut self, item: &T) {
        if !item.is_final() {
            self.items += 1;
            self.linked += usize::from(!item.link().is_empty());
        }
    }

    fn remove<T: Versioned>(&mut self, item: &T) {
        if !item.is_final() {
            self.items -= 1;
            self.linked -= usize::from(!item.link().is_empty());
        }
    }
}

/// How many removed ids a table remembers.
const GONE_KEPT: usize = 4096;

impl<T> Default for Table<T> {
    fn default() -> Self {
        Table {
            items: FxHashMap::default(),
            arrival: VecDeque::new(),
            finished: VecDeque::new(),
            gone: FxHashMap::default(),
            gone_order: VecDeque::new(),
            groups: Index::default(),
            links: Index::default(),
            live: LiveCount::default(),
        }
    }
}

impl<T: Versioned + PartialEq> Table<T> {
    /// Inserts or replaces; returns whether anything changed. Older updates (by `tm_update`)
    /// and non-final updates of a finished item are ignored.
    pub fn upsert(&mut self, item: T) -> bool {
        match self.items.get_mut(item.id()) {
            Some(slot) => {
                let held = &slot.item;
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
                self.groups.moved(held.group(), item.group(), item.id());
                self.links.moved(held.link(), item.link(), item.id());
                self.live.remove(held);
                self.live.add(&item);
                *slot = Held::new(item);
                true
            }
            None => {
                let id = item.id().to_string();
                if id.is_empty() {
                    return false;
                }
                if let Some(removed_at) = self.gone.get(&id) {
                    let strictly_newer = !removed_at.is_empty()
                        && !item.tm_update().is_empty()
                        && removed_at.as_str() != item.tm_update()
                        && voipbin_protocol::is_newer_or_same(removed_at, item.tm_update());
                    if !strictly_newer {
                        return false;
                    }
                    self.gone.remove(&id);
                }
                if item.is_final() {
                    self.finished.push_back(id.clone());
                }
                self.arrival.push_back(id.clone());
                self.groups.add(item.group(), &id);
                self.links.add(item.link(), &id);
                self.live.add(&item);
                self.items.insert(id, Held::new(item));
                true
            }
        }
    }

    /// Drops finished items beyond `keep`, oldest first; returns the ids it dropped.
    pub fn evict_final_beyond(&mut self, keep: usize) -> Vec<String> {
        let mut evicted = Vec::new();
        while self.finished.len() > keep {
            if let Some(id) = self.finished.pop_front() {
                if self.items.get(&id).is_some_and(|h| h.item.is_final()) {
                    self.remove(&id);
                    evicted.push(id);
                }
            }
        }
        self.compact_arrival();
        evicted
    }

    /// Drops finished items, oldest first, while `evict(id)` asks to; returns the ids it dropped.
    pub fn evict_final_while(&mut self, mut evict: impl FnMut(&str) -> bool) -> Vec<String> {
        let mut evicted = Vec::new();
        while let Some(id) = self.finished.pop_front() {
            // Ids of items removed since, or finished twice, are stale: skip them.
            if !self.items.get(&id).is_some_and(|h| h.item.is_final()) {
                continue;
            }
            if !evict(&id) {
                self.finished.push_front(id);
                break;
            }
            self.remove(&id);
            evicted.push(id);
        }
        self.compact_arrival();
        evicted
    }

    /// Drops the oldest items beyond `keep`; returns the ids it dropped.
    pub fn evict_oldest_beyond(&mut self, keep: usize) -> Vec<String> {
        let mut evicted = Vec::new();
        while self.items.len() > keep {
            match self.arrival.pop_front() {
                Some(id) => {
                    if self.remove(&id) {
                        evicted.push(id);
                    }
                }
                None => break,
            }
        }
        evicted
    }

    /// Keeps only the items `keep` accepts; returns whether anything was removed.
    pub fn retain(&mut self, mut keep: impl FnMut(&T) -> bool) -> bool {
        let dropped: Vec<String> = self
            .values()
            .filter(|item| !keep(item))
            .map(|item| item.id().to_string())
            .collect();
        for id in &dropped {
            self.remove(id);
        }
        !dropped.is_empty()
    }

    pub fn remove(&mut self, id: &str) -> bool {
        let Some(Held { item, .. }) = self.items.remove(id) else {
            return false;
        };
        self.groups.remove(item.group(), id);
        self.links.remove(item.link(), id);
        self.live.remove(&item);
        if self.gone_order.len() == GONE_KEPT {
            if let Some(oldest) = self.gone_order.pop_front() {
                self.gone.remove(&oldest);
            }
        }
        self.gone_order.push_back(id.to_string());
        self.gone
            .insert(id.to_string(), item.tm_update().to_string());
        self.compact_arrival();
        true
    }
}

impl<T> Table<T> {
    pub fn get(&self, id: &str) -> Option<&T> {
        self.items.get(id).map(|h| &h.item)
    }

    /// The item and its `Versioned::created` time (ms), parsed when it arrived.
    pub fn get_created(&self, id: &str) -> Option<(&T, Option<i64>)> {
        self.items.get(id).map(|h| (&h.item, h.created_ms))
    }

    /// The items whose `Versioned::group` is `group`.
    pub fn group(&self, group: &str) -> impl Iterator<Item = &T> {
        self.groups.members(group).filter_map(|id| self.get(id))
    }

    /// The items whose `Versioned::link` is `link`.
    pub fn linked(&self, link: &str) -> impl Iterator<Item = &T> {
        self.links.members(link).filter_map(|id| self.get(id))
    }

    /// How many items are not final, and of those how many are linked.
    pub fn live(&self) -> LiveCount {
        self.live
    }

    pub fn contains(&self, id: &str) -> bool {
        self.items.contains_key(id)
    }

    pub fn values(&self) -> impl Iterator<Item = &T> {
        self.items.values().map(|h| &h.item)
    }

    /// Every item with its `Versioned::created` time (ms), parsed when it arrived.
    pub fn values_created(&self) -> impl Iterator<Item = (&T, Option<i64>)> {
        self.items.values().map(|h| (&h.item, h.created_ms))
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

/// Item ids by a key of theirs; items with an empty key are in no entry.
#[derive(Debug, Default)]
struct Index(FxHashMap<String, Vec<String>>);

impl Index {
    fn add(&mut self, key: &str, id: &str) {
        if !key.is_empty() {
            self.0
                .entry(key.to_string())
                .or_default()
                .push(id.to_string());
        }
    }

    fn remove(&mut self, key: &str, id: &str) {
        if let Some(members) = self.0.get_mut(key) {
            members.retain(|member| member != id);
            if members.is_empty() {
                self.0.remove(key);
            }
        }
    }

    /// `id`'s key changed from `from` to `to`.
    fn moved(&mut self, from: &str, to: &str, id: &str) {
        if from != to {
            self.remove(from, id);
            self.add(to, id);
        }
    }

    fn members(&self, key: &str) -> impl Iterator<Item = &String> {
        self.0.get(key).into_iter().flatten()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Clone, Debug, PartialEq)]
    struct Item {
        id: &'static str,
        owner: &'static str,
        master: &'static str,
        tm_update: &'static str,
    }

    impl Versioned for Item {
        fn id(&self) -> &str {
            self.id
        }
        fn tm_update(&self) -> &str {
            self.tm_update
        }
        fn group(&self) -> &str {
            self.owner
        }
        fn link(&self) -> &str {
            self.master
        }
        fn is_final(&self) -> bool {
            self.owner == "ended"
        }
        // The update time stands in for the creation time: the test changes it.
        fn created(&self) -> &str {
            self.tm_update
        }
    }

    impl Item {
        fn ended(self) -> Self {
            Item {
                owner: "ended",
                ..self
            }
        }
    }

    fn item(id: &'static str, owner: &'static str, second: u8) -> Item {
        let tm_update = ["2026-11-24T10:00:01.000000Z", "2026-11-24T10:00:02.000000Z"];
        Item {
            id,
            owner,
            master: "",
            tm_update: tm_update[usize::from(second - 1)],
        }
    }

    fn linked<'a>(table: &'a Table<Item>, link: &str) -> Vec<&'a str> {
        table.linked(link).map(|item| item.id).collect()
    }

    fn members<'a>(table: &'a Table<Item>, group: &str) -> Vec<&'a str> {
        table.group(group).map(|item| item.id).collect()
    }

    #[test]
    fn groups_follow_inserts_moves_and_removals() {
        let mut table = Table::default();
        table.upsert(item("a", "c1", 1));
        table.upsert(item("b", "c1", 1));
        table.upsert(item("loose", "", 1));
        assert_eq!(members(&table, "c1"), ["a", "b"]);
        assert!(members(&table, "").is_empty(), "no group, no entry");

        table.upsert(item("b", "c2", 2));
        assert_eq!(members(&table, "c1"), ["a"]);
        assert_eq!(members(&table, "c2"), ["b"]);

        table.remove("a");
        assert!(members(&table, "c1").is_empty());
        assert!(
            !table.groups.0.contains_key("c1"),
            "empty groups are dropped"
        );

        table.retain(|_| false);
        assert!(table.groups.0.is_empty());
    }

    #[test]
    fn links_follow_inserts_moves_removals_and_evictions_apart_from_groups() {
        let linked_to = |id, owner, master, second| Item {
            master,
            ..item(id, owner, second)
        };
        let mut table = Table::default();
        table.upsert(linked_to("a", "c1", "m1", 1));
        table.upsert(linked_to("b", "c2", "m1", 1));
        table.upsert(item("c", "c1", 1));
        assert_eq!(linked(&table, "m1"), ["a", "b"]);
        assert_eq!(
            members(&table, "c1"),
            ["a", "c"],
            "groups unchanged by links"
        );

        // The link moves while the group stays, and the reverse.
        table.upsert(linked_to("a", "c1", "m2", 2));
        assert_eq!(linked(&table, "m1"), ["b"]);
        assert_eq!(linked(&table, "m2"), ["a"]);
        assert_eq!(members(&table, "c1"), ["a", "c"]);
        table.upsert(linked_to("b", "c1", "m1", 2));
        assert_eq!(linked(&table, "m1"), ["b"]);
        assert_eq!(members(&table, "c1"), ["a", "c", "b"]);

        table.remove("a");
        assert!(linked(&table, "m2").is_empty());
        assert!(!table.links.0.contains_key("m2"), "empty links are dropped");
        table.evict_oldest_beyond(0);
        assert!(table.links.0.is_empty());
        assert!(table.groups.0.is_empty());
    }

    /// The count kept with every change, against a walk of every item.
    fn walked(table: &Table<Item>) -> LiveCount {
        let live: Vec<&Item> = table.values().filter(|i| !i.is_final()).collect();
        LiveCount {
            items: live.len(),
            linked: live.iter().filter(|i| !i.link().is_empty()).count(),
        }
    }

    #[test]
    fn the_live_count_follows_inserts_replacements_endings_and_removals() {
        let leg = |id, master, second| Item {
            master,
            ..item(id, "c1", second)
        };
        let mut table = Table::default();
        let steps: Vec<Box<dyn Fn(&mut Table<Item>)>> = vec![
            Box::new(|t| {
                let _ = t.upsert(item("a", "c1", 1));
            }),
            Box::new(|t| {
                let _ = t.upsert(leg("b", "a", 1));
            }),
            Box::new(|t| {
                let _ = t.upsert(leg("c", "", 1));
            }),
            // A leg loses its link, another gains one.
            Box::new(|t| {
                let _ = t.upsert(leg("b", "", 2));
            }),
            Box::new(|t| {
                let _ = t.upsert(leg("c", "a", 2));
            }),
            // Ended: no longer live; an older or non-final update cannot bring it back.
            Box::new(|t| {
                let _ = t.upsert(leg("c", "a", 2).ended());
            }),
            Box::new(|t| {
                let _ = t.upsert(leg("c", "a", 1));
            }),
            Box::new(|t| {
                let _ = t.upsert(leg("d", "a", 1).ended());
            }),
            Box::new(|t| {
                let _ = t.remove("a");
            }),
            Box::new(|t| {
                let _ = t.evict_final_beyond(0);
            }),
            Box::new(|t| {
                let _ = t.retain(|i| i.id != "b");
            }),
        ];
        for (n, step) in steps.iter().enumerate() {
            step(&mut table);
            assert_eq!(table.live(), walked(&table), "after step {n}");
        }
        assert_eq!(table.live(), LiveCount::default());
        assert!(table.is_empty());
    }

    #[test]
    fn created_times_are_parsed_on_arrival_and_follow_changes() {
        let ms = |t: &str| voipbin_protocol::parse_timestamp_ms(t);
        let mut table = Table::default();
        let first = item("a", "o", 1);
        let first_ms = ms(first.tm_update);
        table.upsert(first);
        assert_eq!(
            table.get_created("a").map(|(i, t)| (i.id, t)),
            Some(("a", first_ms))
        );
        let second = item("a", "o", 2);
        let second_ms = ms(second.tm_update);
        assert_ne!(first_ms, second_ms);
        table.upsert(second);
        assert_eq!(table.get_created("a").map(|(_, t)| t), Some(second_ms));
        table.upsert(Item {
            tm_update: "soon",
            ..item("b", "o", 1)
        });
        let mut all: Vec<_> = table.values_created().map(|(i, t)| (i.id, t)).collect();
        all.sort();
        assert_eq!(all, [("a", second_ms), ("b", None)]);
        table.remove("a");
        assert_eq!(table.get_created("a"), None);
    }
}
