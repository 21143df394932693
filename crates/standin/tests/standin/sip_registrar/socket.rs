//! A bare SIP-over-WebSocket client for the registrar tests: messages built with rsip, digest
//! responses computed here from md5 of the strings (not with the stand-in's digest code).

use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use md5::{Digest, Md5};
use rsip::headers::{self, UntypedHeader};
use rsip::{Header, Method, Request, Response};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::{self, Message};
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

pub const WAIT: Duration = Duration::from_secs(5);

/// Who registers: extension username and password, and the realm `<customer>.registrar.voipbin.test`.
#[derive(Clone)]
pub struct Account {
    pub username: String,
    pub password: String,
    pub realm: String,
}

pub struct SipSocket {
    stream: WebSocketStream<MaybeTlsStream<TcpStream>>,
    call_id: String,
    from_tag: String,
    cseq: u32,
}

pub fn md5_hex(text: &str) -> String {
    format!("{:x}", Md5::digest(text.as_bytes()))
}

/// A quoted or bare parameter of a `WWW-Authenticate` value (enough for the tests' reading).
pub fn challenge_param(challenge: &str, name: &str) -> Option<String> {
    let at = challenge.find(&format!("{name}="))? + name.len() + 1;
    let rest = &challenge[at..];
    match rest.strip_prefix('"') {
        Some(quoted) => Some(quoted[..quoted.find('"')?].to_owned()),
        None => Some(rest.split([',', ' ']).next()?.to_owned()),
    }
}

/// `Authorization` for REGISTER with `qop=auth`: MD5(HA1:nonce:nc:cnonce:auth:HA2).
pub fn authorization(account: &Account, password: &str, nonce: &str, uri: &str) -> String {
    let ha1 = md5_hex(&format!(
        "{}:{}:{password}",
        account.username, account.realm
    ));
    let ha2 = md5_hex(&format!("REGISTER:{uri}"));
    let (nc, cnonce) = ("00000001", "0a4f113b");
    let response = md5_hex(&format!("{ha1}:{nonce}:{nc}:{cnonce}:auth:{ha2}"));
    format!(
        "Digest username=\"{}\", realm=\"{}\", nonce=\"{nonce}\", uri=\"{uri}\", response=\"{response}\", algorithm=MD5, qop=auth, nc={nc}, cnonce=\"{cnonce}\"",
        account.username, account.realm
    )
}

impl SipSocket {
    pub async fn connect(addr: std::net::SocketAddr) -> SipSocket {
        Self::connect_with(addr, Some("sip"))
            .await
            .expect("sip websocket connects")
    }

    pub async fn connect_with(
        addr: std::net::SocketAddr,
        protocol: Option<&str>,
    ) -> Result<SipSocket, tungstenite::Error> {
        let mut request = format!("ws://{addr}/sip").into_client_request()?;
        if let Some(protocol) = protocol {
            request.headers_mut().insert(
                "Sec-WebSocket-Protocol",
                protocol.parse().expect("header value"),
            );
        }
        let (stream, response) = tokio_tungstenite::connect_async(request).await?;
        if protocol.is_some() {
            assert_eq!(
                response
                    .headers()
                    .get("sec-websocket-protocol")
                    .map(|v| v.as_bytes()),
                Some(&b"sip"[..])
            );
        }
        Ok(SipSocket {
            stream,
            call_id: format!("reg-{}", rand_token()),
            from_tag: rand_token(),
            cseq: 0,
        })
    }

    pub async fn send_raw(&mut self, text: &str) {
        self.stream
            .send(Message::Text(text.into()))
            .await
            .expect("send");
    }

    /// The next text frame within `wait`; None on timeout or close.
    pub async fn next_text(&mut self, wait: Duration) -> Option<String> {
        let deadline = tokio::time::Instant::now() + wait;
        loop {
            match tokio::time::timeout_at(deadline, self.stream.next())
                .await
                .ok()??
            {
                Ok(Message::Text(text)) => return Some(text.to_string()),
                Ok(Message::Close(_)) | Err(_) => return None,
                Ok(_) => continue,
            }
        }
    }

    /// Whether the server closed the socket within `wait`.
    pub async fn closed_within(&mut self, wait: Duration) -> bool {
        let deadline = tokio::time::Instant::now() + wait;
        loop {
            match tokio::time::timeout_at(deadline, self.stream.next()).await {
                Err(_) => return false,
                Ok(None | Some(Err(_)) | Some(Ok(Message::Close(_)))) => return true,
                Ok(Some(Ok(_))) => continue,
            }
        }
    }

