//! A call the phone places: INVITE (with a digest answer if challenged), CANCEL, and the ACKs
//! of its final responses.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use rsip::headers::{self, Header, UntypedHeader};
use rsip::prelude::HeadersExt;
use rsip::{Method, Request, Response};
use tokio::sync::mpsc;
use voipbin_standin::media::MediaLeg;

use super::call::{next_final, Call, Dialog};
use super::link::{Phase, Shared};
use super::sip;
use super::PhoneError;

/// An INVITE we sent, not answered yet.
pub struct Dialing {
    pub(super) shared: Arc<Shared>,
    pub(super) uri: String,
    pub(super) local: String,
    pub(super) call_id: String,
    pub(super) offer: String,
    pub(super) leg: MediaLeg,
    pub(super) seq: u32,
    pub(super) request: Option<Request>,
    pub(super) responses: mpsc::UnboundedReceiver<Response>,
    /// A final response read while waiting for a provisional one, kept for `answered`.
    pub(super) early_final: Option<Response>,
}

impl Dialing {
    pub(super) fn send_invite(&mut self, authorization: Option<Header>) -> Result<(), PhoneError> {
        self.seq += 1;
        let identity = &self.shared.identity;
        let mut headers: Vec<Header> = vec![
            identity.via(&sip::new_branch()),
            headers::MaxForwards::new("70").into(),
            headers::From::new(self.local.clone()).into(),
            headers::To::new(format!("<{}>", self.uri)).into(),
            headers::CallId::new(self.call_id.clone()).into(),
            headers::CSeq::new(format!("{} INVITE", self.seq)).into(),
            headers::Contact::new(identity.contact.clone()).into(),
        ];
        headers.extend(authorization);
        let request = sip::request(Method::Invite, &self.uri, headers, &self.offer)
            .map_err(PhoneError::Sip)?;
        self.responses = self.shared.transact(request.clone())?;
        self.request = Some(request);
        Ok(())
    }

    pub fn call_id(&self) -> &str {
        &self.call_id
    }

    /// Waits for the far end to answer (a digest challenge is answered once on the way).
    pub async fn answered(mut self, wait: Duration) -> Result<Call, PhoneError> {
        let mut statuses = Vec::new();
        loop {
            let response = self.next_invite_final(wait).await?;
            let code = response.status_code.code();
            statuses.push(code);
            if (200..300).contains(&code) {
                return self.established(response).await;
            }
            self.ack_failure(&response)?;
            if matches!(code, 401 | 407) && statuses.len() == 1 {
                let request = self.request.as_ref().ok_or(PhoneError::Closed)?;
                let auth = sip::answer_challenge(
                    &response,
                    &Method::Invite,
                    &self.uri,
                    &self.shared.identity,
                )
                .map_err(PhoneError::Sip)?;
                self.shared
                    .forget(&sip::branch(request).unwrap_or_default());
                self.send_invite(Some(auth))?;
                continue;
            }
            self.finish(Phase::Failed(code));
            return Err(PhoneError::Rejected { statuses });
        }
    }

    /// CANCELs the INVITE; Ok once the far end confirmed with 487.
    pub async fn cancel(mut self) -> Result<(), PhoneError> {
        let request = self.request.clone().ok_or(PhoneError::Closed)?;
        let mut cancel = request.clone();
        cancel.method = Method::Cancel;
        cancel.body.clear();
        cancel.headers.retain(|h| {
            matches!(
                h,
                Header::Via(_)
                    | Header::From(_)
                    | Header::To(_)
                    | Header::CallId(_)
                    | Header::MaxForwards(_)
            )
        });
        cancel
            .headers
            .push(headers::CSeq::new(format!("{} CANCEL", self.seq)).into());
        cancel.headers.push(headers::ContentLength::new("0").into());
        self.shared.send(cancel.into())?;
        let response = self.next_invite_final(Duration::from_secs(5)).await?;
        let code = response.status_code.code();
        if (200..300).contains(&code) {
            // Answered before the CANCEL arrived: the call exists, so end it properly.
            let call = self.established(response).await?;
            call.bye().await?;
            return Err(PhoneError::Sip("answered before the CANCEL".into()));
        }
        self.ack_failure(&response)?;
        self.finish(Phase::Cancelled);
        if code == 487 {
            Ok(())
        } else {
            Err(PhoneError::Rejected {
                statuses: vec![code],
            })
        }
    }

    /// Waits for the first response to the INVITE (100 Trying, 180 Ringing, or a final one,
    /// which `answered` then reads) and returns its status.
    pub async fn first_response(&mut self, wait: Duration) -> Result<u16, PhoneError> {
        let response = tokio::time::timeout(wait, self.responses.recv())
            .await
            .map_err(|_| PhoneError::Timeout("first response"))?
            .ok_or(PhoneError::Closed)?;
        let code = response.status_code.code();
        if code >= 200 {
            self.early_final = Some(response);
        }
        Ok(code)
    }

    /// The next final response to the INVITE (the CANCEL's 200 shares its branch).
    async fn next_invite_final(&mut self, wait: Duration) -> Result<Response, PhoneError> {
        if let Some(response) = self.early_final.take() {
            return Ok(response);
        }
        loop {
            let response = next_final(&mut self.responses, wait).await?;
            if sip::cseq(&response).is_some_and(|(_, m)| m == Method::Invite) {
                return Ok(response);
            }
        }
    }

    /// ACK for a non-2xx final response: part of the INVITE transaction (same branch).
    fn ack_failure(&self, response: &Response) -> Result<(), PhoneError> {
        let request = self.request.as_ref().ok_or(PhoneError::Closed)?;
        let mut ack = request.clone();
        ack.method = Method::Ack;
        ack.body.clear();
        ack.headers.retain(|h| {
            matches!(
                h,
                Header::Via(_) | Header::From(_) | Header::CallId(_) | Header::MaxForwards(_)
            )
        });
        if let Ok(to) = response.to_header() {
            ack.headers.push(to.clone().into());
        }
        ack.headers
            .push(headers::CSeq::new(format!("{} ACK", self.seq)).into());
        ack.headers.push(headers::ContentLength::new("0").into());
        self.shared.send(ack.into())
    }

    async fn established(self, response: Response) -> Result<Call, PhoneError> {
        let dialog = Dialog {
            call_id: self.call_id.clone(),
            local: self.local.clone(),
            remote: response
                .to_header()
                .map(|h| h.value().to_owned())
                .unwrap_or_default(),
            remote_target: sip::contact_uri(&response).unwrap_or_else(|| self.uri.clone()),
            cseq: self.seq,
        };
        self.forget_transaction();
        let phase = self.shared.lock_calls().get(&self.call_id).map(|e| {
            e.phase.send_replace(Phase::Answered);
            e.phase.subscribe()
        });
        let phase = phase.ok_or(PhoneError::Closed)?;
        let call = Call {
            shared: Arc::clone(&self.shared),
            dialog: Mutex::new(dialog),
            leg: self.leg.clone(),
            phase,
        };
        call.send_ack(&response)?;
        let answer = sip::body_text(&response.body);
        self.leg
            .accept_answer(&answer)
            .await
            .map_err(|e| PhoneError::Media(format!("{e:?}")))?;
        Ok(call)
    }

    fn forget_transaction(&self) {
        if let Some(request) = &self.request {
            self.shared
                .forget(&sip::branch(request).unwrap_or_default());
        }
    }

    fn finish(&self, phase: Phase) {
        self.forget_transaction();
        self.shared.set_phase(&self.call_id, phase);
        self.leg.close();
    }
}
