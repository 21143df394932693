//! Building requests and responses: a new request with the mandatory headers (RFC 3261 8.1.1)
//! and a response that copies what 8.2.6 says it must.

use crate::header::Headers;
use crate::message::{Request, Response};
use crate::method::{CSeq, Method};
use crate::name_addr::NameAddr;
use crate::uri::Uri;
use crate::via::Via;

/// What a UA puts in every out-of-dialog request it starts.
#[derive(Debug, Clone)]
pub struct NewRequest {
    pub method: Method,
    pub uri: Uri,
    pub from: NameAddr,
    pub to: NameAddr,
    pub call_id: String,
    pub cseq: u32,
    pub via: Via,
}

impl Request {
    /// A request with Via, Max-Forwards 70, To, From, Call-ID and CSeq, in that order. Callers
    /// add Contact, Route, Authorization and a body as needed.
    pub fn new(parts: NewRequest) -> Request {
        let mut headers = Headers::default();
        headers.push("Via", parts.via.to_string());
        headers.push("Max-Forwards", "70");
        headers.push("To", parts.to.to_string());
        headers.push("From", parts.from.to_string());
        headers.push("Call-ID", parts.call_id);
        let cseq = CSeq {
            seq: parts.cseq,
            method: parts.method.clone(),
        };
        headers.push("CSeq", cseq.to_string());
        Request {
            method: parts.method,
            uri: parts.uri,
            headers,
            body: Vec::new(),
        }
    }

    /// The CANCEL for this INVITE (RFC 3261 9.1): same Request-URI, top Via, Call-ID, From, To
    /// and CSeq number, and the INVITE's Route lines.
    pub fn cancel(&self) -> Request {
        same_transaction(self, Method::Cancel, self.headers.get("To"))
    }

    /// Sets the body and its Content-Type (`application/sdp`, ...).
    pub fn with_body(mut self, content_type: &str, body: impl Into<Vec<u8>>) -> Request {
        self.headers.set("Content-Type", content_type);
        self.body = body.into();
        self
    }
}

/// A request sharing the INVITE's Via branch (CANCEL, and the ACK for a non-2xx in 17.1.1.3,
/// whose To comes from the response).
pub(crate) fn same_transaction(invite: &Request, method: Method, to: Option<&str>) -> Request {
    let mut headers = Headers::default();
    if let Some(via) = invite.headers.list("Via").first() {
        headers.push("Via", *via);
    }
    headers.push("Max-Forwards", "70");
    if let Some(to) = to {
        headers.push("To", to);
    }
    for name in ["From", "Call-ID"] {
        if let Some(value) = invite.headers.get(name) {
            headers.push(name, value);
        }
    }
    if let Some(cseq) = invite.headers.cseq() {
        let cseq = CSeq {
            seq: cseq.seq,
            method: method.clone(),
        };
        headers.push("CSeq", cseq.to_string());
    }
    for route in invite.headers.all("Route") {
        headers.push("Route", route);
    }
    Request {
        method,
        uri: invite.uri.clone(),
        headers,
        body: Vec::new(),
    }
}

impl Response {
    /// A response to `request` (RFC 3261 8.2.6.2): Via lines, From, Call-ID and CSeq copied;
    /// To copied with `to_tag` added when the request's To has no tag (pass None for 100 and
    /// for requests already in a dialog); for 101..=299 also Record-Route (12.1.1). The reason
    /// phrase is the standard one.
    pub fn from_request(request: &Request, status: u16, to_tag: Option<&str>) -> Response {
        let mut headers = Headers::default();
        for via in request.headers.all("Via") {
            headers.push("Via", via);
        }
        if let Some(from) = request.headers.get("From") {
            headers.push("From", from);
        }
        if let Some(to) = request.headers.get("To") {
            let to = match (NameAddr::parse(to), to_tag) {
                (Ok(mut to_addr), Some(tag)) if to_addr.tag().is_none() && status > 100 => {
                    to_addr.set_tag(tag);
                    to_addr.to_string()
                }
                _ => to.to_string(),
            };
            headers.push("To", to);
        }
        for name in ["Call-ID", "CSeq"] {
            if let Some(value) = request.headers.get(name) {
                headers.push(name, value);
            }
        }
        if status == 100 {
            if let Some(timestamp) = request.headers.get("Timestamp") {
                headers.push("Timestamp", timestamp);
            }
        }
        if (101..300).contains(&status) {
            for route in request.headers.all("Record-Route") {
                headers.push("Record-Route", route);
            }
        }
        Response {
            status,
            reason: reason_phrase(status).to_string(),
            headers,
            body: Vec::new(),
        }
    }

    pub fn with_body(mut self, content_type: &str, body: impl Into<Vec<u8>>) -> Response {
        self.headers.set("Content-Type", content_type);
        self.body = body.into();
        self
    }
}

