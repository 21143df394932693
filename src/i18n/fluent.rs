//! A reader for the part of Fluent (projectfluent.org) the desk's catalogues use: messages and
//! terms, `#` comments, `{ $var }`, `{ -term }`, `{ message }`, string and number literals, and
//! select expressions keyed by plural category, number or word. Build time only (build.rs and
//! the tests): it compiles each catalogue to the marked text the desk reads (src/i18n/pack.rs,
//! src/i18n/catalogue.rs), so the download has no parser.
//!
//! Hand-written because the reference runtime costs more download than localization's whole
//! budget (README, "Languages": fluent-bundle's measured size), and this reader's tree is what
//! the compiler walks. The catalogues are still checked against the reference parser,
//! fluent-syntax, in a native test (src/i18n/tests.rs). A message it cannot read is reported.

use super::pack::{entries, is_identifier};
use super::pack::{BODY, LACKING, MESSAGE, SELECT, SELECT_END, VAR, VARIANT, VAR_END};

/// A message's value: text and placeables in order.
pub type Pattern = Vec<Element>;

#[derive(Clone, Debug, PartialEq)]
pub enum Element {
    Text(String),
    Var(String),
    /// Another message, or a term (`-brand`).
    Ref(String),
    Select {
        var: String,
        variants: Vec<(VariantKey, Pattern)>,
        default: usize,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub enum VariantKey {
    Number(f64),
    Name(String),
}

/// One language's messages, read from a catalogue packed in English's order (src/i18n/pack.rs).
#[derive(Default)]
pub struct Parsed {
    /// By place; `None` where the language lacks the message (or it could not be read).
    messages: Vec<Option<Pattern>>,
    /// The entries values refer to (`{ -brand }`), by id.
    named: Vec<(String, Pattern)>,
}

/// How deep message references may nest: a cycle in a catalogue ends here.
const MAX_DEPTH: usize = 8;

impl Parsed {
    /// Reads a packed catalogue; the errors say which messages were left out and why.
    pub fn parse(source: &str) -> (Parsed, Vec<String>) {
        let mut catalogue = Parsed::default();
        let mut errors = Vec::new();
        for (line, id, value) in entries(source) {
            let pattern = match Parser::new(&value).whole() {
                Ok(pattern) => Some(pattern),
                Err(why) => {
                    errors.push(format!("line {line}: {why}"));
                    None
                }
            };
            match (id, pattern) {
                ("", pattern) => catalogue.messages.push(pattern.filter(|p| !p.is_empty())),
                (id, Some(pattern)) => catalogue.named.push((id.to_string(), pattern)),
                (_, None) => {}
            }
        }
        (catalogue, errors)
    }

    fn named(&self, id: &str) -> Option<&Pattern> {
        self.named.iter().find(|(n, _)| n == id).map(|(_, p)| p)
    }

    /// The places of the messages this catalogue has.
    #[cfg(test)]
    pub fn places(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.messages.len()).filter(|i| self.messages[*i].is_some())
    }

    #[cfg(test)]
    pub fn contains(&self, place: usize) -> bool {
        self.messages.get(place).is_some_and(Option::is_some)
    }

    /// The variables a message (and the entries it refers to) reads.
    #[cfg(test)]
    pub fn variables(&self, place: usize) -> Vec<String> {
        let mut found = Vec::new();
        if let Some(Some(pattern)) = self.messages.get(place) {
            self.collect_variables(pattern, &mut found, 0);
        }
        found.sort();
        found.dedup();
        found
    }

    #[cfg(test)]
    fn collect_variables(&self, pattern: &Pattern, found: &mut Vec<String>, depth: usize) {
        if depth > MAX_DEPTH {
            return;
        }
        for element in pattern {
            match element {
                Element::Text(_) => {}
                Element::Var(name) => found.push(name.clone()),
                Element::Ref(id) => {
                    if let Some(p) = self.named(id) {
                        self.collect_variables(p, found, depth + 1);
                    }
                }
                Element::Select { var, variants, .. } => {
                    found.push(var.clone());
                    for (_, p) in variants {
                        self.collect_variables(p, found, depth);
                    }
                }
            }
        }
    }

    /// Every select of message `id` (nested ones too): its variants' keys and its default's index.
    #[cfg(test)]
    pub fn selects(&self, place: usize) -> Vec<(Vec<VariantKey>, usize)> {
        fn walk(pattern: &Pattern, found: &mut Vec<(Vec<VariantKey>, usize)>) {
            for element in pattern {
                if let Element::Select {
                    variants, default, ..
                } = element
                {
                    found.push((variants.iter().map(|(k, _)| k.clone()).collect(), *default));
                    for (_, p) in variants {
                        walk(p, found);
                    }
                }
            }
        }
        let mut found = Vec::new();
        if let Some(Some(pattern)) = self.messages.get(place) {
            walk(pattern, &mut found);
        }
        found
    }

    /// The messages at `places`, compiled for the desk (src/i18n/pack.rs): the first place, then
    /// each message after a `MESSAGE` mark (`LACKING` where the language lacks one), with
    /// the entries it refers to written in. The errors name what could not be compiled.
    pub fn compile(&self, places: std::ops::Range<usize>) -> (String, Vec<String>) {
        let mut out = places.start.to_string();
        let mut errors = Vec::new();
        for place in places {
            out.push(MESSAGE);
            let mut message = String::from(LACKING);
            if let Some(Some(pattern)) = self.messages.get(place) {
                message.clear();
                if let Err(why) = self.compile_pattern(pattern, &mut message, 0) {
                    errors.push(format!("message #{place}: {why}"));
                    message = LACKING.into();
                }
            }
            out.push_str(&message);
        }
        (out, errors)
    }

    fn compile_pattern(
        &self,
        pattern: &Pattern,
        out: &mut String,
        depth: usize,
    ) -> Result<(), String> {
        for element in pattern {
            match element {
                Element::Text(text) => {
                    if let Some(mark) = text.chars().find(|c| MARKS.contains(c)) {
                        return Err(format!(
                            "the text has a control character U+{:04X}",
                            mark as u32
                        ));
                    }
                    out.push_str(text);
                }
                Element::Var(name) => {
                    out.push(VAR);
                    out.push_str(name);
                    out.push(VAR_END);
                }
                Element::Ref(id) => match self.named(id) {
                    Some(p) if depth < MAX_DEPTH => self.compile_pattern(p, out, depth + 1)?,
                    Some(_) => return Err(format!("{id} refers to itself")),
                    None => return Err(format!("no {id} to refer to")),
                },
                Element::Select {
                    var,
                    variants,
                    default,
                } => {
                    out.push(SELECT);
                    out.push_str(var);
                    for (index, (key, pattern)) in variants.iter().enumerate() {
                        out.push(VARIANT);
                        if index == *default {
                            out.push('*');
                        }
                        match key {
                            VariantKey::Name(name) => out.push_str(name),
                            VariantKey::Number(n) if n.fract() == 0.0 => {
                                out.push_str(&(*n as i64).to_string())
                            }
                            VariantKey::Number(n) => {
                                return Err(format!("variant key {n} is not a whole number"))
                            }
                        }
                        out.push(BODY);
                        self.compile_pattern(pattern, out, depth)?;
                    }
                    out.push(SELECT_END);
                }
            }
        }
        Ok(())
    }
}

/// The characters that mark a compiled message's structure: text may not hold them.
const MARKS: [char; 8] = [
    MESSAGE, VAR, VAR_END, SELECT, VARIANT, BODY, SELECT_END, LACKING,
];

struct Parser<'a> {
    chars: std::iter::Peekable<std::str::Chars<'a>>,
}

