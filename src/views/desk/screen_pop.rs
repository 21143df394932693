//! Who is calling, shown on the ring beside Answer / Decline and again in the call panel: a
//! known caller's name, company, tags, notes, open cases and last interactions; an unknown
//! caller's number with "Create contact" and "Link to a contact". Reads `Callers`' cards.

use super::call_work_chunk::{CallWork, LazyCallWork};
use super::{data, short_when, with_data};
use crate::api::crm::ContactFields;
use crate::caller::{Callers, Lookup};
use crate::i18n::{number, tr};
use crate::msg;
use leptos::prelude::*;
use voipbin_protocol::crm::{Case, Contact, PeerEvent};

/// What the pop is showing besides the caller.
#[derive(Clone, Copy, PartialEq)]
enum Editing {
    None,
    Create,
    Link,
    Edit,
}

#[component]
pub fn ScreenPop(#[prop(into)] call_key: Signal<String>) -> impl IntoView {
    let callers = expect_context::<Callers>();
    let card = Memo::new(move |_| callers.card(&call_key.get()));
    let editing = RwSignal::new(Editing::None);
    // A new call starts with nothing open.
    Effect::new(move |_| {
        call_key.track();
        editing.set(Editing::None);
    });
    let state = move || card.with(|c| c.as_ref().map_or("loading", |c| c.lookup.data_state()));
    let problem = move || {
        card.with(|c| {
            let (failed, error) = c.as_ref()?.problem.as_ref()?;
            Some(super::explain(*failed, error))
        })
    };

    let body = move || {
        let card = card.get()?;
        let key = call_key.get_untracked();
        Some(match card.lookup.clone() {
            Lookup::Loading => {
                let number = card.number;
                view! { <p class="hint">{with_data(msg!("desk-looking-up"), vec![("number", number)])}</p> }
                    .into_any()
            }
            Lookup::Error(why) => view! {
                <p class="error" role="alert">{with_data(msg!("desk-lookup-failed"), vec![("detail", why)])}</p>
            }
            .into_any(),
            Lookup::Known(contact) => {
                known(*contact, card.open_cases, card.history, key, editing).into_any()
            }
            Lookup::Unknown => unknown(card.number, key, editing).into_any(),
        })
    };

    view! {
        <section class="screen-pop" data-testid="screen-pop" data-state=state aria-label=tr!("desk-caller")>
            {body}
            <p class="error" role="alert">{problem}</p>
        </section>
    }
}

fn known(
    contact: Contact,
    cases: Vec<Case>,
    history: Vec<PeerEvent>,
    key: String,
    editing: RwSignal<Editing>,
) -> impl IntoView {
    let callers = expect_context::<Callers>();
    let tags = callers.tag_names(&contact.tag_ids);
    let role = [contact.job_title.trim(), contact.company.trim()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" · ");
    let fields = ContactFields::of(&contact);
    let contact_id = contact.id.clone();
    let (case_count, history_count) = (cases.len(), history.len());
    let done = Callback::new(move |()| editing.set(Editing::None));
    view! {
        <div class="pop-who">
            <strong class="pop-name" data-testid="screen-pop-name" translate="no">{contact.name()}</strong>
            <span class="pop-role" translate="no">{role}</span>
            <button class="ghost small" on:click=move |_| editing.set(Editing::Edit)>{tr!("desk-edit")}</button>
        </div>
        {(!tags.is_empty()).then(|| view! {
            <ul class="pop-tags" aria-label=tr!("desk-tags") translate="no">
                {tags.into_iter().map(|t| view! { <li class="tag">{t}</li> }).collect_view()}
            </ul>
        })}
        {(!contact.notes.trim().is_empty()).then(|| view! { <p class="pop-notes" translate="no">{contact.notes.clone()}</p> })}
        <Show when=move || editing.get() == Editing::Edit>
            <LazyCallWork work=CallWork::EditContact {
                call_key: key.clone(),
                contact_id: contact_id.clone(),
                fields: fields.clone(),
                done,
            }/>
        </Show>
        <div class="pop-lists">
            <div data-testid="screen-pop-cases" data-count=case_count>
                <h4>{tr!("desk-open-cases")} " (" {move || number(case_count as f64)} ")"</h4>
                {if cases.is_empty() {
                    view! { <p class="hint">{tr!("desk-no-open-case")}</p> }.into_any()
                } else {
                    view! { <ul>{cases.into_iter().map(|c| {
                        let at = c.opened_at.clone();
                        view! { <li>{case_title(&c)} " " <small>{move || short_when(&at)}</small></li> }
                    }).collect_view()}</ul> }.into_any()
                }}
            </div>
            <div data-testid="screen-pop-history" data-count=history_count>
                <h4>{tr!("desk-last-interactions")}</h4>
                {if history.is_empty() {
                    view! { <p class="hint">{tr!("desk-nothing-on-record")}</p> }.into_any()
                } else {
                    view! { <ul>{history.into_iter().map(|h| {
                        let at = h.timestamp.clone();
                        view! { <li>{interaction(&h)} " " <small>{move || short_when(&at)}</small></li> }
                    }).collect_view()}</ul> }.into_any()
                }}
            </div>
        </div>
    }
}