/// The RFC 3261 21 reason phrase of the codes a UA sends; a generic one for the class otherwise.
pub fn reason_phrase(status: u16) -> &'static str {
    let by_class = match status / 100 {
        1 => "Progress",
        2 => "Success",
        3 => "Redirection",
        4 => "Client Error",
        5 => "Server Error",
        _ => "Global Failure",
    };
    known_reason(status).unwrap_or(by_class)
}

fn known_reason(status: u16) -> Option<&'static str> {
    let reason = match status {
        100 => "Trying",
        180 => "Ringing",
        181 => "Call Is Being Forwarded",
        182 => "Queued",
        183 => "Session Progress",
        200 => "OK",
        202 => "Accepted",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        407 => "Proxy Authentication Required",
        408 => "Request Timeout",
        415 => "Unsupported Media Type",
        480 => "Temporarily Unavailable",
        481 => "Call/Transaction Does Not Exist",
        486 => "Busy Here",
        487 => "Request Terminated",
        488 => "Not Acceptable Here",
        491 => "Request Pending",
        500 => "Server Internal Error",
        503 => "Service Unavailable",
        603 => "Decline",
        _ => return None,
    };
    Some(reason)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::message::Message;

    fn invite() -> Request {
        let mut request = Request::new(NewRequest {
            method: Method::Invite,
            uri: Uri::sip(Some("agent1"), "voipbin.test"),
            from: NameAddr::parse("\"Caller\" <sip:+155501@voipbin.test>;tag=f1").unwrap(),
            to: NameAddr::parse("<sip:agent1@voipbin.test>").unwrap(),
            call_id: "c1".into(),
            cseq: 10,
            via: Via::new("WSS", "proxy.test", "z9hG4bKaa"),
        })
        .with_body("application/sdp", "v=0\r\n");
        request
            .headers
            .push("Via", "SIP/2.0/UDP edge.test;branch=z9hG4bKbb");
        request.headers.push("Record-Route", "<sip:proxy.test;lr>");
        request.headers.push("Timestamp", "54");
        request
    }

    #[test]
    fn new_request_has_the_mandatory_headers_and_reads_back() {
        let request = invite();
        let Ok(Message::Request(mut again)) = Message::parse(&request.to_bytes()) else {
            panic!("unreadable")
        };
        assert_eq!(again.headers.content_length(), Some(5));
        again.headers.remove("Content-Length");
        assert_eq!(again, request);
        let names: Vec<_> = again
            .headers
            .0
            .iter()
            .map(|(n, _)| n.as_str())
            .take(6)
            .collect();
        assert_eq!(
            names,
            ["Via", "Max-Forwards", "To", "From", "Call-ID", "CSeq"]
        );
        assert_eq!(again.headers.cseq().unwrap().to_string(), "10 INVITE");
    }

    #[test]
    fn response_copies_what_rfc_3261_8_2_6_says() {
        let request = invite();
        let ringing = Response::from_request(&request, 180, Some("t9"));
        assert_eq!(ringing.reason, "Ringing");
        assert_eq!(ringing.headers.list("Via").len(), 2);
        assert_eq!(ringing.headers.to().unwrap().tag(), Some("t9"));
        assert_eq!(ringing.headers.from().unwrap().tag(), Some("f1"));
        assert_eq!(ringing.headers.call_id(), Some("c1"));
        assert_eq!(ringing.headers.get("CSeq"), Some("10 INVITE"));
        assert_eq!(ringing.headers.record_routes().len(), 1);
        assert_eq!(ringing.headers.get("Timestamp"), None);
        let trying = Response::from_request(&request, 100, Some("t9"));
        assert_eq!(trying.headers.to().unwrap().tag(), None);
        assert_eq!(trying.headers.get("Timestamp"), Some("54"));
        assert!(trying.headers.record_routes().is_empty());
        let busy = Response::from_request(&request, 486, Some("t9"));
        assert_eq!(busy.reason, "Busy Here");
        assert_eq!(
            (reason_phrase(299), reason_phrase(699)),
            ("Success", "Global Failure")
        );
        assert!(busy.headers.record_routes().is_empty());
        let cancel = request.cancel();
        assert_eq!(cancel.method, Method::Cancel);
        assert_eq!(cancel.uri, request.uri);
        assert_eq!(cancel.headers.list("Via"), [request.headers.list("Via")[0]]);
        assert_eq!(cancel.headers.get("CSeq"), Some("10 CANCEL"));
        for name in ["To", "From", "Call-ID"] {
            assert_eq!(cancel.headers.get(name), request.headers.get(name));
        }
        assert!(cancel.body.is_empty());
        let mut tagged = request.clone();
        tagged
            .headers
            .set("To", "<sip:agent1@voipbin.test>;tag=old");
        let ok = Response::from_request(&tagged, 200, Some("new"));
        assert_eq!(ok.headers.to().unwrap().tag(), Some("old"));
    }
}
