//! Requests and responses the transaction tests exchange.

use crate::build::NewRequest;
use crate::message::{Request, Response};
use crate::method::Method;
use crate::name_addr::NameAddr;
use crate::uri::Uri;
use crate::via::Via;

pub fn request(method: Method, branch: &str) -> Request {
    let mut request = Request::new(NewRequest {
        method,
        uri: Uri::sip(Some("agent1"), "desk.invalid"),
        from: NameAddr::parse("<sip:caller@voipbin.test>;tag=from1").unwrap(),
        to: NameAddr::parse("<sip:agent1@voipbin.test>").unwrap(),
        call_id: "call-1".into(),
        cseq: 5,
        via: Via::new("WSS", "ua.invalid", branch),
    });
    request
        .headers
        .push("Route", "<sip:edge.voipbin.test;transport=ws;lr>");
    request
}

pub fn response(request: &Request, status: u16) -> Response {
    Response::from_request(request, status, Some("to1"))
}
