//! Building and running the server: state, routes, CORS, request logging, the simulation
//! ticker, graceful shutdown.

use std::io;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::extract::{Request, State};
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::serve::ListenerExt;
use axum::Router;
use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::JoinHandle;
use tower_http::cors::CorsLayer;
use voipbin_protocol::Dialect;

use crate::auth::{AccountEntry, Auth, Directory, TokenSigner};
use crate::config::{ScaleChoice, ServeConfig};
use crate::logging::redact_query;
use crate::sim::{QueueTotals, Scale, Sim, SimConfig};
use crate::state::AppState;
use crate::ws::{ConnControl, Hub, Target};

/// How long shutdown waits for open requests before giving up.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(3);

/// A server running in the background (tests start several in one process).
pub struct RunningServer {
    pub addr: SocketAddr,
    pub state: AppState,
    shutdown: watch::Sender<bool>,
    serve: JoinHandle<()>,
    ticker: JoinHandle<()>,
}

impl RunningServer {
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn ws_url(&self) -> String {
        format!("ws://{}/v1.0/ws", self.addr)
    }

    /// Closes every WebSocket (1001), stops accepting, waits briefly for open requests.
    pub async fn shutdown(self) {
        self.state.hub.control(
            &Target::All,
            ConnControl::Close {
                code: 1001,
                reason: "server shutting down".to_owned(),
            },
        );
        crate::sip::drop_all_connections(&self.state);
        let _ = self.shutdown.send(true);
        self.ticker.abort();
        let _ = tokio::time::timeout(SHUTDOWN_GRACE, self.serve).await;
    }
}

/// Builds the shared state: simulation, accounts (with the demo password and access keys),
/// a fresh token key, the hub, the webhook dispatcher. Call within a tokio runtime (the
/// webhook dispatcher starts its delivery task).
pub fn build_state(config: &ServeConfig) -> io::Result<AppState> {
    let sim_config = SimConfig {
        seed: config.seed,
        events_per_s: config.events_per_s,
        scale: Some(match config.scale {
            ScaleChoice::Default => Scale::standard(),
            ScaleChoice::Large => Scale::large(),
            ScaleChoice::Xl => Scale::xl(),
        }),
        case_share: config.case_share,
        talk_per_min: config.talk_per_min,
        case_timeout_ms: i64::try_from(config.case_timeout.as_millis()).unwrap_or(i64::MAX),
        queue_totals: match config.dialect {
            Dialect::Documented => QueueTotals::Documented,
            Dialect::Deployed => QueueTotals::Deployed,
        },
        ..SimConfig::default()
    };
    let warm_up = i64::try_from(config.warm_up().as_millis()).unwrap_or(i64::MAX);
    let mut sim = Sim::warmed(sim_config, crate::clock::now_ms(), warm_up);
    // Warming took seconds of its own (more in a debug build): without catching up on them the
    // first tick would jump that far, and the first seconds served ran at ~70% of the rate.
    for _ in 0..3 {
        let now = crate::clock::now_ms();
        if now - sim.now_ms() < 100 {
            break;
        }
        sim.catch_up(now);
    }
    let customer_id = sim.customer_id().to_owned();
    let accounts = sim
        .accounts()
        .iter()
        .map(|account| AccountEntry {
            username: account.username.clone(),
            password: config.demo_password.clone(),
            agent_id: account.agent_id.clone(),
            customer_id: customer_id.clone(),
            permission: account.permission,
            access_key: crate::auth::derive_access_key(config.seed, &account.username),
        })
        .collect();
    let signer = TokenSigner::new(config.token_ttl.as_secs())
        .map_err(|e| io::Error::other(e.to_string()))?;
    let auth = Auth::new(Directory::new(accounts), signer);
    let hub = Arc::new(Hub::new(config.dialect));
    Ok(AppState::new(config.clone(), auth, hub, sim))
}

pub fn router(state: AppState) -> Router {
    let routes = crate::rest::routes();
    let routes = match &state.config.static_dir {
        Some(dir) => routes.fallback_service(crate::static_files::app(
            dir,
            std::sync::Arc::clone(&state.static_refusals),
        )),
        None => routes.fallback(crate::error::no_such_endpoint),
    };
    routes
        .layer(middleware::from_fn_with_state(
            state.clone(),
            hold_stalled_rest,
        ))
        .layer(middleware::from_fn(log_request))
        .layer(CorsLayer::permissive())
        .with_state(state)
}

/// Binds and runs the server in the background.
pub async fn start(config: ServeConfig) -> io::Result<RunningServer> {
    let state = build_state(&config)?;
    start_with_state(state).await
}

pub async fn start_with_state(state: AppState) -> io::Result<RunningServer> {
    let listener = TcpListener::bind(state.config.listen).await?;
    let addr = listener.local_addr()?;
    let (shutdown, mut shutdown_rx) = watch::channel(false);
    let app = router(state.clone());
    let listener = listener.tap_io(tune_socket);
    let serve = tokio::spawn(async move {
        let signal = async move {
            let _ = shutdown_rx.wait_for(|stop| *stop).await;
        };
        if let Err(e) = axum::serve(listener, app)
            .with_graceful_shutdown(signal)
            .await
        {
            tracing::error!(error = %e, "server stopped with an error");
        }
    });
    let ticker = tokio::spawn(run_ticker(state.clone()));
    tokio::spawn(crate::sip::calls::run(state.clone()));
    Ok(RunningServer {
        addr,
        state,
        shutdown,
        serve,
        ticker,
    })
}

/// Kernel send buffer per connection. Small and fixed (no autotuning to megabytes), so a client
/// that stops reading backs up into its bounded frame queue within seconds, where overflow is
/// counted, rather than into an invisible kernel buffer.
const SEND_BUFFER_BYTES: usize = 128 * 1024;

fn tune_socket(stream: &mut tokio::net::TcpStream) {
    // Frames are batched before each flush, so Nagle would only add latency.
    let _ = stream.set_nodelay(true);
    let _ = socket2::SockRef::from(&*stream).set_send_buffer_size(SEND_BUFFER_BYTES);
}

/// Advances the simulation every `tick_every` and publishes its events.
async fn run_ticker(state: AppState) {
    let mut interval = tokio::time::interval(state.config.tick_every);
    interval.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        interval.tick().await;
        state.tick();
        crate::sip::sweep_expired(&state);
    }
}

/// The `stall_rest` fault: API answers wait until the hold ends. Simulation control and sign-in
/// stay prompt, so a test can end the hold; the WebSocket has faults of its own.
async fn hold_stalled_rest(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let path = request.uri().path();
    let held =
        path.starts_with("/v1.0/") && !path.starts_with("/v1.0/sim/") && !path.ends_with("/ws");
    if held {
        while state.rest_held_for_ms() > 0 {
            // Short steps, so `resume` releases held answers promptly.
            tokio::time::sleep(Duration::from_millis(
                state.rest_held_for_ms().min(100) as u64
            ))
            .await;
        }
    }
    next.run(request).await
}

/// Debug-level access log; the query string is logged with credentials redacted.
async fn log_request(request: Request, next: Next) -> Response {
    let method = request.method().clone();
    let path = request.uri().path().to_owned();
    let query = request.uri().query().map(redact_query);
    let started = Instant::now();
    let response = next.run(request).await;
    let status = response.status().as_u16();
    let micros = started.elapsed().as_micros();
    match query {
        Some(query) => tracing::debug!(%method, %path, %query, status, micros, "request"),
        None => tracing::debug!(%method, %path, status, micros, "request"),
    }
    response
}

/// Resolves on ctrl-c or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}
