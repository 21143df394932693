//! Odd payloads never lose an event: unknown fields, unknown enum values, wrong types, aliases.

use serde_json::json;
use voipbin_protocol::*;

fn event(text: &str) -> Event {
    match decode(text) {
        Ok(Frame::Event(ev)) => ev,
        other => panic!("{text}: {other:?}"),
    }
}

fn webhook_call(data: serde_json::Value) -> Call {
    let text = json!({ "type": "call_updated", "data": data }).to_string();
    match event(&text).resource {
        Resource::Call(call) => call,
        other => panic!("{other:?}"),
    }
}

#[test]
fn every_struct_decodes_from_an_empty_object() {
    for kind in ResourceKind::known() {
        let resource = Resource::from_json(&kind, json!({}));
        assert_eq!(resource.kind(), kind);
        assert_eq!(resource.id(), None);
    }
    assert_eq!(webhook_call(json!({})), Call::default());
}

#[test]
fn unknown_fields_are_ignored_in_resources_and_kept_in_envelopes() {
    let text = json!({
        "event_type": "call.created",
        "timestamp": "2024-01-15T10:30:00.000000Z",
        "topic": "customer_id:abc123:call:xyz789",
        "trace_id": "t-1",
        "meta": {"retry": 2},
        "data": {"id": "xyz789", "brand_new_field": {"deep": [1, 2, 3]}, "previous_status": "ringing"}
    })
    .to_string();
    let ev = event(&text);
    assert_eq!(ev.resource_id(), Some("xyz789"));
    assert_eq!(ev.extra.get("trace_id"), Some(&json!("t-1")));
    assert_eq!(ev.extra.get("meta"), Some(&json!({"retry": 2})));
    assert_eq!(ev.extra.len(), 2);
}

#[test]
fn unknown_enum_values_become_other() {
    let call = webhook_call(json!({
        "status": "teleporting", "direction": "sideways", "hangup_reason": "cosmic_ray", "mute_direction": "up"
    }));
    assert_eq!(call.status, CallStatus::Other("teleporting".into()));
    assert_eq!(call.direction, Direction::Other("sideways".into()));
    assert_eq!(call.hangup_reason, HangupReason::Other("cosmic_ray".into()));
    assert_eq!(call.mute_direction, MuteDirection::Other("up".into()));
    // And they serialize back verbatim.
    assert_eq!(
        serde_json::to_value(&call).unwrap()["status"],
        json!("teleporting")
    );
}

#[test]
fn documented_aliases() {
    let call = webhook_call(json!({"status": "answered", "direction": "inbound"}));
    assert_eq!(
        (call.status, call.direction),
        (CallStatus::Progressing, Direction::Incoming)
    );
    let call = webhook_call(json!({"status": "hungup", "direction": "outbound"}));
    assert_eq!(
        (call.status, call.direction),
        (CallStatus::Hangup, Direction::Outgoing)
    );
    let call = webhook_call(json!({"status": "HANGUP", "direction": "Incoming"}));
    assert_eq!(
        (call.status, call.direction),
        (CallStatus::Hangup, Direction::Incoming),
        "case-insensitive fallback"
    );
    assert_eq!(
        MessageDirection::parse("incoming"),
        MessageDirection::Inbound
    );
    assert_eq!(
        MessageDirection::parse("outgoing"),
        MessageDirection::Outbound
    );
    assert_eq!(
        ActiveflowStatus::parse("executing"),
        ActiveflowStatus::Running
    );
    assert_eq!(AgentStatus::default(), AgentStatus::None);
    assert_eq!(MuteDirection::default(), MuteDirection::None);
    // The canonical spelling is what goes back out.
    assert_eq!(CallStatus::parse("answered").as_str(), "progressing");
}

