//! REGISTER (RFC 3261 section 10.3) with MD5 digest: the AOR is
//! `sip:<username>@<customer_id>.registrar.voipbin.test`, the realm its domain.

use rsip::headers::UntypedHeader;
use rsip::prelude::*;
use rsip::{Header, Request, Response};

use super::auth::{authenticate, Authenticated};
use super::contact::{parse_contacts, ContactList};
use super::hub::{AorChange, Contact};
use super::responses::{push_header, reply};
use super::{sync_phone_registration, ConnId};
use crate::clock::now_ms;
use crate::state::AppState;

/// Shorter registrations are refused with 423 (RFC 3261 10.3 step 7).
pub const MIN_EXPIRES_SECS: u32 = 60;
/// Longer ones are shortened to this; also the default when the phone names none.
pub const MAX_EXPIRES_SECS: u32 = 3600;

pub fn register(state: &AppState, conn: ConnId, request: &Request) -> Response {
    let realm = state.sim().sip_realm();
    let domain = request.uri.host_with_port.host.to_string();
    if !domain.eq_ignore_ascii_case(&realm) {
        return forbidden(request, "domain not served here");
    }
    let account = match authenticate(state, conn, request) {
        Ok(account) => account,
        Err(response) => return response,
    };
    let now = now_ms();
    let aor = format!("sip:{}@{realm}", account.username);
    let to_matches = request
        .to_header()
        .and_then(|to| to.uri())
        .is_ok_and(|uri| {
            let user = uri.auth.map(|auth| auth.user).unwrap_or_default();
            user == account.username
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
    account: &Authenticated,
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

fn forbidden(request: &Request, why: &str) -> Response {
    tracing::info!(uri = %request.uri, why, "REGISTER refused");
    reply(request, 403)
}
