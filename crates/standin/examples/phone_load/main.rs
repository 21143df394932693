//! Load for the stand-in's phone system: registers N test phones (agent1@demo … agentN@demo,
//! each with its extension's credentials), sets up calls to them (`inbound`: a caller placed for
//! each agent rings its phone, which answers) or from them (`outbound`: each phone calls
//! `+E164` numbers that a simulated customer answers after 2-5 s), then holds every call for a
//! few seconds and reports set-up rate and latency, legs with audio flowing, the server's CPU
//! and answer-to-first-audio time. Prints figures only (no pass/fail).
//!
//! `cargo run --profile server -p voipbin-standin --example phone_load -- --url http://127.0.0.1:9000 --phones 200`
//! (bench/phone-standin starts a `--scale large` server and runs this).

#[path = "../../tests/standin/phone_client.rs"]
mod phone_client;
mod report;
mod setup;

use std::sync::Arc;
use std::time::{Duration, Instant};

use clap::Parser;
use phone_client::{Call, PhoneClient};

use report::{print_latencies, Timing};
use setup::Agent;

#[derive(Parser, Debug)]
struct Args {
    /// Base URL of a running stand-in.
    #[arg(long, default_value = "http://127.0.0.1:9000")]
    url: String,
    /// Phones to register (agent1 … agentN; the large scale has 200 plain agents).
    #[arg(long, default_value_t = 200)]
    phones: usize,
    /// `inbound` (callers ring the phones) or `outbound` (the phones call numbers).
    #[arg(long, default_value = "inbound")]
    mode: String,
    /// Outbound calls per phone (outbound mode).
    #[arg(long, default_value_t = 1)]
    calls_per_phone: usize,
    /// Calls started per second; 0 starts them all at once.
    #[arg(long, default_value_t = 50.0)]
    call_rate: f64,
    /// How long every call is held while legs with audio are counted.
    #[arg(long, default_value_t = 5)]
    hold_secs: u64,
    /// The server's process id, for its CPU use over the hold.
    #[arg(long)]
    server_pid: Option<u32>,
    /// Clock ticks per second of /proc/<pid>/stat (`getconf CLK_TCK`).
    #[arg(long, default_value_t = 100)]
    clk_tck: u64,
}

/// One call's outcome: the call and its timings.
struct Placed {
    call: Call,
    timing: Timing,
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args = Args::parse();
    let server = setup::Server::connect(&args.url).await?;
    let agents = server.agents(args.phones).await?;
    println!(
        "agents with an extension: {} (asked for {})",
        agents.len(),
        args.phones
    );

    let started = Instant::now();
    let registered = setup::register_all(&server, &agents).await;
    let phones: Vec<(Agent, Arc<tokio::sync::Mutex<PhoneClient>>)> = registered
        .into_iter()
        .map(|(agent, phone)| (agent, Arc::new(tokio::sync::Mutex::new(phone))))
        .collect();
    println!(
        "phones registered: {} of {} in {:.2} s",
        phones.len(),
        agents.len(),
        started.elapsed().as_secs_f64()
    );

    let outbound = args.mode == "outbound";
    if !outbound {
        for (agent, _) in &phones {
            server.set_available(&agent.id).await?;
        }
    }
    let total = if outbound {
        phones.len() * args.calls_per_phone
    } else {
        phones.len()
    };
    let gap = if args.call_rate > 0.0 {
        Duration::from_secs_f64(1.0 / args.call_rate)
    } else {
        Duration::ZERO
    };
    let server = Arc::new(server);
    let setup_started = Instant::now();
    let mut tasks = Vec::with_capacity(total);
    for n in 0..total {
        let (agent, phone) = phones[n % phones.len()].clone();
        let server = Arc::clone(&server);
        tasks.push(tokio::spawn(async move {
            let placed = if outbound {
                dial_out(&phone, n).await
            } else {
                ring_in(&server, &agent, &phone).await
            };
            placed
                .map_err(|e| eprintln!("call {n} ({}): {e}", agent.username))
                .ok()
        }));
        tokio::time::sleep(gap).await;
    }
    let mut placed = Vec::new();
    for task in tasks {
        if let Ok(Some(call)) = task.await {
            placed.push(call);
        }
    }
    let setup_secs = setup_started.elapsed().as_secs_f64();
    println!(
        "--- set-up ({} mode, {} calls started {})",
        args.mode,
        total,
        rate_text(args.call_rate)
    );
    println!(
        "calls established:       {} of {total} in {setup_secs:.2} s",
        placed.len()
    );
    println!(
        "calls set up per second: {:.1}",
        placed.len() as f64 / setup_secs.max(1e-9)
    );
    let timings: Vec<&Timing> = placed.iter().map(|p| &p.timing).collect();
    print_latencies(&timings, outbound);

