//! A language's messages as the desk reads them: compiled at build time (src/i18n/pack.rs), so
//! the download has no Fluent parser, only this walk over marked text. A message is found by its
//! place and written straight from the text: no tree is built.
//!
//! Catalogues come from the network: reading and writing never panic and never loop; a catalogue
//! that is not packed is refused, and a message whose marks do not pair up writes what it can.

use super::pack::{BODY, LACKING, MESSAGE, SELECT, SELECT_END, VAR, VARIANT, VAR_END};
use super::Msg;
use std::borrow::Cow;

/// A value given to a message, borrowed for the call: a call site copies no text into it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Arg<'a> {
    Num(f64),
    Str(&'a str),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Str(s)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Str(s)
    }
}

impl<'a> From<&'a &str> for Arg<'a> {
    fn from(s: &'a &str) -> Self {
        Arg::Str(s)
    }
}

impl<'a> From<&'a &String> for Arg<'a> {
    fn from(s: &'a &String) -> Self {
        Arg::Str(s)
    }
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg::Num(n as f64)
            }
        }
        impl From<&$t> for Arg<'_> {
            fn from(n: &$t) -> Self {
                Arg::Num(*n as f64)
            }
        }
    )*};
}
number_args!(i32, i64, u32, u64, usize, f64);

/// What formatting needs from the language: its plural rules and number format.
pub trait Locale {
    /// The CLDR plural category of `n`: zero, one, two, few, many or other.
    fn plural(&self, n: f64) -> String;
    fn number(&self, n: f64) -> String;
    /// Whether values are wrapped in Unicode isolates (right-to-left text around left-to-right
    /// names and numbers).
    fn isolate(&self) -> bool {
        false
    }
}

/// One language's messages: packed parts (English's first-load part and those its chunks bring,
/// or another language's one file), each message a range of one part's text.
#[derive(Default)]
pub struct Catalogue {
    parts: Vec<Cow<'static, str>>,
    /// By place: the part and the message's byte range in it (no part where none has it).
    places: Vec<(usize, usize, usize)>,
}

/// How deep selects may nest: a hostile catalogue ends here instead of exhausting the stack.
const MAX_DEPTH: usize = 8;

impl Catalogue {
    /// Adds a packed part: its first message's place, then each message after a `MESSAGE` mark.
    /// False, and nothing added, when `packed` is not one.
    pub fn add(&mut self, packed: impl Into<Cow<'static, str>>) -> bool {
        let packed = packed.into();
        let Some((first, messages)) = packed.split_once(MESSAGE) else {
            return false;
        };
        let Ok(first) = first.parse::<u16>() else {
            return false;
        };
        let part = self.parts.len();
        let mut start = packed.len() - messages.len();
        for (place, message) in (first as usize..=u16::MAX as usize).zip(messages.split(MESSAGE)) {
            if self.places.len() <= place {
                self.places.resize(place + 1, (usize::MAX, 0, 0));
            }
            self.places[place] = (part, start, start + message.len());
            start += message.len() + MESSAGE.len_utf8();
        }
        self.parts.push(packed);
        true
    }

    /// Whether the message at `place` is here (a part that has it was added).
    #[cfg(test)]
    pub fn contains(&self, place: usize) -> bool {
        self.message(place).is_some()
    }

    fn message(&self, place: usize) -> Option<&str> {
        let &(part, start, end) = self.places.get(place)?;
        let text = self.parts.get(part)?.get(start..end)?;
        (text.as_bytes() != [LACKING as u8]).then_some(text)
    }

    /// Writes message `id` with `args` into `out`; false when there is no such message.
    pub fn format(
        &self,
        id: Msg,
        args: &[(&str, Arg)],
        locale: &dyn Locale,
        out: &mut String,
    ) -> bool {
        match self.message(id.place()) {
            Some(text) => {
                write(text, args, locale, out, 0);
                true
            }
            None => false,
        }
    }
}

