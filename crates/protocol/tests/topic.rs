//! Topic parsing, printing and both matching rules.

use voipbin_protocol::{
    is_uuid, publish_topics, subscription_for, topic_matches, Dialect, EventType, ResourceKind,
    Scope, Topic, TopicError,
};

const CUSTOMER: &str = "12345678-1234-1234-1234-123456789012";
const AGENT: &str = "98765432-4321-4321-4321-210987654321";
const CALL: &str = "a1b2c3d4-e5f6-7890-abcd-ef1234567890";

#[test]
fn parse_print_round_trip() {
    let topics = [
        format!("customer_id:{CUSTOMER}"),
        format!("customer_id:{CUSTOMER}:call"),
        format!("customer_id:{CUSTOMER}:call:*"),
        format!("customer_id:{CUSTOMER}:call:{CALL}"),
        format!("customer_id:{CUSTOMER}:call:call_hangup:{CALL}"),
        format!("customer_id:{CUSTOMER}:*:*"),
        format!("customer_id:{CUSTOMER}:conversation_message:*"),
        format!("customer_id:{CUSTOMER}:transcription:*"),
        format!("agent_id:{AGENT}:queue:*"),
        format!("agent_id:{AGENT}:agent:{AGENT}"),
    ];
    for text in topics {
        let topic: Topic = text.parse().unwrap_or_else(|e| panic!("{text}: {e}"));
        assert_eq!(topic.to_string(), text);
    }
}

#[test]
fn parsed_fields() {
    let t: Topic = format!("agent_id:{AGENT}:queuecall:queuecall_waiting:{CALL}")
        .parse()
        .unwrap();
    assert_eq!(t.scope, Scope::Agent);
    assert_eq!(t.scope_id, AGENT);
    assert_eq!(t.resource, Some(ResourceKind::Queuecall));
    assert_eq!(t.event_type.as_deref(), Some("queuecall_waiting"));
    assert_eq!(t.resource_id.as_deref(), Some(CALL));
    assert!(!t.is_wildcard());
    let all: Topic = format!("customer_id:{CUSTOMER}:*:*").parse().unwrap();
    assert_eq!(
        (all.resource.as_ref(), all.resource_id.as_deref()),
        (None, Some("*"))
    );
    assert!(all.is_wildcard());
}

#[test]
fn builders() {
    let t = Topic::customer(CUSTOMER)
        .with_resource(ResourceKind::Call)
        .all();
    assert_eq!(t.to_string(), format!("customer_id:{CUSTOMER}:call:*"));
    let t = Topic::agent(AGENT)
        .with_resource(ResourceKind::Agent)
        .with_id(AGENT);
    assert_eq!(t.to_string(), format!("agent_id:{AGENT}:agent:{AGENT}"));
    let t = Topic::customer(CUSTOMER)
        .with_resource(ResourceKind::Call)
        .with_event_type(&EventType::CallHangup)
        .with_id(CALL);
    assert_eq!(
        t.to_string(),
        format!("customer_id:{CUSTOMER}:call:call_hangup:{CALL}")
    );
    assert_eq!(t.to_string().parse::<Topic>(), Ok(t));
    assert_eq!(
        Topic::customer(CUSTOMER).to_string(),
        format!("customer_id:{CUSTOMER}")
    );
}

