//! Subscribe/unsubscribe handling with the permission rules, in both dialects.
//!
//! Documented: every message gets an ack or error frames (PERMISSION_DENIED, INVALID_TOPIC,
//! INVALID_MESSAGE, RATE_LIMITED). Deployed: no replies at all; malformed JSON is ignored, and an
//! invalid or forbidden topic ends the connection (as the real server drops the socket).

use std::time::{Duration, Instant};

use voipbin_protocol::{encode_ack, encode_error, ClientMessage, Dialect, ErrorCode, Scope, Topic};

use super::subscriptions::{SubscriptionSet, MAX_TOPICS_PER_CONNECTION};
use crate::auth::Caller;

/// Most subscribe/unsubscribe messages per connection per second.
pub const MAX_MESSAGES_PER_SECOND: u32 = 20;

/// A fixed one-second window counting client messages.
pub struct RateWindow {
    started: Instant,
    count: u32,
}

impl Default for RateWindow {
    fn default() -> Self {
        RateWindow {
            started: Instant::now(),
            count: 0,
        }
    }
}

impl RateWindow {
    /// Counts one message; false when it is over the limit.
    pub fn allow(&mut self, now: Instant) -> bool {
        if now.duration_since(self.started) >= Duration::from_secs(1) {
            self.started = now;
            self.count = 0;
        }
        self.count = self.count.saturating_add(1);
        self.count <= MAX_MESSAGES_PER_SECOND
    }
}

/// What to do after a client message.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    /// Text frames to send back, in order.
    pub replies: Vec<String>,
    /// End the connection without a close frame (deployed).
    pub drop_connection: bool,
}

impl Outcome {
    fn reply(text: String) -> Outcome {
        Outcome {
            replies: vec![text],
            drop_connection: false,
        }
    }

    fn drop() -> Outcome {
        Outcome {
            replies: Vec::new(),
            drop_connection: true,
        }
    }
}

/// Why a topic was refused.
enum Refusal {
    Invalid,
    Forbidden,
}

pub fn handle(
    dialect: Dialect,
    caller: &Caller,
    subscriptions: &mut SubscriptionSet,
    window: &mut RateWindow,
    text: &str,
) -> Outcome {
    match dialect {
        Dialect::Documented => handle_documented(caller, subscriptions, window, text),
        Dialect::Deployed => handle_deployed(caller, subscriptions, window, text),
    }
}

fn handle_documented(
    caller: &Caller,
    subscriptions: &mut SubscriptionSet,
    window: &mut RateWindow,
    text: &str,
) -> Outcome {
    let message = match ClientMessage::decode(text) {
        Ok(message) => message,
        Err(e) => {
            let action = action_of_malformed(text);
            return Outcome::reply(encode_error(
                &action,
                &[],
                &ErrorCode::InvalidMessage,
                &e.to_string(),
            ));
        }
    };
    let action = message.action();
    if !window.allow(Instant::now()) {
        return Outcome::reply(encode_error(
            action,
            message.topics(),
            &ErrorCode::RateLimited,
            &format!("more than {MAX_MESSAGES_PER_SECOND} subscription messages per second"),
        ));
    }
    let mut invalid = Vec::new();
    let mut forbidden = Vec::new();
    let mut over_limit = Vec::new();
    let mut accepted = Vec::new();
    for topic in message.topics() {
        let checked = match &message {
            ClientMessage::Subscribe { .. } => check(Dialect::Documented, caller, topic),
            // Leaving a topic needs no permission, only a well-formed topic.
            ClientMessage::Unsubscribe { .. } => check_format(Dialect::Documented, topic),
        };
        match checked {
            Err(Refusal::Invalid) => invalid.push(topic.clone()),
            Err(Refusal::Forbidden) => forbidden.push(topic.clone()),
            Ok(()) => match &message {
                ClientMessage::Subscribe { .. } => {
                    if subscriptions.contains(topic)
                        || subscriptions.len() < MAX_TOPICS_PER_CONNECTION
                    {
                        subscriptions.insert(topic);
                        accepted.push(topic.clone());
                    } else {
                        over_limit.push(topic.clone());
                    }
                }
                ClientMessage::Unsubscribe { .. } => {
                    subscriptions.remove(topic);
                    accepted.push(topic.clone());
                }
            },
        }
    }
    let mut replies = Vec::new();
    if !invalid.is_empty() {
        let message = "topic format is <scope>:<scope_id>:<resource>:<resource_id> with scope customer_id or agent_id";
        replies.push(encode_error(
            action,
            &invalid,
            &ErrorCode::InvalidTopic,
            message,
        ));
    }
    if !forbidden.is_empty() {
        let message = "You do not have permission to subscribe to this topic";
        replies.push(encode_error(
            action,
            &forbidden,
            &ErrorCode::PermissionDenied,
            message,
        ));
    }
    if !over_limit.is_empty() {
        let message = format!("more than {MAX_TOPICS_PER_CONNECTION} topics on one connection");
        replies.push(encode_error(
            action,
            &over_limit,
            &ErrorCode::RateLimited,
            &message,
        ));
    }
    if !accepted.is_empty() || replies.is_empty() {
        replies.push(encode_ack(action, &accepted));
    }
    Outcome {
        replies,
        drop_connection: false,
    }
}