    let held = report::hold(
        &server,
        &placed.iter().map(|p| &p.call).collect::<Vec<_>>(),
        args.hold_secs,
        args.server_pid,
        args.clk_tck,
    )
    .await?;
    println!("--- hold ({} s)", args.hold_secs);
    held.print();

    let mut ended = 0;
    for p in &placed {
        if p.call.bye().await.is_ok() {
            ended += 1;
        }
    }
    println!("calls hung up (BYE 200): {ended} of {}", placed.len());
    Ok(())
}

fn rate_text(rate: f64) -> String {
    if rate > 0.0 {
        format!("at {rate} /s")
    } else {
        "all at once".to_owned()
    }
}

/// A caller for the agent rings its phone; the phone answers at once.
async fn ring_in(
    server: &setup::Server,
    agent: &Agent,
    phone: &tokio::sync::Mutex<PhoneClient>,
) -> Result<Placed, String> {
    let mut phone = phone.lock().await;
    let placed_at = Instant::now();
    server.place_caller(&agent.id).await?;
    let invite = phone
        .next_invite(Duration::from_secs(10))
        .await
        .map_err(|e| format!("not rung: {e:?}"))?;
    let rung_at = Instant::now();
    let call = phone
        .answer(&invite)
        .await
        .map_err(|e| format!("answer: {e:?}"))?;
    let answered_at = Instant::now();
    drop(phone);
    call.confirmed(Duration::from_secs(5))
        .await
        .map_err(|e| format!("no ACK: {e:?}"))?;
    let confirmed_at = Instant::now();
    let first_audio = report::first_audio(&call, answered_at).await;
    Ok(Placed {
        call,
        timing: Timing {
            start_to_ring: Some(rung_at - placed_at),
            ring_to_answered: answered_at - rung_at,
            answered_to_confirmed: Some(confirmed_at - answered_at),
            start_to_established: confirmed_at - placed_at,
            answer_to_first_audio: first_audio,
        },
    })
}

/// The phone calls a number; a simulated customer answers after 2-5 s.
async fn dial_out(phone: &tokio::sync::Mutex<PhoneClient>, n: usize) -> Result<Placed, String> {
    let number = format!("+1555{:07}", 100_000 + n);
    let mut dialing = phone
        .lock()
        .await
        .dial(&number)
        .await
        .map_err(|e| format!("INVITE: {e:?}"))?;
    let sent_at = Instant::now();
    dialing
        .first_response(Duration::from_secs(5))
        .await
        .map_err(|e| format!("no response: {e:?}"))?;
    let responded_at = Instant::now();
    let call = dialing
        .answered(Duration::from_secs(15))
        .await
        .map_err(|e| format!("not answered: {e:?}"))?;
    let answered_at = Instant::now();
    let first_audio = report::first_audio(&call, answered_at).await;
    Ok(Placed {
        call,
        timing: Timing {
            start_to_ring: Some(responded_at - sent_at),
            ring_to_answered: answered_at - responded_at,
            answered_to_confirmed: None,
            start_to_established: answered_at - sent_at,
            answer_to_first_audio: first_audio,
        },
    })
}
