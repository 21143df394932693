//! Subscription topics `<scope>:<scope_id>:<resource>[:<event_type>]:<resource_id>` and the two
//! matching rules (documented wildcard vs deployed string prefix).

use core::fmt;
use core::str::FromStr;

use crate::event::EventType;
use crate::identity::is_uuid;
use crate::resource_kind::ResourceKind;

/// Longest topic accepted; real ones are under 120 bytes.
pub const MAX_TOPIC_BYTES: usize = 256;
/// scope, scope id, resource, event type, resource id.
const MAX_SEGMENTS: usize = 5;
/// Resource names that the docs use in topics but the deployed server does not know.
const DOCUMENTED_ONLY_RESOURCES: &[&str] = &["transcription", "conferencecall"];

/// Whose events a topic covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Scope {
    /// `customer_id`: every event of the customer (needs admin or manager permission).
    Customer,
    /// `agent_id`: events owned by one agent (only that agent may subscribe).
    Agent,
}

impl Scope {
    pub fn as_str(self) -> &'static str {
        match self {
            Scope::Customer => "customer_id",
            Scope::Agent => "agent_id",
        }
    }

    pub fn parse(s: &str) -> Option<Scope> {
        match s {
            "customer_id" => Some(Scope::Customer),
            "agent_id" => Some(Scope::Agent),
            _ => None,
        }
    }
}

impl fmt::Display for Scope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Which server behaviour to follow (see shared/PROTOCOL.md).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Dialect {
    /// What the public docs describe: 4-part topics, `*` wildcard, acks and errors.
    Documented,
    /// What the server source does: string-prefix matching, events published twice.
    #[default]
    Deployed,
}

impl Dialect {
    pub fn as_str(self) -> &'static str {
        match self {
            Dialect::Documented => "documented",
            Dialect::Deployed => "deployed",
        }
    }
}

impl fmt::Display for Dialect {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The error for an unknown dialect name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownDialect(pub String);

impl fmt::Display for UnknownDialect {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown dialect {:?} (expected documented or deployed)",
            self.0
        )
    }
}

impl std::error::Error for UnknownDialect {}

impl FromStr for Dialect {
    type Err = UnknownDialect;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "documented" => Ok(Dialect::Documented),
            "deployed" => Ok(Dialect::Deployed),
            _ => Err(UnknownDialect(s.to_owned())),
        }
    }
}

/// Why a topic string was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TopicError {
    Empty,
    UnknownScope(String),
    MissingScopeId,
    /// The scope id must be a UUID.
    InvalidScopeId(String),
    UnknownResource(String),
    /// Segment number (0-based) is empty, e.g. `customer_id::call`.
    EmptySegment(usize),
    InvalidEventType(String),
    /// Resource ids are UUIDs or `*`; other characters than letters, digits, `-`, `_`, `.` are refused.
    InvalidResourceId(String),
    TooLong,
    TooManySegments,
}

impl fmt::Display for TopicError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TopicError::Empty => f.write_str("empty topic"),
            TopicError::UnknownScope(s) => {
                write!(f, "unknown scope {s:?} (customer_id or agent_id)")
            }
            TopicError::MissingScopeId => f.write_str("missing scope id"),
            TopicError::InvalidScopeId(s) => write!(f, "scope id {s:?} is not a UUID"),
            TopicError::UnknownResource(s) => write!(f, "unknown resource {s:?}"),
            TopicError::EmptySegment(i) => write!(f, "segment {i} is empty"),
            TopicError::InvalidEventType(s) => write!(f, "invalid event type {s:?}"),
            TopicError::InvalidResourceId(s) => write!(f, "invalid resource id {s:?}"),
            TopicError::TooLong => write!(f, "topic longer than {MAX_TOPIC_BYTES} bytes"),
            TopicError::TooManySegments => write!(f, "more than {MAX_SEGMENTS} segments"),
        }
    }
}

impl std::error::Error for TopicError {}

