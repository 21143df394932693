//! Event names. The deployed server and webhooks use underscore names (`call_hangup`); the
//! documented WebSocket uses dotted names (`call.status`). Both normalize to one [`EventType`].

use crate::resource::CallStatus;
use crate::resource_kind::ResourceKind;
use crate::string_enum::string_enum;

string_enum! {
    /// One normalized event name. The wire form (`as_str`) is the deployed underscore name.
    /// Aliases accept the webhook docs' names (`call_hungup`, `call_answered`, `transcribe_updated`).
    pub enum EventType {
        CallCreated = "call_created",
        CallUpdated = "call_updated",
        CallDeleted = "call_deleted",
        CallDialing = "call_dialing",
        CallRinging = "call_ringing",
        CallProgressing = "call_progressing" | "call_answered",
        CallTerminating = "call_terminating",
        CallCanceling = "call_canceling",
        CallHangup = "call_hangup" | "call_hungup",
        GroupcallCreated = "groupcall_created",
        GroupcallProgressing = "groupcall_progressing",
        GroupcallHangup = "groupcall_hangup",
        GroupcallDeleted = "groupcall_deleted",
        QueuecallCreated = "queuecall_created",
        QueuecallWaiting = "queuecall_waiting",
        QueuecallConnecting = "queuecall_connecting",
        QueuecallKicking = "queuecall_kicking",
        QueuecallServiced = "queuecall_serviced",
        QueuecallDone = "queuecall_done",
        QueuecallAbandoned = "queuecall_abandoned",
        QueuecallDeleted = "queuecall_deleted",
        QueueCreated = "queue_created",
        QueueUpdated = "queue_updated",
        QueueDeleted = "queue_deleted",
        AgentCreated = "agent_created",
        AgentDeleted = "agent_deleted",
        AgentStatusUpdated = "agent_status_updated",
        AgentUpdated = "agent_updated",
        MessageCreated = "message_created",
        MessageUpdated = "message_updated",
        MessageDeleted = "message_deleted",
        ConversationCreated = "conversation_created",
        ConversationUpdated = "conversation_updated",
        ConversationMessageCreated = "conversation_message_created",
        ConversationMessageUpdated = "conversation_message_updated",
        ConversationMessageDeleted = "conversation_message_deleted",
        RecordingStarted = "recording_started",
        RecordingFinished = "recording_finished",
        RecordingCreated = "recording_created",
        RecordingUpdated = "recording_updated",
        RecordingDeleted = "recording_deleted",
        TranscribeCreated = "transcribe_created",
        TranscribeProgressing = "transcribe_progressing" | "transcribe_updated",
        TranscribeDone = "transcribe_done",
        TranscriptCreated = "transcript_created",
        TranscribeSpeechStarted = "transcribe_speech_started",
        TranscribeSpeechInterim = "transcribe_speech_interim",
        TranscribeSpeechEnded = "transcribe_speech_ended",
        ActiveflowCreated = "activeflow_created",
        ActiveflowUpdated = "activeflow_updated",
        ActiveflowDeleted = "activeflow_deleted",
        ConferenceCreated = "conference_created",
        ConferenceUpdated = "conference_updated",
        ConferenceDeleted = "conference_deleted",
        ConferenceJoined = "conference_joined",
        ConferenceLeft = "conference_left",
        ChatCreated = "chat_created",
        ChatUpdated = "chat_updated",
        ChatDeleted = "chat_deleted",
        ChatmessageCreated = "chatmessage_created",
        ChatmessageDeleted = "chatmessage_deleted",
        ChatmessageReactionUpdated = "chatmessage_reaction_updated",
        ChatparticipantAdded = "chatparticipant_added",
        ChatparticipantRemoved = "chatparticipant_removed",
    }
}

/// Documented dotted names that do not simply turn into an underscore name. The choices:
/// - `queue.joined` -> QueuecallWaiting: "call entered queue" with a position is a waiting
///   queuecall (queuecall_created is the earlier `initiating` step).
/// - `queue.connected` -> QueuecallServiced; `queue.left` -> QueuecallDone (left the queue,
///   whether serviced or not; the payload does not say which).
/// - `message.received` -> MessageCreated (an inbound message is created on arrival);
///   `message.sent` -> MessageCreated too (an outbound message is created when sent);
///   `message.delivery` -> MessageUpdated (a target's status changed).
/// - `activeflow.completed` -> ActiveflowUpdated: the flow still exists with status ended; a
///   client that dropped it on "deleted" would lose the final state (the payload carries it).
/// - `call.ended`/`call.completed` -> CallHangup; `conference.ended` -> ConferenceDeleted.
/// - `recording.completed` -> RecordingFinished; `transcription.completed` and
///   `transcribe.completed` -> TranscribeDone.
const DOCUMENTED_NAMES: &[(&str, EventType)] = &[
    ("queue.joined", EventType::QueuecallWaiting),
    ("queue.connected", EventType::QueuecallServiced),
    ("queue.left", EventType::QueuecallDone),
    ("message.received", EventType::MessageCreated),
    ("message.sent", EventType::MessageCreated),
    ("message.delivery", EventType::MessageUpdated),
    ("agent.status", EventType::AgentStatusUpdated),
    ("activeflow.completed", EventType::ActiveflowUpdated),
    ("call.ended", EventType::CallHangup),
    ("call.completed", EventType::CallHangup),
    ("conference.ended", EventType::ConferenceDeleted),
    ("recording.completed", EventType::RecordingFinished),
    ("transcription.completed", EventType::TranscribeDone),
    ("transcribe.completed", EventType::TranscribeDone),
];

