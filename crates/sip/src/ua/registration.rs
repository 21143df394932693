//! REGISTER (RFC 3261 10.2) with digest authentication: one Call-ID for the UA's life and an
//! increasing CSeq, a cached challenge reused with an increasing nonce count (RFC 2617 3.2.2),
//! a stale nonce answered again without counting as a wrong password, 423 answered with
//! Min-Expires, and a refresh before the granted time runs out.

use super::local::Me;
use super::transactions::{Purpose, Transactions};
use super::types::{Output, PhoneEvent, RegistrationFailure, RegistrationState};
use crate::build::NewRequest;
use crate::digest::{Challenge, Credentials};
use crate::message::{Request, Response};
use crate::method::Method;
use crate::name_addr::NameAddr;
use crate::uri::Uri;

/// Retries of one REGISTER attempt for stale nonces and 423 before giving up.
const MAX_RETRIES: u8 = 4;
/// Registration is tried again this long after a timeout or a 5xx.
pub const RETRY_AFTER_MS: u64 = 30_000;
/// A Min-Expires above this (a day) is not followed.
const MAX_EXPIRES_S: u32 = 86_400;

#[derive(Debug, Clone)]
pub struct Registration {
    state: RegistrationState,
    call_id: String,
    from_tag: String,
    cseq: u32,
    /// What the next REGISTER asks for (raised by a 423).
    expires_s: u32,
    /// The last challenge and whether it came in a 407; reused until the server sends another.
    challenge: Option<(Challenge, bool)>,
    nonce_count: u32,
    /// Challenges answered in this attempt (a second non-stale one means a wrong password).
    answered: u8,
    retries: u8,
    /// The REGISTER in flight asks for Expires 0.
    removing: bool,
    /// When to refresh (or retry after a failure).
    next_at_ms: Option<u64>,
}

impl Registration {
    pub fn new(me: &mut Me) -> Registration {
        Registration {
            state: RegistrationState::Unregistered,
            call_id: me.ids.call_id(),
            from_tag: me.ids.tag(),
            cseq: 0,
            expires_s: me.settings.register_expires_s,
            challenge: None,
            nonce_count: 0,
            answered: 0,
            retries: 0,
            removing: false,
            next_at_ms: None,
        }
    }

    pub fn state(&self) -> &RegistrationState {
        &self.state
    }

    pub fn next_deadline_ms(&self) -> Option<u64> {
        self.next_at_ms
    }

    fn set_state(&mut self, state: RegistrationState, out: &mut Vec<Output>) {
        if self.state != state {
            self.state = state.clone();
            out.push(Output::Event(PhoneEvent::Registration(state)));
        }
    }

    /// A new attempt: on connecting, at refresh time, or to remove the contact.
    pub fn begin(
        &mut self,
        me: &mut Me,
        txs: &mut Transactions,
        remove: bool,
        now_ms: u64,
        out: &mut Vec<Output>,
    ) {
        self.answered = 0;
        self.retries = 0;
        self.removing = remove;
        self.next_at_ms = None;
        if !remove && !matches!(self.state, RegistrationState::Registered { .. }) {
            self.set_state(RegistrationState::Registering, out);
        }
        self.send(me, txs, now_ms, out);
    }

    pub fn on_tick(
        &mut self,
        me: &mut Me,
        txs: &mut Transactions,
        now_ms: u64,
        out: &mut Vec<Output>,
    ) {
        if self.next_at_ms.is_some_and(|at| at <= now_ms) {
            self.begin(me, txs, false, now_ms, out);
        }
    }

    pub fn disconnected(&mut self, out: &mut Vec<Output>) {
        self.next_at_ms = None;
        self.removing = false;
        if matches!(
            self.state,
            RegistrationState::Registering | RegistrationState::Registered { .. }
        ) {
            self.set_state(RegistrationState::Unregistered, out);
        }
    }

    fn send(&mut self, me: &mut Me, txs: &mut Transactions, now_ms: u64, out: &mut Vec<Output>) {
        self.cseq = self.cseq.wrapping_add(1).max(1);
        let domain = Uri::sip(None, &me.settings.account.domain);
        let mut request = Request::new(NewRequest {
            method: Method::Register,
            uri: domain.clone(),
            from: me.from(&self.from_tag),
            to: NameAddr::new(me.aor()),
            call_id: self.call_id.clone(),
            cseq: self.cseq,
            via: me.via(),
        });
        me.finish(&mut request, true);
        let expires = if self.removing { 0 } else { self.expires_s };
        request.headers.push("Expires", expires.to_string());
        if let Some((challenge, proxy)) = &self.challenge {
            self.nonce_count = self.nonce_count.wrapping_add(1);
            let account = &me.settings.account;
            let cnonce = me.ids.tag();
            let credentials = Credentials::answer(
                challenge,
                "REGISTER",
                &domain.to_string(),
                &account.username,
                &account.password,
                &cnonce,
                self.nonce_count,
            );
            let name = if *proxy {
                "Proxy-Authorization"
            } else {
                "Authorization"
            };
            request.headers.push(name, credentials.to_header_value());
        }
        txs.forget(&Purpose::Register);
        txs.start(request, Purpose::Register, now_ms, out);
    }