/// A parsed topic. Shorter forms are deployed-style prefixes: `customer_id:<id>` and
/// `customer_id:<id>:call`. `resource: None` with further segments prints as `*` (documented
/// "all resources"). `resource_id: Some("*")` is the documented wildcard.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Topic {
    pub scope: Scope,
    pub scope_id: String,
    pub resource: Option<ResourceKind>,
    pub event_type: Option<String>,
    pub resource_id: Option<String>,
}

impl Topic {
    pub fn customer(customer_id: &str) -> Topic {
        Topic::new(Scope::Customer, customer_id)
    }

    pub fn agent(agent_id: &str) -> Topic {
        Topic::new(Scope::Agent, agent_id)
    }

    pub fn new(scope: Scope, scope_id: &str) -> Topic {
        Topic {
            scope,
            scope_id: scope_id.to_owned(),
            resource: None,
            event_type: None,
            resource_id: None,
        }
    }

    pub fn with_resource(mut self, kind: ResourceKind) -> Topic {
        self.resource = Some(kind);
        self
    }

    /// Documented wildcard: every resource of the kind.
    pub fn all(mut self) -> Topic {
        self.resource_id = Some("*".to_owned());
        self
    }

    pub fn with_id(mut self, id: &str) -> Topic {
        self.resource_id = Some(id.to_owned());
        self
    }

    /// Deployed 5-part form `…:<resource>:<event_type>:<id>`.
    pub fn with_event_type(mut self, event_type: &EventType) -> Topic {
        self.event_type = Some(event_type.as_str().to_owned());
        self
    }

    pub fn is_wildcard(&self) -> bool {
        self.resource.is_none() || self.resource_id.as_deref() == Some("*")
    }
}

impl fmt::Display for Topic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.scope, self.scope_id)?;
        let has_more = self.event_type.is_some() || self.resource_id.is_some();
        match &self.resource {
            Some(kind) => write!(f, ":{kind}")?,
            None if has_more => f.write_str(":*")?,
            None => {}
        }
        if let Some(event_type) = &self.event_type {
            write!(f, ":{event_type}")?;
        }
        if let Some(id) = &self.resource_id {
            write!(f, ":{id}")?;
        }
        Ok(())
    }
}

impl FromStr for Topic {
    type Err = TopicError;

    fn from_str(s: &str) -> Result<Topic, TopicError> {
        if s.is_empty() {
            return Err(TopicError::Empty);
        }
        if s.len() > MAX_TOPIC_BYTES {
            return Err(TopicError::TooLong);
        }
        let mut segments = [""; MAX_SEGMENTS];
        let mut count = 0;
        for segment in s.split(':') {
            let slot = segments.get_mut(count).ok_or(TopicError::TooManySegments)?;
            *slot = segment;
            count += 1;
        }
        let segments = segments.get(..count).unwrap_or(&[]);
        if let Some(empty) = segments.iter().position(|s| s.is_empty()) {
            return Err(TopicError::EmptySegment(empty));
        }
        let (scope, rest) = match segments {
            [scope, rest @ ..] => (*scope, rest),
            [] => return Err(TopicError::Empty),
        };
        let scope =
            Scope::parse(scope).ok_or_else(|| TopicError::UnknownScope(scope.to_owned()))?;
        let (scope_id, rest) = match rest {
            [id, rest @ ..] => (*id, rest),
            [] => return Err(TopicError::MissingScopeId),
        };
        if !is_uuid(scope_id) {
            return Err(TopicError::InvalidScopeId(scope_id.to_owned()));
        }
        let mut topic = Topic::new(scope, scope_id);
        let (resource, event_type, resource_id) = match rest {
            [] => return Ok(topic),
            [resource] => (*resource, None, None),
            [resource, id] => (*resource, None, Some(*id)),
            [resource, event_type, id] => (*resource, Some(*event_type), Some(*id)),
            _ => return Err(TopicError::TooManySegments),
        };
        topic.resource = parse_resource(resource, event_type.is_none() && resource_id.is_some())?;
        if let Some(event_type) = event_type {
            if !is_event_name(event_type) {
                return Err(TopicError::InvalidEventType(event_type.to_owned()));
            }
            topic.event_type = Some(event_type.to_owned());
        }
        if let Some(id) = resource_id {
            if !is_resource_id(id) {
                return Err(TopicError::InvalidResourceId(id.to_owned()));
            }
            topic.resource_id = Some(id.to_owned());
        }
        Ok(topic)
    }
}

