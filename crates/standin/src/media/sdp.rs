//! What the media layer reads from a remote SDP before handing it to str0m: codecs offered,
//! ICE-lite, the audio direction. Also str0m's parsers behind a size limit and a panic guard.

use std::net::SocketAddr;
use std::panic::{catch_unwind, AssertUnwindSafe};

use str0m::change::{SdpAnswer, SdpOffer};

use super::{Direction, MediaError};

/// Far above any real audio SDP (a browser's is ~3 KB); refuses pathological input early.
const MAX_SDP_BYTES: usize = 64 * 1024;

/// Facts about the first audio m-section of a remote SDP.
#[derive(Debug, Clone, PartialEq)]
pub struct RemoteAudio {
    pub ice_lite: bool,
    pub pcmu: bool,
    pub opus: bool,
    pub telephone_event: bool,
    pub direction: Direction,
}

impl RemoteAudio {
    /// The far end holds the call (it will not listen, or not at all).
    pub fn holds(&self) -> bool {
        matches!(self.direction, Direction::SendOnly | Direction::Inactive)
    }
}

pub fn read_remote(sdp: &str) -> Result<RemoteAudio, MediaError> {
    check_size(sdp)?;
    let mut ice_lite = false;
    let mut in_audio = false;
    let mut seen_audio = false;
    let mut payload_types: Vec<String> = Vec::new();
    let mut session_direction = None;
    let mut audio_direction = None;
    let mut rtpmaps: Vec<(String, String)> = Vec::new();
    for line in sdp.lines().map(str::trim) {
        if let Some(media) = line.strip_prefix("m=") {
            let mut fields = media.split_whitespace();
            let is_audio = fields.next() == Some("audio");
            in_audio = is_audio && !seen_audio;
            if in_audio {
                seen_audio = true;
                payload_types = fields.skip(2).map(str::to_owned).collect();
            }
            continue;
        }
        let Some(attribute) = line.strip_prefix("a=") else {
            continue;
        };
        if attribute == "ice-lite" {
            ice_lite = true;
        } else if let Some(direction) = direction_attribute(attribute) {
            if !seen_audio {
                session_direction = Some(direction);
            } else if in_audio {
                audio_direction = Some(direction);
            }
        } else if let Some(map) = attribute.strip_prefix("rtpmap:").filter(|_| in_audio) {
            let mut parts = map.splitn(2, ' ');
            if let (Some(pt), Some(encoding)) = (parts.next(), parts.next()) {
                rtpmaps.push((pt.to_owned(), encoding.to_ascii_lowercase()));
            }
        }
    }
    if !seen_audio {
        return Err(MediaError::BadSdp("no audio m-line".into()));
    }
    let offered = |name: &str, static_pt: Option<&str>| {
        payload_types.iter().any(|pt| {
            let mapped = rtpmaps.iter().find(|(p, _)| p == pt);
            match mapped {
                Some((_, encoding)) => encoding.starts_with(name),
                None => static_pt == Some(pt.as_str()),
            }
        })
    };
    Ok(RemoteAudio {
        ice_lite,
        pcmu: offered("pcmu/8000", Some("0")),
        opus: offered("opus/48000", None),
        telephone_event: offered("telephone-event/", None),
        direction: audio_direction
            .or(session_direction)
            .unwrap_or(Direction::SendRecv),
    })
}

/// Makes str0m's SDP fit SIP peers: the origin carries our address and a version that grows
/// with every SDP we send (RFC 3264 8: a changed SDP must have a higher version, or strict
/// SIP stacks ignore a re-INVITE's hold), c=/m= name our one host candidate instead of the
/// WebRTC placeholder 0.0.0.0:9, and no trickle is promised (SIP carries no trickled candidates).
pub fn finish_local(sdp: &str, local: SocketAddr, version: u64) -> String {
    let family = if local.is_ipv4() { "IP4" } else { "IP6" };
    let ip = local.ip();
    let mut out = String::with_capacity(sdp.len() + 32);
    for line in sdp.lines() {
        if let Some(origin) = line.strip_prefix("o=") {
            let fields: Vec<&str> = origin.split_whitespace().collect();
            if let [user, session, _version, ..] = fields[..] {
                out += &format!("o={user} {session} {version} IN {family} {ip}\r\n");
                continue;
            }
        } else if line.starts_with("c=IN ") {
            out += &format!("c=IN {family} {ip}\r\n");
            continue;
        } else if let Some(rest) = line.strip_prefix("m=audio 9 ") {
            out += &format!("m=audio {} {rest}\r\n", local.port());
            continue;
        } else if line == "a=ice-options:trickle" {
            continue;
        }
        out += line;
        out += "\r\n";
    }
    out
}

