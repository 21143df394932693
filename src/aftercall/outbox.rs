//! Sends the notes: every request a note asks for, its result fed back, until settled.

use super::note::{self, Outcome, Request};
use super::runtime::now_ms;
use super::AfterCall;
use crate::api::{crm, Api};
use leptos::prelude::*;

/// Starts every request the notes need now; their in-flight marks are stored first, so a
/// reload in the middle knows the outcome is unknown.
pub(super) fn pump(after: AfterCall) {
    let Some(api) = after.context.get_value().and_then(|c| c.api()) else {
        return;
    };
    let online = after.online.get_untracked();
    let now = now_ms();
    let mut requests = Vec::new();
    after.notes.maybe_update(|notes| {
        for note in notes.iter_mut() {
            if let Some(request) = note.next_request(now, online) {
                requests.push((note.call_key.clone(), request));
            }
        }
        !requests.is_empty()
    });
    if requests.is_empty() {
        return;
    }
    after.persist();
    let my_id = after.agent_id.get_value();
    for (call_key, request) in requests {
        let (api, my_id) = (api.clone(), my_id.clone());
        leptos::task::spawn_local(async move {
            let result = execute(&api, &my_id, &call_key, after, request).await;
            let now = now_ms();
            after.with_note(&call_key, |note| match result {
                Done::Sent(outcome) => note.send_result(outcome, now),
                Done::Checked(found) => note.check_result(found, now),
                Done::Closed(outcome) => note.close_result(outcome, now),
            });
            after.persist();
            pump(after);
        });
    }
}

enum Done {
    Sent(Outcome),
    Checked(Option<bool>),
    Closed(Outcome),
}

async fn execute(
    api: &Api,
    my_id: &str,
    call_key: &str,
    after: AfterCall,
    request: Request,
) -> Done {
    match request {
        Request::AddCaseNote { case_id, text } => {
            Done::Sent(Outcome::of(&crm::add_case_note(api, &case_id, &text).await))
        }
        Request::CheckCaseNotes { case_id } => {
            let draft = after
                .notes
                .with_untracked(|n| n.iter().find(|n| n.call_key == call_key).cloned());
            let found = crm::case_notes(api, &case_id).await.ok().map(|notes| {
                draft
                    .is_some_and(|draft| notes.iter().any(|n| note::is_this_note(n, &draft, my_id)))
            });
            Done::Checked(found)
        }
        Request::AppendContactNote { contact_id, line } => {
            Done::Sent(append_to_contact(api, &contact_id, &line).await)
        }
        Request::CloseCase { case_id } => {
            Done::Closed(Outcome::of(&crm::close_case(api, &case_id).await))
        }
    }
}

/// The contact's notes are rewritten whole: read them, add the line unless it is there.
async fn append_to_contact(api: &Api, contact_id: &str, line: &str) -> Outcome {
    let contact = match crm::contact(api, contact_id).await {
        Ok(contact) => contact,
        Err(e) => return Outcome::of::<()>(&Err(e)),
    };
    let Some(notes) = note::append_line(&contact.notes, line) else {
        return Outcome::Ok;
    };
    let fields = crm::ContactFields {
        notes,
        ..crm::ContactFields::of(&contact)
    };
    Outcome::of(&crm::update_contact(api, contact_id, &fields).await)
}
