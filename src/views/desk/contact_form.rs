//! Editing a contact in place (the screen-pop, the contacts page) and picking one to link a
//! number to. Names and notes are bound as text, never HTML.

use crate::api::crm::{self, ContactFields};
use crate::app::Auth;
use crate::caller::search;
use crate::i18n::tr;
use crate::session::Session;
use crate::t;
use leptos::prelude::*;
use voipbin_protocol::crm::Contact;

/// Pages of the contact list read for a search (100 each).
const SEARCH_PAGES: usize = 20;
/// Matches listed at once.
const MATCHES_SHOWN: usize = 8;

#[component]
pub fn ContactForm(
    fields: ContactFields,
    /// The number the new contact gets (shown, not editable), for a contact made from a call.
    number: Option<String>,
    on_save: Callback<ContactFields>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    let first = RwSignal::new(fields.first_name.clone());
    let last = RwSignal::new(fields.last_name.clone());
    let company = RwSignal::new(fields.company.clone());
    let job = RwSignal::new(fields.job_title.clone());
    let notes = RwSignal::new(fields.notes.clone());
    let display = fields.display_name.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        on_save.run(ContactFields {
            first_name: first.get_untracked().trim().to_owned(),
            last_name: last.get_untracked().trim().to_owned(),
            display_name: display.clone(),
            company: company.get_untracked().trim().to_owned(),
            job_title: job.get_untracked().trim().to_owned(),
            notes: notes.get_untracked(),
        });
    };
    view! {
        <form class="contact-form" data-testid="contact-form" on:submit=submit>
            {number.map(|n| view! { <p class="mono" translate="no">{n}</p> })}
            <div class="form-row">
                <label>{tr!("work-contact-first-name")} <input name="first_name" bind:value=first autocomplete="off"/></label>
                <label>{tr!("work-contact-last-name")} <input name="last_name" bind:value=last autocomplete="off"/></label>
            </div>
            <div class="form-row">
                <label>{tr!("work-contact-company")} <input name="company" bind:value=company autocomplete="off"/></label>
                <label>{tr!("work-contact-job-title")} <input name="job_title" bind:value=job autocomplete="off"/></label>
            </div>
            <label>{tr!("work-contact-notes")} <textarea name="notes" rows="2" bind:value=notes></textarea></label>
            <div class="form-actions">
                <button type="submit" class="primary" data-testid="contact-save">{tr!("work-save")}</button>
                <button type="button" class="ghost" on:click=move |_| on_cancel.run(())>{tr!("work-cancel")}</button>
            </div>
        </form>
    }
}

/// The contact list as read (`None` while reading; the error in words).
pub type ContactList = RwSignal<Option<Result<Vec<Contact>, String>>>;

/// What [`use_contact_list`] gives a view: the list, and a way to read it again.
pub struct UseContactListReturn<R: Fn() + Copy> {
    pub list: ContactList,
    pub reload: R,
}

/// The agent's contacts, read once per open and filtered on the device.
pub fn use_contact_list() -> UseContactListReturn<impl Fn() + Copy> {
    let Auth(auth) = expect_context::<Auth>();
    let list: ContactList = RwSignal::new(None);
    let reload = move || {
        let Some(api) = auth.with_untracked(|s| s.as_ref().map(Session::api)) else {
            return;
        };
        list.set(None);
        leptos::task::spawn_local(async move {
            let read = crm::all_contacts(&api, SEARCH_PAGES)
                .await
                .map_err(|e| e.to_string());
            let _ = list.try_set(Some(read));
        });
    };
    reload();
    UseContactListReturn { list, reload }
}

#[component]
pub fn LinkContact(on_pick: Callback<String>, on_cancel: Callback<()>) -> impl IntoView {
    let UseContactListReturn { list, .. } = use_contact_list();
    let query = RwSignal::new(String::new());
    let matches = move || {
        let query = query.get();
        list.with(|l| match l {
            Some(Ok(all)) => Ok(search::filter(all, &query, MATCHES_SHOWN)
                .into_iter()
                .cloned()
                .collect::<Vec<_>>()),
            Some(Err(e)) => Err(e.clone()),
            None => Ok(Vec::new()),
        })
    };
    view! {
        <div class="link-contact">
            <input type="search" placeholder=tr!("work-contacts-search") aria-label=tr!("work-contacts-search")
                bind:value=query autofocus=true/>
            {move || match matches() {
                Err(e) => view! { <p class="error" role="alert">{move || t!("work-contacts-unreadable", reason = e.as_str())}</p> }.into_any(),
                Ok(found) if found.is_empty() && list.with(Option::is_none) => view! { <p class="hint">{tr!("work-contacts-reading")}</p> }.into_any(),
                Ok(found) if found.is_empty() => view! { <p class="hint">{tr!("work-contacts-no-match")}</p> }.into_any(),
                Ok(found) => view! {
                    <ul class="pick-list">
                        {found.into_iter().map(|c| {
                            let id = c.id.clone();
                            let number = c.primary_address().map(|a| a.target.clone()).unwrap_or_default();
                            view! { <li><button class="ghost" data-testid="link-contact-pick"
                                on:click=move |_| on_pick.run(id.clone())>
                                <span translate="no">{c.name()}</span> " " <small class="mono" translate="no">{number}</small>
                            </button></li> }
                        }).collect_view()}
                    </ul>
                }.into_any(),
            }}
            <button type="button" class="ghost" on:click=move |_| on_cancel.run(())>{tr!("work-cancel")}</button>
        </div>
    }
}
