//! The phone's WebSocket (RFC 7118, subprotocol `sip`): one writer task, one reader task that
//! answers what a UA answers by itself (OPTIONS, BYE, CANCEL, in-dialog re-INVITEs) and hands
//! responses to the client transaction waiting for them (keyed by Via branch; the socket is
//! reliable, so nothing is retransmitted).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use rsip::{Method, Request, Response, SipMessage};
use tokio::sync::{mpsc, watch};
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::http::HeaderValue;
use tokio_tungstenite::tungstenite::Message;
use voipbin_standin::media::{MediaLeg, MediaSettings};

use super::sip::{self, Identity};
use super::PhoneError;

const TRANSCRIPT_LINES: usize = 400;

/// Where a call (dialog or pending INVITE) stands, as the phone saw it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Phase {
    Ringing,
    Answered,
    /// Our 200 OK was ACKed (calls we answered).
    Confirmed,
    /// The far end sent CANCEL before we answered (we sent 487).
    Cancelled,
    /// The far end sent BYE.
    EndedByRemote,
    EndedByUs,
    /// We declined, or our INVITE got this final status.
    Failed(u16),
}

pub struct CallEntry {
    pub phase: watch::Sender<Phase>,
    pub leg: Option<MediaLeg>,
    /// An incoming INVITE not answered yet, and the To tag we gave it.
    pub pending: Option<(Request, String)>,
}

pub struct Shared {
    pub identity: Identity,
    pub media: MediaSettings,
    out: mpsc::UnboundedSender<Message>,
    transactions: Mutex<HashMap<String, mpsc::UnboundedSender<Response>>>,
    pub calls: Mutex<HashMap<String, CallEntry>>,
    transcript: Mutex<Vec<String>>,
    pub closed: watch::Sender<bool>,
}

/// Rung calls, delivered to `PhoneClient::next_invite`.
pub type InviteQueue = mpsc::UnboundedReceiver<(Request, String)>;

impl Shared {
    pub async fn connect(
        server_url: &str,
        identity: Identity,
        media: MediaSettings,
    ) -> Result<(Arc<Shared>, InviteQueue), PhoneError> {
        let mut request = server_url
            .into_client_request()
            .map_err(|e| PhoneError::Connect(e.to_string()))?;
        request
            .headers_mut()
            .insert("Sec-WebSocket-Protocol", HeaderValue::from_static("sip"));
        // No Nagle: a 200 OK written right after a 180 would wait for the TCP ACK of the 180
        // (up to 40 ms of delayed ACK); browsers set TCP_NODELAY on WebSockets too.
        let (socket, _) = tokio_tungstenite::connect_async_with_config(request, None, true)
            .await
            .map_err(|e| PhoneError::Connect(e.to_string()))?;
        let (mut sink, mut stream) = socket.split();
        let (out, mut outgoing) = mpsc::unbounded_channel::<Message>();
        let (invites_tx, invites) = mpsc::unbounded_channel();
        let shared = Arc::new(Shared {
            identity,
            media,
            out,
            transactions: Mutex::default(),
            calls: Mutex::default(),
            transcript: Mutex::default(),
            closed: watch::channel(false).0,
        });
        tokio::spawn(async move {
            while let Some(message) = outgoing.recv().await {
                let closing = matches!(message, Message::Close(_));
                if sink.send(message).await.is_err() || closing {
                    break;
                }
            }
        });
        let reader = Arc::clone(&shared);
        tokio::spawn(async move {
            while let Some(Ok(frame)) = stream.next().await {
                match frame {
                    Message::Text(text) => reader.receive(text.as_str(), &invites_tx),
                    Message::Close(_) => break,
                    _ => {}
                }
            }
            reader.closed.send_replace(true);
            for entry in reader
                .calls
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .values()
            {
                if let Some(leg) = &entry.leg {
                    leg.close();
                }
            }
        });
        Ok((shared, invites))
    }

    pub fn note(&self, line: String) {
        let mut transcript = self.transcript.lock().unwrap_or_else(|p| p.into_inner());
        if transcript.len() < TRANSCRIPT_LINES {
            transcript.push(line);
        }
    }

