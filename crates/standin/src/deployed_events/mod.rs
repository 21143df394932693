//! What deployed VoIPBIN publishes to its WebSocket (and customer webhook), per event type.
//!
//! Only events a manager publishes with `PublishWebhookEvent` leave the platform; `PublishEvent`
//! stays on the internal queue (bin-common-handler/pkg/notifyhandler/publish.go). The payload
//! is the resource's webhook message, routed to `customer_id:` topics and, when it carries an
//! `owner_id`, to that agent's `agent_id:` topics (bin-webhook-manager/pkg/webhookhandler/
//! routingkey.go `createRoutingKeys`). The deployed-dialect publisher sends nothing that is not
//! a row here.
//!
//! Internal only, so absent: `queue_*` (bin-queue-manager/pkg/queuehandler/db.go PublishEvent),
//! `queuecall_kicking` (no such event type: bin-queue-manager/models/queuecall/event.go),
//! `customer_*` (bin-customer-manager/pkg/customerhandler/db.go PublishEvent), contacts, cases
//! and case notes (bin-contact-manager/pkg/casehandler/casenote.go, contact_update.go,
//! main.go: "NEVER PublishWebhookEvent"), `conversation_deleted`, `recording_created|updated|
//! deleted`, `conference_joined|left`, `transcribe_deleted`, `transcript_deleted`: no
//! `PublishWebhookEvent` publishes them.

use voipbin_protocol::EventType;

/// Which topics a published event reaches.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reach {
    /// `customer_id:` topics only: the webhook message has no `owner_id`.
    Customer,
    /// `customer_id:` topics, and `agent_id:<owner_id>` topics when the payload names an owner
    /// (the message embeds commonidentity.Owner).
    CustomerAndOwner,
    /// Team talk: the customer's and the owner's `…:chat:<chat_id>` and `…:talk:<event>:<id>`
    /// topics, and both for every participant of the chat (crate::talk::topics).
    ChatParticipants,
}

pub struct DeployedEvent {
    pub event: EventType,
    pub reach: Reach,
    /// Where the monorepo publishes it (and where its webhook message is defined).
    pub source: &'static str,
}

const CALL: &str = "bin-call-manager/pkg/callhandler/db.go (owner: models/call/webhook.go)";
const GROUPCALL: &str =
    "bin-call-manager/pkg/groupcallhandler/db.go, hangup.go (owner: models/groupcall/webhook.go)";
const RECORDING: &str =
    "bin-call-manager/pkg/recordinghandler/start.go, stop.go (owner: models/recording/webhook.go)";
const QUEUECALL: &str =
    "bin-queue-manager/pkg/queuecallhandler/db.go (no owner: models/queuecall/webhook.go)";
const AGENT: &str = "bin-agent-manager/pkg/agenthandler/db.go (no owner: models/agent/webhook.go)";
const MESSAGE: &str =
    "bin-message-manager/pkg/messagehandler/db.go (no owner: models/message/webhook.go)";
const CONVERSATION: &str = "bin-conversation-manager/pkg/conversationhandler/db.go (owner: models/conversation/webhook.go)";
const CONVERSATION_MESSAGE: &str =
    "bin-conversation-manager/pkg/messagehandler/db.go (no owner: models/message/webhook.go)";
const TRANSCRIBE: &str = "bin-transcribe-manager/pkg/transcribehandler/transcribe.go (no owner)";
const TRANSCRIPT: &str = "bin-transcribe-manager/pkg/transcripthandler/transcript.go (no owner)";
const SPEECH: &str = "bin-transcribe-manager/pkg/streaminghandler/result.go (no owner)";
const ACTIVEFLOW: &str =
    "bin-flow-manager/pkg/activeflowhandler/db.go (no owner: models/activeflow/webhook.go)";
const TALK_CHAT: &str = "bin-talk-manager/pkg/chathandler/chat.go (no owner: models/chat/chat.go; fan-out: bin-api-manager/pkg/subscribehandler/webhookmanager.go createTopics)";
const TALK_MESSAGE: &str = "bin-talk-manager/pkg/messagehandler/message.go, reactionhandler/reaction.go (owner: models/message/message.go; fan-out: webhookmanager.go createTopics)";
const TALK_PARTICIPANT: &str = "bin-talk-manager/pkg/participanthandler/participant.go (owner: models/participant/participant.go; fan-out: webhookmanager.go createTopics)";
const CONFERENCE: &str = "bin-conference-manager/pkg/conferencehandler/conference.go, terminate.go, remove.go (no owner)";

