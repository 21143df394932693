//! An append-mostly list with a fixed capacity: histories never grow without bound.

use std::collections::VecDeque;

#[derive(Debug, Clone)]
pub struct Bounded<T> {
    items: VecDeque<T>,
    capacity: usize,
}

impl<T> Bounded<T> {
    pub fn new(capacity: usize) -> Self {
        Bounded {
            items: VecDeque::new(),
            capacity: capacity.max(1),
        }
    }

    pub fn push(&mut self, item: T) {
        if self.items.len() == self.capacity {
            self.items.pop_front();
        }
        self.items.push_back(item);
    }

    /// Replaces the first item `same` matches when `accept(held, new)` allows, or appends.
    pub fn upsert_by(
        &mut self,
        item: T,
        same: impl Fn(&T) -> bool,
        accept: impl Fn(&T, &T) -> bool,
    ) -> bool
    where
        T: PartialEq,
    {
        match self.items.iter_mut().rev().find(|held| same(held)) {
            Some(held) => {
                if *held == item || !accept(held, &item) {
                    return false;
                }
                *held = item;
                true
            }
            None => {
                self.push(item);
                true
            }
        }
    }

    pub fn remove_where(&mut self, matches: impl Fn(&T) -> bool) -> bool {
        let before = self.items.len();
        self.items.retain(|item| !matches(item));
        self.items.len() != before
    }

    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &T> + ExactSizeIterator {
        self.items.iter()
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn last(&self) -> Option<&T> {
        self.items.back()
    }
}
