//! The phone_ua tests' side of the desk: the UA and its WebSocket, registering agent1, being
//! rung and answering, and the stand-in's view of the legs.

use std::collections::VecDeque;
use std::net::{IpAddr, Ipv4Addr};
use std::time::{Duration, Instant};

use futures_util::{SinkExt, StreamExt};
use serde_json::Value;
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::http::HeaderValue;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};
use voipbin_sip::ua::{Account, Output, PhoneEvent, RegistrationState, UaSettings, UserAgent};
use voipbin_standin::media::{MediaLeg, MediaSettings, Sound};

use super::super::phone_desk::{eventually, Desk, AUDIO, RING};

/// The UA with its socket: what the desk's wasm phone does, in a test.
pub struct UaPhone {
    pub ua: UserAgent,
    socket: WebSocketStream<MaybeTlsStream<TcpStream>>,
    started: Instant,
    events: VecDeque<PhoneEvent>,
    /// Start lines sent (`->`) and received (`<-`), for failure messages.
    pub transcript: Vec<String>,
    /// The server closed the socket (and the UA was told).
    pub closed: bool,
}

impl UaPhone {
    pub async fn connect(desk: &Desk, account: Account) -> UaPhone {
        let mut request = desk.sip_url().into_client_request().expect("ws request");
        request
            .headers_mut()
            .insert("Sec-WebSocket-Protocol", HeaderValue::from_static("sip"));
        let (socket, response) = tokio_tungstenite::connect_async_with_config(request, None, true)
            .await
            .expect("SIP WebSocket connects");
        assert_eq!(
            response.headers().get("Sec-WebSocket-Protocol"),
            Some(&HeaderValue::from_static("sip"))
        );
        let settings = UaSettings {
            account,
            secure: false,
            register_expires_s: 600,
            user_agent: "voipbin-desk phone_ua test".into(),
        };
        let mut phone = UaPhone {
            ua: UserAgent::new(settings, rand::random()),
            socket,
            started: Instant::now(),
            events: VecDeque::new(),
            transcript: Vec::new(),
            closed: false,
        };
        let out = phone.ua.on_connected(phone.now());
        phone.carry(out).await;
        phone
    }

    pub fn now(&self) -> u64 {
        self.started.elapsed().as_millis() as u64
    }

    pub async fn carry(&mut self, out: Vec<Output>) {
        for output in out {
            match output {
                Output::Send(frame) => {
                    self.note("->", &frame);
                    self.socket
                        .send(Message::Text(frame.into()))
                        .await
                        .expect("frame sent");
                }
                Output::Event(event) => self.events.push_back(event),
                Output::TransportDead => panic!("keep-alive unanswered: {:?}", self.transcript),
            }
        }
    }

    fn note(&mut self, way: &str, frame: &str) {
        let line = frame
            .lines()
            .next()
            .filter(|line| !line.trim().is_empty())
            .unwrap_or("(keep-alive)");
        self.transcript.push(format!("{way} {line}"));
    }

    /// Feeds frames and ticks until an event satisfying `want` arrives (others stay queued).
    pub async fn wait_for(
        &mut self,
        wait: Duration,
        want: impl Fn(&PhoneEvent) -> bool,
    ) -> PhoneEvent {
        let deadline = tokio::time::Instant::now() + wait;
        loop {
            if let Some(index) = self.events.iter().position(&want) {
                if let Some(event) = self.events.remove(index) {
                    return event;
                }
            }
            let now = tokio::time::Instant::now();
            if now >= deadline {
                panic!(
                    "event not seen; queued: {:?}; transcript: {:?}",
                    self.events, self.transcript
                );
            }
            let tick_in = self
                .ua
                .next_deadline_ms()
                .map(|at| Duration::from_millis(at.saturating_sub(self.now())))
                .unwrap_or(wait);
            let sleep = tick_in.min(deadline - now);
            match tokio::time::timeout(sleep, self.socket.next()).await {
                Ok(Some(Ok(Message::Text(text)))) => {
                    self.note("<-", text.as_str());
                    let out = self.ua.on_frame(text.as_str(), self.now());
                    self.carry(out).await;
                }
                Ok(Some(Ok(Message::Close(_)) | Err(_)) | None) => {
                    // What the desk does when its socket closes.
                    assert!(!self.closed, "socket ended: {:?}", self.transcript);
                    self.closed = true;
                    let out = self.ua.on_disconnected(self.now());
                    self.carry(out).await;
                }
                Ok(Some(Ok(_))) => {}
                Err(_) => {
                    let out = self.ua.on_tick(self.now());
                    self.carry(out).await;
                }
            }
        }
    }

    /// Lets the UA read what arrives for a moment (answers to requests that need no event).
    pub async fn settle(&mut self, for_ms: u64) {
        let until = tokio::time::Instant::now() + Duration::from_millis(for_ms);
        while let Ok(Some(Ok(Message::Text(text)))) =
            tokio::time::timeout_at(until, self.socket.next()).await
        {
            self.note("<-", text.as_str());
            let out = self.ua.on_frame(text.as_str(), self.now());
            self.carry(out).await;
        }
    }
}

pub fn media() -> MediaSettings {
    MediaSettings {
        ip: IpAddr::V4(Ipv4Addr::LOCALHOST),
    }
}

