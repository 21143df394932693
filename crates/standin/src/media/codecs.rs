//! The str0m configuration of a leg: which codecs it offers or accepts, ICE-lite or not.

use str0m::format::{Codec, FormatParams};
use str0m::media::{Frequency, Pt};
use str0m::RtcConfig;

use super::sdp::RemoteAudio;
use super::MediaError;

/// RFC 4733 events at PCMU's clock rate. (Browsers also offer 48 kHz events for Opus; we
/// only send PCMU, so 8 kHz events are the ones that must match.)
const PT_TELEPHONE_EVENT: u8 = 101;

/// Our own offers: PCMU first (Chromium keeps the offer's order in its answer, so a browser
/// sends PCMU), then Opus, then telephone-event. Full ICE, so that we are the controlling agent
/// and nominate as soon as a check succeeds: facing an ICE-lite offer, Chromium nominates only
/// on its next ping of the pair, about a second later, and holds the call's audio until then.
pub fn offering() -> RtcConfig {
    with_telephone_events(
        base()
            .set_ice_lite(false)
            .enable_pcmu(true, false)
            .enable_opus(true, false),
    )
}

/// Answering `remote`: PCMU only (plus telephone-event), so the far end cannot pick a codec
/// we do not encode. ICE-lite unless the offerer is lite itself (two lite agents never
/// connect); that happens when a MediaLeg test client offers to the stand-in.
pub fn answering(remote: &RemoteAudio) -> Result<RtcConfig, MediaError> {
    if !remote.pcmu {
        return Err(MediaError::NoCommonCodec);
    }
    Ok(with_telephone_events(
        base()
            .set_ice_lite(!remote.ice_lite)
            .enable_pcmu(true, false),
    ))
}

/// An answer to our offer must have kept PCMU: it is the only codec we encode.
pub fn check_answer(remote: &RemoteAudio) -> Result<(), MediaError> {
    if remote.pcmu {
        Ok(())
    } else {
        Err(MediaError::NoCommonCodec)
    }
}

fn base() -> RtcConfig {
    RtcConfig::new().clear_codecs()
}

fn with_telephone_events(mut config: RtcConfig) -> RtcConfig {
    config.codec_config().add_config(
        Pt::new_with_value(PT_TELEPHONE_EVENT),
        None,
        Codec::Tele,
        Frequency::EIGHT_KHZ,
        None,
        FormatParams::default(),
    );
    config
}
