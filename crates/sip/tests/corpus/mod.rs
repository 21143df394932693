//! Real-world-shaped SIP over WebSocket messages: what JsSIP/SIP.js in Chrome send, what an
//! Asterisk/Kamailio-style server answers, plus compact, folded and oddly spaced forms.
//! Written with `\n`; [`frame`] turns them into the CRLF frames that go on the wire.

/// A WebSocket frame for a sample: `\n` becomes CRLF.
pub fn frame(text: &str) -> Vec<u8> {
    text.replace('\n', "\r\n").into_bytes()
}

const CHROME_SDP: &str = "v=0
o=- 6726495392427357213 2 IN IP4 127.0.0.1
s=-
t=0 0
a=group:BUNDLE 0
a=extmap-allow-mixed
a=msid-semantic: WMS 4b7a
m=audio 9 UDP/TLS/RTP/SAVPF 111 63 9 0 8 13 110 126
c=IN IP4 0.0.0.0
a=rtcp:9 IN IP4 0.0.0.0
a=candidate:2999745851 1 udp 2122260223 192.168.56.1 52318 typ host generation 0 network-id 1
a=ice-ufrag:Xz5r
a=ice-pwd:0RnJ3vJoVpKh5r8Xb6b9Cw2b
a=ice-options:trickle
a=fingerprint:sha-256 7B:8B:F0:65:5F:78:E2:51:3B:AC:6F:F3:3F:46:1B:35:DC:B8:5F:64:1A:24:C2:43:F0:A1:58:D0:A1:2C:19:08
a=setup:actpass
a=mid:0
a=sendrecv
a=msid:4b7a 9c1f
a=rtcp-mux
a=rtpmap:111 opus/48000/2
a=fmtp:111 minptime=10;useinbandfec=1
a=rtpmap:63 red/48000/2
a=rtpmap:9 G722/8000
a=rtpmap:0 PCMU/8000
a=rtpmap:8 PCMA/8000
a=rtpmap:13 CN/8000
a=rtpmap:110 telephone-event/48000
a=rtpmap:126 telephone-event/8000
a=ssrc:3318475920 cname:Wb2wq9cYqP3aRq7c
";

const SERVER_SDP: &str = "v=0
o=voipbin 1733312000 1733312000 IN IP4 203.0.113.10
s=voipbin
t=0 0
a=ice-lite
m=audio 20000 UDP/TLS/RTP/SAVPF 111 126
c=IN IP4 203.0.113.10
a=rtcp-mux
a=mid:0
a=ice-ufrag:srv1
a=ice-pwd:aaaabbbbccccddddeeeeffff
a=fingerprint:sha-256 11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:00
a=setup:passive
a=candidate:1 1 udp 2130706431 203.0.113.10 20000 typ host
a=rtpmap:111 opus/48000/2
a=rtpmap:126 telephone-event/8000
a=sendrecv
";

