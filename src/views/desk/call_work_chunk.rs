//! The parts of an agent's work on a customer that no agent needs at first paint: the selected
//! call with its controls and transcript, the contact editor and the linker (opened from the
//! screen-pop), the call's case with its actions, the wrap-up card and the note's progress after
//! it, "Ask for help" (in the call's panel), and the open message thread with its reply box. With
//! the `split` feature they are one wasm chunk, fetched when the first call rings or a caller
//! waits for the agent ([`prefetch`]), or else when one of them is first shown: the first load
//! carries the ring, the incoming call, the screen-pop and the list of threads. Loading and failure as on the lazy pages
//! (`views/lazy_page.rs`).

use crate::api::crm::ContactFields;
use crate::i18n::tr;
use crate::views::lazy_page::{use_chunk, ChunkState, UseChunkReturn};
use leptos::prelude::*;

/// Which part of the call's work to show. `done` closes an editor (saved or cancelled).
#[derive(Clone)]
pub enum CallWork {
    EditContact {
        call_key: String,
        contact_id: String,
        fields: ContactFields,
        done: Callback<()>,
    },
    CreateContact {
        call_key: String,
        number: String,
        done: Callback<()>,
    },
    LinkContact {
        call_key: String,
        done: Callback<()>,
    },
    CallPanel(String),
    CallCase(Signal<String>),
    WrapUpCard,
    NoteProgress,
    MessageThread {
        id: String,
        outbox: super::messages::Outbox,
    },
}

#[component]
pub fn LazyCallWork(work: CallWork) -> impl IntoView {
    let UseChunkReturn { state, retry } = use_chunk(chunk::is_loaded(), chunk::load);
    move || {
        match state.get() {
        ChunkState::Loading => view! {
            <p class="progress" role="status" data-testid="call-work-loading">{tr!("desk-loading")}</p>
        }
        .into_any(),
        ChunkState::Loaded => chunk::render(work.clone()).unwrap_or_else(|| failed(retry)),
        ChunkState::Failed => failed(retry),
    }
    }
}

/// Starts fetching the chunk (once) ahead of its first view: a ring or a waiting caller means a
/// call's work is a few seconds away.
pub fn prefetch() {
    if !chunk::is_loaded() && !PREFETCHING.swap(true, std::sync::atomic::Ordering::Relaxed) {
        leptos::task::spawn_local(async {
            if !chunk::load().await {
                // Failed: the view's own load (with its retry) tries again.
                PREFETCHING.store(false, std::sync::atomic::Ordering::Relaxed);
            }
        });
    }
}

static PREFETCHING: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

fn failed(retry: impl Fn() + Copy + Send + Sync + 'static) -> AnyView {
    view! {
        <p class="error" role="alert" data-testid="call-work-load-failed">
            {tr!("desk-part-load-failed")} " "
            <button data-testid="call-work-retry" on:click=move |_| retry()>{tr!("desk-try-again")}</button>
        </p>
    }
    .into_any()
}

/// The views behind [`CallWork`], with the actions they call (those go into the chunk too).
fn render_now(work: CallWork) -> AnyView {
    use super::contact_form::{ContactForm, LinkContact};
    use crate::caller::Callers;
    let callers = expect_context::<Callers>();
    match work {
        CallWork::EditContact {
            call_key,
            contact_id,
            fields,
            done,
        } => {
            let save = Callback::new(move |fields: ContactFields| {
                callers.save_contact(&call_key, contact_id.clone(), fields);
                done.run(());
            });
            view! { <ContactForm fields number=None on_save=save on_cancel=done/> }.into_any()
        }
        CallWork::CreateContact {
            call_key,
            number,
            done,
        } => {
            let create = Callback::new(move |fields: ContactFields| {
                callers.create_contact(&call_key, fields);
                done.run(());
            });
            view! {
                <ContactForm fields=ContactFields::default() number=Some(number)
                    on_save=create on_cancel=done/>
            }
            .into_any()
        }
        CallWork::LinkContact { call_key, done } => {
            let link = Callback::new(move |contact_id: String| {
                callers.link_contact(&call_key, contact_id);
                done.run(());
            });
            view! { <LinkContact on_pick=link on_cancel=done/> }.into_any()
        }
        CallWork::CallPanel(call_id) => {
            view! { <super::call_panel::CallPanel call_id/> }.into_any()
        }
        CallWork::CallCase(call_key) => view! { <super::call_case::CallCase call_key/> }.into_any(),
        CallWork::WrapUpCard => view! { <super::wrap_up::WrapUpCard/> }.into_any(),
        CallWork::NoteProgress => view! { <super::wrap_up::NoteProgress/> }.into_any(),
        CallWork::MessageThread { id, outbox } => {
            view! { <super::messages::ThreadView id outbox/> }.into_any()
        }
    }
}

#[cfg(feature = "split")]
mod chunk {
    use super::CallWork;
    use crate::views::lazy_page::ChunkFlag;
    use futures::FutureExt;
    use leptos::prelude::*;
    use wasm_split_helpers::{wasm_split, SplitLoaderError};

    static LOADED: ChunkFlag = ChunkFlag::new();

    pub fn is_loaded() -> bool {
        LOADED.is_loaded()
    }

    pub async fn load() -> bool {
        LOADED.record(preload_call_work().await.is_ok())
    }

    /// The part once the chunk is in (`None` if it is not).
    pub fn render(work: CallWork) -> Option<AnyView> {
        call_work(work).now_or_never()?.ok()
    }

    #[wasm_split(call_work, fallible, preload(preload_call_work))]
    fn call_work(work: CallWork) -> Result<AnyView, SplitLoaderError> {
        crate::i18n::english_part!("work");
        crate::i18n::english_part!("problems");
        Ok(super::render_now(work))
    }
}

/// One module: the parts are there from the start.
#[cfg(not(feature = "split"))]
mod chunk {
    use super::CallWork;
    use leptos::prelude::*;

    pub fn is_loaded() -> bool {
        true
    }

    pub async fn load() -> bool {
        true
    }

    pub fn render(work: CallWork) -> Option<AnyView> {
        Some(super::render_now(work))
    }
}
