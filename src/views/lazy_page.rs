//! The pages an agent rarely opens (dashboard, settings, inspector, contacts). With the `split` feature each
//! is a wasm chunk of its own, fetched on the first visit: a loading state meanwhile, and if the
//! chunk cannot be fetched a message and "Try again" while the desk, its connection and the phone
//! keep running. The pages' stylesheet comes with the first of them (page_style.rs). Without the
//! feature the pages are rendered at once. `use_chunk` is the loading logic, for parts of a page
//! that are chunks of their own too (desk/transfer_chunk.rs).

use crate::i18n::tr;
use crate::msg;
use leptos::prelude::*;

/// A page that lives in a chunk of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    Dashboard,
    Settings,
    Inspector,
    Contacts,
}

impl Page {
    /// The message ids for "loading" and "could not be loaded".
    fn words(self) -> (crate::i18n::Msg, crate::i18n::Msg) {
        match self {
            Page::Dashboard => (
                msg!("shell-loading-dashboard"),
                msg!("shell-failed-dashboard"),
            ),
            Page::Settings => (
                msg!("shell-loading-settings"),
                msg!("shell-failed-settings"),
            ),
            Page::Inspector => (
                msg!("shell-loading-inspector"),
                msg!("shell-failed-inspector"),
            ),
            Page::Contacts => (
                msg!("shell-loading-contacts"),
                msg!("shell-failed-contacts"),
            ),
        }
    }
}

/// Where a lazily loaded chunk is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChunkState {
    Loading,
    Loaded,
    Failed,
}

/// Whether a chunk of one part is in: set by the first load that arrived, so a later view of the
/// part renders at once instead of showing its loading state.
#[cfg(feature = "split")]
pub struct ChunkFlag(std::sync::atomic::AtomicBool);

#[cfg(feature = "split")]
impl ChunkFlag {
    pub const fn new() -> Self {
        Self(std::sync::atomic::AtomicBool::new(false))
    }

    pub fn is_loaded(&self) -> bool {
        self.0.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Notes a load's outcome; returns whether it arrived.
    pub fn record(&self, arrived: bool) -> bool {
        if arrived {
            self.0.store(true, std::sync::atomic::Ordering::Relaxed);
        }
        arrived
    }
}

/// What [`use_chunk`] gives a view: the chunk's state, and a retry after a failure.
pub struct UseChunkReturn<R: Fn() + Copy> {
    pub state: ReadSignal<ChunkState>,
    pub retry: R,
}

/// Fetches a chunk unless `loaded` says it is in: `load` resolves to whether it arrived. The
/// view renders the chunk's part once `state` is `Loaded` (the split function then completes at
/// its first poll, under the view's reactive owner), and offers `retry` when it is `Failed`.
pub fn use_chunk<Load, Fut>(
    loaded: bool,
    load: Load,
) -> UseChunkReturn<impl Fn() + Copy + Send + Sync + 'static>
where
    Load: Fn() -> Fut + Copy + Send + Sync + 'static,
    Fut: std::future::Future<Output = bool> + 'static,
{
    let first = if loaded {
        ChunkState::Loaded
    } else {
        ChunkState::Loading
    };
    let (state, set_state) = signal(first);
    let retry = move || {
        set_state.set(ChunkState::Loading);
        leptos::task::spawn_local(async move {
            let arrived = if load().await {
                ChunkState::Loaded
            } else {
                ChunkState::Failed
            };
            // The view may be gone meanwhile.
            let _ = set_state.try_set(arrived);
        });
    };
    if first == ChunkState::Loading {
        retry();
    }
    UseChunkReturn { state, retry }
}

#[component]
pub fn LazyPage(page: Page) -> impl IntoView {
    let UseChunkReturn { state, retry } =
        use_chunk(chunks::is_loaded(page), move || chunks::load(page));
    move || match state.get() {
        ChunkState::Loading => view! {
            <main id="main" class="page-loading" data-testid="page-loading" aria-busy="true">
                <p class="empty">{tr(page.words().0)}</p>
            </main>
        }
        .into_any(),
        ChunkState::Loaded => chunks::render(page).unwrap_or_else(|| failed(page, retry)),
        ChunkState::Failed => failed(page, retry),
    }
}

fn failed(page: Page, retry: impl Fn() + Copy + Send + Sync + 'static) -> AnyView {
    view! {
        <main id="main" class="page-failed" data-testid="page-load-failed">
            <div class="card notice-card" role="alert">
                <h1>{tr(page.words().1)}</h1>
                <p>{tr!("shell-failed-detail")}</p>
                <button data-testid="page-retry" on:click=move |_| retry()>{tr!("shell-try-again")}</button>
            </div>
        </main>
    }
    .into_any()
}

/// The split points: each function's body, and all it alone reaches, goes into the chunk named
/// in its attribute (scripts/split-build runs the splitter), with the part of English its pages
/// use (`english_part!`). `fallible`: a chunk that cannot be
/// fetched is an `Err`, not a panic, and a later call fetches it again.
#[cfg(feature = "split")]
mod chunks {
    use super::Page;
    use crate::views::contacts::Contacts;
    use crate::views::page_style::load_page_style;
    use crate::views::{dashboard::Dashboard, inspector::Inspector, settings::Settings};
    use futures::FutureExt;
    use leptos::prelude::*;
    use std::sync::atomic::{AtomicU8, Ordering};
    use wasm_split_helpers::{wasm_split, SplitLoaderError};