/// (name, message). Content-Length values are computed by [`samples`].
const TEMPLATES: &[(&str, &str)] = &[
    ("register", "REGISTER sip:voipbin.test SIP/2.0
Via: SIP/2.0/WSS 1ku5r3lqs0hb.invalid;branch=z9hG4bK3859401
Max-Forwards: 69
To: <sip:agent1@voipbin.test>
From: \"Agent One\" <sip:agent1@voipbin.test>;tag=uejfbh7cm4
Call-ID: 9ktqq6tpvvnpqd7hqa5hbf
CSeq: 1 REGISTER
Contact: <sip:r5qk8b6c@1ku5r3lqs0hb.invalid;transport=ws>;+sip.ice;reg-id=1;+sip.instance=\"<urn:uuid:7d6e2ef1-3a51-4d1c-9c3b-6f6b8a9e0c11>\";expires=600
Expires: 600
Allow: INVITE,ACK,CANCEL,BYE,UPDATE,MESSAGE,OPTIONS,REFER,INFO,NOTIFY
Supported: path,gruu,outbound
User-Agent: JsSIP 3.10.1
Content-Length: {len}

"),
    ("401-challenge", "SIP/2.0 401 Unauthorized
Via: SIP/2.0/WSS 1ku5r3lqs0hb.invalid;branch=z9hG4bK3859401;received=192.0.2.44;rport=53211
To: <sip:agent1@voipbin.test>;tag=as6b1d2c3e
From: \"Agent One\" <sip:agent1@voipbin.test>;tag=uejfbh7cm4
Call-ID: 9ktqq6tpvvnpqd7hqa5hbf
CSeq: 1 REGISTER
Server: Asterisk PBX 20.5.0
Allow: INVITE, ACK, CANCEL, OPTIONS, BYE, REFER, SUBSCRIBE, NOTIFY, INFO, PUBLISH, MESSAGE
Supported: replaces, timer
WWW-Authenticate: Digest algorithm=MD5, realm=\"voipbin.test\", nonce=\"1733312000/7d3f2b1c0a\", qop=\"auth\", opaque=\"5ccc069c403ebaf9f0171e9517f40e41\"
Content-Length: {len}

"),
    ("register-auth", "REGISTER sip:voipbin.test SIP/2.0
Via: SIP/2.0/WSS 1ku5r3lqs0hb.invalid;branch=z9hG4bK1282930
Max-Forwards: 69
To: <sip:agent1@voipbin.test>
From: \"Agent One\" <sip:agent1@voipbin.test>;tag=uejfbh7cm4
Call-ID: 9ktqq6tpvvnpqd7hqa5hbf
CSeq: 2 REGISTER
Authorization: Digest algorithm=MD5, username=\"agent1\", realm=\"voipbin.test\", nonce=\"1733312000/7d3f2b1c0a\", uri=\"sip:voipbin.test\", response=\"6629fae49393a05397450978507c4ef1\", opaque=\"5ccc069c403ebaf9f0171e9517f40e41\", qop=auth, cnonce=\"6n7u2v0ka5ql\", nc=00000001
Contact: <sip:r5qk8b6c@1ku5r3lqs0hb.invalid;transport=ws>;+sip.ice;reg-id=1;+sip.instance=\"<urn:uuid:7d6e2ef1-3a51-4d1c-9c3b-6f6b8a9e0c11>\";expires=600
Expires: 600
Content-Length: {len}

"),
    ("register-200", "SIP/2.0 200 OK
Via: SIP/2.0/WSS 1ku5r3lqs0hb.invalid;branch=z9hG4bK1282930;received=192.0.2.44;rport=53211
To: <sip:agent1@voipbin.test>;tag=as6b1d2c3f
From: \"Agent One\" <sip:agent1@voipbin.test>;tag=uejfbh7cm4
Call-ID: 9ktqq6tpvvnpqd7hqa5hbf
CSeq: 2 REGISTER
Contact: <sip:r5qk8b6c@1ku5r3lqs0hb.invalid;transport=ws>;expires=599
Date: Wed, 04 Dec 2026 12:00:00 GMT
Content-Length: {len}

"),
    ("invite-chrome", "INVITE sip:+15550100@voipbin.test SIP/2.0
Via: SIP/2.0/WSS 1ku5r3lqs0hb.invalid;branch=z9hG4bK6207468
Max-Forwards: 69
To: <sip:+15550100@voipbin.test>
From: \"Agent One\" <sip:agent1@voipbin.test>;tag=0sbg6qlq4b
Call-ID: rri7s2hsb0n5clo6c6ft
CSeq: 8417 INVITE
Route: <sip:edge.voipbin.test:443;transport=ws;lr>
Contact: <sip:r5qk8b6c@1ku5r3lqs0hb.invalid;transport=ws;ob>
Content-Type: application/sdp
Session-Expires: 90
Allow: INVITE,ACK,CANCEL,BYE,UPDATE,MESSAGE,OPTIONS,REFER,INFO,NOTIFY
Supported: timer,ice,replaces,outbound
User-Agent: JsSIP 3.10.1
Content-Length: {len}

{chrome_sdp}"),
    ("407-challenge", "SIP/2.0 407 Proxy Authentication Required
Via: SIP/2.0/WSS 1ku5r3lqs0hb.invalid;branch=z9hG4bK6207468;received=192.0.2.44;rport=53211
To: <sip:+15550100@voipbin.test>;tag=z9hG4bK.ak3
From: \"Agent One\" <sip:agent1@voipbin.test>;tag=0sbg6qlq4b
Call-ID: rri7s2hsb0n5clo6c6ft
CSeq: 8417 INVITE
Proxy-Authenticate: Digest realm=\"voipbin.test\", nonce=\"YmVlZjEyMw==\", qop=\"auth\", algorithm=MD5, stale=FALSE
Content-Length: {len}

"),
    ("100-trying", "SIP/2.0 100 Trying
Via: SIP/2.0/WSS 1ku5r3lqs0hb.invalid;branch=z9hG4bK6207468;received=192.0.2.44;rport=53211
To: <sip:+15550100@voipbin.test>
From: \"Agent One\" <sip:agent1@voipbin.test>;tag=0sbg6qlq4b
Call-ID: rri7s2hsb0n5clo6c6ft
CSeq: 8418 INVITE
Content-Length: {len}

"),
    ("180-ringing", "SIP/2.0 180 Ringing
Via: SIP/2.0/WSS 1ku5r3lqs0hb.invalid;branch=z9hG4bK6207468;received=192.0.2.44;rport=53211
Record-Route: <sip:10.0.0.5;lr;r2=on>
Record-Route: <sip:edge.voipbin.test:443;transport=ws;lr;r2=on>
To: <sip:+15550100@voipbin.test>;tag=9f8e7d6c
From: \"Agent One\" <sip:agent1@voipbin.test>;tag=0sbg6qlq4b
Call-ID: rri7s2hsb0n5clo6c6ft
CSeq: 8418 INVITE
Contact: <sip:+15550100@10.0.0.20:5060>
Content-Length: {len}

"),
    ("200-invite", "SIP/2.0 200 OK
Via: SIP/2.0/WSS 1ku5r3lqs0hb.invalid;branch=z9hG4bK6207468;received=192.0.2.44;rport=53211
Record-Route: <sip:10.0.0.5;lr;r2=on>
Record-Route: <sip:edge.voipbin.test:443;transport=ws;lr;r2=on>
To: <sip:+15550100@voipbin.test>;tag=9f8e7d6c
From: \"Agent One\" <sip:agent1@voipbin.test>;tag=0sbg6qlq4b
Call-ID: rri7s2hsb0n5clo6c6ft
CSeq: 8418 INVITE
Contact: <sip:+15550100@10.0.0.20:5060>
Allow: INVITE, ACK, CANCEL, OPTIONS, BYE
Content-Type: application/sdp
Content-Length: {len}

{server_sdp}"),
    ("ack-2xx", "ACK sip:+15550100@10.0.0.20:5060 SIP/2.0
Via: SIP/2.0/WSS 1ku5r3lqs0hb.invalid;branch=z9hG4bK2712431
Max-Forwards: 69
Route: <sip:edge.voipbin.test:443;transport=ws;lr;r2=on>
Route: <sip:10.0.0.5;lr;r2=on>
To: <sip:+15550100@voipbin.test>;tag=9f8e7d6c
From: \"Agent One\" <sip:agent1@voipbin.test>;tag=0sbg6qlq4b
Call-ID: rri7s2hsb0n5clo6c6ft
CSeq: 8418 ACK
Content-Length: {len}

"),
    ("bye", "BYE sip:+15550100@10.0.0.20:5060 SIP/2.0
Via: SIP/2.0/WSS 1ku5r3lqs0hb.invalid;branch=z9hG4bK9184432
Max-Forwards: 69
Route: <sip:edge.voipbin.test:443;transport=ws;lr;r2=on>, <sip:10.0.0.5;lr;r2=on>
To: <sip:+15550100@voipbin.test>;tag=9f8e7d6c
From: \"Agent One\" <sip:agent1@voipbin.test>;tag=0sbg6qlq4b
Call-ID: rri7s2hsb0n5clo6c6ft
CSeq: 8419 BYE
Reason: SIP ;cause=200 ;text=\"Call completed elsewhere\"
Supported: outbound
User-Agent: JsSIP 3.10.1
Content-Length: {len}

"),
    ("bye-200", "SIP/2.0 200 OK
Via: SIP/2.0/WSS 1ku5r3lqs0hb.invalid;branch=z9hG4bK9184432;received=192.0.2.44;rport=53211
To: <sip:+15550100@voipbin.test>;tag=9f8e7d6c
From: \"Agent One\" <sip:agent1@voipbin.test>;tag=0sbg6qlq4b
Call-ID: rri7s2hsb0n5clo6c6ft
CSeq: 8419 BYE
Content-Length: {len}

"),
    ("cancel", "CANCEL sip:+15550100@voipbin.test SIP/2.0
Via: SIP/2.0/WSS 1ku5r3lqs0hb.invalid;branch=z9hG4bK6207468
Max-Forwards: 69
To: <sip:+15550100@voipbin.test>
From: \"Agent One\" <sip:agent1@voipbin.test>;tag=0sbg6qlq4b
Call-ID: rri7s2hsb0n5clo6c6ft
CSeq: 8418 CANCEL
Route: <sip:edge.voipbin.test:443;transport=ws;lr>
Content-Length: {len}

"),
    ("487-terminated", "SIP/2.0 487 Request Terminated
Via: SIP/2.0/WSS 1ku5r3lqs0hb.invalid;branch=z9hG4bK6207468;received=192.0.2.44;rport=53211
To: <sip:+15550100@voipbin.test>;tag=9f8e7d6c
From: \"Agent One\" <sip:agent1@voipbin.test>;tag=0sbg6qlq4b
Call-ID: rri7s2hsb0n5clo6c6ft
CSeq: 8418 INVITE
Content-Length: {len}

"),
    ("options", "OPTIONS sip:r5qk8b6c@1ku5r3lqs0hb.invalid;transport=ws SIP/2.0
Via: SIP/2.0/WSS 203.0.113.10:443;branch=z9hG4bK776asdhds;rport
Max-Forwards: 70
To: <sip:r5qk8b6c@1ku5r3lqs0hb.invalid;transport=ws>
From: <sip:voipbin.test>;tag=1928301774
Call-ID: a84b4c76e66710@voipbin.test
CSeq: 63104 OPTIONS
Contact: <sip:voipbin.test>
Accept: application/sdp
Content-Length: {len}

"),
    ("invite-compact", "INVITE sip:r5qk8b6c@1ku5r3lqs0hb.invalid;transport=ws SIP/2.0
v: SIP/2.0/WSS 203.0.113.10:443;branch=z9hG4bKnashds8;rport
Max-Forwards: 70
t: <sip:agent1@voipbin.test>
f: \"+1 555 0199\" <sip:+15550199@voipbin.test>;tag=caller77
i: 3848276298220188511@203.0.113.10
CSeq: 1 INVITE
m: <sip:caller@203.0.113.10:443;transport=ws>
k: timer
c: application/sdp
l: {len}

{server_sdp}"),
    ("invite-queue", "INVITE sip:r5qk8b6c@1ku5r3lqs0hb.invalid;transport=ws SIP/2.0
Via: SIP/2.0/WSS 203.0.113.10:443;branch=z9hG4bK.q1;rport
Via: SIP/2.0/UDP 10.0.0.30:5060;branch=z9hG4bK.q0;received=10.0.0.30
Max-Forwards: 69
Record-Route: <sip:203.0.113.10:443;transport=ws;lr>
From: \"Support, Queue \\\"A\\\"\" <sip:queue-support@voipbin.test>;tag=q-5521
To: \"agent1\" <sip:agent1@voipbin.test>
Call-ID: 0b4a6d2e-1c3f-4a5b-8d7e-9f0a1b2c3d4e
CSeq: 102 INVITE
Contact: <sip:queue@203.0.113.10:443;transport=ws>
Content-Type: application/sdp
Content-Length: {len}

{server_sdp}"),
    ("folded", "SIP/2.0 180 Ringing
Via:
 SIP/2.0/WSS 1ku5r3lqs0hb.invalid;branch=z9hG4bK6207468;received=192.0.2.44
To:
\t<sip:+15550100@voipbin.test>;tag=9f8e7d6c
From: \"Agent One\"
   <sip:agent1@voipbin.test>;tag=0sbg6qlq4b
Call-ID: rri7s2hsb0n5clo6c6ft
CSeq: 8418
 INVITE
Subject: a subject that
  goes on over two lines
Contact: <sip:+15550100@10.0.0.20:5060>
Content-Length: {len}

"),
    ("folded-params", "SIP/2.0 180 Ringing
Via: SIP/2.0/WSS 1ku5r3lqs0hb.invalid
 ;branch=z9hG4bK6207468
 ;received=192.0.2.44
To: <sip:+15550100@voipbin.test>
\t;tag=9f8e7d6c
From: <sip:agent1@voipbin.test>;tag=0sbg6qlq4b
Call-ID: rri7s2hsb0n5clo6c6ft
CSeq: 8418 INVITE
Content-Length: {len}

"),
    ("odd-spacing", "BYE  sip:agent1@1ku5r3lqs0hb.invalid;transport=ws   SIP/2.0
via:SIP/2.0/WSS 203.0.113.10:443 ;branch=z9hG4bKodd1 ; rport
MAX-FORWARDS:   70
to:<sip:agent1@voipbin.test>;tag=0sbg6qlq4b
FROM :   <sip:+15550100@voipbin.test> ; tag=9f8e7d6c
call-id:rri7s2hsb0n5clo6c6ft
cseq:    2     BYE
content-length:{len}

"),
    ("info-dtmf", "INFO sip:+15550100@10.0.0.20:5060 SIP/2.0
Via: SIP/2.0/WSS 1ku5r3lqs0hb.invalid;branch=z9hG4bK4455667
Max-Forwards: 69
Route: <sip:edge.voipbin.test:443;transport=ws;lr;r2=on>
To: <sip:+15550100@voipbin.test>;tag=9f8e7d6c
From: \"Agent One\" <sip:agent1@voipbin.test>;tag=0sbg6qlq4b
Call-ID: rri7s2hsb0n5clo6c6ft
CSeq: 8420 INFO
Content-Type: application/dtmf-relay
Content-Length: {len}

Signal=5
Duration=160
"),
    ("reinvite-hold", "INVITE sip:+15550100@10.0.0.20:5060 SIP/2.0
Via: SIP/2.0/WSS 1ku5r3lqs0hb.invalid;branch=z9hG4bK5566778
Max-Forwards: 69
Route: <sip:edge.voipbin.test:443;transport=ws;lr;r2=on>
To: <sip:+15550100@voipbin.test>;tag=9f8e7d6c
From: \"Agent One\" <sip:agent1@voipbin.test>;tag=0sbg6qlq4b
Call-ID: rri7s2hsb0n5clo6c6ft
CSeq: 8421 INVITE
Contact: <sip:r5qk8b6c@1ku5r3lqs0hb.invalid;transport=ws;ob>
Content-Type: application/sdp
Content-Length: {len}

{held_sdp}"),
    ("486-busy", "SIP/2.0 486 Busy Here
Via: SIP/2.0/WSS 203.0.113.10:443;branch=z9hG4bK.q1;rport=443;received=203.0.113.10
Via: SIP/2.0/UDP 10.0.0.30:5060;branch=z9hG4bK.q0;received=10.0.0.30
From: \"Support\" <sip:queue-support@voipbin.test>;tag=q-5521
To: \"agent1\" <sip:agent1@voipbin.test>;tag=desk-1
Call-ID: 0b4a6d2e-1c3f-4a5b-8d7e-9f0a1b2c3d4e
CSeq: 102 INVITE
Content-Length: {len}

"),
];

/// Every sample as (name, CRLF frame), bodies in place and Content-Length right.
pub fn samples() -> Vec<(&'static str, Vec<u8>)> {
    let held = CHROME_SDP.replace("a=sendrecv", "a=sendonly");
    TEMPLATES
        .iter()
        .map(|(name, template)| {
            let filled = template
                .replace("{chrome_sdp}", CHROME_SDP)
                .replace("{server_sdp}", SERVER_SDP)
                .replace("{held_sdp}", &held);
            let (head, body) = filled.split_once("\n\n").unwrap_or((&filled, ""));
            let body = body.replace('\n', "\r\n");
            let head = head.replace("{len}", &body.len().to_string());
            let mut message = frame(&format!("{head}\n\n"));
            message.extend_from_slice(body.as_bytes());
            (*name, message)
        })
        .collect()
}
