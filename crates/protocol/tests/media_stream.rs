//! Media-stream framing: what the deployed server writes and accepts
//! (bin-api-manager/pkg/streamhandler/convert.go and convert_test.go).

use proptest::collection::vec;
use proptest::prelude::*;
use voipbin_protocol::media_stream::*;

const ALL: [Encapsulation; 3] = [
    Encapsulation::Sln,
    Encapsulation::Rtp,
    Encapsulation::AudioSocket,
];

fn pcm16() -> Vec<u8> {
    (1..=16).collect()
}

#[test]
fn query_values_round_trip_and_others_are_unknown() {
    for encapsulation in ALL {
        assert_eq!(
            Encapsulation::parse(encapsulation.as_str()),
            Some(encapsulation)
        );
    }
    for other in ["", "SLN", "Rtp", "pcm", "sln ", "websocket"] {
        assert_eq!(Encapsulation::parse(other), None, "{other:?}");
    }
}

#[test]
fn sln_is_the_bare_pcm() {
    let mut writer = FrameWriter::new(Encapsulation::Sln);
    assert_eq!(writer.frame(&pcm16()), pcm16());
    assert_eq!(payload(Encapsulation::Sln, &pcm16()), Some(&pcm16()[..]));
}

#[test]
fn rtp_matches_the_deployed_test_vector() {
    // convert_test.go "encapsulation rtp": 16 bytes in, seq 1, timestamp 16.
    let mut writer = FrameWriter::new(Encapsulation::Rtp);
    let mut expected = vec![0x80, 0x60, 0x00, 0x01, 0, 0, 0, 0x10, 0, 0, 0, 0];
    expected.extend(pcm16());
    assert_eq!(writer.frame(&pcm16()), expected);
}

#[test]
fn rtp_sequence_counts_frames_and_timestamp_counts_payload_bytes() {
    let mut writer = FrameWriter::new(Encapsulation::Rtp);
    let pcm = [7u8; FRAME_BYTES];
    for n in 1..=3u32 {
        let frame = writer.frame(&pcm);
        assert_eq!(frame.len(), 12 + FRAME_BYTES);
        assert_eq!(u16::from_be_bytes([frame[2], frame[3]]), n as u16);
        assert_eq!(
            u32::from_be_bytes([frame[4], frame[5], frame[6], frame[7]]),
            n * 320
        );
        assert_eq!(&frame[8..12], &[0, 0, 0, 0], "SSRC 0");
        assert_eq!(payload(Encapsulation::Rtp, &frame), Some(&pcm[..]));
    }
}

#[test]
fn rtp_sequence_wraps() {
    let mut writer = FrameWriter::new(Encapsulation::Rtp);
    let mut last = Vec::new();
    for _ in 0..=u16::MAX as u32 {
        last = writer.frame(&[]);
    }
    assert_eq!(u16::from_be_bytes([last[2], last[3]]), 0);
}

#[test]
fn rtp_from_the_client_skips_csrcs_extension_and_padding() {
    let mut frame = vec![0x80 | 0x20 | 0x10 | 0x01, 96, 0, 9, 0, 0, 0, 0, 1, 2, 3, 4];
    frame.extend([0xaa; 4]); // one CSRC
    frame.extend([0xbe, 0xde, 0x00, 0x01, 0xcc, 0xcc, 0xcc, 0xcc]); // extension of one word
    frame.extend(pcm16());
    frame.extend([0, 0, 3]); // three bytes of padding
    assert_eq!(payload(Encapsulation::Rtp, &frame), Some(&pcm16()[..]));
}

#[test]
fn rtp_from_the_client_needs_payload_type_96_and_a_whole_header() {
    let mut frame = FrameWriter::new(Encapsulation::Rtp).frame(&pcm16());
    assert_eq!(payload(Encapsulation::Rtp, &frame[..12]), Some(&[][..]));
    assert_eq!(payload(Encapsulation::Rtp, &frame[..11]), None);
    assert_eq!(payload(Encapsulation::Rtp, &[]), None);
    frame[1] = 0; // PCMU
    assert_eq!(payload(Encapsulation::Rtp, &frame), None);
    frame[1] = 0x80 | 96; // the marker bit is not part of the payload type
    assert_eq!(payload(Encapsulation::Rtp, &frame), Some(&pcm16()[..]));
}

