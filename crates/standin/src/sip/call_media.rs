//! The media of a conversation's phone legs, for media streams (listen, barge) and speakings
//! (whisper); a call of the conversation with no phone leg is a simulated party (the caller of
//! a call the stand-in placed), whose ear counts what reached it (media/ear.rs).

use std::time::Instant;

use crate::clock::now_ms;
use crate::media::{MediaLeg, Source};
use crate::state::AppState;

/// One answered leg (held ones too) of a conversation that carries media.
pub struct LiveLeg {
    pub sip_call_id: String,
    /// The VoIPBIN call the leg carries.
    pub call_id: String,
    pub media: MediaLeg,
}

/// The answered legs of `call_ids` that carry media, by SIP Call-ID.
pub fn live_media(state: &AppState, call_ids: &[String]) -> Vec<LiveLeg> {
    let mut table = state.phone_calls.lock();
    table.prune(now_ms());
    let mut legs: Vec<LiveLeg> = table
        .dialogs
        .values()
        .filter(|d| d.state.is_up() && call_ids.contains(&d.call_id))
        .filter_map(|d| {
            Some(LiveLeg {
                sip_call_id: d.sip_call_id.clone(),
                call_id: d.call_id.clone(),
                media: d.media.clone()?,
            })
        })
        .collect();
    legs.sort_by(|a, b| a.sip_call_id.cmp(&b.sip_call_id));
    legs
}

/// The calls of `call_ids` that no live leg carries: the simulated parties.
pub fn simulated_parties(call_ids: &[String], live: &[LiveLeg]) -> Vec<String> {
    call_ids
        .iter()
        .filter(|id| live.iter().all(|leg| leg.call_id != **id))
        .cloned()
        .collect()
}

/// Plays `samples` to `call_ids` alone (their phone legs, or the simulated party's ear where a
/// call has no phone) and lists `text` on them; how many phone legs heard it.
pub fn whisper(state: &AppState, call_ids: &[String], text: &str, samples: &[i16]) -> usize {
    let live = live_media(state, call_ids);
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
    drop(table);
    let now = Instant::now();
    let mut ears = state.simulated_ears();
    for call_id in simulated_parties(call_ids, &live) {
        ears.whisper(&call_id, now, text, samples);
    }
    reached
}
