//! REGISTER (RFC 3261 section 10.3) with MD5 digest: the AOR is
//! `sip:<username>@<customer_id>.registrar.voipbin.test`, the realm its domain.

use rsip::headers::UntypedHeader;
use rsip::prelude::*;
use rsip::{Header, Request, Response};
use voipbin_sip::digest::{Challenge, Credentials};

use super::contact::{parse_contacts, ContactList};
use super::hub::{AorChange, Contact};
use super::nonce::NonceCheck;
use super::responses::{push_header, reply};
use super::{sync_phone_registration, ConnId};
use crate::clock::now_ms;
use crate::state::AppState;

/// Shorter registrations are refused with 423 (RFC 3261 10.3 step 7).
pub const MIN_EXPIRES_SECS: u32 = 60;
/// Longer ones are shortened to this; also the default when the phone names none.
pub const MAX_EXPIRES_SECS: u32 = 3600;

/// The extension a REGISTER's credentials belong to.
struct Account {
    extension_id: String,
    agent_id: String,
    password: String,
}

pub fn register(state: &AppState, conn: ConnId, request: &Request) -> Response {
    let (realm, account) = {
        let sim = state.sim();
        let account = authorization(request).and_then(|c| {
            let extension = sim.extension_by_username(&c.username)?;
            Some(Account {
                extension_id: extension.id.clone(),
                agent_id: sim.extension_agent(&extension.id)?.to_owned(),
                password: extension.password.clone(),
            })
        });
        (sim.sip_realm(), account)
    };
    if !request
        .uri
        .host_with_port
        .host
        .to_string()
        .eq_ignore_ascii_case(&realm)
    {
        return forbidden(request, "domain not served here");
    }
    let now = now_ms();
    let Some(credentials) = authorization(request) else {
        return challenge(state, request, &realm, false, now);
    };
    if credentials.realm != realm
        || state.sip.nonces.check(&credentials.nonce, now) == NonceCheck::Invalid
    {
        return challenge(state, request, &realm, false, now);
    }
    let verified = account
        .as_ref()
        .filter(|a| credentials.verify(request.method.to_string().as_str(), &a.password));
    let Some(account) = verified else {
        tracing::info!(conn, username = %credentials.username, "sip digest failed");
        return match state.sip.note_auth_failure(conn) {
            1 => challenge(state, request, &realm, false, now),
            _ => forbidden(request, "wrong credentials"),
        };
    };
    if state.sip.nonces.check(&credentials.nonce, now) == NonceCheck::Stale {
        return challenge(state, request, &realm, true, now);
    }
    state.sip.clear_auth_failures(conn);

    let aor = format!("sip:{}@{realm}", credentials.username);
    let to_matches = request
        .to_header()
        .and_then(|to| to.uri())
        .is_ok_and(|uri| {
            let user = uri.auth.map(|auth| auth.user).unwrap_or_default();
            user == credentials.username
                && uri
                    .host_with_port
                    .host
                    .to_string()
                    .eq_ignore_ascii_case(&realm)
        });
    if !to_matches {
        return forbidden(request, "the To address is not the authenticated extension");
    }
    match plan_change(request, conn, &account, &aor, now) {
        Ok(change) => {
            let current = state.sip.update_aor(&aor, change);
            sync_phone_registration(state, [account.agent_id.clone()]);
            registered(request, &current, now)
        }
        Err(response) => response,
    }
}

/// The REGISTER's Contact headers turned into changes, or the error response.
fn plan_change(
    request: &Request,
    conn: ConnId,
    account: &Account,
    aor: &str,
    now: i64,
) -> Result<AorChange, Response> {
    let default_expires = match request.expires_header().map(|e| e.seconds()) {
        None => MAX_EXPIRES_SECS,
        Some(Ok(seconds)) => seconds,
        Some(Err(_)) => return Err(reply(request, 400)),
    };
    let values = request.contact_headers().into_iter().map(|c| c.value());
    let contacts = match parse_contacts(values) {
        Ok(ContactList::Wildcard) if default_expires == 0 => {
            return Ok(AorChange {
                remove_all: true,
                ..AorChange::default()
            })
        }
        Ok(ContactList::Wildcard) => return Err(reply(request, 400)),
        Ok(ContactList::Contacts(contacts)) => contacts,
        Err(why) => {
            tracing::info!(conn, why, "REGISTER with unreadable Contact");
            return Err(reply(request, 400));
        }
    };
    let user_agent = request
        .headers
        .iter()
        .find_map(|h| match h {
            Header::UserAgent(agent) => Some(agent.value().to_owned()),
            _ => None,
        })
        .unwrap_or_default();
    let mut change = AorChange::default();
    for contact in contacts {
        let expires = contact.expires.unwrap_or(default_expires);
        if expires == 0 {
            change.remove.push(contact.uri);
            continue;
        }
        if expires < MIN_EXPIRES_SECS {
            let mut response = reply(request, 423);
            push_header(
                &mut response,
                Header::MinExpires(rsip::headers::MinExpires::new(MIN_EXPIRES_SECS.to_string())),
            );
            return Err(response);
        }
        let seconds = i64::from(expires.min(MAX_EXPIRES_SECS));
        change.upsert.push(Contact {
            conn_id: conn,
            extension_id: account.extension_id.clone(),
            agent_id: account.agent_id.clone(),
            aor: aor.to_owned(),
            uri: contact.uri,
            expires_at_ms: now.saturating_add(seconds * 1000),
            user_agent: user_agent.clone(),
        });
    }
    Ok(change)
}

/// 200 OK listing the AOR's contacts with the seconds each has left.
fn registered(request: &Request, contacts: &[Contact], now: i64) -> Response {
    let mut response = reply(request, 200);
    for contact in contacts {
        let left = (contact.expires_at_ms - now + 999).max(0) / 1000;
        let value = format!("<{}>;expires={left}", contact.uri);
        push_header(
            &mut response,
            Header::Contact(rsip::headers::Contact::new(value)),
        );
    }
    response
}

fn authorization(request: &Request) -> Option<Credentials> {
    request.headers.iter().find_map(|h| match h {
        Header::Authorization(value) => Credentials::parse(value.value()).ok(),
        _ => None,
    })
}

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
    let value = challenge.to_header_value();
    push_header(
        &mut response,
        Header::WwwAuthenticate(rsip::headers::WwwAuthenticate::new(value)),
    );
    response
}

fn forbidden(request: &Request, why: &str) -> Response {
    tracing::info!(uri = %request.uri, why, "REGISTER refused");
    reply(request, 403)
}
