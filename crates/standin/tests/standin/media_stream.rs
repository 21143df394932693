//! Media streams over real sockets (`GET /v1.0/calls/{id}/media_stream`): a supervisor hears a
//! call answered on agent1's phone at 50 frames a second in each encapsulation until it hangs
//! up; barge audio reaches both phones of a phone-to-phone call; only listening changes
//! nothing; an agent gets 403, an unknown call 404; an unknown encapsulation carries nothing;
//! a simulated conference streams the stand-in's voice.

use std::time::Duration;

use futures_util::future::join_all;
use futures_util::{SinkExt, StreamExt};
use serde_json::Value;
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::{self, Message};
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};
use voipbin_protocol::media_stream::{payload, Encapsulation, FrameWriter, FRAME_BYTES};
use voipbin_protocol::Dialect;

use super::common::{self, refused_status, TestServer};
use super::phone_desk::{eventually, Desk, RING};

const WAIT: Duration = Duration::from_secs(5);

pub struct MediaStream {
    socket: WebSocketStream<MaybeTlsStream<TcpStream>>,
}

impl MediaStream {
    /// `kind` is `calls` or `conferences`.
    pub async fn open(
        server: &TestServer,
        kind: &str,
        id: &str,
        encapsulation: &str,
        token: &str,
    ) -> Result<MediaStream, tungstenite::Error> {
        let url = format!(
            "ws://{}/v1.0/{kind}/{id}/media_stream?encapsulation={encapsulation}&token={token}",
            server.server.addr
        );
        let (socket, _) = tokio_tungstenite::connect_async(url).await?;
        Ok(MediaStream { socket })
    }

    /// Binary frames received during `period` (fewer if the socket closes), and whether it
    /// closed.
    pub async fn frames_for(&mut self, period: Duration) -> (Vec<Vec<u8>>, bool) {
        let deadline = tokio::time::Instant::now() + period;
        let mut frames = Vec::new();
        loop {
            match tokio::time::timeout_at(deadline, self.socket.next()).await {
                Err(_) => return (frames, false),
                Ok(Some(Ok(Message::Binary(data)))) => frames.push(data.to_vec()),
                Ok(Some(Ok(Message::Close(_)) | Err(_)) | None) => return (frames, true),
                Ok(Some(Ok(_))) => {}
            }
        }
    }

    pub async fn send(&mut self, message: Message) {
        self.socket.send(message).await.expect("send to the stream");
    }
}

/// RMS level of s16le PCM in dBFS (full-scale square wave = 0).
pub fn level_dbfs(pcm: &[u8]) -> f64 {
    let samples: Vec<f64> = pcm
        .chunks_exact(2)
        .map(|p| f64::from(i16::from_le_bytes([p[0], p[1]])))
        .collect();
    if samples.is_empty() {
        return -120.0;
    }
    let rms = (samples.iter().map(|s| s * s).sum::<f64>() / samples.len() as f64).sqrt();
    if rms < 1.0 {
        -120.0
    } else {
        20.0 * (rms / 32768.0).log10()
    }
}

/// 20 ms of a 440 Hz tone at about -9 dBFS, as s16le.
pub fn tone_frame(index: usize) -> Vec<u8> {
    (0..FRAME_BYTES / 2)
        .flat_map(|n| {
            let t = (index * FRAME_BYTES / 2 + n) as f64 / 8000.0;
            let sample = (16_000.0 * (2.0 * std::f64::consts::PI * 440.0 * t).sin()) as i16;
            sample.to_le_bytes()
        })
        .collect()
}

