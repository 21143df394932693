//! What the stand-in server encodes decodes back to the same thing, in every shape.

use serde_json::json;
use voipbin_protocol::*;

const TOPIC: &str =
    "customer_id:12345678-1234-1234-1234-123456789012:call:5f3c2b1a-9d8e-4f7a-b6c5-1e2d3c4b5a69";
const TIMESTAMP: &str = "2022-07-23T15:02:35.763577Z";

/// A resource of `kind` with an id, a tm_update and the given status.
fn sample(kind: &ResourceKind, status: &str) -> Resource {
    Resource::from_json(
        kind,
        json!({"id": "5f3c2b1a-9d8e-4f7a-b6c5-1e2d3c4b5a69", "status": status, "tm_update": TIMESTAMP, "text": "hé \"quoted\" \u{1F600}"}),
    )
}

fn decoded_event(text: &str) -> Event {
    match decode(text) {
        Ok(Frame::Event(ev)) => ev,
        other => panic!("{text}: {other:?}"),
    }
}

fn all_events() -> Vec<EventType> {
    let mut events = EventType::known();
    events.extend(
        [
            "campaign_created",
            "number_updated",
            "ai_x",
            "confbridge_joined",
            "weird",
        ]
        .map(|n| EventType::Other(n.into())),
    );
    events
}

#[test]
fn documented_round_trip_for_every_event_and_call_status() {
    let statuses: Vec<String> = CallStatus::NAMES
        .iter()
        .map(|s| s.to_string())
        .chain(["", "other"].map(String::from))
        .collect();
    for event in all_events() {
        for status in &statuses {
            let resource = sample(&event.resource(), status);
            // Topics name the event's own kind (decode falls back to the topic for unknown names).
            let topic = format!(
                "customer_id:12345678-1234-1234-1234-123456789012:{}:x",
                event.resource()
            );
            let text = encode_documented(&event, &topic, TIMESTAMP, &resource);
            let ev = decoded_event(&text);
            assert_eq!(ev.event_type, event, "{text}");
            assert_eq!(ev.shape, Shape::Documented);
            assert_eq!(ev.resource, resource, "{text}");
            assert_eq!(
                (ev.topic.as_deref(), ev.timestamp.as_deref()),
                (Some(topic.as_str()), Some(TIMESTAMP))
            );
            assert!(ev.extra.is_empty());
        }
    }
}

#[test]
fn documented_names_are_used_where_they_exist() {
    let name = |event: EventType, status: &str| {
        let text = encode_documented(&event, TOPIC, TIMESTAMP, &sample(&event.resource(), status));
        serde_json::from_str::<serde_json::Value>(&text).unwrap()["event_type"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    assert_eq!(name(EventType::CallRinging, "ringing"), "call.status");
    assert_eq!(name(EventType::CallHangup, "hangup"), "call.status");
    assert_eq!(name(EventType::CallHangup, "ringing"), "call.ended");
    assert_eq!(
        name(EventType::CallRinging, "hangup"),
        "call_ringing",
        "status would say otherwise"
    );
    assert_eq!(name(EventType::CallCreated, "dialing"), "call.created");
    assert_eq!(name(EventType::QueuecallWaiting, "waiting"), "queue.joined");
    assert_eq!(name(EventType::MessageCreated, ""), "message.received");
    assert_eq!(
        name(EventType::AgentStatusUpdated, "available"),
        "agent.status"
    );
    assert_eq!(
        name(EventType::RecordingFinished, "ended"),
        "recording.completed"
    );
    assert_eq!(name(EventType::TranscriptCreated, ""), "transcript_created");
}

#[test]
fn webhook_round_trip_for_every_event() {
    for event in all_events() {
        let resource = sample(&event.resource(), "hangup");
        let text = encode_webhook(&event, &resource);
        let ev = decoded_event(&text);
        assert_eq!(
            (ev.shape, &ev.event_type, &ev.resource),
            (Shape::Webhook, &event, &resource),
            "{text}"
        );
        assert!(
            text.starts_with(&format!(r#"{{"type":"{}","data":{{"#, event.as_str())),
            "{text}"
        );
    }
}

#[test]
fn bare_round_trip_for_every_typed_kind() {
    for kind in ResourceKind::known() {
        let resource = sample(&kind, "");
        if matches!(resource, Resource::Unknown { .. }) {
            continue; // No fields to infer an untyped kind from: bare frames need typed kinds.
        }
        let text = encode_bare(&resource);
        let ev = decoded_event(&text);
        assert_eq!((ev.shape, &ev.resource), (Shape::Bare, &resource), "{text}");
        assert_eq!(ev.event_type, resource.implied_event());
    }
    // Even a default resource (all fields empty) infers its kind back.
    let call = Resource::Call(Call::default());
    assert_eq!(decoded_event(&encode_bare(&call)).resource, call);
}

#[test]
fn realistic_bare_samples_round_trip_through_every_shape() {
    for text in [
        include_str!("samples/call.json"),
        include_str!("samples/queuecall.json"),
        include_str!("samples/agent.json"),
        include_str!("samples/message.json"),
        include_str!("samples/transcript.json"),
    ] {
        let bare = decoded_event(text);
        let again = decoded_event(&encode_bare(&bare.resource));
        assert_eq!(again.resource, bare.resource);
        let webhook = decoded_event(&encode_webhook(&bare.event_type, &bare.resource));
        assert_eq!(
            (&webhook.event_type, &webhook.resource),
            (&bare.event_type, &bare.resource)
        );
        let documented = decoded_event(&encode_documented(
            &bare.event_type,
            TOPIC,
            TIMESTAMP,
            &bare.resource,
        ));
        assert_eq!(
            (&documented.event_type, &documented.resource),
            (&bare.event_type, &bare.resource)
        );
    }
}

#[test]
fn ack_and_error_round_trip() {
    let topics = vec![TOPIC.to_owned(), "customer_id:x:call:*".to_owned()];
    let ack = encode_ack("subscribe", &topics);
    assert_eq!(
        decode(&ack),
        Ok(Frame::Ack {
            action: "subscribe".into(),
            topics: topics.clone(),
            status: "success".into()
        })
    );
    for code in ErrorCode::known()
        .into_iter()
        .chain([ErrorCode::Other("TEAPOT".into())])
    {
        let text = encode_error("unsubscribe", &topics, &code, "no \"way\"");
        assert_eq!(
            decode(&text),
            Ok(Frame::Error {
                action: "unsubscribe".into(),
                topics: topics.clone(),
                code: code.clone(),
                message: "no \"way\"".into()
            })
        );
    }
    assert_eq!(
        encode_error("subscribe", &[], &ErrorCode::InvalidTopic, "bad"),
        r#"{"type":"error","action":"subscribe","topics":[],"code":"INVALID_TOPIC","message":"bad"}"#
    );
}

#[test]
fn to_json_and_from_json_agree() {
    for kind in ResourceKind::known() {
        let resource = sample(&kind, "done");
        assert_eq!(Resource::from_json(&kind, resource.to_json()), resource);
    }
}
