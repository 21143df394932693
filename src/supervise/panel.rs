//! The listen panel's state machine: which call, and whether the supervisor is connecting,
//! listening silently, live on the call (barging), or why it stopped. Pure; the runtime
//! (`listener.rs`) feeds it what happens and carries out the microphone changes it asks for.

use crate::msg;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PanelState {
    /// No call: the panel is hidden.
    Idle,
    /// Opening the stream, first time or after it dropped.
    Connecting,
    Listening,
    /// Listening, and the microphone is heard by both parties.
    Barging,
    /// The call hung up.
    Ended,
    /// Refused (permission, expired sign-in) or the audio could not start.
    Error,
}

impl PanelState {
    pub fn as_str(self) -> &'static str {
        match self {
            PanelState::Idle => "idle",
            PanelState::Connecting => "connecting",
            PanelState::Listening => "listening",
            PanelState::Barging => "barging",
            PanelState::Ended => "ended",
            PanelState::Error => "error",
        }
    }
}

/// Why the panel stopped, or what went wrong with the microphone: a message id of the
/// dashboard's catalogue and the detail it names (the view translates it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Note {
    pub id: crate::i18n::Msg,
    pub reason: String,
}

impl Note {
    pub fn new(id: crate::i18n::Msg, reason: impl Into<String>) -> Self {
        Note {
            id,
            reason: reason.into(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PanelEvent {
    Listen(String),
    Opened,
    Lost,
    Refused(Note),
    CallEnded,
    BargeOn,
    BargeOff,
    MicFailed(String),
    Stop,
}

/// What the runtime must do after an event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PanelEffect {
    /// Open the stream of this call (closing any other).
    Connect(String),
    /// Close the stream.
    Disconnect,
    StartMic,
    StopMic,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Panel {
    pub state: PanelState,
    pub call_id: Option<String>,
    /// Why it stopped, or what went wrong with the microphone.
    pub message: Option<Note>,
    /// Times the stream dropped on this call.
    pub drops: u32,
}

impl Default for Panel {
    fn default() -> Self {
        Panel {
            state: PanelState::Idle,
            call_id: None,
            message: None,
            drops: 0,
        }
    }
}

impl Panel {
    fn live(&self) -> bool {
        matches!(
            self.state,
            PanelState::Connecting | PanelState::Listening | PanelState::Barging
        )
    }

    pub fn apply(&mut self, event: PanelEvent) -> Vec<PanelEffect> {
        use PanelEffect::*;
        use PanelState::*;
        let mic_off = |state: PanelState| {
            if state == Barging {
                vec![StopMic]
            } else {
                vec![]
            }
        };
        match event {
            PanelEvent::Listen(id) => {
                if self.live() && self.call_id.as_deref() == Some(id.as_str()) {
                    return vec![];
                }
                let mut effects = mic_off(self.state);
                effects.push(Connect(id.clone()));
                *self = Panel {
                    state: Connecting,
                    call_id: Some(id),
                    ..Panel::default()
                };
                effects
            }
            PanelEvent::Opened if self.state == Connecting => {
                self.state = Listening;
                self.message = None;
                vec![]
            }
            PanelEvent::Lost if self.live() => {
                // The microphone stops with the stream: a reconnect comes back silent, and
                // the supervisor chooses again to speak.
                let effects = mic_off(self.state);
                self.state = Connecting;
                self.drops += 1;
                effects
            }
            PanelEvent::Refused(why) if self.live() => self.finish(Error, why),
            PanelEvent::CallEnded if self.live() => {
                self.finish(Ended, Note::new(msg!("dash-listen-call-ended"), ""))
            }
            PanelEvent::BargeOn if self.state == Listening => {
                self.state = Barging;
                self.message = None;
                vec![StartMic]
            }
            PanelEvent::BargeOff if self.state == Barging => {
                self.state = Listening;
                vec![StopMic]
            }
            PanelEvent::MicFailed(why) if self.state == Barging => {
                self.state = Listening;
                self.message = Some(Note::new(msg!("dash-listen-mic-failed"), why));
                vec![StopMic]
            }
            PanelEvent::Stop => {
                let mut effects = mic_off(self.state);
                if self.live() {
                    effects.push(Disconnect);
                }
                *self = Panel::default();
                effects
            }
            _ => vec![],
        }
    }

    fn finish(&mut self, state: PanelState, why: Note) -> Vec<PanelEffect> {
        let mut effects = if self.state == PanelState::Barging {
            vec![PanelEffect::StopMic]
        } else {
            vec![]
        };
        effects.push(PanelEffect::Disconnect);
        self.state = state;
        self.message = Some(why);
        effects
    }
}

#[cfg(test)]
mod tests {
    use super::PanelEffect::*;
    use super::*;

    fn listening(id: &str) -> Panel {
        let mut p = Panel::default();
        assert_eq!(p.apply(PanelEvent::Listen(id.into())), [Connect(id.into())]);
        assert_eq!(p.state, PanelState::Connecting);
        p.apply(PanelEvent::Opened);
        assert_eq!(p.state, PanelState::Listening);
        p
    }

    #[test]
    fn barging_is_a_second_step_and_returns_to_silent_listening() {
        let mut p = Panel::default();
        assert!(
            p.apply(PanelEvent::BargeOn).is_empty(),
            "no barge without a call"
        );
        p.apply(PanelEvent::Listen("c1".into()));
        assert!(
            p.apply(PanelEvent::BargeOn).is_empty(),
            "no barge while connecting"
        );
        p.apply(PanelEvent::Opened);
        assert_eq!(p.apply(PanelEvent::BargeOn), [StartMic]);
        assert_eq!(p.state, PanelState::Barging);
        assert_eq!(p.apply(PanelEvent::BargeOff), [StopMic]);
        assert_eq!(p.state, PanelState::Listening);
        assert!(p.apply(PanelEvent::BargeOff).is_empty());
    }

    #[test]
    fn switching_calls_is_one_step_and_stops_the_microphone() {
        let mut p = listening("c1");
        p.apply(PanelEvent::BargeOn);
        assert_eq!(
            p.apply(PanelEvent::Listen("c2".into())),
            [StopMic, Connect("c2".into())]
        );
        assert_eq!(
            (p.state, p.call_id.as_deref()),
            (PanelState::Connecting, Some("c2"))
        );
        // Asking again for the call being listened to changes nothing.
        p.apply(PanelEvent::Opened);
        assert!(p.apply(PanelEvent::Listen("c2".into())).is_empty());
        assert_eq!(p.state, PanelState::Listening);
    }

    #[test]
    fn a_drop_reconnects_silently_and_counts() {
        let mut p = listening("c1");
        p.apply(PanelEvent::BargeOn);
        assert_eq!(p.apply(PanelEvent::Lost), [StopMic]);
        assert_eq!((p.state, p.drops), (PanelState::Connecting, 1));
        p.apply(PanelEvent::Opened);
        assert_eq!(p.state, PanelState::Listening);
    }

    #[test]
    fn ending_refusal_and_stop() {
        let mut p = listening("c1");
        p.apply(PanelEvent::BargeOn);
        assert_eq!(p.apply(PanelEvent::CallEnded), [StopMic, Disconnect]);
        assert_eq!(p.state, PanelState::Ended);
        assert!(
            p.apply(PanelEvent::Opened).is_empty(),
            "a late open does not revive it"
        );
        assert_eq!(p.state, PanelState::Ended);

        let mut p = listening("c1");
        assert_eq!(
            p.apply(PanelEvent::Refused(Note::new(
                msg!("dash-listen-forbidden"),
                "no"
            ))),
            [Disconnect]
        );
        assert_eq!(
            (p.state, p.message),
            (
                PanelState::Error,
                Some(Note::new(msg!("dash-listen-forbidden"), "no"))
            )
        );

        let mut p = listening("c1");
        assert_eq!(p.apply(PanelEvent::Stop), [Disconnect]);
        assert_eq!(p, Panel::default());
        assert!(p.apply(PanelEvent::Stop).is_empty());
    }

    #[test]
    fn a_refused_microphone_falls_back_to_listening_with_the_reason() {
        let mut p = listening("c1");
        p.apply(PanelEvent::BargeOn);
        assert_eq!(
            p.apply(PanelEvent::MicFailed("microphone blocked".into())),
            [StopMic]
        );
        assert_eq!(
            (p.state, p.message),
            (
                PanelState::Listening,
                Some(Note::new(
                    msg!("dash-listen-mic-failed"),
                    "microphone blocked"
                ))
            )
        );
    }
}
