//! Bounded memory: ended calls stay listable for a while, then their resources are dropped,
//! so hours of traffic keep a flat footprint.

use super::{Sim, ENDED_CALLS_KEPT};

impl Sim {
    pub(super) fn trim_history(&mut self) {
        while self.ended.len() > ENDED_CALLS_KEPT {
            let Some(old) = self.ended.pop_front() else {
                break;
            };
            for call_id in &old.call_ids {
                if let Some(call) = self.calls.remove(call_id) {
                    for recording_id in &call.recording_ids {
                        self.recordings.remove(recording_id);
                    }
                }
                self.legs.remove(call_id);
            }
            if let Some(queuecall_id) = &old.queuecall_id {
                self.queuecalls.remove(queuecall_id);
            }
            self.activeflows.remove(&old.activeflow_id);
            if let Some(transcribe_id) = &old.transcribe_id {
                self.transcribes.remove(transcribe_id);
                self.transcripts.remove(transcribe_id);
            }
        }
    }
}
