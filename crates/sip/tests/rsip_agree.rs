//! The hand-written reader and rsip 0.4 must read the corpus the same way: start line,
//! Request-URI, Call-ID, CSeq, From/To tags, top Via branch, first Contact and body.
//!
//! rsip 0.4 reads neither compact header names nor folded lines (RFC 3261 7.3.1, 7.3.3): the
//! test looks compact names up itself and hands rsip the frame with folds joined, so that the
//! values are still compared. What rsip cannot read is listed with the reason, and the list must
//! stay exactly so (a field rsip cannot read is left out of that sample's comparison).

mod corpus;

use rsip::headers::{ToTypedHeader, UntypedHeader};
use rsip::message::HasHeaders;
use voipbin_sip::{Message, Uri};

/// (sample, part) that rsip refuses; our reader accepts these per RFC 3261.
const RSIP_GAPS: &[(&str, &str)] = &[
    // Contact parameter values in quotes, as in JsSIP's `+sip.instance="<urn:uuid:...>"`.
    ("register", "contact"),
    ("register-auth", "contact"),
    // Whitespace before `;` (RFC 3261 25.1 SEMI = SWS ";" SWS), here from folded lines.
    ("folded-params", "message"),
    // Spaces before a header colon (7.3.1 HCOLON) and repeated spaces in the request line.
    ("odd-spacing", "message"),
];

/// What both readers must agree on.
#[derive(Debug, PartialEq)]
struct Reading {
    start: String,
    request_uri: Option<(Option<String>, String)>,
    call_id: String,
    cseq: (u32, String),
    from_tag: Option<String>,
    to_tag: Option<String>,
    via_branch: Option<String>,
    contact: Option<(Option<String>, String, Option<u32>)>,
    body: Vec<u8>,
}

fn ours(frame: &[u8]) -> Reading {
    let message = Message::parse(frame).unwrap_or_else(|e| panic!("our reader refused: {e}"));
    let (start, request_uri) = match &message {
        Message::Request(request) => (request.method.to_string(), Some(uri_parts(&request.uri))),
        Message::Response(response) => (response.status.to_string(), None),
    };
    let headers = message.headers();
    let cseq = headers.cseq().expect("CSeq");
    let contact = headers.contacts().into_iter().next();
    Reading {
        start,
        request_uri,
        call_id: headers.call_id().expect("Call-ID").to_string(),
        cseq: (cseq.seq, cseq.method.to_string()),
        from_tag: headers.from().and_then(|f| f.tag().map(str::to_string)),
        to_tag: headers.to().and_then(|t| t.tag().map(str::to_string)),
        via_branch: headers
            .top_via()
            .and_then(|v| v.branch().map(str::to_string)),
        contact: contact.map(|c| {
            let (user, host) = uri_parts(&c.uri);
            (user, host, c.expires())
        }),
        body: message.body().to_vec(),
    }
}

fn uri_parts(uri: &Uri) -> (Option<String>, String) {
    (uri.user.clone(), uri.host_port())
}

/// RFC 3261 7.3.3's compact forms, written out here independently of the crate's table.
fn full_name(name: &str) -> String {
    let name = name.to_ascii_lowercase();
    let full = match name.as_str() {
        "v" => "via",
        "f" => "from",
        "t" => "to",
        "i" => "call-id",
        "m" => "contact",
        "l" => "content-length",
        "c" => "content-type",
        "k" => "supported",
        other => other,
    };
    full.to_string()
}

/// Joins folded lines (CRLF followed by space or tab) in the header section.
fn unfold(frame: &[u8]) -> Vec<u8> {
    let text = String::from_utf8(frame.to_vec()).expect("corpus is UTF-8");
    let (head, body) = text.split_once("\r\n\r\n").expect("header end");
    let mut head = head.to_string();
    for fold in ["\r\n ", "\r\n\t"] {
        while head.contains(fold) {
            head = head.replace(fold, " ");
        }
    }
    format!("{head}\r\n\r\n{body}").into_bytes()
}

