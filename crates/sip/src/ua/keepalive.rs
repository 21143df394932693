//! Dead-socket detection (RFC 5626 4.4.1 CRLF keep-alive over a connection): after 30 s with
//! nothing received, send a double-CRLF ping; anything received (the server's CRLF pong, or any
//! message) is a sign of life; nothing within 10 s of the ping means the socket is dead.

use super::types::Output;

pub const IDLE_BEFORE_PING_MS: u64 = 30_000;
pub const PONG_WAIT_MS: u64 = 10_000;
pub const PING: &str = "\r\n\r\n";

#[derive(Debug, Clone, Default)]
pub struct KeepAlive {
    /// None while disconnected.
    last_received_ms: Option<u64>,
    ping_sent_ms: Option<u64>,
    /// TransportDead has been reported for this connection.
    dead: bool,
}

impl KeepAlive {
    pub fn connected(&mut self, now_ms: u64) {
        *self = KeepAlive {
            last_received_ms: Some(now_ms),
            ..KeepAlive::default()
        };
    }

    pub fn disconnected(&mut self) {
        *self = KeepAlive::default();
    }

    pub fn received(&mut self, now_ms: u64) {
        if self.last_received_ms.is_some() {
            self.last_received_ms = Some(now_ms);
            self.ping_sent_ms = None;
        }
    }

    pub fn next_deadline_ms(&self) -> Option<u64> {
        if self.dead {
            return None;
        }
        match (self.last_received_ms, self.ping_sent_ms) {
            (_, Some(ping)) => Some(ping.saturating_add(PONG_WAIT_MS)),
            (Some(last), None) => Some(last.saturating_add(IDLE_BEFORE_PING_MS)),
            (None, None) => None,
        }
    }

    pub fn on_tick(&mut self, now_ms: u64, out: &mut Vec<Output>) {
        if self.next_deadline_ms().is_none_or(|due| due > now_ms) {
            return;
        }
        if self.ping_sent_ms.is_some() {
            self.dead = true;
            out.push(Output::TransportDead);
        } else {
            self.ping_sent_ms = Some(now_ms);
            out.push(Output::Send(PING.to_string()));
        }
    }
}
