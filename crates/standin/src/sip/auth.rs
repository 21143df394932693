//! Digest authentication of a phone's request (REGISTER; INVITE and others from a connection
//! without a registration): MD5, realm `<customer_id>.registrar.voipbin.test`, the extension's
//! username and password. A wrong answer is challenged once more, then refused with 403.

use rsip::headers::UntypedHeader;
use rsip::{Header, Request, Response};
use voipbin_sip::digest::{Challenge, Credentials};

use super::nonce::NonceCheck;
use super::responses::{push_header, reply};
use super::ConnId;
use crate::clock::now_ms;
use crate::state::AppState;

/// The extension whose password answered the challenge.
#[derive(Clone, Debug)]
pub struct Authenticated {
    pub username: String,
    pub extension_id: String,
    pub agent_id: String,
    pub realm: String,
}

/// Checks the request's `Authorization` (or `Proxy-Authorization`) digest. `Err` is the
/// response to send: 401 with a challenge (no or stale credentials, the first wrong answer on
/// this connection), 403 (wrong again).
pub fn authenticate(
    state: &AppState,
    conn: ConnId,
    request: &Request,
) -> Result<Authenticated, Response> {
    let credentials = credentials(request);
    let (realm, account) = {
        let sim = state.sim();
        let account = credentials.as_ref().and_then(|c| {
            let extension = sim.extension_by_username(&c.username)?;
            let agent_id = sim.extension_agent(&extension.id)?.to_owned();
            Some((extension.id.clone(), agent_id, extension.password.clone()))
        });
        (sim.sip_realm(), account)
    };
    let now = now_ms();
    let Some(credentials) = credentials else {
        return Err(challenge(state, request, &realm, false, now));
    };
    let nonce = state.sip.nonces.check(&credentials.nonce, now);
    if credentials.realm != realm || nonce == NonceCheck::Invalid {
        return Err(challenge(state, request, &realm, false, now));
    }
    let method = request.method.to_string();
    let verified = account.filter(|(_, _, password)| credentials.verify(&method, password));
    let Some((extension_id, agent_id, _)) = verified else {
        tracing::info!(conn, username = %credentials.username, "sip digest failed");
        return Err(match state.sip.note_auth_failure(conn) {
            1 => challenge(state, request, &realm, false, now),
            _ => reply(request, 403),
        });
    };
    if nonce == NonceCheck::Stale {
        return Err(challenge(state, request, &realm, true, now));
    }
    state.sip.clear_auth_failures(conn);
    Ok(Authenticated {
        username: credentials.username,
        extension_id,
        agent_id,
        realm,
    })
}

fn credentials(request: &Request) -> Option<Credentials> {
    request.headers.iter().find_map(|h| match h {
        Header::Authorization(value) => Credentials::parse(value.value()).ok(),
        Header::ProxyAuthorization(value) => Credentials::parse(value.value()).ok(),
        _ => None,
    })
}

/// 401 with a fresh nonce (`stale`: the credentials were right, the nonce too old).
fn challenge(state: &AppState, request: &Request, realm: &str, stale: bool, now: i64) -> Response {
    let challenge = Challenge {
        realm: realm.to_owned(),
        nonce: state.sip.nonces.issue(now),
        opaque: None,
        stale,
        algorithm: Some("MD5".to_owned()),
        qop: Some("auth".to_owned()),
    };
    let mut response = reply(request, 401);
    push_header(
        &mut response,
        Header::WwwAuthenticate(rsip::headers::WwwAuthenticate::new(
            challenge.to_header_value(),
        )),
    );
    response
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::ServeConfig;
    use crate::sip::nonce::NONCE_LIFETIME_MS;

    fn register(realm: &str, authorization: Option<String>) -> Request {
        let auth = authorization
            .map(|a| format!("Authorization: {a}\r\n"))
            .unwrap_or_default();
        let text = format!(
            "REGISTER sip:{realm} SIP/2.0\r\nVia: SIP/2.0/WS x.invalid;branch=z9hG4bK1\r\n\
             To: <sip:2001@{realm}>\r\nFrom: <sip:2001@{realm}>;tag=1\r\nCall-ID: c\r\n\
             CSeq: 1 REGISTER\r\n{auth}Content-Length: 0\r\n\r\n"
        );
        Request::try_from(text.as_str()).expect("request")
    }

    fn answer(realm: &str, nonce: String, password: &str) -> String {
        let challenge = Challenge {
            realm: realm.to_owned(),
            nonce,
            qop: Some("auth".into()),
            ..Challenge::default()
        };
        let uri = format!("sip:{realm}");
        Credentials::answer(&challenge, "REGISTER", &uri, "2001", password, "cn", 1)
            .to_header_value()
    }

    fn www_authenticate(response: &Response) -> Challenge {
        let value = response.headers.iter().find_map(|h| match h {
            Header::WwwAuthenticate(v) => Some(v.value().to_owned()),
            _ => None,
        });
        Challenge::parse(&value.expect("WWW-Authenticate")).expect("challenge")
    }

    #[tokio::test]
    async fn stale_nonce_is_rechallenged_with_stale_only_for_the_right_password() {
        let state = crate::server::build_state(&ServeConfig::default()).expect("state");
        let (conn, _outgoing) = state.sip.open();
        let (realm, password) = {
            let sim = state.sim();
            let extension = sim.extension_by_username("2001").expect("extension 2001");
            (sim.sip_realm(), extension.password.clone())
        };
        let old = state.sip.nonces.issue(now_ms() - NONCE_LIFETIME_MS - 1000);

        let stale = authenticate(
            &state,
            conn,
            &register(&realm, Some(answer(&realm, old.clone(), &password))),
        );
        let stale = stale.expect_err("stale nonce refused");
        assert_eq!(stale.status_code.code(), 401);
        let challenge = www_authenticate(&stale);
        assert!(challenge.stale);
        assert_eq!(challenge.realm, realm);

        let wrong = authenticate(
            &state,
            conn,
            &register(&realm, Some(answer(&realm, old, "nope"))),
        );
        let wrong = wrong.expect_err("wrong password refused");
        assert_eq!(wrong.status_code.code(), 401);
        assert!(!www_authenticate(&wrong).stale);

        let fresh = answer(&realm, challenge.nonce, &password);
        let account = authenticate(&state, conn, &register(&realm, Some(fresh))).expect("accepted");
        assert_eq!(account.username, "2001");
        assert_eq!(
            state.sim().extension_agent(&account.extension_id),
            Some(account.agent_id.as_str())
        );

        let forged = answer(&realm, "123.abc".into(), &password);
        let forged =
            authenticate(&state, conn, &register(&realm, Some(forged))).expect_err("forged");
        assert_eq!(forged.status_code.code(), 401);
    }
}
