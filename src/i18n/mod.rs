//! The desk's own words in the agent's language (README, "Languages").
//!
//! Every message lives in a Fluent catalogue, `locales/<tag>/*.ftl`. English is compiled in;
//! another language is one file per language, content-hashed by scripts/split-build and listed in
//! index.html's `<meta name="locales">`, fetched once when chosen. The language is the agent's
//! choice (kept on the device), else the browser's, else English, and is in place before the
//! desk is first drawn. Switching redraws only the words: calls, drafts and the connection stay.
//!
//! Views take words from `tr` (a signal, for text and attributes) or `t!` inside a closure; both
//! follow the language. A message missing from a catalogue shows in English and is listed in
//! `window.__deskI18nMissing` for the tests.

mod fluent;
pub mod intl;
mod lang;
mod loader;
#[cfg(test)]
mod tests;

pub use fluent::{Arg, Catalogue};
pub use intl::Format;
pub use lang::Lang;
pub use loader::{language_choice, save_choice, start, switch_to};

use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;

/// English, the first load's language and every other's fallback.
pub const ENGLISH_SOURCE: &str = concat!(
    include_str!("../../locales/en/common.ftl"),
    "\n",
    include_str!("../../locales/en/dashboard.ftl"),
    "\n",
    include_str!("../../locales/en/desk.ftl"),
    "\n",
    include_str!("../../locales/en/pages.ftl"),
    "\n",
    include_str!("../../locales/en/phone.ftl"),
    "\n",
    include_str!("../../locales/en/team.ftl"),
    "\n",
    include_str!("../../locales/en/work.ftl"),
);

struct Active {
    lang: Lang,
    catalogue: Rc<Catalogue>,
}

thread_local! {
    static ENGLISH: Rc<Catalogue> = Rc::new(Catalogue::parse(ENGLISH_SOURCE).0);
    static ACTIVE: RefCell<Option<Active>> = const { RefCell::new(None) };
    /// Bumped on every switch: what `t` and `tr` subscribe to.
    static LANG: ArcRwSignal<Lang> = ArcRwSignal::new(Lang::En);
}

/// The language in use (tracked: a reader redraws on a switch).
pub fn lang() -> Lang {
    // Words made at an event (a notification, a notice) are read outside any tracking: no warning.
    let tracked = leptos::reactive::graph::Observer::get().is_some();
    LANG.with(|l| if tracked { l.get() } else { l.get_untracked() })
}

/// Puts `catalogue` in place as `lang`'s and redraws every word.
fn activate(lang: Lang, catalogue: Rc<Catalogue>) {
    ACTIVE.with_borrow_mut(|a| *a = Some(Active { lang, catalogue }));
    LANG.with(|l| l.set(lang));
    loader::apply_to_document(lang);
}

struct ActiveLocale(Lang);

impl fluent::Locale for ActiveLocale {
    fn plural(&self, n: f64) -> String {
        intl::plural(self.0, n)
    }
    fn number(&self, n: f64) -> String {
        intl::format(self.0, Format::Number, n)
    }
    fn isolate(&self) -> bool {
        self.0.is_rtl()
    }
}

/// Message `id` with `args`, in the language in use (tracked).
pub fn t_args(id: &str, args: &[(&str, Arg)]) -> String {
    let lang = lang();
    let mut out = String::new();
    let active = ACTIVE.with_borrow(|a| {
        a.as_ref()
            .filter(|a| a.lang == lang)
            .map(|a| a.catalogue.clone())
    });
    let found = active.is_some_and(|c| c.format(id, args, &ActiveLocale(lang), &mut out));
    if !found {
        out.clear();
        let english = ENGLISH.with(|e| e.format(id, args, &ActiveLocale(Lang::En), &mut out));
        loader::report_missing(lang, id, english);
        if !english {
            out = id.to_string();
        }
    }
    out
}

/// Message `id`, in the language in use (tracked).
pub fn t(id: &str) -> String {
    t_args(id, &[])
}

/// Message `id` as a signal: text or an attribute that follows the language.
pub fn tr(id: &'static str) -> Signal<String> {
    Signal::derive(move || t(id))
}

/// A message with arguments: `t!("language-failed", language = name, reason = why)`. Tracked.
#[macro_export]
macro_rules! t {
    ($id:expr) => { $crate::i18n::t($id) };
    ($id:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::t_args($id, &[$((stringify!($name), $crate::i18n::Arg::from($value))),+])
    };
}

/// A number in the language's digits and grouping (tracked).
pub fn number(n: impl Into<f64>) -> String {
    intl::format(lang(), Format::Number, n.into())
}

/// `0.42` as "42%" in the language's way (tracked).
pub fn percent(fraction: f64) -> String {
    intl::format(lang(), Format::Percent, fraction)
}

/// "2 min ago" for a time `delta_ms` in the past (tracked).
pub fn relative(delta_ms: i64) -> String {
    intl::relative(lang(), delta_ms)
}

/// A moment (ms since the epoch) in `format`: a clock time or a date and time (tracked).
pub fn moment(format: Format, ms: f64) -> String {
    intl::format(lang(), format, ms)
}
