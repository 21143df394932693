//! Calls of the test phone: a rung INVITE not answered yet, an INVITE we sent that is not
//! answered yet, and an established dialog (BYE, hold/resume by re-INVITE, DTMF, media stats).

use std::sync::{Arc, Mutex};
use std::time::Duration;

use rsip::headers::{self, Header, UntypedHeader};
use rsip::{Method, Request, Response};
use tokio::sync::{mpsc, watch};
use voipbin_standin::media::{Direction, MediaLeg, MediaStats};

use super::link::{wait_phase, Phase, Shared};
use super::sip;
use super::PhoneError;

/// An INVITE that rang the phone (180 sent); answer or decline it through `PhoneClient`.
pub struct IncomingInvite {
    pub request: Request,
    pub to_tag: String,
    pub(super) phase: watch::Receiver<Phase>,
}

impl IncomingInvite {
    pub fn call_id(&self) -> String {
        sip::call_id(&self.request).unwrap_or_default()
    }

    pub fn offer(&self) -> String {
        sip::body_text(&self.request.body)
    }

    /// The From header's value (who calls).
    pub fn from(&self) -> String {
        use rsip::prelude::HeadersExt;
        self.request
            .from_header()
            .map(|f| f.value().to_owned())
            .unwrap_or_default()
    }

    /// Waits for the stand-in to CANCEL this INVITE (another contact answered, or the caller left).
    pub async fn expect_cancel(&self, wait: Duration) -> Result<(), PhoneError> {
        wait_phase(self.phase.clone(), wait, |p| *p != Phase::Ringing)
            .await
            .filter(|p| *p == Phase::Cancelled)
            .map(|_| ())
            .ok_or(PhoneError::Timeout("CANCEL"))
    }
}

/// The dialog state needed to send in-dialog requests (RFC 3261 12).
pub(super) struct Dialog {
    pub call_id: String,
    /// Our From/To value, with our tag.
    pub local: String,
    /// Theirs, with their tag.
    pub remote: String,
    pub remote_target: String,
    pub cseq: u32,
}

/// An established call.
pub struct Call {
    pub(super) shared: Arc<Shared>,
    pub(super) dialog: Mutex<Dialog>,
    pub(super) leg: MediaLeg,
    pub(super) phase: watch::Receiver<Phase>,
}

const IN_DIALOG_WAIT: Duration = Duration::from_secs(5);

impl Call {
    pub fn call_id(&self) -> String {
        self.lock().call_id.clone()
    }

    pub fn stats(&self) -> MediaStats {
        self.leg.stats()
    }

    pub fn media(&self) -> &MediaLeg {
        &self.leg
    }

    pub fn phase(&self) -> Phase {
        self.phase.borrow().clone()
    }

    /// RFC 4733 digits in the media.
    pub fn send_dtmf(&self, digits: &str) {
        self.leg.send_dtmf(digits);
    }

    /// Hangs up from the phone: BYE, 200 expected.
    pub async fn bye(&self) -> Result<(), PhoneError> {
        let request = self.in_dialog(Method::Bye, "")?;
        let result = final_response(&self.shared, request, IN_DIALOG_WAIT).await;
        self.shared.set_phase(&self.call_id(), Phase::EndedByUs);
        self.leg.close();
        expect_success(result?).map(|_| ())
    }

    /// Hold: re-INVITE with `a=sendonly`.
    pub async fn hold(&self) -> Result<(), PhoneError> {
        self.reinvite(Direction::SendOnly).await
    }

    /// Resume: re-INVITE with `a=sendrecv`.
    pub async fn resume(&self) -> Result<(), PhoneError> {
        self.reinvite(Direction::SendRecv).await
    }

