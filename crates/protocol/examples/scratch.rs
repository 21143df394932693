use std::hint::black_box;
fn main() {
    let samples = [
        include_str!("../tests/samples/call.json"),
        include_str!("../tests/samples/agent.json"),
        include_str!("../tests/samples/message.json"),
        include_str!("../tests/samples/queuecall.json"),
    ];
    for _ in 0..100_000 {
        for s in samples {
            black_box(voipbin_protocol::decode(black_box(s)).is_ok());
        }
    }
}
