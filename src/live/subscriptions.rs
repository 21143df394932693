//! Reference-counted topic needs: views declare what they watch; the socket subscribes to the
//! union, unsubscribes what no view needs any more, and resubscribes all of it after a reconnect.
//!
//! Needs are logical (scope, id, resource kind); the wire topic depends on the server's dialect:
//! `…:call:*` for the documented server, the `…:call` prefix for the deployed one.

use crate::msg;
use std::collections::{BTreeMap, BTreeSet};
use voipbin_protocol::{subscription_for, ClientMessage, Dialect, ErrorCode, ResourceKind, Scope};

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct TopicNeed {
    pub scope: ScopeKey,
    pub scope_id: String,
    pub kind: String,
}

/// `Scope` as an ordered key.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum ScopeKey {
    Customer,
    Agent,
}

impl TopicNeed {
    pub fn new(scope: ScopeKey, scope_id: &str, kind: ResourceKind) -> Self {
        TopicNeed {
            scope,
            scope_id: scope_id.to_string(),
            kind: kind.as_str().to_string(),
        }
    }

    pub fn wire(&self, dialect: Dialect) -> String {
        let scope = match self.scope {
            ScopeKey::Customer => Scope::Customer,
            ScopeKey::Agent => Scope::Agent,
        };
        subscription_for(
            dialect,
            scope,
            &self.scope_id,
            &ResourceKind::parse(&self.kind),
        )
    }
}

#[derive(Debug)]
pub struct Subscriptions {
    needs: BTreeMap<TopicNeed, u32>,
    dialect: Dialect,
    /// Wire topics the server was asked for on the current connection.
    sent: BTreeSet<String>,
    acked: BTreeSet<String>,
    /// Topics the server refused, with why; shown to the user.
    refused: BTreeMap<String, ErrorCode>,
    connected: bool,
}

impl Subscriptions {
    pub fn new(dialect: Dialect) -> Self {
        Subscriptions {
            needs: BTreeMap::new(),
            dialect,
            sent: BTreeSet::new(),
            acked: BTreeSet::new(),
            refused: BTreeMap::new(),
            connected: false,
        }
    }

    pub fn dialect(&self) -> Dialect {
        self.dialect
    }

    /// A view needs `need`; returns the message to send, if any.
    pub fn add(&mut self, need: TopicNeed) -> Option<ClientMessage> {
        let topic = need.wire(self.dialect);
        let count = self.needs.entry(need).or_insert(0);
        *count += 1;
        (*count == 1 && self.connected).then(|| self.subscribe(vec![topic]))
    }

    /// A view no longer needs `need`.
    pub fn remove(&mut self, need: &TopicNeed) -> Option<ClientMessage> {
        let count = self.needs.get_mut(need)?;
        *count = count.saturating_sub(1);
        if *count > 0 {
            return None;
        }
        self.needs.remove(need);
        let topic = need.wire(self.dialect);
        self.refused.remove(&topic);
        self.acked.remove(&topic);
        (self.connected && self.sent.remove(&topic)).then(|| ClientMessage::Unsubscribe {
            topics: vec![topic],
        })
    }

    /// A new connection: the server remembers nothing, so everything is asked for again.
    pub fn on_connected(&mut self) -> Option<ClientMessage> {
        self.connected = true;
        self.sent.clear();
        self.acked.clear();
        self.refused.clear();
        let all: Vec<String> = self.needs.keys().map(|n| n.wire(self.dialect)).collect();
        (!all.is_empty()).then(|| self.subscribe(all))
    }

    /// The server turned out to speak another dialect: drop the old wire topics, ask again.
    pub fn switch_dialect(&mut self, dialect: Dialect) -> Vec<ClientMessage> {
        if dialect == self.dialect {
            return Vec::new();
        }
        let old: Vec<String> = std::mem::take(&mut self.sent).into_iter().collect();
        self.dialect = dialect;
        let mut messages = Vec::new();
        if self.connected && !old.is_empty() {
            messages.push(ClientMessage::Unsubscribe { topics: old });
        }
        if self.connected {
            messages.extend(self.on_connected());
        }
        messages
    }

    pub fn on_disconnected(&mut self) {
        self.connected = false;
        self.sent.clear();
        self.acked.clear();
    }

    pub fn on_ack(&mut self, topics: &[String]) {
        for topic in topics {
            if self.sent.contains(topic) {
                self.acked.insert(topic.clone());
            }
        }
    }

    pub fn on_error(&mut self, topics: &[String], code: &ErrorCode) {
        for topic in topics {
            self.sent.remove(topic);
            self.refused.insert(topic.clone(), code.clone());
        }
    }

    pub fn refused(&self) -> &BTreeMap<String, ErrorCode> {
        &self.refused
    }

    pub fn sent_count(&self) -> usize {
        self.sent.len()
    }

