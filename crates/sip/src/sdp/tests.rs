use super::*;

/// An offer as Chrome writes it (trimmed: one audio section, BUNDLE, ICE, DTLS).
const CHROME_OFFER: &str = "v=0\r\n\
o=- 4611731400430051336 2 IN IP4 127.0.0.1\r\n\
s=-\r\n\
t=0 0\r\n\
a=group:BUNDLE 0\r\n\
a=extmap-allow-mixed\r\n\
a=msid-semantic: WMS 5f1d\r\n\
m=audio 9 UDP/TLS/RTP/SAVPF 111 63 9 0 8 13 110 126\r\n\
c=IN IP4 0.0.0.0\r\n\
a=rtcp:9 IN IP4 0.0.0.0\r\n\
a=candidate:1467250027 1 udp 2122260223 192.168.1.10 46243 typ host generation 0\r\n\
a=candidate:bad\r\n\
a=ice-ufrag:EsAw\r\n\
a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y\r\n\
a=ice-options:trickle\r\n\
a=fingerprint:sha-256 D2:FA:0E:C3:22:59:5E:14:95:69:92:3D:13:B4:84:24:2C:C2:A2:C0:3E:FD:34:8E:5E:EA:6F:AF:52:CE:E6:0F\r\n\
a=setup:actpass\r\n\
a=mid:0\r\n\
a=sendrecv\r\n\
a=msid:5f1d 2b1d\r\n\
a=rtcp-mux\r\n\
a=rtpmap:111 opus/48000/2\r\n\
a=rtcp-fb:111 transport-cc\r\n\
a=fmtp:111 minptime=10;useinbandfec=1\r\n\
a=rtpmap:63 red/48000/2\r\n\
a=fmtp:63 111/111\r\n\
a=rtpmap:9 G722/8000\r\n\
a=rtpmap:0 PCMU/8000\r\n\
a=rtpmap:8 PCMA/8000\r\n\
a=rtpmap:13 CN/8000\r\n\
a=rtpmap:110 telephone-event/48000\r\n\
a=rtpmap:126 telephone-event/8000\r\n\
a=ssrc:1234 cname:abc\r\n";

#[test]
fn reads_chromes_offer() {
    let sdp = Sdp::parse(CHROME_OFFER).unwrap();
    assert_eq!(sdp.media.len(), 1);
    let audio = &sdp.media[0];
    assert_eq!((audio.kind.as_str(), audio.port.as_str()), ("audio", "9"));
    assert_eq!(audio.mid(), Some("0"));
    assert_eq!(sdp.bundle_groups(), vec![vec!["0".to_string()]]);
    assert_eq!(sdp.ice_ufrag(0), Some("EsAw"));
    assert_eq!(sdp.ice_pwd(0), Some("bP+XJMM09aR8AiX1jdukzR6Y"));
    assert_eq!(sdp.setup(0), Some("actpass"));
    assert_eq!(sdp.fingerprint(0).unwrap().hash, "sha-256");
    assert!(sdp.fingerprint(0).unwrap().value.starts_with("D2:FA"));
    assert_eq!(sdp.direction(0), Direction::SendRecv);
    assert_eq!(sdp.connection_address(0), Some("0.0.0.0"));
    let candidates = audio.candidates();
    assert_eq!(candidates.len(), 1, "the malformed candidate is skipped");
    assert_eq!(
        (candidates[0].address.as_str(), candidates[0].port),
        ("192.168.1.10", 46243)
    );
    assert_eq!(
        (candidates[0].kind.as_str(), candidates[0].priority),
        ("host", 2122260223)
    );
}

#[test]
fn lists_codecs_in_preference_order() {
    let sdp = Sdp::parse(CHROME_OFFER).unwrap();
    let codecs = sdp.media[0].codecs();
    let names: Vec<_> = codecs.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "opus",
            "red",
            "G722",
            "PCMU",
            "PCMA",
            "CN",
            "telephone-event",
            "telephone-event"
        ]
    );
    assert_eq!((codecs[0].clock_rate, codecs[0].channels), (48000, Some(2)));
    assert_eq!(
        codecs[0].fmtp.as_deref(),
        Some("minptime=10;useinbandfec=1")
    );
    assert_eq!((codecs[7].payload_type, codecs[7].clock_rate), (126, 8000));
}

