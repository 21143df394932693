//! The desk's own words in the agent's language (README, "Languages").
//!
//! Every message lives in a Fluent catalogue, `locales/<tag>/*.ftl`, which build.rs packs and
//! compiles: ids give way to places in English's order (src/i18n/pack.rs), and code names a
//! message by its place, found at compile time (`msg!`, `t!`, `tr!`): no id is in the download,
//! and no parser (src/i18n/catalogue.rs). English is compiled in, in parts: the first load's,
//! and each other part in the chunks whose code uses it (`english_part!`). Another language is
//! one file per language, content-hashed by scripts/split-build and listed in index.html's
//! `<meta name="locales">`, fetched once when chosen. The language is the agent's
//! choice (kept on the device), else the browser's, else English, and is in place before the
//! desk is first drawn. Switching redraws only the words: calls, drafts and the connection stay.
//!
//! Views take words from `tr!` (a signal, for text and attributes) or `t!` inside a closure; both
//! follow the language. A message missing from a catalogue shows in English and is listed in
//! `window.__deskI18nMissing` for the tests, by place (`fr:#12`; tests/e2e/i18n.test.mjs names it).

mod catalogue;
// build.rs compiles the catalogues with it; the desk reads them compiled (the tests check both).
#[cfg(test)]
mod fluent;
pub mod intl;
mod lang;
mod loader;
// build.rs packs with it (and the tests); the desk reads only its marks.
#[cfg_attr(not(test), allow(dead_code))]
mod pack;
mod sharded;
#[cfg(test)]
mod tests;

pub use catalogue::{Arg, Catalogue};
pub use intl::Format;
pub use lang::Lang;
pub use loader::{language_choice, save_choice, start, switch_to};

use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;

/// The first load's part of English, the first language and every other's fallback: compiled by
/// build.rs.
pub const ENGLISH_FIRST: &str = include_str!(concat!(env!("OUT_DIR"), "/locale-en-first.txt"));

// `IDS` (English's message ids in order) and `BY_ID` (sorted, with each one's place). Read at
// compile time only (`msg!`) and by the tests: not in the download.
include!(concat!(env!("OUT_DIR"), "/messages.rs"));

/// A message of the catalogues: its place in English's order (src/i18n/pack.rs). Made by `msg!`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Msg(u16);

impl Msg {
    /// The message `id`, at compile time: `msg!("desk-title")`. An id English lacks does not
    /// compile.
    pub const fn of(id: &str) -> Msg {
        let (mut low, mut high) = (0, BY_ID.len());
        while low < high {
            let middle = (low + high) / 2;
            match compare(BY_ID[middle].0.as_bytes(), id.as_bytes()) {
                std::cmp::Ordering::Less => low = middle + 1,
                std::cmp::Ordering::Greater => high = middle,
                std::cmp::Ordering::Equal => return Msg(BY_ID[middle].1),
            }
        }
        panic!("no such message in locales/en/");
    }

    pub fn place(self) -> usize {
        self.0 as usize
    }
}

/// Byte order, as `str`'s `Ord` (which is not `const`).
const fn compare(a: &[u8], b: &[u8]) -> std::cmp::Ordering {
    let mut i = 0;
    while i < a.len() && i < b.len() {
        if a[i] != b[i] {
            return if a[i] < b[i] {
                std::cmp::Ordering::Less
            } else {
                std::cmp::Ordering::Greater
            };
        }
        i += 1;
    }
    if a.len() < b.len() {
        std::cmp::Ordering::Less
    } else if a.len() > b.len() {
        std::cmp::Ordering::Greater
    } else {
        std::cmp::Ordering::Equal
    }
}

/// The message `"id"`, checked and placed at compile time.
#[macro_export]
macro_rules! msg {
    ($id:literal) => {
        const { $crate::i18n::Msg::of($id) }
    };
}

/// The language in use, when it is not English, and its catalogue.
struct Active {
    lang: Lang,
    catalogue: Rc<Catalogue>,
}

