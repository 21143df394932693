//! The store's memory under hours of the stand-in's traffic levels off: a wall-screen dashboard
//! runs for days. Every frame goes the real way (the stand-in's encoder, the desk's decoder,
//! `Store::apply`); a counting allocator measures what the store keeps.
#![cfg(not(target_arch = "wasm32"))]

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::sync::atomic::{AtomicIsize, Ordering};

use voipbin_desk::store::Store;
use voipbin_protocol::{decode, encode_bare, Frame};
use voipbin_standin::sim::{Sim, SimConfig};

/// Counts the bytes allocated and freed while the current thread is inside the store: the store
/// only frees what it allocated, so the running total is what it holds.
struct Counting;

static HELD: AtomicIsize = AtomicIsize::new(0);
thread_local! {
    static IN_STORE: Cell<bool> = const { Cell::new(false) };
}

fn count(delta: isize) {
    if IN_STORE.try_with(Cell::get).unwrap_or(false) {
        HELD.fetch_add(delta, Ordering::Relaxed);
    }
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count(layout.size() as isize);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        count(-(layout.size() as isize));
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count(new_size as isize - layout.size() as isize);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn in_store<R>(f: impl FnOnce() -> R) -> R {
    IN_STORE.with(|flag| flag.set(true));
    let result = f();
    IN_STORE.with(|flag| flag.set(false));
    result
}

const T0: i64 = 1_772_442_000_000;
const MINUTE: i64 = 60_000;
/// By then every bounded history has filled (ended calls, recordings and conversations fill last,
/// at about 80 simulated minutes at 100 events/s).
const FULL_BY_MINUTE: usize = 90;
const MINUTES: usize = 150;
/// What the store may add once everything is full: hash tables' slack, not growth. (The first
/// hour adds about 9 MB; without the finished-lines cap, 1.9 MB over this window.)
const ALLOWED_GROWTH_MB: f64 = 0.6;
/// What the store may hold at all at this load (18.9 MB measured, 64-bit; the wasm build's is
/// smaller). Without the finished-lines cap it levels off near 90 MB.
const HELD_LIMIT_MB: f64 = 32.0;

#[test]
fn store_memory_levels_off_over_hours_of_traffic() {
    let mut sim = Sim::new(
        SimConfig {
            seed: 5,
            events_per_s: 100.0,
            ..SimConfig::default()
        },
        T0,
    );
    let mut store = Store::default();
    let mut held_at_minute = Vec::new();
    let mut t = T0;
    for minute in 1..=MINUTES as i64 {
        while t < T0 + minute * MINUTE {
            t += 100;
            for published in sim.tick(t) {
                let Ok(Frame::Event(event)) = decode(&encode_bare(&published.resource)) else {
                    panic!("the desk cannot read the stand-in's frame for {published:?}");
                };
                in_store(|| store.apply(&event, t));
            }
            if t % 1_000 == 0 {
                in_store(|| store.sample(t));
            }
        }
        held_at_minute.push(HELD.load(Ordering::Relaxed));
        if minute % 10 == 0 {
            println!(
                "minute {minute:3}: store holds {:.2} MB; calls {}, queuecalls {}, transcribes {}, transcripts {}, activeflows {}, recordings {}, conversations {} ({} messages), sms {}",
                HELD.load(Ordering::Relaxed) as f64 / 1_048_576.0,
                store.calls.len(),
                store.queuecalls.len(),
                store.transcribes.len(),
                store.transcripts.len(),
                store.activeflows.len(),
                store.recordings.len(),
                store.conversations.len(),
                store.conversation_messages.values().map(|t| t.len()).sum::<usize>(),
                store.sms.len(),
            );
        }
    }
    // Twenty-minute means, so one table's rehash does not read as growth.
    let mean_mb = |from: usize| {
        let window = &held_at_minute[from - 1..from + 19];
        window.iter().sum::<isize>() as f64 / window.len() as f64 / 1_048_576.0
    };
    let (full, end) = (mean_mb(FULL_BY_MINUTE), mean_mb(MINUTES - 19));
    println!(
        "mean held over minutes {FULL_BY_MINUTE}-{}: {full:.2} MB; over minutes {}-{MINUTES}: {end:.2} MB",
        FULL_BY_MINUTE + 19,
        MINUTES - 19
    );
    assert!(
        end - full <= ALLOWED_GROWTH_MB,
        "the store grew by {:.2} MB after it was full",
        end - full
    );
    assert!(end <= HELD_LIMIT_MB, "the store holds {end:.2} MB");
}
