//! Extensions over REST: an agent reads its own (password included) and no one else's; admins
//! and managers list the customer's.

use reqwest::StatusCode;
use serde_json::Value;
use voipbin_protocol::Dialect;

use super::common;

fn results(page: &Value) -> Vec<Value> {
    page["result"].as_array().cloned().unwrap_or_default()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn agents_read_their_own_extension_and_admins_list_all() {
    let t = common::start(Dialect::Documented, 0.0).await;
    let admin = t.login("admin@demo").await;
    let manager = t.login("manager@demo").await;
    let agent1 = t.login("agent1@demo").await;
    let agent2 = t.login("agent2@demo").await;

    let (status, page) = t.get("/v1.0/service_agents/extensions", &agent1).await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert!(page["next_page_token"].is_string());
    let mine = results(&page);
    assert_eq!(mine.len(), 1, "{page}");
    let ext = &mine[0];
    assert_eq!(ext["extension"], "2001");
    assert_eq!(ext["username"], "2001");
    assert_eq!(ext["customer_id"], t.customer_id.as_str());
    assert_eq!(ext["domain_name"], t.customer_id.as_str());
    assert!(
        ext["password"].as_str().is_some_and(|p| p.len() >= 16),
        "{ext}"
    );
    for field in [
        "id",
        "name",
        "detail",
        "direct_hash",
        "tm_create",
        "tm_update",
        "tm_delete",
    ] {
        assert!(ext.get(field).is_some(), "{field} in {ext}");
    }
    let ext_id = ext["id"].as_str().unwrap().to_owned();
    // The agent's extension address names it.
    let (_, me) = t.get("/v1.0/service_agents/me", &agent1).await;
    let address = me["addresses"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["type"] == "extension")
        .cloned()
        .expect("an extension address");
    assert_eq!(address["target"], ext_id.as_str());
    assert_eq!(address["target_name"], "2001");

    let (status, one) = t
        .get(
            &format!("/v1.0/service_agents/extensions/{ext_id}"),
            &agent1,
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(&one, ext);

    // Another agent's extension is not found for agent1; agent2 sees its own.
    let (_, theirs) = t.get("/v1.0/service_agents/extensions", &agent2).await;
    let theirs = results(&theirs);
    assert_eq!(theirs[0]["username"], "2002");
    assert_ne!(theirs[0]["password"], ext["password"]);
    let other_path = format!(
        "/v1.0/service_agents/extensions/{}",
        theirs[0]["id"].as_str().unwrap()
    );
    let (status, err) = t.get(&other_path, &agent1).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "{err}");
    assert_eq!(err["error"]["status"], "NOT_FOUND");

    // Staff own no extension.
    assert!(results(&t.get("/v1.0/service_agents/extensions", &admin).await.1).is_empty());

    // Admins and managers list every extension; agents may not.
    let (_, agents) = t.get("/v1.0/agents?page_size=100", &admin).await;
    let plain = results(&agents)
        .iter()
        .filter(|a| {
            a["username"]
                .as_str()
                .is_some_and(|u| u.starts_with("agent"))
        })
        .count();
    for who in [&admin, &manager] {
        let (status, page) = t.get("/v1.0/extensions?page_size=100", who).await;
        assert_eq!(status, StatusCode::OK, "{page}");
        assert_eq!(results(&page).len(), plain);
        let (status, got) = t.get(&format!("/v1.0/extensions/{ext_id}"), who).await;
        assert_eq!((status, &got), (StatusCode::OK, ext));
    }
    let (_, paged) = t.get("/v1.0/extensions?page_size=2", &admin).await;
    assert_eq!(results(&paged).len(), 2.min(plain));
    for path in [
        "/v1.0/extensions".to_owned(),
        format!("/v1.0/extensions/{ext_id}"),
    ] {
        let (status, err) = t.get(&path, &agent1).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{path}: {err}");
        assert_eq!(err["error"]["status"], "PERMISSION_DENIED");
    }
    let (status, _) = t
        .get(
            "/v1.0/extensions/00000000-0000-4000-8000-000000000000",
            &admin,
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    t.server.shutdown().await;
}
