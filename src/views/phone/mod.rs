//! The softphone's views: its status in the shell, the incoming call, the call's controls, the
//! dial pad and the device settings. They read `crate::phone::Phone`'s signals and call its
//! actions; the phone itself lives in `src/phone/`.

mod call;
mod call_button;
mod devices;
mod dialpad;
mod guard;
mod incoming;
mod status;

pub use call::PhoneCallPanel;
pub use call_button::CallButton;
pub use devices::DeviceSettings;
pub use dialpad::Dialpad;
pub use guard::PhoneGuard;
pub use incoming::IncomingCall;
pub use status::PhoneStatusBadge;

use crate::phone::PhoneCall;

/// Who is on the other end, as the agent reads it.
pub fn party_name(call: &PhoneCall) -> String {
    match call.party.display_name.as_deref().map(str::trim) {
        Some(name) if !name.is_empty() && name != call.party.user => {
            format!("{name} ({})", call.party.user)
        }
        _ => call.party.user.clone(),
    }
}
