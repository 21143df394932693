//! `sip:`, `sips:` and `tel:` URIs (RFC 3261 19.1, RFC 3966), read and written.

use std::fmt;

use crate::error::ParseError;
use crate::params::Params;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    Sip,
    Sips,
    Tel,
}

impl Scheme {
    pub fn as_str(self) -> &'static str {
        match self {
            Scheme::Sip => "sip",
            Scheme::Sips => "sips",
            Scheme::Tel => "tel",
        }
    }
}

/// A URI. For `tel:` the number is in `user` and `host` is empty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Uri {
    pub scheme: Scheme,
    pub user: Option<String>,
    pub password: Option<String>,
    /// A domain name, IPv4 address or bracketed IPv6 reference (`[::1]`).
    pub host: String,
    pub port: Option<u16>,
    pub params: Params,
    /// `?name=value&...` headers, kept escaped as received.
    pub headers: Vec<(String, String)>,
}

impl Uri {
    /// A `sip:user@host` URI without port or parameters.
    pub fn sip(user: Option<&str>, host: &str) -> Uri {
        Uri {
            scheme: Scheme::Sip,
            user: user.map(str::to_string),
            password: None,
            host: host.to_string(),
            port: None,
            params: Params::default(),
            headers: Vec::new(),
        }
    }

    pub fn parse(text: &str) -> Result<Uri, ParseError> {
        let text = text.trim();
        if text.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(ParseError::Uri("whitespace or control character"));
        }
        let (scheme, rest) = text.split_once(':').ok_or(ParseError::Uri("no scheme"))?;
        let scheme = match scheme.to_ascii_lowercase().as_str() {
            "sip" => Scheme::Sip,
            "sips" => Scheme::Sips,
            "tel" => Scheme::Tel,
            _ => return Err(ParseError::Uri("unknown scheme")),
        };
        if scheme == Scheme::Tel {
            return parse_tel(rest);
        }
        let (rest, headers) = match rest.split_once('?') {
            Some((rest, headers)) => (rest, parse_uri_headers(headers)?),
            None => (rest, Vec::new()),
        };
        // The user part cannot hold an unescaped '@', so the first one ends it.
        let (user, password, host_part) = match rest.split_once('@') {
            Some((userinfo, host_part)) => {
                let (user, password) = match userinfo.split_once(':') {
                    Some((user, password)) => (user, Some(password.to_string())),
                    None => (userinfo, None),
                };
                if user.is_empty() {
                    return Err(ParseError::Uri("empty user"));
                }
                (Some(user.to_string()), password, host_part)
            }
            None => (None, None, rest),
        };
        let (host_port, params) = match host_part.split_once(';') {
            Some((host_port, params)) => (host_port, Params::parse(params)),
            None => (host_part, Params::default()),
        };
        let (host, port) = split_host_port(host_port)?;
        Ok(Uri {
            scheme,
            user,
            password,
            host: host.to_string(),
            port,
            params,
            headers,
        })
    }

    /// `host` or `host:port`, as Via sent-by and transaction matching compare it.
    pub fn host_port(&self) -> String {
        match self.port {
            Some(port) => format!("{}:{port}", self.host),
            None => self.host.clone(),
        }
    }

    /// The URI without its `?headers`, as a Request-URI must be written (RFC 3261 19.1.5).
    pub fn without_headers(&self) -> Uri {
        Uri {
            headers: Vec::new(),
            ..self.clone()
        }
    }
}

fn parse_tel(rest: &str) -> Result<Uri, ParseError> {
    let (number, params) = match rest.split_once(';') {
        Some((number, params)) => (number, Params::parse(params)),
        None => (rest, Params::default()),
    };
    let valid = |c: char| c.is_ascii_hexdigit() || "+-.()*#pPwW".contains(c);
    if number.is_empty() || !number.chars().all(valid) {
        return Err(ParseError::Uri("bad telephone number"));
    }
    Ok(Uri {
        scheme: Scheme::Tel,
        user: Some(number.to_string()),
        password: None,
        host: String::new(),
        port: None,
        params,
        headers: Vec::new(),
    })
}

