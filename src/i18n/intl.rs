//! Plural rules, numbers, times and relative times from the browser's `Intl`, for the chosen
//! language: no CLDR data in the download. One formatter of each kind per language, made on first
//! use (making one costs far more than using it, and the dashboard formats thousands a second).
//! Natively (unit tests) English rules stand in.

use super::lang::Lang;

/// The kinds of formatter the desk uses.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Format {
    Number,
    Percent,
    /// Time of day, hours 00–23 with seconds, in UTC: the server's time, the same on every desk.
    Clock,
    /// Date and time of day, in the browser's zone: when a message or note was written.
    DateTime,
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use super::{Format, Lang};
    use js_sys::{Array, Function, Intl, Object, Reflect};
    use std::cell::RefCell;
    use wasm_bindgen::JsValue;

    // Lists, not maps: a few languages times four kinds, and each map type's code would cost
    // more download than the lookups save.
    thread_local! {
        static FORMATTERS: RefCell<Vec<((Lang, Format), Function)>> = RefCell::default();
        static PLURALS: RefCell<Vec<(Lang, Intl::PluralRules)>> = RefCell::default();
        static RELATIVE: RefCell<Vec<(Lang, Intl::RelativeTimeFormat)>> = RefCell::default();
    }

    /// What `cache` keeps for `key`, made by `make` the first time.
    fn cached<K: PartialEq + Copy, V: Clone>(
        cache: &'static std::thread::LocalKey<RefCell<Vec<(K, V)>>>,
        key: K,
        make: impl FnOnce() -> V,
    ) -> V {
        cache.with_borrow_mut(|list| match list.iter().find(|(k, _)| *k == key) {
            Some((_, value)) => value.clone(),
            None => {
                let value = make();
                list.push((key, value.clone()));
                value
            }
        })
    }

    fn options(pairs: &[(&str, &str)]) -> Object {
        let object = Object::new();
        for (key, value) in pairs {
            let _ = Reflect::set(&object, &(*key).into(), &(*value).into());
        }
        object
    }

    fn locales(lang: Lang) -> Array {
        Array::of1(&lang.tag().into())
    }

    fn formatter(lang: Lang, format: Format) -> Function {
        cached(&FORMATTERS, (lang, format), || {
            let locales = locales(lang);
            let time = [
                ("hour", "2-digit"),
                ("minute", "2-digit"),
                ("second", "2-digit"),
                ("hourCycle", "h23"),
            ];
            match format {
                Format::Number => Intl::NumberFormat::new(&locales, &Object::new()).format(),
                Format::Percent => Intl::NumberFormat::new(
                    &locales,
                    &options(&[("style", "percent"), ("maximumFractionDigits", "0")]),
                )
                .format(),
                Format::Clock => {
                    let mut pairs = time.to_vec();
                    pairs.push(("timeZone", "UTC"));
                    Intl::DateTimeFormat::new(&locales, &options(&pairs)).format()
                }
                Format::DateTime => Intl::DateTimeFormat::new(
                    &locales,
                    &options(&[("dateStyle", "medium"), ("timeStyle", "short")]),
                )
                .format(),
            }
        })
    }

    pub fn format(lang: Lang, format: Format, value: f64) -> String {
        let value = match format {
            Format::Number | Format::Percent => JsValue::from_f64(value),
            Format::Clock | Format::DateTime => js_sys::Date::new(&JsValue::from_f64(value)).into(),
        };
        formatter(lang, format)
            .call1(&JsValue::NULL, &value)
            .ok()
            .and_then(|s| s.as_string())
            .unwrap_or_default()
    }

    pub fn plural(lang: Lang, n: f64) -> String {
        cached(&PLURALS, lang, || {
            Intl::PluralRules::new(&locales(lang), &Object::new())
        })
        .select(n)
        .into()
    }

    pub fn relative(lang: Lang, value: f64, unit: &str) -> String {
        cached(&RELATIVE, lang, || {
            Intl::RelativeTimeFormat::new(
                &locales(lang),
                &options(&[("numeric", "auto"), ("style", "short")]),
            )
        })
        .format(value, unit)
        .into()
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod browser {
    use super::{Format, Lang};

    pub fn format(_: Lang, format: Format, value: f64) -> String {
        match format {
            Format::Number => value.to_string(),
            Format::Percent => format!("{}%", (value * 100.0).round()),
            Format::Clock | Format::DateTime => {
                let day = ((value / 1000.0) as i64).rem_euclid(86_400);
                format!("{:02}:{:02}:{:02}", day / 3600, (day / 60) % 60, day % 60)
            }
        }
    }

    pub fn plural(_: Lang, n: f64) -> String {
        if n == 1.0 { "one" } else { "other" }.to_string()
    }

    pub fn relative(_: Lang, value: f64, unit: &str) -> String {
        format!("{value} {unit}")
    }
}

pub fn format(lang: Lang, format: Format, value: f64) -> String {
    browser::format(lang, format, value)
}

pub fn plural(lang: Lang, n: f64) -> String {
    browser::plural(lang, n)
}

/// "2 min ago", "now", "in 3 h": the largest unit that fits, in the language's words.
pub fn relative(lang: Lang, delta_ms: i64) -> String {
    let seconds = delta_ms as f64 / 1000.0;
    let (value, unit) = match seconds.abs() {
        s if s < 45.0 => (0.0, "second"),
        s if s < 3_600.0 => ((seconds / 60.0).round(), "minute"),
        s if s < 86_400.0 => ((seconds / 3_600.0).round(), "hour"),
        _ => ((seconds / 86_400.0).round(), "day"),
    };
    // Relative to now: a time in the past is negative.
    browser::relative(lang, -value, unit)
}
