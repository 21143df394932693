//! Client messages, both directions.

use voipbin_protocol::*;

const TOPIC: &str = "customer_id:12345678-1234-1234-1234-123456789012:call:*";

#[test]
fn encode_decode_round_trip() {
    for msg in [
        ClientMessage::Subscribe {
            topics: vec![TOPIC.into()],
        },
        ClientMessage::Unsubscribe {
            topics: vec![TOPIC.into(), "agent_id:x:queue".into()],
        },
        ClientMessage::Subscribe { topics: vec![] },
        ClientMessage::Subscribe {
            topics: vec!["quote\" and \\ and \u{2028}".into()],
        },
    ] {
        let text = msg.encode();
        assert_eq!(ClientMessage::decode(&text), Ok(msg.clone()));
        assert_eq!(decode(&text), Ok(Frame::Client(msg)));
    }
    assert_eq!(
        ClientMessage::Subscribe {
            topics: vec![TOPIC.into()]
        }
        .encode(),
        format!(r#"{{"type":"subscribe","topics":["{TOPIC}"]}}"#)
    );
}

#[test]
fn server_side_errors_mean_invalid_message() {
    let cases: Vec<(String, DecodeError)> = vec![
        ("nope".into(), DecodeError::NotJson(String::new())),
        ("[]".into(), DecodeError::NotAnObject),
        ("{}".into(), DecodeError::MissingField("type")),
        (
            r#"{"type":1,"topics":[]}"#.into(),
            DecodeError::InvalidField("type"),
        ),
        (
            r#"{"type":"ping","topics":[]}"#.into(),
            DecodeError::UnknownType("ping".into()),
        ),
        (
            r#"{"type":"subscribe"}"#.into(),
            DecodeError::MissingField("topics"),
        ),
        (
            r#"{"type":"subscribe","topics":"x"}"#.into(),
            DecodeError::InvalidField("topics"),
        ),
        (
            r#"{"type":"subscribe","topics":[1]}"#.into(),
            DecodeError::InvalidField("topics"),
        ),
        (
            r#"{"type":"subscribe","topics":null}"#.into(),
            DecodeError::InvalidField("topics"),
        ),
        (
            format!(
                r#"{{"type":"subscribe","topics":["{}"]}}"#,
                "x".repeat(MAX_FRAME_BYTES)
            ),
            DecodeError::TooLarge(MAX_FRAME_BYTES + 34),
        ),
    ];
    for (text, want) in cases {
        let got = ClientMessage::decode(&text).unwrap_err();
        match (&got, &want) {
            (DecodeError::NotJson(_), DecodeError::NotJson(_)) => {}
            _ => assert_eq!(got, want, "{}", &text[..text.len().min(80)]),
        }
        assert_eq!(got.error_code(), ErrorCode::InvalidMessage);
    }
}

#[test]
fn invalid_topics_are_reported_separately() {
    let msg = ClientMessage::decode(&format!(
        r#"{{"type":"subscribe","topics":["{TOPIC}","customer_id::call:*","x"]}}"#
    ))
    .unwrap();
    let bad = msg.invalid_topics();
    assert_eq!(
        bad,
        vec![
            (
                "customer_id::call:*".to_owned(),
                TopicError::EmptySegment(1)
            ),
            ("x".to_owned(), TopicError::UnknownScope("x".into())),
        ]
    );
    assert_eq!(msg.action(), "subscribe");
}
