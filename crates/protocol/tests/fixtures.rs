//! Every JSON example from the seed documents decodes to the right kind of frame.

use std::collections::BTreeSet;
use std::path::Path;

use voipbin_protocol::{
    decode, ClientMessage, DecodeError, ErrorCode, EventType, Frame, Resource, ResourceKind, Shape,
};

enum Expect {
    /// A client message: action and number of topics.
    Client(&'static str, usize),
    Ack,
    Error(ErrorCode),
    Event(Shape, ResourceKind, EventType),
    /// REST bodies of the `/webhooks` resource (which the deployed server does not have): not frames.
    NotAFrame,
}

use Expect::*;

fn expectations() -> Vec<(&'static str, Expect)> {
    vec![
        // 000 quickstart. The seed stripped the `<customer-id>` placeholders; taken as-is.
        (
            "000_quickstart_subscribe_stripped_placeholders",
            Client("subscribe", 2),
        ),
        (
            "000_quickstart_put_customer_webhook_body",
            Event(
                Shape::Bare,
                ResourceKind::Customer,
                EventType::Other("customer_updated".into()),
            ),
        ),
        // Reconstructed: the seed's response ends with `...`, removed.
        (
            "000_quickstart_put_customer_response",
            Event(
                Shape::Bare,
                ResourceKind::Customer,
                EventType::Other("customer_updated".into()),
            ),
        ),
        // 001 websocket. Reconstructed: `data` held only a `// Resource-specific payload` comment.
        (
            "001_websocket_overview_event_structure",
            Event(
                Shape::Documented,
                ResourceKind::Call,
                EventType::CallUpdated,
            ),
        ),
        // Reconstructed: the `...` topic entry removed.
        ("001_websocket_subscribe_structure", Client("subscribe", 2)),
        ("001_websocket_subscribe_all_calls", Client("subscribe", 1)),
        (
            "001_websocket_subscribe_multiple_types",
            Client("subscribe", 3),
        ),
        (
            "001_websocket_subscribe_specific_call",
            Client("subscribe", 1),
        ),
        (
            "001_websocket_subscribe_agent_level",
            Client("subscribe", 2),
        ),
        // Reconstructed: the `...` topic entry removed.
        (
            "001_websocket_unsubscribe_structure",
            Client("unsubscribe", 2),
        ),
        ("001_websocket_unsubscribe_calls", Client("unsubscribe", 1)),
        (
            "001_websocket_unsubscribe_specific_call",
            Client("unsubscribe", 1),
        ),
        // Reconstructed: `data` held only a comment. The placeholder name stays unknown.
        (
            "001_websocket_event_structure_placeholders",
            Event(
                Shape::Documented,
                ResourceKind::Other("<event-type>".into()),
                EventType::Other("<event-type>".into()),
            ),
        ),
        (
            "001_websocket_event_call_created",
            Event(
                Shape::Documented,
                ResourceKind::Call,
                EventType::CallCreated,
            ),
        ),
        (
            "001_websocket_event_call_status",
            Event(
                Shape::Documented,
                ResourceKind::Call,
                EventType::CallProgressing,
            ),
        ),
        (
            "001_websocket_event_message_received",
            Event(
                Shape::Documented,
                ResourceKind::Message,
                EventType::MessageCreated,
            ),
        ),
        (
            "001_websocket_event_message_delivery",
            Event(
                Shape::Documented,
                ResourceKind::Message,
                EventType::MessageUpdated,
            ),
        ),
        (
            "001_websocket_event_activeflow_updated",
            Event(
                Shape::Documented,
                ResourceKind::Activeflow,
                EventType::ActiveflowUpdated,
            ),
        ),
        (
            "001_websocket_event_activeflow_completed",
            Event(
                Shape::Documented,
                ResourceKind::Activeflow,
                EventType::ActiveflowUpdated,
            ),
        ),
        (
            "001_websocket_event_queue_joined",
            Event(
                Shape::Documented,
                ResourceKind::Queuecall,
                EventType::QueuecallWaiting,
            ),
        ),
        (
            "001_websocket_event_queue_connected",
            Event(
                Shape::Documented,
                ResourceKind::Queuecall,
                EventType::QueuecallServiced,
            ),
        ),
        (
            "001_websocket_event_conference_joined",
            Event(
                Shape::Documented,
                ResourceKind::Conference,
                EventType::ConferenceJoined,
            ),
        ),
        (
            "001_websocket_event_conference_left",
            Event(
                Shape::Documented,
                ResourceKind::Conference,
                EventType::ConferenceLeft,
            ),
        ),
        (
            "001_websocket_event_agent_status",
            Event(
                Shape::Documented,
                ResourceKind::Agent,
                EventType::AgentStatusUpdated,
            ),
        ),
        (
            "001_websocket_event_recording_completed",
            Event(
                Shape::Documented,
                ResourceKind::Recording,
                EventType::RecordingFinished,
            ),
        ),
        ("001_websocket_ack_subscribe", Ack),
        (
            "001_websocket_error_permission_denied",
            Error(ErrorCode::PermissionDenied),
        ),
        (
            "001_websocket_tutorial_subscribe_placeholders",
            Client("subscribe", 3),
        ),
        (
            "001_websocket_tutorial_subscribe_example",
            Client("subscribe", 2),
        ),
        (
            "001_websocket_tutorial_unsubscribe",
            Client("unsubscribe", 1),
        ),
        (
            "001_websocket_tutorial_pattern_all_calls",
            Client("subscribe", 1),
        ),
        (
            "001_websocket_tutorial_pattern_specific_call",
            Client("subscribe", 1),
        ),
        (
            "001_websocket_tutorial_pattern_multiple_types",
            Client("subscribe", 4),
        ),
        (
            "001_websocket_tutorial_pattern_agent_level",
            Client("subscribe", 2),
        ),
        // Reconstructed: `data` held only a `// Event-specific resource data` comment.
        (
            "001_websocket_tutorial_event_format",
            Event(
                Shape::Documented,
                ResourceKind::Call,
                EventType::CallUpdated,
            ),
        ),
        // 002 webhook tutorial (customer-level webhook): request bodies of PUT /customer.
        (
            "002_webhook_customer_configure_body",
            Event(
                Shape::Bare,
                ResourceKind::Customer,
                EventType::Other("customer_updated".into()),
            ),
        ),
        (
            "002_webhook_customer_disable_body",
            Event(
                Shape::Bare,
                ResourceKind::Customer,
                EventType::Other("customer_updated".into()),
            ),
        ),
        (
            "002_webhook_customer_test_call_hungup",
            Event(Shape::Webhook, ResourceKind::Call, EventType::CallHangup),
        ),
        // Reconstructed: `data` held only comments.
        (
            "002_webhook_customer_payload_structure",
            Event(Shape::Webhook, ResourceKind::Call, EventType::CallHangup),
        ),
        // 003 webhook tutorial (`/webhooks` CRUD, which PROTOCOL.md says does not exist deployed).
        ("003_webhook_crud_create_request", NotAFrame),
        ("003_webhook_crud_create_response", NotAFrame),
        ("003_webhook_crud_list_response", NotAFrame),
        ("003_webhook_crud_update_request", NotAFrame),
        (
            "003_webhook_crud_test_call_hungup",
            Event(Shape::Webhook, ResourceKind::Call, EventType::CallHangup),
        ),
        // Reconstructed: `data` held only comments.
        (
            "003_webhook_crud_payload_structure",
            Event(Shape::Webhook, ResourceKind::Call, EventType::CallHangup),
        ),
    ]
}

/// Read when the test runs (cargo sets it), not baked in at build time: the shared target dir
/// (scripts/env.sh) may hold a binary that another clone built.
fn fixtures_dir() -> std::path::PathBuf {
    Path::new(&std::env::var_os("CARGO_MANIFEST_DIR").expect("run by cargo test"))
        .join("tests/fixtures")
}

fn read_fixture(name: &str) -> String {
    std::fs::read_to_string(fixtures_dir().join(format!("{name}.json"))).unwrap()
}

#[test]
fn every_fixture_has_an_expectation_and_back() {
    let on_disk: BTreeSet<String> = std::fs::read_dir(fixtures_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter_map(|n| n.strip_suffix(".json").map(str::to_owned))
        .collect();
    let expected: BTreeSet<String> = expectations()
        .iter()
        .map(|(n, _)| (*n).to_owned())
        .collect();
    assert_eq!(on_disk, expected);
}

#[test]
fn every_seed_example_decodes_to_the_expected_kind() {
    for (name, expect) in expectations() {
        let text = read_fixture(name);
        let got = decode(&text);
        match (&expect, &got) {
            (Client(action, n), Ok(Frame::Client(msg))) => {
                assert_eq!(msg.action(), *action, "{name}");
                assert_eq!(msg.topics().len(), *n, "{name}");
                // The server side decodes the same text to the same message.
                assert_eq!(ClientMessage::decode(&text).as_ref(), Ok(msg), "{name}");
            }
            (Ack, Ok(Frame::Ack { status, .. })) => assert_eq!(status, "success", "{name}"),
            (
                Error(code),
                Ok(Frame::Error {
                    code: got, message, ..
                }),
            ) => {
                assert_eq!(got, code, "{name}");
                assert!(!message.is_empty(), "{name}");
            }
            (Event(shape, kind, event), Ok(Frame::Event(ev))) => {
                assert_eq!(ev.shape, *shape, "{name}");
                assert_eq!(ev.resource.kind(), *kind, "{name}");
                assert_eq!(ev.event_type, *event, "{name}");
            }
            (NotAFrame, Err(DecodeError::UnknownShape)) => {}
            _ => panic!("{name}: unexpected {got:?}"),
        }
    }
}

fn event(name: &str) -> voipbin_protocol::Event {
    match decode(&read_fixture(name)) {
        Ok(Frame::Event(ev)) => ev,
        other => panic!("{name}: {other:?}"),
    }
}

#[test]
fn documented_payload_details_survive() {
    let created = event("001_websocket_event_call_created");
    let Resource::Call(call) = &created.resource else {
        panic!()
    };
    assert_eq!(
        call.direction,
        voipbin_protocol::Direction::Incoming,
        "inbound is an alias"
    );
    assert_eq!(call.source.target, "+15551234567");
    assert_eq!(
        created.topic.as_deref(),
        Some("customer_id:abc123:call:xyz789")
    );
    assert_eq!(created.resource_id(), Some("xyz789"));

    let agent = event("001_websocket_event_agent_status");
    assert_eq!(
        agent.resource_id(),
        Some("agent123"),
        "agent_id copied into id"
    );

    let joined = event("001_websocket_event_queue_joined");
    let Resource::Queuecall(qc) = &joined.resource else {
        panic!()
    };
    assert_eq!(
        (qc.queue_id.as_str(), qc.reference_id.as_str()),
        ("queue789", "call456")
    );
    assert_eq!((qc.position, qc.estimated_wait), (Some(3), Some(120)));

    let rec = event("001_websocket_event_recording_completed");
    let Resource::Recording(rec) = &rec.resource else {
        panic!()
    };
    assert_eq!(
        (rec.reference_type.as_str(), rec.reference_id.as_str()),
        ("call", "call456")
    );

    let received = event("001_websocket_event_message_received");
    let Resource::Message(msg) = &received.resource else {
        panic!()
    };
    assert_eq!(
        msg.targets.len(),
        1,
        "the single documented destination becomes a target"
    );
    assert_eq!(msg.targets[0].destination.target, "+15559876543");
    assert_eq!(msg.direction, voipbin_protocol::MessageDirection::Inbound);

    let done = event("001_websocket_event_activeflow_completed");
    let Resource::Activeflow(flow) = &done.resource else {
        panic!()
    };
    assert_eq!(
        flow.status,
        voipbin_protocol::ActiveflowStatus::Ended,
        "completed is an alias"
    );
}
