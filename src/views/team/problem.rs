//! What a team action could not do, kept as what failed and why (not as words), so the text
//! follows the language while it stays on screen. Help requests use it too: they are team talk.

use crate::api::ApiError;
use crate::msg;
use crate::t;
use crate::views::signin::{set_apart, Apart};
use leptos::prelude::*;

/// The team actions that can fail, each with its own sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    ReadChat,
    ReadOlder,
    UploadFile,
    AddReaction,
    StartChat,
    CreateGroup,
    ReadChannels,
    JoinChannel,
    OpenHelpChannel,
    AskForHelp,
    TakeRequest,
    SayCallEnded,
}

impl Action {
    #[cfg(test)]
    const ALL: [Action; 12] = [
        Action::ReadChat,
        Action::ReadOlder,
        Action::UploadFile,
        Action::AddReaction,
        Action::StartChat,
        Action::CreateGroup,
        Action::ReadChannels,
        Action::JoinChannel,
        Action::OpenHelpChannel,
        Action::AskForHelp,
        Action::TakeRequest,
        Action::SayCallEnded,
    ];

    fn message_id(self) -> crate::i18n::Msg {
        match self {
            Action::ReadChat => msg!("team-failed-read-chat"),
            Action::ReadOlder => msg!("team-failed-read-older"),
            Action::UploadFile => msg!("team-failed-upload"),
            Action::AddReaction => msg!("team-failed-react"),
            Action::StartChat => msg!("team-failed-start-chat"),
            Action::CreateGroup => msg!("team-failed-create-group"),
            Action::ReadChannels => msg!("team-failed-read-channels"),
            Action::JoinChannel => msg!("team-failed-join-channel"),
            Action::OpenHelpChannel => msg!("team-failed-open-help"),
            Action::AskForHelp => msg!("team-failed-ask-help"),
            Action::TakeRequest => msg!("team-failed-take-request"),
            Action::SayCallEnded => msg!("team-failed-say-ended"),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    Failed(Action, ApiError),
    /// An attachment over VoIPBIN's limit (sizes in MB).
    TooBig {
        size_mb: f64,
        max_mb: u64,
    },
}

impl Problem {
    /// In the language in use (tracked).
    pub fn text(&self) -> String {
        match self {
            Problem::Failed(action, error) => {
                t!(action.message_id(), reason = reason(error))
            }
            Problem::TooBig { size_mb, max_mb } => t!(
                "team-file-too-big",
                size = (size_mb * 10.0).round() / 10.0,
                max = *max_mb
            ),
        }
    }

    /// In the language in use (tracked), the server's own words set apart as server data.
    pub fn view(&self) -> AnyView {
        let server_words = match self {
            Problem::Failed(_, ApiError::Status { message, .. }) => message.trim(),
            _ => "",
        };
        set_apart(self.text(), server_words, Apart::Data)
    }
}

/// Why the server did not do it, as a sentence the agent can act on. What the server itself
/// said is shown as it is.
pub fn reason(error: &ApiError) -> String {
    match error {
        ApiError::Network(_) => t!("team-why-network"),
        ApiError::Unauthorized(_) => t!("team-why-session"),
        ApiError::Forbidden(_) => t!("team-why-forbidden"),
        ApiError::NotFound(_) => t!("team-why-not-found"),
        ApiError::Status { code, message } => {
            t!(
                "team-why-status",
                code = code.to_string(),
                detail = message.as_str()
            )
        }
        ApiError::Decode(_) => t!("team-why-decode"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_and_reason_is_a_sentence_of_the_catalogue() {
        let errors = [
            ApiError::Network("x".into()),
            ApiError::Unauthorized("x".into()),
            ApiError::Forbidden("x".into()),
            ApiError::NotFound("x".into()),
            ApiError::Status {
                code: 500,
                message: "disk full".into(),
            },
            ApiError::Decode("x".into()),
        ];
        let mut seen = std::collections::HashSet::new();
        for action in Action::ALL {
            for error in &errors {
                let text = Problem::Failed(action, error.clone()).text();
                assert!(!text.contains("team-"), "{action:?}: {text}");
                assert!(text.ends_with(&reason(error)), "{text}");
                seen.insert(text);
            }
        }
        assert_eq!(seen.len(), Action::ALL.len() * errors.len());
        assert!(reason(&errors[4]).contains("500: disk full"));
    }
}