#[test]
fn every_topic_error() {
    let long = format!("customer_id:{CUSTOMER}:call:{}", "a".repeat(300));
    let cases: Vec<(String, TopicError)> = vec![
        (String::new(), TopicError::Empty),
        (
            "user_id:x".into(),
            TopicError::UnknownScope("user_id".into()),
        ),
        ("customer_id".into(), TopicError::MissingScopeId),
        (
            "customer_id:abc123:call:*".into(),
            TopicError::InvalidScopeId("abc123".into()),
        ),
        (
            format!("customer_id:{CUSTOMER}:zebra:*"),
            TopicError::UnknownResource("zebra".into()),
        ),
        (
            format!("customer_id:{CUSTOMER}:CALL:*"),
            TopicError::UnknownResource("CALL".into()),
        ),
        (
            format!("customer_id:{CUSTOMER}:*"),
            TopicError::UnknownResource("*".into()),
        ),
        (
            "customer_id::call:*".to_owned(),
            TopicError::EmptySegment(1),
        ),
        (
            format!("customer_id:{CUSTOMER}:call:"),
            TopicError::EmptySegment(3),
        ),
        (
            format!("customer_id:{CUSTOMER}:call:Call-Hangup:{CALL}"),
            TopicError::InvalidEventType("Call-Hangup".into()),
        ),
        (
            format!("customer_id:{CUSTOMER}:call:a b"),
            TopicError::InvalidResourceId("a b".into()),
        ),
        (
            format!("customer_id:{CUSTOMER}:call:x*"),
            TopicError::InvalidResourceId("x*".into()),
        ),
        (long, TopicError::TooLong),
        (
            format!("customer_id:{CUSTOMER}:call:call_hangup:{CALL}:extra"),
            TopicError::TooManySegments,
        ),
    ];
    for (text, want) in cases {
        assert_eq!(text.parse::<Topic>(), Err(want.clone()), "{text}");
        assert!(!want.to_string().is_empty());
    }
    // The seed's stripped placeholders (`customer_id::call:*`) are refused, not misread.
    assert!("customer_id::transcribe:*".parse::<Topic>().is_err());
}

#[test]
fn documented_matching() {
    let d = Dialect::Documented;
    let event = format!("customer_id:{CUSTOMER}:call:{CALL}");
    assert!(topic_matches(d, &event, &event));
    assert!(topic_matches(
        d,
        &format!("customer_id:{CUSTOMER}:call:*"),
        &event
    ));
    assert!(topic_matches(
        d,
        &format!("customer_id:{CUSTOMER}:*:*"),
        &event
    ));
    assert!(!topic_matches(
        d,
        &format!("customer_id:{CUSTOMER}:call:other"),
        &event
    ));
    assert!(!topic_matches(
        d,
        &format!("customer_id:{CUSTOMER}:queue:*"),
        &event
    ));
    assert!(!topic_matches(
        d,
        &format!("agent_id:{CUSTOMER}:call:*"),
        &event
    ));
    assert!(!topic_matches(
        d,
        &format!("customer_id:{AGENT}:call:*"),
        &event
    ));
    // A prefix is not a documented subscription.
    assert!(!topic_matches(
        d,
        &format!("customer_id:{CUSTOMER}:call"),
        &event
    ));
    assert!(!topic_matches(
        d,
        &format!("customer_id:{CUSTOMER}"),
        &event
    ));
    // `queue:*` does not see queuecalls in the documented dialect.
    let qc = format!("customer_id:{CUSTOMER}:queuecall:{CALL}");
    assert!(!topic_matches(
        d,
        &format!("customer_id:{CUSTOMER}:queue:*"),
        &qc
    ));
    // A deployed 5-part event topic is matched by its last segment.
    let five = format!("customer_id:{CUSTOMER}:call:call_hangup:{CALL}");
    assert!(topic_matches(
        d,
        &format!("customer_id:{CUSTOMER}:call:{CALL}"),
        &five
    ));
    assert!(topic_matches(
        d,
        &format!("customer_id:{CUSTOMER}:call:*"),
        &five
    ));
    assert!(!topic_matches(d, "", &event));
    assert!(!topic_matches(d, "a:b:c:d", "a:b:c"));
}

