//! One routed page with a live counter: the framework's share of the desk's download.
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

#[component]
fn Live() -> impl IntoView {
    let frames = RwSignal::new(0u32);
    let last = RwSignal::new(String::new());
    #[cfg(feature = "websocket")]
    leptos::task::spawn_local(read_frames(frames, last));
    view! {
        <p>"frames: " {frames} " last: " {last}</p>
        <button on:click=move |_| frames.set(0)>"reset"</button>
    }
}

#[cfg(feature = "websocket")]
async fn read_frames(frames: RwSignal<u32>, last: RwSignal<String>) {
    use futures::StreamExt;
    use gloo_net::websocket::{futures::WebSocket, Message};
    let Ok(socket) = WebSocket::open("/v1.0/ws?token=floor") else {
        return;
    };
    let (_sink, mut stream) = socket.split();
    while let Some(Ok(Message::Text(text))) = stream.next().await {
        frames.update(|n| *n += 1);
        last.set(describe(text));
    }
}

#[cfg(all(feature = "websocket", not(feature = "decode")))]
fn describe(text: String) -> String {
    text
}

#[cfg(feature = "decode")]
fn describe(text: String) -> String {
    match voipbin_protocol::decode(&text) {
        Ok(voipbin_protocol::Frame::Event(event)) => {
            format!(
                "{} {}",
                event.event_type.as_str(),
                event.resource_id().unwrap_or_default()
            )
        }
        Ok(_) => "control frame".to_string(),
        Err(error) => error.to_string(),
    }
}

fn main() {
    leptos::mount::mount_to_body(|| {
        view! {
            <Router>
                <Routes fallback=|| "Nothing here.">
                    <Route path=path!("/") view=Live/>
                </Routes>
            </Router>
        }
    });
}
