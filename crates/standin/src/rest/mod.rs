//! REST routes (VoIPBIN paths) and their shared pieces.

mod access;
mod agent_surface;
mod agents;
mod calls;
mod crm;
mod customer;
mod extensions;
mod faults;
mod inject;
mod login;
mod media_stream;
mod messaging;
mod multipart;
mod paging;
mod queues;
mod records;
mod sim_admin;
mod sim_calls;
mod sim_phone;
mod speakings;
mod talk;
mod talk_chats;
mod talk_files;
mod talk_messages;

use axum::routing::{get, post, put};
use axum::Router;

pub use crate::json_body::JsonBody;
pub use paging::{PageQuery, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE};

use crate::error::ApiError;
use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/auth/login", post(login::login))
        // the agent's own surface
        .route("/v1.0/service_agents/me", get(agent_surface::me))
        .route(
            "/v1.0/service_agents/me/status",
            put(agent_surface::set_my_status),
        )
        .route("/v1.0/service_agents/calls", get(agent_surface::my_calls))
        .route("/v1.0/service_agents/agents", get(agent_surface::teammates))
        .route(
            "/v1.0/service_agents/conversations",
            get(agent_surface::my_conversations),
        )
        .route(
            "/v1.0/service_agents/conversations/{id}/messages",
            get(agent_surface::conversation_messages)
                .post(agent_surface::send_conversation_message),
        )
        .route(
            "/v1.0/service_agents/customer",
            get(agent_surface::customer),
        )
        .route(
            "/v1.0/service_agents/extensions",
            get(extensions::my_extensions),
        )
        .route(
            "/v1.0/service_agents/extensions/{id}",
            get(extensions::my_extension),
        )
        .route("/v1.0/extensions", get(extensions::list))
        .route("/v1.0/extensions/{id}", get(extensions::get))
        // calls
        .route("/v1.0/calls", get(calls::list))
        .route("/v1.0/calls/{id}", get(calls::get))
        .route("/v1.0/calls/{id}/hangup", post(calls::hangup))
        .route(
            "/v1.0/calls/{id}/mute",
            post(calls::mute).delete(calls::unmute),
        )
        .route(
            "/v1.0/calls/{id}/hold",
            post(calls::hold).delete(calls::unhold),
        )
        .route(
            "/v1.0/calls/{id}/recording_start",
            post(calls::recording_start),
        )
        .route(
            "/v1.0/calls/{id}/recording_stop",
            post(calls::recording_stop),
        )
        .route("/v1.0/calls/{id}/media_stream", get(media_stream::call))
        .route("/v1.0/transfers", post(calls::transfer))
        .route("/v1.0/groupcalls", get(calls::groupcalls))
        // queues and agents
        .route("/v1.0/queues", get(queues::queues))
        .route("/v1.0/queuecalls", get(queues::queuecalls))
        .route("/v1.0/queuecalls/{id}/kick", post(queues::kick))
        .route("/v1.0/agents", get(agents::list))
        .route("/v1.0/agents/{id}", get(agents::get))
        .route("/v1.0/agents/{id}/status", put(agents::set_status))
        .route("/v1.0/agents/{id}/permission", put(agents::set_permission))
        // messaging
        .route(
            "/v1.0/messages",
            get(messaging::messages).post(messaging::send_message),
        )
        .route("/v1.0/conversations", get(messaging::conversations))
        .route(
            "/v1.0/conversations/{id}/messages",
            get(messaging::conversation_messages).post(messaging::send_conversation_message),
        )
        // text to speech on calls
        .route(
            "/v1.0/speakings",
            get(speakings::list).post(speakings::create),
        )
        .route(
            "/v1.0/speakings/{id}",
            get(speakings::get).delete(speakings::delete),
        )
        .route("/v1.0/speakings/{id}/say", post(speakings::say))
        .route("/v1.0/speakings/{id}/flush", post(speakings::flush))
        .route("/v1.0/speakings/{id}/stop", post(speakings::stop))
        // read-only records
        .route("/v1.0/recordings", get(records::recordings))
        .route("/v1.0/transcribes", get(records::transcribes))
        .route("/v1.0/transcripts", get(records::transcripts))
        .route("/v1.0/activeflows", get(records::activeflows))
        .route("/v1.0/conferences", get(records::conferences))
        .route(
            "/v1.0/conferences/{id}/media_stream",
            get(media_stream::conference),
        )
        // the customer
        .route("/v1.0/customer", get(customer::get).put(customer::put))
        // simulation control (admins)
        .route("/v1.0/sim/stats", get(sim_admin::stats))
        .route("/v1.0/sim/truth", get(sim_admin::truth))
        .route(
            "/v1.0/sim/rate",
            get(sim_admin::get_rate).put(sim_admin::set_rate),
        )
        .route("/v1.0/sim/faults", post(faults::inject))
        .route("/v1.0/sim/static", post(sim_admin::refuse_static))
        .route("/v1.0/sim/calls", post(sim_calls::place))
        .route(
            "/v1.0/sim/inject",
            // Room for the bad-input corpus (oversized and deeply nested frames).
            post(inject::inject).layer(axum::extract::DefaultBodyLimit::max(16 << 20)),
        )
        .route(
            "/v1.0/sim/webhook_deliveries",
            get(sim_admin::webhook_deliveries),
        )
        .route("/v1.0/sim/webhook_test", post(sim_admin::webhook_test))
        // WebSocket
        .route("/v1.0/ws", get(crate::ws::ws_handler))
        .route("/v1.0/service_agents/ws", get(crate::ws::ws_handler))
        .route("/sip", get(crate::sip::sip_ws_handler))
        .route("/v1.0/sim/phone", get(sim_phone::snapshot))
        .merge(crm::routes())
        .merge(talk::routes())
        .method_not_allowed_fallback(method_not_allowed)
}

async fn method_not_allowed() -> ApiError {
    ApiError::new(
        axum::http::StatusCode::METHOD_NOT_ALLOWED,
        "INVALID_ARGUMENT",
        "METHOD_NOT_ALLOWED",
        "method not allowed on this endpoint",
    )
}