macro_rules! rows {
    ($($event:ident => $reach:ident, $source:expr;)*) => {
        &[$(DeployedEvent { event: EventType::$event, reach: Reach::$reach, source: $source },)*]
    };
}

/// Every event type deployed VoIPBIN publishes as a webhook.
pub static DEPLOYED_EVENTS: &[DeployedEvent] = rows! {
    CallCreated => CustomerAndOwner, CALL;
    CallUpdated => CustomerAndOwner, CALL;
    CallDeleted => CustomerAndOwner, CALL;
    // UpdateStatus maps the new status to call_dialing … call_canceling.
    CallDialing => CustomerAndOwner, CALL;
    CallRinging => CustomerAndOwner, CALL;
    CallProgressing => CustomerAndOwner, CALL;
    CallTerminating => CustomerAndOwner, CALL;
    CallCanceling => CustomerAndOwner, CALL;
    CallHangup => CustomerAndOwner, CALL;
    GroupcallCreated => CustomerAndOwner, GROUPCALL;
    GroupcallProgressing => CustomerAndOwner, GROUPCALL;
    GroupcallHangup => CustomerAndOwner, GROUPCALL;
    GroupcallDeleted => CustomerAndOwner, GROUPCALL;
    RecordingStarted => CustomerAndOwner, RECORDING;
    RecordingFinished => CustomerAndOwner, RECORDING;
    QueuecallCreated => Customer, QUEUECALL;
    QueuecallWaiting => Customer, QUEUECALL;
    QueuecallConnecting => Customer, QUEUECALL;
    QueuecallServiced => Customer, QUEUECALL;
    QueuecallDone => Customer, QUEUECALL;
    QueuecallAbandoned => Customer, QUEUECALL;
    QueuecallDeleted => Customer, QUEUECALL;
    AgentCreated => Customer, AGENT;
    AgentDeleted => Customer, AGENT;
    AgentStatusUpdated => Customer, AGENT;
    // Only dbUpdatePermission uses PublishWebhookEvent; name, password, tag and address
    // changes publish agent_updated internally (PublishEvent).
    AgentUpdated => Customer, AGENT;
    MessageCreated => Customer, MESSAGE;
    MessageUpdated => Customer, MESSAGE;
    MessageDeleted => Customer, MESSAGE;
    ConversationCreated => CustomerAndOwner, CONVERSATION;
    ConversationUpdated => CustomerAndOwner, CONVERSATION;
    ConversationMessageCreated => Customer, CONVERSATION_MESSAGE;
    ConversationMessageUpdated => Customer, CONVERSATION_MESSAGE;
    ConversationMessageDeleted => Customer, CONVERSATION_MESSAGE;
    TranscribeCreated => Customer, TRANSCRIBE;
    TranscribeProgressing => Customer, TRANSCRIBE;
    TranscribeDone => Customer, TRANSCRIBE;
    TranscriptCreated => Customer, TRANSCRIPT;
    TranscribeSpeechStarted => Customer, SPEECH;
    TranscribeSpeechInterim => Customer, SPEECH;
    TranscribeSpeechEnded => Customer, SPEECH;
    ActiveflowCreated => Customer, ACTIVEFLOW;
    ActiveflowUpdated => Customer, ACTIVEFLOW;
    ActiveflowDeleted => Customer, ACTIVEFLOW;
    ConferenceCreated => Customer, CONFERENCE;
    ConferenceUpdated => Customer, CONFERENCE;
    ConferenceDeleted => Customer, CONFERENCE;
    ChatCreated => ChatParticipants, TALK_CHAT;
    ChatUpdated => ChatParticipants, TALK_CHAT;
    ChatDeleted => ChatParticipants, TALK_CHAT;
    ChatmessageCreated => ChatParticipants, TALK_MESSAGE;
    ChatmessageDeleted => ChatParticipants, TALK_MESSAGE;
    ChatmessageReactionUpdated => ChatParticipants, TALK_MESSAGE;
    ChatparticipantAdded => ChatParticipants, TALK_PARTICIPANT;
    ChatparticipantRemoved => ChatParticipants, TALK_PARTICIPANT;
};

/// How far deployed VoIPBIN publishes `event`; `None`: it never leaves the platform.
pub fn deployed_reach(event: &EventType) -> Option<Reach> {
    DEPLOYED_EVENTS
        .iter()
        .find(|row| row.event == *event)
        .map(|row| row.reach)
}

#[cfg(test)]
mod tests;