    pub async fn response(&mut self) -> Response {
        let text = self.next_text(WAIT).await.expect("a response");
        Response::try_from(text.as_str()).unwrap_or_else(|e| panic!("{e}: {text}"))
    }

    /// A REGISTER of `user@domain` in this socket's registration dialog (CSeq counts up).
    pub fn register(
        &mut self,
        user: &str,
        domain: &str,
        contacts: &[&str],
        expires: Option<u32>,
        authorization: Option<String>,
    ) -> String {
        self.cseq += 1;
        let aor = format!("sip:{user}@{domain}");
        let mut headers: Vec<Header> = vec![
            headers::Via::new(format!(
                "SIP/2.0/WS client.invalid;branch=z9hG4bK{}",
                rand_token()
            ))
            .into(),
            headers::MaxForwards::new("70").into(),
            headers::To::new(format!("<{aor}>")).into(),
            headers::From::new(format!("<{aor}>;tag={}", self.from_tag)).into(),
            headers::CallId::new(self.call_id.clone()).into(),
            headers::CSeq::new(format!("{} REGISTER", self.cseq)).into(),
        ];
        headers.extend(
            contacts
                .iter()
                .map(|c| Header::from(headers::Contact::new(*c))),
        );
        headers.extend(expires.map(|e| Header::from(headers::Expires::new(e.to_string()))));
        headers.extend(authorization.map(|a| Header::from(headers::Authorization::new(a))));
        headers.push(headers::UserAgent::new("registrar-test").into());
        headers.push(headers::ContentLength::new("0").into());
        Request {
            method: Method::Register,
            uri: rsip::Uri::try_from(format!("sip:{domain}").as_str()).expect("uri"),
            version: rsip::Version::V2,
            headers: headers.into(),
            body: Vec::new(),
        }
        .to_string()
    }

    /// REGISTER, answer the 401 with the password, return the final response.
    pub async fn register_with(
        &mut self,
        account: &Account,
        password: &str,
        contacts: &[&str],
        expires: Option<u32>,
    ) -> Response {
        let domain = account.realm.clone();
        let first = self.register(&account.username, &domain, contacts, expires, None);
        self.send_raw(&first).await;
        let challenge = self.response().await;
        assert_eq!(challenge.status_code.code(), 401, "{challenge}");
        let nonce = challenge_param(&www_authenticate(&challenge), "nonce").expect("nonce");
        let auth = authorization(account, password, &nonce, &format!("sip:{domain}"));
        let second = self.register(&account.username, &domain, contacts, expires, Some(auth));
        self.send_raw(&second).await;
        self.response().await
    }

    pub async fn options(&mut self) -> Response {
        let text = "OPTIONS sip:ping@example.invalid SIP/2.0\r\nVia: SIP/2.0/WS client.invalid;branch=z9hG4bKopt\r\nTo: <sip:ping@example.invalid>\r\nFrom: <sip:me@client.invalid>;tag=o1\r\nCall-ID: opt-1\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n";
        self.send_raw(text).await;
        self.response().await
    }
}

pub fn www_authenticate(response: &Response) -> String {
    header_values(response, |h| match h {
        Header::WwwAuthenticate(v) => Some(v.value().to_owned()),
        _ => None,
    })
    .pop()
    .expect("WWW-Authenticate")
}

/// (URI, expires) of each Contact in a 200 to REGISTER.
pub fn contacts(response: &Response) -> Vec<(String, u32)> {
    header_values(response, |h| match h {
        Header::Contact(v) => Some(v.value().to_owned()),
        _ => None,
    })
    .iter()
    .map(|value| {
        let uri = value
            .trim_start_matches('<')
            .split('>')
            .next()
            .unwrap_or_default();
        let expires = challenge_param(value, "expires")
            .and_then(|e| e.parse().ok())
            .expect("expires");
        (uri.to_owned(), expires)
    })
    .collect()
}

pub fn header_values(response: &Response, pick: impl Fn(&Header) -> Option<String>) -> Vec<String> {
    response.headers.iter().filter_map(pick).collect()
}

fn rand_token() -> String {
    format!("{:012x}", rand::random::<u64>() & 0xffff_ffff_ffff)
}
