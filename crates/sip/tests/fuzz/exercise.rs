//! What the UA does with an accepted message or SDP, with the properties that must hold.

use voipbin_sip::build::NewRequest;
use voipbin_sip::dialog::{Dialog, LocalEndpoint};
use voipbin_sip::sdp::{Direction, Sdp};
use voipbin_sip::transaction::{Action, ClientTransaction, ServerTransaction, Timer};
use voipbin_sip::{Message, Method, NameAddr, ParseError, Request, Response, Uri, Via};

/// Everything the UA does with an accepted message, plus the write/read-back property.
pub fn exercise_message(frame: &[u8]) {
    let Ok(message) = Message::parse(frame) else {
        return;
    };
    let headers = message.headers();
    let _ = (
        headers.vias(),
        headers.top_via(),
        headers.from(),
        headers.to(),
        headers.call_id(),
    );
    let _ = (
        headers.cseq(),
        headers.contacts(),
        headers.routes(),
        headers.record_routes(),
    );
    let _ = (
        headers.expires(),
        headers.max_forwards(),
        headers.content_type(),
    );
    let _ = (
        headers.www_authenticate(),
        headers.proxy_authenticate(),
        headers.content_length(),
    );
    if let Ok(text) = std::str::from_utf8(message.body()) {
        exercise_sdp(text);
    }
    let written = message.to_bytes();
    match Message::parse(&written) {
        Ok(mut again) => {
            let again_headers = match &mut again {
                Message::Request(request) => &mut request.headers,
                Message::Response(response) => &mut response.headers,
            };
            again_headers.remove("Content-Length");
            let mut original = message.clone();
            match &mut original {
                Message::Request(request) => request.headers.remove("Content-Length"),
                Message::Response(response) => response.headers.remove("Content-Length"),
            }
            assert_eq!(again, original, "written form reads back differently");
        }
        // Expanded compact names and an added Content-Length can push a message over a limit.
        Err(ParseError::TooLarge(_) | ParseError::TooManyHeaders) => {}
        Err(error) => panic!("our own output is unreadable: {error}"),
    }
    match message {
        Message::Request(request) => exercise_request(request),
        Message::Response(response) => exercise_response(response),
    }
}

fn endpoint() -> LocalEndpoint {
    LocalEndpoint {
        transport: "WSS".into(),
        sent_by: "fuzz.invalid".into(),
        contact: Uri::sip(Some("fuzz"), "fuzz.invalid"),
    }
}

fn assert_readable(request: &Request) {
    if let Err(error) = Message::parse(&request.to_bytes()) {
        assert!(
            matches!(error, ParseError::TooLarge(_) | ParseError::TooManyHeaders),
            "a request we built is unreadable: {error}"
        );
    }
}

fn exercise_request(request: Request) {
    let Ok((mut transaction, _)) = ServerTransaction::new(request.clone(), 0) else {
        return;
    };
    let _ = transaction.on_request(request.clone(), 1);
    for status in [180, 200, 486] {
        let response = Response::from_request(&request, status, Some("fuzz-tag"));
        let _ = transaction.respond(response.clone(), 2);
        if let Ok(mut dialog) = Dialog::from_uas(&request, &response) {
            let _ = dialog.on_request(&request);
            assert_readable(&dialog.request(Method::Bye, &endpoint(), "z9hG4bKf1"));
            assert_readable(&dialog.ack(1, &endpoint(), "z9hG4bKf2"));
        }
    }
    let _ = transaction.on_timer(Timer::H, 40_000);
    assert_readable(&request.cancel());
}

fn exercise_response(response: Response) {
    let invite = Request::new(NewRequest {
        method: Method::Invite,
        uri: Uri::sip(Some("x"), "voipbin.test"),
        from: NameAddr::new(Uri::sip(Some("agent1"), "voipbin.test")),
        to: NameAddr::new(Uri::sip(Some("x"), "voipbin.test")),
        call_id: response.headers.call_id().unwrap_or("c").to_string(),
        cseq: response.headers.cseq().map_or(1, |c| c.seq),
        via: response
            .headers
            .top_via()
            .unwrap_or_else(|| Via::new("WSS", "h", "z9hG4bKx")),
    });
    if let Ok((mut transaction, _)) = ClientTransaction::start(invite.clone(), 0) {
        for action in transaction.on_response(response.clone(), 1) {
            if let Action::Send(Message::Request(ack)) = action {
                assert_readable(&ack);
            }
        }
    }
    if let Ok(mut dialog) = Dialog::from_uac(&invite, &response) {
        let _ = dialog.on_response(&response);
        assert_readable(&dialog.ack(1, &endpoint(), "z9hG4bKf3"));
        assert_readable(&dialog.request(Method::Invite, &endpoint(), "z9hG4bKf4"));
    }
}

pub fn exercise_sdp(text: &str) {
    let Ok(mut sdp) = Sdp::parse(text) else {
        return;
    };
    for index in 0..=sdp.media.len() {
        let _ = (
            sdp.direction(index),
            sdp.ice_ufrag(index),
            sdp.ice_pwd(index),
            sdp.setup(index),
        );
        let _ = (sdp.fingerprint(index), sdp.connection_address(index));
    }
    for section in &sdp.media {
        let _ = (
            section.codecs(),
            section.candidates(),
            section.mid(),
            section.is_rejected(),
        );
    }
    let _ = sdp.bundle_groups();
    assert_eq!(
        Sdp::parse(&sdp.to_string()).as_ref(),
        Ok(&sdp),
        "SDP reads back differently"
    );
    sdp.set_direction(Direction::SendOnly);
    let held = Sdp::parse(&sdp.to_string()).expect("rewritten SDP is readable");
    assert!((0..held.media.len()).all(|i| held.direction(i) == Direction::SendOnly));
}
