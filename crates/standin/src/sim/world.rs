//! The initial contact center built from a seed: customer, accounts (each an agent), queues.

use std::collections::{HashMap, VecDeque};

use voipbin_protocol::{
    format_timestamp_ms, Address, Agent, AgentStatus, Customer, Queue, NOT_DELETED,
    PERMISSION_ADMIN, PERMISSION_AGENT, PERMISSION_MANAGER,
};

use super::config::{sanitize_rate, SimConfig};
use super::extensions::{build_extension, extension_address, ExtensionBook};
use super::ids::{hex_token, stable_uuid};
use super::jobs::Job;
use super::pacer::Pacer;
use super::rng::Rng;
use super::schedule::Schedule;
use super::state::{AgentEntry, QueueDay, QueueEntry};
use super::table::{PickSet, Table};
use super::{stats, text, Sim};

/// A login of the demo customer. Every account is also an `Agent` with the same id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Account {
    pub username: String,
    pub agent_id: String,
    pub permission: u64,
}

/// Arrival shares of the first four queues (Sales, Support, Billing, VIP).
const QUEUE_WEIGHTS: [f64; 4] = [0.3, 0.4, 0.2, 0.1];
/// Wait timeouts (ms) by queue family: VIP callers are not left waiting long.
const WAIT_TIMEOUTS_MS: [i64; 4] = [600_000, 900_000, 600_000, 300_000];

impl Sim {
    pub fn new(cfg: SimConfig, now_ms: i64) -> Sim {
        let scale = cfg.resolved_scale();
        let seed = cfg.seed;
        let now = format_timestamp_ms(now_ms);
        let customer = build_customer(seed, &now);

        let mut queues = Table::default();
        let mut layout = Rng::derived(seed, "layout");
        for n in 0..scale.queues {
            let entry = build_queue(seed, n, &customer.id, &now, &mut layout);
            queues.insert(entry.queue.id.clone(), entry);
        }

        let mut accounts = Vec::new();
        let mut agents = Table::default();
        let mut extensions = ExtensionBook::default();
        let mut statuses = Rng::derived(seed, "status");
        let staff = [
            ("admin@demo", "Ada Admin", PERMISSION_ADMIN),
            ("manager@demo", "Morgan Manager", PERMISSION_MANAGER),
        ];
        for (i, (username, name, permission)) in staff.into_iter().enumerate() {
            let id = stable_uuid(seed, "account", i);
            let agent = build_agent(&id, &customer.id, username, name, permission, None, &now);
            accounts.push(account(&agent));
            agents.insert(id, idle_entry(agent, 0, Vec::new()));
        }
        let queue_ids: Vec<String> = queues.ids().cloned().collect();
        for number in 1..=scale.agents {
            let id = stable_uuid(seed, "account", number + 1);
            let username = format!("agent{number}@demo");
            let name = text::agent_name(number);
            let extension = build_extension(seed, number, &customer.id, &name, &now);
            let mut agent = build_agent(
                &id,
                &customer.id,
                &username,
                &name,
                PERMISSION_AGENT,
                Some(extension_address(&extension)),
                &now,
            );
            extensions.add(extension, &id);
            agent.status = initial_status(number, &mut statuses);
            let served = served_queues(number, &queue_ids, &mut layout);
            agent.tag_ids = served
                .iter()
                .filter_map(|q| {
                    queues
                        .get(q)
                        .and_then(|e: &QueueEntry| e.queue.tag_ids.first().cloned())
                })
                .collect();
            for q in &served {
                if let Some(entry) = queues.get_mut(q) {
                    entry.agent_ids.push(id.clone());
                }
            }
            accounts.push(account(&agent));
            agents.insert(id, idle_entry(agent, number, served));
        }

        let customer_id = customer.id.clone();
        let mut sim = Sim {
            seed,
            scale,
            rng: Rng::derived(seed, "traffic"),
            now_ms,
            clock_ms: now_ms,
            ts_cache: (now_ms, now),
            customer,
            accounts,
            agents,
            queues,
            calls: Table::default(),
            sessions: HashMap::new(),
            legs: HashMap::new(),
            queuecalls: Table::default(),
            activeflows: Table::default(),
            recordings: Table::default(),
            transcribes: Table::default(),
            transcripts: HashMap::new(),
            messages: Table::default(),
            conversations: Table::default(),
            conversation_messages: HashMap::new(),
            conversation_by_peer: HashMap::new(),
            conferences: Table::default(),
            transfers: Table::default(),
            extensions,
            placed: Default::default(),
            crm: crate::crm::Crm::new(&customer_id, seed, cfg.case_timeout_ms),
            crm_flow: super::crm_flow::CrmFlow::new(seed, cfg.case_share, now_ms),
            talk: crate::talk::Talk::new(&customer_id, seed),
            team_talk: super::team_talk::TeamTalk::new(
                seed,
                if cfg.events_per_s > 0.0 {
                    cfg.talk_per_min
                } else {
                    0.0
                },
                now_ms,
            ),
            queue_totals: cfg.queue_totals,
            phones: Default::default(),
            jobs: Schedule::default(),
            pacer: Pacer::new(sanitize_rate(cfg.events_per_s)),
            life: None,
            out: Vec::new(),
            talking: PickSet::default(),
            waiting: PickSet::default(),
            route_dirty: true,
            ended: VecDeque::new(),
            join_seq: 0,
            sms_threads: 0,
            live_conferences: 0,
            counters: stats::Counters::new(now_ms),
        };
        sim.schedule_first_breaks();
        sim.seed_crm(now_ms);
        sim.seed_talk(now_ms);
        sim
    }

