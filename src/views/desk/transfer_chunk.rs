//! The transfer dialog is a lead's: VoIPBIN refuses transfers to plain agents, who are most of a
//! contact center's desks. With the `split` feature it is a wasm chunk of its own, fetched when a
//! lead first opens it, so a plain agent never downloads it; loading and failure as on the lazy
//! pages (`views/lazy_page.rs`).

use super::selectors::DeskCall;
use crate::i18n::tr;
use crate::views::lazy_page::{use_chunk, ChunkState, UseChunkReturn};
use leptos::prelude::*;

#[component]
pub fn LazyTransferDialog(call: Memo<Option<DeskCall>>, on_close: Callback<()>) -> impl IntoView {
    let UseChunkReturn { state, retry } = use_chunk(chunk::is_loaded(), chunk::load);
    move || match state.get() {
        ChunkState::Loading => view! {
            <p class="progress" role="status" data-testid="transfer-loading">
                {tr!("desk-transfer-opening")}
            </p>
        }
        .into_any(),
        ChunkState::Loaded => chunk::render(call, on_close).unwrap_or_else(|| failed(retry)),
        ChunkState::Failed => failed(retry),
    }
}

fn failed(retry: impl Fn() + Copy + Send + Sync + 'static) -> AnyView {
    view! {
        <p class="error" role="alert" data-testid="transfer-load-failed">
            {tr!("desk-transfer-load-failed")} " "
            <button data-testid="transfer-retry" on:click=move |_| retry()>{tr!("desk-try-again")}</button>
        </p>
    }
    .into_any()
}

#[cfg(feature = "split")]
mod chunk {
    use super::super::{selectors::DeskCall, transfer::TransferDialog};
    use crate::views::lazy_page::ChunkFlag;
    use futures::FutureExt;
    use leptos::prelude::*;
    use wasm_split_helpers::{wasm_split, SplitLoaderError};

    static LOADED: ChunkFlag = ChunkFlag::new();

    pub fn is_loaded() -> bool {
        LOADED.is_loaded()
    }

    pub async fn load() -> bool {
        LOADED.record(preload_transfer().await.is_ok())
    }

    /// The dialog once the chunk is in (`None` if it is not).
    pub fn render(call: Memo<Option<DeskCall>>, on_close: Callback<()>) -> Option<AnyView> {
        transfer_dialog(call, on_close).now_or_never()?.ok()
    }

    #[wasm_split(transfer, fallible, preload(preload_transfer))]
    fn transfer_dialog(
        call: Memo<Option<DeskCall>>,
        on_close: Callback<()>,
    ) -> Result<AnyView, SplitLoaderError> {
        crate::i18n::english_part!("work");
        Ok(view! { <TransferDialog call on_close=move || on_close.run(())/> }.into_any())
    }
}

/// One module: the dialog is there from the start.
#[cfg(not(feature = "split"))]
mod chunk {
    use super::super::{selectors::DeskCall, transfer::TransferDialog};
    use leptos::prelude::*;

    pub fn is_loaded() -> bool {
        true
    }

    pub async fn load() -> bool {
        true
    }

    pub fn render(call: Memo<Option<DeskCall>>, on_close: Callback<()>) -> Option<AnyView> {
        Some(view! { <TransferDialog call on_close=move || on_close.run(())/> }.into_any())
    }
}
