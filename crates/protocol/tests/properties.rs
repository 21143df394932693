//! Property tests (proptest): round trips hold for generated inputs.

use proptest::collection::vec;
use proptest::prelude::*;
use voipbin_protocol::*;

fn text_from(
    chars: impl Strategy<Value = char>,
    len: std::ops::Range<usize>,
) -> impl Strategy<Value = String> {
    vec(chars, len).prop_map(String::from_iter)
}

fn uuid() -> impl Strategy<Value = String> {
    vec(0u8..16, 32).prop_map(|nibbles| {
        let hex: String = nibbles
            .iter()
            .map(|n| char::from_digit(u32::from(*n), 16).unwrap_or('0'))
            .collect();
        format!(
            "{}-{}-{}-{}-{}",
            &hex[0..8],
            &hex[8..12],
            &hex[12..16],
            &hex[16..20],
            &hex[20..32]
        )
    })
}

fn kind() -> impl Strategy<Value = ResourceKind> {
    let kinds = ResourceKind::known();
    (0..kinds.len()).prop_map(move |i| kinds[i].clone())
}

fn topic() -> impl Strategy<Value = Topic> {
    let id_char = prop_oneof![
        prop::char::range('a', 'z'),
        prop::char::range('0', '9'),
        Just('-'),
        Just('_'),
        Just('.')
    ];
    (
        prop_oneof![Just(Scope::Customer), Just(Scope::Agent)],
        uuid(),
        prop::option::of(kind()),
        prop::option::of(text_from(
            prop_oneof![prop::char::range('a', 'z'), Just('_')],
            1..24,
        )),
        prop::option::of(prop_oneof![Just("*".to_owned()), text_from(id_char, 1..40)]),
    )
        .prop_map(|(scope, scope_id, resource, event_type, resource_id)| {
            let mut topic = Topic::new(scope, &scope_id);
            // Only shapes the grammar can express: an event type needs a resource and an id,
            // an id needs a resource or the `*` resource.
            topic.resource = resource.clone();
            if resource.is_some() && resource_id.is_some() {
                topic.event_type = event_type;
            }
            if resource.is_some() || resource_id.is_some() {
                topic.resource_id = resource_id;
            }
            topic
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn topics_print_and_parse_back(topic in topic()) {
        let text = topic.to_string();
        prop_assert_eq!(text.parse::<Topic>(), Ok(topic));
    }

    #[test]
    fn documented_matching_without_wildcards_is_equality(a in topic(), b in topic()) {
        let (a, b) = (a.to_string(), b.to_string());
        let four = |t: &str| t.split(':').count() == 4 && !t.contains('*');
        if four(&a) && four(&b) {
            prop_assert_eq!(topic_matches(Dialect::Documented, &a, &b), a == b);
        }
        prop_assert!(topic_matches(Dialect::Deployed, &a, &a));
    }

    #[test]
    fn timestamps_format_and_parse_back(ms in -62_135_596_800_000i64..253_402_300_799_999) {
        prop_assert_eq!(parse_timestamp_ms(&format_timestamp_ms(ms)), Some(ms));
    }

    #[test]
    fn newer_or_same_follows_time(a in 0i64..4_000_000_000_000, b in 0i64..4_000_000_000_000) {
        prop_assert_eq!(is_newer_or_same(&format_timestamp_ms(a), &format_timestamp_ms(b)), b >= a);
    }

    #[test]
    fn decode_never_panics_on_any_string(text in text_from(any::<char>(), 0..300)) {
        let _ = decode(&text);
        let _ = ClientMessage::decode(&text);
        let _ = text.parse::<Topic>();
    }

    #[test]
    fn calls_round_trip_through_every_shape(
        id in text_from(any::<char>(), 0..40),
        target in text_from(any::<char>(), 0..40),
        status in prop_oneof![Just("ringing"), Just("hangup"), Just("answered"), Just("odd")],
        ids in vec(text_from(any::<char>(), 0..10), 0..4),
    ) {
        let resource = Resource::Call(Call {
            id,
            status: CallStatus::parse(status),
            source: Address::new("tel", &target),
            chained_call_ids: ids,
            ..Call::default()
        });
        let event = resource.implied_event();
        for text in [
            encode_bare(&resource),
            encode_webhook(&event, &resource),
            encode_documented(&event, "customer_id:x:call:y", "t", &resource),
        ] {
            match decode(&text) {
                Ok(Frame::Event(ev)) => {
                    prop_assert_eq!(&ev.resource, &resource);
                    prop_assert_eq!(&ev.event_type, &event);
                }
                other => prop_assert!(false, "{} -> {:?}", text, other),
            }
        }
    }

    #[test]
    fn client_messages_round_trip(topics in vec(text_from(any::<char>(), 0..60), 0..5), subscribe in any::<bool>()) {
        let msg = if subscribe { ClientMessage::Subscribe { topics } } else { ClientMessage::Unsubscribe { topics } };
        prop_assert_eq!(ClientMessage::decode(&msg.encode()), Ok(msg.clone()));
        prop_assert_eq!(decode(&msg.encode()), Ok(Frame::Client(msg)));
    }
}
