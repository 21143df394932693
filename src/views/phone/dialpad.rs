//! The dial pad: while a call is up its keys send tones (RFC 4733, also from the keyboard);
//! otherwise they build a number to call (`+E164`, an extension, `agent:<id>`).

use crate::i18n::tr;
use crate::phone::{CallState, Phone, PhoneStatus};
use crate::t;
use crate::views::desk::on_hotkey;
use crate::views::Hotkey;
use leptos::prelude::*;

const KEYS: [&str; 12] = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "0", "#"];

#[component]
pub fn Dialpad() -> impl IntoView {
    let phone = expect_context::<Phone>();
    let number = RwSignal::new(String::new());
    let in_call = Memo::new(move |_| {
        phone.model.with(|m| {
            m.current()
                .filter(|c| c.state == CallState::Active)
                .map(|c| c.id.clone())
        })
    });
    let registered = move || phone.model.with(|m| m.status == PhoneStatus::Registered);
    let busy = move || phone.model.with(|m| m.is_busy());
    // Digits typed on the keyboard go to the call while one is up (the hotkeys leave 0-9 alone then).
    Effect::new(move |_| crate::views::route_digits_to_keypad(in_call.get().is_some()));
    on_cleanup(|| crate::views::route_digits_to_keypad(false));
    on_hotkey(move |key| {
        if let (Hotkey::Digit(digit), Some(call)) = (key, in_call.get_untracked()) {
            phone.send_digits(&call, &digit.to_string());
        }
    });
    let press = move |key: &'static str| match in_call.get_untracked() {
        Some(call) => phone.send_digits(&call, key),
        None => number.update(|n| n.push_str(key)),
    };
    let dial = move || {
        let target = number.get_untracked();
        if !target.trim().is_empty() {
            phone.dial(&target);
            number.set(String::new());
        }
    };
    let problem = move || phone.model.with(|m| m.problem.as_ref().map(|p| p.text()));
    // The directory: other agents by name (dialed as `agent:<id>`, VoIPBIN's address form).
    let desk = expect_context::<crate::state::DeskState>();
    let me = use_context::<crate::app::Auth>()
        .and_then(|a| a.0.with_untracked(|s| s.as_ref().map(|s| s.me.id.clone())))
        .unwrap_or_default();
    let directory = Memo::new(move |_| {
        let mut agents: Vec<(String, String)> = desk.read(desk.agents, |s| {
            s.agents
                .values()
                .filter(|a| a.id != me && !a.name.trim().is_empty())
                .map(|a| (format!("agent:{}", a.id), a.name.clone()))
                .collect()
        });
        agents.sort_by(|a, b| a.1.cmp(&b.1));
        agents
    });

    view! {
        <section class="dialpad" data-testid="dialpad" aria-label=move || if in_call.get().is_some() { t!("phone-keypad") } else { t!("phone-dialpad") }>
            <form class="dial-form" on:submit=move |ev| { ev.prevent_default(); dial(); }>
                <label class="visually-hidden" for="dial-input">{tr!("phone-dial-label")}</label>
                <input id="dial-input" data-testid="dial-input" type="tel" autocomplete="off" list="dial-directory"
                    placeholder=tr!("phone-dial-placeholder")
                    prop:value=move || number.get() on:input=move |ev| number.set(event_target_value(&ev))
                    disabled=move || in_call.get().is_some()/>
                <button class="primary" data-testid="dial-call" type="submit"
                    disabled=move || !registered() || busy() || number.with(|n| n.trim().is_empty())>{tr!("phone-call")}</button>
            </form>
            <datalist id="dial-directory" translate="no">
                {move || directory.get().into_iter().map(|(value, name)| view! { <option value=value>{name}</option> }).collect_view()}
            </datalist>
            <div class="dial-keys" role="group" aria-label=tr!("phone-keys")>
                {KEYS.into_iter().map(|key| view! {
                    <button type="button" class="dial-key" data-key=key on:click=move |_| press(key)>{key}</button>
                }).collect_view()}
            </div>
            {move || problem().map(|p| view! {
                <p class="error" role="alert" data-testid="phone-problem">{p}
                    " " <button class="link" on:click=move |_| phone.model.update(|m| m.problem = None)>{tr!("phone-dismiss")}</button>
                </p>
            })}
        </section>
    }
}