/// The dotted name the encoder prefers for an event, where the docs have one. `call.status`
/// is handled separately because it is only right when the call's status says the same.
const PREFERRED_DOTTED: &[(EventType, &str)] = &[
    (EventType::CallCreated, "call.created"),
    (EventType::MessageCreated, "message.received"),
    (EventType::MessageUpdated, "message.delivery"),
    (EventType::AgentStatusUpdated, "agent.status"),
    (EventType::ActiveflowUpdated, "activeflow.updated"),
    (EventType::QueuecallWaiting, "queue.joined"),
    (EventType::QueuecallServiced, "queue.connected"),
    (EventType::QueuecallDone, "queue.left"),
    (EventType::ConferenceJoined, "conference.joined"),
    (EventType::ConferenceLeft, "conference.left"),
    (EventType::ConferenceDeleted, "conference.ended"),
    (EventType::RecordingStarted, "recording.started"),
    (EventType::RecordingFinished, "recording.completed"),
    (EventType::TranscribeDone, "transcription.completed"),
];

impl EventType {
    /// Normalizes a name seen on the wire. Accepts underscore names, the webhook docs' names
    /// and the documented dotted names. `call.status` is resolved from `data.status`
    /// (ringing -> CallRinging, answered/progressing -> CallProgressing, hangup -> CallHangup,
    /// dialing, terminating, canceling; anything else -> CallUpdated). Other dotted names fall
    /// back to their underscore spelling (`call.created` -> `call_created`). Unknown names are
    /// kept verbatim in `Other`.
    pub fn from_wire(name: &str, data: Option<&serde_json::Value>) -> EventType {
        let status = data
            .and_then(|d| d.get("status"))
            .and_then(serde_json::Value::as_str);
        Self::from_wire_with_status(name, status)
    }

    /// Like [`EventType::from_wire`], given only the payload's `status` (the frame decoder
    /// has it without building a JSON tree).
    pub fn from_wire_with_status(name: &str, status: Option<&str>) -> EventType {
        let parsed = Self::parse(name);
        if parsed.is_known() || !name.contains('.') {
            return parsed;
        }
        if name == "call.status" {
            return Self::from_call_status(&CallStatus::parse(status.unwrap_or("")));
        }
        if let Some((_, event)) = DOCUMENTED_NAMES.iter().find(|(dotted, _)| *dotted == name) {
            return event.clone();
        }
        let underscored = Self::parse(&name.replace('.', "_"));
        if underscored.is_known() {
            underscored
        } else {
            parsed
        }
    }

    /// The event a call's status stands for (what `call.status` and bare call frames mean).
    pub fn from_call_status(status: &CallStatus) -> EventType {
        match status {
            CallStatus::Dialing => Self::CallDialing,
            CallStatus::Ringing => Self::CallRinging,
            CallStatus::Progressing => Self::CallProgressing,
            CallStatus::Terminating => Self::CallTerminating,
            CallStatus::Canceling => Self::CallCanceling,
            CallStatus::Hangup => Self::CallHangup,
            CallStatus::Other(_) => Self::CallUpdated,
        }
    }

