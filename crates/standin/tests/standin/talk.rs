//! Team talk over real sockets, deployed dialect: who may do what, direct-chat reuse, fan-out
//! to every participant twice on a broad subscription (and never to outsiders), paging,
//! idempotent reactions, the 30 MB upload limit and the 307 download, simulated teammates.

use std::time::Duration;

use reqwest::StatusCode;
use serde_json::{json, Value};
use voipbin_protocol::Dialect;

use super::common::{self, TestServer};

const BASE: &str = "/v1.0/service_agents";

async fn post(t: &TestServer, token: &str, path: &str, body: Value) -> (StatusCode, Value) {
    t.request("POST", &format!("{BASE}{path}"), Some(token), Some(body))
        .await
}

async fn direct_chat(t: &TestServer, token: &str, with: &str) -> String {
    let body =
        json!({"type": "direct", "participants": [{"owner_type": "agent", "owner_id": with}]});
    let (status, chat) = post(t, token, "/talk_chats", body).await;
    assert_eq!(status, StatusCode::OK, "{chat}");
    chat["id"].as_str().unwrap().to_owned()
}

async fn say(t: &TestServer, token: &str, chat_id: &str, text: &str) -> (StatusCode, Value) {
    let body = json!({"chat_id": chat_id, "type": "normal", "text": text});
    post(t, token, "/talk_messages", body).await
}

