//! Who is calling, on the ring and not on the answer: the caller's contact looked up by number,
//! their open cases and latest interactions, and the case VoIPBIN opened for the call with its
//! notes. None of it reaches the event socket (shared/PROTOCOL.md), so it is read over REST.
//! A room like the phone: `card` is pure and tested natively; this part owns the signals and
//! the reads, and views (views/desk/screen_pop.rs, call_case.rs) read [`Callers`] and call its
//! actions.

mod card;
pub mod search;

pub use card::{caller_number, CallerCard, CaseLookup, Lookup};

use crate::aftercall::AfterCall;
use crate::api::crm::{self, ContactFields};
use crate::api::{Api, ApiError};
use crate::i18n::Msg;
use crate::msg;
use crate::phone::{Direction, Phone};
use crate::session::Session;
use crate::state::DeskState;
use leptos::prelude::*;
use voipbin_protocol::crm::{Contact, Tag};

/// Cards kept: the calls on the phone, and the last few ended ones (wrap-up reads them).
const CARDS_KEPT: usize = 6;

#[derive(Clone, Copy)]
pub struct Callers {
    /// Keyed by the SIP call id (`PhoneCall::id`), oldest first.
    cards: RwSignal<Vec<(String, CallerCard)>>,
    pub tags: RwSignal<Vec<Tag>>,
    auth: RwSignal<Option<Session>>,
    after: Option<AfterCall>,
}

impl Callers {
    /// Starts watching the phone: every new call gets its card and its lookups at once.
    pub fn start(auth: RwSignal<Option<Session>>, phone: Phone, desk: DeskState) -> Callers {
        let callers = Callers {
            cards: RwSignal::new(Vec::new()),
            tags: RwSignal::new(Vec::new()),
            auth,
            after: use_context::<AfterCall>(),
        };
        Effect::new(move |_| {
            let calls = phone.model.with(|m| m.calls.clone());
            desk.calls.track();
            for call in calls {
                let known = callers
                    .cards
                    .with_untracked(|cards| cards.iter().any(|(k, _)| *k == call.id));
                let leg = call.voipbin_call_id.clone();
                if !known {
                    let source = leg.as_ref().and_then(|leg| {
                        desk.peek(|s| s.calls.get(leg).map(|c| c.source.target.clone()))
                    });
                    let incoming = call.direction == Direction::Incoming;
                    let number = caller_number(&call.party.user, source.as_deref());
                    callers.insert(&call.id, CallerCard::new(number, incoming, leg.clone()));
                    callers.look_up(&call.id);
                } else if leg.is_some() {
                    // The leg's events came after the INVITE: the case is found through it.
                    let late = callers.cards.with_untracked(|cards| {
                        cards
                            .iter()
                            .any(|(k, c)| *k == call.id && c.leg_id.is_none())
                    });
                    if late {
                        callers.edit(&call.id, |c| c.leg_id = leg.clone());
                    }
                }
                callers.find_case_when_ready(&call.id, desk);
            }
        });
        callers
    }

    /// The card of a call (tracked).
    pub fn card(&self, key: &str) -> Option<CallerCard> {
        self.cards
            .with(|cards| cards.iter().find(|(k, _)| k == key).map(|(_, c)| c.clone()))
    }

    pub fn card_untracked(&self, key: &str) -> Option<CallerCard> {
        self.cards
            .with_untracked(|cards| cards.iter().find(|(k, _)| k == key).map(|(_, c)| c.clone()))
    }

    fn api(&self) -> Option<Api> {
        self.auth.with_untracked(|s| s.as_ref().map(Session::api))
    }

    fn my_id(&self) -> String {
        self.auth
            .with_untracked(|s| s.as_ref().map(|s| s.me.id.clone()).unwrap_or_default())
    }

    fn insert(&self, key: &str, card: CallerCard) {
        self.cards.update(|cards| {
            cards.push((key.to_owned(), card));
            let extra = cards.len().saturating_sub(CARDS_KEPT);
            cards.drain(..extra);
        });
    }

    /// Changes a card if it is still kept (an answer may land after it was dropped), and tells
    /// the after-call work where the call's note goes (its case, else its contact).
    fn edit(&self, key: &str, f: impl FnOnce(&mut CallerCard)) {
        let mut targets = None;
        let _ = self.cards.try_update(|cards| {
            if let Some((_, card)) = cards.iter_mut().find(|(k, _)| k == key) {
                let before = (card.case_id(), card.contact_id());
                f(card);
                let after = (card.case_id(), card.contact_id());
                targets = (after != before).then_some(after);
            }
        });
        if let (Some((case_id, contact_id)), Some(after)) = (targets, self.after) {
            after.set_call_targets(key, case_id, contact_id);
        }
    }