#[test]
fn rtp_with_headers_longer_than_the_frame_is_refused() {
    let csrcs_missing = [0x8f, 96, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 1, 2];
    assert_eq!(payload(Encapsulation::Rtp, &csrcs_missing), None);
    let extension_missing = [
        0x90, 96, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0xbe, 0xde, 0x00, 0x05,
    ];
    assert_eq!(payload(Encapsulation::Rtp, &extension_missing), None);
    let padding_too_long = [0xa0, 96, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 1, 2, 200];
    assert_eq!(payload(Encapsulation::Rtp, &padding_too_long), None);
    let padding_zero = [0xa0, 96, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 1, 2, 0];
    assert_eq!(payload(Encapsulation::Rtp, &padding_zero), None);
}

#[test]
fn audiosocket_matches_the_deployed_test_vector() {
    // convert_test.go "encapsulation audiosocket": kind 0x10, length 16, PCM.
    let mut expected = vec![0x10, 0x00, 0x10];
    expected.extend(pcm16());
    assert_eq!(
        FrameWriter::new(Encapsulation::AudioSocket).frame(&pcm16()),
        expected
    );
    assert_eq!(
        payload(Encapsulation::AudioSocket, &expected),
        Some(&pcm16()[..])
    );
}

#[test]
fn audiosocket_frame_of_a_stream_frame_is_323_bytes() {
    let frame = FrameWriter::new(Encapsulation::AudioSocket).frame(&[0; FRAME_BYTES]);
    assert_eq!(frame.len(), 323);
    assert_eq!(&frame[..3], &[0x10, 0x01, 0x40]);
}

#[test]
fn audiosocket_from_the_client_needs_its_header() {
    let frame = FrameWriter::new(Encapsulation::AudioSocket).frame(&pcm16());
    assert_eq!(
        payload(Encapsulation::AudioSocket, &pcm16()),
        None,
        "bare PCM"
    );
    assert_eq!(
        payload(Encapsulation::AudioSocket, &frame[..10]),
        None,
        "truncated"
    );
    assert_eq!(payload(Encapsulation::AudioSocket, &frame[..2]), None);
    assert_eq!(payload(Encapsulation::AudioSocket, &[]), None);
    let mut hangup = frame.clone();
    hangup[0] = 0x00;
    assert_eq!(payload(Encapsulation::AudioSocket, &hangup), None);
    assert_eq!(
        payload(Encapsulation::AudioSocket, &[0x10, 0, 0]),
        Some(&[][..])
    );
}

#[test]
fn audiosocket_cuts_payloads_beyond_its_length_field() {
    let frame = FrameWriter::new(Encapsulation::AudioSocket).frame(&vec![1; 70_000]);
    assert_eq!(frame.len(), 3 + 65_535);
    assert_eq!(
        payload(Encapsulation::AudioSocket, &frame).map(<[u8]>::len),
        Some(65_535)
    );
}

proptest! {
    #[test]
    fn any_bytes_decode_without_panic(bytes in vec(any::<u8>(), 0..400)) {
        for encapsulation in ALL {
            if let Some(pcm) = payload(encapsulation, &bytes) {
                prop_assert!(pcm.len() <= bytes.len());
            }
        }
    }

    /// Garbage behind a header that claims payload type 96 and any CSRC/extension/padding flags.
    #[test]
    fn rtp_like_garbage_decodes_without_panic(first in any::<u8>(), rest in vec(any::<u8>(), 0..80)) {
        let mut bytes = vec![first, 96];
        bytes.extend(rest);
        for end in 0..=bytes.len() {
            if let Some(pcm) = payload(Encapsulation::Rtp, &bytes[..end]) {
                prop_assert!(pcm.len() + 12 <= end);
            }
        }
    }

    #[test]
    fn every_written_frame_gives_its_pcm_back(pcm in vec(any::<u8>(), 0..700), skip in 0usize..3) {
        for encapsulation in ALL {
            let mut writer = FrameWriter::new(encapsulation);
            for _ in 0..skip {
                writer.frame(&pcm);
            }
            let frame = writer.frame(&pcm);
            prop_assert_eq!(payload(encapsulation, &frame), Some(&pcm[..]));
        }
    }
}
