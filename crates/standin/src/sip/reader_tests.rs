use super::*;

const REGISTER: &str = "REGISTER sip:c1.registrar.voipbin.test SIP/2.0\r\n\
Via: SIP/2.0/WSS 4oqo0kttpcf8.invalid;branch=z9hG4bK6093211\r\n\
Max-Forwards: 69\r\n\
To: <sip:2001@c1.registrar.voipbin.test>\r\n\
From: \"Agent One\" <sip:2001@c1.registrar.voipbin.test>;tag=s3hsbu2ug4\r\n\
Call-ID: a7tqm6e46dcsk82ddvldum\r\n\
CSeq: 1 REGISTER\r\n\
Contact: <sip:a3b4c5@4oqo0kttpcf8.invalid;transport=ws>;+sip.ice;reg-id=1;+sip.instance=\"<urn:uuid:d1a1c7d1-2f6d-4b8f-a1d0-8a7e93b0a1c2>\";expires=600\r\n\
Expires: 600\r\n\
User-Agent: JsSIP 3.10.0\r\n\
Content-Length: 0\r\n\r\n";

const INVITE: &str = "INVITE sip:+15550100@c1.registrar.voipbin.test SIP/2.0\r\n\
Via: SIP/2.0/WSS df7jal23ls0d.invalid;branch=z9hG4bK1\r\n\
Max-Forwards: 70\r\n\
To: <sip:+15550100@c1.registrar.voipbin.test>\r\n\
From: <sip:2001@c1.registrar.voipbin.test>;tag=abc\r\n\
Call-ID: 9sl2\r\n\
CSeq: 2 INVITE\r\n\
Content-Type: application/sdp\r\n\
Content-Length: 12\r\n\r\n\
v=0\r\no=- 1\r\n";

fn answer_of(bytes: &[u8]) -> Option<String> {
    match read_frame(bytes) {
        Ok(frame) => panic!("accepted: {frame:?}"),
        Err(rejected) => rejected.reply,
    }
}

#[test]
fn browser_register_and_invite_are_read() {
    for text in [REGISTER, INVITE] {
        match read_frame(text.as_bytes()) {
            Ok(Frame::Message(SipMessage::Request(_))) => {}
            other => panic!("{other:?}"),
        }
    }
}

#[test]
fn crlf_keep_alives() {
    assert!(matches!(
        read_frame(b"\r\n\r\n"),
        Ok(Frame::KeepAlive { pong: true })
    ));
    assert!(matches!(
        read_frame(b"\r\n"),
        Ok(Frame::KeepAlive { pong: false })
    ));
}

#[test]
fn broken_requests_get_400_with_the_dialog_headers() {
    let no_cseq = REGISTER.replace("CSeq: 1 REGISTER\r\n", "");
    assert_eq!(
        answer_of(no_cseq.as_bytes()),
        None,
        "no CSeq: nothing to answer with"
    );
    let wrong_cseq = REGISTER.replace("CSeq: 1 REGISTER", "CSeq: 1 INVITE");
    let reply = answer_of(wrong_cseq.as_bytes()).unwrap();
    assert!(reply.starts_with("SIP/2.0 400 "), "{reply}");
    assert!(
        reply.contains("Call-ID: a7tqm6e46dcsk82ddvldum\r\n"),
        "{reply}"
    );
    assert!(reply.contains("z9hG4bK6093211"), "{reply}");
    let short_body = INVITE.replace("Content-Length: 12", "Content-Length: 99");
    assert!(answer_of(short_body.as_bytes())
        .unwrap()
        .starts_with("SIP/2.0 400 "));
    // rsip refuses the header line; the raw reader still finds what a 400 needs.
    let bad_header = REGISTER.replace("Max-Forwards: 69\r\n", "this line has no colon\r\n");
    let reply = answer_of(bad_header.as_bytes());
    assert!(reply.is_none() || reply.unwrap().starts_with("SIP/2.0 400 "));
}

