//! The state every handler shares: accounts and tokens, the simulation, the WebSocket hub.

use std::ops::Deref;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Instant;

use crate::auth::Auth;
use crate::clock::now_ms;
use crate::config::ServeConfig;
use crate::error::ApiError;
use crate::publish::Publisher;
use crate::sim::{Published, Sim, SimError};
use crate::ws::Hub;

#[derive(Clone)]
pub struct AppState(Arc<Shared>);

pub struct Shared {
    pub config: ServeConfig,
    pub auth: Auth,
    pub hub: Arc<Hub>,
    pub publisher: Publisher,
    pub started: Instant,
    sim: Mutex<Sim>,
    /// WebSocket upgrades are refused with 503 until this time (Unix ms), after `restart`.
    refuse_upgrades_until_ms: AtomicI64,
}

impl Deref for AppState {
    type Target = Shared;
    fn deref(&self) -> &Shared {
        &self.0
    }
}

impl AppState {
    pub fn new(config: ServeConfig, auth: Auth, hub: Arc<Hub>, publisher: Publisher, sim: Sim) -> AppState {
        AppState(Arc::new(Shared {
            config,
            auth,
            hub,
            publisher,
            started: Instant::now(),
            sim: Mutex::new(sim),
            refuse_upgrades_until_ms: AtomicI64::new(0),
        }))
    }
}

impl Shared {
    /// The simulation, locked. Never held across an await.
    pub fn sim(&self) -> MutexGuard<'_, Sim> {
        self.sim.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Runs an action on the simulation and publishes its events while still holding the lock,
    /// so that every subscriber sees events in the simulation's order.
    pub fn act<T>(&self, action: impl FnOnce(&mut Sim, i64) -> Result<(T, Vec<Published>), ApiError>) -> Result<T, ApiError> {
        let mut sim = self.sim();
        let (value, events) = action(&mut sim, now_ms())?;
        self.publisher.publish(&events);
        Ok(value)
    }

    /// Advances the simulation to now and publishes what happened.
    pub fn tick(&self) -> usize {
        let mut sim = self.sim();
        let events = sim.tick(now_ms());
        self.publisher.publish(&events);
        events.len()
    }

    pub fn refuse_upgrades_for(&self, pause_ms: i64) {
        self.refuse_upgrades_until_ms
            .store(now_ms().saturating_add(pause_ms), Ordering::Relaxed);
    }

    pub fn refusing_upgrades(&self) -> bool {
        now_ms() < self.refuse_upgrades_until_ms.load(Ordering::Relaxed)
    }
}

impl From<SimError> for ApiError {
    fn from(error: SimError) -> ApiError {
        match error {
        SimError::NotFound(what) => ApiError::not_found(format!("{what} not found")),
        SimError::InvalidState(why) => ApiError::conflict(why),
        SimError::BadRequest(why) => ApiError::bad_request(why),
        SimError::Forbidden(why) => ApiError::forbidden(why),
        }
    }
}
