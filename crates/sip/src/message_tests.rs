use super::*;

const REGISTER: &str = "REGISTER sip:voipbin.test SIP/2.0\r\n\
Via: SIP/2.0/WSS df7jal23ls0d.invalid;branch=z9hG4bKnashds7;rport\r\n\
Max-Forwards: 70\r\n\
To: <sip:agent1@voipbin.test>\r\n\
From: \"Agent One\" <sip:agent1@voipbin.test>;tag=a73kszlfl\r\n\
Call-ID: 1j9FpLxk3uxtm8tn@df7jal23ls0d.invalid\r\n\
CSeq: 1 REGISTER\r\n\
Contact: <sip:agent1@df7jal23ls0d.invalid;transport=ws>;expires=600\r\n\
Content-Length: 0\r\n\r\n";

fn request(text: &str) -> Request {
    match Message::parse(text.as_bytes()) {
        Ok(Message::Request(request)) => request,
        other => panic!("not a request: {other:?}"),
    }
}

#[test]
fn reads_a_register() {
    let register = request(REGISTER);
    assert_eq!(register.method, Method::Register);
    assert_eq!(register.uri.host, "voipbin.test");
    let headers = &register.headers;
    assert_eq!(headers.top_via().unwrap().branch(), Some("z9hG4bKnashds7"));
    assert_eq!(headers.from().unwrap().tag(), Some("a73kszlfl"));
    assert_eq!(headers.to().unwrap().tag(), None);
    assert_eq!(headers.cseq().unwrap().seq, 1);
    assert_eq!(headers.max_forwards(), Some(70));
    assert_eq!(headers.contacts()[0].expires(), Some(600));
    assert!(register.body.is_empty());
}

#[test]
fn writing_and_reading_back_gives_the_same_message() {
    let register = Message::parse(REGISTER.as_bytes()).unwrap();
    assert_eq!(String::from_utf8(register.to_bytes()).unwrap(), REGISTER);
    let mut with_body = request(REGISTER);
    with_body.body = b"v=0\r\n".to_vec();
    let again = Message::parse(&with_body.to_bytes()).unwrap();
    assert_eq!(again.body(), b"v=0\r\n");
    assert_eq!(again.headers().content_length(), Some(5));
}

#[test]
fn reads_a_response_with_compact_folded_headers_and_bare_lf() {
    let text = "\r\nSIP/2.0 180 Ringing\n\
v: SIP/2.0/WSS a.invalid;branch=z9hG4bK1\n\
f: <sip:a@x.test>;tag=1\n\
t: <sip:b@x.test>\n  ;tag=2\n\
i: cid\n\
Subject: a long\n\tsubject\n \n\
CSeq :  7 INVITE\n\
l: 4\n\nbodyEXTRA";
    let Message::Response(response) = Message::parse(text.as_bytes()).unwrap() else {
        panic!("not a response")
    };
    assert_eq!(
        (response.status, response.reason.as_str()),
        (180, "Ringing")
    );
    assert_eq!(response.headers.to().unwrap().tag(), Some("2"));
    assert_eq!(response.headers.get("subject"), Some("a long subject"));
    assert_eq!(response.headers.cseq().unwrap().method, Method::Invite);
    assert_eq!(response.body, b"body");
    assert!(response.is_provisional() && !response.is_success());
}

#[test]
fn empty_reason_phrase_and_no_content_length() {
    let text = "SIP/2.0 200\r\nCall-ID: x\r\n\r\nv=0";
    let Message::Response(response) = Message::parse(text.as_bytes()).unwrap() else {
        panic!("not a response")
    };
    assert_eq!((response.status, response.reason.as_str()), (200, ""));
    assert_eq!(response.body_text(), Some("v=0"));
}

#[test]
fn rejects_malformed_and_oversized_messages() {
    let cases: [(&[u8], ParseError); 12] = [
        (b"SIP/2.0 200 OK\r\nX: a\rb\r\n\r\n", ParseError::HeaderLine),
        (b"SIP/2.0 200 \x00K\r\n\r\n", ParseError::StartLine),
        (b"", ParseError::NoHeaderEnd),
        (
            b"INVITE sip:a@b SIP/2.0\r\nVia: x\r\n",
            ParseError::NoHeaderEnd,
        ),
        (b"INVITE sip:a@b\r\n\r\n", ParseError::StartLine),
        (b"INVITE sip:a@b SIP/3.0\r\n\r\n", ParseError::StartLine),
        (b"SIP/2.0 99 Low\r\n\r\n", ParseError::StartLine),
        (b"SIP/2.0 2000 OK\r\n\r\n", ParseError::StartLine),
        (
            b"SIP/2.0 200 OK\r\nno colon\r\n\r\n",
            ParseError::HeaderLine,
        ),
        (
            b"SIP/2.0 200 OK\r\n folded first\r\n\r\n",
            ParseError::HeaderLine,
        ),
        (
            b"SIP/2.0 200 OK\r\nContent-Length: 10\r\n\r\nshort",
            ParseError::ContentLength,
        ),
        (b"SIP/2.0 200 OK\r\nX: \xff\r\n\r\n", ParseError::NotUtf8),
    ];
    for (input, error) in cases {
        assert_eq!(
            Message::parse(input),
            Err(error),
            "{:?}",
            String::from_utf8_lossy(input)
        );
    }
    let mut many = String::from("OPTIONS sip:a@b SIP/2.0\r\n");
    for i in 0..=MAX_HEADERS {
        many.push_str(&format!("X-{i}: v\r\n"));
    }
    many.push_str("\r\n");
    assert_eq!(
        Message::parse(many.as_bytes()),
        Err(ParseError::TooManyHeaders)
    );
    let huge = vec![b'a'; MAX_MESSAGE_BYTES + 1];
    assert_eq!(
        Message::parse(&huge),
        Err(ParseError::TooLarge(MAX_MESSAGE_BYTES + 1))
    );
}

#[test]
fn writer_keeps_user_text_on_one_line() {
    let mut options = request(REGISTER);
    options.headers.set("Subject", "evil\r\nVia: injected");
    let again = Message::parse(&options.to_bytes()).unwrap();
    assert_eq!(again.headers().list("Via").len(), 1);
}