    fn look_up(&self, key: &str) {
        let (Some(api), Some(card)) = (self.api(), self.card_untracked(key)) else {
            return;
        };
        if card.number.is_empty() {
            return;
        }
        let (this, key) = (*self, key.to_owned());
        leptos::task::spawn_local(async move {
            let mut found = Ok(None);
            for form in card::lookup_forms(&card.number) {
                found = crm::lookup_by_phone(&api, &form).await;
                if !matches!(found, Ok(None)) {
                    break;
                }
            }
            match found {
                Ok(Some(contact)) => this.became_known(&key, contact),
                Ok(None) => this.edit(&key, |c| c.lookup = Lookup::Unknown),
                Err(e) => this.edit(&key, |c| c.lookup = Lookup::Error(e.to_string())),
            }
        });
    }

    /// The caller is this contact now: reads their open cases, history and the tag names.
    fn became_known(&self, key: &str, contact: Contact) {
        let Some(api) = self.api() else { return };
        let contact_id = contact.id.clone();
        let needs_tags = !contact.tag_ids.is_empty() && self.tags.with_untracked(Vec::is_empty);
        self.edit(key, |c| c.known(contact));
        let (this, key) = (*self, key.to_owned());
        leptos::task::spawn_local(async move {
            let (history, cases) = futures::join!(
                crm::interactions(&api, &contact_id, card::HISTORY_SHOWN),
                crm::open_cases_of(&api, &contact_id)
            );
            this.edit(&key, |c| {
                c.set_history(history.unwrap_or_default());
                c.open_cases = cases.unwrap_or_default();
            });
            if needs_tags {
                if let Ok(tags) = crm::tags(&api).await {
                    let _ = this.tags.try_set(tags);
                }
            }
        });
    }

    /// Once the agent's leg names the caller's call, finds the case the flow opened for it.
    /// The leg's `master_call_id` is the caller's call: call-manager dials each group call
    /// destination with the group call's master call (bin-call-manager/pkg/groupcallhandler/
    /// dial.go, `CallV1CallCreateWithID(…, gc.MasterCallID, …)`), and the case's `reference_id`
    /// is the activeflow's reference, that same call (bin-flow-manager/pkg/activeflowhandler/
    /// actionhandle.go, case_create).
    fn find_case_when_ready(&self, key: &str, desk: DeskState) {
        // Runs on every store change while a call is up: reads the card without cloning it.
        let waiting_leg = self.cards.with_untracked(|cards| {
            cards
                .iter()
                .find(|(k, _)| k == key)
                .filter(|(_, c)| c.case == CaseLookup::Waiting)
                .and_then(|(_, c)| c.leg_id.clone())
        });
        let Some(master) = waiting_leg
            .and_then(|leg| desk.peek(|s| s.calls.get(&leg).map(|c| c.master_call_id.clone())))
        else {
            return;
        };
        if master.is_empty() {
            return;
        }
        self.edit(key, |c| {
            c.caller_call_id = Some(master.clone());
            c.case = CaseLookup::Loading;
        });
        self.reload_case(key);
    }

    /// Reads the call's case (found by the caller's call) and its notes again.
    pub fn reload_case(&self, key: &str) {
        let (Some(api), Some(card)) = (self.api(), self.card_untracked(key)) else {
            return;
        };
        let Some(caller_call) = card.caller_call_id.clone() else {
            return;
        };
        let (this, key) = (*self, key.to_owned());
        leptos::task::spawn_local(async move {
            match crm::case_for_call(&api, &caller_call).await {
                Ok(Some(case)) => {
                    let notes = crm::case_notes(&api, &case.id).await.unwrap_or_default();
                    this.edit(&key, |c| {
                        c.case = CaseLookup::Found(Box::new(case));
                        c.notes = notes;
                    });
                }
                Ok(None) => this.edit(&key, |c| c.case = CaseLookup::NoCase),
                Err(e) => this.edit(&key, |c| c.case = CaseLookup::Error(e.to_string())),
            }
        });
    }

