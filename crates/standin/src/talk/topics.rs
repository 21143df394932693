//! Where a talk event goes (bin-api-manager/pkg/subscribehandler/webhookmanager.go
//! `createTopics`, case "chat", "chatmessage", "chatparticipant"): `customer_id:<c>:chat:
//! <chat_id>`, the owner's `agent_id:<o>:chat:<chat_id>`, and for every other participant
//! `agent_id:<p>:chat:<chat_id>` plus `agent_id:<p>:talk:<event>:<id>`; then the
//! service-namespaced `customer_id:<c>:talk:<event>:<id>` and `agent_id:<o>:talk:<event>:<id>`.
//! So every participant gets each event on two topics, and a broad `agent_id:<p>`
//! subscription receives it twice. The documented dialect uses the 4-part `…:chat:<chat_id>`
//! form once per scope.

use voipbin_protocol::{Dialect, EventType};

pub fn talk_topics(
    dialect: Dialect,
    customer_id: &str,
    owner: Option<&str>,
    audience: &[String],
    event_type: &EventType,
    resource_id: &str,
    chat_id: &str,
) -> Vec<String> {
    let owner = owner.filter(|o| !o.is_empty());
    let chat = |scope: &str, id: &str| format!("{scope}:{id}:chat:{chat_id}");
    let typed = |scope: &str, id: &str| format!("{scope}:{id}:talk:{event_type}:{resource_id}");
    let mut topics = vec![chat("customer_id", customer_id)];
    if let Some(owner) = owner {
        topics.push(chat("agent_id", owner));
    }
    for member in audience.iter().filter(|m| Some(m.as_str()) != owner) {
        topics.push(chat("agent_id", member));
        if dialect == Dialect::Deployed {
            topics.push(typed("agent_id", member));
        }
    }
    if dialect == Dialect::Deployed {
        topics.push(typed("customer_id", customer_id));
        if let Some(owner) = owner {
            topics.push(typed("agent_id", owner));
        }
    }
    topics
}