    async fn reinvite(&self, direction: Direction) -> Result<(), PhoneError> {
        let offer = self
            .leg
            .reoffer(direction)
            .await
            .map_err(|e| PhoneError::Media(format!("{e:?}")))?;
        let request = self.in_dialog(Method::Invite, &offer)?;
        let response =
            expect_success(final_response(&self.shared, request, IN_DIALOG_WAIT).await?)?;
        self.send_ack(&response)?;
        self.leg
            .accept_reanswer(&sip::body_text(&response.body))
            .await
            .map_err(|e| PhoneError::Media(format!("{e:?}")))
    }

    /// Waits for the ACK of our 200 OK (calls we answered).
    pub async fn confirmed(&self, wait: Duration) -> Result<(), PhoneError> {
        wait_phase(self.phase.clone(), wait, |p| *p != Phase::Answered)
            .await
            .filter(|p| *p == Phase::Confirmed)
            .map(|_| ())
            .ok_or(PhoneError::Timeout("ACK"))
    }

    /// Waits for the stand-in's BYE (answered 200 by the reader).
    pub async fn expect_bye(&self, wait: Duration) -> Result<(), PhoneError> {
        wait_phase(self.phase.clone(), wait, |p| *p == Phase::EndedByRemote)
            .await
            .map(|_| ())
            .ok_or(PhoneError::Timeout("BYE"))
    }

    pub(super) fn send_ack(&self, response: &Response) -> Result<(), PhoneError> {
        let (seq, _) =
            sip::cseq(response).ok_or_else(|| PhoneError::Sip("response without CSeq".into()))?;
        let dialog = self.lock();
        let ack = dialog_request(&self.shared, &dialog, Method::Ack, seq, "")?;
        self.shared.send(ack.into())
    }

    fn in_dialog(&self, method: Method, body: &str) -> Result<Request, PhoneError> {
        let mut dialog = self.lock();
        dialog.cseq += 1;
        dialog_request(&self.shared, &dialog, method, dialog.cseq, body)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Dialog> {
        self.dialog.lock().unwrap_or_else(|p| p.into_inner())
    }
}

fn dialog_request(
    shared: &Shared,
    dialog: &Dialog,
    method: Method,
    seq: u32,
    body: &str,
) -> Result<Request, PhoneError> {
    let mut headers: Vec<Header> = vec![
        shared.identity.via(&sip::new_branch()),
        headers::MaxForwards::new("70").into(),
        headers::From::new(dialog.local.clone()).into(),
        headers::To::new(dialog.remote.clone()).into(),
        headers::CallId::new(dialog.call_id.clone()).into(),
        headers::CSeq::new(format!("{seq} {method}")).into(),
    ];
    if method == Method::Invite {
        headers.push(headers::Contact::new(shared.identity.contact.clone()).into());
    }
    sip::request(method, &dialog.remote_target, headers, body).map_err(PhoneError::Sip)
}

/// Sends `request` and waits for its final response (provisional ones skipped).
pub(super) async fn final_response(
    shared: &Shared,
    request: Request,
    wait: Duration,
) -> Result<Response, PhoneError> {
    let branch = sip::branch(&request).unwrap_or_default();
    let mut responses = shared.transact(request)?;
    let result = next_final(&mut responses, wait).await;
    shared.forget(&branch);
    result
}

pub(super) async fn next_final(
    responses: &mut mpsc::UnboundedReceiver<Response>,
    wait: Duration,
) -> Result<Response, PhoneError> {
    let deadline = tokio::time::Instant::now() + wait;
    loop {
        let response = tokio::time::timeout_at(deadline, responses.recv())
            .await
            .map_err(|_| PhoneError::Timeout("final response"))?
            .ok_or(PhoneError::Closed)?;
        if response.status_code.code() >= 200 {
            return Ok(response);
        }
    }
}

pub(super) fn expect_success(response: Response) -> Result<Response, PhoneError> {
    let code = response.status_code.code();
    if (200..300).contains(&code) {
        Ok(response)
    } else {
        Err(PhoneError::Rejected {
            statuses: vec![code],
        })
    }
}
