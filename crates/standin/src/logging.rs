//! tracing set-up, and the one rule about secrets: tokens, access keys and passwords never
//! reach a log line (query strings are redacted before logging).

use std::io::IsTerminal;

use tracing_subscriber::EnvFilter;

/// `RUST_LOG` wins; otherwise info for everything. Logs go to stderr so that stdout stays for
/// the start-up banner and the `decode` command's output.
pub fn init() {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    // A second init (tests start several servers in one process) is harmless: ignore it.
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .with_target(false)
        .try_init();
}

/// Query keys whose values are credentials.
const SECRET_KEYS: &[&str] = &["token", "accesskey", "password"];

/// `a=1&token=abc` -> `a=1&token=<redacted>`. Keys compared case-insensitively.
pub fn redact_query(query: &str) -> String {
    query
        .split('&')
        .map(|pair| match pair.split_once('=') {
            Some((key, _)) if SECRET_KEYS.iter().any(|s| s.eq_ignore_ascii_case(key)) => {
                format!("{key}=<redacted>")
            }
            _ => pair.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redacts_credentials_only() {
        assert_eq!(
            redact_query("token=abc&page_size=5"),
            "token=<redacted>&page_size=5"
        );
        assert_eq!(redact_query("AccessKey=k"), "AccessKey=<redacted>");
        assert_eq!(redact_query("a&b=c"), "a&b=c");
    }
}