fn handle_deployed(
    caller: &Caller,
    subscriptions: &mut SubscriptionSet,
    window: &mut RateWindow,
    text: &str,
) -> Outcome {
    let Ok(message) = ClientMessage::decode(text) else {
        return Outcome::default();
    };
    if !window.allow(Instant::now()) {
        return Outcome::default();
    }
    for topic in message.topics() {
        match &message {
            ClientMessage::Subscribe { .. } => {
                if check(Dialect::Deployed, caller, topic).is_err() {
                    return Outcome::drop();
                }
                if subscriptions.len() < MAX_TOPICS_PER_CONNECTION {
                    subscriptions.insert(topic);
                }
            }
            ClientMessage::Unsubscribe { .. } => {
                if check_format(Dialect::Deployed, topic).is_err() {
                    return Outcome::drop();
                }
                subscriptions.remove(topic);
            }
        }
    }
    Outcome::default()
}

/// Format, then permission.
fn check(dialect: Dialect, caller: &Caller, topic: &str) -> Result<(), Refusal> {
    let parsed = parse(dialect, topic)?;
    let allowed = match parsed.scope {
        Scope::Customer => caller.may_watch_customer(&parsed.scope_id),
        Scope::Agent => caller.may_watch_agent(&parsed.scope_id),
    };
    if allowed {
        Ok(())
    } else {
        Err(Refusal::Forbidden)
    }
}

fn check_format(dialect: Dialect, topic: &str) -> Result<(), Refusal> {
    parse(dialect, topic).map(|_| ())
}

/// Documented topics have exactly four parts; deployed ones may be any prefix the parser
/// accepts (`customer_id:<id>`, `…:call`, the 5-part event form).
fn parse(dialect: Dialect, topic: &str) -> Result<Topic, Refusal> {
    let parsed: Topic = topic.parse().map_err(|_| Refusal::Invalid)?;
    let documented_shape = parsed.resource_id.is_some() && parsed.event_type.is_none();
    if dialect == Dialect::Documented && !documented_shape {
        return Err(Refusal::Invalid);
    }
    Ok(parsed)
}

