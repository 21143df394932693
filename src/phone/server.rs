//! Where the phone registers: the sign-in page's "Phone server" setting, resolved against the
//! page and the API server.
//!
//! RFC 7118 asks a SIP client to offer the `sip` WebSocket subprotocol, and VoIPBIN's Kamailio
//! expects it. A path on the page's own origin (the default, `/sip` through `trunk serve`'s proxy
//! or the stand-in serving the desk) is different: trunk's proxy drops the subprotocol from its
//! answer, and a browser that offered one then fails the handshake, so there the desk offers none
//! (the stand-in accepts that).

use crate::msg;

/// A resolved phone server: the WebSocket URL and the subprotocol to offer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PhoneServer {
    pub url: String,
    pub subprotocol: Option<&'static str>,
}

/// The default when the desk talks to the API on its own origin.
pub const SAME_ORIGIN_PATH: &str = "/sip";

/// Why no phone server could be chosen, in words for the agent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ServerProblem {
    /// Signed in to a remote VoIPBIN without a phone server: it has no default.
    NotSet,
    Invalid(String),
}

impl ServerProblem {
    pub fn words(&self) -> crate::phone::Words {
        use crate::phone::Words;
        match self {
            ServerProblem::NotSet => Words::new(msg!("phone-server-not-set")),
            ServerProblem::Invalid(text) => {
                Words::new(msg!("phone-server-invalid")).with("server", text.as_str())
            }
        }
    }
}

impl std::fmt::Display for ServerProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.words().fmt(f)
    }
}

/// `setting` is what the agent typed (may be empty); `api_server` the session's API base (empty
/// for the page's own origin); `page_origin` like `http://127.0.0.1:8080`.
pub fn resolve(
    setting: &str,
    api_server: &str,
    page_origin: &str,
) -> Result<PhoneServer, ServerProblem> {
    let setting = setting.trim();
    if setting.is_empty() {
        return if api_server.trim().is_empty() {
            Ok(same_origin(page_origin, SAME_ORIGIN_PATH))
        } else {
            Err(ServerProblem::NotSet)
        };
    }
    if setting.starts_with('/') && !setting.starts_with("//") {
        return Ok(same_origin(page_origin, setting));
    }
    let lower = setting.to_ascii_lowercase();
    let has_host = |rest: &str| !rest.is_empty() && !rest.starts_with('/');
    match lower.split_once("://") {
        Some(("ws" | "wss", rest)) if has_host(rest) && !setting.contains(char::is_whitespace) => {
            Ok(PhoneServer {
                url: setting.to_string(),
                subprotocol: Some("sip"),
            })
        }
        _ => Err(ServerProblem::Invalid(setting.chars().take(80).collect())),
    }
}

fn same_origin(page_origin: &str, path: &str) -> PhoneServer {
    let origin = page_origin.trim_end_matches('/');
    let ws_origin = if let Some(rest) = origin.strip_prefix("https://") {
        format!("wss://{rest}")
    } else if let Some(rest) = origin.strip_prefix("http://") {
        format!("ws://{rest}")
    } else {
        origin.to_string()
    };
    PhoneServer {
        url: format!("{ws_origin}{path}"),
        subprotocol: None,
    }
}

/// The domain of the agent's address of record: VoIPBIN's realm is `<customer_id>.<extension
/// base domain>`, and an installation serving SIP at `sip.<domain>` registers at
/// `registrar.<domain>` (voipbin/install's .env.template). The page's own origin is the stand-in,
/// whose base domain is `registrar.voipbin.test`.
pub fn registrar_domain(server: &PhoneServer, extension: &voipbin_protocol::Extension) -> String {
    let customer = if extension.domain_name.is_empty() {
        extension.customer_id.as_str()
    } else {
        extension.domain_name.as_str()
    };
    if customer.contains('.') {
        return customer.to_string();
    }
    let base = match server.subprotocol {
        None => "registrar.voipbin.test".to_string(),
        Some(_) => {
            let after_scheme = server.url.split_once("://").map_or("", |(_, rest)| rest);
            let host_port = after_scheme.split(['/', '?']).next().unwrap_or_default();
            let host = host_port
                .rsplit_once(':')
                .map_or(host_port, |(host, _)| host);
            format!("registrar.{}", host.strip_prefix("sip.").unwrap_or(host))
        }
    };
    format!("{customer}.{base}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_registrar_domain_follows_voipbins_naming() {
        let extension = voipbin_protocol::Extension {
            customer_id: "c1".into(),
            domain_name: "c1".into(),
            ..Default::default()
        };
        let standin = resolve("", "", "http://127.0.0.1:8080").unwrap();
        assert_eq!(
            registrar_domain(&standin, &extension),
            "c1.registrar.voipbin.test"
        );
        let hosted = resolve(
            "wss://sip.voipbin.net:443/ws",
            "https://api.voipbin.net",
            "",
        )
        .unwrap();
        assert_eq!(
            registrar_domain(&hosted, &extension),
            "c1.registrar.voipbin.net"
        );
        let own = resolve("wss://pbx.example.com", "https://api.example.com", "").unwrap();
        assert_eq!(
            registrar_domain(&own, &extension),
            "c1.registrar.pbx.example.com"
        );
        let full = voipbin_protocol::Extension {
            domain_name: "c1.sip.example.org".into(),
            ..Default::default()
        };
        assert_eq!(registrar_domain(&own, &full), "c1.sip.example.org");
    }

    #[test]
    fn empty_setting_on_the_pages_origin_is_its_sip_path_without_subprotocol() {
        let server = resolve("", "", "http://127.0.0.1:8080").unwrap();
        assert_eq!(server.url, "ws://127.0.0.1:8080/sip");
        assert_eq!(server.subprotocol, None);
        let secure = resolve(" ", "", "https://desk.example.com/").unwrap();
        assert_eq!(secure.url, "wss://desk.example.com/sip");
    }

    #[test]
    fn a_remote_api_has_no_default_phone_server() {
        assert_eq!(
            resolve("", "https://api.voipbin.net", "http://localhost:8080"),
            Err(ServerProblem::NotSet)
        );
    }

    #[test]
    fn an_absolute_address_offers_the_sip_subprotocol() {
        let server = resolve("wss://sip.example.com:5066", "https://api.example.com", "x").unwrap();
        assert_eq!(server.url, "wss://sip.example.com:5066");
        assert_eq!(server.subprotocol, Some("sip"));
        assert!(resolve("WS://127.0.0.1:9000/sip", "", "x").is_ok());
    }

    #[test]
    fn anything_else_is_refused_with_the_text_shown() {
        for bad in [
            "http://x",
            "sip.example.com",
            "wss://",
            "//evil",
            "wss:// a b",
        ] {
            let problem = resolve(bad, "", "http://h").unwrap_err();
            assert!(matches!(problem, ServerProblem::Invalid(_)), "{bad}");
        }
        assert!(resolve("ftp://x", "", "http://h")
            .unwrap_err()
            .to_string()
            .contains("ftp://x"));
    }
}