#[test]
fn static_payload_types_without_rtpmap() {
    let sdp = Sdp::parse("v=0\r\nc=IN IP4 192.0.2.1\r\nm=audio 4000 RTP/AVP 0 8 101 96\r\na=rtpmap:101 telephone-event/8000\r\n").unwrap();
    let codecs = sdp.media[0].codecs();
    let names: Vec<_> = codecs.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(
        names,
        ["PCMU", "PCMA", "telephone-event"],
        "96 has no rtpmap and is dropped"
    );
    assert_eq!(sdp.connection_address(0), Some("192.0.2.1"));
}

#[test]
fn hold_rewrites_only_the_direction() {
    let mut sdp = Sdp::parse(CHROME_OFFER).unwrap();
    sdp.set_direction(sdp.direction(0).held());
    let held = sdp.to_string();
    assert_eq!(held, CHROME_OFFER.replace("a=sendrecv", "a=sendonly"));
    let again = Sdp::parse(&held).unwrap();
    assert_eq!(again.direction(0), Direction::SendOnly);
    assert_eq!(Direction::RecvOnly.held(), Direction::Inactive);
    assert_eq!(Direction::SendOnly.answer_to(), Direction::RecvOnly);
}

#[test]
fn session_level_direction_applies_and_is_replaced() {
    let text =
        "v=0\r\na=recvonly\r\nm=audio 9 RTP/AVP 0\r\nm=video 0 RTP/AVP 96\r\na=inactive:x\r\n";
    let mut sdp = Sdp::parse(text).unwrap();
    assert_eq!(sdp.direction(0), Direction::RecvOnly);
    assert_eq!(sdp.direction(1), Direction::Inactive);
    assert!(sdp.media[1].is_rejected() && !sdp.media[0].is_rejected());
    sdp.set_direction(Direction::SendRecv);
    assert_eq!(
        sdp.to_string(),
        "v=0\r\nm=audio 9 RTP/AVP 0\r\na=sendrecv\r\nm=video 0 RTP/AVP 96\r\na=sendrecv\r\n"
    );
}

#[test]
fn bare_lf_and_blank_lines_are_accepted() {
    let sdp = Sdp::parse("v=0\no=- 1 1 IN IP4 x\n\nm=audio 9 RTP/AVP 0\n").unwrap();
    assert_eq!(sdp.media[0].formats, ["0"]);
}

#[test]
fn rejects_malformed_descriptions() {
    assert_eq!(Sdp::parse(""), Err(SdpError::NoVersion));
    assert_eq!(Sdp::parse("o=- 1 1 IN IP4 x\r\n"), Err(SdpError::NoVersion));
    assert_eq!(Sdp::parse("v=1\r\n"), Err(SdpError::NoVersion));
    assert_eq!(Sdp::parse("v=0\r\nbogus\r\n"), Err(SdpError::Line(2)));
    assert_eq!(Sdp::parse("v=0\r\nA=x\r\n"), Err(SdpError::Line(2)));
    assert_eq!(
        Sdp::parse("v=0\r\nm=audio\r\n"),
        Err(SdpError::MediaLine(2))
    );
    assert_eq!(
        Sdp::parse("v=0\r\nm=audio x RTP/AVP 0\r\n"),
        Err(SdpError::MediaLine(2))
    );
}

#[test]
fn tells_whether_a_udp_candidate_is_there() {
    assert!(Sdp::parse(CHROME_OFFER).unwrap().has_udp_candidate());
    // Chromium adds its TCP host candidates ~115 ms after the UDP ones: those alone do not count.
    let tcp_only = CHROME_OFFER.replace(
        "a=candidate:1467250027 1 udp 2122260223 192.168.1.10 46243 typ host generation 0",
        "a=candidate:3 1 tcp 1518214911 192.0.2.2 9 typ host tcptype active",
    );
    assert!(!Sdp::parse(&tcp_only).unwrap().has_udp_candidate());
    let none = CHROME_OFFER.replace(
        "a=candidate:1467250027 1 udp 2122260223 192.168.1.10 46243 typ host generation 0\r\n",
        "",
    );
    assert!(!Sdp::parse(&none).unwrap().has_udp_candidate());
    let upper = CHROME_OFFER.replace(" udp ", " UDP ");
    assert!(Sdp::parse(&upper).unwrap().has_udp_candidate());
}
