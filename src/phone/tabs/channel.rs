//! The tab election (election.rs) over the browser's BroadcastChannel: the phone's tab lock
//! where `navigator.locks` is missing. One election per tab, for the signed-in agent's lock name.

use super::election::{Election, Message, Out};
use super::{Ask, LockNews};
use gloo_timers::callback::Interval;
use leptos::prelude::{window_event_listener_untyped, WindowListenerHandle};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{BroadcastChannel, MessageEvent};

const TICK_MS: u32 = 100;

struct Tab {
    name: String,
    election: Election,
    /// Which `ask` the news and a release belong to: the desk asks anew before it drops the
    /// previous request.
    generation: u64,
    news: Rc<dyn Fn(LockNews)>,
    port: BroadcastChannel,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _ticker: Interval,
    on_pagehide: Option<WindowListenerHandle>,
}

impl Drop for Tab {
    fn drop(&mut self) {
        let out = self.election.release();
        post(&self.port, out);
        self.port.set_onmessage(None);
        self.port.close();
        if let Some(listener) = self.on_pagehide.take() {
            listener.remove();
        }
    }
}

thread_local! {
    static TAB: RefCell<Option<Tab>> = const { RefCell::new(None) };
}

/// Asks for the phone; the returned function lets go of it. `None` when the browser has no
/// BroadcastChannel either.
pub fn ask(name: &str, how: Ask, news: impl Fn(LockNews) + 'static) -> Option<Box<dyn FnOnce()>> {
    if TAB.with(|tab| {
        tab.borrow()
            .as_ref()
            .map(|t| t.name != name)
            .unwrap_or(true)
    }) {
        let fresh = open(name)?;
        // Replaced outside the borrow: dropping the old tab posts on its channel.
        let old = TAB.with(|tab| tab.borrow_mut().replace(fresh));
        drop(old);
    }
    let generation = step(|tab| {
        tab.generation += 1;
        tab.news = Rc::new(news);
        (tab.generation, tab.election.ask(how, now_ms()))
    })?;
    Some(Box::new(move || {
        step(|tab| {
            let out = if tab.generation == generation {
                tab.election.release()
            } else {
                Vec::new()
            };
            ((), out)
        });
    }))
}

fn open(name: &str) -> Option<Tab> {
    let port = BroadcastChannel::new(&format!("voipbin-desk.{name}")).ok()?;
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(|event: MessageEvent| {
        let Some(message) = event.data().as_string().and_then(|t| Message::decode(&t)) else {
            return;
        };
        step(|tab| ((), tab.election.heard(message, now_ms())));
    });
    port.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    let ticker = Interval::new(TICK_MS, || {
        step(|tab| ((), tab.election.tick(now_ms())));
    });
    // A closing tab says goodbye, so that a waiting tab takes the phone at once.
    let on_pagehide = window_event_listener_untyped("pagehide", |_| {
        step(|tab| ((), tab.election.release()));
    });
    let me = (js_sys::Math::random() * 9_007_199_254_740_991.0) as u64;
    Some(Tab {
        name: name.to_string(),
        election: Election::new(me),
        generation: 0,
        news: Rc::new(|_| {}),
        port,
        _on_message: on_message,
        _ticker: ticker,
        on_pagehide: Some(on_pagehide),
    })
}

/// Runs `f` on the tab's election, then carries out what it said outside the borrow (news may
/// lead the desk straight back here).
fn step<T>(f: impl FnOnce(&mut Tab) -> (T, Vec<Out>)) -> Option<T> {
    let (value, out, port, news) = TAB.with(|tab| {
        let mut tab = tab.borrow_mut();
        let tab = tab.as_mut()?;
        let (value, out) = f(tab);
        Some((value, out, tab.port.clone(), tab.news.clone()))
    })?;
    for out in out {
        match out {
            Out::Post(message) => post(&port, vec![Out::Post(message)]),
            Out::News(n) => news(n),
        }
    }
    Some(value)
}

fn post(port: &BroadcastChannel, out: Vec<Out>) {
    for out in out {
        if let Out::Post(message) = out {
            let _ = port.post_message(&JsValue::from_str(&message.encode()));
        }
    }
}

fn now_ms() -> u64 {
    js_sys::Date::now().max(0.0) as u64
}