#[test]
fn wrong_typed_fields_fall_back_without_losing_the_event() {
    let call = webhook_call(json!({
        "id": 12345,
        "customer_id": null,
        "owner_type": ["agent"],
        "owner_id": {"id": "x"},
        "flow_id": true,
        "chained_call_ids": "not-a-list",
        "recording_ids": [1, null, "r2", {"a": 1}],
        "source": "tel:+1555",
        "destination": [1, 2],
        "status": 3,
        "direction": null,
        "hangup_reason": {"code": 16},
        "tm_update": 1.5,
    }));
    assert_eq!(call.id, "12345");
    assert_eq!(call.customer_id, "");
    assert_eq!(call.owner_type, "");
    assert_eq!(call.owner_id, "");
    assert_eq!(call.flow_id, "true");
    assert!(call.chained_call_ids.is_empty());
    assert_eq!(call.recording_ids, vec!["1", "", "r2", ""]);
    assert_eq!(call.source, Address::default());
    assert_eq!(call.destination, Address::default());
    assert_eq!(call.status, CallStatus::Other("3".into()));
    assert_eq!(call.direction, Direction::default());
    assert_eq!(call.hangup_reason, HangupReason::default());
    assert_eq!(call.tm_update, "1.5");
}

#[test]
fn numbers_read_leniently() {
    let text = json!({"type": "queuecall_waiting", "data": {
        "id": "q1", "duration_waiting": "4200", "duration_service": 12.9, "position": "3", "estimated_wait": [1]
    }})
    .to_string();
    let Resource::Queuecall(qc) = event(&text).resource else {
        panic!()
    };
    assert_eq!((qc.duration_waiting, qc.duration_service), (4200, 12));
    assert_eq!((qc.position, qc.estimated_wait), (Some(3), None));

    let text = r#"{"type":"agent_updated","data":{"id":"a","permission":-5,"tag_ids":null}}"#;
    let Resource::Agent(agent) = event(text).resource else {
        panic!()
    };
    assert_eq!(
        agent.permission, 0,
        "negative permission bits make no sense"
    );
    let text = r#"{"type":"agent_updated","data":{"id":"a","permission":18446744073709551615}}"#;
    let Resource::Agent(agent) = event(text).resource else {
        panic!()
    };
    assert_eq!(agent.permission, i64::MAX as u64, "clamped, not wrapped");
    let text = r#"{"type":"queue_updated","data":{"id":"q","wait_timeout":1e300,"total_incoming_count":-1e300}}"#;
    let Resource::Queue(queue) = event(text).resource else {
        panic!()
    };
    assert_eq!(
        (queue.wait_timeout, queue.total_incoming_count),
        (i64::MAX, i64::MIN)
    );
}

#[test]
fn nested_lists_of_structs_are_lenient_per_item() {
    let text = json!({"type": "message_created", "data": {
        "id": "m1",
        "targets": [
            {"destination": {"type": "tel", "target": "+1"}, "status": "delivered", "parts": "2"},
            "garbage",
            {"destination": 7, "status": "exploded"}
        ],
        "direction": "inbound"
    }})
    .to_string();
    let Resource::Message(msg) = event(&text).resource else {
        panic!()
    };
    assert_eq!(msg.targets.len(), 3);
    assert_eq!(msg.targets[0].destination.target, "+1");
    assert_eq!(
        (msg.targets[0].status.clone(), msg.targets[0].parts),
        (TargetStatus::Delivered, 2)
    );
    assert_eq!(msg.targets[1], MessageTarget::default());
    assert_eq!(
        msg.targets[2].status,
        TargetStatus::Other("exploded".into())
    );
    assert_eq!(msg.direction, MessageDirection::Inbound);
}

#[test]
fn non_object_data_keeps_the_event_as_unknown() {
    for data in [json!(null), json!("x"), json!([1, 2]), json!(5)] {
        let text = json!({"type": "call_hangup", "data": data}).to_string();
        let ev = event(&text);
        assert_eq!(ev.event_type, EventType::CallHangup);
        assert_eq!(
            ev.resource,
            Resource::Unknown {
                kind: ResourceKind::Call,
                data
            }
        );
    }
}

