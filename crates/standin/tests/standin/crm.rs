//! The agent's CRM over real sockets: a plain agent looks up a seeded contact by number, reads
//! and writes case notes (only the author deletes), the timeline filters, and a placed call's
//! flow opens the case `POST /v1.0/sim/calls` announced.

use std::time::{Duration, Instant};

use reqwest::StatusCode;
use serde_json::{json, Value};
use voipbin_protocol::Dialect;

use super::common::{start, TestServer};

/// A seeded contact with a phone number and the open case attached to it.
async fn seeded_contact_with_case(server: &TestServer, token: &str) -> (Value, Value) {
    let (status, contacts) = server.get("/v1.0/service_agents/contacts", token).await;
    assert_eq!(status, StatusCode::OK, "{contacts}");
    let (status, cases) = server
        .get("/v1.0/service_agents/contact_cases", token)
        .await;
    assert_eq!(status, StatusCode::OK, "{cases}");
    let cases = cases["result"].as_array().cloned().unwrap_or_default();
    for contact in contacts["result"].as_array().cloned().unwrap_or_default() {
        if let Some(case) = cases.iter().find(|c| c["contact_id"] == contact["id"]) {
            return (contact, case.clone());
        }
    }
    panic!("no seeded contact with a case: {contacts}");
}

fn phone_of(contact: &Value) -> String {
    contact["addresses"]
        .as_array()
        .and_then(|a| a.iter().find(|a| a["type"] == "tel"))
        .and_then(|a| a["target"].as_str())
        .expect("a phone number")
        .to_owned()
}

#[tokio::test]
async fn a_plain_agent_looks_up_a_caller_and_works_the_case_notes() {
    let server = start(Dialect::Deployed, 0.0).await;
    let agent1 = server.login("agent1@demo").await;
    let agent2 = server.login("agent2@demo").await;
    let (contact, case) = seeded_contact_with_case(&server, &agent1).await;
    let phone = phone_of(&contact);
    assert!(phone.starts_with('+'), "{phone}");

    let path = format!(
        "/v1.0/service_agents/contacts/lookup?phone={}",
        phone.replace('+', "%2B")
    );
    let (status, found) = server.get(&path, &agent1).await;
    assert_eq!(status, StatusCode::OK, "{found}");
    assert_eq!(found["id"], contact["id"]);
    assert!(found["tm_delete"].is_null());
    let without_plus = format!("/v1.0/service_agents/contacts/lookup?phone={}", &phone[1..]);
    let (status, missing) = server.get(&without_plus, &agent1).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(missing["error"]["reason"], "CONTACT_NOT_FOUND");

    assert!(case["previous_case_id"].is_null());
    let notes_path = format!(
        "/v1.0/service_agents/contact_cases/{}/notes",
        case["id"].as_str().unwrap()
    );
    let (status, notes) = server.get(&notes_path, &agent1).await;
    assert_eq!(status, StatusCode::OK, "{notes}");
    assert_eq!(notes["result"][0]["author_type"], "system");
    assert!(notes["result"][0]["author_id"].is_null());

    let (status, note) = server
        .request(
            "POST",
            &notes_path,
            Some(&agent1),
            Some(json!({"text": "Called back"})),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{note}");
    assert_eq!(note["author_type"], "agent");
    assert_eq!(note["author_id"], server.agent_id("agent1@demo"));
    let (_, notes) = server.get(&notes_path, &agent2).await;
    let last = notes["result"]
        .as_array()
        .and_then(|n| n.last())
        .cloned()
        .unwrap();
    assert_eq!(last["id"], note["id"]);

    let note_path = format!("{notes_path}/{}", note["id"].as_str().unwrap());
    let (status, refused) = server
        .request("DELETE", &note_path, Some(&agent2), None)
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{refused}");
    let (status, _) = server.request("GET", &note_path, Some(&agent1), None).await;
    assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED);
    let (status, done) = server
        .request("DELETE", &note_path, Some(&agent1), None)
        .await;
    assert_eq!(status, StatusCode::OK, "{done}");
    assert_eq!(done, json!({}));
}

