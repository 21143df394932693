//! Keyboard-first: one listener maps keys to actions; views react to the actions they own.
//! Keys are ignored while the user types in a field, except Escape.

use crate::i18n::tr;
use crate::msg;
use leptos::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hotkey {
    ShowShortcuts,
    Accept,
    Dismiss,
    Hangup,
    Transfer,
    Mute,
    Hold,
    Record,
    AskHelp,
    Available,
    Away,
    Busy,
    Offline,
    Reply,
    NextThread,
    Escape,
    PrevThread,
    /// A keypad key (0-9, *, #) while a phone call is up.
    Digit(char),
}

thread_local! {
    static DIGITS_TO_KEYPAD: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// While a phone call is up, 0-9, * and # are keypad tones, not status shortcuts.
pub fn route_digits_to_keypad(on: bool) {
    DIGITS_TO_KEYPAD.with(|d| d.set(on));
}

/// Every shortcut and its description's message id, for the overlay and README.
pub const SHORTCUTS: &[(&str, crate::i18n::Msg, Hotkey)] = &[
    ("?", msg!("shell-key-shortcuts"), Hotkey::ShowShortcuts),
    ("A", msg!("shell-key-accept"), Hotkey::Accept),
    ("X", msg!("shell-key-dismiss"), Hotkey::Dismiss),
    ("H", msg!("shell-key-hangup"), Hotkey::Hangup),
    ("T", msg!("shell-key-transfer"), Hotkey::Transfer),
    ("M", msg!("shell-key-mute"), Hotkey::Mute),
    ("O", msg!("shell-key-hold"), Hotkey::Hold),
    ("R", msg!("shell-key-record"), Hotkey::Record),
    ("G", msg!("shell-key-help"), Hotkey::AskHelp),
    ("1", msg!("shell-key-available"), Hotkey::Available),
    ("2", msg!("shell-key-away"), Hotkey::Away),
    ("3", msg!("shell-key-busy"), Hotkey::Busy),
    ("4", msg!("shell-key-offline"), Hotkey::Offline),
    ("/", msg!("shell-key-reply"), Hotkey::Reply),
    ("J", msg!("shell-key-next"), Hotkey::NextThread),
    ("Esc", msg!("shell-key-close"), Hotkey::Escape),
    ("K", msg!("shell-key-previous"), Hotkey::PrevThread),
    ("0–9 * #", msg!("shell-key-keypad"), Hotkey::Digit('0')),
];

#[derive(Clone, Copy)]
struct Hotkeys(RwSignal<Option<Hotkey>>);

/// The latest shortcut pressed. Installs the listener on first use.
pub fn use_hotkeys() -> ReadSignal<Option<Hotkey>> {
    if let Some(Hotkeys(signal)) = use_context::<Hotkeys>() {
        return signal.read_only();
    }
    let signal = RwSignal::new(None);
    provide_context(Hotkeys(signal));
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let key = ev.key();
        if key != "Escape" && typing_in_a_field() {
            return;
        }
        let keypad_digit = key
            .chars()
            .next()
            .filter(|c| key.len() == 1 && (c.is_ascii_digit() || *c == '*' || *c == '#'));
        let pressed = match key.as_str() {
            "Escape" => Hotkey::Escape,
            _ if keypad_digit.is_some() && DIGITS_TO_KEYPAD.with(|d| d.get()) => {
                Hotkey::Digit(keypad_digit.unwrap_or('0'))
            }
            other => match SHORTCUTS
                .iter()
                .find(|(k, _, _)| k.eq_ignore_ascii_case(other))
            {
                Some((_, _, hotkey)) => *hotkey,
                None => return,
            },
        };
        ev.prevent_default();
        signal.set(Some(pressed));
    });
    on_cleanup(move || handle.remove());
    signal.read_only()
}

fn typing_in_a_field() -> bool {
    let Some(active) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
    else {
        return false;
    };
    matches!(active.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
        || active.get_attribute("contenteditable").is_some()
}

#[component]
pub fn ShortcutOverlay(on_close: impl Fn() + Clone + Send + Sync + 'static) -> impl IntoView {
    let hotkeys = use_hotkeys();
    let close = on_close.clone();
    Effect::new(move |_| {
        if hotkeys.get() == Some(Hotkey::Escape) {
            close();
        }
    });
    view! {
        <div class="overlay" role="dialog" aria-modal="true" aria-labelledby="shortcuts-title" data-testid="shortcuts">
            <div class="card">
                <h2 id="shortcuts-title">{tr!("shell-shortcuts-title")}</h2>
                <table>
                    <tbody>
                        {SHORTCUTS.iter().map(|(key, what, _)| view! {
                            <tr><td><kbd>{*key}</kbd></td><td>{tr(*what)}</td></tr>
                        }).collect_view()}
                    </tbody>
                </table>
                <button class="primary" autofocus=true on:click=move |_| on_close()>{tr!("shell-close")}</button>
            </div>
        </div>
    }
}
