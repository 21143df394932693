//! What the UA is configured with and what it reports: the agreed interface with the desk's
//! phone (wasm), which owns the socket, the RtcPeerConnection and the timers.

/// The SIP account of the agent's extension.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    /// The extension's username, e.g. "2001": digest user and AOR user.
    pub username: String,
    pub password: String,
    /// AOR host and expected realm: `<customer_id>.registrar.voipbin.test`.
    pub domain: String,
    pub display_name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UaSettings {
    pub account: Account,
    /// Via transport WSS (true) or WS.
    pub secure: bool,
    /// Registration time asked for, in seconds (the desk uses 600).
    pub register_expires_s: u32,
    /// The User-Agent header.
    pub user_agent: String,
}

/// The SIP Call-ID of the call's INVITE.
pub type CallId = String;

/// What the owner must do, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Output {
    /// One WebSocket text frame.
    Send(String),
    Event(PhoneEvent),
    /// No answer to a keep-alive ping (CRLFCRLF, RFC 5626 4.4.1) within 10 s, sent after 30 s
    /// with nothing received: the socket is dead; the owner closes it and reconnects.
    TransportDead,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PhoneEvent {
    Registration(RegistrationState),
    Incoming {
        call: CallId,
        /// From: display name and URI user.
        caller: Party,
        /// None: an offerless INVITE (the answer then carries our offer).
        offer_sdp: Option<String>,
    },
    /// 180/183 to our INVITE.
    Ringing {
        call: CallId,
    },
    /// 2xx to our INVITE (the ACK is already sent).
    Answered {
        call: CallId,
        answer_sdp: String,
    },
    /// The ACK to our 200 arrived: an incoming call is up.
    Confirmed {
        call: CallId,
    },
    /// A re-INVITE from the far end: answer it with `answer_reinvite` (or `reject_reinvite`).
    RemoteOffer {
        call: CallId,
        sdp: String,
    },
    ReinviteAnswered {
        call: CallId,
        answer_sdp: String,
    },
    ReinviteFailed {
        call: CallId,
        status: u16,
    },
    Ended {
        call: CallId,
        reason: EndReason,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Party {
    pub display_name: Option<String>,
    pub user: String,
    pub uri: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RegistrationState {
    Unregistered,
    Registering,
    Registered { expires_s: u32 },
    Failed(RegistrationFailure),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RegistrationFailure {
    /// 401/407 again after our digest answer.
    WrongPassword,
    /// 403.
    Forbidden,
    /// No final response (Timer F).
    Timeout,
    Rejected {
        status: u16,
        reason: String,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EndReason {
    /// We sent BYE (or CANCEL).
    LocalHangup,
    /// The far end sent BYE.
    RemoteHangup,
    /// The caller gave up or the call was answered elsewhere (CANCEL, 487).
    Cancelled,
    /// We declined.
    Declined,
    /// The far end answered 486/600/603.
    Busy,
    /// 404/484.
    NotFound,
    Rejected {
        status: u16,
        reason: String,
    },
    Timeout,
    TransportLost,
}
