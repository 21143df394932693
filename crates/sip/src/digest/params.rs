//! The auth-param grammar of digest headers (RFC 7235 section 2.1): reading
//! `Digest name=token, name="quoted"` and writing parameters back, quoting as needed.

use super::DigestError;

/// Parses `Digest name=value, ...` into (lowercased name, unquoted value) pairs.
pub fn parse_digest(value: &str) -> Result<Vec<(String, String)>, DigestError> {
    let value = value.trim_start();
    let (scheme, rest) = value.split_once(char::is_whitespace).unwrap_or((value, ""));
    if !scheme.eq_ignore_ascii_case("digest") {
        return Err(DigestError::NotDigest);
    }
    parse_params(rest)
}

/// Parses `name=token, name="quoted \"string\""` (RFC 7235 auth-param list; empty items allowed).
pub fn parse_params(list: &str) -> Result<Vec<(String, String)>, DigestError> {
    let mut params = Vec::new();
    let mut chars = list.chars().peekable();
    loop {
        while chars.next_if(|c| c.is_whitespace() || *c == ',').is_some() {}
        if chars.peek().is_none() {
            return Ok(params);
        }
        let mut name = String::new();
        while let Some(c) = chars.next_if(|c| is_token_char(*c)) {
            name.push(c.to_ascii_lowercase());
        }
        if name.is_empty() {
            return Err(DigestError::Syntax("expected a parameter name"));
        }
        while chars.next_if(|c| c.is_whitespace()).is_some() {}
        if chars.next() != Some('=') {
            return Err(DigestError::Syntax("expected '=' after a parameter name"));
        }
        while chars.next_if(|c| c.is_whitespace()).is_some() {}
        let mut value = String::new();
        if chars.next_if_eq(&'"').is_some() {
            loop {
                match chars.next() {
                    None => return Err(DigestError::Syntax("unterminated quoted string")),
                    Some('"') => break,
                    Some('\\') => match chars.next() {
                        Some(c) => value.push(c),
                        None => return Err(DigestError::Syntax("unterminated quoted string")),
                    },
                    Some(c) => value.push(c),
                }
            }
        } else {
            while let Some(c) = chars.next_if(|c| is_token_char(*c)) {
                value.push(c);
            }
            if value.is_empty() {
                return Err(DigestError::Syntax("expected a parameter value"));
            }
        }
        while chars.next_if(|c| c.is_whitespace()).is_some() {}
        match chars.peek() {
            None | Some(',') => params.push((name, value)),
            Some(_) => return Err(DigestError::Syntax("expected ',' between parameters")),
        }
    }
}

pub(super) fn param(params: &[(String, String)], name: &str) -> Option<String> {
    params
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.clone())
}

/// RFC 7230 tchar.
fn is_token_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(c)
}

fn push_separator(out: &mut String) {
    if !out.ends_with(' ') {
        out.push_str(", ");
    }
}

pub(super) fn push_quoted(out: &mut String, name: &str, value: &str) {
    push_separator(out);
    out.push_str(name);
    out.push_str("=\"");
    for c in value.chars() {
        if c == '"' || c == '\\' {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('"');
}

pub(super) fn push_token(out: &mut String, name: &str, value: &str) {
    push_separator(out);
    out.push_str(name);
    out.push('=');
    out.push_str(value);
}