fn unknown(number: String, key: String, editing: RwSignal<Editing>) -> impl IntoView {
    let has_number = !number.is_empty();
    let shown = if has_number {
        view! { <strong class="pop-name mono" translate="no">{number.clone()}</strong> }.into_any()
    } else {
        view! { <strong class="pop-name mono">{tr!("desk-no-number")}</strong> }.into_any()
    };
    let done = Callback::new(move |()| editing.set(Editing::None));
    let link_key = key.clone();
    let toggle = move |which: Editing| {
        editing.update(|e| *e = if *e == which { Editing::None } else { which })
    };
    view! {
        <div class="pop-who">
            {shown}
            <span class="pop-role">{tr!("desk-not-in-contacts")}</span>
        </div>
        <div class="pop-actions">
            <button data-testid="create-contact" on:click=move |_| toggle(Editing::Create)>{tr!("desk-create-contact")}</button>
            <button data-testid="link-contact" disabled=!has_number
                on:click=move |_| toggle(Editing::Link)>{tr!("desk-link-contact")}</button>
        </div>
        <Show when=move || editing.get() == Editing::Create>
            <LazyCallWork work=CallWork::CreateContact {
                call_key: key.clone(),
                number: number.clone(),
                done,
            }/>
        </Show>
        <Show when=move || editing.get() == Editing::Link>
            <LazyCallWork work=CallWork::LinkContact { call_key: link_key.clone(), done }/>
        </Show>
    }
}

/// The case's name, or whom it is from.
fn case_title(case: &Case) -> AnyView {
    if case.name.trim().is_empty() {
        with_data(
            msg!("desk-case-from"),
            vec![("number", case.peer.target.clone())],
        )
        .into_any()
    } else {
        data(case.name.clone())
    }
}

/// "Call in", "Message out", … of a timeline row (tracked); a kind the desk does not know is
/// shown as VoIPBIN names it.
fn interaction(row: &PeerEvent) -> AnyView {
    let way = match row.direction.as_str() {
        "incoming" | "inbound" => "in",
        "outgoing" | "outbound" => "out",
        _ => "",
    };
    let id = match (row.publisher.as_str(), way) {
        ("call", "in") => msg!("desk-interaction-call-in"),
        ("call", "out") => msg!("desk-interaction-call-out"),
        ("call", _) => msg!("desk-interaction-call"),
        ("conversation_message", "in") => msg!("desk-interaction-message-in"),
        ("conversation_message", "out") => msg!("desk-interaction-message-out"),
        ("conversation_message", _) => msg!("desk-interaction-message"),
        ("conversation", "in") => msg!("desk-interaction-conversation-in"),
        ("conversation", "out") => msg!("desk-interaction-conversation-out"),
        ("conversation", _) => msg!("desk-interaction-conversation"),
        (other, _) => return data(other.to_string()),
    };
    tr(id).into_any()
}
