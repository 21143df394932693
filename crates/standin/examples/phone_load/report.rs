//! Figures of the phone load: set-up latencies, answer-to-first-audio, and the hold (legs whose
//! packet counts grow, on both sides, and CPU from /proc).

use std::collections::HashMap;
use std::time::{Duration, Instant};

use crate::phone_client::Call;
use crate::setup::Server;

/// Times of one call. Inbound: placed (POST /v1.0/sim/calls) -> INVITE received (ring) ->
/// 200 OK sent (the phone's own answer: media set-up here) -> ACK received. Outbound: INVITE
/// sent -> first response (1xx) -> 200 OK received (after the simulated customer's 2-5 s).
pub struct Timing {
    pub start_to_ring: Option<Duration>,
    pub ring_to_answered: Duration,
    pub answered_to_confirmed: Option<Duration>,
    pub start_to_established: Duration,
    pub answer_to_first_audio: Option<Duration>,
}

/// How long after `answered_at` the first packet from the far end arrived (polled every 2 ms).
pub async fn first_audio(call: &Call, answered_at: Instant) -> Option<Duration> {
    let deadline = answered_at + Duration::from_secs(10);
    while Instant::now() < deadline {
        if call.stats().packets_received > 0 {
            return Some(answered_at.elapsed());
        }
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
    None
}

pub fn print_latencies(timings: &[&Timing], outbound: bool) {
    let show = |name: &str, mut values: Vec<Duration>| {
        values.sort();
        match (
            percentile(&values, 0.5),
            percentile(&values, 0.95),
            values.last(),
        ) {
            (Some(p50), Some(p95), Some(max)) => println!(
                "{name:<40} p50 {:>7.1} ms  p95 {:>7.1} ms  max {:>7.1} ms  (n={})",
                ms(p50),
                ms(p95),
                ms(*max),
                values.len()
            ),
            _ => println!("{name:<40} n/a"),
        }
    };
    if outbound {
        show(
            "INVITE -> first response (1xx)",
            timings.iter().filter_map(|t| t.start_to_ring).collect(),
        );
        show(
            "INVITE -> 200 OK (incl. 2-5 s answer)",
            timings.iter().map(|t| t.start_to_established).collect(),
        );
    } else {
        show(
            "placed -> INVITE at phone (ring)",
            timings.iter().filter_map(|t| t.start_to_ring).collect(),
        );
        show(
            "INVITE -> 200 OK sent (phone answers)",
            timings.iter().map(|t| t.ring_to_answered).collect(),
        );
        show(
            "200 OK -> ACK received",
            timings
                .iter()
                .filter_map(|t| t.answered_to_confirmed)
                .collect(),
        );
        show(
            "INVITE -> ACK (set-up at the phone)",
            timings
                .iter()
                .filter_map(|t| Some(t.ring_to_answered + t.answered_to_confirmed?))
                .collect(),
        );
        show(
            "placed -> ACK (end to end)",
            timings.iter().map(|t| t.start_to_established).collect(),
        );
    }
    show(
        "answer -> first far-end audio packet",
        timings
            .iter()
            .filter_map(|t| t.answer_to_first_audio)
            .collect(),
    );
    let silent = timings
        .iter()
        .filter(|t| t.answer_to_first_audio.is_none())
        .count();
    if silent > 0 {
        println!("calls with no far-end audio in 10 s: {silent}");
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Option<Duration> {
    if sorted.is_empty() {
        return None;
    }
    let index = ((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted.get(index).copied()
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

pub struct Hold {
    calls: usize,
    phone_legs_flowing: usize,
    phone_legs_audible: usize,
    server_legs_live: usize,
    server_legs_flowing: usize,
    server_cpu: Option<f64>,
    load_cpu: Option<f64>,
    seconds: f64,
}

/// Keeps every call up for `secs` and counts the legs whose received packets grew, on the
/// phones and in the stand-in (`/v1.0/sim/phone`), with both processes' CPU over that time.
pub async fn hold(
    server: &Server,
    calls: &[&Call],
    secs: u64,
    server_pid: Option<u32>,
    clk_tck: u64,
) -> Result<Hold, String> {
    let phone_before: Vec<u64> = calls.iter().map(|c| c.stats().packets_received).collect();
    let server_before = received_by_leg(&server.phone_legs().await?);
    let (server_cpu_before, load_cpu_before) = (
        server_pid.and_then(cpu_ticks),
        cpu_ticks(std::process::id()),
    );
    let started = Instant::now();
    tokio::time::sleep(Duration::from_secs(secs)).await;
    let seconds = started.elapsed().as_secs_f64();
    let (server_cpu_after, load_cpu_after) = (
        server_pid.and_then(cpu_ticks),
        cpu_ticks(std::process::id()),
    );
    let legs = server.phone_legs().await?;
    let live: Vec<_> = legs.iter().filter(|l| l["state"] != "ended").collect();
    let server_after = received_by_leg(&legs);
    let percent = |before: Option<u64>, after: Option<u64>| {
        Some((after? - before?) as f64 / clk_tck as f64 / seconds * 100.0)
    };
    Ok(Hold {
        calls: calls.len(),
        phone_legs_flowing: calls
            .iter()
            .zip(&phone_before)
            .filter(|(c, before)| c.stats().packets_received > **before)
            .count(),
        phone_legs_audible: calls
            .iter()
            .filter(|c| c.stats().level_dbfs > -40.0)
            .count(),
        server_legs_live: live.len(),
        server_legs_flowing: server_after
            .iter()
            .filter(|(id, after)| {
                server_before
                    .get(*id)
                    .is_some_and(|before| **after > *before)
            })
            .count(),
        server_cpu: percent(server_cpu_before, server_cpu_after),
        load_cpu: percent(load_cpu_before, load_cpu_after),
        seconds,
    })
}

impl Hold {
    pub fn print(&self) {
        println!("calls held:                        {}", self.calls);
        println!(
            "phone legs receiving (grew in {:.1} s): {}",
            self.seconds, self.phone_legs_flowing
        );
        println!(
            "phone legs hearing > -40 dBFS:     {}",
            self.phone_legs_audible
        );
        println!(
            "stand-in legs live:                {}",
            self.server_legs_live
        );
        println!(
            "stand-in legs receiving (grew):    {}",
            self.server_legs_flowing
        );
        let cpu = |v: Option<f64>| v.map_or("n/a".to_owned(), |p| format!("{p:.0}% of one core"));
        println!(
            "stand-in CPU:                      {}",
            cpu(self.server_cpu)
        );
        println!("load generator CPU (phones):       {}", cpu(self.load_cpu));
    }
}

fn received_by_leg(legs: &[serde_json::Value]) -> HashMap<String, u64> {
    legs.iter()
        .filter(|l| l["state"] != "ended")
        .filter_map(|l| {
            Some((
                l["call_id"].as_str()?.to_owned(),
                l["packets_received"].as_u64()?,
            ))
        })
        .collect()
}

/// utime + stime of a process, in clock ticks (fields 14 and 15 of /proc/<pid>/stat; the
/// name in field 2 may hold spaces, so fields are counted after its closing parenthesis).
pub fn cpu_ticks(pid: u32) -> Option<u64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let fields: Vec<&str> = stat
        .get(stat.rfind(')')? + 1..)?
        .split_whitespace()
        .collect();
    Some(fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?)
}