fn legs_of_call<'a>(legs: &'a [Value], call_id: &str) -> Vec<&'a Value> {
    legs.iter().filter(|l| l["call_id"] == call_id).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_supervisor_hears_the_call_in_each_encapsulation_until_it_hangs_up() {
    let desk = Desk::start().await;
    let (_phone, _call, agent) = desk.answered_call().await;
    let served = desk.call_of(&agent).await.expect("agent1 serves a caller");
    let call_id = served["call_id"].as_str().expect("call id").to_owned();
    let manager = desk.t.login("manager@demo").await;
    let mut streams = Vec::new();
    for encapsulation in ["sln", "rtp", "audiosocket"] {
        let stream = MediaStream::open(&desk.t, "calls", &call_id, encapsulation, &manager)
            .await
            .unwrap_or_else(|e| panic!("{encapsulation} upgrades: {e:?}"));
        streams.push(stream);
    }
    // Read side by side: a stream read later would hand over its backlog at once.
    let period = Duration::from_secs(2);
    let results = join_all(streams.iter_mut().map(|s| s.frames_for(period))).await;
    assert!(
        results.iter().all(|(_, closed)| !closed),
        "the streams stay open while the call lasts"
    );
    let received: Vec<Vec<Vec<u8>>> = results.into_iter().map(|(frames, _)| frames).collect();
    let [sln, rtp, audiosocket] = &received[..] else {
        unreachable!()
    };
    // ~50 a second: 2 s gives 100, plus what queued between the upgrade and the first read.
    for (name, frames) in [("sln", sln), ("rtp", rtp), ("audiosocket", audiosocket)] {
        assert!(
            (90..=130).contains(&frames.len()),
            "{name}: {} frames in 2 s",
            frames.len()
        );
    }
    assert!(
        sln.iter().all(|f| f.len() == 320),
        "sln frames are bare PCM"
    );
    assert!(rtp
        .iter()
        .all(|f| f.len() == 332 && f[0] == 0x80 && f[1] == 96));
    assert!(audiosocket
        .iter()
        .all(|f| f.len() == 323 && f[..3] == [0x10, 0x01, 0x40]));
    let seq = |f: &Vec<u8>| u16::from_be_bytes([f[2], f[3]]);
    let timestamp = |f: &Vec<u8>| u32::from_be_bytes([f[4], f[5], f[6], f[7]]);
    assert_eq!(
        (seq(&rtp[0]), timestamp(&rtp[0])),
        (1, 320),
        "as convert.go"
    );
    for pair in rtp.windows(2) {
        assert_eq!(seq(&pair[1]), seq(&pair[0]).wrapping_add(1));
        assert_eq!(timestamp(&pair[1]), timestamp(&pair[0]).wrapping_add(320));
        assert_eq!(&pair[1][8..12], &[0, 0, 0, 0], "SSRC 0");
    }
    let pcm: Vec<u8> = sln.iter().flatten().copied().collect();
    let level = level_dbfs(&pcm);
    assert!(
        level > -40.0,
        "the caller's voice is audible: {level:.1} dBFS"
    );
    let rtp_pcm: Vec<u8> = rtp
        .iter()
        .flat_map(|f| payload(Encapsulation::Rtp, f).expect("decodes").to_vec())
        .collect();
    assert!(level_dbfs(&rtp_pcm) > -40.0);
    eprintln!(
        "listen: sln {} rtp {} audiosocket {} frames in 2 s, level {level:.1} dBFS",
        sln.len(),
        rtp.len(),
        audiosocket.len()
    );

    // Listening alone changes nothing on the call.
    let legs = desk.phone_legs().await;
    let leg = legs
        .iter()
        .find(|l| l["agent_id"] == agent.as_str())
        .expect("agent1's leg");
    assert_eq!(leg["barge_packets"], 0, "{leg}");
    assert_eq!(leg["whisper_packets"], 0, "{leg}");

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
    for stream in &mut streams {
        let (_, closed) = stream.frames_for(Duration::from_secs(2)).await;
        assert!(closed, "the stream ends with the call");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn barge_audio_reaches_both_phones_of_the_call() {
    let desk = Desk::start().await;
    let callee = desk.t.agent_id("agent2@demo");
    let phone1 = desk.phone("agent1@demo").await;
    let mut phone2 = desk.phone("agent2@demo").await;
    let dialing = phone1
        .dial(&format!("agent:{callee}"))
        .await
        .expect("INVITE sent");
    let invite = phone2.next_invite(RING).await.expect("callee rung");
    let _answered = phone2.answer(&invite).await.expect("callee answers");
    let _call = dialing.answered(WAIT).await.expect("caller connected");
    let legs = desk.phone_legs().await;
    let call_id = legs
        .iter()
        .find(|l| l["direction"] == "outgoing")
        .and_then(|l| l["call_id"].as_str())
        .expect("the caller's leg")
        .to_owned();
    assert_eq!(legs_of_call(&legs, &call_id).len(), 2, "{legs:?}");

    let mut stream = MediaStream::open(&desk.t, "calls", &call_id, "rtp", &desk.admin)
        .await
        .expect("upgrades");
    let mut writer = FrameWriter::new(Encapsulation::Rtp);
    // Text is ignored, as are frames that do not decode as RTP.
    stream.send(Message::Text("hello".into())).await;
    stream.send(Message::Binary(vec![1, 2, 3].into())).await;
    for index in 0..50 {
        let frame = writer.frame(&tone_frame(index));
        stream.send(Message::Binary(frame.into())).await;
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let both = eventually(WAIT, || async {
        let legs = desk.phone_legs().await;
        let legs = legs_of_call(&legs, &call_id);
        let reached = legs.iter().all(|l| {
            l["barge_packets"].as_u64() > Some(20)
                && l["barge_level_dbfs"].as_f64().unwrap_or(-120.0) > -20.0
        });
        (legs.len() == 2 && reached).then(|| {
            legs.iter()
                .map(|l| (l["barge_packets"].clone(), l["barge_level_dbfs"].clone()))
                .collect::<Vec<_>>()
        })
    })
    .await;
    let Some(both) = both else {
        panic!("barge on both legs: {:?}", desk.phone_legs().await);
    };
    eprintln!("barge (packets, dBFS) per leg: {both:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_agent_is_refused_an_unknown_call_is_404_and_an_unknown_encapsulation_is_silent() {
    let desk = Desk::start().await;
    let placed = desk.place_caller_for(&desk.t.agent_id("agent2@demo")).await;
    let call_id = placed["call_id"].as_str().expect("call id").to_owned();
    let agent = desk.t.login("agent1@demo").await;

    let refused = MediaStream::open(&desk.t, "calls", &call_id, "sln", &agent).await;
    let error = refused.err().expect("an agent is refused");
    let (status, body) = refused_status(&error).expect("an HTTP answer");
    assert_eq!(status, 403, "{body}");
    assert_eq!(body["error"]["status"], "PERMISSION_DENIED", "{body}");

    let unknown = "7d0f7a52-0c55-11ef-9a43-6b0c1f6a2b11";
    for kind in ["calls", "conferences"] {
        let refused = MediaStream::open(&desk.t, kind, unknown, "sln", &desk.admin).await;
        let (status, body) = refused_status(&refused.err().expect("refused")).expect("HTTP");
        assert_eq!(status, 404, "{kind}: {body}");
    }

    // A call served by a simulated agent (no phone): the stand-in's voice, still 50 a second.
    let mut heard = MediaStream::open(&desk.t, "calls", &call_id, "sln", &desk.admin)
        .await
        .expect("upgrades");
    let (frames, _) = heard.frames_for(Duration::from_secs(1)).await;
    assert!((40..=65).contains(&frames.len()), "{} frames", frames.len());
    let pcm: Vec<u8> = frames.concat();
    assert!(level_dbfs(&pcm) > -40.0, "{:.1}", level_dbfs(&pcm));

    let mut silent = MediaStream::open(&desk.t, "calls", &call_id, "pcm", &desk.admin)
        .await
        .expect("an unknown encapsulation still upgrades");
    silent.send(Message::Binary(tone_frame(0).into())).await;
    let (frames, closed) = silent.frames_for(Duration::from_secs(1)).await;
    assert!(frames.is_empty(), "{} frames", frames.len());
    assert!(!closed, "it stays open");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_live_conference_streams_to_a_supervisor_and_refuses_an_agent() {
    // Conferences are 1.5% of what the simulation starts: a high rate brings one soon.
    let t = common::start(Dialect::Deployed, 400.0).await;
    let admin = t.login("admin@demo").await;
    let live = eventually(Duration::from_secs(20), || async {
        let (_, body) = t.get("/v1.0/conferences?page_size=100", &admin).await;
        body["result"].as_array()?.iter().find_map(|c| {
            (c["status"] == "starting" || c["status"] == "progressing")
                .then(|| c["id"].as_str().map(str::to_owned))
                .flatten()
        })
    })
    .await
    .expect("a conference in progress");
    t.set_rate(&admin, 0.0).await;
    let agent = t.login("agent1@demo").await;
    let refused = MediaStream::open(&t, "conferences", &live, "sln", &agent).await;
    let (status, body) = refused_status(&refused.err().expect("refused")).expect("HTTP");
    assert_eq!(status, 403, "{body}");
    let mut stream = MediaStream::open(&t, "conferences", &live, "audiosocket", &admin)
        .await
        .expect("upgrades");
    let (frames, _) = stream.frames_for(Duration::from_secs(1)).await;
    assert!(frames.len() >= 40, "{} frames", frames.len());
    assert!(frames.iter().all(|f| f.len() == 323));
    let pcm: Vec<u8> = frames
        .iter()
        .flat_map(|f| {
            payload(Encapsulation::AudioSocket, f)
                .expect("decodes")
                .to_vec()
        })
        .collect();
    assert!(level_dbfs(&pcm) > -40.0, "{:.1}", level_dbfs(&pcm));
}
