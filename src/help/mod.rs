//! "Ask for help": an agent on a call asks the team's public "Help" channel for a supervisor.
//!
//! A help request is an ordinary talk message, so it reaches every participant of the channel
//! (VoIPBIN fans talk events out to participants' agent topics) and reads well in any talk
//! client. `message` writes and reads the message's text; `requests` derives each request's
//! state (open, taken, ended) from the channel's messages and their thread replies. Both are
//! pure and tested natively: their input is other people's text.

pub mod message;
pub mod requests;
mod runtime;
#[cfg(test)]
mod tests;

pub use message::{compose_ended, compose_request, compose_taken, HelpContext, Marker};
pub use requests::{derive, HelpRequest, HelpState, TalkLine};
pub use runtime::Help;

/// The public channel help requests go to (created by the first desk that needs it).
pub const CHANNEL_NAME: &str = "Help";

/// Whether a channel's name is the help channel's (people type names loosely).
pub fn is_help_channel(name: &str) -> bool {
    name.trim().eq_ignore_ascii_case(CHANNEL_NAME)
}
