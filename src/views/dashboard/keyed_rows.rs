//! A table's rows by key, each row in its own signal. With one memo per row reading the whole
//! page, every applied batch re-ran every row's memo (clone and compare), and reactive_graph
//! cloned each memo's subscriber set to mark it dirty: with 1,000 calls and 200 agents that was
//! near the top of a dashboard CPU profile. Here one pass compares the new rows with the held
//! ones and sets only the rows that changed, so a batch wakes the cells it changed and no others.

use leptos::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};

/// A row with a stable key (a resource id).
pub trait Keyed {
    fn key(&self) -> &str;
}

pub struct UseKeyedRowsReturn<R: Send + Sync + 'static> {
    /// Row keys in display order, for `<For>`: changes only when rows come, go or move.
    pub ids: ReadSignal<Vec<String>>,
    rows: StoredValue<FxHashMap<String, ArcRwSignal<R>>>,
}

impl<R: Send + Sync + 'static> Clone for UseKeyedRowsReturn<R> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<R: Send + Sync + 'static> Copy for UseKeyedRowsReturn<R> {}

impl<R: Clone + Send + Sync + 'static> UseKeyedRowsReturn<R> {
    /// The row's signal, owned by the caller (the row's view); None if the row is gone.
    pub fn row(&self, key: &str) -> Option<Signal<R>> {
        self.rows
            .with_value(|rows| rows.get(key).cloned())
            .map(Signal::from)
    }
}

/// Follows `rows_of(page)` row by row.
pub fn use_keyed_rows<P, R>(page: Memo<P>, rows_of: fn(&P) -> &[R]) -> UseKeyedRowsReturn<R>
where
    P: Send + Sync + 'static,
    R: Keyed + Clone + PartialEq + Send + Sync + 'static,
{
    let ids = RwSignal::new(Vec::<String>::new());
    let rows = StoredValue::new(FxHashMap::<String, ArcRwSignal<R>>::default());
    Effect::new(move |_| {
        page.with(|p| {
            let fresh = rows_of(p);
            rows.update_value(|held| {
                for row in fresh {
                    match held.get(row.key()) {
                        Some(signal) => {
                            if signal.with_untracked(|old| old != row) {
                                signal.set(row.clone());
                            }
                        }
                        None => {
                            held.insert(row.key().to_string(), ArcRwSignal::new(row.clone()));
                        }
                    }
                }
                if held.len() > fresh.len() {
                    let kept: FxHashSet<&str> = fresh.iter().map(Keyed::key).collect();
                    held.retain(|key, _| kept.contains(key.as_str()));
                }
            });
            let same_order = ids.with_untracked(|ids| {
                ids.len() == fresh.len() && ids.iter().zip(fresh).all(|(id, row)| id == row.key())
            });
            if !same_order {
                ids.set(fresh.iter().map(|row| row.key().to_string()).collect());
            }
        })
    });
    UseKeyedRowsReturn {
        ids: ids.read_only(),
        rows,
    }
}
