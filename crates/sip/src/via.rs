//! The Via header (RFC 3261 20.42, RFC 3581 rport, RFC 7118 WS/WSS transports).

use std::fmt;

use crate::error::ParseError;
use crate::params::Params;
use crate::uri::split_host_port;

/// Branch ids of RFC 3261 transactions start with this magic cookie (8.1.1.7).
pub const BRANCH_COOKIE: &str = "z9hG4bK";

/// One Via value: `SIP/2.0/WSS host:port;branch=z9hG4bK...;rport`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Via {
    /// `UDP`, `TCP`, `TLS`, `WS`, `WSS`, ... as sent (upper-cased).
    pub transport: String,
    pub host: String,
    pub port: Option<u16>,
    pub params: Params,
}

impl Via {
    /// A Via for a request this UA sends, asking for `rport` (RFC 3581) as WebSocket clients
    /// behind NAT do.
    pub fn new(transport: &str, sent_by: &str, branch: &str) -> Via {
        let mut params = Params::default();
        params.set("branch", Some(branch));
        params.set("rport", None);
        Via {
            transport: transport.to_ascii_uppercase(),
            host: sent_by.to_string(),
            port: None,
            params,
        }
    }

    pub fn parse(value: &str) -> Result<Via, ParseError> {
        let (head, params) = match value.split_once(';') {
            Some((head, params)) => (head, Params::parse(params)),
            None => (value, Params::default()),
        };
        // Whitespace may surround the slashes and colon (`SIP / 2.0 / UDP host : 5060`).
        let spaced = head.replace('/', " / ");
        let tokens: Vec<&str> = spaced.split_whitespace().collect();
        let [name, "/", "2.0", "/", transport, sent_by @ ..] = tokens.as_slice() else {
            return Err(ParseError::Value("Via protocol is not SIP/2.0/<transport>"));
        };
        if !name.eq_ignore_ascii_case("SIP") || !crate::method::is_token(transport) {
            return Err(ParseError::Value("Via protocol is not SIP/2.0/<transport>"));
        }
        let sent_by = sent_by.concat();
        let (host, port) =
            split_host_port(&sent_by).map_err(|_| ParseError::Value("Via sent-by"))?;
        Ok(Via {
            transport: transport.to_ascii_uppercase(),
            host: host.to_string(),
            port,
            params,
        })
    }

    pub fn branch(&self) -> Option<&str> {
        self.params.value("branch")
    }

    /// The address the server saw the request come from (`received=`).
    pub fn received(&self) -> Option<&str> {
        self.params.value("received")
    }

    /// The port the server saw (`rport=5060`); None when absent or sent without a value.
    pub fn rport(&self) -> Option<u16> {
        self.params
            .value("rport")
            .and_then(|port| port.parse().ok())
    }

    /// `host` or `host:port`.
    pub fn sent_by(&self) -> String {
        match self.port {
            Some(port) => format!("{}:{port}", self.host),
            None => self.host.clone(),
        }
    }
}

impl fmt::Display for Via {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "SIP/2.0/{} {}{}",
            self.transport,
            self.sent_by(),
            self.params
        )
    }
}

/// A new branch id from the caller's randomness (this crate has no random source).
pub fn branch_from(random: u64) -> String {
    format!("{BRANCH_COOKIE}{random:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_via_with_received_and_rport() {
        let via = Via::parse(
            "SIP/2.0/WSS df7jal23ls0d.invalid;branch=z9hG4bK776;received=192.0.2.4;rport=50312",
        )
        .unwrap();
        assert_eq!(via.transport, "WSS");
        assert_eq!(via.host, "df7jal23ls0d.invalid");
        assert_eq!(via.branch(), Some("z9hG4bK776"));
        assert_eq!(via.received(), Some("192.0.2.4"));
        assert_eq!(via.rport(), Some(50312));
        let spaced =
            Via::parse(" SIP / 2.0 / udp  10.0.0.1 : 5060 ;branch=z9hG4bKx ; rport").unwrap();
        assert_eq!(
            (spaced.transport.as_str(), spaced.port),
            ("UDP", Some(5060))
        );
        assert_eq!((spaced.rport(), spaced.params.has("rport")), (None, true));
    }

    #[test]
    fn writes_a_new_via() {
        let via = Via::new("wss", "abc.invalid", &branch_from(0xabc));
        assert_eq!(
            via.to_string(),
            "SIP/2.0/WSS abc.invalid;branch=z9hG4bK0000000000000abc;rport"
        );
        assert_eq!(Via::parse(&via.to_string()).unwrap(), via);
    }

    #[test]
    fn rejects_malformed_via() {
        for bad in [
            "",
            "SIP/2.0/UDP",
            "SIP/3.0/UDP h",
            "HTTP/2.0/UDP h",
            "SIP/2.0/ h",
            "SIP/2.0/UDP h:x",
        ] {
            assert!(Via::parse(bad).is_err(), "{bad:?}");
        }
    }
}