/// Where a pattern ends: the whole value, or a select's variant.
#[derive(Clone, Copy, PartialEq)]
enum Context {
    Value,
    Variant,
}

impl<'a> Parser<'a> {
    fn new(source: &'a str) -> Self {
        Self {
            chars: source.chars().peekable(),
        }
    }

    fn whole(mut self) -> Result<Pattern, String> {
        let pattern = self.pattern(Context::Value)?;
        match self.chars.next() {
            None => Ok(pattern),
            Some(c) => Err(format!("unexpected `{c}`")),
        }
    }

    fn pattern(&mut self, context: Context) -> Result<Pattern, String> {
        let mut pattern = Vec::new();
        let mut text = String::new();
        self.skip_blank();
        while let Some(&c) = self.chars.peek() {
            match c {
                '{' => {
                    self.chars.next();
                    if !text.is_empty() {
                        pattern.push(Element::Text(std::mem::take(&mut text)));
                    }
                    pattern.push(self.placeable()?);
                }
                '}' => break,
                '\n' => {
                    self.chars.next();
                    self.skip_spaces();
                    match self.chars.peek() {
                        None => break,
                        Some('[' | '*' | '}') if context == Context::Variant => break,
                        Some('\n') => {}
                        Some(_) => text.push('\n'),
                    }
                }
                _ => {
                    self.chars.next();
                    text.push(c);
                }
            }
        }
        let trimmed = text.trim_end();
        if !trimmed.is_empty() {
            pattern.push(Element::Text(trimmed.to_string()));
        }
        Ok(pattern)
    }