thread_local! {
    static ENGLISH: RefCell<Catalogue> = RefCell::new(english());
    /// English's parts added so far, by name.
    static ENGLISH_PARTS: RefCell<Vec<&'static str>> = const { RefCell::new(Vec::new()) };
    static ACTIVE: RefCell<Option<Active>> = const { RefCell::new(None) };
    /// Set on every switch: what `t` and `tr` subscribe to.
    static LANG: sharded::ShardedSignal<Lang> = sharded::ShardedSignal::new(Lang::En);
}

/// The language in use (tracked: a reader redraws on a switch).
pub fn lang() -> Lang {
    // Words made at an event (a notification, a notice) are read outside any tracking: no warning.
    let tracked = leptos::reactive::graph::Observer::get().is_some();
    LANG.with(|l| if tracked { l.get() } else { l.get_untracked() })
}

/// English's first-load part; without the split build (one module) all of English at once.
fn english() -> Catalogue {
    let mut english = Catalogue::default();
    #[cfg(feature = "split")]
    english.add(ENGLISH_FIRST);
    #[cfg(not(feature = "split"))]
    english.add(include_str!(concat!(env!("OUT_DIR"), "/locale-en.txt")));
    english
}

/// Adds one of English's parts (src/i18n/pack.rs `PARTS`) to its catalogue: `english_part!`,
/// called by the chunks whose code names its messages, so that its text is compiled into them
/// instead of into the first load. A part added before is not added again.
pub fn add_english(part: &'static str, packed: &'static str) {
    let new = ENGLISH_PARTS.with_borrow_mut(|added| {
        let new = !added.contains(&part);
        if new {
            added.push(part);
        }
        new
    });
    if new {
        ENGLISH.with_borrow_mut(|english| english.add(packed));
    }
}

/// English's part `"name"` (src/i18n/pack.rs `PARTS`), for the chunk whose split function this
/// is in: `english_part!("dashboard")`.
#[macro_export]
macro_rules! english_part {
    ($part:literal) => {
        $crate::i18n::add_english(
            $part,
            include_str!(concat!(env!("OUT_DIR"), "/locale-en-", $part, ".txt")),
        )
    };
}

/// Puts `lang` in place, with its catalogue unless it is English, and redraws every word.
fn activate(lang: Lang, catalogue: Option<Rc<Catalogue>>) {
    ACTIVE.with_borrow_mut(|a| *a = catalogue.map(|catalogue| Active { lang, catalogue }));
    LANG.with(|l| l.set(lang));
    loader::apply_to_document(lang);
}

struct ActiveLocale(Lang);

impl catalogue::Locale for ActiveLocale {
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
pub fn t_args(id: Msg, args: &[(&str, Arg<'_>)]) -> String {
    let lang = lang();
    let mut out = String::new();
    let found = ACTIVE.with_borrow(|a| {
        a.as_ref()
            .filter(|a| a.lang == lang)
            .is_some_and(|a| a.catalogue.format(id, args, &ActiveLocale(lang), &mut out))
    });
    if !found {
        out.clear();
        let english =
            ENGLISH.with_borrow(|e| e.format(id, args, &ActiveLocale(Lang::En), &mut out));
        if lang != Lang::En || !english {
            loader::report_missing(lang, id, english);
        }
        if !english {
            out = format!("#{}", id.place());
        }
    }
    out
}

/// Message `id`, in the language in use (tracked).
pub fn t(id: Msg) -> String {
    t_args(id, &[])
}

/// Message `id` as a signal: text or an attribute that follows the language.
pub fn tr(id: Msg) -> Signal<String> {
    Signal::derive(move || t(id))
}

/// A message, in the language in use (tracked): `t!("desk-title")`,
/// `t!("language-failed", language = name, reason = why)`, or `t!(id)` for a `Msg` made earlier.
#[macro_export]
macro_rules! t {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::t!($crate::msg!($id) $(, $name = $value)*)
    };
    ($id:expr) => { $crate::i18n::t($id) };
    ($id:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::t_args($id, &[$((stringify!($name), $crate::i18n::Arg::from(&$value))),+])
    };
}

/// A message as a signal (`tr`): `tr!("desk-title")`.
#[macro_export]
macro_rules! tr {
    ($id:literal) => {
        $crate::i18n::tr($crate::msg!($id))
    };
}

pub use crate::{english_part, msg, t, tr};

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
