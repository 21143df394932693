//! The event a bare resource stands for. The deployed WebSocket sends resources without an
//! event name, so the name is read from the resource's state: a real `tm_delete` means
//! deleted, otherwise the status where it names an event, otherwise `<kind>_updated`.

use super::{QueuecallStatus, RecordingStatus, Resource, TranscribeStatus};
use crate::event::EventType;
use crate::timestamp::is_deleted;

impl Resource {
    pub fn implied_event(&self) -> EventType {
        if self.tm_delete().is_some_and(is_deleted) {
            return EventType::parse(&format!("{}_deleted", self.kind()));
        }
        match self {
            Resource::Call(call) => EventType::from_call_status(&call.status),
            Resource::Queuecall(qc) => match qc.status {
                QueuecallStatus::Initiating => EventType::QueuecallCreated,
                QueuecallStatus::Waiting => EventType::QueuecallWaiting,
                QueuecallStatus::Connecting => EventType::QueuecallConnecting,
                QueuecallStatus::Kicking => EventType::QueuecallKicking,
                QueuecallStatus::Service => EventType::QueuecallServiced,
                QueuecallStatus::Done => EventType::QueuecallDone,
                QueuecallStatus::Abandoned => EventType::QueuecallAbandoned,
                // There is no queuecall_updated on the wire; keep the name honest.
                QueuecallStatus::Other(_) => EventType::Other("queuecall_updated".to_owned()),
            },
            Resource::Groupcall(gc) => match gc.status.as_str() {
                "progressing" => EventType::GroupcallProgressing,
                "hangup" => EventType::GroupcallHangup,
                _ => EventType::Other("groupcall_updated".to_owned()),
            },
            Resource::Recording(rec) => match rec.status {
                RecordingStatus::Recording => EventType::RecordingStarted,
                RecordingStatus::Ended => EventType::RecordingFinished,
                _ => EventType::RecordingUpdated,
            },
            Resource::Transcribe(tr) => match tr.status {
                TranscribeStatus::Done => EventType::TranscribeDone,
                _ => EventType::TranscribeProgressing,
            },
            Resource::Transcript(_) => EventType::TranscriptCreated,
            other => EventType::parse(&format!("{}_updated", other.kind())),
        }
    }
}
