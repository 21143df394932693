//! The media of a conversation's phone legs, for media streams (listen, barge) and speakings
//! (whisper).

use crate::clock::now_ms;
use crate::media::{MediaLeg, Source};
use crate::state::AppState;

/// The answered legs (held ones too) of `call_ids` that carry media, as (SIP Call-ID, media).
pub fn live_media(state: &AppState, call_ids: &[String]) -> Vec<(String, MediaLeg)> {
    let mut table = state.phone_calls.lock();
    table.prune(now_ms());
    let mut legs: Vec<(String, MediaLeg)> = table
        .dialogs
        .values()
        .filter(|d| d.state.is_up() && call_ids.contains(&d.call_id))
        .filter_map(|d| Some((d.sip_call_id.clone(), d.media.clone()?)))
        .collect();
    legs.sort_by(|a, b| a.0.cmp(&b.0));
    legs
}

/// Plays `samples` into the phone legs of `call_ids` alone and lists `text` on them; how many
/// legs heard it (none: the calls are not on a phone).
pub fn whisper(state: &AppState, call_ids: &[String], text: &str, samples: &[i16]) -> usize {
    let mut table = state.phone_calls.lock();
    let mut reached = 0;
    for dialog in table
        .dialogs
        .values_mut()
        .filter(|d| d.state.is_up() && call_ids.contains(&d.call_id))
    {
        if let Some(media) = &dialog.media {
            media.inject(Source::Whisper, samples);
            dialog.whispers.push(text.to_owned());
            reached += 1;
        }
    }
    reached
}
