//! Speakings over real sockets: text said on the agent's leg with `direction: out` reaches that
//! leg (a tone pattern, and the text under its `whispers`); `in` does not; agents get 403; the
//! shapes and validation of `/v1.0/speakings`.

use std::time::Duration;

use reqwest::StatusCode;
use serde_json::{json, Value};

use super::phone_desk::{eventually, Desk};

const WAIT: Duration = Duration::from_secs(5);

async fn post(desk: &Desk, path: &str, token: &str, body: Value) -> (StatusCode, Value) {
    desk.t.request("POST", path, Some(token), Some(body)).await
}

async fn agent_leg(desk: &Desk, agent: &str) -> Value {
    desk.phone_legs()
        .await
        .into_iter()
        .find(|l| l["agent_id"] == agent)
        .unwrap_or(Value::Null)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn text_said_out_on_the_agents_leg_reaches_that_leg_only() {
    let desk = Desk::start().await;
    let (_phone, _call, agent) = desk.answered_call().await;
    let leg_id = agent_leg(&desk, &agent).await["call_id"]
        .as_str()
        .expect("the agent's leg")
        .to_owned();
    let request = |direction: &str| {
        json!({"reference_type": "call", "reference_id": leg_id, "direction": direction,
               "language": "en-US"})
    };

    let agent_token = desk.t.login("agent1@demo").await;
    let (status, body) = post(&desk, "/v1.0/speakings", &agent_token, request("out")).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
    assert_eq!(body["error"]["status"], "PERMISSION_DENIED", "{body}");
    for (bad, why) in [
        (
            json!({"reference_type": "queue", "reference_id": leg_id}),
            "type",
        ),
        (
            json!({"reference_type": "call", "reference_id": "nope"}),
            "id",
        ),
        (request("sideways"), "direction"),
    ] {
        let (status, body) = post(&desk, "/v1.0/speakings", &desk.admin, bad).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{why}: {body}");
    }

    // `in`: the other side hears it (the simulated caller), the agent's leg does not.
    let (status, heard_in) = post(&desk, "/v1.0/speakings", &desk.admin, request("in")).await;
    assert_eq!(status, StatusCode::CREATED, "{heard_in}");
    let id = heard_in["id"].as_str().expect("id").to_owned();
    let (status, body) = post(
        &desk,
        &format!("/v1.0/speakings/{id}/say"),
        &desk.admin,
        json!({"text": "not for the agent"}),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    tokio::time::sleep(Duration::from_millis(500)).await;
    let leg = agent_leg(&desk, &agent).await;
    assert_eq!(leg["whisper_packets"], 0, "{leg}");
    assert_eq!(leg["whispers"], json!([]), "{leg}");
    let (status, stopped) = post(
        &desk,
        &format!("/v1.0/speakings/{id}/stop"),
        &desk.admin,
        json!({}),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{stopped}");
    assert_eq!(stopped["status"], "stopped", "{stopped}");

    // `out`: the agent's leg alone.
    let (status, speaking) = post(&desk, "/v1.0/speakings", &desk.admin, request("out")).await;
    assert_eq!(status, StatusCode::CREATED, "{speaking}");
    assert_eq!(speaking["reference_type"], "call", "{speaking}");
    assert_eq!(speaking["reference_id"], leg_id.as_str(), "{speaking}");
    assert_eq!(speaking["direction"], "out", "{speaking}");
    assert_eq!(speaking["status"], "active", "{speaking}");
    assert_eq!(speaking["language"], "en-US", "{speaking}");
    assert!(speaking.get("pod_id").is_none(), "{speaking}");
    let (status, body) = post(&desk, "/v1.0/speakings", &desk.admin, request("out")).await;
    assert_eq!(
        status,
        StatusCode::INTERNAL_SERVER_ERROR,
        "one active per call: {body}"
    );
    let id = speaking["id"].as_str().expect("id").to_owned();
    let say = format!("/v1.0/speakings/{id}/say");
    let (status, body) = post(&desk, &say, &desk.admin, json!({"text": ""})).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    let text = "offer the loyalty discount";
    let (status, body) = post(&desk, &say, &desk.admin, json!({ "text": text })).await;
    assert_eq!(status, StatusCode::OK, "{body}");

    let whispered = eventually(WAIT, || async {
        let leg = agent_leg(&desk, &agent).await;
        (leg["whisper_packets"].as_u64() >= Some(30)).then_some(leg)
    })
    .await;
    let Some(leg) = whispered else {
        panic!("whispered: {}", agent_leg(&desk, &agent).await);
    };
    assert_eq!(leg["whispers"], json!([text]), "{leg}");
    assert_eq!(leg["barge_packets"], 0, "{leg}");
    eprintln!(
        "whisper: {} packets on the agent's leg",
        leg["whisper_packets"]
    );

    let (status, listed) = desk.t.get("/v1.0/speakings", &desk.admin).await;
    assert_eq!(status, StatusCode::OK, "{listed}");
    assert_eq!(
        listed["result"].as_array().map(Vec::len),
        Some(2),
        "{listed}"
    );
    let path = format!("/v1.0/speakings/{id}");
    let (status, deleted) = desk
        .t
        .request("DELETE", &path, Some(&desk.admin), None)
        .await;
    assert_eq!(status, StatusCode::OK, "{deleted}");
    assert!(deleted["tm_delete"].is_string(), "{deleted}");
    let (status, body) = desk.t.get(&path, &desk.admin).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "{body}");
}