#[tokio::test]
async fn timeline_filters_and_seeded_history() {
    let server = start(Dialect::Deployed, 0.0).await;
    let agent = server.login("agent3@demo").await;
    let (contact, _) = seeded_contact_with_case(&server, &agent).await;
    let id = contact["id"].as_str().unwrap();
    let both = format!(
        "/v1.0/service_agents/contact_interactions?contact_id={id}&peer_type=tel&peer_target=%2B1"
    );
    let (status, refused) = server.get(&both, &agent).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(refused["error"]["reason"], "INVALID_FILTER");
    let (status, refused) = server
        .get(
            "/v1.0/service_agents/contact_interactions?since=181d",
            &agent,
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(refused["error"]["reason"], "INVALID_SINCE");
    let (status, _) = server
        .get("/v1.0/service_agents/contact_peer_events", &agent)
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);

    let path = format!("/v1.0/service_agents/contact_peer_events?contact_id={id}");
    let (status, events) = server.get(&path, &agent).await;
    assert_eq!(status, StatusCode::OK, "{events}");
    let rows = events["result"].as_array().cloned().unwrap_or_default();
    assert!(rows
        .iter()
        .any(|r| r["publisher"] == "call" && r["event_type"] == "call_hangup"));
    let times: Vec<&str> = rows
        .iter()
        .filter_map(|r| r["timestamp"].as_str())
        .collect();
    assert!(
        times.windows(2).all(|w| w[0] >= w[1]),
        "newest first: {times:?}"
    );

    let (status, tags) = server.get("/v1.0/service_agents/tags", &agent).await;
    assert_eq!(status, StatusCode::OK);
    let tags = tags["result"].as_array().cloned().unwrap_or_default();
    assert_eq!(tags.iter().filter(|t| !t["tm_delete"].is_null()).count(), 1);
}

#[tokio::test]
async fn a_placed_call_opens_the_announced_case() {
    let server = start(Dialect::Deployed, 0.0).await;
    let admin = server.login("admin@demo").await;
    let agent = server.login("agent1@demo").await;
    let (_, queues) = server.get("/v1.0/queues", &admin).await;
    let queue_id = queues["result"][0]["id"].as_str().unwrap().to_owned();
    let place = |case: bool| json!({"queue_id": queue_id, "case": case});

    let (status, placed) = server
        .request("POST", "/v1.0/sim/calls", Some(&admin), Some(place(false)))
        .await;
    assert_eq!(status, StatusCode::OK, "{placed}");
    assert!(placed["case_id"].is_null());

    // A caller who already has an open case gets none (CASE_ALREADY_EXISTS): try a few.
    let mut announced = None;
    for _ in 0..5 {
        let (_, placed) = server
            .request("POST", "/v1.0/sim/calls", Some(&admin), Some(place(true)))
            .await;
        if let Some(case_id) = placed["case_id"].as_str() {
            announced = Some((
                case_id.to_owned(),
                placed["call_id"].as_str().unwrap().to_owned(),
            ));
            break;
        }
    }
    let (case_id, call_id) = announced.expect("a case is announced");
    let path = format!("/v1.0/service_agents/contact_cases/{case_id}");
    let deadline = Instant::now() + Duration::from_secs(5);
    let case = loop {
        let (status, case) = server.get(&path, &agent).await;
        if status == StatusCode::OK {
            break case;
        }
        assert!(Instant::now() < deadline, "the flow never opened {case_id}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert_eq!(case["reference_type"], "call");
    assert_eq!(case["reference_id"], call_id.as_str());
    assert_eq!(case["status"], "open");
    assert!(case["contact_id"].is_null());
    let (_, call) = server.get(&format!("/v1.0/calls/{call_id}"), &admin).await;
    assert_eq!(case["peer"]["target"], call["source"]["target"]);
    assert_eq!(case["local"]["target"], call["destination"]["target"]);

    let agent2_id = server.agent_id("agent2@demo");
    let assign = format!("{path}/assign");
    let (status, assigned) = server
        .request(
            "POST",
            &assign,
            Some(&agent),
            Some(json!({"owner_id": agent2_id})),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{assigned}");
    assert_eq!(assigned["owner_id"], agent2_id.as_str());
    let (status, closed) = server
        .request("POST", &format!("{path}/close"), Some(&agent), None)
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(closed["closed_reason"], "agent_closed");
    let (status, again) = server
        .request("POST", &format!("{path}/close"), Some(&agent), None)
        .await;
    assert_eq!((status, again), (StatusCode::OK, closed));
    let (status, refused) = server
        .request(
            "POST",
            &assign,
            Some(&agent),
            Some(json!({"owner_id": agent2_id})),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(refused["error"]["reason"], "CASE_CLOSED");
}
