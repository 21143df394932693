fn main() {
    for f in [
        r#"{"type":"subscribe","topics":["customer_id:12345678-1234-1234-1234-123456789012:call:*"]}"#,
        r#"{"type":"ack","action":"subscribe","topics":["a"],"status":"success"}"#,
        r#"{"event_type":"call.status","timestamp":"t","topic":"customer_id:abc123:call:xyz789","data":{"id":"xyz789","status":"answered","previous_status":"ringing","tm_update":"2024-01-15T10:30:05.000000Z"}}"#,
        r#"{"event_type":"agent.status","timestamp":"2024-01-15T10:30:00.000000Z","topic":"agent_id:agent123:agent:agent123","data":{"agent_id":"agent123","status":"available","previous_status":"busy","tm_update":"2024-01-15T10:30:00.000000Z"}}"#,
        r#"{"type":"call_hungup","data":{"id":"test-call-id","hangup_reason":"normal","source":{"type":"tel","target":"+15551234567"},"destination":{"type":"tel","target":"+15559876543"}}}"#,
        r#"{"id":"x","transcribe_id":"t","direction":"in","message":"hello","tm_transcript":"0001-01-01 00:00:08.991840"}"#,
        r#"{"id":"x","source":5,"destination":[1,2],"status":"hangup","direction":{"a":1},"tm_update":null, "chained_call_ids":"nope"}"#,
        r#"[1,2]"#, r#"{"a":1}"#, "nope",
    ] {
        println!("{:?}\n", voipbin_protocol::decode(f));
    }
    let e = voipbin_protocol::EventType::CallHangup;
    let r = voipbin_protocol::Resource::Call(Default::default());
    println!("{}", voipbin_protocol::encode_documented(&e, "t", "ts", &r));
}
