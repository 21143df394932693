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
