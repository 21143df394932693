//! Two legs on 127.0.0.1 talking to each other over real UDP sockets: one offers, one answers.

use std::time::Duration;

use super::*;

fn localhost() -> MediaSettings {
    MediaSettings {
        ip: "127.0.0.1".parse().unwrap(),
    }
}

async fn pair(offerer_sound: Sound, answerer_sound: Sound) -> (MediaLeg, MediaLeg) {
    let (offerer, offer) = MediaLeg::offer(&localhost(), offerer_sound).await.unwrap();
    let (answerer, answer) = MediaLeg::answer(&localhost(), &offer, answerer_sound)
        .await
        .unwrap();
    offerer.accept_answer(&answer).await.unwrap();
    for leg in [&offerer, &answerer] {
        wait_for(|| leg.stats().connected, "ICE + DTLS").await;
    }
    (offerer, answerer)
}

async fn wait_for(condition: impl Fn() -> bool, what: &str) {
    for _ in 0..250 {
        if condition() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    panic!("timed out waiting for {what}");
}

/// Packets a leg receives over `period`.
async fn received_during(leg: &MediaLeg, period: Duration) -> u64 {
    let before = leg.stats().packets_received;
    tokio::time::sleep(period).await;
    leg.stats().packets_received - before
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn both_sides_hear_each_others_voice_and_dtmf_arrives_once_per_digit() {
    let (offerer, answerer) = pair(Sound::Voice { seed: 1 }, Sound::Voice { seed: 2 }).await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    for (name, leg) in [("offerer", &offerer), ("answerer", &answerer)] {
        let stats = leg.stats();
        assert!(stats.packets_received > 40, "{name}: {stats:?}");
        assert!(stats.packets_sent > 40, "{name}: {stats:?}");
        assert!(stats.peak_level_dbfs > -40.0, "{name}: {stats:?}");
        assert!(
            stats.first_audio_ms.is_some_and(|ms| ms < 2000),
            "{name}: {stats:?}"
        );
        assert!(!stats.held, "{name}: {stats:?}");
    }
    offerer.send_dtmf("123#");
    wait_for(|| answerer.stats().dtmf.len() >= 4, "four digits").await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(answerer.stats().dtmf, "123#");
    assert_eq!(offerer.stats().dtmf, "");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sendonly_reinvite_holds_the_answering_side_and_sendrecv_resumes_it() {
    let (phone, standin) = pair(Sound::Voice { seed: 3 }, Sound::Voice { seed: 4 }).await;
    assert!(received_during(&phone, Duration::from_millis(400)).await > 10);

    let hold = phone.reoffer(Direction::SendOnly).await.unwrap();
    assert!(hold.contains("a=sendonly"), "{hold}");
    let answer = standin.renegotiate(&hold).await.unwrap();
    assert!(answer.contains("a=recvonly"), "{answer}");
    phone.accept_reanswer(&answer).await.unwrap();
    assert!(standin.stats().held);
    tokio::time::sleep(Duration::from_millis(200)).await;
    let sent_while_held = standin.stats().packets_sent;
    assert_eq!(received_during(&phone, Duration::from_millis(600)).await, 0);
    assert_eq!(standin.stats().packets_sent, sent_while_held);
    // The held side still hears the phone (music on hold would flow the other way).
    assert!(received_during(&standin, Duration::from_millis(400)).await > 10);

    let resume = phone.reoffer(Direction::SendRecv).await.unwrap();
    let answer = standin.renegotiate(&resume).await.unwrap();
    assert!(answer.contains("a=sendrecv"), "{answer}");
    phone.accept_reanswer(&answer).await.unwrap();
    assert!(!standin.stats().held);
    assert!(received_during(&phone, Duration::from_millis(600)).await > 15);

    // An offer that changes nothing (what a re-INVITE without SDP asks for) still works.
    let same = standin.reoffer(Direction::SendRecv).await.unwrap();
    assert!(same.contains("a=sendrecv"), "{same}");
    standin
        .accept_reanswer(&phone.renegotiate(&same).await.unwrap())
        .await
        .unwrap();
    assert!(received_during(&phone, Duration::from_millis(400)).await > 10);

    // a=inactive holds too.
    let inactive = phone.reoffer(Direction::Inactive).await.unwrap();
    let answer = standin.renegotiate(&inactive).await.unwrap();
    assert!(answer.contains("a=inactive"), "{answer}");
    phone.accept_reanswer(&answer).await.unwrap();
    assert!(standin.stats().held);
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(received_during(&phone, Duration::from_millis(400)).await, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn media_loss_reduces_what_arrives_then_ends() {
    let (offerer, answerer) = pair(Sound::Voice { seed: 5 }, Sound::Silence).await;
    let normal = received_during(&offerer, Duration::from_secs(1)).await;
    answerer.set_loss(50, 1500);
    let lossy = received_during(&offerer, Duration::from_secs(1)).await;
    // Both directions lose half: 50 frames/s become about 25.
    assert!(
        normal >= 40 && lossy < normal * 7 / 10,
        "{normal} then {lossy}"
    );
    tokio::time::sleep(Duration::from_millis(600)).await;
    let after = received_during(&offerer, Duration::from_secs(1)).await;
    assert!(after >= 40, "{after}");
}

#[tokio::test]
async fn broken_or_unusable_sdp_is_refused_without_a_panic() {
    for garbage in [
        "",
        "hello",
        "v=0\r\nm=audio\r\n",
        "v=0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 0\r\n",
    ] {
        let refused = MediaLeg::answer(&localhost(), garbage, Sound::Silence).await;
        assert!(matches!(refused, Err(MediaError::BadSdp(_))), "{garbage:?}");
    }
    let (_, offer) = MediaLeg::offer(&localhost(), Sound::Silence).await.unwrap();
    let opus_only = offer
        .lines()
        .filter(|line| !line.contains("PCMU") && !line.contains(":0 "))
        .map(|line| match line.strip_prefix("m=audio") {
            Some(rest) => {
                let kept: Vec<&str> = rest.split(' ').filter(|f| *f != "0").collect();
                format!("m=audio{}\r\n", kept.join(" "))
            }
            None => format!("{line}\r\n"),
        })
        .collect::<String>();
    let refused = MediaLeg::answer(&localhost(), &opus_only, Sound::Silence).await;
    assert!(
        matches!(refused, Err(MediaError::NoCommonCodec)),
        "{:?}\n{opus_only}",
        refused.err()
    );

    let (leg, offer) = MediaLeg::offer(&localhost(), Sound::Silence).await.unwrap();
    assert!(matches!(
        leg.accept_answer("nonsense").await,
        Err(MediaError::BadSdp(_))
    ));
    assert!(matches!(
        leg.renegotiate("v=0\r\n").await,
        Err(MediaError::BadSdp(_))
    ));
    // The offer is still open for a good answer.
    let (_far_end, answer) = MediaLeg::answer(&localhost(), &offer, Sound::Silence)
        .await
        .unwrap();
    leg.accept_answer(&answer).await.unwrap();
    wait_for(|| leg.stats().connected, "ICE + DTLS").await;
}

#[tokio::test]
async fn a_leg_ends_when_closed_or_when_every_handle_is_dropped() {
    let (leg, _) = MediaLeg::offer(&localhost(), Sound::Silence).await.unwrap();
    let observer = leg.clone();
    leg.close();
    wait_for(|| observer.stats().ended, "close").await;
    assert_eq!(observer.accept_answer("v=0").await, Err(MediaError::Closed));

    let (leg, _) = MediaLeg::offer(&localhost(), Sound::Silence).await.unwrap();
    let counters = Arc::clone(&leg.counters);
    drop(leg);
    wait_for(|| counters.lock().unwrap().ended, "drop").await;
}

/// CPU cost per leg: `MEDIA_PAIRS` (default 100) pairs of legs talking for 10 s.
/// `cargo test -p voipbin-standin --profile server --lib media::tests::cpu -- --ignored --nocapture`
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore]
async fn cpu_per_leg() {
    let pairs: usize = std::env::var("MEDIA_PAIRS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(100);
    let mut legs = Vec::new();
    for seed in 0..pairs as u64 {
        let (offerer, answerer) =
            pair(Sound::Voice { seed }, Sound::Voice { seed: seed + 1000 }).await;
        legs.extend([offerer, answerer]);
    }
    let seconds = 10;
    let received_before: u64 = legs.iter().map(|l| l.stats().packets_received).sum();
    let cpu_before = process_cpu_seconds();
    tokio::time::sleep(Duration::from_secs(seconds)).await;
    let cpu = process_cpu_seconds() - cpu_before;
    let received: u64 =
        legs.iter().map(|l| l.stats().packets_received).sum::<u64>() - received_before;
    let per_leg_per_second = received as f64 / legs.len() as f64 / seconds as f64;
    let quiet = legs.iter().filter(|l| l.stats().level_dbfs < -40.0).count();
    eprintln!(
        "{} legs for {seconds} s: {cpu:.2} CPU s = {:.3} % of a core per leg; \
         {per_leg_per_second:.1} packets/s received per leg; {quiet} legs heard under -40 dBFS \
         in the last second (pauses between phrases)",
        legs.len(),
        100.0 * cpu / seconds as f64 / legs.len() as f64
    );
    assert!(per_leg_per_second > 45.0, "{per_leg_per_second} packets/s");
}

/// User + system CPU time of this process, from /proc/self/stat (Linux; clock ticks of 1/100 s).
fn process_cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // After the parenthesised command name come fields 3.. of proc(5); utime and stime are
    // fields 14 and 15.
    let after_name = stat.rsplit(')').next().unwrap_or_default();
    let fields: Vec<&str> = after_name.split_whitespace().collect();
    let ticks = |index: usize| fields.get(index).and_then(|f| f.parse::<u64>().ok());
    match (ticks(11), ticks(12)) {
        (Some(user), Some(system)) => (user + system) as f64 / 100.0,
        _ => 0.0,
    }
}

/// Hostile SDP: a real offer cut, spliced and bit-flipped a thousand ways; every answer attempt
/// returns (an answer or an error) without a panic.
#[tokio::test]
async fn mangled_offers_never_panic() {
    let (_offerer, offer) = MediaLeg::offer(&localhost(), Sound::Silence).await.unwrap();
    let bytes = offer.as_bytes();
    let mut dice = audio::Rng::new(99);
    let mut refused = 0;
    for case in 0..1000 {
        let mut mangled = bytes.to_vec();
        match case % 4 {
            0 => mangled.truncate(dice.below(bytes.len() as u32) as usize),
            1 => {
                for _ in 0..1 + dice.below(8) {
                    let at = dice.below(mangled.len() as u32) as usize;
                    mangled[at] = b" :=/\r\n0123456789abcdefmac-"[dice.below(26) as usize];
                }
            }
            2 => {
                let from = dice.below(bytes.len() as u32) as usize;
                let to = dice.below(bytes.len() as u32) as usize;
                mangled.splice(to..to, bytes[from..].iter().take(60).copied());
            }
            _ => {
                let line_start = dice.below(bytes.len() as u32) as usize;
                mangled.drain(line_start..(line_start + 40).min(mangled.len()));
            }
        }
        let text = String::from_utf8_lossy(&mangled);
        if let Ok((leg, _)) = MediaLeg::answer(&localhost(), &text, Sound::Silence).await {
            leg.close();
        } else {
            refused += 1;
        }
    }
    assert!(
        refused > 100,
        "only {refused} of 1000 mangled offers refused"
    );
}