    /// Plain agents the app does not drive take breaks now and then (see agents.rs).
    fn schedule_first_breaks(&mut self) {
        let ids: Vec<String> = self
            .agents
            .values()
            .filter(|e| e.number > 0)
            .map(|e| e.agent.id.clone())
            .collect();
        for id in ids {
            let status = match self.agents.get(&id) {
                Some(entry) => entry.agent.status.clone(),
                None => continue,
            };
            let delay = self.stretch_ms(&status);
            self.schedule(delay, Job::AgentBreak(id));
        }
    }
}

fn build_customer(seed: u64, now: &str) -> Customer {
    let mut secrets = Rng::derived(seed, "webhook-secret");
    Customer {
        id: stable_uuid(seed, "customer", 0),
        name: text::COMPANY.to_owned(),
        detail: "Demo contact center (VoIPBIN stand-in)".to_owned(),
        email: "admin@acme-telecom.example".to_owned(),
        phone_number: text::queue_number(0),
        address: "1 Market St, San Francisco, CA 94105".to_owned(),
        webhook_method: "POST".to_owned(),
        webhook_uri: String::new(),
        webhook_secret: hex_token(&mut secrets, 16),
        tm_create: now.to_owned(),
        tm_update: now.to_owned(),
        tm_delete: NOT_DELETED.to_owned(),
    }
}

fn build_queue(seed: u64, n: usize, customer_id: &str, now: &str, rng: &mut Rng) -> QueueEntry {
    let name = text::queue_name(n);
    let family = n % 4;
    let weight = match QUEUE_WEIGHTS.get(n) {
        Some(w) => *w,
        None => 0.05 + rng.unit() * 0.15,
    };
    let queue = Queue {
        id: stable_uuid(seed, "queue", n),
        customer_id: customer_id.to_owned(),
        name: name.clone(),
        detail: format!("Inbound {name} line"),
        routing_method: "random".to_owned(),
        tag_ids: vec![stable_uuid(seed, "tag", n)],
        wait_timeout: WAIT_TIMEOUTS_MS.get(family).copied().unwrap_or(600_000),
        service_timeout: 1_800_000,
        tm_create: now.to_owned(),
        tm_update: now.to_owned(),
        tm_delete: NOT_DELETED.to_owned(),
        ..Queue::default()
    };
    QueueEntry {
        queue,
        index: n,
        number: text::queue_number(n),
        flow_id: stable_uuid(seed, "flow", n),
        agent_ids: Vec::new(),
        routable: VecDeque::new(),
        weight,
        today: QueueDay::default(),
    }
}

fn build_agent(
    id: &str,
    customer_id: &str,
    username: &str,
    name: &str,
    permission: u64,
    extension: Option<Address>,
    now: &str,
) -> Agent {
    let local = username.split('@').next().unwrap_or(username);
    let mut addresses: Vec<Address> = extension.into_iter().collect();
    let mut sip = Address::new("sip", &format!("{local}@demo.sip.voipbin.net"));
    sip.target_name = name.to_owned();
    addresses.push(sip);
    Agent {
        id: id.to_owned(),
        customer_id: customer_id.to_owned(),
        username: username.to_owned(),
        name: name.to_owned(),
        detail: String::new(),
        ring_method: "ringall".to_owned(),
        status: AgentStatus::Available,
        permission,
        tag_ids: Vec::new(),
        addresses,
        tm_create: now.to_owned(),
        tm_update: now.to_owned(),
        tm_delete: NOT_DELETED.to_owned(),
    }
}

fn idle_entry(agent: Agent, number: usize, queue_ids: Vec<String>) -> AgentEntry {
    AgentEntry {
        agent,
        number,
        queue_ids,
        manual: false,
        phone_seen: false,
        on_call: None,
        break_due: false,
    }
}

fn account(agent: &Agent) -> Account {
    Account {
        username: agent.username.clone(),
        agent_id: agent.id.clone(),
        permission: agent.permission,
    }
}

/// agent1 and agent2 start available (the desk has someone to route to); the rest are mixed.
fn initial_status(number: usize, rng: &mut Rng) -> AgentStatus {
    if number <= 2 {
        return AgentStatus::Available;
    }
    match rng.below(20) {
        0..=11 => AgentStatus::Available,
        12..=16 => AgentStatus::Away,
        _ => AgentStatus::Offline,
    }
}

/// Every queue gets agents round-robin, then each agent serves one or two more at random.
fn served_queues(number: usize, queue_ids: &[String], rng: &mut Rng) -> Vec<String> {
    let mut served = Vec::new();
    if queue_ids.is_empty() {
        return served;
    }
    let home = number.saturating_sub(1) % queue_ids.len();
    if let Some(q) = queue_ids.get(home) {
        served.push(q.clone());
    }
    let extra = if queue_ids.len() > 8 { 2 } else { 1 };
    for _ in 0..extra {
        if let Some(q) = rng.pick(queue_ids) {
            if !served.contains(q) {
                served.push(q.clone());
            }
        }
    }
    served
}
