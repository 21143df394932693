//! `serve --static`: caching headers for hashed files and index.html, precompressed siblings,
//! and the test-only refusals of `/v1.0/sim/static`, over a real socket.

use std::path::PathBuf;

use reqwest::header::{ACCEPT_ENCODING, CACHE_CONTROL, CONTENT_ENCODING, VARY};
use reqwest::StatusCode;
use serde_json::json;
use voipbin_protocol::Dialect;

use super::common::{config, start_with, TestServer};

const MAIN_JS: &str = "voipbin-desk-0123456789abcdef.js";
const CHUNK: &str = "split_dashboard-fedcba9876543210.wasm";

/// A dist folder like a release build's: index.html, a hashed module with its .br and .gz
/// siblings (distinct bytes, so the test sees which one came), a hashed chunk, an unhashed file.
fn dist(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("standin-static-{test}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let files: [(&str, &[u8]); 6] = [
        ("index.html", b"<!doctype html><title>desk</title>"),
        (MAIN_JS, b"export default 1;"),
        (&format!("{MAIN_JS}.br"), b"brotli bytes"),
        (&format!("{MAIN_JS}.gz"), b"gzip bytes"),
        (CHUNK, b"\0asm chunk"),
        ("favicon.svg", b"<svg/>"),
    ];
    for (name, bytes) in files {
        std::fs::write(dir.join(name), bytes).unwrap();
    }
    dir
}

async fn serve(test: &str) -> TestServer {
    let mut config = config(Dialect::Documented, 0.0);
    config.static_dir = Some(dist(test));
    start_with(config).await
}

async fn get(server: &TestServer, path: &str, accept: &str) -> reqwest::Response {
    server
        .http
        .get(server.url(path))
        .header(ACCEPT_ENCODING, accept)
        .send()
        .await
        .expect("request sent")
}

fn header(response: &reqwest::Response, name: reqwest::header::HeaderName) -> &str {
    response
        .headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
}

#[tokio::test]
async fn hashed_files_are_immutable_and_the_page_is_revalidated() {
    let server = serve("cache").await;

    let module = get(&server, &format!("/{MAIN_JS}"), "identity").await;
    assert_eq!(module.status(), StatusCode::OK);
    assert_eq!(
        header(&module, CACHE_CONTROL),
        "public, max-age=31536000, immutable"
    );
    let chunk = get(&server, &format!("/{CHUNK}"), "identity").await;
    assert_eq!(
        header(&chunk, CACHE_CONTROL),
        "public, max-age=31536000, immutable"
    );

    for path in ["/", "/index.html", "/signin", "/dashboard", "/favicon.svg"] {
        let response = get(&server, path, "identity").await;
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        assert_eq!(header(&response, CACHE_CONTROL), "no-cache", "{path}");
    }
    let route = get(&server, "/dashboard", "identity").await;
    assert_eq!(
        route.text().await.unwrap(),
        "<!doctype html><title>desk</title>"
    );
}

#[tokio::test]
async fn a_compressed_sibling_is_sent_when_the_browser_accepts_it() {
    let server = serve("encoding").await;
    let path = format!("/{MAIN_JS}");

    let brotli = get(&server, &path, "gzip, deflate, br").await;
    assert_eq!(header(&brotli, CONTENT_ENCODING), "br");
    assert!(header(&brotli, VARY).contains("accept-encoding"));
    assert_eq!(
        header(&brotli, CACHE_CONTROL),
        "public, max-age=31536000, immutable"
    );
    assert!(header(&brotli, "content-type".parse().unwrap()).contains("javascript"));
    assert_eq!(brotli.text().await.unwrap(), "brotli bytes");

    let gzip = get(&server, &path, "gzip").await;
    assert_eq!(header(&gzip, CONTENT_ENCODING), "gzip");
    assert_eq!(gzip.text().await.unwrap(), "gzip bytes");

    let plain = get(&server, &path, "identity").await;
    assert_eq!(header(&plain, CONTENT_ENCODING), "");
    assert!(header(&plain, VARY).contains("accept-encoding"));
    assert_eq!(plain.text().await.unwrap(), "export default 1;");

    // No sibling: the file itself, whatever the browser accepts.
    let chunk = get(&server, &format!("/{CHUNK}"), "br").await;
    assert_eq!(header(&chunk, CONTENT_ENCODING), "");
    assert_eq!(chunk.bytes().await.unwrap().as_ref(), b"\0asm chunk");
}

#[tokio::test]
async fn refused_files_get_503_until_the_refusal_is_lifted() {
    let server = serve("refuse").await;
    let admin = server.login("admin@demo").await;
    let agent = server.login("agent1@demo").await;
    let refuse = |prefixes: Vec<&str>| json!({ "refuse": prefixes });

    let (status, _) = server
        .request(
            "POST",
            "/v1.0/sim/static",
            Some(&agent),
            Some(refuse(vec!["split_"])),
        )
        .await;
    assert_eq!(
        status,
        StatusCode::FORBIDDEN,
        "only admins steer the simulation"
    );
    let (status, _) = server
        .request(
            "POST",
            "/v1.0/sim/static",
            Some(&admin),
            Some(refuse(vec![""])),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);

    let (status, body) = server
        .request(
            "POST",
            "/v1.0/sim/static",
            Some(&admin),
            Some(refuse(vec!["split_dashboard"])),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let chunk = format!("/{CHUNK}");
    assert_eq!(
        get(&server, &chunk, "identity").await.status(),
        StatusCode::SERVICE_UNAVAILABLE
    );
    assert_eq!(
        get(&server, &format!("/{MAIN_JS}"), "identity")
            .await
            .status(),
        StatusCode::OK
    );
    assert_eq!(get(&server, "/", "identity").await.status(), StatusCode::OK);

    let (status, _) = server
        .request(
            "POST",
            "/v1.0/sim/static",
            Some(&admin),
            Some(refuse(vec![])),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        get(&server, &chunk, "identity").await.status(),
        StatusCode::OK
    );
}