    /// The documented dotted name for this event given the call's status (only used for call
    /// events), or `None` when the docs have no name that decodes back to this event.
    pub fn documented_name(&self, call_status: Option<&CallStatus>) -> Option<&'static str> {
        if let Some(status) = call_status {
            if self.resource() == ResourceKind::Call && Self::from_call_status(status) == *self {
                return Some("call.status");
            }
        }
        if *self == Self::CallHangup {
            return Some("call.ended");
        }
        PREFERRED_DOTTED
            .iter()
            .find(|(event, _)| event == self)
            .map(|(_, dotted)| *dotted)
    }

    /// The resource family this event is about. For `Other` names it is a best guess from the
    /// name's prefix.
    pub fn resource(&self) -> ResourceKind {
        use EventType::*;
        match self {
            CallCreated | CallUpdated | CallDeleted | CallDialing | CallRinging
            | CallProgressing | CallTerminating | CallCanceling | CallHangup => ResourceKind::Call,
            GroupcallCreated | GroupcallProgressing | GroupcallHangup | GroupcallDeleted => {
                ResourceKind::Groupcall
            }
            QueuecallCreated | QueuecallWaiting | QueuecallConnecting | QueuecallKicking
            | QueuecallServiced | QueuecallDone | QueuecallAbandoned | QueuecallDeleted => {
                ResourceKind::Queuecall
            }
            QueueCreated | QueueUpdated | QueueDeleted => ResourceKind::Queue,
            AgentCreated | AgentDeleted | AgentStatusUpdated | AgentUpdated => ResourceKind::Agent,
            MessageCreated | MessageUpdated | MessageDeleted => ResourceKind::Message,
            ConversationCreated | ConversationUpdated => ResourceKind::Conversation,
            ConversationMessageCreated
            | ConversationMessageUpdated
            | ConversationMessageDeleted => ResourceKind::ConversationMessage,
            RecordingStarted | RecordingFinished | RecordingCreated | RecordingUpdated
            | RecordingDeleted => ResourceKind::Recording,
            TranscribeCreated
            | TranscribeProgressing
            | TranscribeDone
            | TranscribeSpeechStarted
            | TranscribeSpeechInterim
            | TranscribeSpeechEnded => ResourceKind::Transcribe,
            TranscriptCreated => ResourceKind::Transcript,
            ActiveflowCreated | ActiveflowUpdated | ActiveflowDeleted => ResourceKind::Activeflow,
            ConferenceCreated | ConferenceUpdated | ConferenceDeleted | ConferenceJoined
            | ConferenceLeft => ResourceKind::Conference,
            ChatCreated | ChatUpdated | ChatDeleted => ResourceKind::Chat,
            ChatmessageCreated | ChatmessageDeleted | ChatmessageReactionUpdated => {
                ResourceKind::Chatmessage
            }
            ChatparticipantAdded | ChatparticipantRemoved => ResourceKind::Chatparticipant,
            Other(name) => ResourceKind::from_event_name(name),
        }
    }

    /// True for events after which the resource is gone from the live view.
    pub fn is_deletion(&self) -> bool {
        use EventType::*;
        matches!(
            self,
            CallDeleted
                | GroupcallDeleted
                | QueuecallDeleted
                | QueueDeleted
                | AgentDeleted
                | MessageDeleted
                | ConversationMessageDeleted
                | RecordingDeleted
                | ActiveflowDeleted
                | ConferenceDeleted
                | ChatDeleted
                | ChatmessageDeleted
        ) || matches!(self, Other(name) if name.ends_with("_deleted"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn underscore_names_round_trip() {
        for event in EventType::known() {
            assert_eq!(EventType::from_wire(event.as_str(), None), event);
        }
    }

    #[test]
    fn webhook_doc_aliases() {
        assert_eq!(
            EventType::from_wire("call_hungup", None),
            EventType::CallHangup
        );
        assert_eq!(
            EventType::from_wire("call_answered", None),
            EventType::CallProgressing
        );
        assert_eq!(
            EventType::from_wire("transcribe_updated", None),
            EventType::TranscribeProgressing
        );
    }

    #[test]
    fn call_status_resolved_from_data() {
        let cases = [
            ("ringing", EventType::CallRinging),
            ("answered", EventType::CallProgressing),
            ("progressing", EventType::CallProgressing),
            ("hangup", EventType::CallHangup),
            ("hungup", EventType::CallHangup),
            ("dialing", EventType::CallDialing),
            ("terminating", EventType::CallTerminating),
            ("canceling", EventType::CallCanceling),
            ("weird", EventType::CallUpdated),
        ];
        for (status, want) in cases {
            let data = json!({ "status": status });
            assert_eq!(
                EventType::from_wire("call.status", Some(&data)),
                want,
                "{status}"
            );
        }
        assert_eq!(
            EventType::from_wire("call.status", None),
            EventType::CallUpdated
        );
    }

    #[test]
    fn documented_dotted_names() {
        let cases = [
            ("call.created", EventType::CallCreated),
            ("queue.joined", EventType::QueuecallWaiting),
            ("queue.connected", EventType::QueuecallServiced),
            ("message.received", EventType::MessageCreated),
            ("message.delivery", EventType::MessageUpdated),
            ("agent.status", EventType::AgentStatusUpdated),
            ("recording.completed", EventType::RecordingFinished),
            ("activeflow.completed", EventType::ActiveflowUpdated),
            ("activeflow.updated", EventType::ActiveflowUpdated),
            ("conference.joined", EventType::ConferenceJoined),
            ("conference.left", EventType::ConferenceLeft),
        ];
        for (name, want) in cases {
            assert_eq!(EventType::from_wire(name, None), want, "{name}");
        }
    }

    #[test]
    fn unknown_names_kept_verbatim() {
        let e = EventType::from_wire("campaign_x", None);
        assert_eq!(e, EventType::Other("campaign_x".into()));
        assert_eq!(e.as_str(), "campaign_x");
        assert_eq!(e.resource(), ResourceKind::Campaign);
        let e = EventType::from_wire("call.assigned", None);
        assert_eq!(e, EventType::Other("call.assigned".into()));
        assert_eq!(e.resource(), ResourceKind::Call);
    }

    #[test]
    fn resource_of_every_known_event_matches_its_prefix() {
        for event in EventType::known() {
            assert_eq!(
                event.resource(),
                ResourceKind::from_event_name(event.as_str()),
                "{event}"
            );
        }
    }
}
