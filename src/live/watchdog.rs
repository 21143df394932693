//! Finding a connection that died without closing. Browsers answer the server's pings without
//! telling JavaScript, so silence is all the desk can see: after a quiet spell it re-sends one
//! subscription (the documented server acks it) and gives up on the socket if nothing comes back.
//! The deployed server never acks; there the desk waits out the server's own 60 s read deadline.

use voipbin_protocol::Dialect;

#[derive(Clone, Copy, Debug)]
pub struct WatchdogOptions {
    pub probe_after_ms: f64,
    pub probe_timeout_ms: f64,
    pub deployed_silence_ms: f64,
}

impl Default for WatchdogOptions {
    fn default() -> Self {
        WatchdogOptions {
            // A probe is one small frame; cheap enough to send after a short quiet spell, so a
            // stalled socket is found within about 3.5 s.
            probe_after_ms: 2_000.0,
            probe_timeout_ms: 1_500.0,
            deployed_silence_ms: 60_000.0,
        }
    }
}

#[derive(Debug, PartialEq, Eq)]
pub enum Verdict {
    Alive,
    SendProbe,
    Dead,
}

#[derive(Debug)]
pub struct Watchdog {
    options: WatchdogOptions,
    last_frame_ms: f64,
    probe_sent_ms: Option<f64>,
}

impl Watchdog {
    pub fn new(options: WatchdogOptions, now_ms: f64) -> Self {
        Watchdog {
            options,
            last_frame_ms: now_ms,
            probe_sent_ms: None,
        }
    }

    pub fn on_frame(&mut self, now_ms: f64) {
        self.last_frame_ms = now_ms;
        self.probe_sent_ms = None;
    }

    pub fn check(&mut self, now_ms: f64, dialect: Dialect) -> Verdict {
        let silent_for = now_ms - self.last_frame_ms;
        match dialect {
            Dialect::Deployed if silent_for > self.options.deployed_silence_ms => Verdict::Dead,
            Dialect::Deployed => Verdict::Alive,
            Dialect::Documented => match self.probe_sent_ms {
                Some(sent) if now_ms - sent > self.options.probe_timeout_ms => Verdict::Dead,
                Some(_) => Verdict::Alive,
                None if silent_for > self.options.probe_after_ms => {
                    self.probe_sent_ms = Some(now_ms);
                    Verdict::SendProbe
                }
                None => Verdict::Alive,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn probes_a_quiet_documented_socket_then_gives_up() {
        let mut w = Watchdog::new(WatchdogOptions::default(), 0.0);
        assert_eq!(w.check(1_500.0, Dialect::Documented), Verdict::Alive);
        assert_eq!(w.check(2_500.0, Dialect::Documented), Verdict::SendProbe);
        assert_eq!(
            w.check(3_000.0, Dialect::Documented),
            Verdict::Alive,
            "waiting for the ack"
        );
        assert_eq!(w.check(4_100.0, Dialect::Documented), Verdict::Dead);
    }

    #[test]
    fn any_frame_answers_the_probe() {
        let mut w = Watchdog::new(WatchdogOptions::default(), 0.0);
        assert_eq!(w.check(2_500.0, Dialect::Documented), Verdict::SendProbe);
        w.on_frame(3_000.0);
        assert_eq!(w.check(4_500.0, Dialect::Documented), Verdict::Alive);
    }

    #[test]
    fn deployed_waits_for_the_servers_read_deadline() {
        let mut w = Watchdog::new(WatchdogOptions::default(), 0.0);
        assert_eq!(w.check(59_000.0, Dialect::Deployed), Verdict::Alive);
        assert_eq!(w.check(61_000.0, Dialect::Deployed), Verdict::Dead);
    }
}