#[test]
fn duplicate_keys_keep_the_event() {
    let ev = event(r#"{"type":"call_updated","data":{"id":"a","id":"b","status":"ringing"}}"#);
    assert_eq!(ev.event_type, EventType::CallUpdated);
    assert_eq!(ev.resource.kind(), ResourceKind::Call);
    assert_eq!(
        ev.resource_id(),
        Some("b"),
        "last one wins, as in serde_json::Value"
    );
}

#[test]
fn only_the_kinds_own_fields_can_untype_a_resource() {
    // Repeated or unreadable values under other kinds' field names are ignored, as unknown keys
    // are; the same in the kind's own fields (or an unreadable `type`) give `Unknown`.
    let typed = [
        r#"{"type":"call_updated","data":{"id":"x","language":"a","language":"b"}}"#,
        r#"{"type":"queue_updated","data":{"id":"x","destination":1e999,"type":"\ud800"}}"#,
        r#"{"id":"x","tm_hangup":"","duration_service":1e999}"#,
    ];
    for text in typed {
        assert!(
            !matches!(event(text).resource, Resource::Unknown { .. }),
            "{text}"
        );
        assert_eq!(decode(text), decode_without_fast_path(text), "{text}");
    }
    let untyped = [
        r#"{"type":"call_updated","data":{"id":"x","status":"ringing","status":"hangup"}}"#,
        r#"{"type":"call_updated","data":{"id":"x","tm_update":1e999}}"#,
        r#"{"type":"call_updated","data":{"id":"x","type":"\ud800"}}"#,
        r#"{"type":"call_updated","data":{"id":"x","type":1e999}}"#,
    ];
    for text in untyped {
        assert!(
            matches!(event(text).resource, Resource::Unknown { .. }),
            "{text}"
        );
        assert_eq!(decode(text), decode_without_fast_path(text), "{text}");
    }
}

#[test]
fn kinds_without_a_struct_are_kept_raw() {
    let ev = event(r#"{"type":"campaign_updated","data":{"id":"c1","status":"run"}}"#);
    assert_eq!(ev.event_type, EventType::Other("campaign_updated".into()));
    assert_eq!(ev.resource.kind(), ResourceKind::Campaign);
    assert_eq!(ev.resource_id(), Some("c1"));
    assert_eq!(ev.resource.status_text(), Some("run"));
    // Unknown names whose prefix is unknown too take the kind from the documented topic.
    let ev =
        event(r#"{"event_type":"widget.spun","topic":"customer_id:x:call:y","data":{"id":"y"}}"#);
    assert_eq!(ev.resource.kind(), ResourceKind::Call);
}

#[test]
fn bare_frames_infer_kind_and_event() {
    let samples = [
        (
            include_str!("samples/call.json"),
            ResourceKind::Call,
            EventType::CallProgressing,
        ),
        (
            include_str!("samples/queuecall.json"),
            ResourceKind::Queuecall,
            EventType::QueuecallWaiting,
        ),
        (
            include_str!("samples/agent.json"),
            ResourceKind::Agent,
            EventType::AgentUpdated,
        ),
        (
            include_str!("samples/message.json"),
            ResourceKind::Message,
            EventType::MessageUpdated,
        ),
        (
            include_str!("samples/transcript.json"),
            ResourceKind::Transcript,
            EventType::TranscriptCreated,
        ),
    ];
    for (text, kind, event_type) in samples {
        let ev = event(text);
        assert_eq!(
            (ev.shape, ev.resource.kind(), &ev.event_type),
            (Shape::Bare, kind, &event_type)
        );
        assert!(ev.resource_id().is_some());
    }
    let small = [
        (
            json!({"id": "1", "wait_queuecall_ids": []}),
            ResourceKind::Queue,
        ),
        (
            json!({"id": "1", "conversation_id": "c", "text": "hi"}),
            ResourceKind::ConversationMessage,
        ),
        (
            json!({"id": "1", "current_action": {}}),
            ResourceKind::Activeflow,
        ),
        (
            json!({"id": "1", "conferencecall_ids": []}),
            ResourceKind::Conference,
        ),
        (
            json!({"id": "1", "webhook_uri": ""}),
            ResourceKind::Customer,
        ),
        (
            json!({"id": "1", "format": "wav", "tm_start": ""}),
            ResourceKind::Recording,
        ),
        (
            json!({"id": "1", "language": "en-US"}),
            ResourceKind::Transcribe,
        ),
        (json!({"id": "1", "call_ids": []}), ResourceKind::Groupcall),
        (
            json!({"id": "1", "participants": []}),
            ResourceKind::Conversation,
        ),
        (
            json!({"id": "1", "source": {}, "destination": {}, "status": "ringing"}),
            ResourceKind::Call,
        ),
    ];
    for (obj, kind) in small {
        assert_eq!(
            infer_kind(obj.as_object().unwrap()).as_ref(),
            Some(&kind),
            "{obj}"
        );
        assert_eq!(event(&obj.to_string()).resource.kind(), kind, "{obj}");
    }
    assert_eq!(
        infer_kind(json!({"id": "1", "status": "ringing"}).as_object().unwrap()),
        None
    );
}

#[test]
fn bare_frames_read_the_event_from_state() {
    let cases = [
        (
            json!({"id": "c", "tm_hangup": "", "status": "hangup"}),
            EventType::CallHangup,
        ),
        (
            json!({"id": "c", "tm_hangup": "", "status": "ringing"}),
            EventType::CallRinging,
        ),
        (
            json!({"id": "c", "tm_hangup": "", "status": "hangup", "tm_delete": "2022-07-23T15:02:35Z"}),
            EventType::CallDeleted,
        ),
        (
            json!({"id": "c", "tm_hangup": "", "status": "hangup", "tm_delete": NOT_DELETED}),
            EventType::CallHangup,
        ),
        (
            json!({"id": "q", "tm_service": "", "status": "service"}),
            EventType::QueuecallServiced,
        ),
        (
            json!({"id": "q", "tm_service": "", "status": "abandoned"}),
            EventType::QueuecallAbandoned,
        ),
        (
            json!({"id": "q", "tm_service": "", "status": "initiating"}),
            EventType::QueuecallCreated,
        ),
        (
            json!({"id": "r", "format": "wav", "tm_start": "", "status": "ended"}),
            EventType::RecordingFinished,
        ),
        (
            json!({"id": "t", "language": "en", "status": "done"}),
            EventType::TranscribeDone,
        ),
    ];
    for (obj, want) in cases {
        assert_eq!(event(&obj.to_string()).event_type, want, "{obj}");
    }
}

#[test]
fn decode_errors() {
    assert!(matches!(decode("not json"), Err(DecodeError::NotJson(_))));
    assert!(matches!(
        decode(r#"{"a":1} trailing"#),
        Err(DecodeError::NotJson(_))
    ));
    assert_eq!(decode("[1,2]"), Err(DecodeError::NotAnObject));
    assert_eq!(decode("\"x\""), Err(DecodeError::NotAnObject));
    assert_eq!(decode("{}"), Err(DecodeError::UnknownShape));
    assert_eq!(
        decode(r#"{"type":5}"#),
        Err(DecodeError::InvalidField("type"))
    );
    assert_eq!(
        decode(r#"{"type":"call_hangup"}"#),
        Err(DecodeError::MissingField("data"))
    );
    assert_eq!(
        decode(r#"{"event_type":7,"data":{}}"#),
        Err(DecodeError::InvalidField("event_type"))
    );
    let big = format!(
        "{{\"type\":\"call_hangup\",\"data\":{{\"id\":\"{}\"}}}}",
        "x".repeat(MAX_FRAME_BYTES)
    );
    assert_eq!(decode(&big), Err(DecodeError::TooLarge(big.len())));
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert_eq!(decode(&deep), Err(DecodeError::NotAnObject));
    let deep = format!("{}1{}", r#"{"a":"#.repeat(100_000), "}".repeat(100_000));
    assert_eq!(decode(&deep), Err(DecodeError::UnknownShape));
    // Deep nesting in a typed field is skipped without recursion; a raw-JSON field nested past
    // serde_json's recursion limit becomes null. The event and the rest of the resource survive.
    let nested = format!("{}1{}", "[".repeat(5000), "]".repeat(5000));
    let text = format!(r#"{{"type":"call_hangup","data":{{"id":"x","source":{nested}}}}}"#);
    let Ok(Frame::Event(ev)) = decode(&text) else {
        panic!()
    };
    assert_eq!(
        (&ev.event_type, ev.resource_id()),
        (&EventType::CallHangup, Some("x"))
    );
    let text =
        format!(r#"{{"type":"activeflow_updated","data":{{"id":"x","current_action":{nested}}}}}"#);
    let Ok(Frame::Event(ev)) = decode(&text) else {
        panic!()
    };
    let Resource::Activeflow(flow) = ev.resource else {
        panic!()
    };
    assert_eq!(
        (flow.id.as_str(), flow.current_action),
        ("x", serde_json::Value::Null)
    );
    let flow = Resource::from_json(
        &ResourceKind::Activeflow,
        json!({"id": "y", "current_action": {"type": "play"}}),
    );
    let Resource::Activeflow(flow) = flow else {
        panic!()
    };
    assert_eq!(
        flow.current_action,
        json!({"type": "play"}),
        "raw fields also decode from a Value"
    );
    for err in [
        DecodeError::NotAnObject,
        DecodeError::UnknownShape,
        DecodeError::MissingField("data"),
    ] {
        assert!(!err.to_string().is_empty());
        assert_eq!(err.error_code(), ErrorCode::InvalidMessage);
    }
}

#[test]
fn ack_and_error_frames_are_lenient() {
    assert_eq!(
        decode(r#"{"type":"ack"}"#),
        Ok(Frame::Ack {
            action: String::new(),
            topics: vec![],
            status: String::new()
        })
    );
    assert_eq!(
        decode(r#"{"type":"error","code":"SOMETHING_NEW","topics":"x","message":5}"#),
        Ok(Frame::Error {
            action: String::new(),
            topics: vec![],
            code: ErrorCode::Other("SOMETHING_NEW".into()),
            message: "5".into()
        })
    );
}

#[test]
fn escaped_strings_are_read_correctly() {
    let ev = event(
        r#"{"type":"call_\u0068angup","data":{"id":"a\"b","status":"ring\u0069ng","source":{},"destination":{}}}"#,
    );
    assert_eq!(ev.event_type, EventType::CallHangup);
    assert_eq!(ev.resource_id(), Some("a\"b"));
    // Bare frames with an escaped status still infer as a call through call-only fields.
    let ev = event(r#"{"id":"c","tm_ringing":"","status":"ring\u0069ng"}"#);
    assert_eq!(ev.event_type, EventType::CallRinging);
}

#[test]
fn fast_and_general_routes_agree_on_the_corpus() {
    // Read at run time: the shared target dir may hold a binary that another clone built.
    let dir =
        std::path::Path::new(&std::env::var_os("CARGO_MANIFEST_DIR").expect("run by cargo test"))
            .join("tests");
    for sub in ["fixtures", "samples"] {
        for entry in std::fs::read_dir(dir.join(sub)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "json") {
                let text = std::fs::read_to_string(&path).unwrap();
                assert_eq!(
                    decode(&text),
                    decode_without_fast_path(&text),
                    "{}",
                    path.display()
                );
            }
        }
    }
}

/// A deployed conference has a `type` of its own and, when not empty, `data`: it is a bare
/// resource, not a webhook envelope (which would lose its id), by either decoding route.
#[test]
fn a_bare_conference_with_type_and_data_keeps_its_id() {
    let text = json!({
        "id": "6d4a5a2e-5d9e-4b8e-9f7a-1c2b3d4e5f60",
        "customer_id": "c",
        "type": "conference",
        "status": "progressing",
        "name": "Team huddle",
        "data": {"topic": "escalations"},
        "conferencecall_ids": ["a"],
        "tm_update": "2026-12-04T10:00:00.000000Z"
    })
    .to_string();
    for frame in [decode(&text), decode_without_fast_path(&text)] {
        let Ok(Frame::Event(ev)) = frame else {
            panic!("not an event: {frame:?}");
        };
        assert_eq!(
            (ev.shape, ev.resource.kind()),
            (Shape::Bare, ResourceKind::Conference)
        );
        assert_eq!(
            ev.resource_id(),
            Some("6d4a5a2e-5d9e-4b8e-9f7a-1c2b3d4e5f60")
        );
    }
    // A webhook envelope of a conference event is still an envelope.
    let envelope = json!({"type": "conference_updated", "data": {"id": "x", "type": "conference", "conferencecall_ids": []}}).to_string();
    let Ok(Frame::Event(ev)) = decode(&envelope) else {
        panic!("not an event");
    };
    assert_eq!((ev.shape, ev.resource_id()), (Shape::Webhook, Some("x")));
}
