//! The call's case: the one VoIPBIN's flow opened for the caller's call, with its notes (oldest
//! first), attach the caller, assign to me, close. Reads `Callers`' cards.

use super::short_when;
use crate::caller::{Callers, CaseLookup};
use crate::i18n::tr;
use crate::t;
use leptos::prelude::*;
use voipbin_protocol::crm::CaseNote;

#[component]
pub fn CallCase(#[prop(into)] call_key: Signal<String>) -> impl IntoView {
    let callers = expect_context::<Callers>();
    let ui = expect_context::<super::DeskUi>();
    let card = Memo::new(move |_| callers.card(&call_key.get()));
    move || {
        let card = card.get()?;
        let key = call_key.get_untracked();
        Some(match card.case.clone() {
            CaseLookup::Waiting | CaseLookup::NoCase => return None,
            CaseLookup::Loading => view! { <p class="hint">{tr!("work-case-looking")}</p> }.into_any(),
            CaseLookup::Error(why) => view! {
                <p class="error" role="alert">{move || t!("work-case-unreadable", reason = why.as_str())}</p>
            }.into_any(),
            CaseLookup::Found(case) => {
                let me = ui.my_id();
                let mine = case.owner_id == me;
                let open = case.is_open();
                let can_attach = case.contact_id.is_empty() && card.contact_id().is_some();
                let (k1, k2, k3) = (key.clone(), key.clone(), key);
                let reason = case.closed_reason.clone();
                let status = move || if open { t!("work-case-open") } else { t!("work-case-closed", reason = reason.as_str()) };
                view! {
                    <section class="call-case" data-testid="call-case" data-case-id=case.id.clone()
                        data-status=case.status.to_string() aria-label=tr!("work-case")>
                        <div class="case-head">
                            <h3>{tr!("work-case")}</h3>
                            <span class="case-status">{status}</span>
                            {(!mine && open).then(|| view! {
                                <button class="small" data-testid="case-assign-me" on:click=move |_| callers.assign_to_me(&k1)>{tr!("work-case-assign-me")}</button>
                            })}
                            {can_attach.then(|| view! {
                                <button class="small" on:click=move |_| callers.attach_contact(&k2)>{tr!("work-case-attach-caller")}</button>
                            })}
                            {open.then(|| view! {
                                <button class="small" data-testid="case-close" on:click=move |_| callers.close_case(&k3)>{tr!("work-case-close")}</button>
                            })}
                        </div>
                        <ol class="case-notes" data-testid="case-notes" data-count=card.notes.len()>
                            {card.notes.iter().map(note).collect_view()}
                        </ol>
                        {card.notes.is_empty().then(|| view! { <p class="hint">{tr!("work-case-no-notes")}</p> })}
                    </section>
                }.into_any()
            }
        })
    }
}

fn note(note: &CaseNote) -> impl IntoView {
    let who = if note.author_type == "system" {
        tr!("work-case-note-system")
    } else {
        tr!("work-case-note-agent")
    };
    view! {
        <li class="case-note">
            <small>{who} " · " {short_when(&note.tm_create)}</small>
            <p translate="no">{note.text.clone()}</p>
        </li>
    }
}