fn direction_attribute(attribute: &str) -> Option<Direction> {
    match attribute {
        "sendrecv" => Some(Direction::SendRecv),
        "sendonly" => Some(Direction::SendOnly),
        "recvonly" => Some(Direction::RecvOnly),
        "inactive" => Some(Direction::Inactive),
        _ => None,
    }
}

pub fn parse_offer(sdp: &str) -> Result<SdpOffer, MediaError> {
    check_size(sdp)?;
    guarded(|| SdpOffer::from_sdp_string(sdp))?.map_err(|e| MediaError::BadSdp(e.to_string()))
}

pub fn parse_answer(sdp: &str) -> Result<SdpAnswer, MediaError> {
    check_size(sdp)?;
    guarded(|| SdpAnswer::from_sdp_string(sdp))?.map_err(|e| MediaError::BadSdp(e.to_string()))
}

/// str0m promises not to panic on input; a remote SDP is the one place we do not rely on it.
fn guarded<T>(parse: impl FnOnce() -> T) -> Result<T, MediaError> {
    catch_unwind(AssertUnwindSafe(parse)).map_err(|_| {
        tracing::warn!("str0m panicked parsing a remote SDP");
        MediaError::BadSdp("unparseable SDP".into())
    })
}

fn check_size(sdp: &str) -> Result<(), MediaError> {
    if sdp.len() > MAX_SDP_BYTES {
        return Err(MediaError::BadSdp(format!("SDP of {} bytes", sdp.len())));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const CHROME_HOLD_OFFER: &str = "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n\
a=group:BUNDLE 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111 0 8 126\r\nc=IN IP4 0.0.0.0\r\n\
a=rtpmap:111 opus/48000/2\r\na=rtpmap:126 telephone-event/8000\r\na=sendonly\r\na=mid:0\r\n";

    #[test]
    fn reads_codecs_direction_and_static_pcmu_without_rtpmap() {
        let remote = read_remote(CHROME_HOLD_OFFER).unwrap();
        assert!(remote.pcmu && remote.opus && remote.telephone_event && !remote.ice_lite);
        assert_eq!(remote.direction, Direction::SendOnly);
        assert!(remote.holds());
    }

    #[test]
    fn opus_only_offer_has_no_pcmu_and_session_direction_applies() {
        let sdp = "v=0\r\na=ice-lite\r\na=inactive\r\nm=audio 9 RTP/SAVPF 111\r\na=rtpmap:111 opus/48000/2\r\n";
        let remote = read_remote(sdp).unwrap();
        assert!(!remote.pcmu && remote.opus && remote.ice_lite);
        assert_eq!(remote.direction, Direction::Inactive);
    }

    #[test]
    fn our_sdp_names_our_candidate_and_counts_versions() {
        let str0m = "v=0\r\no=str0m-0.25.0 77 2 IN IP4 0.0.0.0\r\ns=-\r\n\
m=audio 9 UDP/TLS/RTP/SAVPF 0 101\r\nc=IN IP4 0.0.0.0\r\na=ice-options:trickle\r\na=mid:0\r\n";
        let finished = finish_local(str0m, "10.1.2.3:40000".parse().unwrap(), 5);
        assert_eq!(
            finished,
            "v=0\r\no=str0m-0.25.0 77 5 IN IP4 10.1.2.3\r\ns=-\r\n\
m=audio 40000 UDP/TLS/RTP/SAVPF 0 101\r\nc=IN IP4 10.1.2.3\r\na=mid:0\r\n"
        );
    }

    #[test]
    fn garbage_is_bad_sdp_not_a_panic() {
        for sdp in [
            "",
            "hello",
            "v=0\r\nm=video 9 RTP/AVP 96\r\n",
            "m=audio",
            "m=audio 9",
        ] {
            assert!(
                matches!(parse_offer(sdp), Err(MediaError::BadSdp(_))),
                "{sdp:?}"
            );
        }
        assert!(matches!(read_remote("v=0\r\n"), Err(MediaError::BadSdp(_))));
        let huge = "a".repeat(MAX_SDP_BYTES + 1);
        assert!(matches!(parse_answer(&huge), Err(MediaError::BadSdp(_))));
    }
}
