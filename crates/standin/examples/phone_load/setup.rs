//! The REST side of the phone load: accounts, extension credentials, agent status, placed
//! callers; and registering the phones.

use std::sync::Arc;

use serde_json::{json, Value};
use tokio::sync::Semaphore;

use crate::phone_client::PhoneClient;

/// Registrations in flight at once (each is a WebSocket handshake and two REGISTERs).
const REGISTERING_AT_ONCE: usize = 50;

pub struct Server {
    http: reqwest::Client,
    url: String,
    admin: String,
    pub sip_url: String,
    pub realm: String,
}

#[derive(Clone, Debug)]
pub struct Agent {
    pub username: String,
    pub id: String,
    pub extension: String,
    pub password: String,
}

impl Server {
    pub async fn connect(url: &str) -> Result<Server, String> {
        let http = reqwest::Client::new();
        let url = url.trim_end_matches('/').to_owned();
        let admin = login(&http, &url, "admin@demo").await?;
        let customer = get(&http, &format!("{url}/v1.0/customer"), &admin).await?;
        let customer_id = customer["id"].as_str().ok_or("no customer id")?.to_owned();
        Ok(Server {
            sip_url: format!("{}/sip", url.replacen("http", "ws", 1)),
            realm: format!("{customer_id}.registrar.voipbin.test"),
            http,
            url,
            admin,
        })
    }

    /// agent1@demo … agent`count`@demo with their first extension (fewer if the scale is smaller).
    pub async fn agents(&self, count: usize) -> Result<Vec<Agent>, String> {
        let mut agents = Vec::new();
        for n in 1..=count {
            let username = format!("agent{n}@demo");
            let Ok(token) = login(&self.http, &self.url, &username).await else {
                break;
            };
            let me = get(
                &self.http,
                &format!("{}/v1.0/service_agents/me", self.url),
                &token,
            )
            .await?;
            let extensions = get(
                &self.http,
                &format!("{}/v1.0/service_agents/extensions", self.url),
                &token,
            )
            .await?;
            let list = extensions.get("result").unwrap_or(&extensions);
            let Some(extension) = list.as_array().and_then(|l| l.first()) else {
                continue;
            };
            agents.push(Agent {
                username,
                id: me["id"].as_str().unwrap_or_default().to_owned(),
                extension: extension["username"]
                    .as_str()
                    .unwrap_or_default()
                    .to_owned(),
                password: extension["password"]
                    .as_str()
                    .unwrap_or_default()
                    .to_owned(),
            });
        }
        Ok(agents)
    }

    pub async fn set_available(&self, agent_id: &str) -> Result<(), String> {
        let url = format!("{}/v1.0/agents/{agent_id}/status", self.url);
        let response = self
            .http
            .put(url)
            .bearer_auth(&self.admin)
            .json(&json!({"status": "available"}))
            .send()
            .await;
        check(response).await.map(|_| ())
    }

    pub async fn place_caller(&self, agent_id: &str) -> Result<Value, String> {
        let url = format!("{}/v1.0/sim/calls", self.url);
        let response = self
            .http
            .post(url)
            .bearer_auth(&self.admin)
            .json(&json!({"to_agent": agent_id}))
            .send()
            .await;
        check(response).await
    }

    /// `GET /v1.0/sim/phone`'s legs.
    pub async fn phone_legs(&self) -> Result<Vec<Value>, String> {
        let body = get(
            &self.http,
            &format!("{}/v1.0/sim/phone", self.url),
            &self.admin,
        )
        .await?;
        Ok(body["legs"].as_array().cloned().unwrap_or_default())
    }
}

/// Registers every agent's phone, a bounded number at a time; the ones that failed are reported
/// on stderr and left out.
pub async fn register_all(server: &Server, agents: &[Agent]) -> Vec<(Agent, PhoneClient)> {
    let limit = Arc::new(Semaphore::new(REGISTERING_AT_ONCE));
    let mut tasks = Vec::new();
    for agent in agents.iter().cloned() {
        let (limit, sip_url, realm) = (
            Arc::clone(&limit),
            server.sip_url.clone(),
            server.realm.clone(),
        );
        tasks.push(tokio::spawn(async move {
            let _permit = limit.acquire_owned().await.ok()?;
            match PhoneClient::register(&sip_url, &agent.extension, &agent.password, &realm).await {
                Ok(phone) => Some((agent, phone)),
                Err(error) => {
                    eprintln!(
                        "{} ({}) did not register: {error:?}",
                        agent.username, agent.extension
                    );
                    None
                }
            }
        }));
    }
    let mut phones = Vec::new();
    for task in tasks {
        if let Ok(Some(phone)) = task.await {
            phones.push(phone);
        }
    }
    phones
}

async fn login(http: &reqwest::Client, url: &str, username: &str) -> Result<String, String> {
    let response = http
        .post(format!("{url}/auth/login"))
        .json(&json!({"username": username, "password": "demo"}))
        .send()
        .await;
    let body = check(response).await?;
    body["token"]
        .as_str()
        .map(str::to_owned)
        .ok_or_else(|| format!("no token for {username}"))
}

async fn get(http: &reqwest::Client, url: &str, token: &str) -> Result<Value, String> {
    check(http.get(url).bearer_auth(token).send().await).await
}

async fn check(response: Result<reqwest::Response, reqwest::Error>) -> Result<Value, String> {
    let response = response.map_err(|e| e.to_string())?;
    let status = response.status();
    let text = response.text().await.map_err(|e| e.to_string())?;
    if !status.is_success() {
        return Err(format!("{status}: {text}"));
    }
    Ok(serde_json::from_str(&text).unwrap_or(Value::Null))
}
