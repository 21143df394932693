//! Permissions as deployed: call controls, transfers, kicks, call lists and groupcalls answer a
//! plain agent 403 with the error envelope (even on the agent's own call); admins and managers
//! keep them; the agent's own surface keeps working. Also `POST /v1.0/sim/calls`.

use std::time::{Duration, Instant};

use reqwest::StatusCode;
use serde_json::{json, Value};
use voipbin_protocol::Dialect;

use super::common;
use super::phone_client::{Call, PhoneClient};
use super::phone_desk::{Desk, RING};

/// Places a caller pinned to `agent_id`, answers it on the agent's phone (a signed-in agent is
/// never answered for by the simulation) and waits until the agent is connected; returns the
/// caller's call id, the agent's leg id and the phone's call (kept up by its owner).
async fn served_call(
    desk: &Desk,
    phone: &mut PhoneClient,
    agent: &str,
    agent_id: &str,
) -> (String, String, Call) {
    let placed = desk.place_caller_for(agent_id).await;
    let call_id = placed["call_id"].as_str().unwrap().to_owned();
    let invite = phone
        .next_invite(RING)
        .await
        .unwrap_or_else(|e| panic!("rung: {e:?} {:?}", phone.transcript()));
    let call = phone
        .answer(&invite)
        .await
        .unwrap_or_else(|e| panic!("answer: {e:?} {:?}", phone.transcript()));
    for _ in 0..200 {
        let (_, page) = desk
            .t
            .get("/v1.0/service_agents/calls?page_size=100", agent)
            .await;
        let mine = page["result"].as_array().cloned().unwrap_or_default();
        let customer_call_owned = mine.iter().any(|c| c["id"] == call_id.as_str());
        let leg = mine
            .iter()
            .find(|c| c["master_call_id"] == call_id.as_str() && c["status"] == "progressing");
        if let (true, Some(leg)) = (customer_call_owned, leg) {
            return (call_id, leg["id"].as_str().unwrap().to_owned(), call);
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the agent never answered the placed call {call_id}");
}

fn assert_forbidden(what: &str, status: StatusCode, body: &Value) {
    assert_eq!(status, StatusCode::FORBIDDEN, "{what}: {body}");
    let error = &body["error"];
    assert_eq!(error["status"], "PERMISSION_DENIED", "{what}: {body}");
    for field in ["reason", "message", "request_id"] {
        assert!(
            error[field].as_str().is_some_and(|s| !s.is_empty()),
            "{what}: {body}"
        );
    }
}

/// Every call control as (method, path, body) on `id`.
fn controls(id: &str) -> Vec<(&'static str, String, Option<Value>)> {
    let mut out = vec![("POST", format!("/v1.0/calls/{id}/hangup"), None)];
    for op in ["mute", "hold"] {
        out.push(("POST", format!("/v1.0/calls/{id}/{op}"), None));
        out.push(("DELETE", format!("/v1.0/calls/{id}/{op}"), None));
    }
    for op in ["recording_start", "recording_stop"] {
        out.push(("POST", format!("/v1.0/calls/{id}/{op}"), None));
    }
    out.push(("GET", format!("/v1.0/calls/{id}"), None));
    out.push((
        "POST",
        "/v1.0/transfers".to_owned(),
        Some(json!({"transfer_type":"blind","transferer_call_id":id,
                    "transferee_addresses":[{"type":"tel","target":"+15550100999"}]})),
    ));
    out
}

async fn agent_is_refused_and_supervisors_are_not(dialect: Dialect) {
    let t = common::start(dialect, 0.0).await;
    let admin = t.login("admin@demo").await;
    let desk = Desk {
        t,
        admin: admin.clone(),
    };
    let t = &desk.t;
    let manager = t.login("manager@demo").await;
    let agent = t.login("agent1@demo").await;
    let agent_id = t.agent_id("agent1@demo");
    let mut phone = desk.phone("agent1@demo").await;
    t.poke_agent(&admin, &agent_id, "available").await;
    let (call_id, leg_id, _call) = served_call(&desk, &mut phone, &agent, &agent_id).await;
    let (_, queuecalls) = t.get("/v1.0/queuecalls?page_size=100", &admin).await;
    let queuecall_id = queuecalls["result"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["reference_id"] == call_id.as_str())
        .and_then(|q| q["id"].as_str())
        .expect("the placed call's queuecall")
        .to_owned();

    // The agent's own call and its own leg: every control is refused.
    for id in [&call_id, &leg_id] {
        for (method, path, body) in controls(id) {
            let (status, answer) = t.request(method, &path, Some(&agent), body).await;
            assert_forbidden(&format!("agent {method} {path}"), status, &answer);
        }
    }
    for path in ["/v1.0/calls", "/v1.0/groupcalls"] {
        let (status, answer) = t.get(path, &agent).await;
        assert_forbidden(&format!("agent GET {path}"), status, &answer);
    }
    let kick = format!("/v1.0/queuecalls/{queuecall_id}/kick");
    let (status, answer) = t.request("POST", &kick, Some(&agent), None).await;
    assert_forbidden("agent kick", status, &answer);
    // Refused means untouched: the call is still up and unmuted.
    let (_, call) = t.get(&format!("/v1.0/calls/{call_id}"), &admin).await;
    assert_eq!(call["status"], "progressing", "{call}");
    assert_ne!(call["mute_direction"], "both", "{call}");

    // The agent's own surface keeps working.
    for path in [
        "/v1.0/service_agents/me",
        "/v1.0/service_agents/calls",
        "/v1.0/service_agents/conversations",
        "/v1.0/service_agents/customer",
        "/v1.0/service_agents/extensions",
    ] {
        assert_eq!(t.get(path, &agent).await.0, StatusCode::OK, "{path}");
    }
    let (status, _) = t
        .request(
            "PUT",
            "/v1.0/service_agents/me/status",
            Some(&agent),
            Some(json!({"status":"available"})),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let ws = t.ws_at("/v1.0/service_agents/ws", &agent).await;
    assert!(ws.is_ok(), "the agent's WebSocket opens");

    // A manager may use the controls (hangup and transfer end the call: the admin does them
    // last).
    for (method, path, body) in controls(&leg_id) {
        if path.ends_with("/hangup") || path.ends_with("/transfers") {
            continue;
        }
        let (status, answer) = t.request(method, &path, Some(&manager), body).await;
        assert!(
            status.is_success(),
            "manager {method} {path}: {status} {answer}"
        );
    }
    for path in ["/v1.0/calls", "/v1.0/groupcalls"] {
        for who in [&admin, &manager] {
            let (status, page) = t.get(path, who).await;
            assert_eq!(status, StatusCode::OK, "{path}: {page}");
            assert!(page["result"].is_array());
        }
    }
    // Kick (a served queuecall cannot be kicked: 409, but not 403), transfer, hangup.
    let (status, answer) = t.request("POST", &kick, Some(&manager), None).await;
    assert!(
        status == StatusCode::OK || status == StatusCode::CONFLICT,
        "{status} {answer}"
    );
    let (method, path, body) = controls(&call_id).pop().unwrap();
    let (status, answer) = t.request(method, &path, Some(&admin), body).await;
    assert_eq!(status, StatusCode::OK, "admin transfer: {answer}");
    let (status, answer) = t
        .request(
            "POST",
            &format!("/v1.0/calls/{call_id}/hangup"),
            Some(&admin),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::OK, "admin hangup: {answer}");
    desk.t.server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn call_controls_need_admin_or_manager_documented() {
    agent_is_refused_and_supervisors_are_not(Dialect::Documented).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn call_controls_need_admin_or_manager_deployed() {
    agent_is_refused_and_supervisors_are_not(Dialect::Deployed).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_placed_caller_rings_its_pinned_agent_quickly() {
    let t = common::start(Dialect::Deployed, 0.0).await;
    let admin = t.login("admin@demo").await;
    let desk = Desk {
        t,
        admin: admin.clone(),
    };
    let t = &desk.t;
    let agent = t.login("agent2@demo").await;
    let agent_id = t.agent_id("agent2@demo");
    // Signed in, agent2 is rung on its phone (the simulation never answers for it).
    let _phone = desk.phone("agent2@demo").await;
    t.poke_agent(&admin, &agent_id, "available").await;
    let mut ws = t.ws_at("/v1.0/service_agents/ws", &agent).await.unwrap();
    ws.subscribe(&[format!("agent_id:{agent_id}")]).await;
    tokio::time::sleep(Duration::from_millis(200)).await;

    let started = Instant::now();
    let (status, placed) = t
        .request(
            "POST",
            "/v1.0/sim/calls",
            Some(&admin),
            Some(json!({"to_agent": agent_id})),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{placed}");
    assert_eq!(placed["to_agent"], agent_id.as_str());
    let call_id = placed["call_id"].as_str().unwrap().to_owned();
    let (_, queue) = t.get("/v1.0/queues?page_size=100", &admin).await;
    assert!(queue["result"]
        .as_array()
        .unwrap()
        .iter()
        .any(|q| q["id"] == placed["queue_id"]));

    // The ringing leg, owned by the agent, reaches the agent's topic...
    let frame = ws
        .wait_for(Duration::from_secs(3), |f| {
            // Deployed frames are the bare resource.
            let data = f.get("data").unwrap_or(f);
            data["master_call_id"] == call_id.as_str() && data["status"] == "ringing"
        })
        .await
        .expect("the agent's leg rings on its topic");
    let rang_after = started.elapsed();
    assert!(
        rang_after < Duration::from_millis(1_500),
        "rang after {rang_after:?}"
    );
    let leg = frame.get("data").unwrap_or(&frame);
    assert_eq!(leg["owner_id"], agent_id.as_str());
    // ... and its own call list.
    let leg_id = leg["id"].as_str().unwrap().to_owned();
    let (_, mine) = t
        .get("/v1.0/service_agents/calls?page_size=100", &agent)
        .await;
    assert!(mine["result"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["id"] == leg_id.as_str()));
    desk.t.server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn placing_a_call_is_for_admins_with_a_sound_body() {
    let t = common::start(Dialect::Documented, 0.0).await;
    let admin = t.login("admin@demo").await;
    let manager = t.login("manager@demo").await;
    let agent = t.login("agent1@demo").await;
    let agent_id = t.agent_id("agent1@demo");
    let admin_id = t.agent_id("admin@demo");
    let body = json!({"to_agent": agent_id});
    for who in [&manager, &agent] {
        let (status, answer) = t
            .request("POST", "/v1.0/sim/calls", Some(who), Some(body.clone()))
            .await;
        assert_forbidden("non-admin places a call", status, &answer);
    }
    let bad = [
        json!({}),
        json!({"to_agent": ""}),
        json!({"to_agent": "00000000-0000-4000-8000-000000000000"}),
        json!({"queue_id": "00000000-0000-4000-8000-000000000000"}),
        json!("text"),
    ];
    for body in bad {
        let (status, answer) = t
            .request("POST", "/v1.0/sim/calls", Some(&admin), Some(body.clone()))
            .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{body}: {answer}");
        assert_eq!(answer["error"]["status"], "INVALID_ARGUMENT");
    }
    // The admin account serves no queue.
    let (status, answer) = t
        .request(
            "POST",
            "/v1.0/sim/calls",
            Some(&admin),
            Some(json!({"to_agent": admin_id})),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT, "{answer}");
    // A queue alone.
    let (_, queues) = t.get("/v1.0/queues", &admin).await;
    let queue_id = queues["result"][0]["id"].clone();
    let (status, placed) = t
        .request(
            "POST",
            "/v1.0/sim/calls",
            Some(&admin),
            Some(json!({"queue_id": queue_id, "case": false})),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{placed}");
    assert_eq!(placed["queue_id"], queue_id);
    assert!(placed["to_agent"].is_null());
    assert_eq!(placed["to_agents"], json!([]));
    assert!(placed["case_id"].is_null());
    // Several agents at once, from a given number.
    let agent2_id = t.agent_id("agent2@demo");
    let (status, placed) = t
        .request(
            "POST",
            "/v1.0/sim/calls",
            Some(&admin),
            Some(json!({"to_agents": [agent_id, agent2_id], "from": "+15551230001"})),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{placed}");
    assert_eq!(placed["to_agents"], json!([agent_id, agent2_id]));
    assert_eq!(placed["from"], "+15551230001");
    for body in [
        json!({"to_agents": [agent_id], "from": "12345"}),
        json!({"to_agents": ["nobody"]}),
        json!({"to_agent": agent_id, "to_agents": [agent2_id]}),
    ] {
        let (status, answer) = t
            .request("POST", "/v1.0/sim/calls", Some(&admin), Some(body.clone()))
            .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{body}: {answer}");
    }
    let (status, call) = t
        .get(
            &format!("/v1.0/calls/{}", placed["call_id"].as_str().unwrap()),
            &admin,
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{call}");
    t.server.shutdown().await;
}

/// `PUT /v1.0/agents/{id}/permission`: admins only; like VoIPBIN's token, the new permission
/// applies from the agent's next login (a token keeps what it was issued with).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_promoted_agent_may_use_call_controls_after_signing_in_again() {
    let t = common::start(Dialect::Documented, 0.0).await;
    let admin = t.login("admin@demo").await;
    let manager = t.login("manager@demo").await;
    let old_token = t.login("agent1@demo").await;
    let agent_id = t.agent_id("agent1@demo");
    let path = format!("/v1.0/agents/{agent_id}/permission");
    let promote = Some(json!({"permission": 16 | 64}));

    let (status, body) = t
        .request("PUT", &path, Some(&manager), promote.clone())
        .await;
    assert_forbidden("a manager setting permissions", status, &body);
    let (status, body) = t.request("PUT", &path, Some(&admin), promote).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["permission"], 80);

    let (status, body) = t.get("/v1.0/calls?page_size=1", &old_token).await;
    assert_forbidden("the old token", status, &body);
    let new_token = t.login("agent1@demo").await;
    let (status, body) = t.get("/v1.0/calls?page_size=1", &new_token).await;
    assert_eq!(status, StatusCode::OK, "the new token: {body}");
}
