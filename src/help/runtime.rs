//! Help requests in the browser: finds (or makes) and joins the Help channel, posts requests,
//! takes them, and says when a call ended. What it posts comes back over the socket into the
//! talk store like any team message; every view derives its requests from there (`derive`), so
//! the agent, every dashboard and any talk client agree.

use super::message::{compose_ended, compose_request, compose_taken, HelpContext};
use super::requests::{derive, HelpRequest, TalkLine};
use crate::api::talk;
use crate::api::{Api, ApiError};
use crate::session::Session;
use crate::state::DeskState;
use crate::store::{Changes, Store};
use crate::views::desk::storage;
use crate::views::team::problem::{Action, Problem};
use leptos::prelude::*;
use std::collections::{HashMap, HashSet};
use voipbin_protocol::talk::{Chat, ChatMessage, ChatType};

#[derive(Clone, Copy)]
pub struct Help {
    desk: DeskState,
    auth: RwSignal<Option<Session>>,
    /// The Help channel's chat id, once found (or made) and joined.
    pub channel: RwSignal<Option<String>>,
    /// The agent's own requests: the desk's call id -> request message id.
    pub mine: RwSignal<HashMap<String, String>>,
    /// A request being posted.
    pub sending: RwSignal<bool>,
    /// What the last action could not do (shown as `{problem}`, in the language in use).
    pub problem: RwSignal<Option<Problem>>,
    /// Requests whose call's end was already posted (once each).
    ended_posted: StoredValue<HashSet<String>>,
}

/// The agent's own requests as the browser keeps them: a reload mid-call still says "ended"
/// when the call ends, and never twice.
#[derive(Default, serde::Serialize, serde::Deserialize)]
struct Kept {
    mine: HashMap<String, String>,
    ended: HashSet<String>,
}

/// Requests kept at most; past it, those already ended go first.
const KEPT_REQUESTS: usize = 100;

fn kept_key(auth: RwSignal<Option<Session>>) -> Option<String> {
    auth.with_untracked(|s| {
        s.as_ref()
            .map(|s| storage::agent_key("help-requests", &s.me.id))
    })
}

fn talk_changed() -> Changes {
    Changes {
        talk: true,
        ..Default::default()
    }
}

impl Help {
    pub fn new(auth: RwSignal<Option<Session>>, desk: DeskState) -> Help {
        let kept: Kept = kept_key(auth)
            .and_then(|key| storage::load(&key))
            .unwrap_or_default();
        Help {
            desk,
            auth,
            channel: RwSignal::new(None),
            mine: RwSignal::new(kept.mine),
            sending: RwSignal::new(false),
            problem: RwSignal::new(None),
            ended_posted: StoredValue::new(kept.ended),
        }
    }

    fn save(&self) {
        let Some(key) = kept_key(self.auth) else {
            return;
        };
        let mut kept = Kept {
            mine: self.mine.get_untracked(),
            ended: self.ended_posted.get_value(),
        };
        if kept.mine.len() > KEPT_REQUESTS {
            let ended = kept.ended.clone();
            kept.mine.retain(|_, request| !ended.contains(request));
            kept.ended.clear();
        }
        storage::save(&key, &kept);
    }

    fn api(&self) -> Option<Api> {
        self.auth.with_untracked(|s| s.as_ref().map(Session::api))
    }

    /// Joins the Help channel and reads its newest messages (the dashboard, on open: talk
    /// events reach participants only).
    pub fn open(&self) {
        let (this, Some(api)) = (*self, self.api()) else {
            return;
        };
        leptos::task::spawn_local(async move {
            if let Err(e) = this.channel_id(&api).await {
                this.problem
                    .set(Some(Problem::Failed(Action::OpenHelpChannel, e)));
            }
        });
    }

    /// The Help channel's id: the public channel named Help, made if there is none, joined, its
    /// newest page read into the store.
    async fn channel_id(&self, api: &Api) -> Result<String, ApiError> {
        if let Some(id) = self.channel.get_untracked() {
            return Ok(id);
        }
        let chat = match oldest_help_channel(api).await? {
            Some(chat) => chat,
            None => {
                let made = talk::create_chat(api, ChatType::Talk, super::CHANNEL_NAME, &[]).await?;
                // Two desks may have made one at once: everyone settles on the oldest.
                oldest_help_channel(api).await?.unwrap_or(made)
            }
        };
        let joined = self.desk.peek(|s| s.talk.chats.contains_key(&chat.id));
        if !joined {
            // Already a participant (another tab joined) answers an error; the read below says
            // whether the channel is readable.
            let _ = talk::join(api, &chat.id).await;
        }
        let page = talk::messages_page(api, &chat.id, "").await?;
        let id = chat.id.clone();
        self.desk.update(|s| {
            s.talk.upsert_chat(chat);
            s.talk.merge_newest_page(&id, page.items, page.next);
            talk_changed()
        });
        self.channel.set(Some(id.clone()));
        Ok(id)
    }

