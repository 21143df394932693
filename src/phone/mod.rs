//! The desk's softphone: the agent's extension registered over SIP/WebSocket, calls with WebRTC
//! media, devices, quality, and one phone per browser.
//!
//! A fourth flow beside the event stream: `runtime` owns the socket and the SIP user agent
//! (`voipbin_sip::ua`, pure and natively tested), carries out its outputs and updates `model`
//! (pure); views read [`Phone`]'s signals and call its actions, never the socket or media.

mod calls;
pub mod devices;
pub mod leg;
pub mod level;
mod media;
pub mod model;
pub mod quality;
mod runtime;
pub mod server;
mod stats;
mod tabs;
mod words;

use crate::session::Session;
use crate::state::DeskState;
use futures::channel::mpsc::UnboundedSender;
use leptos::prelude::*;
pub use model::{CallState, Direction, PhoneCall, PhoneModel, PhoneStatus};
pub use words::Words;

/// What a view sees of the call quality (from `getStats`, once a second).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CallQuality {
    pub call: String,
    pub quality: Option<quality::Quality>,
    pub totals: stats::Totals,
}

pub use stats::Totals as MediaTotals;

pub(crate) enum Command {
    Answer(String),
    Decline(String),
    HangUp(String),
    Mute(String, bool),
    Hold(String, bool),
    Digits(String, String),
    Dial(String),
    TakeOver,
    ReconnectNow,
    MicCheck(bool),
    SetSpeaker(String),
    Stop,
    /// Results of media work started by the runtime itself.
    Internal(runtime::Done),
}

#[derive(Clone, Copy)]
pub struct Phone {
    pub model: RwSignal<PhoneModel>,
    pub quality: RwSignal<Option<CallQuality>>,
    /// The microphone's level in dBFS while a call is up or the mic check is open.
    pub mic_level: RwSignal<Option<f64>>,
    pub devices: RwSignal<devices::DeviceList>,
    pub choice: RwSignal<devices::DeviceChoice>,
    commands: StoredValue<Option<UnboundedSender<Command>>, LocalStorage>,
}

impl Default for Phone {
    fn default() -> Self {
        Self::new()
    }
}

impl Phone {
    pub fn new() -> Phone {
        Phone {
            model: RwSignal::new(PhoneModel::default()),
            quality: RwSignal::new(None),
            mic_level: RwSignal::new(None),
            devices: RwSignal::new(devices::DeviceList::default()),
            choice: RwSignal::new(devices::DeviceChoice::load()),
            commands: StoredValue::new_local(None),
        }
    }

    /// Starts the phone for a signed-in session (replacing a running one).
    pub fn start(&self, session: &Session, phone_setting: &str) {
        self.stop();
        let (sender, receiver) = futures::channel::mpsc::unbounded();
        runtime::spawn(
            *self,
            session.clone(),
            phone_setting.to_string(),
            receiver,
            sender.clone(),
        );
        self.commands.set_value(Some(sender));
    }

    /// Tells each ringing call which VoIPBIN call it is as the agent's legs reach `desk`
    /// ([`leg`]): the INVITE does not say.
    pub fn follow_legs(&self, desk: DeskState, agent_id: Signal<String>) {
        let model = self.model;
        Effect::new(move |_| {
            let unlinked = model.with(|m| {
                m.calls
                    .iter()
                    .any(|c| c.direction == Direction::Incoming && c.voipbin_call_id.is_none())
            });
            if !unlinked {
                return;
            }
            let me = agent_id.get();
            let legs = desk.read(desk.calls, |s| leg::live_legs(s, &me));
            let links = model.with_untracked(|m| leg::new_links(&m.calls, &legs));
            if !links.is_empty() {
                model.update(|m| {
                    for (call, leg) in &links {
                        m.link_leg(call, leg);
                    }
                });
            }
        });
    }

    /// Unregisters and closes (sign-out).
    pub fn stop(&self) {
        self.send(Command::Stop);
        self.commands.set_value(None);
        self.model.set(PhoneModel::default());
        self.quality.set(None);
    }

    pub fn answer(&self, call: &str) {
        self.send(Command::Answer(call.into()));
    }
    pub fn decline(&self, call: &str) {
        self.send(Command::Decline(call.into()));
    }
    pub fn hang_up(&self, call: &str) {
        self.send(Command::HangUp(call.into()));
    }
    pub fn set_muted(&self, call: &str, muted: bool) {
        self.send(Command::Mute(call.into(), muted));
    }
    pub fn set_held(&self, call: &str, held: bool) {
        self.send(Command::Hold(call.into(), held));
    }
    pub fn send_digits(&self, call: &str, digits: &str) {
        self.send(Command::Digits(call.into(), digits.into()));
    }
    /// `+E164`, an extension name, `agent:<id>`, ...
    pub fn dial(&self, target: &str) {
        self.send(Command::Dial(target.trim().into()));
    }
    /// Moves the phone from another tab of this browser to this one.
    pub fn take_over(&self) {
        self.send(Command::TakeOver);
    }
    /// Re-register now (the browser came online, the laptop woke up).
    pub fn reconnect_now(&self) {
        self.send(Command::ReconnectNow);
    }
    /// Opens (or closes) the microphone check: `mic_level` follows the microphone.
    pub fn check_microphone(&self, on: bool) {
        self.send(Command::MicCheck(on));
    }

    pub fn choose_devices(&self, choice: devices::DeviceChoice) {
        choice.save();
        crate::views::desk::ring_output(&choice.ringer);
        self.send(Command::SetSpeaker(choice.speaker.clone()));
        self.choice.set(choice);
    }

    pub fn refresh_devices(&self) {
        let devices = self.devices;
        leptos::task::spawn_local(async move { devices.set(devices::list().await) });
    }

    /// A call is up or being set up: leaving the page would cut it.
    pub fn in_call(&self) -> bool {
        self.model.with_untracked(|m| !m.calls.is_empty())
    }

    fn send(&self, command: Command) {
        self.commands.with_value(|sender| {
            if let Some(sender) = sender {
                let _ = sender.unbounded_send(command);
            }
        });
    }
}