#[test]
fn oversized_requests_get_400_and_other_oversized_frames_are_dropped() {
    let big = REGISTER.replace(
        "User-Agent: JsSIP 3.10.0",
        &format!("X-Pad: {}", "a".repeat(70_000)),
    );
    let reply = answer_of(big.as_bytes()).unwrap();
    assert!(
        reply.starts_with("SIP/2.0 400 Message Too Large\r\n"),
        "{reply}"
    );
    assert!(!reply.contains("aaaa"), "{reply}");
    assert_eq!(answer_of(&vec![b'x'; MAX_MESSAGE_BYTES + 1]), None);
}

#[test]
fn responses_and_acks_are_never_answered() {
    let response = "SIP/2.0 200 OK\r\nCall-ID: x\r\n\r\n";
    assert_eq!(answer_of(response.as_bytes()), None);
    let ack = INVITE
        .replace("INVITE sip", "ACK sip")
        .replace("2 INVITE", "2 ACK")
        .replace("Content-Length: 12", "Content-Length: 3");
    assert_eq!(answer_of(ack.as_bytes()), None);
}

#[test]
fn raw_400_refuses_forged_line_breaks() {
    let forged = "REGISTER sip:a SIP/2.0\r\nVia: x\rInjected: 1\r\nFrom: a\r\nTo: b\r\nCall-ID: c\r\nCSeq: 1 REGISTER\r\n\r\n";
    assert_eq!(
        responses::bad_request_from_raw(forged.as_bytes(), "Bad"),
        None
    );
}

/// A small deterministic generator (xorshift64*): reproducible cases without a dependency.
struct Cases(u64);

impl Cases {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    /// Random bytes, or a valid message with a few insertions, deletions, truncations, byte
    /// flips or duplicated slices (SIP's own punctuation is favoured as inserted bytes).
    fn case(&mut self) -> Vec<u8> {
        if self.below(5) == 0 {
            return (0..self.below(300)).map(|_| self.next() as u8).collect();
        }
        let seeds = [
            REGISTER,
            INVITE,
            "SIP/2.0 180 Ringing\r\nVia: a\r\nCall-ID: b\r\nCSeq: 1 INVITE\r\n\r\n",
        ];
        let mut bytes = seeds[self.below(seeds.len())].as_bytes().to_vec();
        let alphabet = b"\r\n :;,<>\"=@*\\\x00\xff\xc3";
        for _ in 0..1 + self.below(8) {
            let at = self.below(bytes.len() + 1);
            match self.below(5) {
                0 => bytes.insert(at, alphabet[self.below(alphabet.len())]),
                1 if at < bytes.len() => {
                    bytes.remove(at);
                }
                2 => bytes.truncate(at),
                3 if at < bytes.len() => bytes[at] = self.next() as u8,
                _ => {
                    let end = (at + self.below(40)).min(bytes.len());
                    let slice = bytes[at..end].to_vec();
                    bytes.splice(at..at, slice);
                }
            }
        }
        bytes
    }
}

/// Runs `count` generated frames through the reader (and a 400 reply back through it), counting
/// accepted frames and replies; panics fail the test.
fn fuzz(count: usize) -> (usize, usize) {
    let mut cases = Cases(0x5eed_0000_0000_0015);
    let (mut accepted, mut replies) = (0, 0);
    for _ in 0..count {
        match read_frame(&cases.case()) {
            Ok(_) => accepted += 1,
            Err(Rejected {
                reply: Some(reply), ..
            }) => {
                replies += 1;
                // What we send must itself be a readable response.
                assert!(
                    matches!(
                        read_frame(reply.as_bytes()),
                        Ok(Frame::Message(SipMessage::Response(_)))
                    ),
                    "unreadable reply {reply:?}"
                );
            }
            Err(_) => {}
        }
    }
    (accepted, replies)
}

/// 100,000 generated frames (about 6 s at the stand-in's dev opt-level 1 on 2 cores).
#[test]
fn fuzz_100k_frames_never_panic() {
    let (accepted, replies) = fuzz(100_000);
    eprintln!("sip reader fuzz: 100000 frames, {accepted} accepted, {replies} answered 400");
    // The mix must reach both paths, or the test checks little.
    assert!(
        accepted > 5_000 && replies > 2_500,
        "accepted {accepted}, replies {replies}"
    );
}
