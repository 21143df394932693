//! SIP messages for the test phone: built and read with `rsip` (not the stand-in's own SIP
//! code, so the two implementations check each other), and MD5 digest (RFC 2617/8760) computed
//! here with `md-5`.

use md5::{Digest, Md5};
use rand::Rng;
use rsip::headers::{self, Header, ToTypedHeader, UntypedHeader};
use rsip::prelude::{HasHeaders, HeadersExt};
use rsip::{Method, Request, Response, SipMessage, StatusCode, Version};

/// Who the phone is: its address of record, credentials and the made-up host a browser uses.
#[derive(Clone, Debug)]
pub struct Identity {
    pub username: String,
    pub password: String,
    pub realm: String,
    /// `sip:<username>@<realm>`
    pub aor: String,
    /// `<sip:…@….invalid;transport=ws>`: reached over the WebSocket it registered on.
    pub contact: String,
    pub via_host: String,
}

impl Identity {
    pub fn new(username: &str, password: &str, realm: &str) -> Identity {
        let host = format!("{}.invalid", token(8));
        Identity {
            username: username.to_owned(),
            password: password.to_owned(),
            realm: realm.to_owned(),
            aor: format!("sip:{username}@{realm}"),
            contact: format!("<sip:{}@{host};transport=ws>", token(8)),
            via_host: host,
        }
    }

    pub fn via(&self, branch: &str) -> Header {
        headers::Via::new(format!("SIP/2.0/WS {};branch={branch}", self.via_host)).into()
    }
}

/// Random lowercase hex, for tags, Call-IDs and branches.
pub fn token(bytes: usize) -> String {
    let mut rng = rand::rng();
    (0..bytes)
        .map(|_| format!("{:02x}", rng.random::<u8>()))
        .collect()
}

pub fn new_branch() -> String {
    format!("z9hG4bK{}", token(8))
}

pub fn request(
    method: Method,
    uri: &str,
    mut headers: Vec<Header>,
    body: &str,
) -> Result<Request, String> {
    let uri = rsip::Uri::try_from(uri).map_err(|e| format!("bad request URI {uri}: {e}"))?;
    if !body.is_empty() {
        headers.push(headers::ContentType::new("application/sdp").into());
    }
    headers.push(headers::ContentLength::new(body.len().to_string()).into());
    Ok(Request {
        method,
        uri,
        version: Version::V2,
        headers: headers.into(),
        body: body.as_bytes().to_vec(),
    })
}

/// A response to `request`: Via, From, To, Call-ID and CSeq copied (RFC 3261 8.2.6.2), with
/// `to_tag` added to To when it has none.
pub fn response_to(
    request: &Request,
    code: u16,
    to_tag: Option<&str>,
    contact: Option<&str>,
    body: &str,
) -> Response {
    let mut headers: Vec<Header> = Vec::new();
    for header in request.headers().iter() {
        match header {
            Header::Via(_) | Header::From(_) | Header::CallId(_) | Header::CSeq(_) => {
                headers.push(header.clone())
            }
            Header::To(to) => {
                let has_tag = to.tag().ok().flatten().is_some();
                let value = match to_tag {
                    Some(tag) if !has_tag => format!("{};tag={tag}", to.value()),
                    _ => to.value().to_owned(),
                };
                headers.push(headers::To::new(value).into());
            }
            _ => {}
        }
    }
    if let Some(contact) = contact {
        headers.push(headers::Contact::new(contact).into());
    }
    if !body.is_empty() {
        headers.push(headers::ContentType::new("application/sdp").into());
    }
    headers.push(headers::ContentLength::new(body.len().to_string()).into());
    Response {
        status_code: StatusCode::from(code),
        version: Version::V2,
        headers: headers.into(),
        body: body.as_bytes().to_vec(),
    }
}

pub fn parse(text: &str) -> Result<SipMessage, String> {
    SipMessage::try_from(text).map_err(|e| format!("unparsable SIP message: {e}"))
}

pub fn call_id(message: &impl HeadersExt) -> Option<String> {
    message.call_id_header().ok().map(|h| h.value().to_owned())
}

