//! Words the phone keeps for the agent: a message id and its values, put into the agent's
//! language where they are shown, so a language switch retranslates what stays on screen.

use crate::i18n::{Arg, Msg};

#[derive(Clone, Debug, PartialEq)]
enum Value {
    Num(f64),
    Text(String),
    /// Another message, translated with this one (a reason inside a sentence).
    Words(Box<Words>),
}

/// A value the words keep: they outlive what made them.
pub struct Kept(Value);

impl From<String> for Kept {
    fn from(text: String) -> Self {
        Kept(Value::Text(text))
    }
}

impl From<&str> for Kept {
    fn from(text: &str) -> Self {
        Kept(Value::Text(text.to_string()))
    }
}

impl From<f64> for Kept {
    fn from(n: f64) -> Self {
        Kept(Value::Num(n))
    }
}

impl From<u64> for Kept {
    fn from(n: u64) -> Self {
        Kept(Value::Num(n as f64))
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Words {
    id: Msg,
    values: Vec<(&'static str, Value)>,
}

impl Words {
    pub fn new(id: Msg) -> Self {
        Words {
            id,
            values: Vec::new(),
        }
    }

    pub fn with(mut self, name: &'static str, value: impl Into<Kept>) -> Self {
        self.values.push((name, value.into().0));
        self
    }

    pub fn with_words(mut self, name: &'static str, words: Words) -> Self {
        self.values.push((name, Value::Words(Box::new(words))));
        self
    }

    /// In the language in use (tracked).
    pub fn text(&self) -> String {
        let inner: Vec<String> = self
            .values
            .iter()
            .map(|(_, value)| match value {
                Value::Words(words) => words.text(),
                _ => String::new(),
            })
            .collect();
        let args: Vec<(&str, Arg)> = self
            .values
            .iter()
            .zip(&inner)
            .map(|((name, value), text)| {
                let arg = match value {
                    Value::Num(n) => Arg::Num(*n),
                    Value::Text(text) => Arg::Str(text),
                    Value::Words(_) => Arg::Str(text),
                };
                (*name, arg)
            })
            .collect();
        crate::i18n::t_args(self.id, &args)
    }
}

impl std::fmt::Display for Words {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text())
    }
}
