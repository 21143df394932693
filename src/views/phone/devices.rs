//! Device settings: microphone, speaker and ringer, and a microphone check (a level meter and
//! "we hear you") to do before going available.

use crate::i18n::tr;
use crate::phone::devices::{Device, DeviceChoice};
use crate::phone::Phone;
use crate::t;
use leptos::prelude::*;

/// Above this the check says the microphone hears the agent.
const HEARD_DBFS: f64 = -50.0;

#[component]
pub fn DeviceSettings() -> impl IntoView {
    let phone = expect_context::<Phone>();
    let open = RwSignal::new(false);
    let checking = RwSignal::new(false);
    Effect::new(move |_| {
        if open.get() {
            phone.refresh_devices();
        } else if checking.get_untracked() {
            checking.set(false);
        }
    });
    Effect::new(move |previous: Option<bool>| {
        let on = checking.get();
        if previous.is_some_and(|p| p != on) || (previous.is_none() && on) {
            phone.check_microphone(on);
        }
        on
    });
    on_cleanup(move || phone.check_microphone(false));
    let heard = move || phone.mic_level.get().is_some_and(|l| l > HEARD_DBFS);
    let level_text = move || match phone.mic_level.get() {
        Some(level) if level > HEARD_DBFS => t!("phone-check-heard", level = level.round()),
        Some(level) => t!("phone-check-not-heard", level = level.round()),
        None => t!("phone-check-opening"),
    };
    let choose = move |set: fn(&mut DeviceChoice, String), value: String| {
        let mut choice = phone.choice.get_untracked();
        set(&mut choice, value);
        phone.choose_devices(choice);
        if checking.get_untracked() {
            // Reopen the meter on the new microphone.
            phone.check_microphone(false);
            phone.check_microphone(true);
        }
    };
    let options = move |list: Vec<Device>, chosen: String| {
        let mut items = vec![
            view! { <option value="" selected=chosen.is_empty()>{tr!("phone-device-default")}</option> }
                .into_any(),
        ];
        items.extend(list.into_iter().map(|d| {
            let selected = d.id == chosen;
            view! { <option value=d.id.clone() selected=selected translate="no">{d.label}</option> }
                .into_any()
        }));
        items
    };

    view! {
        <details class="device-settings" data-testid="device-settings" prop:open=move || open.get()
            on:toggle=move |ev| open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())>
            <summary>{tr!("phone-audio-devices")}</summary>
            <label>{tr!("phone-microphone")}
                <select data-testid="device-microphone" on:change=move |ev| choose(|c, v| c.microphone = v, event_target_value(&ev))>
                    {move || options(phone.devices.with(|d| d.microphones.clone()), phone.choice.with(|c| c.microphone.clone()))}
                </select>
            </label>
            <label>{tr!("phone-speaker")}
                <select data-testid="device-speaker" on:change=move |ev| choose(|c, v| c.speaker = v, event_target_value(&ev))>
                    {move || options(phone.devices.with(|d| d.speakers.clone()), phone.choice.with(|c| c.speaker.clone()))}
                </select>
            </label>
            <label>{tr!("phone-ringer")}
                <select data-testid="device-ringer" on:change=move |ev| choose(|c, v| c.ringer = v, event_target_value(&ev))>
                    {move || options(phone.devices.with(|d| d.speakers.clone()), phone.choice.with(|c| c.ringer.clone()))}
                </select>
            </label>
            <button data-testid="mic-check" aria-pressed=move || checking.get().to_string()
                on:click=move |_| checking.update(|c| *c = !*c)>
                {move || if checking.get() { t!("phone-check-stop") } else { t!("phone-check-start") }}
            </button>
            <Show when=move || checking.get()>
                <p class="mic-check" data-testid="mic-check-result" data-heard=move || heard().to_string() role="status">
                    {level_text}
                </p>
            </Show>
        </details>
    }
}