/// Polls `/v1.0/sim/phone` until the leg of SIP call `sip_call_id` satisfies `want`; the last
/// one seen otherwise (the harness's `leg_until` looks at one leg per agent, and this agent
/// has two in turn).
pub async fn leg_until(
    desk: &Desk,
    sip_call_id: &str,
    want: impl Fn(&Value) -> bool,
) -> Result<Value, Value> {
    let found = eventually(AUDIO, || async {
        let legs = desk.phone_legs().await;
        let leg = legs.into_iter().find(|l| l["sip_call_id"] == sip_call_id)?;
        want(&leg).then_some(leg)
    })
    .await;
    match found {
        Some(leg) => Ok(leg),
        None => Err(desk
            .phone_legs()
            .await
            .into_iter()
            .find(|l| l["sip_call_id"] == sip_call_id)
            .unwrap_or(Value::Null)),
    }
}

pub fn packets_received(leg: &Value) -> u64 {
    leg["packets_received"].as_u64().unwrap_or(0)
}

pub async fn phone_hears(leg: &MediaLeg) -> bool {
    eventually(AUDIO, || async {
        (leg.stats().packets_received > 0).then_some(())
    })
    .await
    .is_some()
}

/// agent1's extension registered by the UA (the credentials the agent surface gives), and
/// agent1 available for calls.
pub async fn agent1_phone(desk: &Desk) -> (UaPhone, String) {
    let credentials = desk.credentials("agent1@demo").await;
    let agent = desk.t.agent_id("agent1@demo");
    let account = Account {
        username: credentials.username.clone(),
        password: credentials.password.clone(),
        domain: desk.realm(),
        display_name: Some("Agent One".into()),
    };
    let mut phone = UaPhone::connect(desk, account).await;
    let registered = phone
        .wait_for(RING, |e| {
            matches!(
                e,
                PhoneEvent::Registration(RegistrationState::Registered { .. })
            )
        })
        .await;
    assert_eq!(
        registered,
        PhoneEvent::Registration(RegistrationState::Registered { expires_s: 600 })
    );
    let (_, body) = desk.t.get("/v1.0/sim/phone", &desk.admin).await;
    let registrations = body["registrations"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert!(
        registrations.iter().any(|r| r["agent_id"] == agent.as_str()
            && r["user_agent"] == "voipbin-desk phone_ua test"
            && r["contact"]
                .as_str()
                .is_some_and(|c| c.contains(".invalid"))),
        "registered contact listed: {body}"
    );

    desk.set_status(&agent, "available").await;
    (phone, agent)
}

/// A caller placed for the agent rings the phone; answered with a media leg of our own and
/// confirmed by the ACK. Returns the SIP Call-ID, the VoIPBIN leg id and the leg.
pub async fn ring_and_answer(
    desk: &Desk,
    phone: &mut UaPhone,
    agent: &str,
) -> (String, String, MediaLeg) {
    desk.place_caller_for(agent).await;
    let incoming = phone
        .wait_for(RING, |e| matches!(e, PhoneEvent::Incoming { .. }))
        .await;
    let PhoneEvent::Incoming {
        call,
        caller,
        offer_sdp,
    } = incoming
    else {
        unreachable!()
    };
    assert!(!caller.user.is_empty(), "{caller:?}");
    let leg_id = ringing_leg_for(desk, &caller.user).await;
    let offer = offer_sdp.expect("the ring offers media");
    let (leg, answer_sdp) = MediaLeg::answer(&media(), &offer, Sound::Voice { seed: 7 })
        .await
        .expect("answer SDP");
    let out = phone.ua.answer(&call, &answer_sdp, phone.now());
    phone.carry(out).await;
    phone
        .wait_for(RING, |e| *e == PhoneEvent::Confirmed { call: call.clone() })
        .await;
    (call, leg_id, leg)
}

/// The VoIPBIN leg a ring is for, found as the desk finds it: the INVITE names no call (as
/// deployed), so among agent1's own calls, the live one VoIPBIN dialed for the caller in From.
async fn ringing_leg_for(desk: &Desk, caller: &str) -> String {
    let token = desk.t.login("agent1@demo").await;
    let found = eventually(RING, || async {
        let (_, body) = desk.t.get("/v1.0/service_agents/calls", &token).await;
        body["result"]
            .as_array()?
            .iter()
            .find(|c| {
                c["master_call_id"].as_str().is_some_and(|m| !m.is_empty())
                    && c["source"]["target"] == caller
                    && c["status"] != "hangup"
            })
            .and_then(|c| c["id"].as_str().map(str::to_string))
    })
    .await;
    found.expect("the ringing leg among agent1's calls, its source the caller in From")
}

/// An admin hangs up the customer call that agent1 has (ringing or answered).
pub async fn hang_up_from_voipbin(desk: &Desk, agent: &str) {
    let Some(call) = desk.call_of(agent).await else {
        panic!("a call for agent1: {}", desk.truth().await["calls"]);
    };
    let call_id = call["call_id"].as_str().expect("call id");
    let (status, body) = desk
        .t
        .request(
            "POST",
            &format!("/v1.0/calls/{call_id}/hangup"),
            Some(&desk.admin),
            None,
        )
        .await;
    assert!(status.is_success(), "{body}");
}
