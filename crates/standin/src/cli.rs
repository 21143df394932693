//! Command line: `serve`, `decode`, `replay`.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::{Parser, Subcommand, ValueEnum};
use voipbin_protocol::Dialect;

use crate::config::{ScaleChoice, ServeConfig, DEFAULT_SEED};

#[derive(Parser, Debug)]
#[command(
    name = "voipbin-standin",
    version,
    about = "Local stand-in for the VoIPBIN API: REST, WebSocket events, simulated contact-center traffic"
)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Run the server.
    Serve(ServeArgs),
    /// Read frames from stdin (one per line) and print one JSON line per frame.
    Decode,
    /// Serve the WebSocket and play recorded frames (one per line, `+250 {json}` waits 250 ms).
    Replay(ReplayArgs),
}

#[derive(ValueEnum, Clone, Copy, Debug)]
enum DialectArg {
    Documented,
    Deployed,
}

impl From<DialectArg> for Dialect {
    fn from(arg: DialectArg) -> Dialect {
        match arg {
            DialectArg::Documented => Dialect::Documented,
            DialectArg::Deployed => Dialect::Deployed,
        }
    }
}

#[derive(ValueEnum, Clone, Copy, Debug)]
enum ScaleArg {
    Default,
    Large,
    Xl,
}

/// Longest `--warm-up` (it is simulated before the server listens).
const MAX_WARM_UP_SECS: u64 = 3_600;

#[derive(clap::Args, Debug)]
struct ServeArgs {
    #[arg(long, default_value = "127.0.0.1:9000")]
    listen: SocketAddr,
    #[arg(long, value_enum, default_value = "documented")]
    dialect: DialectArg,
    #[arg(long, default_value_t = DEFAULT_SEED)]
    seed: u64,
    /// Generated events per second (0 to 20000).
    #[arg(long, default_value_t = 2.0)]
    rate: f64,
    #[arg(long, default_value = "demo")]
    demo_password: String,
    /// Lifetime of tokens from /auth/login.
    #[arg(long, default_value_t = 7 * 24 * 3600)]
    token_ttl_secs: u64,
    /// WebSocket ping period.
    #[arg(long, default_value_t = 10)]
    ping_secs: u64,
    /// default: 8 agents, 4 queues; large: 200 agents, 50 queues, ~1,000 concurrent calls;
    /// xl: 1,000 agents, 100 queues, ~5,000 concurrent calls.
    #[arg(long, value_enum, default_value = "default")]
    scale: ScaleArg,
    /// Serve a built app (e.g. trunk's dist/) at the same origin as the API.
    #[arg(long = "static", value_name = "DIR")]
    static_dir: Option<PathBuf>,
    /// Run the simulation up to this long before serving (it stops soon after the floor is
    /// full), so the first events come at the full rate from a floor at its steady size.
    /// Default: 300 with --scale large or xl, 0 otherwise (at most 3600).
    #[arg(long, value_name = "SECS")]
    warm_up: Option<u64>,
    /// Share (0 to 1) of calls and new SMS conversations whose flow runs case_create.
    #[arg(long, default_value_t = crate::sim::DEFAULT_CASE_SHARE)]
    case_share: f64,
    /// Simulated teammates' posts per minute in the public team channels (0 to 600; 0 keeps
    /// them silent: no posts, no answers to direct messages, no reactions). `--rate 0` also
    /// silences them.
    #[arg(long, default_value_t = 1.0)]
    talk_rate: f64,
    /// Idle time after which an open case closes with closed_reason timeout (VoIPBIN: 24 h).
    #[arg(long, default_value_t = 24 * 3600)]
    case_timeout_secs: u64,
    /// After each media-stream frame, a text frame `{"seq":n,"sent_ms":t}` (bench/listen times
    /// frames with it; VoIPBIN sends no text frames, and clients ignore them).
    #[arg(long)]
    media_stamps: bool,
}

#[derive(clap::Args, Debug)]
struct ReplayArgs {
    file: PathBuf,
    #[arg(long, default_value = "127.0.0.1:9000")]
    listen: SocketAddr,
    /// documented: acknowledge subscriptions; deployed: stay silent.
    #[arg(long, value_enum, default_value = "deployed")]
    dialect: DialectArg,
    /// Start over at the end of the file.
    #[arg(long = "loop")]
    repeat: bool,
}

impl ServeArgs {
    fn into_config(self) -> Result<ServeConfig, String> {
        if !self.rate.is_finite() || !(0.0..=20_000.0).contains(&self.rate) {
            return Err("--rate must be between 0 and 20000".to_owned());
        }
        if self.warm_up.is_some_and(|secs| secs > MAX_WARM_UP_SECS) {
            return Err(format!("--warm-up must be at most {MAX_WARM_UP_SECS}"));
        }
        if self.ping_secs == 0 {
            return Err("--ping-secs must be at least 1".to_owned());
        }
        if !(0.0..=1.0).contains(&self.case_share) {
            return Err("--case-share must be between 0 and 1".to_owned());
        }
        if !self.talk_rate.is_finite() || !(0.0..=600.0).contains(&self.talk_rate) {
            return Err("--talk-rate must be between 0 and 600".to_owned());
        }
        if self.case_timeout_secs == 0 {
            return Err("--case-timeout-secs must be at least 1".to_owned());
        }
        if self.token_ttl_secs == 0 {
            return Err("--token-ttl-secs must be at least 1".to_owned());
        }
        Ok(ServeConfig {
            listen: self.listen,
            dialect: self.dialect.into(),
            seed: self.seed,
            events_per_s: self.rate,
            demo_password: self.demo_password,
            token_ttl: Duration::from_secs(self.token_ttl_secs),
            ping_every: Duration::from_secs(self.ping_secs),
            scale: match self.scale {
                ScaleArg::Default => ScaleChoice::Default,
                ScaleArg::Large => ScaleChoice::Large,
                ScaleArg::Xl => ScaleChoice::Xl,
            },
            static_dir: self.static_dir,
            warm_up: self.warm_up.map(Duration::from_secs),
            case_share: self.case_share,
            talk_per_min: self.talk_rate,
            case_timeout: Duration::from_secs(self.case_timeout_secs),
            media_stamps: self.media_stamps,
            ..ServeConfig::default()
        })
    }
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Decode => {
            crate::decode_cmd::run(std::io::stdin().lock(), std::io::stdout().lock())
        }
        Command::Serve(args) => {
            let config = match args.into_config() {
                Ok(config) => config,
                Err(message) => {
                    eprintln!("error: {message}");
                    return ExitCode::from(2);
                }
            };
            crate::logging::init();
            run_async(crate::banner::serve_until_signal(config))
        }
        Command::Replay(args) => {
            crate::logging::init();
            let options = crate::replay::ReplayOptions {
                file: args.file,
                listen: args.listen,
                dialect: args.dialect.into(),
                repeat: args.repeat,
            };
            run_async(crate::replay::run(options))
        }
    }
}

fn run_async(future: impl std::future::Future<Output = std::io::Result<()>>) -> ExitCode {
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(future) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
