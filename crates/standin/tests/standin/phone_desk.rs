//! Harness for the phone tests: an in-process stand-in without generated traffic, agents'
//! phones registered with the credentials the agent surface gives them, callers placed through
//! `POST /v1.0/sim/calls`, and the stand-in's view through `/v1.0/sim/phone` and `/v1.0/sim/truth`.

use std::future::Future;
use std::time::Duration;

use reqwest::StatusCode;
use serde_json::{json, Value};
use voipbin_protocol::Dialect;

use super::common::{self, TestServer};
use super::phone_client::{Call, PhoneClient, PhoneError};

pub const RING: Duration = Duration::from_secs(5);
pub const AUDIO: Duration = Duration::from_secs(5);
/// The caller's voice as the phone hears it.
pub const CALLER_AUDIBLE_DBFS: f32 = -40.0;

pub struct Desk {
    pub t: TestServer,
    pub admin: String,
}

/// An agent's extension credentials, as `GET /v1.0/service_agents/extensions` gives them.
pub struct Credentials {
    pub username: String,
    pub password: String,
}

impl Desk {
    pub async fn start() -> Desk {
        let t = common::start(Dialect::Documented, 0.0).await;
        let admin = t.login("admin@demo").await;
        Desk { t, admin }
    }

    pub fn sip_url(&self) -> String {
        format!("ws://{}/sip", self.t.server.addr)
    }

    pub fn realm(&self) -> String {
        format!("{}.registrar.voipbin.test", self.t.customer_id)
    }

    /// The agent's first extension, read with the agent's own token.
    pub async fn credentials(&self, username: &str) -> Credentials {
        let token = self.t.login(username).await;
        let (status, body) = self.t.get("/v1.0/service_agents/extensions", &token).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        let list = body.get("result").unwrap_or(&body);
        let extension = list
            .as_array()
            .and_then(|l| l.first())
            .unwrap_or_else(|| panic!("no extension: {body}"));
        Credentials {
            username: extension["username"]
                .as_str()
                .unwrap_or_default()
                .to_owned(),
            password: extension["password"]
                .as_str()
                .unwrap_or_default()
                .to_owned(),
        }
    }

    /// Registers a phone for the agent `username` (e.g. `agent1@demo`).
    pub async fn phone(&self, username: &str) -> PhoneClient {
        let credentials = self.credentials(username).await;
        self.register(&credentials.username, &credentials.password)
            .await
            .unwrap_or_else(|e| panic!("{username} registers: {e:?}"))
    }

    pub async fn register(
        &self,
        extension: &str,
        password: &str,
    ) -> Result<PhoneClient, PhoneError> {
        PhoneClient::register(&self.sip_url(), extension, password, &self.realm()).await
    }

    pub async fn set_status(&self, agent_id: &str, status: &str) {
        self.t.poke_agent(&self.admin, agent_id, status).await;
    }

    /// Places a caller for the agent now (`{"to_agent"}`) or for a queue (`{"queue_id"}`).
    pub async fn place_caller(&self, body: Value) -> Value {
        let (status, reply) = self
            .t
            .request("POST", "/v1.0/sim/calls", Some(&self.admin), Some(body))
            .await;
        assert_eq!(status, StatusCode::OK, "{reply}");
        reply
    }

    pub async fn place_caller_for(&self, agent_id: &str) -> Value {
        self.place_caller(json!({ "to_agent": agent_id })).await
    }

    /// Registers agent1's phone, makes agent1 available and rings it with a pinned caller.
    pub async fn answered_call(&self) -> (PhoneClient, Call, String) {
        let agent = self.t.agent_id("agent1@demo");
        let mut phone = self.phone("agent1@demo").await;
        let token = self.t.login("agent1@demo").await;
        let (status, body) = self
            .t
            .request(
                "PUT",
                "/v1.0/service_agents/me/status",
                Some(&token),
                Some(json!({"status": "available"})),
            )
            .await;
        assert!(status.is_success(), "{body}");
        self.place_caller_for(&agent).await;
        let invite = phone
            .next_invite(RING)
            .await
            .unwrap_or_else(|e| panic!("rung: {e:?} {:?}", phone.transcript()));
        let call = phone
            .answer(&invite)
            .await
            .unwrap_or_else(|e| panic!("answer: {e:?} {:?}", phone.transcript()));
        call.confirmed(RING)
            .await
            .unwrap_or_else(|e| panic!("ACK: {e:?} {:?}", phone.transcript()));
        let in_service = eventually(RING, || async {
            let call = self.call_of(&agent).await?;
            (call["stage"] == "service").then_some(())
        })
        .await;
        assert!(
            in_service.is_some(),
            "answered on the phone, the caller is served: {}",
            self.truth().await["calls"]
        );
        (phone, call, agent)
    }

    pub async fn phone_legs(&self) -> Vec<Value> {
        let (status, body) = self.t.get("/v1.0/sim/phone", &self.admin).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        body["legs"].as_array().cloned().unwrap_or_default()
    }

    /// Polls `/v1.0/sim/phone` until the agent's newest leg (by `invited_at_ms`: the list is
    /// ordered by SIP Call-ID, which is random) satisfies `want`; the last leg seen otherwise
    /// (for the failure message).
    pub async fn leg_until(
        &self,
        agent_id: &str,
        wait: Duration,
        want: impl Fn(&Value) -> bool,
    ) -> Result<Value, Value> {
        let deadline = tokio::time::Instant::now() + wait;
        loop {
            let legs = self.phone_legs().await;
            let leg = legs
                .into_iter()
                .filter(|l| l["agent_id"] == agent_id)
                .max_by_key(|l| l["invited_at_ms"].as_i64().unwrap_or(0))
                .unwrap_or(Value::Null);
            if want(&leg) {
                return Ok(leg);
            }
            if tokio::time::Instant::now() >= deadline {
                return Err(leg);
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// The live call (customer side) served by the agent, from the simulation's truth.
    pub async fn call_of(&self, agent_id: &str) -> Option<Value> {
        let truth = self.truth().await;
        truth["calls"]
            .as_array()?
            .iter()
            .find(|c| c["agent_id"] == agent_id)
            .cloned()
    }

    /// `GET /v1.0/sim/truth`'s `truth`: the simulation's own view of calls, queues and agents.
    pub async fn truth(&self) -> Value {
        let (status, body) = self.t.get("/v1.0/sim/truth", &self.admin).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        body["truth"].clone()
    }
}

/// Runs `probe` every 50 ms until it gives something or `wait` passes.
pub async fn eventually<T, F, Fut>(wait: Duration, mut probe: F) -> Option<T>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Option<T>>,
{
    let deadline = tokio::time::Instant::now() + wait;
    loop {
        if let Some(found) = probe().await {
            return Some(found);
        }
        if tokio::time::Instant::now() >= deadline {
            return None;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Waits until the phone hears the far end above `dbfs`.
pub async fn hears(call: &Call, dbfs: f32) -> bool {
    eventually(AUDIO, || async {
        let stats = call.stats();
        (stats.packets_received > 0 && stats.level_dbfs > dbfs).then_some(())
    })
    .await
    .is_some()
}