pub fn cseq(message: &impl HeadersExt) -> Option<(u32, Method)> {
    let cseq = message.cseq_header().ok()?.typed().ok()?;
    Some((cseq.seq, cseq.method))
}

/// Branch of the top Via: the key of a transaction.
pub fn branch(message: &impl HeadersExt) -> Option<String> {
    let via = message.via_header().ok()?.typed().ok()?;
    via.branch().map(|b| b.to_string())
}

pub fn to_tag(message: &impl HeadersExt) -> Option<String> {
    message.to_header().ok()?.tag().ok()?.map(|t| t.to_string())
}

pub fn contact_uri(message: &impl HeadersExt) -> Option<String> {
    message
        .contact_header()
        .ok()?
        .uri()
        .ok()
        .map(|u| u.to_string())
}

pub fn body_text(body: &[u8]) -> String {
    String::from_utf8_lossy(body).into_owned()
}

/// The `Authorization` (401) or `Proxy-Authorization` (407) header answering a challenge.
/// Written by hand because rsip's typed Authorization has no `cnonce`/`nc` fields (qop=auth).
pub fn answer_challenge(
    response: &Response,
    method: &Method,
    uri: &str,
    identity: &Identity,
) -> Result<Header, String> {
    let (challenge, proxy) = response
        .headers()
        .iter()
        .find_map(|h| match h {
            Header::WwwAuthenticate(w) => Some((w.typed().map_err(|e| e.to_string()), false)),
            Header::ProxyAuthenticate(p) => Some((
                headers::WwwAuthenticate::new(p.value())
                    .typed()
                    .map_err(|e| e.to_string()),
                true,
            )),
            _ => None,
        })
        .ok_or_else(|| format!("{} without a challenge", response.status_code))?;
    let challenge = challenge.map_err(|e| format!("unreadable challenge: {e}"))?;
    let ha1 = md5_hex(&format!(
        "{}:{}:{}",
        identity.username, challenge.realm, identity.password
    ));
    let ha2 = md5_hex(&format!("{method}:{uri}"));
    let mut value = format!(
        "Digest username=\"{}\", realm=\"{}\", nonce=\"{}\", uri=\"{uri}\", algorithm=MD5",
        identity.username, challenge.realm, challenge.nonce
    );
    let response_hash = if challenge.qop.is_some() {
        let (nc, cnonce) = ("00000001", token(8));
        value.push_str(&format!(", qop=auth, nc={nc}, cnonce=\"{cnonce}\""));
        md5_hex(&format!(
            "{ha1}:{}:{nc}:{cnonce}:auth:{ha2}",
            challenge.nonce
        ))
    } else {
        md5_hex(&format!("{ha1}:{}:{ha2}", challenge.nonce))
    };
    value.push_str(&format!(", response=\"{response_hash}\""));
    if let Some(opaque) = &challenge.opaque {
        value.push_str(&format!(", opaque=\"{opaque}\""));
    }
    Ok(if proxy {
        headers::ProxyAuthorization::new(value).into()
    } else {
        headers::Authorization::new(value).into()
    })
}

pub fn md5_hex(text: &str) -> String {
    Md5::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// First line, for the phone's transcript.
pub fn start_line(message: &SipMessage) -> String {
    match message {
        SipMessage::Request(r) => format!("{} {}", r.method, r.uri),
        SipMessage::Response(r) => {
            let method = cseq(r).map(|(_, m)| m.to_string()).unwrap_or_default();
            format!("{} ({method})", r.status_code)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digest_matches_rfc_2617_example() {
        // RFC 2617 3.5, with the SIP method and URI swapped in for HTTP's.
        let ha1 = md5_hex("Mufasa:testrealm@host.com:Circle Of Life");
        assert_eq!(ha1, "939e7578ed9e3c518a452acee763bce9");
        let ha2 = md5_hex("GET:/dir/index.html");
        let response = md5_hex(&format!(
            "{ha1}:dcd98b7102dd2f0e8b11d0f600bfb0c093:00000001:0a4f113b:auth:{ha2}"
        ));
        assert_eq!(response, "6629fae49393a05397450978507c4ef1");
    }
}