    /// Posts the agent's request for help on a call (`desk_call_id`: the call as the desk
    /// holds it, which may be the agent's leg; the message names the caller's call).
    pub fn ask(&self, ctx: HelpContext, desk_call_id: String) {
        let (this, Some(api)) = (*self, self.api()) else {
            return;
        };
        if self.sending.get_untracked() {
            return;
        }
        self.sending.set(true);
        self.problem.set(None);
        let origin = web_sys::window()
            .and_then(|w| w.location().origin().ok())
            .unwrap_or_default();
        leptos::task::spawn_local(async move {
            let posted = match this.channel_id(&api).await {
                Ok(chat_id) => {
                    // The agent's words, in the agent's language.
                    let text = compose_request(&ctx, &origin);
                    talk::send_message(&api, &chat_id, "", &text, &[]).await
                }
                Err(e) => Err(e),
            };
            this.sending.set(false);
            match posted {
                Ok(message) => {
                    this.mine.update(|m| {
                        m.insert(desk_call_id, message.id.clone());
                    });
                    this.save();
                    this.keep(message);
                }
                Err(e) => this
                    .problem
                    .set(Some(Problem::Failed(Action::AskForHelp, e))),
            }
        });
    }

    /// A supervisor takes a request: "on it" in its thread.
    pub fn take(&self, request_id: &str, supervisor_name: &str) {
        self.reply(
            request_id,
            compose_taken(supervisor_name),
            Action::TakeRequest,
        );
    }

    /// The agent's call ended: said once in the request's thread, whether taken or not, so
    /// every reader sees it over.
    pub fn call_ended(&self, call_id: &str) {
        let Some(request_id) = self.mine.with_untracked(|m| m.get(call_id).cloned()) else {
            return;
        };
        let first = self
            .ended_posted
            .try_update_value(|s| s.insert(request_id.clone()))
            .unwrap_or(false);
        if first {
            self.save();
            self.reply(&request_id, compose_ended(), Action::SayCallEnded);
        }
    }

    fn reply(&self, request_id: &str, text: String, action: Action) {
        let (this, Some(api)) = (*self, self.api()) else {
            return;
        };
        let request_id = request_id.to_string();
        leptos::task::spawn_local(async move {
            let sent = match this.channel_id(&api).await {
                Ok(chat_id) => talk::send_message(&api, &chat_id, &request_id, &text, &[]).await,
                Err(e) => Err(e),
            };
            match sent {
                Ok(message) => this.keep(message),
                Err(e) => this.problem.set(Some(Problem::Failed(action, e))),
            }
        });
    }

    /// The server's answer goes into the store at once (the event that follows changes nothing).
    fn keep(&self, message: ChatMessage) {
        self.desk.update(|s| {
            s.talk.upsert_message(message);
            talk_changed()
        });
    }

    /// Every request in the Help channel, oldest first (tracks the talk store). `call_over`
    /// reads the same store: whether the reader knows that call is over.
    pub fn requests(&self, call_over: impl Fn(&Store, &HelpRequest) -> bool) -> Vec<HelpRequest> {
        let Some(chat_id) = self.channel.get() else {
            return Vec::new();
        };
        self.desk.read(self.desk.talk, |s| {
            let Some(log) = s.talk.log(&chat_id) else {
                return Vec::new();
            };
            derive(log.all().map(line_of), |request| call_over(s, request))
        })
    }
}

async fn oldest_help_channel(api: &Api) -> Result<Option<Chat>, ApiError> {
    Ok(talk::channels(api)
        .await?
        .into_iter()
        .filter(|c| !c.is_deleted() && super::is_help_channel(&c.name))
        .min_by(|a, b| (&a.tm_create, &a.id).cmp(&(&b.tm_create, &b.id))))
}

fn line_of(m: &ChatMessage) -> TalkLine<'_> {
    TalkLine {
        id: &m.id,
        owner_id: &m.owner_id,
        parent_id: &m.parent_id,
        text: &m.text,
        tm_create: &m.tm_create,
        deleted: m.is_deleted(),
    }
}
