//! The agent's contacts: search (VoIPBIN's list has no search: the desk pages through it and
//! filters on the device), open one, edit it in place, its timeline, click-to-call. A page of
//! its own, loaded on first visit (lazy_page.rs): most calls never need it.

use crate::api::crm::{self, ContactFields};
use crate::app::Auth;
use crate::caller::search;
use crate::i18n::tr;
use crate::session::Session;
use crate::t;
use crate::views::desk::contact_form::{use_contact_list, ContactForm, UseContactListReturn};
use crate::views::desk::short_when;
use crate::views::phone::CallButton;
use leptos::prelude::*;
use voipbin_protocol::crm::{Contact, PeerEvent};

/// Rows listed at once (the search narrows them).
const ROWS_SHOWN: usize = 200;
/// Timeline rows read for an open contact.
const TIMELINE_ROWS: usize = 20;

#[component]
pub fn Contacts() -> impl IntoView {
    let UseContactListReturn { list, reload } = use_contact_list();
    let query = RwSignal::new(String::new());
    let open = RwSignal::new(None::<Contact>);
    let rows = move || {
        let query = query.get();
        list.with(|l| match l {
            Some(Ok(all)) => Ok(search::filter(all, &query, ROWS_SHOWN)
                .into_iter()
                .cloned()
                .collect::<Vec<_>>()),
            Some(Err(e)) => Err(e.clone()),
            None => Ok(Vec::new()),
        })
    };
    let saved = Callback::new(move |contact: Contact| {
        list.update(|l| {
            if let Some(Ok(all)) = l {
                if let Some(row) = all.iter_mut().find(|c| c.id == contact.id) {
                    *row = contact.clone();
                }
            }
        });
        open.set(Some(contact));
    });

    view! {
        <main id="main" class="contacts-page" data-testid="contacts-page">
            <div class="pane-head">
                <h1>{tr!("work-contacts")}</h1>
                <input type="search" data-testid="contacts-search" placeholder=tr!("work-contacts-search-placeholder")
                    aria-label=tr!("work-contacts-search") bind:value=query/>
                <button class="ghost" on:click=move |_| reload()>{tr!("work-reload")}</button>
            </div>
            <div class="contacts-grid">
                <ul class="contact-rows" aria-label=tr!("work-contacts")>
                    {move || match rows() {
                        Err(e) => view! { <li class="error" role="alert">{move || t!("work-contacts-unreadable", reason = e.as_str())}</li> }.into_any(),
                        Ok(found) if found.is_empty() && list.with(Option::is_none) => view! { <li class="hint">{tr!("work-contacts-reading")}</li> }.into_any(),
                        Ok(found) if found.is_empty() => view! { <li class="hint">{tr!("work-contacts-no-match")}</li> }.into_any(),
                        Ok(found) => found.into_iter().map(|c| {
                            let number = c.primary_address().map(|a| a.target.clone()).unwrap_or_default();
                            let (name, company, id) = (c.name(), c.company.clone(), c.id.clone());
                            let selected = move || open.with(|o| o.as_ref().is_some_and(|o| o.id == id));
                            view! {
                                <li data-testid="contact-row" aria-current=move || selected().to_string()>
                                    <button class="ghost" translate="no" on:click=move |_| open.set(Some(c.clone()))>
                                        <strong>{name}</strong> " " <small>{company}</small>
                                        " " <small class="mono">{number}</small>
                                    </button>
                                </li>
                            }
                        }).collect_view().into_any(),
                    }}
                </ul>
                {move || open.get().map(|c| view! { <ContactDetail contact=c on_saved=saved/> })}
            </div>
        </main>
    }
}

#[component]
fn ContactDetail(contact: Contact, on_saved: Callback<Contact>) -> impl IntoView {
    let Auth(auth) = expect_context::<Auth>();
    let api = move || auth.with_untracked(|s| s.as_ref().map(Session::api));
    let editing = RwSignal::new(false);
    // The server's reason a save failed.
    let problem = RwSignal::new(None::<String>);
    let timeline = RwSignal::new(None::<Vec<PeerEvent>>);
    if let Some(api) = api() {
        let id = contact.id.clone();
        leptos::task::spawn_local(async move {
            let rows = crm::interactions(&api, &id, TIMELINE_ROWS)
                .await
                .unwrap_or_default();
            let _ = timeline.try_set(Some(rows));
        });
    }
    let id = contact.id.clone();
    let save = Callback::new(move |fields: ContactFields| {
        let (Some(api), id) = (api(), id.clone()) else {
            return;
        };
        leptos::task::spawn_local(async move {
            match crm::update_contact(&api, &id, &fields).await {
                Ok(contact) => {
                    editing.set(false);
                    on_saved.run(contact);
                }
                Err(e) => problem.set(Some(e.to_string())),
            }
        });
    });
    let cancel = Callback::new(move |()| editing.set(false));
    let fields = ContactFields::of(&contact);
    let addresses = contact.addresses.clone();
    view! {
        <section class="contact-detail card" aria-label=tr!("work-contact")>
            <div class="pop-who">
                <strong class="pop-name" translate="no">{contact.name()}</strong>
                <span class="pop-role" translate="no">{format!("{} {}", contact.job_title, contact.company)}</span>
                <button class="ghost small" on:click=move |_| editing.set(true)>{tr!("work-edit")}</button>
            </div>
            <ul class="contact-addresses">
                {addresses.into_iter().map(|a| {
                    let target = a.target.clone();
                    view! { <li><span class="mono" translate="no">{a.target.clone()}</span>
                        {a.is_primary.then(|| view! { " " {tr!("work-contact-primary")} })}
                        {(a.r#type == "tel").then(|| view! { " " <CallButton number=target.clone()/> })}
                    </li> }
                }).collect_view()}
            </ul>
            {(!contact.notes.trim().is_empty()).then(|| view! { <p class="pop-notes" translate="no">{contact.notes.clone()}</p> })}
            <Show when=move || editing.get()>
                <ContactForm fields=fields.clone() number=None on_save=save on_cancel=cancel/>
            </Show>
            <p class="error" role="alert">{move || problem.with(|p| p.as_ref().map(|why| t!("work-contact-not-saved", reason = why.as_str())))}</p>
            <h2>{tr!("work-timeline")}</h2>
            {move || match timeline.get() {
                None => view! { <p class="hint">{tr!("work-timeline-reading")}</p> }.into_any(),
                Some(rows) if rows.is_empty() => view! { <p class="hint">{tr!("work-timeline-empty")}</p> }.into_any(),
                Some(rows) => view! {
                    <ol class="timeline">{rows.into_iter().map(|r| view! {
                        <li><small>{short_when(&r.timestamp)}</small> " "
                            <span translate="no">{format!("{} {} {}", r.publisher, r.event_type, r.direction)}</span></li>
                    }).collect_view()}</ol>
                }.into_any(),
            }}
        </section>
    }
}
