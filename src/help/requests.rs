//! Each help request's state, derived from the Help channel's messages: a request is open until
//! someone other than its author answers in its thread (taken), and ended once its author's desk
//! says the call ended, or the caller hung up as far as the reader knows. Ended is final.
//!
//! Derived, not accumulated: the same events arrive twice (two topic forms), out of order after
//! a reconnect, or are read again from history; deriving from the set of messages gives every
//! reader the same answer whatever the order.

use super::message::{self, Marker};
use std::collections::HashMap;

/// One talk message, as much of it as help needs (borrowed from whatever store holds it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TalkLine<'a> {
    pub id: &'a str,
    pub owner_id: &'a str,
    /// The thread's first message, or "" for a top-level message.
    pub parent_id: &'a str,
    pub text: &'a str,
    /// VoIPBIN time; orders replies.
    pub tm_create: &'a str,
    pub deleted: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum HelpState {
    Open,
    /// Taken by this participant (an agent id).
    Taken(String),
    Ended,
}

impl HelpState {
    /// The dashboard's `data-state`.
    pub fn as_str(&self) -> &'static str {
        match self {
            HelpState::Open => "open",
            HelpState::Taken(_) => "taken",
            HelpState::Ended => "ended",
        }
    }

    /// The desk's `data-state` for the agent's own request.
    pub fn desk_str(&self) -> &'static str {
        match self {
            HelpState::Open => "pending",
            HelpState::Taken(_) => "taken",
            HelpState::Ended => "ended",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HelpRequest {
    /// The request message's id (its thread's parent).
    pub id: String,
    pub call_id: String,
    pub agent_id: String,
    pub tm_create: String,
    /// What a person reads (the message without its marker).
    pub text: String,
    pub state: HelpState,
}

/// Every request in `lines`, oldest first. `call_over(request)` says the reader knows the
/// request's call is over (the dashboard sees every call; a desk its own).
pub fn derive<'a>(
    lines: impl IntoIterator<Item = TalkLine<'a>>,
    call_over: impl Fn(&HelpRequest) -> bool,
) -> Vec<HelpRequest> {
    let mut requests: Vec<HelpRequest> = Vec::new();
    let mut replies: HashMap<&'a str, Vec<TalkLine<'a>>> = HashMap::new();
    let mut seen = std::collections::HashSet::new();
    for line in lines {
        if line.deleted || !seen.insert(line.id) {
            continue;
        }
        if !line.parent_id.is_empty() {
            replies.entry(line.parent_id).or_default().push(line);
            continue;
        }
        // A request counts only when its author is the agent it names: a person cannot raise
        // a hand for someone else by typing a marker.
        if let Some(Marker::Request { call_id, agent_id }) = message::parse(line.text) {
            if agent_id == line.owner_id {
                requests.push(HelpRequest {
                    id: line.id.to_string(),
                    call_id,
                    agent_id,
                    tm_create: line.tm_create.to_string(),
                    text: message::readable(line.text),
                    state: HelpState::Open,
                });
            }
        }
    }
    for request in &mut requests {
        let mut thread = replies.remove(request.id.as_str()).unwrap_or_default();
        thread.sort_by(|a, b| (a.tm_create, a.id).cmp(&(b.tm_create, b.id)));
        let over = call_over(request);
        request.state = state_of(request, &thread, over);
    }
    requests.sort_by(|a, b| (&a.tm_create, &a.id).cmp(&(&b.tm_create, &b.id)));
    requests
}

fn state_of(request: &HelpRequest, thread: &[TalkLine], call_over: bool) -> HelpState {
    let by_author = |l: &&TalkLine| l.owner_id == request.agent_id;
    let ended = thread
        .iter()
        .filter(by_author)
        .any(|l| message::parse(l.text) == Some(Marker::Ended));
    if ended || call_over {
        return HelpState::Ended;
    }
    thread
        .iter()
        .find(|l| !by_author(l))
        .map(|l| HelpState::Taken(l.owner_id.to_string()))
        .unwrap_or(HelpState::Open)
}