/// rsip's reading; a Contact rsip cannot read is None in the second value.
fn rsips(frame: &[u8]) -> Result<(Reading, bool), rsip::Error> {
    let message = rsip::SipMessage::try_from(unfold(frame).as_slice())?;
    let headers: Vec<(String, String)> = message
        .headers()
        .iter()
        .map(|header| {
            let line = header.to_string();
            let (name, value) = line.split_once(':').unwrap_or((&line, ""));
            (full_name(name.trim()), value.trim().to_string())
        })
        .collect();
    let first = |name: &str| {
        headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
    };
    let (start, request_uri) = match &message {
        rsip::SipMessage::Request(request) => {
            let uri = &request.uri;
            let parts = (
                uri.user().map(str::to_string),
                uri.host_with_port.to_string(),
            );
            (request.method.to_string(), Some(parts))
        }
        rsip::SipMessage::Response(response) => {
            (u16::from(response.status_code.clone()).to_string(), None)
        }
    };
    let cseq = rsip::headers::CSeq::new(first("cseq").unwrap_or_default()).typed()?;
    let from_tag = rsip::headers::From::new(first("from").unwrap_or_default()).tag()?;
    let to_tag = rsip::headers::To::new(first("to").unwrap_or_default()).tag()?;
    let via = rsip::headers::Via::new(first("via").unwrap_or_default()).typed()?;
    let contact = first("contact").map(|value| rsip::headers::Contact::new(value).typed());
    let contact_readable = !matches!(contact, Some(Err(_)));
    let contact = contact.and_then(Result::ok).map(|contact| {
        let expires = contact.expires().and_then(|e| e.to_string().parse().ok());
        let uri = &contact.uri;
        (
            uri.user().map(str::to_string),
            uri.host_with_port.to_string(),
            expires,
        )
    });
    let reading = Reading {
        start,
        request_uri,
        call_id: first("call-id").unwrap_or_default(),
        cseq: (cseq.seq, cseq.method.to_string()),
        from_tag: from_tag.map(|t| t.to_string()),
        to_tag: to_tag.map(|t| t.to_string()),
        via_branch: via.branch().map(|b| b.to_string()),
        contact,
        body: message.body().clone(),
    };
    Ok((reading, contact_readable))
}

/// Compares one frame, returning the parts rsip could not read.
fn compare(name: &'static str, frame: &[u8]) -> Vec<(&'static str, &'static str)> {
    let mine = ours(frame);
    match rsips(frame) {
        Ok((theirs, true)) => {
            assert_eq!(mine, theirs, "sample {name}");
            Vec::new()
        }
        Ok((theirs, false)) => {
            assert_eq!(
                Reading {
                    contact: None,
                    ..mine
                },
                theirs,
                "sample {name}"
            );
            vec![(name, "contact")]
        }
        Err(error) => {
            eprintln!("rsip refuses {name}: {error}");
            vec![(name, "message")]
        }
    }
}

#[test]
fn corpus_is_big_enough() {
    assert!(corpus::samples().len() >= 20);
}

#[test]
fn both_readers_agree_on_the_corpus() {
    let gaps: Vec<_> = corpus::samples()
        .into_iter()
        .flat_map(|(name, frame)| compare(name, &frame))
        .collect();
    assert_eq!(gaps, RSIP_GAPS);
}

#[test]
fn rsip_reads_what_we_write() {
    let mut gaps = Vec::new();
    for (name, frame) in corpus::samples() {
        let written = Message::parse(&frame).expect("corpus").to_bytes();
        assert_eq!(ours(&written), ours(&frame), "writing changed {name}");
        gaps.extend(compare(name, &written));
    }
    assert_eq!(gaps, RSIP_GAPS);
}

/// The stand-in writes its messages with rsip; the desk reads them with this crate.
#[test]
fn we_read_what_rsip_writes() {
    let mut written_by_rsip = 0;
    for (name, frame) in corpus::samples() {
        let Ok(message) = rsip::SipMessage::try_from(unfold(&frame).as_slice()) else {
            continue;
        };
        let rewritten = message.to_string().into_bytes();
        assert_eq!(
            ours(&rewritten),
            ours(&frame),
            "sample {name} as rsip writes it"
        );
        written_by_rsip += 1;
    }
    assert_eq!(
        written_by_rsip,
        corpus::samples().len() - 1,
        "all but odd-spacing"
    );
}
