//! Framing of the call media stream (`GET /v1.0/calls/{id}/media_stream?encapsulation=…`):
//! binary WebSocket frames carrying 16-bit signed-linear PCM, 8 kHz, mono, little-endian, in one
//! of three encapsulations (bin-api-manager/pkg/streamhandler/convert.go; docsdev
//! bin-api-manager/docsdev/source/mediastream_overview.rst).

/// Samples per second of the stream's PCM (mono, s16le).
pub const SAMPLE_RATE: u32 = 8_000;
/// Bytes of PCM in one 20 ms frame (160 samples x 2 bytes).
pub const FRAME_BYTES: usize = 320;

/// RTP payload type stamped on every packet: a fixed convention for L16/8000/1, never negotiated
/// (convert.go `defaultRTPPayloadType`).
const RTP_PAYLOAD_TYPE: u8 = 96;
const RTP_HEADER_BYTES: usize = 12;
/// AudioSocket message kind for signed-linear audio (github.com/CyCoreSystems/audiosocket KindSlin).
const AUDIOSOCKET_KIND_SLIN: u8 = 0x10;
const AUDIOSOCKET_HEADER_BYTES: usize = 3;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encapsulation {
    /// Raw PCM, no header.
    Sln,
    /// RTP v2, 12-byte header, payload type 96, SSRC 0.
    Rtp,
    /// AudioSocket: kind 0x10, 16-bit big-endian length, then PCM; the client sends the header too.
    AudioSocket,
}

impl Encapsulation {
    /// The `encapsulation` query value (bin-api-manager/models/stream); None for anything else.
    pub fn parse(query_value: &str) -> Option<Encapsulation> {
        match query_value {
            "sln" => Some(Encapsulation::Sln),
            "rtp" => Some(Encapsulation::Rtp),
            "audiosocket" => Some(Encapsulation::AudioSocket),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Encapsulation::Sln => "sln",
            Encapsulation::Rtp => "rtp",
            Encapsulation::AudioSocket => "audiosocket",
        }
    }
}

/// Wraps PCM payloads into frames of one encapsulation (keeps RTP seq/timestamp state).
pub struct FrameWriter {
    encapsulation: Encapsulation,
    rtp_sequence: u16,
    rtp_timestamp: u32,
}

impl FrameWriter {
    pub fn new(encapsulation: Encapsulation) -> FrameWriter {
        FrameWriter {
            encapsulation,
            rtp_sequence: 0,
            rtp_timestamp: 0,
        }
    }

    /// One frame around `pcm`. AudioSocket's length field is 16 bits, so a payload longer than
    /// 65535 bytes is cut there (a stream frame is 320 bytes).
    pub fn frame(&mut self, pcm: &[u8]) -> Vec<u8> {
        match self.encapsulation {
            Encapsulation::Sln => pcm.to_vec(),
            Encapsulation::Rtp => self.rtp_frame(pcm),
            Encapsulation::AudioSocket => audiosocket_frame(pcm),
        }
    }

    fn rtp_frame(&mut self, pcm: &[u8]) -> Vec<u8> {
        // Deployed: the first packet already carries seq 1, and the timestamp advances by the
        // payload's BYTES (AudioSocket ContentLength), not samples (convert.go
        // convertAudiosocketToRTP).
        self.rtp_sequence = self.rtp_sequence.wrapping_add(1);
        self.rtp_timestamp = self.rtp_timestamp.wrapping_add(pcm.len() as u32);
        let mut out = Vec::with_capacity(RTP_HEADER_BYTES + pcm.len());
        out.push(0x80); // version 2, no padding, no extension, no CSRC
        out.push(RTP_PAYLOAD_TYPE); // marker 0
        out.extend_from_slice(&self.rtp_sequence.to_be_bytes());
        out.extend_from_slice(&self.rtp_timestamp.to_be_bytes());
        out.extend_from_slice(&0u32.to_be_bytes()); // SSRC 0 (handle.go)
        out.extend_from_slice(pcm);
        out
    }
}

fn audiosocket_frame(pcm: &[u8]) -> Vec<u8> {
    let pcm = &pcm[..pcm.len().min(u16::MAX as usize)];
    let mut out = Vec::with_capacity(AUDIOSOCKET_HEADER_BYTES + pcm.len());
    out.push(AUDIOSOCKET_KIND_SLIN);
    out.extend_from_slice(&(pcm.len() as u16).to_be_bytes());
    out.extend_from_slice(pcm);
    out
}

/// The PCM payload of a received frame; None if the frame is malformed for that encapsulation.
pub fn payload(encapsulation: Encapsulation, frame: &[u8]) -> Option<&[u8]> {
    match encapsulation {
        Encapsulation::Sln => Some(frame),
        Encapsulation::Rtp => rtp_payload(frame),
        Encapsulation::AudioSocket => audiosocket_payload(frame),
    }
}

/// As pion/rtp Packet.Unmarshal, which the deployed server uses (convert.go
/// convertRTPToAudiosocket): the version is not checked; CSRCs, a header extension and padding
/// are skipped; the payload type must be 96.
fn rtp_payload(frame: &[u8]) -> Option<&[u8]> {
    let first = *frame.first()?;
    if frame.len() < RTP_HEADER_BYTES || frame[1] & 0x7f != RTP_PAYLOAD_TYPE {
        return None;
    }
    let csrc_count = usize::from(first & 0x0f);
    let mut start = RTP_HEADER_BYTES + 4 * csrc_count;
    if first & 0x10 != 0 {
        let extension_header = frame.get(start..start + 4)?;
        let words = usize::from(u16::from_be_bytes([
            extension_header[2],
            extension_header[3],
        ]));
        start += 4 + 4 * words;
    }
    let mut end = frame.len();
    if first & 0x20 != 0 {
        let padding = usize::from(*frame.last()?);
        if padding == 0 {
            return None;
        }
        end = end.checked_sub(padding)?;
    }
    frame.get(start..end)
}

/// The header's length must match the PCM that follows; other message kinds (hangup, id,
/// error) carry no audio.
fn audiosocket_payload(frame: &[u8]) -> Option<&[u8]> {
    let (header, pcm) = frame.split_at_checked(AUDIOSOCKET_HEADER_BYTES)?;
    let length = usize::from(u16::from_be_bytes([header[1], header[2]]));
    (header[0] == AUDIOSOCKET_KIND_SLIN && pcm.len() == length).then_some(pcm)
}
