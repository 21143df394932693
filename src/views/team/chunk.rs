//! The Team panel's views as a wasm chunk (with the `split` feature), fetched with the pages'
//! stylesheet when the panel is first opened; loading and failure as on the lazy pages
//! (`views/lazy_page.rs`).

use crate::i18n::tr;
use crate::views::lazy_page::{use_chunk, ChunkState, UseChunkReturn};
use leptos::prelude::*;

#[component]
pub fn LazyTeamPanel(on_close: Callback<()>) -> impl IntoView {
    let UseChunkReturn { state, retry } = use_chunk(chunk::is_loaded(), chunk::load);
    move || {
        match state.get() {
        ChunkState::Loading => view! {
            <aside class="team-drawer" aria-busy="true">
                <p class="progress" role="status" data-testid="team-loading">{tr!("team-opening")}</p>
            </aside>
        }
        .into_any(),
        ChunkState::Loaded => chunk::render(on_close).unwrap_or_else(|| failed(retry)),
        ChunkState::Failed => failed(retry),
    }
    }
}

fn failed(retry: impl Fn() + Copy + Send + Sync + 'static) -> AnyView {
    view! {
        <aside class="team-drawer">
            <p class="error" role="alert" data-testid="team-load-failed">
                {tr!("team-load-failed-text")} " "
                <button data-testid="team-retry" on:click=move |_| retry()>{tr!("team-retry-load")}</button>
            </p>
        </aside>
    }
    .into_any()
}

#[cfg(feature = "split")]
mod chunk {
    use super::super::panel::TeamPanel;
    use crate::views::lazy_page::ChunkFlag;
    use crate::views::page_style::load_page_style;
    use futures::FutureExt;
    use leptos::prelude::*;
    use wasm_split_helpers::{wasm_split, SplitLoaderError};

    static LOADED: ChunkFlag = ChunkFlag::new();

    pub fn is_loaded() -> bool {
        LOADED.is_loaded()
    }

    pub async fn load() -> bool {
        let (chunk, style) = futures::join!(preload_team(), load_page_style());
        LOADED.record(chunk.is_ok() && style)
    }

    /// The panel once the chunk is in (`None` if it is not).
    pub fn render(on_close: Callback<()>) -> Option<AnyView> {
        team_panel(on_close).now_or_never()?.ok()
    }

    #[wasm_split(team, fallible, preload(preload_team))]
    fn team_panel(on_close: Callback<()>) -> Result<AnyView, SplitLoaderError> {
        crate::i18n::english_part!("team");
        crate::i18n::english_part!("problems");
        Ok(view! { <TeamPanel on_close/> }.into_any())
    }
}

/// One module: the panel is there from the start.
#[cfg(not(feature = "split"))]
mod chunk {
    use super::super::panel::TeamPanel;
    use leptos::prelude::*;

    pub fn is_loaded() -> bool {
        true
    }

    pub async fn load() -> bool {
        true
    }

    pub fn render(on_close: Callback<()>) -> Option<AnyView> {
        Some(view! { <TeamPanel on_close/> }.into_any())
    }
}
