//! Uploading a team-talk attachment (`POST /v1.0/service_agents/files`, multipart `file` and
//! `type=talk`; bin-api-manager server/service_agents_files.go) with its progress: the browser's
//! fetch reports no upload progress, XMLHttpRequest does.

use super::client::error_from_status;
use super::crm::decode;
use super::{Api, ApiError};
use crate::views::team::problem::Problem;
use futures::channel::oneshot;
use voipbin_protocol::talk::{File, MAX_FILE_BYTES};
use wasm_bindgen::{closure::Closure, JsCast};
use web_sys::{FormData, ProgressEvent, XmlHttpRequest};

/// Why a file is not sent: checked before any byte goes out.
pub fn too_big(size: f64) -> Option<Problem> {
    (size > MAX_FILE_BYTES as f64).then(|| Problem::TooBig {
        size_mb: size / 1_048_576.0,
        max_mb: MAX_FILE_BYTES / 1_048_576,
    })
}

/// Sends `file`, calling `progress` with the fraction sent (0..=1) as it goes.
pub async fn upload(
    api: &Api,
    file: &web_sys::File,
    progress: impl Fn(f64) + 'static,
) -> Result<File, ApiError> {
    if let Some(why) = too_big(file.size()) {
        return Err(ApiError::Status {
            code: 413,
            message: why.text(),
        });
    }
    let network = |e: wasm_bindgen::JsValue| ApiError::Network(format!("{e:?}"));
    let form = FormData::new().map_err(network)?;
    form.append_with_blob_and_filename("file", file, &file.name())
        .map_err(network)?;
    form.append_with_str("type", "talk").map_err(network)?;
    let xhr = XmlHttpRequest::new().map_err(network)?;
    xhr.open("POST", &api.url("/v1.0/service_agents/files"))
        .map_err(network)?;

    let on_progress = Closure::<dyn Fn(ProgressEvent)>::new(move |e: ProgressEvent| {
        if e.length_computable() && e.total() > 0.0 {
            progress(e.loaded() / e.total());
        }
    });
    if let Ok(upload) = xhr.upload() {
        upload.set_onprogress(Some(on_progress.as_ref().unchecked_ref()));
    }
    let (done_tx, done_rx) = oneshot::channel::<()>();
    let done_tx = std::cell::Cell::new(Some(done_tx));
    let on_end = Closure::<dyn Fn()>::new(move || {
        if let Some(tx) = done_tx.take() {
            let _ = tx.send(());
        }
    });
    xhr.set_onloadend(Some(on_end.as_ref().unchecked_ref()));
    xhr.send_with_opt_form_data(Some(&form)).map_err(network)?;
    let _ = done_rx.await;
    // The closures live until the request ended.
    drop((on_progress, on_end));

    let status = xhr.status().unwrap_or(0);
    let text = xhr.response_text().ok().flatten().unwrap_or_default();
    match status {
        0 => Err(ApiError::Network(
            "the upload did not reach the server".into(),
        )),
        200..=299 => {
            decode(serde_json::from_str(&text).map_err(|e| ApiError::Decode(e.to_string()))?)
        }
        code => Err(error_from_status(code, &text)),
    }
}