/// The `type` of a message that failed to decode, for the error's `action` (else "unknown").
fn action_of_malformed(text: &str) -> String {
    serde_json::from_str::<serde_json::Value>(text)
        .ok()
        .and_then(|v| {
            v.get("type")
                .and_then(|t| t.as_str())
                .map(|t| t.chars().take(64).collect())
        })
        .unwrap_or_else(|| "unknown".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::auth::Credential;
    use voipbin_protocol::{decode, Frame};

    const CUSTOMER: &str = "11111111-1111-4111-8111-111111111111";
    const AGENT: &str = "22222222-2222-4222-8222-222222222222";
    const OTHER: &str = "33333333-3333-4333-8333-333333333333";

    fn caller(permission: u64) -> Caller {
        Caller {
            username: "u".into(),
            agent_id: AGENT.into(),
            customer_id: CUSTOMER.into(),
            permission,
            credential: Credential::AccessKey,
        }
    }

    fn run(dialect: Dialect, permission: u64, text: &str) -> (Outcome, SubscriptionSet) {
        let mut subs = SubscriptionSet::default();
        let out = handle(
            dialect,
            &caller(permission),
            &mut subs,
            &mut RateWindow::default(),
            text,
        );
        (out, subs)
    }

    fn codes(out: &Outcome) -> Vec<String> {
        out.replies
            .iter()
            .map(|r| match decode(r) {
                Ok(Frame::Ack { .. }) => "ack".to_owned(),
                Ok(Frame::Error { code, .. }) => code.as_str().to_owned(),
                other => format!("{other:?}"),
            })
            .collect()
    }

    fn subscribe(topics: &[String]) -> String {
        serde_json::json!({"type":"subscribe","topics":topics}).to_string()
    }

    #[test]
    fn documented_permissions() {
        let cust = format!("customer_id:{CUSTOMER}:call:*");
        let own = format!("agent_id:{AGENT}:call:*");
        let other_agent = format!("agent_id:{OTHER}:call:*");
        let other_cust = format!("customer_id:{OTHER}:call:*");
        assert_eq!(
            codes(
                &run(
                    Dialect::Documented,
                    32,
                    &subscribe(std::slice::from_ref(&cust))
                )
                .0
            ),
            ["ack"]
        );
        assert_eq!(
            codes(
                &run(
                    Dialect::Documented,
                    64,
                    &subscribe(std::slice::from_ref(&cust))
                )
                .0
            ),
            ["ack"]
        );
        assert_eq!(
            codes(
                &run(
                    Dialect::Documented,
                    16,
                    &subscribe(std::slice::from_ref(&cust))
                )
                .0
            ),
            ["PERMISSION_DENIED"]
        );
        assert_eq!(
            codes(
                &run(
                    Dialect::Documented,
                    16,
                    &subscribe(std::slice::from_ref(&own))
                )
                .0
            ),
            ["ack"]
        );
        assert_eq!(
            codes(&run(Dialect::Documented, 32, &subscribe(&[other_agent])).0),
            ["PERMISSION_DENIED"]
        );
        assert_eq!(
            codes(
                &run(
                    Dialect::Documented,
                    32,
                    &subscribe(std::slice::from_ref(&other_cust))
                )
                .0
            ),
            ["PERMISSION_DENIED"]
        );
        assert_eq!(
            codes(&run(Dialect::Documented, 1, &subscribe(&[other_cust])).0),
            ["ack"]
        );
        let (out, subs) = run(Dialect::Documented, 16, &subscribe(&[cust, own]));
        assert_eq!(codes(&out), ["PERMISSION_DENIED", "ack"]);
        assert_eq!(subs.len(), 1);
    }

    #[test]
    fn documented_invalid() {
        for bad in [
            "nope",
            "customer_id:xyz:call:*",
            &format!("customer_id:{CUSTOMER}:call"),
        ] {
            assert_eq!(
                codes(&run(Dialect::Documented, 32, &subscribe(&[bad.to_owned()])).0),
                ["INVALID_TOPIC"],
                "{bad}"
            );
        }
        for bad in [
            "{",
            "[]",
            r#"{"type":"hello","topics":[]}"#,
            r#"{"type":"subscribe"}"#,
            r#"{"type":"subscribe","topics":"x"}"#,
        ] {
            assert_eq!(
                codes(&run(Dialect::Documented, 32, bad).0),
                ["INVALID_MESSAGE"],
                "{bad}"
            );
        }
    }

    #[test]
    fn documented_rate_limits() {
        let mut subs = SubscriptionSet::default();
        let mut window = RateWindow::default();
        let who = caller(32);
        let msg = subscribe(&[format!("customer_id:{CUSTOMER}:call:*")]);
        let outs: Vec<Outcome> = (0..25)
            .map(|_| handle(Dialect::Documented, &who, &mut subs, &mut window, &msg))
            .collect();
        assert_eq!(codes(&outs[19]), ["ack"]);
        assert_eq!(codes(&outs[20]), ["RATE_LIMITED"]);
        let many: Vec<String> = (0..501)
            .map(|i| format!("customer_id:{CUSTOMER}:call:id{i}"))
            .collect();
        let (out, subs) = run(Dialect::Documented, 32, &subscribe(&many));
        assert_eq!(codes(&out), ["RATE_LIMITED", "ack"]);
        assert_eq!(subs.len(), MAX_TOPICS_PER_CONNECTION);
    }

    #[test]
    fn deployed_is_silent_or_drops() {
        let prefix = format!("customer_id:{CUSTOMER}:call");
        assert_eq!(
            run(
                Dialect::Deployed,
                32,
                &subscribe(std::slice::from_ref(&prefix))
            )
            .0,
            Outcome::default()
        );
        assert!(
            run(Dialect::Deployed, 16, &subscribe(&[prefix]))
                .0
                .drop_connection
        );
        assert!(
            run(Dialect::Deployed, 32, &subscribe(&["garbage".into()]))
                .0
                .drop_connection
        );
        assert_eq!(
            run(Dialect::Deployed, 32, "{not json").0,
            Outcome::default()
        );
    }
}