    /// Runs a REST action for a card; its failure (`failed`: the message id of the sentence) is
    /// shown on the card.
    fn act<Fut>(&self, key: &str, failed: Msg, action: impl FnOnce(Api) -> Fut + 'static)
    where
        Fut: std::future::Future<Output = Result<(), ApiError>> + 'static,
    {
        let Some(api) = self.api() else { return };
        let (this, key) = (*self, key.to_owned());
        self.edit(&key, |c| c.problem = None);
        leptos::task::spawn_local(async move {
            if let Err(e) = action(api).await {
                this.edit(&key, |c| c.problem = Some((failed, e)));
            }
        });
    }

    /// Creates a contact with the caller's number and makes it the caller (and the case's).
    pub fn create_contact(&self, key: &str, fields: ContactFields) {
        let Some(card) = self.card_untracked(key) else {
            return;
        };
        let this = *self;
        let key_owned = key.to_owned();
        self.act(
            key,
            msg!("desk-failed-create-contact"),
            move |api| async move {
                let number = (!card.number.is_empty()).then_some(card.number.as_str());
                let contact = crm::create_contact(&api, &fields, number).await?;
                this.attach_if_unattached(&api, &key_owned, &contact.id)
                    .await;
                this.became_known(&key_owned, contact);
                Ok(())
            },
        );
    }

    /// Saves the known caller's edited fields.
    pub fn save_contact(&self, key: &str, contact_id: String, fields: ContactFields) {
        let this = *self;
        let key_owned = key.to_owned();
        self.act(
            key,
            msg!("desk-failed-save-contact"),
            move |api| async move {
                let contact = crm::update_contact(&api, &contact_id, &fields).await?;
                this.edit(&key_owned, |c| c.lookup = Lookup::Known(Box::new(contact)));
                Ok(())
            },
        );
    }

    /// Gives the caller's number to an existing contact, which becomes the caller.
    pub fn link_contact(&self, key: &str, contact_id: String) {
        let Some(card) = self.card_untracked(key) else {
            return;
        };
        let this = *self;
        let key_owned = key.to_owned();
        self.act(
            key,
            msg!("desk-failed-link-number"),
            move |api| async move {
                crm::link_phone(&api, &contact_id, &card.number).await?;
                let contact = crm::contact(&api, &contact_id).await?;
                this.attach_if_unattached(&api, &key_owned, &contact.id)
                    .await;
                this.became_known(&key_owned, contact);
                Ok(())
            },
        );
    }

    /// A case opened before the caller was known has no contact: the agent's new one is it.
    async fn attach_if_unattached(&self, api: &Api, key: &str, contact: &str) {
        let Some(case) = self.card_untracked(key).and_then(|card| {
            card.case
                .case()
                .filter(|c| c.contact_id.is_empty())
                .cloned()
        }) else {
            return;
        };
        if let Ok(case) = crm::attach_contact(api, &case.id, contact).await {
            self.edit(key, |c| c.case = CaseLookup::Found(Box::new(case)));
        }
    }

    pub fn attach_contact(&self, key: &str) {
        let Some(card) = self.card_untracked(key) else {
            return;
        };
        let (Some(case_id), Some(contact_id)) = (card.case_id(), card.contact_id()) else {
            return;
        };
        self.case_action(
            key,
            msg!("desk-failed-attach-contact"),
            move |api| async move { crm::attach_contact(&api, &case_id, &contact_id).await },
        );
    }

    pub fn assign_to_me(&self, key: &str) {
        let Some(case_id) = self.card_untracked(key).and_then(|c| c.case_id()) else {
            return;
        };
        let me = self.my_id();
        self.case_action(
            key,
            msg!("desk-failed-assign-case"),
            move |api| async move { crm::assign_case(&api, &case_id, &me).await },
        );
    }

    pub fn close_case(&self, key: &str) {
        let Some(case_id) = self.card_untracked(key).and_then(|c| c.case_id()) else {
            return;
        };
        self.case_action(key, msg!("desk-failed-close-case"), move |api| async move {
            crm::close_case(&api, &case_id).await
        });
    }

    fn case_action<Fut>(&self, key: &str, failed: Msg, f: impl FnOnce(Api) -> Fut + 'static)
    where
        Fut: std::future::Future<Output = Result<voipbin_protocol::crm::Case, ApiError>> + 'static,
    {
        let this = *self;
        let key_owned = key.to_owned();
        self.act(key, failed, move |api| async move {
            let case = f(api).await?;
            this.edit(&key_owned, |c| c.case = CaseLookup::Found(Box::new(case)));
            Ok(())
        });
    }

    /// The name of the case of the call with one of `call_ids` (the agent's leg or the
    /// caller's call), when its card found one.
    pub fn case_name_of(&self, call_ids: &[String]) -> Option<String> {
        let has = |id: &Option<String>| id.as_ref().is_some_and(|id| call_ids.contains(id));
        self.cards.with_untracked(|cards| {
            cards
                .iter()
                .rev()
                .find(|(_, c)| has(&c.leg_id) || has(&c.caller_call_id))
                .and_then(|(_, c)| c.case.case().map(|case| case.name.trim().to_string()))
                .filter(|name| !name.is_empty())
        })
    }

    /// The tag names of ids (unknown ids, deleted tags left out).
    pub fn tag_names(&self, ids: &[String]) -> Vec<String> {
        self.tags.with(|tags| {
            ids.iter()
                .filter_map(|id| tags.iter().find(|t| &t.id == id && !t.is_deleted()))
                .map(|t| t.name.clone())
                .collect()
        })
    }
}
