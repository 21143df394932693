//! REST: list envelope and paging, permissions, customer PUT validation, call operations.

use std::collections::HashSet;
use std::time::Duration;

use reqwest::StatusCode;
use serde_json::{json, Value};
use voipbin_protocol::Dialect;
use voipbin_standin::config::{ScaleChoice, ServeConfig};

use super::common;

fn customer_body(uri: &str, method: &str) -> Value {
    json!({"name":"Demo","detail":"d","email":"ops@demo.example","phone_number":"+15550100","address":"1 Main St","webhook_method":method,"webhook_uri":uri})
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn list_envelope_and_paging() {
    let t = common::start(Dialect::Documented, 0.0).await;
    let admin = t.login("admin@demo").await;
    let mut seen = HashSet::new();
    let mut token = String::new();
    let mut pages = 0;
    loop {
        let (status, page) = t
            .get(
                &format!("/v1.0/agents?page_size=3&page_token={token}"),
                &admin,
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{page}");
        assert_eq!(page["page_size"], 3);
        let result = page["result"].as_array().expect("result array");
        assert!(result.len() <= 3);
        for agent in result {
            assert!(
                seen.insert(agent["id"].as_str().unwrap().to_owned()),
                "no repeats"
            );
        }
        pages += 1;
        token = page["next_page_token"]
            .as_str()
            .expect("next_page_token")
            .to_owned();
        if token.is_empty() {
            break;
        }
    }
    assert_eq!(seen.len(), 10, "admin, manager, 8 agents");
    assert_eq!(pages, 4);
    let (_, page) = t.get("/v1.0/agents?page_size=1000", &admin).await;
    assert_eq!(page["page_size"], 100);
    assert_eq!(page["result"].as_array().unwrap().len(), 10);
    let (status, err) = t.get("/v1.0/agents?page_size=abc", &admin).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(err["error"]["status"], "INVALID_ARGUMENT");
    let (status, _) = t.get("/v1.0/agents?page_token=%%%", &admin).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    for path in [
        "/v1.0/calls",
        "/v1.0/queues",
        "/v1.0/queuecalls",
        "/v1.0/messages",
        "/v1.0/conversations",
        "/v1.0/recordings",
        "/v1.0/transcribes",
        "/v1.0/activeflows",
        "/v1.0/conferences",
    ] {
        let (status, page) = t.get(path, &admin).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert!(
            page["result"].is_array() && page["next_page_token"].is_string(),
            "{path}: {page}"
        );
    }
    let (status, _) = t.get("/v1.0/transcripts", &admin).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    t.server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn permissions_and_errors() {
    let t = common::start(Dialect::Documented, 0.0).await;
    let admin = t.login("admin@demo").await;
    let manager = t.login("manager@demo").await;
    let agent = t.login("agent1@demo").await;
    for path in [
        "/v1.0/calls",
        "/v1.0/queues",
        "/v1.0/queuecalls",
        "/v1.0/agents",
        "/v1.0/messages",
        "/v1.0/conversations",
    ] {
        let (status, err) = t.get(path, &agent).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{path}");
        assert_eq!(err["error"]["status"], "PERMISSION_DENIED");
        assert_eq!(t.get(path, &manager).await.0, StatusCode::OK, "{path}");
    }
    for path in ["/v1.0/sim/stats", "/v1.0/sim/truth", "/v1.0/sim/rate"] {
        assert_eq!(
            t.get(path, &manager).await.0,
            StatusCode::FORBIDDEN,
            "{path}"
        );
        assert_eq!(t.get(path, &admin).await.0, StatusCode::OK, "{path}");
    }
    let (_, truth) = t.get("/v1.0/sim/truth", &admin).await;
    for key in ["truth", "stats", "hub"] {
        assert!(truth.get(key).is_some(), "{key} in {truth}");
    }
    // The agent surface works for a plain agent.
    let (status, me) = t.get("/v1.0/service_agents/me", &agent).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(me["username"], "agent1@demo");
    let (status, me) = t
        .request(
            "PUT",
            "/v1.0/service_agents/me/status",
            Some(&agent),
            Some(json!({"status":"available"})),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{me}");
    assert_eq!(me["status"], "available");
    // Any string up to 255 characters is stored as it is (VoIPBIN has no enum check).
    for wanted in ["dancing".to_owned(), "ü".repeat(255)] {
        let (status, me) = t
            .request(
                "PUT",
                "/v1.0/service_agents/me/status",
                Some(&agent),
                Some(json!({ "status": wanted })),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{me}");
        let (_, me) = t.get("/v1.0/service_agents/me", &agent).await;
        assert_eq!(me["status"], wanted.as_str());
    }
    let (status, err) = t
        .request(
            "PUT",
            "/v1.0/service_agents/me/status",
            Some(&agent),
            Some(json!({"status": "x".repeat(256)})),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{err}");
    assert_eq!(err["error"]["status"], "INVALID_ARGUMENT");
    for path in [
        "/v1.0/service_agents/calls",
        "/v1.0/service_agents/conversations",
    ] {
        let (status, page) = t.get(path, &agent).await;
        assert_eq!(status, StatusCode::OK);
        assert!(page["result"].is_array());
    }
    // An agent may not change another agent's status; a manager may.
    let other = t.agent_id("agent2@demo");
    let path = format!("/v1.0/agents/{other}/status");
    assert_eq!(
        t.request("PUT", &path, Some(&agent), Some(json!({"status":"away"})))
            .await
            .0,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        t.request("PUT", &path, Some(&manager), Some(json!({"status":"away"})))
            .await
            .0,
        StatusCode::OK
    );
    // Unknown things: 404 with the envelope.
    let (status, err) = t.get("/v1.0/nothing-here", &admin).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(err["error"]["status"], "NOT_FOUND");
    assert_eq!(
        t.get("/v1.0/calls/00000000-0000-4000-8000-000000000000", &admin)
            .await
            .0,
        StatusCode::NOT_FOUND
    );
    let (status, _) = t
        .request("POST", "/v1.0/queuecalls/nope/kick", Some(&admin), None)
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // Rate limits.
    assert_eq!(
        t.request(
            "PUT",
            "/v1.0/sim/rate",
            Some(&admin),
            Some(json!({"events_per_s": 30000}))
        )
        .await
        .0,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        t.request(
            "PUT",
            "/v1.0/sim/rate",
            Some(&admin),
            Some(json!({"events_per_s": -1}))
        )
        .await
        .0,
        StatusCode::BAD_REQUEST
    );
    t.set_rate(&admin, 5.0).await;
    assert_eq!(t.get("/v1.0/sim/rate", &admin).await.1["events_per_s"], 5.0);
    t.server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn customer_get_and_put() {
    let t = common::start(Dialect::Documented, 0.0).await;
    let admin = t.login("admin@demo").await;
    let manager = t.login("manager@demo").await;
    let agent = t.login("agent1@demo").await;
    let (_, customer) = t.get("/v1.0/customer", &admin).await;
    assert_eq!(customer["id"], t.customer_id.as_str());
    assert!(customer["webhook_secret"]
        .as_str()
        .is_some_and(|s| !s.is_empty()));
    assert!(t.get("/v1.0/customer", &manager).await.1["webhook_secret"].is_string());
    for path in ["/v1.0/customer", "/v1.0/service_agents/customer"] {
        let (status, seen) = t.get(path, &agent).await;
        assert_eq!(status, StatusCode::OK);
        assert!(seen.get("webhook_secret").is_none(), "{path}: {seen}");
        assert!(seen.get("webhook_uri").is_some());
    }

    let good = customer_body("https://hooks.example.com/voipbin", "POST");
    for who in [&manager, &agent] {
        let (status, err) = t
            .request("PUT", "/v1.0/customer", Some(who), Some(good.clone()))
            .await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        assert_eq!(err["error"]["status"], "PERMISSION_DENIED");
    }
    let mut missing = good.clone();
    missing.as_object_mut().unwrap().remove("address");
    let bad_bodies = [
        missing,
        customer_body("ftp://hooks.example.com", "POST"),
        customer_body("not a url", "POST"),
        customer_body("https://hooks.example.com/x", "PATCH"),
        customer_body("https://hooks.example.com/x", ""),
        json!("just a string"),
    ];
    for body in bad_bodies {
        let (status, err) = t
            .request("PUT", "/v1.0/customer", Some(&admin), Some(body.clone()))
            .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
        assert_eq!(err["error"]["status"], "INVALID_ARGUMENT");
    }
    let (status, updated) = t
        .request("PUT", "/v1.0/customer", Some(&admin), Some(good))
        .await;
    assert_eq!(status, StatusCode::OK, "{updated}");
    assert_eq!(updated["webhook_uri"], "https://hooks.example.com/voipbin");
    assert_eq!(
        t.get("/v1.0/customer", &admin).await.1["webhook_method"],
        "POST"
    );
    // Disabling: empty URI and method.
    let (status, _) = t
        .request(
            "PUT",
            "/v1.0/customer",
            Some(&admin),
            Some(customer_body("", "")),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    t.server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn call_operations() {
    let t = common::start(Dialect::Documented, 300.0).await;
    let admin = t.login("admin@demo").await;
    let agent = t.login("agent1@demo").await;
    // Wait for a few live calls.
    let mut live = Vec::new();
    for _ in 0..50 {
        let (_, page) = t.get("/v1.0/calls?page_size=100", &admin).await;
        live = page["result"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|c| {
                c["status"] != "hangup" && c["owner_id"] != t.agent_id("agent1@demo").as_str()
            })
            .cloned()
            .collect();
        if !live.is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    t.set_rate(&admin, 0.0).await;
    let call = live.first().expect("a live call");
    let id = call["id"].as_str().unwrap();
    // A plain agent may not touch someone else's call.
    let (status, _) = t
        .request(
            "POST",
            &format!("/v1.0/calls/{id}/hangup"),
            Some(&agent),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, got) = t.get(&format!("/v1.0/calls/{id}"), &admin).await;
    assert_eq!((status, got["id"].as_str()), (StatusCode::OK, Some(id)));
    let (status, body) = t
        .request(
            "POST",
            &format!("/v1.0/calls/{id}/hangup"),
            Some(&admin),
            None,
        )
        .await;
    assert!(
        status == StatusCode::OK || status == StatusCode::CONFLICT,
        "{status} {body}"
    );
    // Transfers validate their body before anything else.
    let (status, _) = t
        .request("POST", "/v1.0/transfers", Some(&admin), Some(json!({"transfer_type":"sideways","transferer_call_id":id,"transferee_addresses":[]})))
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    t.server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cors_is_permissive() {
    let t = common::start(Dialect::Documented, 0.0).await;
    let response = t
        .http
        .request(reqwest::Method::OPTIONS, t.url("/v1.0/calls"))
        .header("Origin", "http://localhost:8080")
        .header("Access-Control-Request-Method", "GET")
        .header("Access-Control-Request-Headers", "authorization")
        .send()
        .await
        .unwrap();
    assert!(response.status().is_success());
    assert_eq!(response.headers()["access-control-allow-origin"], "*");
    t.server.shutdown().await;
}

/// `--scale large` (bench/dashboard) starts warm: the floor is full when the server comes up and
/// the first events served come at the requested rate. It used to start empty and fill over
/// about two minutes, publishing ~150 events/s of the 500 asked for meanwhile. The default
/// scale still starts empty (the end-to-end tests script its first calls).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn large_scale_serves_a_full_floor_at_the_rate_from_the_start() {
    assert_eq!(ServeConfig::default().warm_up(), Duration::ZERO);
    let config = ServeConfig {
        scale: ScaleChoice::Large,
        ..common::config(Dialect::Documented, 500.0)
    };
    assert_eq!(config.warm_up(), ServeConfig::DEFAULT_LARGE_WARM_UP);
    let t = common::start_with(config).await;
    // The simulation's own clock and counters, read under one lock.
    let read = |t: &common::TestServer| {
        let sim = t.server.state.sim();
        let stats = sim.stats();
        (sim.now_ms(), stats.events_published, stats.active_calls)
    };
    let (t0, events0, calls0) = read(&t);
    assert!(calls0 >= 950, "{calls0} calls at start");
    tokio::time::sleep(Duration::from_secs(5)).await;
    let (t1, events1, calls1) = read(&t);
    assert!(calls1 >= 950, "{calls1} calls after 5 s");
    let per_s = (events1 - events0) as f64 * 1000.0 / (t1 - t0) as f64;
    // Wide: the other test binaries share these two cores (419/s was seen under them). The cold
    // start this guards against published ~150/s; bench/standin-load measures the rate itself.
    assert!(
        (300.0..=700.0).contains(&per_s),
        "{per_s} events/s in the first seconds, 500 requested"
    );
    t.server.shutdown().await;
}

/// `GET /v1.0/service_agents/agents`: any agent lists the customer's agents (bin-api-manager
/// serviceagent_agent.go), a page of 100 unless asked for fewer; an agent may set its own
/// status to any string through `/v1.0/agents/{id}/status` too.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_agent_lists_its_teammates() {
    let t = common::start(Dialect::Documented, 0.0).await;
    let admin = t.login("admin@demo").await;
    let agent = t.login("agent1@demo").await;
    let (_, everyone) = t.get("/v1.0/agents?page_size=100", &admin).await;
    let everyone = everyone["result"].as_array().cloned().unwrap_or_default();
    assert!(everyone.len() > 2);

    let (status, page) = t.get("/v1.0/service_agents/agents", &agent).await;
    assert_eq!(status, StatusCode::OK, "{page}");
    let listed = page["result"].as_array().cloned().unwrap_or_default();
    assert_eq!(listed.len(), everyone.len().min(100));
    assert_eq!(page["next_page_token"], "");
    let me = listed
        .iter()
        .find(|a| a["username"] == "agent1@demo")
        .expect("the agent itself is listed");
    for field in [
        "id",
        "customer_id",
        "name",
        "status",
        "permission",
        "addresses",
    ] {
        assert!(me.get(field).is_some(), "{field} in {me}");
    }

    // Paging: two at a time, each agent once.
    let mut seen = Vec::new();
    let mut path = "/v1.0/service_agents/agents?page_size=2".to_owned();
    loop {
        let (status, page) = t.get(&path, &agent).await;
        assert_eq!(status, StatusCode::OK, "{page}");
        let ids = page["result"].as_array().cloned().unwrap_or_default();
        assert!(ids.len() <= 2);
        seen.extend(
            ids.iter()
                .map(|a| a["id"].as_str().unwrap_or("").to_owned()),
        );
        let token = page["next_page_token"].as_str().unwrap_or("");
        if token.is_empty() {
            break;
        }
        path = format!("/v1.0/service_agents/agents?page_size=2&page_token={token}");
    }
    seen.sort();
    seen.dedup();
    assert_eq!(seen.len(), everyone.len());

    let own = format!("/v1.0/agents/{}/status", t.agent_id("agent1@demo"));
    let (status, body) = t
        .request(
            "PUT",
            &own,
            Some(&agent),
            Some(json!({"status": "in training"})),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let (_, page) = t.get("/v1.0/service_agents/agents", &agent).await;
    let listed = page["result"].as_array().cloned().unwrap_or_default();
    assert!(listed
        .iter()
        .any(|a| a["username"] == "agent1@demo" && a["status"] == "in training"));
    t.server.shutdown().await;
}