async fn channel(t: &TestServer, token: &str, name: &str) -> String {
    let (status, list) = t.get(&format!("{BASE}/talk_channels"), token).await;
    assert_eq!(status, StatusCode::OK);
    let found = list["result"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == name);
    found.expect(name)["id"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn permissions_as_deployed() {
    let t = common::start(Dialect::Deployed, 0.0).await;
    let one = t.login("agent1@demo").await;
    let two = t.login("agent2@demo").await;
    let three = t.login("agent3@demo").await;
    let agent2 = t.agent_id("agent2@demo");

    let chat = direct_chat(&t, &one, &agent2).await;
    assert_eq!(
        direct_chat(&t, &two, &t.agent_id("agent1@demo")).await,
        chat
    );

    // An outsider: 403 everywhere on the chat, and an unknown chat looks the same.
    let (status, _) = t.get(&format!("{BASE}/talk_chats/{chat}"), &three).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let path = format!("{BASE}/talk_messages?chat_id={chat}");
    assert_eq!(t.get(&path, &three).await.0, StatusCode::FORBIDDEN);
    assert_eq!(say(&t, &three, &chat, "hi").await.0, StatusCode::FORBIDDEN);
    let unknown = "5e4a0680-804e-11ec-8477-2fea5968d85b";
    let (status, _) = t.get(&format!("{BASE}/talk_chats/{unknown}"), &one).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = t.get(&format!("{BASE}/talk_chats/not-a-uuid"), &one).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);

    // Delete by the author only; the deleted message stays listed.
    let (status, message) = say(&t, &one, &chat, "hello").await;
    assert_eq!(status, StatusCode::OK, "{message}");
    let id = message["id"].as_str().unwrap();
    assert!(message.get("parent_id").is_none() && message["tm_delete"].is_null());
    let del = format!("{BASE}/talk_messages/{id}");
    assert_eq!(
        t.request("DELETE", &del, Some(&two), None).await.0,
        StatusCode::FORBIDDEN
    );
    let (status, deleted) = t.request("DELETE", &del, Some(&one), None).await;
    assert_eq!(status, StatusCode::OK);
    assert!(deleted["tm_delete"].is_string());
    let (_, list) = t.get(&path, &two).await;
    assert_eq!(list["result"][0]["id"], id);

    // Join: public channels only.
    let (status, _) = post(&t, &three, &format!("/talk_chats/{chat}/join"), json!({})).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (status, _) = post(&t, &one, &format!("/talk_chats/{unknown}/join"), json!({})).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let random = channel(&t, &one, "Random").await;
    let random_messages = format!("{BASE}/talk_messages?chat_id={random}");
    assert_eq!(t.get(&random_messages, &one).await.0, StatusCode::OK);
    assert_eq!(say(&t, &one, &random, "hi").await.0, StatusCode::FORBIDDEN);
    let (status, joined) = post(&t, &one, &format!("/talk_chats/{random}/join"), json!({})).await;
    assert_eq!(status, StatusCode::OK, "{joined}");
    assert_eq!(joined["chat_id"], random.as_str());
    assert_eq!(say(&t, &one, &random, "hi").await.0, StatusCode::OK);
}

#[tokio::test]
async fn each_participant_hears_twice_and_outsiders_never() {
    let t = common::start(Dialect::Deployed, 0.0).await;
    let one = t.login("agent1@demo").await;
    let two = t.login("agent2@demo").await;
    let three = t.login("agent3@demo").await;
    let mut sockets = Vec::new();
    for (token, user) in [
        (&one, "agent1@demo"),
        (&two, "agent2@demo"),
        (&three, "agent3@demo"),
    ] {
        let mut ws = t.ws(token).await;
        ws.subscribe(&[format!("agent_id:{}", t.agent_id(user))])
            .await;
        sockets.push(ws);
    }
    tokio::time::sleep(Duration::from_millis(200)).await;
    let chat = direct_chat(&t, &one, &t.agent_id("agent2@demo")).await;
    let (_, message) = say(&t, &one, &chat, "can you take this caller?").await;
    let id = message["id"].as_str().unwrap().to_owned();
    for (i, ws) in sockets.iter_mut().enumerate() {
        let frames = ws.collect_for(Duration::from_millis(700)).await;
        let copies = frames.iter().filter(|f| f.contains(&id)).count();
        let chat_frames = frames
            .iter()
            .filter(|f| f.contains("\"member_count\""))
            .count();
        if i < 2 {
            assert_eq!(copies, 2, "agent{} got {frames:?}", i + 1);
            // chat_created twice (participant frames carry no member_count).
            assert_eq!(chat_frames, 2, "agent{} got {frames:?}", i + 1);
        } else {
            assert!(frames.is_empty(), "an outsider heard {frames:?}");
        }
    }
}

#[tokio::test]
async fn messages_page_newest_first_and_reactions_are_idempotent() {
    let t = common::start(Dialect::Deployed, 0.0).await;
    let one = t.login("agent1@demo").await;
    let two = t.login("agent2@demo").await;
    let chat = direct_chat(&t, &one, &t.agent_id("agent2@demo")).await;
    let mut sent = Vec::new();
    for n in 0..5 {
        let (_, m) = say(&t, &one, &chat, &format!("m{n}")).await;
        sent.push(m["id"].as_str().unwrap().to_owned());
    }
    let mut seen = Vec::new();
    let mut token = String::new();
    loop {
        let path = format!("{BASE}/talk_messages?chat_id={chat}&page_size=2&page_token={token}");
        let (status, page) = t.get(&path, &two).await;
        assert_eq!(status, StatusCode::OK, "{page}");
        for m in page["result"].as_array().unwrap() {
            seen.push(m["id"].as_str().unwrap().to_owned());
        }
        token = page["next_page_token"].as_str().unwrap().to_owned();
        if token.is_empty() {
            break;
        }
    }
    sent.reverse();
    assert_eq!(seen, sent);

    let react = format!("/talk_messages/{}/reactions", sent[0]);
    for _ in 0..2 {
        let (status, m) = post(&t, &two, &react, json!({"emoji": "👍"})).await;
        assert_eq!(status, StatusCode::OK, "{m}");
        assert_eq!(m["metadata"]["reactions"].as_array().unwrap().len(), 1);
    }
    let three = t.login("agent3@demo").await;
    let (status, _) = post(&t, &three, &react, json!({"emoji": "👍"})).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}

fn multipart(filename: &str, bytes: &[u8], kind: &str) -> (String, Vec<u8>) {
    let boundary = "talkboundary42";
    let mut body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{filename}\"\r\nContent-Type: image/png\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(bytes);
    body.extend_from_slice(
        format!("\r\n--{boundary}\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\n{kind}\r\n--{boundary}--\r\n")
            .as_bytes(),
    );
    (format!("multipart/form-data; boundary={boundary}"), body)
}

async fn upload(
    t: &TestServer,
    token: &str,
    content_type: String,
    body: Vec<u8>,
) -> (StatusCode, Value) {
    let response = t
        .http
        .post(t.url(&format!("{BASE}/files")))
        .bearer_auth(token)
        .header("content-type", content_type)
        .body(body)
        .send()
        .await
        .unwrap();
    let status = response.status();
    (status, response.json().await.unwrap_or(Value::Null))
}

#[tokio::test]
async fn files_upload_limit_and_redirect() {
    let t = common::start(Dialect::Deployed, 0.0).await;
    let one = t.login("agent1@demo").await;
    let two = t.login("agent2@demo").await;
    let png = b"\x89PNG\r\n\x1a\nfake image";
    let (ct, body) = multipart("cat.png", png, "talk");
    let (status, file) = upload(&t, &one, ct, body).await;
    assert_eq!(status, StatusCode::OK, "{file}");
    assert_eq!(file["filesize"], png.len());
    assert_eq!(file["type"], "talk");
    let id = file["id"].as_str().unwrap();

    let (ct, body) = multipart("cat.png", png, "rag");
    assert_eq!(
        upload(&t, &one, ct, body).await.1["error"]["reason"],
        "INVALID_FILE_TYPE"
    );
    let (ct, body) = multipart("big.bin", &vec![0u8; 30 << 20], "talk");
    let (status, refused) = upload(&t, &one, ct, body).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(refused["error"]["reason"], "INVALID_FILE_UPLOAD");

    // Own list; anyone of the customer reads it; the download is a 307 to bytes served here.
    let (_, mine) = t.get(&format!("{BASE}/files"), &one).await;
    assert_eq!(mine["result"].as_array().unwrap().len(), 1);
    let (_, theirs) = t.get(&format!("{BASE}/files"), &two).await;
    assert!(theirs["result"].as_array().unwrap().is_empty());
    let no_redirects = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let response = no_redirects
        .get(t.url(&format!("{BASE}/files/{id}/file")))
        .bearer_auth(&two)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::TEMPORARY_REDIRECT);
    let location = response.headers()["location"].to_str().unwrap().to_owned();
    let fetched = reqwest::get(&location).await.unwrap();
    assert_eq!(fetched.headers()["content-type"], "image/png");
    assert_eq!(fetched.bytes().await.unwrap().as_ref(), png);

    let path = format!("{BASE}/files/{id}");
    assert_eq!(
        t.request("DELETE", &path, Some(&two), None).await.0,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        t.request("DELETE", &path, Some(&one), None).await.0,
        StatusCode::OK
    );
    assert_eq!(
        reqwest::get(&location).await.unwrap().status(),
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn a_simulated_teammate_answers_a_direct_message() {
    let mut config = common::config(Dialect::Deployed, 1.0);
    config.talk_per_min = 0.01;
    let t = common::start_with(config).await;
    let one = t.login("agent1@demo").await;
    let chat = direct_chat(&t, &one, &t.agent_id("agent5@demo")).await;
    let (status, _) = say(&t, &one, &chat, "who handles refunds?").await;
    assert_eq!(status, StatusCode::OK);
    let agent5 = t.agent_id("agent5@demo");
    let path = format!("{BASE}/talk_messages?chat_id={chat}");
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    loop {
        let (_, list) = t.get(&path, &one).await;
        let answered = list["result"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["owner_id"] == agent5.as_str());
        if answered {
            break;
        }
        assert!(tokio::time::Instant::now() < deadline, "no answer: {list}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}
