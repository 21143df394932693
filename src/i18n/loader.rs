//! Which language, and getting its catalogue: the agent's saved choice, the browser's languages,
//! the hashed catalogue files scripts/split-build lists in `<meta name="locales">`.

use super::catalogue::Catalogue;
use super::lang::Lang;
use std::rc::Rc;

const KEY: &str = "voipbin-desk.language";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The language the agent picked on this device, if any.
pub fn language_choice() -> Option<Lang> {
    Lang::from_tag(&storage()?.get_item(KEY).ok()??)
}

pub fn save_choice(lang: Lang) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(KEY, lang.tag());
    }
}

fn browser_languages() -> Vec<String> {
    web_sys::window()
        .map(|w| w.navigator().languages())
        .map(|list| list.iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default()
}

/// The agent's language: chosen, else the browser's, else English.
fn wanted() -> Lang {
    language_choice()
        .or_else(|| Lang::negotiate(&browser_languages()))
        .unwrap_or(Lang::En)
}

/// `<html lang dir>`: screen readers, hyphenation, fonts and the mirrored layout follow it.
pub fn apply_to_document(lang: Lang) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let _ = root.set_attribute("lang", lang.tag());
    let _ = root.set_attribute("dir", if lang.is_rtl() { "rtl" } else { "ltr" });
}

/// The address of `lang`'s catalogue, from the build's list.
fn catalogue_url(lang: Lang) -> Option<String> {
    let meta = web_sys::window()?
        .document()?
        .query_selector("meta[name=\"locales\"]")
        .ok()??;
    let list = meta.get_attribute("content")?;
    list.split_whitespace().find_map(|entry| {
        let (tag, url) = entry.split_once('=')?;
        (tag == lang.tag()).then(|| url.to_string())
    })
}

/// Fetches and reads `lang`'s catalogue; one that cannot be fetched or is not packed is an error.
/// The code is in the language chunk (below): a desk in English never fetches it.
async fn fetch_now(lang: Lang) -> Result<Catalogue, String> {
    let url = catalogue_url(lang).ok_or_else(|| format!("this build has no {}", lang.tag()))?;
    let response = gloo_net::http::Request::get(&url)
        .send()
        .await
        .map_err(|e| e.to_string())?;
    if !response.ok() {
        return Err(format!("{url}: HTTP {}", response.status()));
    }
    let source = response.text().await.map_err(|e| e.to_string())?;
    let mut catalogue = Catalogue::default();
    if !catalogue.add(source) {
        return Err(format!("{url}: not a catalogue"));
    }
    Ok(catalogue)
}

#[cfg(feature = "split")]
mod chunk {
    use super::{Catalogue, Lang};
    use futures::future::LocalBoxFuture;
    use wasm_split_helpers::{wasm_split, SplitLoaderError};

    pub async fn fetch(lang: Lang) -> Result<Catalogue, String> {
        match fetch_in_chunk(lang).await {
            Ok(fetching) => fetching.await,
            Err(_) => Err("the desk's language code could not be fetched".into()),
        }
    }

    #[wasm_split(language, fallible)]
    fn fetch_in_chunk(
        lang: Lang,
    ) -> Result<LocalBoxFuture<'static, Result<Catalogue, String>>, SplitLoaderError> {
        Ok(Box::pin(super::fetch_now(lang)))
    }
}

/// One module: the code is there from the start.
#[cfg(not(feature = "split"))]
mod chunk {
    pub(super) use super::fetch_now as fetch;
}

thread_local! {
    static LOADED: std::cell::RefCell<Vec<(Lang, Rc<Catalogue>)>> = Default::default();
}

/// Switches to `lang`, fetching its catalogue the first time. On failure the language in use
/// stays and the error says why.
pub async fn switch_to(lang: Lang) -> Result<(), String> {
    let catalogue = match lang {
        Lang::En => None,
        _ => Some(catalogue(lang).await?),
    };
    super::activate(lang, catalogue);
    Ok(())
}

/// `lang`'s catalogue, fetched the first time it is asked for.
async fn catalogue(lang: Lang) -> Result<Rc<Catalogue>, String> {
    let cached = LOADED.with_borrow(|l| l.iter().find(|(x, _)| *x == lang).map(|(_, c)| c.clone()));
    if let Some(c) = cached {
        return Ok(c);
    }
    let c = Rc::new(chunk::fetch(lang).await?);
    LOADED.with_borrow_mut(|l| l.push((lang, c.clone())));
    Ok(c)
}

/// Puts the agent's language in place before the desk is drawn; English if its catalogue
/// cannot be fetched (the console says why).
pub async fn start() {
    let lang = wanted();
    if let Err(why) = switch_to(lang).await {
        leptos::logging::warn!("language {}: {why}; English instead", lang.tag());
        let _ = switch_to(Lang::En).await;
    }
}

/// Lists a message the language in use lacks, for the tests (`window.__deskI18nMissing`), by
/// place: the download has no ids (tests/e2e/i18n.test.mjs names it from locales/en/).
pub fn report_missing(lang: Lang, id: super::Msg, english_has_it: bool) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsValue;
        let Some(window) = web_sys::window() else {
            return;
        };
        let key = JsValue::from_str("__deskI18nMissing");
        let list = js_sys::Reflect::get(&window, &key)
            .ok()
            .and_then(|v| wasm_bindgen::JsCast::dyn_into::<js_sys::Array>(v).ok())
            .unwrap_or_else(|| {
                let list = js_sys::Array::new();
                let _ = js_sys::Reflect::set(&window, &key, &list);
                list
            });
        let entry = format!(
            "{}:#{}{}",
            lang.tag(),
            id.place(),
            if english_has_it {
                ""
            } else {
                " (not even in English)"
            }
        );
        if !list.includes(&entry.as_str().into(), 0) {
            list.push(&entry.into());
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (lang, id, english_has_it);
}
