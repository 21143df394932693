//! Duplicate detection and staleness.

use voipbin_protocol::*;

fn event(text: &str) -> Event {
    match decode(text) {
        Ok(Frame::Event(ev)) => ev,
        other => panic!("{other:?}"),
    }
}

#[test]
fn the_deployed_double_copy_is_one_key() {
    let text = include_str!("samples/call.json");
    let (first, second) = (event(text), event(text));
    assert_eq!(first.key(), second.key());
    let mut seen = RecentKeys::new(16);
    assert!(seen.insert(first.key()));
    assert!(!seen.insert(second.key()));
    assert_eq!(seen.len(), 1);
}

#[test]
fn the_same_occurrence_in_other_shapes_is_one_key() {
    let bare = event(include_str!("samples/queuecall.json"));
    let webhook = event(&encode_webhook(&bare.event_type, &bare.resource));
    assert_eq!(bare.key(), webhook.key());
}

#[test]
fn keys_differ_by_version_and_event() {
    let a =
        event(r#"{"type":"call_updated","data":{"id":"c","tm_update":"2022-01-01T00:00:00Z"}}"#);
    let b =
        event(r#"{"type":"call_updated","data":{"id":"c","tm_update":"2022-01-01T00:00:01Z"}}"#);
    let c = event(r#"{"type":"call_hangup","data":{"id":"c","tm_update":"2022-01-01T00:00:01Z"}}"#);
    assert_ne!(a.key(), b.key());
    assert_ne!(b.key(), c.key());
    assert_eq!(
        b.key().version,
        KeyVersion::Updated("2022-01-01T00:00:01Z".into())
    );
    // Transcripts have no tm_update: the data hash tells them apart.
    let t1 = event(r#"{"id":"t","transcribe_id":"x","message":"hello"}"#);
    let t2 = event(r#"{"id":"t","transcribe_id":"x","message":"hello again"}"#);
    assert!(matches!(t1.key().version, KeyVersion::DataHash(_)));
    assert_ne!(t1.key(), t2.key());
    assert_eq!(
        t1.key(),
        event(r#"{"id":"t","transcribe_id":"x","message":"hello"}"#).key()
    );
}

#[test]
fn recent_keys_forget_the_oldest() {
    let key = |n: usize| EventKey {
        kind: ResourceKind::Call,
        id: n.to_string(),
        event: EventType::CallUpdated,
        version: KeyVersion::DataHash(0),
    };
    let mut seen = RecentKeys::new(3);
    for n in 0..3 {
        assert!(seen.insert(key(n)));
    }
    assert!(!seen.insert(key(0)));
    assert!(seen.insert(key(3)), "evicts 0");
    assert!(!seen.contains(&key(0)));
    assert!(seen.insert(key(0)), "0 was forgotten");
    assert_eq!(seen.len(), 3);
    let mut none = RecentKeys::new(0);
    assert!(none.insert(key(1)));
    assert!(none.insert(key(1)), "capacity 0 remembers nothing");
    assert!(none.is_empty());
}

#[test]
fn newer_or_same() {
    let older = "2022-07-23T15:02:35.763577Z";
    let newer = "2022-07-23T15:02:35.763578Z";
    assert!(is_newer_or_same(older, newer));
    assert!(
        !is_newer_or_same(newer, older),
        "one microsecond older is older"
    );
    assert!(is_newer_or_same(older, older));
    assert!(
        is_newer_or_same(older, "2022-07-23 15:02:36.000000"),
        "space form"
    );
    assert!(!is_newer_or_same("2022-07-23 15:02:36.000000", older));
    assert!(is_newer_or_same("", older));
    assert!(is_newer_or_same(older, ""));
    assert!(is_newer_or_same("garbage", older));
    assert!(
        is_newer_or_same("2022-07-23T17:02:35.763577+02:00", older),
        "offsets count"
    );
}

#[test]
fn hash_is_stable() {
    assert_eq!(fnv1a64(b""), 0xcbf2_9ce4_8422_2325);
    assert_eq!(fnv1a64(b"a"), 0xaf63_dc4c_8601_ec8c);
}
