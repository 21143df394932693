//! The phone's status in the shell: registered, registering, not registered and why, or in
//! another tab (with a button to bring it here).

use crate::i18n::tr;
use crate::phone::{Phone, PhoneStatus};
use crate::t;
use leptos::prelude::*;

#[component]
pub fn PhoneStatusBadge() -> impl IntoView {
    let phone = expect_context::<Phone>();
    let status = Memo::new(move |_| phone.model.with(|m| m.status.clone()));
    let label = move || match status.get() {
        PhoneStatus::Registered => t!("phone-ready"),
        PhoneStatus::Registering | PhoneStatus::Off => t!("phone-connecting"),
        PhoneStatus::Unregistered(_) => t!("phone-offline"),
        PhoneStatus::NoPhone(_) => t!("phone-none"),
        PhoneStatus::Elsewhere => t!("phone-elsewhere"),
    };
    let why = move || match status.get() {
        PhoneStatus::Unregistered(why) | PhoneStatus::NoPhone(why) => Some(why.text()),
        PhoneStatus::Elsewhere => Some(t!("phone-elsewhere-why")),
        _ => None,
    };
    view! {
        <div class="phone-status" data-testid="phone-status" data-state=move || status.get().data_state()
            title=move || why().unwrap_or_default()>
            <span class="dot" aria-hidden="true"></span>
            <span class="label" role="status" aria-live="polite">{label}</span>
            <Show when=move || status.get() == PhoneStatus::Elsewhere>
                <button class="link" data-testid="phone-take-over" on:click=move |_| phone.take_over()>
                    {tr!("phone-take-over")}
                </button>
            </Show>
            <Show when=move || matches!(status.get(), PhoneStatus::Unregistered(_))>
                <button class="link" on:click=move |_| phone.reconnect_now()>{tr!("phone-retry")}</button>
            </Show>
            {move || why().map(|why| view! { <span class="visually-hidden">{why}</span> })}
        </div>
    }
}