    pub fn acked_count(&self) -> usize {
        self.acked.len()
    }

    /// One topic that is subscribed now: re-sending it is a harmless liveness probe (the
    /// documented server acks it).
    pub fn probe(&self) -> Option<ClientMessage> {
        let topic = self.sent.iter().next()?;
        Some(ClientMessage::Subscribe {
            topics: vec![topic.clone()],
        })
    }

    fn subscribe(&mut self, topics: Vec<String>) -> ClientMessage {
        self.sent.extend(topics.iter().cloned());
        ClientMessage::Subscribe { topics }
    }
}

/// What an error reply means for the user (a message id): the desk shows this beside the
/// server's own words.
pub fn explain(code: &ErrorCode) -> crate::i18n::Msg {
    match code {
        ErrorCode::PermissionDenied => msg!("shell-refused-permission"),
        ErrorCode::InvalidTopic => msg!("shell-refused-topic"),
        ErrorCode::InvalidMessage => msg!("shell-refused-message"),
        ErrorCode::RateLimited => msg!("shell-refused-rate"),
        ErrorCode::Other(_) => msg!("shell-refused-other"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CUSTOMER: &str = "5e4a0680-804e-11ec-8477-2fea5968d85b";

    fn need(kind: ResourceKind) -> TopicNeed {
        TopicNeed::new(ScopeKey::Customer, CUSTOMER, kind)
    }

    fn parts(m: Option<ClientMessage>) -> Option<(bool, Vec<String>)> {
        m.map(|m| match m {
            ClientMessage::Subscribe { topics } => (true, topics),
            ClientMessage::Unsubscribe { topics } => (false, topics),
        })
    }

    fn call_topic() -> String {
        format!("customer_id:{CUSTOMER}:call:*")
    }

    #[test]
    fn every_error_code_has_a_plain_explanation() {
        for code in [
            "PERMISSION_DENIED",
            "INVALID_TOPIC",
            "INVALID_MESSAGE",
            "RATE_LIMITED",
            "NEW",
        ] {
            let text = crate::i18n::t(explain(&ErrorCode::parse(code)));
            assert!(text.ends_with('.') && !text.contains('_'), "{code}: {text}");
        }
    }

    #[test]
    fn counts_references_and_sends_only_on_edges() {
        let mut s = Subscriptions::new(Dialect::Documented);
        assert_eq!(s.on_connected(), None);
        assert_eq!(
            parts(s.add(need(ResourceKind::Call))),
            Some((true, vec![call_topic()]))
        );
        assert_eq!(
            s.add(need(ResourceKind::Call)),
            None,
            "second view on the same topic"
        );
        assert_eq!(
            s.remove(&need(ResourceKind::Call)),
            None,
            "one view still needs it"
        );
        assert_eq!(
            parts(s.remove(&need(ResourceKind::Call))),
            Some((false, vec![call_topic()]))
        );
        assert_eq!(
            s.remove(&need(ResourceKind::Call)),
            None,
            "unbalanced remove is harmless"
        );
    }

    #[test]
    fn resubscribes_everything_after_reconnect() {
        let mut s = Subscriptions::new(Dialect::Documented);
        s.add(need(ResourceKind::Call));
        s.add(need(ResourceKind::Queue));
        s.add(need(ResourceKind::Queue));
        let (_, first) = parts(s.on_connected()).unwrap_or_default();
        assert_eq!(first.len(), 2);
        s.on_disconnected();
        assert_eq!(
            s.add(need(ResourceKind::Agent)),
            None,
            "offline: sent on connect instead"
        );
        let (_, second) = parts(s.on_connected()).unwrap_or_default();
        assert_eq!(second.len(), 3);
    }

    #[test]
    fn switching_to_the_deployed_dialect_resubscribes_by_prefix() {
        let mut s = Subscriptions::new(Dialect::Documented);
        s.add(need(ResourceKind::Call));
        s.on_connected();
        let messages: Vec<_> = s
            .switch_dialect(Dialect::Deployed)
            .into_iter()
            .map(Some)
            .map(parts)
            .collect();
        assert_eq!(
            messages,
            vec![
                Some((false, vec![call_topic()])),
                Some((true, vec![format!("customer_id:{CUSTOMER}:call")])),
            ]
        );
    }

    #[test]
    fn remembers_refusals_until_the_next_connection() {
        let mut s = Subscriptions::new(Dialect::Documented);
        s.on_connected();
        s.add(need(ResourceKind::Call));
        s.on_error(&[call_topic()], &ErrorCode::PermissionDenied);
        assert_eq!(s.refused().len(), 1);
        assert_eq!(s.probe(), None, "a refused topic is no probe");
        s.on_disconnected();
        s.on_connected();
        assert!(s.refused().is_empty());
    }
}
