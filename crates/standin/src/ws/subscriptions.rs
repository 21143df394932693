//! A connection's subscriptions and the per-delivery match keys, built so that matching one
//! event against one connection allocates nothing.

use std::collections::HashSet;

use voipbin_protocol::Dialect;

/// Most topics one connection may hold (beyond it: RATE_LIMITED, or ignored in deployed).
pub const MAX_TOPICS_PER_CONNECTION: usize = 500;

/// What a subscription is compared with, computed once per published topic and shared by
/// every connection.
#[derive(Clone, Debug)]
pub enum MatchKey {
    /// Deployed: a subscription matches when it is a string prefix of the topic.
    Prefix(Box<str>),
    /// Documented: the only four subscriptions that can match
    /// `scope:id:res:rid`: itself, `…:res:*`, `…:*:rid` and `…:*:*`.
    Patterns([Box<str>; 4]),
}

impl MatchKey {
    /// `topic` is the published topic (`scope:scope_id:resource[:event_type]:resource_id`).
    pub fn for_topic(dialect: Dialect, topic: &str) -> MatchKey {
        match dialect {
            Dialect::Deployed => MatchKey::Prefix(topic.into()),
            Dialect::Documented => MatchKey::Patterns(documented_patterns(topic)),
        }
    }
}

fn documented_patterns(topic: &str) -> [Box<str>; 4] {
    let mut parts = topic.splitn(3, ':');
    let (scope, scope_id, rest) = (
        parts.next().unwrap_or_default(),
        parts.next().unwrap_or_default(),
        parts.next().unwrap_or_default(),
    );
    // The resource is the first remaining segment, the resource id the last one.
    let resource = rest.split(':').next().unwrap_or_default();
    let resource_id = rest.rsplit(':').next().unwrap_or_default();
    [
        format!("{scope}:{scope_id}:{resource}:{resource_id}").into(),
        format!("{scope}:{scope_id}:{resource}:*").into(),
        format!("{scope}:{scope_id}:*:{resource_id}").into(),
        format!("{scope}:{scope_id}:*:*").into(),
    ]
}

#[derive(Default, Debug)]
pub struct SubscriptionSet {
    /// In subscription order, for prefix scans and for listing.
    ordered: Vec<Box<str>>,
    /// The same topics, for exact lookups.
    exact: HashSet<Box<str>>,
}

impl SubscriptionSet {
    pub fn len(&self) -> usize {
        self.ordered.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ordered.is_empty()
    }

    pub fn contains(&self, topic: &str) -> bool {
        self.exact.contains(topic)
    }

    /// Adds a topic; false if it was already there.
    pub fn insert(&mut self, topic: &str) -> bool {
        if self.exact.contains(topic) {
            return false;
        }
        self.exact.insert(topic.into());
        self.ordered.push(topic.into());
        true
    }

    /// Removes a topic; false if it was not there.
    pub fn remove(&mut self, topic: &str) -> bool {
        if !self.exact.remove(topic) {
            return false;
        }
        self.ordered.retain(|t| &**t != topic);
        true
    }

    pub fn clear(&mut self) {
        self.ordered.clear();
        self.exact.clear();
    }

    pub fn topics(&self) -> impl Iterator<Item = &str> {
        self.ordered.iter().map(|t| &**t)
    }

    pub fn matches(&self, key: &MatchKey) -> bool {
        match key {
            // An empty subscription never matches (the real server refuses it earlier).
            MatchKey::Prefix(topic) => self
                .ordered
                .iter()
                .any(|s| !s.is_empty() && topic.starts_with(&**s)),
            MatchKey::Patterns(patterns) => patterns.iter().any(|p| self.exact.contains(p)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use voipbin_protocol::topic_matches;

    const C: &str = "11111111-1111-4111-8111-111111111111";
    const X: &str = "22222222-2222-4222-8222-222222222222";

    fn set(topics: &[&str]) -> SubscriptionSet {
        let mut s = SubscriptionSet::default();
        for t in topics {
            s.insert(t);
        }
        s
    }

    #[test]
    fn documented_wildcards() {
        let topic = format!("customer_id:{C}:call:{X}");
        let key = MatchKey::for_topic(Dialect::Documented, &topic);
        for sub in [
            format!("customer_id:{C}:call:*"),
            format!("customer_id:{C}:call:{X}"),
            format!("customer_id:{C}:*:*"),
            format!("customer_id:{C}:*:{X}"),
        ] {
            assert!(set(&[&sub]).matches(&key), "{sub}");
            assert!(topic_matches(Dialect::Documented, &sub, &topic), "{sub}");
        }
        for sub in [
            format!("customer_id:{C}:queue:*"),
            format!("customer_id:{C}:call"),
            format!("agent_id:{C}:call:*"),
            format!("customer_id:{X}:call:*"),
        ] {
            assert!(!set(&[&sub]).matches(&key), "{sub}");
            assert!(!topic_matches(Dialect::Documented, &sub, &topic), "{sub}");
        }
    }

    #[test]
    fn deployed_prefixes() {
        let topic = format!("customer_id:{C}:queuecall:queuecall_waiting:{X}");
        let key = MatchKey::for_topic(Dialect::Deployed, &topic);
        assert!(set(&[&format!("customer_id:{C}:queue")]).matches(&key));
        assert!(set(&[&format!("customer_id:{C}")]).matches(&key));
        assert!(!set(&[&format!("customer_id:{C}:queuecall:*")]).matches(&key));
        assert!(!set(&[""]).matches(&key));
        assert!(!SubscriptionSet::default().matches(&key));
    }

    #[test]
    fn insert_remove() {
        let mut s = set(&["a", "b", "a"]);
        assert_eq!(s.len(), 2);
        assert!(s.remove("a"));
        assert!(!s.remove("a"));
        assert_eq!(s.topics().collect::<Vec<_>>(), ["b"]);
    }
}