    fn placeable(&mut self) -> Result<Element, String> {
        self.skip_blank();
        let element = match self.chars.peek() {
            Some('$') => {
                self.chars.next();
                Element::Var(self.identifier()?)
            }
            Some('-') => {
                self.chars.next();
                match self.chars.peek() {
                    Some(c) if c.is_ascii_digit() => Element::Text(format!("-{}", self.number())),
                    _ => Element::Ref(format!("-{}", self.identifier()?)),
                }
            }
            Some('"') => {
                self.chars.next();
                Element::Text(self.string_literal()?)
            }
            Some(c) if c.is_ascii_digit() => Element::Text(self.number()),
            Some('{') => {
                self.chars.next();
                self.placeable()?
            }
            Some(_) => Element::Ref(self.identifier()?),
            None => return Err("a placeable is not closed".into()),
        };
        self.skip_blank();
        if self.chars.peek() == Some(&'-') {
            self.chars.next();
            if self.chars.next() != Some('>') {
                return Err("expected `->`".into());
            }
            let Element::Var(var) = element else {
                return Err("only a variable can be selected on".into());
            };
            return self.select(var);
        }
        self.close()?;
        Ok(element)
    }

    fn select(&mut self, var: String) -> Result<Element, String> {
        let mut variants = Vec::new();
        let mut default = None;
        loop {
            self.skip_blank();
            match self.chars.next() {
                Some('}') => break,
                Some('*') => {
                    if default.replace(variants.len()).is_some() {
                        return Err("two default variants".into());
                    }
                    if self.chars.next() != Some('[') {
                        return Err("expected `[` after `*`".into());
                    }
                }
                Some('[') => {}
                _ => return Err("expected a variant `[key]` or `}`".into()),
            }
            let mut key = String::new();
            loop {
                match self.chars.next() {
                    Some(']') => break,
                    Some('\n') | None => return Err("a variant key is not closed".into()),
                    Some(c) => key.push(c),
                }
            }
            let key = key.trim();
            let key = match key.parse::<f64>() {
                Ok(n) => VariantKey::Number(n),
                Err(_) if is_identifier(key) => VariantKey::Name(key.to_string()),
                Err(_) => return Err(format!("bad variant key `{key}`")),
            };
            variants.push((key, self.pattern(Context::Variant)?));
        }
        let default = default.ok_or("a select needs a default variant `*[…]`")?;
        Ok(Element::Select {
            var,
            variants,
            default,
        })
    }

    fn close(&mut self) -> Result<(), String> {
        match self.chars.next() {
            Some('}') => Ok(()),
            _ => Err("expected `}`".into()),
        }
    }

    fn identifier(&mut self) -> Result<String, String> {
        let mut id = String::new();
        while let Some(&c) = self.chars.peek() {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                id.push(c);
                self.chars.next();
            } else {
                break;
            }
        }
        if is_identifier(&id) {
            Ok(id)
        } else {
            Err(format!("bad identifier `{id}`"))
        }
    }

    fn number(&mut self) -> String {
        let mut n = String::new();
        while let Some(&c) = self
            .chars
            .peek()
            .filter(|c| c.is_ascii_digit() || **c == '.')
        {
            n.push(c);
            self.chars.next();
        }
        n
    }

    fn string_literal(&mut self) -> Result<String, String> {
        let mut s = String::new();
        loop {
            match self.chars.next() {
                Some('"') => return Ok(s),
                Some('\\') => match self.chars.next() {
                    Some(c @ ('"' | '\\')) => s.push(c),
                    Some('u') => {
                        let hex: String = (0..4).filter_map(|_| self.chars.next()).collect();
                        let c = u32::from_str_radix(&hex, 16)
                            .ok()
                            .and_then(char::from_u32)
                            .ok_or("bad \\u escape")?;
                        s.push(c);
                    }
                    _ => return Err("bad escape in a string literal".into()),
                },
                Some('\n') | None => return Err("a string literal is not closed".into()),
                Some(c) => s.push(c),
            }
        }
    }

    fn skip_spaces(&mut self) {
        while self.chars.next_if(|c| *c == ' ' || *c == '\t').is_some() {}
    }

    fn skip_blank(&mut self) {
        while self.chars.next_if(|c| c.is_whitespace()).is_some() {}
    }
}
