//! A call in service: recording, transcription and the dialogue (transcript lines
//! alternating caller/agent), until the conversation ends and someone hangs up.

use voipbin_protocol::{
    EventType, HangupReason, Recording, RecordingStatus, Resource, Transcribe, TranscribeStatus,
    Transcript, TranscriptDirection, NOT_DELETED,
};

use super::ids::uuid_from;
use super::jobs::Step;
use super::state::Stage;
use super::text::{self, Speaker};
use super::{Sim, TRANSCRIPTS_KEPT};

impl Sim {
    /// Recording and transcription of the customer call start when someone answers it.
    pub(super) fn start_service_media(&mut self, id: &str) {
        let recording_active = self
            .calls
            .get(id)
            .is_some_and(|c| !c.recording_id.is_empty());
        if !recording_active {
            self.start_recording(id);
        }
        let has_transcribe = self
            .sessions
            .get(id)
            .is_some_and(|s| s.transcribe_id.is_some());
        if !has_transcribe {
            self.start_transcribe(id);
        }
        let delay = self.rng.between(1_000, 2_500);
        self.schedule_step(id, delay, Step::Utterance);
    }

    /// Starts recording a call; sets its `recording_id` (the caller publishes call_updated).
    pub(super) fn start_recording(&mut self, call_id: &str) -> Option<String> {
        let recording_id = uuid_from(&mut self.rng);
        let now = self.ts();
        let call = self.calls.get_mut(call_id)?;
        call.recording_id = recording_id.clone();
        call.recording_ids.push(recording_id.clone());
        call.tm_update = now.clone();
        let recording = Recording {
            id: recording_id.clone(),
            customer_id: self.customer.id.clone(),
            reference_type: "call".to_owned(),
            reference_id: call_id.to_owned(),
            status: RecordingStatus::Recording,
            format: "wav".to_owned(),
            tm_start: now.clone(),
            tm_end: NOT_DELETED.to_owned(),
            tm_create: now.clone(),
            tm_update: now,
            tm_delete: NOT_DELETED.to_owned(),
        };
        self.recordings.insert(recording_id.clone(), recording);
        self.emit_recording(&recording_id, EventType::RecordingStarted);
        Some(recording_id)
    }

    pub(super) fn finish_recording(&mut self, recording_id: &str) {
        let now = self.ts();
        let Some(rec) = self.recordings.get_mut(recording_id) else {
            return;
        };
        if rec.status == RecordingStatus::Ended {
            return;
        }
        rec.status = RecordingStatus::Ended;
        rec.tm_end = now.clone();
        rec.tm_update = now;
        self.emit_recording(recording_id, EventType::RecordingFinished);
    }

    fn start_transcribe(&mut self, id: &str) {
        let transcribe_id = uuid_from(&mut self.rng);
        let now = self.ts();
        let transcribe = Transcribe {
            id: transcribe_id.clone(),
            customer_id: self.customer.id.clone(),
            reference_type: "call".to_owned(),
            reference_id: id.to_owned(),
            status: TranscribeStatus::Progressing,
            language: "en-US".to_owned(),
            direction: "both".to_owned(),
            tm_create: now.clone(),
            tm_update: now,
            tm_delete: NOT_DELETED.to_owned(),
        };
        self.transcribes.insert(transcribe_id.clone(), transcribe);
        if let Some(s) = self.sessions.get_mut(id) {
            s.transcribe_id = Some(transcribe_id.clone());
        }
        self.emit_transcribe(&transcribe_id, EventType::TranscribeCreated);
    }

    pub(super) fn finish_transcribe(&mut self, transcribe_id: &str) {
        let now = self.ts();
        let Some(tr) = self.transcribes.get_mut(transcribe_id) else {
            return;
        };
        if tr.status == TranscribeStatus::Done {
            return;
        }
        tr.status = TranscribeStatus::Done;
        tr.tm_update = now;
        self.emit_transcribe(transcribe_id, EventType::TranscribeDone);
    }

    /// The next line of the dialogue; when the script is over, the call ends soon after.
    pub(super) fn utterance(&mut self, id: &str) {
        let Some(stage) = self.stage_of(id) else {
            return;
        };
        if !matches!(
            stage,
            Stage::Service { .. } | Stage::Handoff { answered: true, .. }
        ) {
            return;
        }
        let Some(s) = self.sessions.get(id) else {
            return;
        };
        let queue_index = self.queues.get(&s.queue_id).map(|q| q.index).unwrap_or(0);
        let Some((speaker, line)) = text::script_line(queue_index, s.script, s.line) else {
            let delay = self.rng.between(1_500, 4_000);
            self.schedule_step(id, delay, Step::ServiceEnd);
            return;
        };
        if let Some(s) = self.sessions.get_mut(id) {
            s.line += 1;
        }
        let spoken = self.speak(id, speaker, line);
        let gap = 1_500 + 55 * spoken as i64 + self.rng.between(0, 2_000);
        self.schedule_step(id, gap, Step::Utterance);
    }

    /// A filler line (small talk) for a talking session: progress under high load without
    /// moving the script along.
    pub(super) fn small_talk(&mut self, id: &str) -> bool {
        let Some(s) = self.sessions.get_mut(id) else {
            return false;
        };
        let n = s.small_talk;
        s.small_talk += 1;
        let (speaker, line) = text::small_talk(n);
        self.speak(id, speaker, line) > 0
    }

    /// Publishes one transcript line; returns its length (0 when nothing was said).
    fn speak(&mut self, id: &str, speaker: Speaker, line: &str) -> usize {
        let Some(s) = self.sessions.get(id) else {
            return 0;
        };
        let Some(transcribe_id) = s.transcribe_id.clone() else {
            return 0;
        };
        let agent_name = match s.agent_id() {
            Some(agent_id) => self.agents.get(agent_id).map(|a| a.agent.name.clone()),
            None => None,
        }
        .unwrap_or_else(|| "the operator".to_owned());
        let message = text::render(line, &agent_name, &s.caller_name);
        let now = self.ts();
        let transcript = Transcript {
            id: uuid_from(&mut self.rng),
            customer_id: self.customer.id.clone(),
            transcribe_id: transcribe_id.clone(),
            direction: match speaker {
                Speaker::Caller => TranscriptDirection::In,
                Speaker::Agent => TranscriptDirection::Out,
            },
            message,
            tm_transcript: now.clone(),
            tm_create: now,
        };
        let len = transcript.message.len();
        let lines = self.transcripts.entry(transcribe_id).or_default();
        lines.push_back(transcript.clone());
        if lines.len() > TRANSCRIPTS_KEPT {
            lines.pop_front();
        }
        self.emit(
            EventType::TranscriptCreated,
            Resource::Transcript(transcript),
        );
        len
    }

    /// The conversation is over: one side hangs up.
    pub(super) fn service_end(&mut self, id: &str) {
        let by = if self.rng.chance(0.6) {
            "remote"
        } else {
            "local"
        };
        self.end_session(id, HangupReason::Normal, by);
    }
}