/// Splits `host[:port]`, accepting `[v6]:port`. Hosts are checked against the characters that
/// hostnames and address literals may hold.
pub(crate) fn split_host_port(text: &str) -> Result<(&str, Option<u16>), ParseError> {
    let (host, port) = if text.starts_with('[') {
        let end = text
            .find(']')
            .ok_or(ParseError::Uri("unclosed IPv6 reference"))?;
        let (host, after) = text.split_at(end + 1);
        let valid = |c: char| c.is_ascii_hexdigit() || c == ':' || c == '.';
        if host.len() < 3 || !host[1..host.len() - 1].chars().all(valid) {
            return Err(ParseError::Uri("bad IPv6 reference"));
        }
        match after.strip_prefix(':') {
            Some(port) => (host, Some(port)),
            None if after.is_empty() => (host, None),
            None => return Err(ParseError::Uri("text after IPv6 reference")),
        }
    } else {
        let (host, port) = match text.split_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (text, None),
        };
        let valid = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '.' || c == '_';
        if host.is_empty() || !host.chars().all(valid) {
            return Err(ParseError::Uri("bad host"));
        }
        (host, port)
    };
    let port = match port {
        Some(port) => Some(
            port.parse::<u16>()
                .map_err(|_| ParseError::Uri("bad port"))?,
        ),
        None => None,
    };
    Ok((host, port))
}

fn parse_uri_headers(text: &str) -> Result<Vec<(String, String)>, ParseError> {
    text.split('&')
        .filter(|item| !item.is_empty())
        .map(|item| {
            let (name, value) = item
                .split_once('=')
                .ok_or(ParseError::Uri("header without ="))?;
            Ok((name.to_string(), value.to_string()))
        })
        .collect()
}

impl fmt::Display for Uri {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:", self.scheme.as_str())?;
        if let Some(user) = &self.user {
            f.write_str(user)?;
            if let Some(password) = &self.password {
                write!(f, ":{password}")?;
            }
            if self.scheme != Scheme::Tel {
                f.write_str("@")?;
            }
        }
        write!(f, "{}{}", self.host_port(), self.params)?;
        for (i, (name, value)) in self.headers.iter().enumerate() {
            let lead = if i == 0 { '?' } else { '&' };
            write!(f, "{lead}{name}={value}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_full_sip_uri() {
        let uri =
            Uri::parse("sips:alice:pw@[2001:db8::1]:5061;transport=ws;lr?subject=hi&x=1").unwrap();
        assert_eq!(uri.scheme, Scheme::Sips);
        assert_eq!(uri.user.as_deref(), Some("alice"));
        assert_eq!(uri.password.as_deref(), Some("pw"));
        assert_eq!(uri.host, "[2001:db8::1]");
        assert_eq!(uri.port, Some(5061));
        assert_eq!(uri.params.value("transport"), Some("ws"));
        assert!(uri.params.has("lr"));
        assert_eq!(uri.headers.len(), 2);
        assert_eq!(
            uri.to_string(),
            "sips:alice:pw@[2001:db8::1]:5061;transport=ws;lr?subject=hi&x=1"
        );
    }

    #[test]
    fn reads_host_only_user_params_and_tel() {
        let uri = Uri::parse("SIP:example.com").unwrap();
        assert_eq!(
            (uri.user, uri.host.as_str(), uri.port),
            (None, "example.com", None)
        );
        let uri = Uri::parse("sip:+15551234;phone-context=x@pbx.test:5060").unwrap();
        assert_eq!(uri.user.as_deref(), Some("+15551234;phone-context=x"));
        assert_eq!(uri.host_port(), "pbx.test:5060");
        let tel = Uri::parse("tel:+1-555-0100;ext=12").unwrap();
        assert_eq!(
            (tel.scheme, tel.user.as_deref()),
            (Scheme::Tel, Some("+1-555-0100"))
        );
        assert_eq!(tel.to_string(), "tel:+1-555-0100;ext=12");
    }

    #[test]
    fn rejects_malformed_uris() {
        for bad in [
            "",
            "sip",
            "http://x",
            "sip:",
            "sip:@host",
            "sip:a@",
            "sip:host:99999",
            "sip:host:x",
            "sip:[::1",
            "sip:[zz]",
            "sip:[::1]x",
            "sip:ho st",
            "tel:",
            "tel:abc!",
            "sip:h?novalue",
            "sip:a b@h",
            "sip:h;x=\"a b\"",
            "sip:h\u{7}",
        ] {
            assert!(Uri::parse(bad).is_err(), "{bad:?} should be rejected");
        }
    }
}