    /// One bit per page whose chunk is in, so a second visit renders without a loading flash.
    static LOADED: AtomicU8 = AtomicU8::new(0);

    fn bit(page: Page) -> u8 {
        1 << page as u8
    }

    pub fn is_loaded(page: Page) -> bool {
        LOADED.load(Ordering::Relaxed) & bit(page) != 0
    }

    /// The page's chunk and the pages' stylesheet, fetched side by side.
    pub async fn load(page: Page) -> bool {
        let chunk = async {
            match page {
                Page::Dashboard => preload_dashboard().await,
                Page::Settings => preload_settings().await,
                Page::Inspector => preload_inspector().await,
                Page::Contacts => preload_contacts().await,
            }
            .is_ok()
        };
        let (chunk, style) = futures::join!(chunk, load_page_style());
        let loaded = chunk && style;
        if loaded {
            LOADED.fetch_or(bit(page), Ordering::Relaxed);
        }
        loaded
    }

    /// The page, once its chunk is in: the call then completes at its first poll, so the view
    /// is built here, under the current reactive owner. `None` if the chunk is not in.
    pub fn render(page: Page) -> Option<AnyView> {
        match page {
            Page::Dashboard => dashboard_page().now_or_never(),
            Page::Settings => settings_page().now_or_never(),
            Page::Inspector => inspector_page().now_or_never(),
            Page::Contacts => contacts_page().now_or_never(),
        }?
        .ok()
    }

    #[wasm_split(dashboard, fallible, preload(preload_dashboard))]
    fn dashboard_page() -> Result<AnyView, SplitLoaderError> {
        crate::i18n::english_part!("dashboard");
        crate::i18n::english_part!("problems");
        Ok(view! { <Dashboard/> }.into_any())
    }

    #[wasm_split(settings, fallible, preload(preload_settings))]
    fn settings_page() -> Result<AnyView, SplitLoaderError> {
        crate::i18n::english_part!("pages");
        Ok(view! { <Settings/> }.into_any())
    }

    #[wasm_split(inspector, fallible, preload(preload_inspector))]
    fn inspector_page() -> Result<AnyView, SplitLoaderError> {
        crate::i18n::english_part!("pages");
        Ok(view! { <Inspector/> }.into_any())
    }

    #[wasm_split(contacts, fallible, preload(preload_contacts))]
    fn contacts_page() -> Result<AnyView, SplitLoaderError> {
        crate::i18n::english_part!("work");
        Ok(view! { <Contacts/> }.into_any())
    }
}

/// One module: every page is there from the start.
#[cfg(not(feature = "split"))]
mod chunks {
    use super::Page;
    use crate::views::contacts::Contacts;
    use crate::views::{dashboard::Dashboard, inspector::Inspector, settings::Settings};
    use leptos::prelude::*;

    pub fn is_loaded(_: Page) -> bool {
        true
    }

    pub async fn load(_: Page) -> bool {
        true
    }

    pub fn render(page: Page) -> Option<AnyView> {
        Some(match page {
            Page::Dashboard => view! { <Dashboard/> }.into_any(),
            Page::Settings => view! { <Settings/> }.into_any(),
            Page::Inspector => view! { <Inspector/> }.into_any(),
            Page::Contacts => view! { <Contacts/> }.into_any(),
        })
    }
}
