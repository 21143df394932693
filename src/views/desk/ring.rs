//! The ring tone, synthesized with Web Audio: no audio file to download or fail to load.
//!
//! Browsers keep an `AudioContext` suspended until the page has had a user gesture, unless their
//! policy allows autoplay (contact centres often allow it for their desk). The desk creates the
//! context as soon as the agent is signed in and judges by its state: `running` means the ring
//! will be heard; `suspended` means the browser holds it back, and the first click or key press
//! resumes it, so that when a caller arrives later the ring is heard even if the agent never
//! touched the page since.
//! Everything lives in one thread-local: the browser is single-threaded and these handles are not
//! `Send`.

use super::storage;
use leptos::prelude::*;
use std::cell::RefCell;
use std::time::Duration;
use web_sys::{AudioContext, GainNode, OscillatorType};

const SOUND_KEY: &str = "voipbin-desk.ring-sound";
/// One ring cadence: two short bursts, then quiet, repeated.
const CYCLE_MS: u64 = 3_000;
const BURSTS: [(f64, f64); 2] = [(0.0, 0.4), (0.6, 1.0)];
/// Dual tone, as a telephone rings; soft enough for a headset.
const TONES: [f32; 2] = [440.0, 480.0];
const LEVEL: f32 = 0.12;

#[derive(Default)]
struct Ring {
    context: Option<AudioContext>,
    /// Everything sounding goes through this node: disconnecting it silences the ring at once.
    master: Option<GainNode>,
    timer: Option<IntervalHandle>,
    unlock_installed: bool,
    /// Told whenever the context's state changes (the notice that asks for a click).
    on_state: Vec<Box<dyn Fn()>>,
}

thread_local! {
    static RING: RefCell<Ring> = RefCell::new(Ring::default());
}

/// Whether the agent wants the ring (kept per browser).
pub fn sound_enabled() -> bool {
    storage::load::<bool>(SOUND_KEY).unwrap_or(true)
}

pub fn set_sound_enabled(on: bool) {
    storage::save(SOUND_KEY, &on);
    if !on {
        stop();
    }
}

/// Creates (or resumes) the audio context on the first user gesture, so autoplay rules never
/// silence a later ring. Safe to call many times.
pub fn install_unlock() {
    let first = RING.with(|r| !std::mem::replace(&mut r.borrow_mut().unlock_installed, true));
    if !first {
        return;
    }
    for event in ["pointerdown", "keydown"] {
        // Kept for the page's life: a resume on every gesture also revives a context the
        // browser suspended (e.g. after the laptop slept).
        let handle = window_event_listener_untyped(event, |_| unlock());
        std::mem::forget(handle);
    }
}

/// Creates the audio context now (at sign-in) and tries to resume it: with autoplay allowed it
/// runs at once, and no click is asked for.
pub fn prepare() {
    install_unlock();
    unlock();
}

/// Runs `f` whenever the audio context's state changes (the page lives as long as the desk).
pub fn on_state_change(f: impl Fn() + 'static) {
    RING.with(|r| r.borrow_mut().on_state.push(Box::new(f)));
}

fn unlock() {
    let created = RING.with(|r| {
        let mut ring = r.borrow_mut();
        let created = ring.context.is_none();
        if created {
            ring.context = AudioContext::new().ok();
            let ringer = crate::phone::devices::DeviceChoice::load().ringer;
            if let (Some(context), false) = (&ring.context, ringer.is_empty()) {
                crate::phone::devices::route_output(context, &ringer);
            }
        }
        if let Some(context) = &ring.context {
            let _ = context.resume();
        }
        created
    });
    if created {
        watch_state();
    }
}

/// Tells `on_state_change` listeners about every change of the context's state.
fn watch_state() {
    use wasm_bindgen::{closure::Closure, JsCast};
    let notify = Closure::<dyn Fn()>::new(|| {
        RING.with(|r| {
            for f in &r.borrow().on_state {
                f();
            }
        })
    });
    RING.with(|r| {
        if let Some(context) = &r.borrow().context {
            context.set_onstatechange(Some(notify.as_ref().unchecked_ref()));
        }
    });
    // The context lives as long as the page.
    notify.forget();
}

/// Plays the ring on `device_id` (the ringer the agent chose; "" = default output).
pub fn set_output(device_id: &str) {
    unlock();
    RING.with(|r| {
        if let Some(context) = &r.borrow().context {
            crate::phone::devices::route_output(context, device_id);
        }
    });
}

/// Whether the browser really holds the ring's audio back until the page is clicked (autoplay
/// rules: the context exists and stays suspended): the desk then asks for one click rather than
/// ringing silently. Where autoplay is allowed the context runs, and nothing is asked.
pub fn blocked() -> bool {
    RING.with(|r| {
        r.borrow()
            .context
            .as_ref()
            .is_some_and(|c| c.state() == web_sys::AudioContextState::Suspended)
    })
}

/// Starts ringing (if sound is on and not already ringing).
pub fn start() {
    if !sound_enabled() {
        return;
    }
    let already = RING.with(|r| r.borrow().timer.is_some());
    if already {
        return;
    }
    unlock();
    let master = RING.with(|r| {
        let ring = r.borrow();
        let context = ring.context.as_ref()?;
        let master = context.create_gain().ok()?;
        master.gain().set_value(1.0);
        master
            .connect_with_audio_node(&context.destination())
            .ok()?;
        Some(master)
    });
    let Some(master) = master else { return };
    RING.with(|r| r.borrow_mut().master = Some(master));
    burst();
    let timer = set_interval_with_handle(burst, Duration::from_millis(CYCLE_MS)).ok();
    RING.with(|r| r.borrow_mut().timer = timer);
}

/// Stops the ring immediately (mid-burst too).
pub fn stop() {
    RING.with(|r| {
        let mut ring = r.borrow_mut();
        if let Some(timer) = ring.timer.take() {
            timer.clear();
        }
        if let Some(master) = ring.master.take() {
            master.gain().set_value(0.0);
            let _ = master.disconnect();
        }
    });
}

/// Schedules one cadence of bursts on the audio clock.
fn burst() {
    RING.with(|r| {
        let ring = r.borrow();
        let (Some(context), Some(master)) = (&ring.context, &ring.master) else {
            return;
        };
        let t0 = context.current_time() + 0.02;
        for (start, end) in BURSTS {
            let _ = tone(context, master, t0 + start, t0 + end);
        }
    });
}

fn tone(context: &AudioContext, master: &GainNode, start: f64, end: f64) -> Option<()> {
    let envelope = context.create_gain().ok()?;
    let gain = envelope.gain();
    gain.set_value_at_time(0.0, start).ok()?;
    gain.linear_ramp_to_value_at_time(LEVEL, start + 0.03)
        .ok()?;
    gain.set_value_at_time(LEVEL, end - 0.05).ok()?;
    gain.linear_ramp_to_value_at_time(0.0, end).ok()?;
    envelope.connect_with_audio_node(master).ok()?;
    for hz in TONES {
        let osc = context.create_oscillator().ok()?;
        osc.set_type(OscillatorType::Sine);
        osc.frequency().set_value(hz);
        osc.connect_with_audio_node(&envelope).ok()?;
        osc.start_with_when(start).ok()?;
        osc.stop_with_when(end + 0.01).ok()?;
    }
    Some(())
}