/// `*` is a resource only in the documented 4-part form (`customer_id:<id>:*:*`).
fn parse_resource(s: &str, wildcard_allowed: bool) -> Result<Option<ResourceKind>, TopicError> {
    if s == "*" && wildcard_allowed {
        return Ok(None);
    }
    let kind = ResourceKind::parse(s);
    if kind.is_known() && kind.as_str() == s || DOCUMENTED_ONLY_RESOURCES.contains(&s) {
        Ok(Some(kind))
    } else {
        Err(TopicError::UnknownResource(s.to_owned()))
    }
}

fn is_event_name(s: &str) -> bool {
    s.bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

fn is_resource_id(s: &str) -> bool {
    s == "*"
        || s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
}

/// Does a subscription pattern receive an event published on `event_topic`?
///
/// Documented: the subscription must have 4 parts; scope and scope id match exactly, resource
/// matches exactly or is `*`, resource id matches exactly or is `*`. A deployed 5-part event
/// topic is compared by its last segment as the resource id.
///
/// Deployed: plain string prefix. There is no wildcard (a literal `*` matches nothing, since
/// published topics never contain one), and `…:queue` also matches `…:queuecall:…`. An empty
/// subscription matches nothing (the real server refuses it before matching).
pub fn topic_matches(dialect: Dialect, subscription: &str, event_topic: &str) -> bool {
    match dialect {
        Dialect::Deployed => !subscription.is_empty() && event_topic.starts_with(subscription),
        Dialect::Documented => documented_matches(subscription, event_topic),
    }
}

fn documented_matches(subscription: &str, event_topic: &str) -> bool {
    let mut sub = subscription.split(':');
    let (Some(s_scope), Some(s_id), Some(s_res), Some(s_rid), None) =
        (sub.next(), sub.next(), sub.next(), sub.next(), sub.next())
    else {
        return false;
    };
    let mut ev = event_topic.split(':');
    let (Some(e_scope), Some(e_id), Some(e_res)) = (ev.next(), ev.next(), ev.next()) else {
        return false;
    };
    let rest: Vec<&str> = ev.take(3).collect();
    let e_rid = match rest.as_slice() {
        [rid] | [_, rid] => *rid,
        _ => return false,
    };
    s_scope == e_scope
        && s_id == e_id
        && (s_res == "*" || s_res == e_res)
        && (s_rid == "*" || s_rid == e_rid)
}

/// The topics an event is published on. Documented: `<scope>:<id>:<resource>:<resource_id>`.
/// Deployed: that plus `<scope>:<id>:<resource>:<event_type>:<resource_id>`.
pub fn publish_topics(
    dialect: Dialect,
    scope: Scope,
    scope_id: &str,
    resource: &ResourceKind,
    event_type: &EventType,
    resource_id: &str,
) -> Vec<String> {
    let base = format!("{scope}:{scope_id}:{resource}");
    let plain = format!("{base}:{resource_id}");
    match dialect {
        Dialect::Documented => vec![plain],
        Dialect::Deployed => vec![plain, format!("{base}:{event_type}:{resource_id}")],
    }
}

/// The subscription for "all resources of kind K in this scope": documented `…:K:*`, deployed
/// the `…:K` prefix. Note that under Deployed `…:queue` also receives queuecall events.
pub fn subscription_for(
    dialect: Dialect,
    scope: Scope,
    scope_id: &str,
    kind: &ResourceKind,
) -> String {
    match dialect {
        Dialect::Documented => format!("{scope}:{scope_id}:{kind}:*"),
        Dialect::Deployed => format!("{scope}:{scope_id}:{kind}"),
    }
}
