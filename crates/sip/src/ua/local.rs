//! Who this UA is in the messages it writes: its account, its random `.invalid` Via host and
//! Contact (RFC 7118 5: a browser has no reachable address), and the headers every request
//! carries.

use super::ids::Ids;
use super::types::UaSettings;
use crate::dialog::LocalEndpoint;
use crate::message::Request;
use crate::name_addr::NameAddr;
use crate::uri::Uri;
use crate::via::Via;

/// Methods this UA answers (the Allow header).
pub const ALLOW: &str = "INVITE, ACK, CANCEL, BYE, OPTIONS, INFO";

#[derive(Debug, Clone)]
pub struct Me {
    pub settings: UaSettings,
    pub endpoint: LocalEndpoint,
    pub ids: Ids,
}

impl Me {
    pub fn new(settings: UaSettings, seed: u64) -> Me {
        let mut ids = Ids::new(seed);
        let host = format!("{}.invalid", ids.token(12));
        let mut contact = Uri::sip(Some(&ids.token(8)), &host);
        contact.params.set("transport", Some("ws"));
        let transport = if settings.secure { "WSS" } else { "WS" };
        Me {
            settings,
            endpoint: LocalEndpoint {
                transport: transport.to_string(),
                sent_by: host,
                contact,
            },
            ids,
        }
    }

    /// `sip:<username>@<domain>`.
    pub fn aor(&self) -> Uri {
        let account = &self.settings.account;
        Uri::sip(Some(&account.username), &account.domain)
    }

    /// Our From: the AOR with the display name and `tag`.
    pub fn from(&self, tag: &str) -> NameAddr {
        let mut from = NameAddr::new(self.aor());
        from.display = self
            .settings
            .account
            .display_name
            .clone()
            .filter(|name| !name.is_empty());
        from.set_tag(tag);
        from
    }

    /// A top Via with a fresh branch.
    pub fn via(&mut self) -> Via {
        let branch = self.ids.branch();
        Via::new(&self.endpoint.transport, &self.endpoint.sent_by, &branch)
    }

    pub fn contact(&self) -> String {
        NameAddr::new(self.endpoint.contact.clone()).to_string()
    }

    /// Whether `uri` is our Contact (as a registrar lists it back).
    pub fn is_our_contact(&self, uri: &Uri) -> bool {
        let ours = &self.endpoint.contact;
        uri.user == ours.user && uri.host.eq_ignore_ascii_case(&ours.host)
    }

    /// User-Agent and Allow, on every request and on our answers to INVITE.
    pub fn decorate(&self, headers: &mut crate::header::Headers) {
        if !self.settings.user_agent.is_empty() {
            headers.push("User-Agent", self.settings.user_agent.clone());
        }
        headers.push("Allow", ALLOW);
    }

    /// Adds the headers of a request we start (after the RFC 3261 8.1.1 ones).
    pub fn finish(&self, request: &mut Request, with_contact: bool) {
        if with_contact {
            request.headers.push("Contact", self.contact());
        }
        self.decorate(&mut request.headers);
    }
}
