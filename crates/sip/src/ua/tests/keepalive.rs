use super::*;
use crate::ua::{IDLE_BEFORE_PING_MS, PING, PONG_WAIT_MS};

#[test]
fn idle_socket_is_pinged_and_a_pong_keeps_it_alive() {
    let mut ua = registered();
    let last = 1_020;
    assert!(ua.on_tick(last + IDLE_BEFORE_PING_MS - 1).is_empty());
    let out = ua.on_tick(last + IDLE_BEFORE_PING_MS);
    assert_eq!(out, [Output::Send(PING.to_string())]);
    assert_eq!(
        ua.next_deadline_ms(),
        Some(last + IDLE_BEFORE_PING_MS + PONG_WAIT_MS)
    );
    assert!(ua
        .on_frame("\r\n", last + IDLE_BEFORE_PING_MS + 50)
        .is_empty());
    assert!(ua
        .on_tick(last + IDLE_BEFORE_PING_MS + PONG_WAIT_MS)
        .is_empty());
    assert_eq!(
        ua.next_deadline_ms(),
        Some(last + 2 * IDLE_BEFORE_PING_MS + 50),
        "the next ping is 30 s after the pong"
    );
}

#[test]
fn no_pong_means_the_transport_is_dead_once() {
    let mut ua = registered();
    let ping_at = 1_020 + IDLE_BEFORE_PING_MS;
    assert_eq!(ua.on_tick(ping_at), [Output::Send(PING.to_string())]);
    assert!(ua.on_tick(ping_at + PONG_WAIT_MS - 1).is_empty());
    let out = ua.on_tick(ping_at + PONG_WAIT_MS);
    assert_eq!(out, [Output::TransportDead]);
    assert!(ua
        .on_tick(ping_at + 3 * PONG_WAIT_MS)
        .iter()
        .all(|o| *o != Output::TransportDead));
}

#[test]
fn any_message_counts_as_life() {
    let mut ua = registered();
    let options =
        "OPTIONS sip:x@y.invalid SIP/2.0\r\nVia: SIP/2.0/WS s.invalid;branch=z9hG4bKo1\r\n\
                   From: <sip:s@s.invalid>;tag=a\r\nTo: <sip:x@y.invalid>\r\nCall-ID: o1\r\n\
                   CSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n";
    let out = ua.on_frame(options, 20_000);
    assert_eq!(statuses(&out), [200]);
    assert_eq!(
        responses(&out)[0].headers.get("Allow"),
        Some(crate::ua::local::ALLOW)
    );
    assert_eq!(ua.next_deadline_ms(), Some(20_000 + IDLE_BEFORE_PING_MS));
}
