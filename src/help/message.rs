//! The help message's text: lines a person reads (who, caller, queue, wait, case, a link that
//! opens the call on the dashboard, the reason), then one machine-readable last line.
//!
//! Why a last line and not metadata: VoIPBIN's talk message has no free metadata a client may
//! set (only `medias` and server-kept reactions), and text is what every client shows. Why the
//! last line only: everything above it carries text typed by people (the reason, the caller's
//! name), so the parser never looks there; the reason is flattened to one line and cannot end
//! the message. The marker's values are ids (hex and dashes, bounded), so a line a person types
//! that merely looks similar is either not a marker or names ids that then have to agree with
//! the message's author (see `requests`).

use crate::t;

/// Starts the marker line; `v1` lets a later desk change the format without misreading this one.
const MARK: &str = "[help:v1";
/// The longest id accepted in a marker (VoIPBIN ids are 36-character UUIDs).
const MAX_ID: usize = 64;
/// The longest reason kept (the channel is read at a glance).
pub const MAX_REASON: usize = 300;

/// What the desk knows about the call when the agent asks.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct HelpContext {
    pub call_id: String,
    pub agent_id: String,
    pub agent_name: String,
    /// The caller as shown on the desk (name and number).
    pub caller: String,
    pub queue: Option<String>,
    /// How long the caller waited before the agent answered, in seconds.
    pub wait_secs: Option<i64>,
    pub case: Option<String>,
    pub reason: String,
}

/// What a message's last line says, when it is one of ours.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Marker {
    /// A request for help on `call_id` by `agent_id`.
    Request { call_id: String, agent_id: String },
    /// The requester's desk says the call ended.
    Ended,
    /// A supervisor took the request.
    Taken,
}

/// The request's text, its readable lines in the agent's language (they are the agent's
/// words). `origin` is the desk's address ("" keeps the link relative).
pub fn compose_request(ctx: &HelpContext, origin: &str) -> String {
    let agent = one_line(&ctx.agent_name, 80);
    let mut lines = vec![if agent.is_empty() {
        t!("team-help-line-anonymous")
    } else {
        t!("team-help-line-agent", agent = agent)
    }];
    let caller = one_line(&ctx.caller, 120);
    lines.push(if caller.is_empty() {
        t!("team-help-line-caller-unknown")
    } else {
        t!("team-help-line-caller", caller = caller)
    });
    if let Some(queue) = ctx.queue.as_deref().map(|q| one_line(q, 80)) {
        if !queue.is_empty() {
            lines.push(t!("team-help-line-queue", queue = queue));
        }
    }
    if let Some(secs) = ctx.wait_secs.filter(|s| *s >= 0) {
        let waited = crate::format::duration(secs * 1000);
        lines.push(t!("team-help-line-waited", waited = waited));
    }
    if let Some(case) = ctx.case.as_deref().map(|c| one_line(c, 120)) {
        if !case.is_empty() {
            lines.push(t!("team-help-line-case", case = case));
        }
    }
    let link = listen_link(origin, &ctx.call_id);
    lines.push(t!("team-help-line-listen", link = link));
    let reason = one_line(&ctx.reason, MAX_REASON);
    if !reason.is_empty() {
        lines.push(t!("team-help-line-reason", reason = reason));
    }
    lines.push(format!(
        "{MARK} call={} agent={}]",
        ctx.call_id, ctx.agent_id
    ));
    lines.join("\n")
}

/// The dashboard link that opens listening on the call.
pub fn listen_link(origin: &str, call_id: &str) -> String {
    format!(
        "{}/dashboard?listen={}",
        origin.trim_end_matches('/'),
        crate::api::urlencode(call_id)
    )
}

/// The reply in the request's thread when a supervisor takes it (in the supervisor's language).
pub fn compose_taken(supervisor_name: &str) -> String {
    let name = one_line(supervisor_name, 80);
    let words = if name.is_empty() {
        t!("team-help-on-it")
    } else {
        t!("team-help-on-it-name", name = name)
    };
    format!("{}\n{MARK} taken]", one_line(&words, 200))
}

/// The reply in the request's thread when the call ended before anyone took it.
pub fn compose_ended() -> String {
    format!(
        "{}\n{MARK} ended]",
        one_line(&t!("team-help-call-ended"), 200)
    )
}

/// Reads the marker off a message's last non-empty line; None for anything else.
pub fn parse(text: &str) -> Option<Marker> {
    let last = text.lines().rev().find(|l| !l.trim().is_empty())?.trim();
    let body = last.strip_prefix(MARK)?.strip_suffix(']')?;
    let mut words = body.split_ascii_whitespace();
    let first = words.next()?;
    match first {
        "taken" if words.next().is_none() => Some(Marker::Taken),
        "ended" if words.next().is_none() => Some(Marker::Ended),
        _ => {
            let call_id = field(first, "call=")?;
            let agent_id = field(words.next()?, "agent=")?;
            words
                .next()
                .is_none()
                .then_some(Marker::Request { call_id, agent_id })
        }
    }
}

/// The lines a person reads: everything but the marker.
pub fn readable(text: &str) -> String {
    let mut lines: Vec<&str> = text.lines().collect();
    while lines.last().is_some_and(|l| l.trim().is_empty()) {
        lines.pop();
    }
    if lines.last().is_some_and(|l| l.trim().starts_with(MARK)) {
        lines.pop();
    }
    lines.join("\n")
}

fn field(word: &str, key: &str) -> Option<String> {
    let value = word.strip_prefix(key)?;
    is_id(value).then(|| value.to_string())
}

/// Whether `value` can be a VoIPBIN id (hex and dashes, bounded): all a marker or a link carries.
pub fn is_id(value: &str) -> bool {
    !value.is_empty()
        && value.len() <= MAX_ID
        && value.bytes().all(|b| b.is_ascii_hexdigit() || b == b'-')
}

/// Text a person typed, on one line (no line can pose as the marker) and at most `max` chars.
fn one_line(text: &str, max: usize) -> String {
    let flat: String = text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .filter(|c| !c.is_control())
        .collect();
    match flat.char_indices().nth(max) {
        Some((cut, _)) => format!("{}…", &flat[..cut]),
        None => flat,
    }
}