    pub fn transcript(&self) -> Vec<String> {
        self.transcript
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    pub fn send(&self, message: SipMessage) -> Result<(), PhoneError> {
        self.note(format!("-> {}", sip::start_line(&message)));
        self.out
            .send(Message::text(message.to_string()))
            .map_err(|_| PhoneError::Closed)
    }

    pub fn close(&self) {
        let _ = self.out.send(Message::Close(None));
    }

    /// Sends a request and returns the receiver of its responses.
    pub fn transact(
        &self,
        request: Request,
    ) -> Result<mpsc::UnboundedReceiver<Response>, PhoneError> {
        let branch = sip::branch(&request)
            .ok_or_else(|| PhoneError::Sip("request without a branch".into()))?;
        let (tx, rx) = mpsc::unbounded_channel();
        self.lock_transactions().insert(branch, tx);
        self.send(request.into())?;
        Ok(rx)
    }

    pub fn forget(&self, branch: &str) {
        self.lock_transactions().remove(branch);
    }

    fn lock_transactions(
        &self,
    ) -> std::sync::MutexGuard<'_, HashMap<String, mpsc::UnboundedSender<Response>>> {
        self.transactions.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub fn lock_calls(&self) -> std::sync::MutexGuard<'_, HashMap<String, CallEntry>> {
        self.calls.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub fn set_phase(&self, call_id: &str, phase: Phase) {
        if let Some(entry) = self.lock_calls().get(call_id) {
            entry.phase.send_replace(phase);
        }
    }

    fn receive(self: &Arc<Self>, text: &str, invites: &mpsc::UnboundedSender<(Request, String)>) {
        let message = match sip::parse(text) {
            Ok(message) => message,
            Err(error) => return self.note(format!("<- dropped: {error}")),
        };
        self.note(format!("<- {}", sip::start_line(&message)));
        match message {
            SipMessage::Response(response) => {
                let Some(branch) = sip::branch(&response) else {
                    return;
                };
                if let Some(waiting) = self.lock_transactions().get(&branch) {
                    let _ = waiting.send(response);
                }
            }
            SipMessage::Request(request) => self.on_request(request, invites),
        }
    }

    fn on_request(
        self: &Arc<Self>,
        request: Request,
        invites: &mpsc::UnboundedSender<(Request, String)>,
    ) {
        let call_id = sip::call_id(&request).unwrap_or_default();
        let reply = |code: u16, tag: Option<&str>| sip::response_to(&request, code, tag, None, "");
        let outcome = match request.method {
            Method::Ack => {
                if let Some(entry) = self.lock_calls().get(&call_id) {
                    entry.phase.send_if_modified(|phase| {
                        let answered = *phase == Phase::Answered;
                        if answered {
                            *phase = Phase::Confirmed;
                        }
                        answered
                    });
                }
                Ok(())
            }
            Method::Invite => return self.on_invite(request, call_id, invites),
            Method::Bye => {
                let known = self.lock_calls().get_mut(&call_id).map(|entry| {
                    entry.phase.send_replace(Phase::EndedByRemote);
                    if let Some(leg) = entry.leg.take() {
                        leg.close();
                    }
                });
                self.send(reply(if known.is_some() { 200 } else { 481 }, None).into())
            }
            Method::Cancel => {
                let pending = self.lock_calls().get_mut(&call_id).and_then(|entry| {
                    let pending = entry.pending.take()?;
                    entry.phase.send_replace(Phase::Cancelled);
                    Some(pending)
                });
                match pending {
                    Some((invite, tag)) => self.send(reply(200, None).into()).and_then(|_| {
                        self.send(sip::response_to(&invite, 487, Some(&tag), None, "").into())
                    }),
                    None => self.send(reply(481, None).into()),
                }
            }
            Method::Options | Method::Info | Method::Notify | Method::Message => {
                self.send(reply(200, None).into())
            }
            _ => self.send(reply(405, None).into()),
        };
        if let Err(error) = outcome {
            self.note(format!("!! could not answer: {error:?}"));
        }
    }

    fn on_invite(
        self: &Arc<Self>,
        request: Request,
        call_id: String,
        invites: &mpsc::UnboundedSender<(Request, String)>,
    ) {
        let in_dialog = sip::to_tag(&request);
        let leg = self
            .lock_calls()
            .get(&call_id)
            .and_then(|entry| entry.leg.clone());
        match (in_dialog, leg) {
            (Some(tag), Some(leg)) => {
                // A re-INVITE from the stand-in (it holds or resumes): media renegotiation is
                // async, so it runs beside the reader.
                let shared = Arc::clone(self);
                tokio::spawn(async move {
                    let offer = sip::body_text(&request.body);
                    let response = match leg.renegotiate(&offer).await {
                        Ok(answer) => sip::response_to(
                            &request,
                            200,
                            Some(&tag),
                            Some(&shared.identity.contact),
                            &answer,
                        ),
                        Err(error) => {
                            shared.note(format!("!! re-INVITE offer refused: {error:?}"));
                            sip::response_to(&request, 488, Some(&tag), None, "")
                        }
                    };
                    let _ = shared.send(response.into());
                });
            }
            (Some(_), None) => {
                let _ = self.send(sip::response_to(&request, 481, None, None, "").into());
            }
            (None, _) => {
                let tag = sip::token(6);
                let ringing =
                    sip::response_to(&request, 180, Some(&tag), Some(&self.identity.contact), "");
                self.lock_calls().insert(
                    call_id,
                    CallEntry {
                        phase: watch::channel(Phase::Ringing).0,
                        leg: None,
                        pending: Some((request.clone(), tag.clone())),
                    },
                );
                let _ = self.send(ringing.into());
                let _ = invites.send((request, tag));
            }
        }
    }
}

/// Waits for `rx` to reach a phase `done` accepts.
pub async fn wait_phase(
    mut rx: watch::Receiver<Phase>,
    wait: Duration,
    done: impl Fn(&Phase) -> bool,
) -> Option<Phase> {
    tokio::time::timeout(wait, rx.wait_for(|p| done(p)))
        .await
        .ok()?
        .ok()
        .map(|p| p.clone())
}
