//! Transcribes (a transcription session) and transcripts (one recognized utterance).

use crate::lenient::resource_struct;
use crate::string_enum::string_enum;

string_enum! {
    pub enum TranscribeStatus {
        Progressing = "progressing",
        Done = "done",
    }
}

string_enum! {
    /// `in`: what the caller said; `out`: what was said to the caller.
    pub enum TranscriptDirection {
        In = "in",
        Out = "out",
    }
}

resource_struct! {
    /// `direction` stays a string (in, out, both).
    pub struct Transcribe {
        pub id: String,
        pub customer_id: String,
        pub reference_type: String,
        pub reference_id: String,
        pub status: TranscribeStatus,
        pub language: String,
        pub direction: String,
        pub tm_create: String,
        pub tm_update: String,
        pub tm_delete: String,
    }
}

resource_struct! {
    pub struct Transcript {
        pub id: String,
        pub customer_id: String,
        pub transcribe_id: String,
        pub direction: TranscriptDirection,
        pub message: String,
        pub tm_transcript: String,
        pub tm_create: String,
    }
}