    pub fn on_response(
        &mut self,
        me: &mut Me,
        txs: &mut Transactions,
        response: &Response,
        now_ms: u64,
        out: &mut Vec<Output>,
    ) {
        match response.status {
            100..=199 => {}
            200..=299 => self.registered(me, response, now_ms, out),
            401 | 407 => self.challenged(me, txs, response, now_ms, out),
            423 => {
                let minimum = response
                    .headers
                    .get("Min-Expires")
                    .and_then(|v| v.trim().parse::<u32>().ok());
                match minimum.filter(|m| *m > self.expires_s && *m <= MAX_EXPIRES_S) {
                    Some(minimum) if self.retries < MAX_RETRIES && !self.removing => {
                        self.retries += 1;
                        self.expires_s = minimum;
                        self.send(me, txs, now_ms, out);
                    }
                    _ => self.failed(rejected(response), now_ms, out),
                }
            }
            403 => self.failed(RegistrationFailure::Forbidden, now_ms, out),
            _ => self.failed(rejected(response), now_ms, out),
        }
    }

    pub fn on_timeout(&mut self, now_ms: u64, out: &mut Vec<Output>) {
        self.failed(RegistrationFailure::Timeout, now_ms, out);
    }

    fn registered(&mut self, me: &Me, response: &Response, now_ms: u64, out: &mut Vec<Output>) {
        let ours = response
            .headers
            .contacts()
            .into_iter()
            .find(|c| me.is_our_contact(&c.uri))
            .and_then(|c| c.expires());
        let granted = ours
            .or(response.headers.expires())
            .unwrap_or(self.expires_s);
        if self.removing || granted == 0 {
            self.removing = false;
            self.set_state(RegistrationState::Unregistered, out);
            return;
        }
        self.next_at_ms = Some(now_ms.saturating_add(refresh_delay_ms(granted)));
        self.set_state(RegistrationState::Registered { expires_s: granted }, out);
    }

    fn challenged(
        &mut self,
        me: &mut Me,
        txs: &mut Transactions,
        response: &Response,
        now_ms: u64,
        out: &mut Vec<Output>,
    ) {
        let proxy = response.status == 407;
        let challenges = if proxy {
            response.headers.proxy_authenticate()
        } else {
            response.headers.www_authenticate()
        };
        let Some(challenge) = challenges.into_iter().next() else {
            return self.failed(rejected(response), now_ms, out);
        };
        if challenge.stale {
            if self.retries >= MAX_RETRIES {
                return self.failed(rejected(response), now_ms, out);
            }
            self.retries += 1;
        } else if self.answered > 0 {
            self.challenge = None;
            return self.failed(RegistrationFailure::WrongPassword, now_ms, out);
        } else {
            self.answered += 1;
        }
        self.challenge = Some((challenge, proxy));
        self.nonce_count = 0;
        self.send(me, txs, now_ms, out);
    }

    /// The attempt failed. A removal just ends; timeouts and server errors are retried later.
    fn failed(&mut self, failure: RegistrationFailure, now_ms: u64, out: &mut Vec<Output>) {
        if std::mem::take(&mut self.removing) {
            self.set_state(RegistrationState::Unregistered, out);
            return;
        }
        let transient = match &failure {
            RegistrationFailure::Timeout => true,
            RegistrationFailure::Rejected { status, .. } => *status == 408 || *status >= 500,
            _ => false,
        };
        self.next_at_ms = transient.then(|| now_ms.saturating_add(RETRY_AFTER_MS));
        self.set_state(RegistrationState::Failed(failure), out);
    }
}

fn rejected(response: &Response) -> RegistrationFailure {
    RegistrationFailure::Rejected {
        status: response.status,
        reason: response.reason.clone(),
    }
}

/// Refresh at half the granted time, and at least 5 s before it runs out (never sooner than
/// 1 s).
pub fn refresh_delay_ms(granted_s: u32) -> u64 {
    let seconds = (granted_s / 2).min(granted_s.saturating_sub(5)).max(1);
    u64::from(seconds) * 1000
}
