//! One phone per browser: the tab holding the Web Lock registers; the others wait in the lock's
//! queue (and take the phone when that tab closes) or steal it when the agent asks.
//!
//! `navigator.locks` is called by name: web-sys marks it unstable. Web Locks exist only on secure
//! origins (https, localhost); elsewhere the tabs elect a holder over a BroadcastChannel
//! (`election`, `channel`).

mod channel;
mod election;

use js_sys::{Function, Object, Promise, Reflect};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ask {
    /// Take it only if no tab holds it.
    IfFree,
    /// Queue until the holder lets go.
    Wait,
    /// Take it from the holder now.
    Steal,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LockNews {
    Granted,
    /// `IfFree` found it held.
    Held,
    /// Another tab stole it from this one.
    Lost,
}

/// What lets the lock go: set once the lock is granted, taken when it is released.
type Release = Rc<RefCell<Option<Box<dyn FnOnce()>>>>;

/// Held while this tab has the lock; dropping it (or `release`) lets the next tab have it.
#[derive(Default)]
pub struct TabLock {
    release: Release,
}

impl TabLock {
    pub fn release(&self) {
        if let Some(release) = self.release.borrow_mut().take() {
            release();
        }
    }
}

impl Drop for TabLock {
    fn drop(&mut self) {
        self.release();
    }
}

/// Asks for the lock `name`; `news` hears what happened (once for Granted/Held, later Lost).
pub fn ask(name: &str, how: Ask, news: impl Fn(LockNews) + 'static) -> TabLock {
    let lock = TabLock::default();
    let news = Rc::new(news);
    let Some(locks) = lock_manager() else {
        let told = news.clone();
        match channel::ask(name, how, move |n| told(n)) {
            Some(release) => *lock.release.borrow_mut() = Some(release),
            // Neither Web Locks nor BroadcastChannel: every tab has its own phone.
            None => news(LockNews::Granted),
        }
        return lock;
    };
    let release = lock.release.clone();
    let told = news.clone();
    let callback = Closure::once_into_js(move |granted: JsValue| -> Promise {
        if granted.is_null() || granted.is_undefined() {
            told(LockNews::Held);
            return Promise::resolve(&JsValue::UNDEFINED);
        }
        told(LockNews::Granted);
        // The lock is held until this promise settles.
        Promise::new(&mut |resolve, _reject| {
            *release.borrow_mut() = Some(Box::new(move || {
                let _ = resolve.call0(&JsValue::UNDEFINED);
            }))
        })
    });
    let options = Object::new();
    let _ = match how {
        Ask::IfFree => Reflect::set(&options, &"ifAvailable".into(), &JsValue::TRUE),
        Ask::Steal => Reflect::set(&options, &"steal".into(), &JsValue::TRUE),
        Ask::Wait => Ok(true),
    };
    let request = Reflect::get(&locks, &"request".into())
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok());
    let Some(request) = request else {
        news(LockNews::Granted);
        return lock;
    };
    match request.call3(&locks, &name.into(), &options, &callback) {
        Ok(promise) => {
            if let Ok(promise) = promise.dyn_into::<Promise>() {
                // A stolen lock rejects the holder's request with an AbortError.
                let on_lost = Closure::<dyn FnMut(JsValue)>::new(move |_| news(LockNews::Lost));
                let _ = promise.catch(&on_lost);
                // Lives as long as the request: a few per session.
                on_lost.forget();
            }
        }
        Err(_) => news(LockNews::Granted),
    }
    lock
}

fn lock_manager() -> Option<JsValue> {
    let navigator = web_sys::window()?.navigator();
    let locks = Reflect::get(&navigator, &"locks".into()).ok()?;
    (!locks.is_undefined() && !locks.is_null()).then_some(locks)
}
