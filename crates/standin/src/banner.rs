//! `serve` in the foreground: start, print what a person (or a test) needs, run until a signal.

use std::io::{self, Write};

use crate::config::ServeConfig;
use crate::server::{self, RunningServer};

/// Accounts listed at start-up (the large scale has 200).
const MAX_LISTED: usize = 12;

pub async fn serve_until_signal(config: ServeConfig) -> io::Result<()> {
    let server = server::start(config).await?;
    print_banner(&server)?;
    server::shutdown_signal().await;
    tracing::info!("shutting down");
    server.shutdown().await;
    Ok(())
}

fn print_banner(server: &RunningServer) -> io::Result<()> {
    let state = &server.state;
    let config = &state.config;
    let customer_id = state.sim().customer_id().to_owned();
    let mut out = io::stdout().lock();
    writeln!(out, "voipbin-standin {}", env!("CARGO_PKG_VERSION"))?;
    writeln!(out, "  url:       {}", server.url())?;
    writeln!(out, "  websocket: {}?token=<token>", server.ws_url())?;
    writeln!(out, "  dialect:   {}", config.dialect)?;
    writeln!(out, "  seed:      {}", config.seed)?;
    writeln!(out, "  rate:      {} events/s", config.events_per_s)?;
    writeln!(out, "  customer:  {customer_id}")?;
    // The default password is public; a chosen one is a secret and is not echoed.
    let password = if config.demo_password == "demo" {
        "demo"
    } else {
        "(set by --demo-password)"
    };
    writeln!(out, "  accounts (password {password}):")?;
    let entries = state.auth.directory.entries();
    for account in entries.iter().take(MAX_LISTED) {
        writeln!(
            out,
            "    {:<15} permission {:<3} agent {}  accesskey {}",
            account.username, account.permission, account.agent_id, account.access_key
        )?;
    }
    if entries.len() > MAX_LISTED {
        writeln!(
            out,
            "    … and {} more agents (agentN@demo)",
            entries.len() - MAX_LISTED
        )?;
    }
    writeln!(out, "READY {}", server.url())?;
    out.flush()
}