#[test]
fn deployed_matching_is_a_plain_prefix() {
    let d = Dialect::Deployed;
    let event = format!("customer_id:{CUSTOMER}:call:{CALL}");
    assert!(topic_matches(d, &format!("customer_id:{CUSTOMER}"), &event));
    assert!(topic_matches(
        d,
        &format!("customer_id:{CUSTOMER}:call"),
        &event
    ));
    assert!(topic_matches(d, &event, &event));
    // No wildcard: a literal `*` matches nothing.
    assert!(!topic_matches(
        d,
        &format!("customer_id:{CUSTOMER}:call:*"),
        &event
    ));
    assert!(!topic_matches(
        d,
        &format!("customer_id:{CUSTOMER}:*:*"),
        &event
    ));
    // The gotcha: `…:queue` also matches `…:queuecall:…` (and conversation vs conversation_message).
    let qc = format!("customer_id:{CUSTOMER}:queuecall:queuecall_waiting:{CALL}");
    assert!(topic_matches(
        d,
        &format!("customer_id:{CUSTOMER}:queue"),
        &qc
    ));
    let cm = format!("customer_id:{CUSTOMER}:conversation_message:{CALL}");
    assert!(topic_matches(
        d,
        &format!("customer_id:{CUSTOMER}:conversation"),
        &cm
    ));
    assert!(!topic_matches(d, "", &event));
    assert!(!topic_matches(
        d,
        &format!("customer_id:{CUSTOMER}:call"),
        &format!("customer_id:{AGENT}:call:{CALL}")
    ));
}

#[test]
fn publishing_and_subscribing_fit_together() {
    for kind in [
        ResourceKind::Call,
        ResourceKind::Queue,
        ResourceKind::Queuecall,
        ResourceKind::Transcript,
    ] {
        let event = EventType::parse(&format!("{kind}_created"));
        let documented = publish_topics(
            Dialect::Documented,
            Scope::Customer,
            CUSTOMER,
            &kind,
            &event,
            CALL,
        );
        assert_eq!(
            documented,
            vec![format!("customer_id:{CUSTOMER}:{kind}:{CALL}")]
        );
        let deployed = publish_topics(
            Dialect::Deployed,
            Scope::Customer,
            CUSTOMER,
            &kind,
            &event,
            CALL,
        );
        assert_eq!(
            deployed,
            vec![
                format!("customer_id:{CUSTOMER}:{kind}:{CALL}"),
                format!("customer_id:{CUSTOMER}:{kind}:{event}:{CALL}"),
            ]
        );
        for dialect in [Dialect::Documented, Dialect::Deployed] {
            let sub = subscription_for(dialect, Scope::Customer, CUSTOMER, &kind);
            let published = publish_topics(dialect, Scope::Customer, CUSTOMER, &kind, &event, CALL);
            let copies = published
                .iter()
                .filter(|t| topic_matches(dialect, &sub, t))
                .count();
            // The deployed server delivers every event twice to a broad subscription.
            let want = if dialect == Dialect::Deployed { 2 } else { 1 };
            assert_eq!(copies, want, "{dialect} {kind}");
            assert!(sub.parse::<Topic>().is_ok(), "{sub}");
        }
    }
    assert_eq!(
        subscription_for(
            Dialect::Documented,
            Scope::Agent,
            AGENT,
            &ResourceKind::Call
        ),
        format!("agent_id:{AGENT}:call:*")
    );
    assert_eq!(
        subscription_for(Dialect::Deployed, Scope::Agent, AGENT, &ResourceKind::Call),
        format!("agent_id:{AGENT}:call")
    );
}

#[test]
fn dialect_names() {
    assert_eq!("documented".parse::<Dialect>(), Ok(Dialect::Documented));
    assert_eq!("Deployed".parse::<Dialect>(), Ok(Dialect::Deployed));
    assert!("both".parse::<Dialect>().is_err());
    assert_eq!(Dialect::Deployed.to_string(), "deployed");
}

#[test]
fn uuid_check() {
    assert!(is_uuid(CUSTOMER));
    assert!(is_uuid("A1B2C3D4-E5F6-7890-ABCD-EF1234567890"));
    for bad in [
        "",
        "abc123",
        "12345678-1234-1234-1234-12345678901",
        "12345678-1234-1234-1234-1234567890123",
        "12345678_1234-1234-1234-123456789012",
        "g2345678-1234-1234-1234-123456789012",
        "123456781234-1234-1234-1234-12345678",
    ] {
        assert!(!is_uuid(bad), "{bad}");
    }
}
