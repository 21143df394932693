//! Click-to-call: a "Call" button beside a number the desk shows (the customer panel, a message
//! thread), shown while the phone can place the call.

use crate::i18n::tr;
use crate::phone::{Phone, PhoneStatus};
use crate::t;
use leptos::prelude::*;

/// A number the phone can dial: `+E164` or plain digits (an extension), nothing else.
pub fn dialable(number: &str) -> Option<String> {
    let compact: String = number
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '(' | ')' | '.'))
        .collect();
    let digits = compact.strip_prefix('+').unwrap_or(&compact);
    (!digits.is_empty() && digits.len() <= 20 && digits.bytes().all(|b| b.is_ascii_digit()))
        .then_some(compact)
}

#[component]
pub fn CallButton(#[prop(into)] number: Signal<String>) -> impl IntoView {
    let phone = use_context::<Phone>();
    let target = Memo::new(move |_| number.with(|n| dialable(n)));
    let ready = move || {
        phone.is_some_and(|p| {
            p.model
                .with(|m| m.status == PhoneStatus::Registered && !m.is_busy())
        }) && target.with(Option::is_some)
    };
    view! {
        <Show when=ready>
            <button class="link" data-testid="click-to-call" title=tr!("phone-call-number-hint")
                on:click=move |_| {
                    if let (Some(phone), Some(target)) = (phone, target.get_untracked()) {
                        phone.dial(&target);
                    }
                }>
                {move || t!("phone-call-number", number = target.get().unwrap_or_default())}
            </button>
        </Show>
    }
}

#[cfg(test)]
mod tests {
    use super::dialable;

    #[test]
    fn numbers_are_dialable_and_the_rest_is_not() {
        assert_eq!(
            dialable("+1 (555) 010-0999").as_deref(),
            Some("+15550100999")
        );
        assert_eq!(dialable("2002").as_deref(), Some("2002"));
        for other in [
            "",
            "+",
            "Ann",
            "sip:x@y",
            "+1555<b>",
            "12345678901234567890123",
        ] {
            assert_eq!(dialable(other), None, "{other}");
        }
    }
}