/// Writes `text` up to its end: plain text as it is, `VAR name VAR_END` as the value, and
/// `SELECT var (VARIANT key BODY text)+ SELECT_END` as the chosen variant's text. The marks are
/// ASCII, so text is cut at them by byte.
fn write(text: &str, args: &[(&str, Arg)], locale: &dyn Locale, out: &mut String, depth: usize) {
    let mut rest = text;
    while let Some(at) = rest
        .bytes()
        .position(|b| b == VAR as u8 || b == SELECT as u8)
    {
        out.push_str(rest.get(..at).unwrap_or_default());
        let is_value = rest.as_bytes().get(at) == Some(&(VAR as u8));
        let marked = rest.get(at + 1..).unwrap_or_default();
        let name_end = marked
            .bytes()
            .position(|b| b == VAR_END as u8 || b == VARIANT as u8)
            .unwrap_or(marked.len());
        let name = marked.get(..name_end).unwrap_or_default();
        let after = marked.get(name_end + 1..).unwrap_or_default();
        rest = if is_value {
            write_value(name, args, locale, out);
            after
        } else {
            let (chosen, after) = select(after, arg(args, name), locale);
            if let Some(body) = chosen.filter(|_| depth < MAX_DEPTH) {
                write(body, args, locale, out, depth + 1);
            }
            after
        };
    }
    out.push_str(rest);
}

fn write_value(name: &str, args: &[(&str, Arg)], locale: &dyn Locale, out: &mut String) {
    let isolate = locale.isolate();
    if isolate {
        out.push('\u{2068}');
    }
    match arg(args, name) {
        Some(Arg::Str(s)) => out.push_str(s),
        Some(Arg::Num(n)) => out.push_str(&locale.number(*n)),
        None => {
            out.push_str("{$");
            out.push_str(name);
            out.push('}');
        }
    }
    if isolate {
        out.push('\u{2069}');
    }
}

/// The variant to write of the select whose variants `text` starts with (just after its first
/// `VARIANT`), by Fluent's choice: an exact number first, then the number's plural category or
/// the word, else the default (the key marked `*`). Also the text after the select's
/// `SELECT_END`; selects nested in a variant are skipped over whole.
fn select<'a>(
    text: &'a str,
    value: Option<&Arg>,
    locale: &dyn Locale,
) -> (Option<&'a str>, &'a str) {
    let number = match value {
        Some(Arg::Num(n)) => Some(*n),
        _ => None,
    };
    let category = number.map(|n| locale.plural(n));
    let word = match value {
        Some(Arg::Str(s)) => Some(*s),
        _ => category.as_deref(),
    };
    let (mut exact, mut named, mut default) = (None, None, None);
    let (mut depth, mut start) = (0usize, 0);
    for (at, b) in text.bytes().enumerate() {
        let ends_variant = b == VARIANT as u8 || b == SELECT_END as u8;
        if b == SELECT as u8 {
            depth += 1;
        } else if b == SELECT_END as u8 && depth > 0 {
            depth -= 1;
        } else if ends_variant && depth == 0 {
            let variant = text.get(start..at).unwrap_or_default();
            let (key, body) = variant.split_once(BODY).unwrap_or((variant, ""));
            let plain = key.strip_prefix('*');
            if plain.is_some() {
                default = default.or(Some(body));
            }
            let key = plain.unwrap_or(key);
            if number.is_some() && key.parse::<i64>().ok().map(|k| k as f64) == number {
                exact = exact.or(Some(body));
            }
            if word == Some(key) {
                named = named.or(Some(body));
            }
            start = at + 1;
            if b == SELECT_END as u8 {
                return (
                    exact.or(named).or(default),
                    text.get(start..).unwrap_or_default(),
                );
            }
        }
    }
    (exact.or(named).or(default), "")
}

fn arg<'a, 'b>(args: &'a [(&str, Arg<'b>)], name: &str) -> Option<&'a Arg<'b>> {
    args.iter().find(|(n, _)| *n == name).map(|(_, a)| a)
}
