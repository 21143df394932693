//! Settings of a `serve` run (from the command line, or built directly by tests).

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use voipbin_protocol::Dialect;

/// Default seed: fixed, so two runs without `--seed` show the same ids and traffic.
pub const DEFAULT_SEED: u64 = 20_260_101;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScaleChoice {
    /// 8 plain agents, 4 queues.
    Default,
    /// 200 agents, 50 queues, up to 1,000 concurrent calls (benchmarks).
    Large,
    /// 1,000 agents, 100 queues, up to 5,000 concurrent calls (the dashboard's scale bench).
    Xl,
}

#[derive(Clone, Debug)]
pub struct ServeConfig {
    pub listen: SocketAddr,
    pub dialect: Dialect,
    pub seed: u64,
    pub events_per_s: f64,
    pub demo_password: String,
    pub token_ttl: Duration,
    pub ping_every: Duration,
    pub scale: ScaleChoice,
    /// How long WebSocket upgrades are refused with 503 after a `restart` fault.
    pub restart_pause: Duration,
    /// How often the simulation is advanced.
    pub tick_every: Duration,
    /// A built app (trunk's dist/) served at the same origin as the API, or none.
    pub static_dir: Option<PathBuf>,
    /// How long the simulation runs before serving, at most (it stops soon after the floor is
    /// full), so traffic starts at its steady state; `None`: [`ServeConfig::DEFAULT_LARGE_WARM_UP`] at
    /// the large and xl scales, none at the default scale (whose tests expect a fresh floor).
    pub warm_up: Option<Duration>,
    /// Share (0 to 1) of calls and new SMS conversations whose flow opens a case.
    pub case_share: f64,
    /// Simulated teammates' posts per minute in the public channels (0: teammates never talk).
    pub talk_per_min: f64,
    /// Idle time after which an open case closes (VoIPBIN: 24 h).
    pub case_timeout: Duration,
    /// A text frame stamping each media-stream frame (`--media-stamps`, for bench/listen).
    pub media_stamps: bool,
}

impl Default for ServeConfig {
    fn default() -> Self {
        ServeConfig {
            listen: SocketAddr::from(([127, 0, 0, 1], 9000)),
            dialect: Dialect::Documented,
            seed: DEFAULT_SEED,
            events_per_s: 2.0,
            demo_password: "demo".to_owned(),
            token_ttl: Duration::from_secs(7 * 24 * 3600),
            ping_every: Duration::from_secs(10),
            scale: ScaleChoice::Default,
            restart_pause: Duration::from_secs(1),
            tick_every: Duration::from_millis(20),
            static_dir: None,
            warm_up: None,
            case_share: crate::sim::DEFAULT_CASE_SHARE,
            talk_per_min: 0.0,
            case_timeout: Duration::from_secs(24 * 3600),
            media_stamps: false,
        }
    }
}

impl ServeConfig {
    /// Warm-up at the large scale unless set: long enough for the floor to fill at any rate
    /// that fills it, and for abandoned and serviced calls to come and go at lower rates.
    pub const DEFAULT_LARGE_WARM_UP: Duration = Duration::from_secs(300);

    /// The warm-up this run gets (see `warm_up`).
    pub fn warm_up(&self) -> Duration {
        match (self.warm_up, self.scale) {
            (Some(warm_up), _) => warm_up,
            (None, ScaleChoice::Large | ScaleChoice::Xl) => Self::DEFAULT_LARGE_WARM_UP,
            (None, ScaleChoice::Default) => Duration::ZERO,
        }
    }

    /// The deployed server's read deadline is 60 s; never shorter than a few ping periods.
    pub fn read_deadline(&self) -> Duration {
        Duration::from_secs(60).max(self.ping_every.saturating_mul(3))
    }
}
