//! The state every handler shares: accounts and tokens, the simulation, the WebSocket hub.

use std::ops::Deref;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError, RwLock};
use std::time::Instant;

use crate::auth::Auth;
use crate::clock::now_ms;
use crate::config::ServeConfig;
use crate::error::ApiError;
use crate::publish::Publisher;
use crate::sim::{Published, Sim, SimError};
use crate::webhook::{Dispatcher, WebhookConfig};
use crate::ws::Hub;

#[derive(Clone)]
pub struct AppState(Arc<Shared>);

pub struct Shared {
    pub config: ServeConfig,
    pub auth: Arc<Auth>,
    pub hub: Arc<Hub>,
    /// SIP over WebSocket: connections and registrations (sip/).
    pub sip: crate::sip::SipHub,
    /// Calls on phones, and the simulation's phone commands on their way to them (sip/calls.rs).
    pub phone_calls: crate::sip::calls::PhoneCalls,
    pub publisher: Publisher,
    /// Customer webhook delivery and its settings (updated by `PUT /v1.0/customer`).
    pub webhook: Dispatcher,
    pub webhook_config: Arc<RwLock<WebhookConfig>>,
    pub started: Instant,
    sim: Mutex<Sim>,
    /// WebSocket upgrades are refused with 503 until this time (Unix ms), after `restart`.
    refuse_upgrades_until_ms: AtomicI64,
    /// REST answers are held until this time (Unix ms), after `stall_rest`.
    hold_rest_until_ms: AtomicI64,
    /// `--static` files refused with 503, by name prefix (`POST /v1.0/sim/static`).
    pub static_refusals: crate::static_files::Refusals,
    /// Text-to-speech sessions on calls (`/v1.0/speakings`).
    pub speakings: Mutex<crate::speakings::Speakings>,
    /// What the simulated parties (callers without a phone) heard from barge and whispers.
    simulated_ears: Mutex<crate::media::Ears>,
}

impl Deref for AppState {
    type Target = Shared;
    fn deref(&self) -> &Shared {
        &self.0
    }
}

impl AppState {
    pub fn new(config: ServeConfig, auth: Auth, hub: Arc<Hub>, sim: Sim) -> AppState {
        let config_seed = config.seed;
        let webhook_config = Arc::new(RwLock::new(WebhookConfig::from_customer(sim.customer())));
        let webhook = Dispatcher::new(Arc::clone(&webhook_config));
        let publisher = Publisher::new(Arc::clone(&hub), Some(webhook.clone()));
        AppState(Arc::new(Shared {
            config,
            auth: Arc::new(auth),
            hub,
            sip: crate::sip::SipHub::default(),
            phone_calls: Default::default(),
            publisher,
            webhook,
            webhook_config,
            started: Instant::now(),
            sim: Mutex::new(sim),
            refuse_upgrades_until_ms: AtomicI64::new(0),
            hold_rest_until_ms: AtomicI64::new(0),
            static_refusals: Default::default(),
            speakings: Mutex::new(crate::speakings::Speakings::new(config_seed)),
            simulated_ears: Mutex::default(),
        }))
    }
}

impl Shared {
    pub fn speakings(&self) -> MutexGuard<'_, crate::speakings::Speakings> {
        self.speakings
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }

    pub fn simulated_ears(&self) -> MutexGuard<'_, crate::media::Ears> {
        self.simulated_ears
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }

    /// The simulation, locked. Never held across an await.
    pub fn sim(&self) -> MutexGuard<'_, Sim> {
        self.sim.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Runs an action on the simulation and publishes its events while still holding the lock,
    /// so that every subscriber sees events in the simulation's order.
    pub fn act<T>(
        &self,
        action: impl FnOnce(&mut Sim, i64) -> Result<(T, Vec<Published>), ApiError>,
    ) -> Result<T, ApiError> {
        let mut sim = self.sim();
        let (value, events) = action(&mut sim, now_ms())?;
        self.publisher.publish(&events);
        self.phone_calls.forward(sim.take_phone_commands());
        Ok(value)
    }

    /// A change of team talk that publishes nothing (files).
    pub fn sim_mut_talk<T>(&self, change: impl FnOnce(&mut crate::talk::Talk) -> T) -> T {
        change(self.sim().talk_mut())
    }

    /// Advances the simulation to now and publishes what happened.
    pub fn tick(&self) -> usize {
        let mut sim = self.sim();
        let events = sim.tick(now_ms());
        self.publisher.publish(&events);
        self.phone_calls.forward(sim.take_phone_commands());
        events.len()
    }

    /// After the customer changed: deliveries follow its webhook settings from now on.
    pub fn refresh_webhook(&self, customer: &voipbin_protocol::Customer) {
        let mut config = self
            .webhook_config
            .write()
            .unwrap_or_else(PoisonError::into_inner);
        *config = WebhookConfig::from_customer(customer);
    }

    pub fn refuse_upgrades_for(&self, pause_ms: i64) {
        self.refuse_upgrades_until_ms
            .store(now_ms().saturating_add(pause_ms), Ordering::Relaxed);
    }

    pub fn refusing_upgrades(&self) -> bool {
        now_ms() < self.refuse_upgrades_until_ms.load(Ordering::Relaxed)
    }

    /// Holds REST answers for `pause_ms` (0 ends a hold at once).
    pub fn hold_rest_for(&self, pause_ms: i64) {
        self.hold_rest_until_ms
            .store(now_ms().saturating_add(pause_ms), Ordering::Relaxed);
    }

    /// How long REST answers are still held, in ms (0 when they are not).
    pub fn rest_held_for_ms(&self) -> i64 {
        (self.hold_rest_until_ms.load(Ordering::Relaxed) - now_ms()).max(0)
    }
}

/// The request extractor (`auth::Caller`) needs only the accounts and the token signer.
impl axum::extract::FromRef<AppState> for Arc<Auth> {
    fn from_ref(state: &AppState) -> Arc<Auth> {
        Arc::clone(&state.auth)
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
