//! Why a SIP message, header value or URI could not be read.

/// A parse failure. Every reader in this crate returns one of these instead of panicking.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseError {
    /// The message is larger than [`crate::message::MAX_MESSAGE_BYTES`].
    TooLarge(usize),
    /// The message has more header lines than [`crate::message::MAX_HEADERS`].
    TooManyHeaders,
    /// The start line and headers are not UTF-8.
    NotUtf8,
    /// No blank line ends the headers.
    NoHeaderEnd,
    /// The first line is neither `METHOD uri SIP/2.0` nor `SIP/2.0 code reason`.
    StartLine,
    /// A header line has no `name:` or an invalid name.
    HeaderLine,
    /// Content-Length is not a number or says more bytes than the frame holds.
    ContentLength,
    /// A URI did not follow the grammar; the text says which part.
    Uri(&'static str),
    /// A typed header value (Via, CSeq, From, ...) did not follow its grammar.
    Value(&'static str),
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ParseError::TooLarge(len) => write!(f, "message of {len} bytes is too large"),
            ParseError::TooManyHeaders => f.write_str("too many header lines"),
            ParseError::NotUtf8 => f.write_str("message head is not UTF-8"),
            ParseError::NoHeaderEnd => f.write_str("no blank line after the headers"),
            ParseError::StartLine => f.write_str("malformed start line"),
            ParseError::HeaderLine => f.write_str("malformed header line"),
            ParseError::ContentLength => f.write_str("Content-Length does not match the body"),
            ParseError::Uri(why) => write!(f, "malformed URI: {why}"),
            ParseError::Value(why) => write!(f, "malformed header value: {why}"),
        }
    }
}

impl std::error::Error for ParseError {}
