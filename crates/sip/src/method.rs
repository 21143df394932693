//! Request methods and the CSeq header (RFC 3261 20.16).

use std::fmt;
use std::str::FromStr;

use crate::error::ParseError;

/// A request method. Methods are case-sensitive; unknown ones are kept as tokens.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Method {
    Invite,
    Ack,
    Bye,
    Cancel,
    Register,
    Options,
    Info,
    Update,
    Prack,
    Subscribe,
    Notify,
    Refer,
    Message,
    Publish,
    Other(String),
}

const KNOWN: [(Method, &str); 14] = [
    (Method::Invite, "INVITE"),
    (Method::Ack, "ACK"),
    (Method::Bye, "BYE"),
    (Method::Cancel, "CANCEL"),
    (Method::Register, "REGISTER"),
    (Method::Options, "OPTIONS"),
    (Method::Info, "INFO"),
    (Method::Update, "UPDATE"),
    (Method::Prack, "PRACK"),
    (Method::Subscribe, "SUBSCRIBE"),
    (Method::Notify, "NOTIFY"),
    (Method::Refer, "REFER"),
    (Method::Message, "MESSAGE"),
    (Method::Publish, "PUBLISH"),
];

impl Method {
    pub fn as_str(&self) -> &str {
        match self {
            Method::Other(name) => name,
            known => KNOWN
                .iter()
                .find(|(method, _)| method == known)
                .map_or("", |(_, name)| name),
        }
    }
}

/// RFC 3261 token characters: what a method name may consist of.
pub(crate) fn is_token(text: &str) -> bool {
    !text.is_empty()
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-.!%*_+`'~".contains(&b))
}

impl FromStr for Method {
    type Err = ParseError;

    fn from_str(text: &str) -> Result<Method, ParseError> {
        if let Some((method, _)) = KNOWN.iter().find(|(_, name)| *name == text) {
            return Ok(method.clone());
        }
        if is_token(text) {
            Ok(Method::Other(text.to_string()))
        } else {
            Err(ParseError::Value("method is not a token"))
        }
    }
}

impl fmt::Display for Method {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// `CSeq: 314159 INVITE`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CSeq {
    pub seq: u32,
    pub method: Method,
}

impl CSeq {
    pub fn parse(value: &str) -> Result<CSeq, ParseError> {
        let mut words = value.split_whitespace();
        let seq = words
            .next()
            .and_then(|seq| seq.parse::<u32>().ok())
            .ok_or(ParseError::Value("CSeq number"))?;
        let method = words
            .next()
            .ok_or(ParseError::Value("CSeq method"))?
            .parse()?;
        if words.next().is_some() {
            return Err(ParseError::Value("text after CSeq method"));
        }
        Ok(CSeq { seq, method })
    }
}

impl fmt::Display for CSeq {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.seq, self.method)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn methods_round_trip_and_are_case_sensitive() {
        for (method, name) in KNOWN.iter() {
            assert_eq!(name.parse::<Method>().unwrap(), *method);
            assert_eq!(method.to_string(), *name);
        }
        assert_eq!(
            "invite".parse::<Method>().unwrap(),
            Method::Other("invite".into())
        );
        assert!("IN VITE".parse::<Method>().is_err());
        assert!("".parse::<Method>().is_err());
    }

    #[test]
    fn cseq_reads_and_writes() {
        let cseq = CSeq::parse("  4711   INVITE ").unwrap();
        assert_eq!((cseq.seq, &cseq.method), (4711, &Method::Invite));
        assert_eq!(cseq.to_string(), "4711 INVITE");
        for bad in [
            "",
            "1",
            "x INVITE",
            "1 INVITE extra",
            "4294967296 BYE",
            "-1 BYE",
        ] {
            assert!(CSeq::parse(bad).is_err(), "{bad:?}");
        }
    }
}
