//! Words the phone keeps for the agent: a message id and its values, put into the agent's
//! language where they are shown, so a language switch retranslates what stays on screen.

use crate::i18n::{Arg, Msg};

#[derive(Clone, Debug, PartialEq)]
enum Value {
    Plain(Arg),
    /// Another message, translated with this one (a reason inside a sentence).
    Words(Box<Words>),
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

    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.values.push((name, Value::Plain(value.into())));
        self
    }

    pub fn with_words(mut self, name: &'static str, words: Words) -> Self {
        self.values.push((name, Value::Words(Box::new(words))));
        self
    }

    /// In the language in use (tracked).
    pub fn text(&self) -> String {
        let args: Vec<(&str, Arg)> = self
            .values
            .iter()
            .map(|(name, value)| {
                let arg = match value {
                    Value::Plain(arg) => arg.clone(),
                    Value::Words(words) => Arg::from(words.text()),
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
