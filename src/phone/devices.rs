//! Microphone, speaker and ringer: the list the browser offers, the agent's choice (kept per
//! browser), and the microphone itself, asked for once per session and reused by every call.

use super::Words;
use crate::msg;
use js_sys::{Array, Object, Reflect};
use serde::{Deserialize, Serialize};
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{MediaDeviceInfo, MediaDeviceKind, MediaStream, MediaStreamConstraints};

const CHOICE_KEY: &str = "voipbin-desk.phone-devices";

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DeviceChoice {
    /// Empty: the browser's default.
    pub microphone: String,
    pub speaker: String,
    pub ringer: String,
}

impl DeviceChoice {
    pub fn load() -> DeviceChoice {
        crate::views::desk::storage::load(CHOICE_KEY).unwrap_or_default()
    }

    pub fn save(&self) {
        crate::views::desk::storage::save(CHOICE_KEY, self);
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Device {
    pub id: String,
    pub label: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DeviceList {
    pub microphones: Vec<Device>,
    pub speakers: Vec<Device>,
}

/// Why there is no microphone, in words for the agent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MicProblem {
    Refused,
    Missing,
    Busy,
    Unsupported,
    Other(String),
}

impl MicProblem {
    pub fn words(&self) -> Words {
        Words::new(match self {
            MicProblem::Refused => msg!("phone-mic-refused"),
            MicProblem::Missing => msg!("phone-mic-missing"),
            MicProblem::Busy => msg!("phone-mic-busy"),
            MicProblem::Unsupported => msg!("phone-mic-unsupported"),
            MicProblem::Other(_) => msg!("phone-mic-failed"),
        })
    }
}

impl std::fmt::Display for MicProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.words().fmt(f)
    }
}

thread_local! {
    static MICROPHONE: RefCell<Option<(String, MediaStream)>> = const { RefCell::new(None) };
}

/// The microphone the agent chose, opened once and kept (a new choice opens the new device).
pub async fn microphone() -> Result<MediaStream, MicProblem> {
    let wanted = DeviceChoice::load().microphone;
    let live = MICROPHONE.with(|m| {
        m.borrow()
            .as_ref()
            .filter(|(id, stream)| *id == wanted && stream.active())
            .map(|(_, stream)| stream.clone())
    });
    if let Some(stream) = live {
        return Ok(stream);
    }
    let devices = web_sys::window()
        .and_then(|w| w.navigator().media_devices().ok())
        .ok_or(MicProblem::Unsupported)?;
    let constraints = MediaStreamConstraints::new();
    let audio: JsValue = if wanted.is_empty() {
        JsValue::TRUE
    } else {
        let exact = Object::new();
        let _ = Reflect::set(&exact, &"exact".into(), &wanted.as_str().into());
        let audio = Object::new();
        let _ = Reflect::set(&audio, &"deviceId".into(), &exact);
        audio.into()
    };
    constraints.set_audio(&audio);
    let promise = devices
        .get_user_media_with_constraints(&constraints)
        .map_err(|e| problem_of(&e))?;
    let stream: MediaStream = JsFuture::from(promise)
        .await
        .map_err(|e| problem_of(&e))?
        .unchecked_into();
    MICROPHONE.with(|m| {
        if let Some((_, old)) = m.borrow_mut().replace((wanted, stream.clone())) {
            stop_stream(&old);
        }
    });
    Ok(stream)
}

/// Closes the microphone (sign-out, phone handed to another tab).
pub fn release_microphone() {
    if let Some((_, stream)) = MICROPHONE.with(|m| m.borrow_mut().take()) {
        stop_stream(&stream);
    }
}

fn stop_stream(stream: &MediaStream) {
    for track in stream.get_tracks() {
        if let Ok(track) = track.dyn_into::<web_sys::MediaStreamTrack>() {
            track.stop();
        }
    }
}

fn problem_of(error: &JsValue) -> MicProblem {
    let name = Reflect::get(error, &"name".into())
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default();
    match name.as_str() {
        "NotAllowedError" | "SecurityError" => MicProblem::Refused,
        "NotFoundError" | "OverconstrainedError" => MicProblem::Missing,
        "NotReadableError" | "AbortError" => MicProblem::Busy,
        _ => MicProblem::Other(name),
    }
}

/// Inputs and outputs the browser reports (labels appear once the microphone was allowed).
pub async fn list() -> DeviceList {
    let Some(devices) = web_sys::window().and_then(|w| w.navigator().media_devices().ok()) else {
        return DeviceList::default();
    };
    let Ok(promise) = devices.enumerate_devices() else {
        return DeviceList::default();
    };
    let Ok(found) = JsFuture::from(promise).await else {
        return DeviceList::default();
    };
    let mut list = DeviceList::default();
    for (index, info) in Array::from(&found).iter().enumerate() {
        let Ok(info) = info.dyn_into::<MediaDeviceInfo>() else {
            continue;
        };
        let label = match info.label() {
            label if label.is_empty() => crate::t!("phone-device-unnamed", number = index + 1),
            label => label,
        };
        let device = Device {
            id: info.device_id(),
            label,
        };
        match info.kind() {
            MediaDeviceKind::Audioinput => list.microphones.push(device),
            MediaDeviceKind::Audiooutput => list.speakers.push(device),
            _ => {}
        }
    }
    list
}

/// Sends an element's or an audio context's sound to a chosen output. `setSinkId` is not in
/// every browser (and not in web-sys's stable API), so it is called by name; where it is
/// missing, sound goes to the default output, which is the best that browser can do.
pub fn route_output(target: &JsValue, device_id: &str) {
    let Ok(set_sink_id) = Reflect::get(target, &"setSinkId".into()) else {
        return;
    };
    if let Some(f) = set_sink_id.dyn_ref::<js_sys::Function>() {
        if let Ok(promise) = f.call1(target, &device_id.into()) {
            // A device that vanished rejects: the default output keeps playing.
            if let Ok(promise) = promise.dyn_into::<js_sys::Promise>() {
                wasm_bindgen_futures::spawn_local(async move {
                    let _ = JsFuture::from(promise).await;
                });
            }
        }
    }
}
